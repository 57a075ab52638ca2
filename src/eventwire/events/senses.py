"""Senses the CAMEO dictionary tells apart by a verb's arguments: its object ("handed over medicine"),
its subject and adverbs ("the newspaper attacked", "sharply attacked"), where the written cue would
read the verb otherwise, or the kind of its doer ("drones hit a refinery": armed forces attack)."""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children
from ..actors.context import INSTRUMENT_NOUNS, PLATFORM_NOUNS, WEAPON_NOUNS
from ..actors.mentions import FORCE_PREPS, manner_force
from ..records import Actor
from ..actors.article import VIOLENCE_ROOTS as VIOLENT_ROOTS
from .lexicon import NO_EVENT
from .nominal import ASPECTUAL, OCCURRING
from .objects import is_territory
from .refined import FIGHTING_ROLES
from .syntax import _children, _of_objects, _prep_objects, noun_lemma
from .triggers import Trigger

# CAMEO's "allow international involvement" (086x: receive peacekeepers, inspectors, aid) is done by
# the host; the dictionary's "peacekeepers arrive" makes those who arrive its doer.
RECEIVING = ("086",)
OCCUPY = "192"  # occupy territory


def object_sense(written: str, dcue, lemma: str) -> bool:
    """Whether a dictionary verb + object pattern overrides the written cue: only a pattern of the
    verb's own block ("GIVE * PERMISSION" for give, not a block it shares), only when it changes the
    sense (root), and never between the roots of violence, where the doer and the means decide
    (18 unconventional, 19 conventional, 20 mass violence), not the object."""
    if dcue.block.lower() != lemma or written[:2] == dcue.code[:2]:
        return False
    return not (written[:2] in VIOLENT_ROOTS and dcue.code[:2] in VIOLENT_ROOTS)


def sense_by_subject(dictionary, verb: Token, lemma: str, written) -> Trigger | None:
    """The sense a dictionary subject pattern selects: the doer's head word or the verb's adverb
    ("the newspaper attacked the president", "sharply attacked": criticism; "tanks entered the
    town": occupation). Where the written cue has a sense of its own, only a change of root
    counts, and never between the roots of violence (the means and the doer refine those)."""
    if lemma in ASPECTUAL | OCCURRING:
        return None  # "fighting erupted": the event noun codes its own act (nominal_event)
    subj = _children(verb, {"nsubj"})
    head = verb.head if subj and subj[0].tag_ == "WDT" and verb.dep_ == "relcl" else subj[0] if subj else None
    nouns = [head, *_of_objects(head)] if head is not None and head.pos_ == "NOUN" else []  # "thousands of demonstrators"
    words = [w for n in nouns for w in (noun_lemma(n), n.lower_)]
    words += [c.lower_ for c in children(verb) if c.dep_ == "advmod" and c.pos_ == "ADV"]
    dcue = dictionary.with_subject(lemma, words) if words else None
    if dcue is None or dcue.code.startswith(RECEIVING) or written is not None and (written.code[:2] == dcue.code[:2] or (
            written.code[:2] in VIOLENT_ROOTS and dcue.code[:2] in VIOLENT_ROOTS)):
        return None
    if dcue.code.startswith(OCCUPY) and any(not is_territory(o) and o.pos_ != "PROPN" for o in _children(verb, "dobj")):
        return None  # "tanks, which entered service in 2007": occupation takes a place, not a state of things
    return Trigger(code=dcue.code, cue=dcue.key, rule="verb-subject", verb=verb,
                   tokens=(verb,), target_specs=dcue.targets if written is None else written.targets,
                   target_heads=(verb,))


ARMED_DOER = "verb+armed-doer"  # the rule of a loose verb of violence, kept only where armed forces or weapons do it


def sense_by_doer(dictionary, verb: Token, lemma: str) -> Trigger | None:
    """A member verb of one of the dictionary's blocks of violence that does not head it ("hit",
    "hammer", "pummel" in PHYSICAL_CONFLICT) is too loose to code alone ("hit a record", "hammered out
    a deal"); with a subject and an object it is an attack when armed forces or their weapons are the
    doer ("Ukrainian drones hit an oil refinery"). The trigger says so in its rule; the extractor keeps
    it only where they are, as PETRARCH's actor-typed patterns do ("- {AIR FORCE} *")."""
    if not _children(verb, "dobj") or not _children(verb, {"nsubj"}):
        return None
    dcue = dictionary.violent_member(lemma)
    if dcue is None:
        return None
    return Trigger(code=dcue.code, cue=dcue.key, rule=ARMED_DOER, verb=verb, tokens=(verb,),
                   target_specs=dcue.targets, target_heads=(verb,))


ARMED_ROLES = FIGHTING_ROLES | {"COP"} - {"CRM", "IMG"}


def armed_doer(sources: list[Actor], subj_toks: list[Token]) -> bool:
    """Whether armed forces or their weapons do the act (``sense_by_doer``): a fighting or police role,
    or a weapon or platform as the subject ("drones", "jets")."""
    return any(s.first_role in ARMED_ROLES for s in sources) \
        or any(t.lemma_.lower() in WEAPON_NOUNS | PLATFORM_NOUNS | INSTRUMENT_NOUNS for t in subj_toks)


def phrase_nouns(obj: Token) -> list[str]:
    """How a dictionary pattern may name an object: with a modifier first ("arrest warrant", "human
    shield", "riot police"), then its head alone."""
    head = noun_lemma(obj)
    return [*(f"{m.lower_} {head}" for m in children(obj) if m.dep_ in ("amod", "compound")), head]


# Prepositions of motion that English alternates where a pattern names one ("poured into / onto the
# streets"): the pattern's phrase is found with either.
SAME_MOTION = {"onto": ("into",), "into": ("onto",)}


SAYING = "01"  # make a public statement: a verb's residual sense (verbs.tsv)


def _said(written) -> bool:
    """A written cue of the bare verb in the sense of a statement ("admitted the mistake", 015): the
    residual sense, which any pattern of a phrase with another act outranks ("ADMIT * (AS MEMBER)")."""
    return not written.particle and written.code[:2] == SAYING


def sense_by_phrase(dictionary, verb: Token, lemma: str, written) -> Trigger | None:
    """The sense a dictionary pattern of one prepositional phrase selects ("KEEP * (IN &DETENTION)":
    "kept them in detention" is a detention): for a verb the hand lexicon leaves out, or one whose
    written cue has that preposition and another root ("warned of" a crisis is a comment; "WARN *
    (OF ACTION)" a threat), never between kinds of violence. A written cue of the bare verb stands
    ("met X for talks" is a meeting, whatever "MEET * (FOR TALK)" says of an intent to meet), unless
    it is a mere statement ("admitted South Sudan as a member": 054, not an admission)."""
    if lemma not in dictionary.blocks:
        return None  # most verbs: no block, no pattern
    # the pattern's phrase follows its object, on which the parser may hang it ("stripped 138 people of
    # their citizenship": STRIP * (OF CITIZENSHIP))
    heads = [verb, *(o for o in children(verb) if o.dep_ == "dobj")]
    for prep in (p for h in heads for p in children(h)):
        if prep.dep_ != "prep":
            continue
        for obj in children(prep):
            if obj.dep_ != "pobj" or obj.pos_ != "NOUN":
                continue
            dcue = next(filter(None, (dictionary.with_prep_object(lemma, p, n) for p in (prep.lower_, *SAME_MOTION.get(prep.lower_, ()))
                                      for n in phrase_nouns(obj))), None)
            if dcue is not None and (written is None or written.particle == prep.lower_ and written.code[:2] != dcue.code[:2]
                                     and not (written.code[:2] in VIOLENT_ROOTS and dcue.code[:2] in VIOLENT_ROOTS)
                                     or _said(written) and dcue.code != NO_EVENT and dcue.code[:2] != SAYING):
                return Trigger(code=dcue.code, cue=dcue.key, rule="verb-phrase", verb=verb, tokens=(verb, obj),
                               target_specs=("dobj", *dcue.targets), target_heads=(verb,))
    return None


VISIT = "042"  # make a visit


def courtesy_call(verb: Token, lemma: str) -> Trigger | None:
    """'Mr. Herath called on Prime Minister Narendra Modi': calling on a person with nothing asked of them
    is visiting them (CAMEO 042); 'called on the government to release ...' is an appeal, the frame's.
    Only a named person visited: 'called on the UN' with no complement is still an appeal cut short."""
    if lemma != "call" or any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in children(verb)):
        return None
    hosts = [h for h in _prep_objects([verb], {"on", "upon"}) if h.ent_type_ not in ("DATE", "TIME")]  # not "on Tuesday"
    bare = [p for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("on", "upon") and not list(children(p))]
    if bare:  # the parser may hang the person on the verb: "called on/prep Prime Minister Narendra Modi/dobj"
        hosts += [o for o in _children(verb, {"dobj"}) if o.i > bare[0].i]
    if not hosts or not all(_named_person(h) and not _children(h, {"acl"}) for h in hosts):
        return None
    return Trigger(code=VISIT, cue="verb:call+on>visit", rule="verb+sense", verb=verb, tokens=(verb,),
                   target_specs=("prep:on|upon",), target_heads=(verb,))


def _named_person(tok: Token) -> bool:
    """A person's name, or an office named with its holder's name beside it ("the Vice President of
    China, Han Zheng")."""
    if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
        return True
    return any(a.pos_ == "PROPN" and a.ent_type_ == "PERSON" for a in _children(tok, {"appos"}))


MILITARY_FORCE = "190"  # use conventional military force


def by_force(verb: Token) -> Trigger | None:
    """An act the clause says is done by force, where the verb has no sense of its own: "vowed to take the
    Essequibo region by force", "ready to respond with force", "would respond militarily" (CAMEO 190, which
    a vow or a warning lifts to a threat of force). "Force" is the manner here, never a party; a force
    that is one has its words ("by the police force", "with a joint force")."""
    manner = any(c.dep_ == "advmod" and c.lower_ == "militarily" for c in children(verb)) or any(
        map(manner_force, _prep_objects([verb], FORCE_PREPS)))
    if not manner:
        return None
    return Trigger(code=MILITARY_FORCE, cue=f"by-force:{verb.lemma_.lower()}", rule="verb+by-force", verb=verb,
                   tokens=(verb,), target_specs=("dobj", "prep:against|to|on"), target_heads=(verb,))
