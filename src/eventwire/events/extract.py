"""Dependency rules that turn one parsed sentence into events.

The rules are general and few; what words mean lives in the lexicon
(``events/data``). For every verb of a sentence the extractor tries, in order:

1. a *frame* verb with a clausal complement ("agreed to extend ...",
   "threatened to strike", "accused Moscow of targeting ..."): the complement's
   action is lifted to the frame's code (intent, threat, refusal, demand,
   appeal), or, for accusations, coded separately as *alleged*;
2. a *light verb* with an event noun as object ("held talks with",
   "launched air strikes on", "imposed sanctions on");
3. a plain or phrasal *verb* cue ("criticized", "shot down").

The source is the verb's subject (or the passive agent, or the noun a
participle modifies), inherited from the governing verb for controlled
complements and conjoined verbs; the target is the object or the
preposition the cue names. Matching (``find_triggers``) is kept apart from
argument resolution and event building (``extract``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from spacy.tokens import Span, Token

from ..records import Actor
from .guards import is_political, political_pair

SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
COMPLEMENT = {"xcomp", "ccomp"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
OBLIGATION = {"must", "should"}
LIGHT_PREPS = {"on", "under", "into", "in"}
ASPECTUAL = {"continue", "erupt", "break", "begin", "start", "resume", "intensify", "escalate", "spread", "rage", "end", "persist"}
HEDGES = {"allegedly", "reportedly", "purportedly", "apparently", "supposedly"}
ALLEGING = {"allege", "claim", "accuse", "charge", "suspect", "rumour", "rumor"}
CONDITIONAL_MARKS = {"if", "unless"}
BARE_FRAMES = {"threat", "refuse", "demand", "appeal", "accuse", "order"}  # frames that are events without a complement
BETWEEN_ROOTS = {"03", "04", "06", "19"}  # event nouns whose "between A and B" names both parties
SYMMETRIC_ROOTS = {"03", "04", "05", "06"}  # "France and Russia agreed/met/signed": an event between them
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
VIOLENT_ROOTS = {"18", "19", "20"}
MATERIAL_CONFLICT_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}  # future acts of these are threats


@dataclass(frozen=True, slots=True)
class Trigger:
    """What fired: a cue (or frame) on some tokens, before its arguments are known."""

    code: str
    cue: str
    rule: str
    verb: Token  # the clause head whose subject is the source
    tokens: tuple[Token, ...]
    target_specs: tuple[str, ...] = ("dobj",)
    target_heads: tuple[Token, ...] = ()  # tokens whose children hold the target
    target_override: tuple[Token, ...] = ()  # explicit target heads (frames, accusations)
    source_override: tuple[Token, ...] = ()
    modality: str | None = None  # forced modality (accusation complements)
    frame: str | None = None


@dataclass(slots=True)
class Candidate:
    """An event before records are built: trigger plus coded actors."""

    trigger: Trigger
    code: str
    source: Actor | None  # None: the text does not name who did it (agentless passive, "a bomb killed")
    target: Actor | None
    modality: str
    reciprocal: bool
    rule: str
    confidence: float


ActorFn = Callable[[Token], "list[Actor]"]


def _children(tok: Token, deps: set[str] | str) -> list[Token]:
    deps = {deps} if isinstance(deps, str) else deps
    return [c for c in tok.children if c.dep_ in deps]


def _with_conjuncts(tok: Token) -> list[Token]:
    """A token and the tokens conjoined with it ("France and Russia")."""
    out = [tok]
    for conj in tok.conjuncts:
        if conj.i > tok.i:
            out.append(conj)
    return out


def _particles(verb: Token) -> list[str]:
    """Particles and prepositions of a verb: "shot down", "called for", "pulled out of"."""
    return [c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")]


def _modifiers(noun: Token) -> list[str]:
    mods = []
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i:
            mods.append(c.lemma_.lower())
            mods.extend(g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod"))
    return mods


# A sum of money is written with its currency's sign as the phrase's head: "$46 million", "€28m".
CURRENCY_SIGNS = {"$": "dollar", "us$": "dollar", "€": "euro", "£": "pound", "¥": "yen"}


def noun_lemma(tok: Token) -> str:
    """A noun's lemma for the lexicon; a currency sign stands for its currency."""
    low = tok.lower_
    return CURRENCY_SIGNS.get(low) or CURRENCY_SIGNS.get(low.rstrip("0123456789.,")) or tok.lemma_.lower()


def _of_objects(noun: Token) -> list[Token]:
    """Nouns in an of-phrase of a measure noun: "25,000 tons of food aid", "a wave of air strikes"."""
    return [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]


def _is_verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.tag_.startswith("VB") or (
        tok.pos_ == "ADJ" and tok.tag_ == "VBN"
    )


def _prep_objects(heads: Iterable[Token], preps: set[str]) -> list[Token]:
    out: list[Token] = []
    for head in heads:
        for prep in head.children:
            if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ in preps:
                for pobj in prep.children:
                    if pobj.dep_ in ("pobj", "pcomp"):
                        out.extend(_with_conjuncts(pobj))
    return out


def target_groups(specs: Iterable[str], heads: Iterable[Token]) -> list[list[Token]]:
    """Candidate target phrases in preference order, one group per slot.

    The indirect object comes first: whatever the cue says, it is the recipient
    ("gave the Ivory Coast 5 million dollars of aid for projects"). Then the
    cue's own slots in its order; the caller takes the first group that names
    an actor, so a slot filled by a non-actor ("for projects") does not hide a
    later one.
    """
    heads = list(heads)
    groups: list[list[Token]] = [
        [t for head in heads for c in head.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN") for t in _with_conjuncts(c)]
    ]
    for spec in specs:
        spec = spec.strip()
        if spec in ("dobj", "obj"):
            groups.append([t for head in heads for c in head.children
                           if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for t in _with_conjuncts(c)])
        elif spec.startswith("prep:"):
            groups.append(_prep_objects(heads, set(spec[5:].split("|"))))
    return [g for g in groups if g]


def subject_tokens(verb: Token) -> tuple[list[Token], bool]:
    """(subject heads, is_passive) for a clause head, inheriting where English omits them."""
    subj = _children(verb, SUBJ)
    if subj:
        return _with_conjuncts(subj[0]), False
    pas = _children(verb, PASS_SUBJ)
    if pas:
        agents = _prep_objects([verb], {"by"})
        return agents, True
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head], False
    if verb.dep_ in ("acomp", "oprd") and verb.head is not verb:  # "it is prepared to": the copula's subject
        return subject_tokens(verb.head)
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and verb.head is not verb:
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head
            if not _is_verbal(head):
                return [], False
        # object control ("urged Iran to stop"): the object is the complement's subject
        if verb.dep_ == "xcomp":
            obj = _children(head, "dobj")
            if obj and head.lemma_ not in ("agree", "promise", "vow", "pledge", "offer"):
                return _with_conjuncts(obj[0]), False
        return subject_tokens(head)
    return [], False


VENUE_PREPS = {"in", "at"}
VENUE_ROOTS = {"01", "02", "03", "04", "05", "06"}
FALLBACK_PREPS = ("to", "against", "with", "from", "on", "at", "into", "for", "over", "toward", "towards", "in", "by")


def fallback_target_tokens(trig: Trigger) -> list[Token]:
    """Where a cue's own target slot is empty, the actors its event noun or verb still names.

    The event noun's own phrase comes first, nearest first: its possessor and
    actor modifiers ("rejected Belarus's calls", "an Indian proposal", "a United
    Nations appeal"), its prepositional objects ("demands by the rebels",
    "suspension of air links with Serbia"); then the complement's and the verb's
    prepositional objects in preference order; a place ("reimposed blockades in
    the West Bank") is the target, as human coders of CAMEO take it, when nothing
    else is named. A threat's condition names whom it threatens ("... unless
    Israel rescinds the annexation").
    """
    nouns = [t for t in (*trig.tokens[1:], *trig.target_heads) if t.pos_ == "NOUN"]
    verbs = list(dict.fromkeys(t for t in (*trig.target_heads, *trig.tokens[1:], trig.verb) if t.pos_ in ("VERB", "AUX", "ADJ")))
    nouns += [c for v in verbs for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]  # "re-open its borders to X"
    out: list[Token] = []
    for noun in dict.fromkeys(nouns):
        out.extend(_noun_phrase_actors(noun))
    # where a meeting or an agreement happens is its venue, not its other party
    preps = [p for p in FALLBACK_PREPS if not (p in VENUE_PREPS and trig.code[:2] in VENUE_ROOTS)]
    for verb in verbs:
        for prep in preps:
            for pobj in _prep_objects([verb], {prep}):
                out.extend([pobj, *_noun_phrase_actors(pobj, depth=2)])  # "fired at targets in Jericho"
    if trig.frame == "threat" or trig.code.startswith("13"):
        for verb in verbs:
            for c in verb.subtree:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                    out.extend(t for s in _children(c, SUBJ) for t in _with_conjuncts(s))
    return out


# Weapons and means that "kill", "hit" or "wound" in news prose without being actors.
INSTRUMENT_NOUNS = {"bomb", "bombing", "explosion", "blast", "device", "shell", "shelling", "rocket", "missile",
                    "mortar", "grenade", "mine", "landmine", "drone", "airstrike", "strike", "raid", "attack",
                    "gunfire", "bullet", "ambush", "ied", "barrage"}

PROTEST_NOUNS = {"protest", "defiance", "opposition", "response", "solidarity", "support", "reaction"}


def protest_target_tokens(verb: Token) -> list[Token]:
    """Whom a protest is against: its purpose clause ("to protest against Sweden's
    decision", "to demand reforms by the government") or an "in protest of/against",
    "in defiance of" phrase; a protest rarely has a grammatical object."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and _is_verbal(c):
            for o in c.children:
                if o.dep_ == "dobj":
                    out.extend([o, *_noun_phrase_actors(o)])
                elif o.dep_ == "prep":
                    for p in o.children:
                        if p.dep_ == "pobj":
                            out.extend([p, *_noun_phrase_actors(p)])
        elif c.dep_ == "prep" and c.lower_ in ("in", "against"):
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if c.lower_ == "against":
                    out.extend([p, *_noun_phrase_actors(p)])
                elif p.lemma_.lower() in PROTEST_NOUNS:
                    out.extend(_noun_phrase_actors(p))
    return out


STATE_ROLES = {"GOV", "MIL", "COP", "JUD", "LEG"}


def protest_state_tokens(verb: Token, subj_toks: list[Token]) -> list[Token]:
    """Nouns in a protest clause's subtree, nearest the verb first, leaving out its subject's phrase."""
    skip = {t.i for s in subj_toks for t in s.subtree}
    toks = [t for t in verb.subtree if t.i not in skip and t.i != verb.i and t.pos_ in ("PROPN", "NOUN")]
    return sorted(toks, key=lambda t: abs(t.i - verb.i))


def _noun_phrase_actors(noun: Token, depth: int = 3) -> list[Token]:
    """Tokens inside an event noun's phrase that may name an actor, nearest first."""
    out: list[Token] = []
    frontier = [noun]
    for _ in range(depth):
        nxt: list[Token] = []
        for tok in frontier:
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i and c.pos_ in ("PROPN", "ADJ", "NOUN"):
                    out.append(c)
                elif c.dep_ in ("acl", "ccomp") and _is_verbal(c):
                    # "its demand that Israel ease ...", "crimes committed by Croat forces",
                    # "an invitation to attend a meeting of Palestinian factions"
                    out.extend(t for sj in _children(c, SUBJ) for t in _with_conjuncts(sj))
                    out.extend(_prep_objects([c], {"by"}))
                    nxt.extend(o for o in c.children if o.dep_ == "dobj")
                elif c.dep_ == "prep" and (c.lower_ in FALLBACK_PREPS or c.lower_ in ("of", "among", "between")):
                    pobjs = [p for p in c.children if p.dep_ == "pobj"]
                    for p in pobjs:
                        out.extend(_with_conjuncts(p))
                    nxt.extend(pobjs)
        frontier = nxt
    return out


CONDITION_MARKS = {"if", "unless", "until", "whether"}


UNCONVENTIONAL_SOURCES = {"UAF", "RAD", "CRM", "CVL", "OPP"}  # militias, extremists, criminals, mobs
VICTIM_ROLES = {"CVL", "REF", "EDU", "MED", "JRN", "HLH", "LAB", "AGR", "REL", "BUS"}


def unconventional(code: str, source: Actor, target: Actor | None) -> str:
    """CAMEO's line between 19 (conventional military force) and 18 (unconventional violence).

    A killing or attack with unspecified weapons (190) is 180 when militias, extremists,
    criminals or mobs do it, or when anyone but an armed force does it to civilians.
    """
    if code != "190":
        return code
    if source.role in UNCONVENTIONAL_SOURCES or (target is not None and target.role in VICTIM_ROLES and source.role != "MIL"):
        return "180"
    return code


CONTENT_NOUNS = {"demand", "call", "appeal", "request", "plan", "proposal", "allegation", "claim", "report",
                 "warning", "threat", "promise", "offer", "hope", "idea", "plea", "ultimatum", "suggestion", "rumour", "rumor"}


def is_content_clause(verb: Token) -> bool:
    """Whether the verb is the content of a demand, plan, claim ... noun: not an event that happened."""
    node = verb
    for _ in range(3):
        if node.dep_ in ("acl", "ccomp", "relcl") and node.head.pos_ == "NOUN":
            return node.head.lemma_.lower() in CONTENT_NOUNS and node.dep_ != "relcl"
        if node.dep_ not in ("xcomp", "conj") or node.head is node:
            return False
        node = node.head
    return False


def is_purpose_clause(verb: Token) -> bool:
    """A subjectless 'to'-infinitive adjunct: "... to demand reforms", "... to protest against X"."""
    return (
        verb.dep_ in ("advcl", "xcomp")
        and not _children(verb, SUBJ)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def in_condition(verb: Token) -> bool:
    """Whether the verb sits in a conditional or time-limit clause ("unless X", "until Y")."""
    node = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children):
            return True
        if node.dep_ not in ("conj", "xcomp", "ccomp") or node.head is node:
            return False
        node = node.head
    return False


def is_dictionary_default(trig: Trigger) -> bool:
    """A verb coded by the CAMEO dictionary's block default: general verbs, weak evidence alone."""
    return trig.cue.startswith("cameo:") and trig.rule in ("verb", "passive")


def is_background_clause(verb: Token) -> bool:
    """A subjectless participial or purpose clause hanging off another clause or a noun."""
    if verb.dep_ not in ("advcl", "acl", "relcl", "xcomp", "conj", "pcomp"):
        return False
    if _children(verb, SUBJ | PASS_SUBJ):
        return False
    if verb.dep_ == "conj":
        return verb.tag_ == "VBG"  # "..., killing one person and arresting 12"
    return verb.tag_ in ("VBG", "VBN") or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def reporter_tokens(verb: Token) -> list[Token]:
    """The non-pronoun subject of the clause that reports this one ("X said it would ...")."""
    node = verb.head if verb.dep_ in ("acomp", "oprd") else verb
    for _ in range(3):
        if node.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or node.head is node:
            return []
        node = node.head
        subj = _children(node, SUBJ)
        if subj and subj[0].pos_ != "PRON":
            return _with_conjuncts(subj[0])
    return []


def is_ability(verb: Token) -> bool:
    """A clause that says what someone can do, not what they did or will do."""
    return any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in verb.children)


def modality_of(verb: Token, sent: Span) -> str:
    """asserted / negated / future / conditional / alleged, from the clause around the verb."""
    kids = list(verb.children)
    if any(c.dep_ == "neg" for c in kids) or any(c.lower_ in ("never", "not", "n't") for c in kids):
        return "negated"
    if any(c.lower_ in HEDGES for c in kids):
        return "alleged"
    node = verb
    for _ in range(4):  # conditional clause or alleging verb above us
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children):
            return "conditional"
        if node.head is node:
            break
        if node.dep_ in ("ccomp", "xcomp", "pcomp") and node.head.lemma_ in ALLEGING:
            return "alleged"
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.lemma_ in ALLEGING:
            return "alleged"
        node = node.head
    for c in kids:  # "will boycott the elections unless the president resigns"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children):
            return "conditional"
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"may", "might", "could"} for c in kids):
        return "future"
    if any(c.dep_ == "aux" and c.lower_ == "would" for c in kids):
        return "future"
    return "asserted"


class Extractor:
    """Finds triggers in sentences; the lexicon supplies all word knowledge."""

    def __init__(self, lexicon, dictionary=None) -> None:
        from .dictionary import load_dictionary

        self.lexicon = lexicon
        self.dictionary = dictionary if dictionary is not None else load_dictionary(lexicon.light_verbs)

    # -- matching ---------------------------------------------------------
    def action(self, verb: Token) -> Trigger | None:
        """The event a verb expresses on its own: light verb + noun, else verb cue."""
        lex = self.lexicon
        prts = [c.lower_ for c in verb.children if c.dep_ == "prt"]  # "carried out attacks", "stepped up strikes"
        for obj in _children(verb, {"dobj", "attr", "oprd"}):
            for noun in _with_conjuncts(obj) + _of_objects(obj):
                cue = lex.noun_for_light_verb(noun_lemma(noun), _modifiers(noun), verb.lemma_.lower(), prts)
                if cue is not None:
                    return Trigger(
                        code=cue.code,
                        cue=cue.key,
                        rule="light-verb",
                        verb=verb,
                        tokens=(verb, noun),
                        target_specs=cue.targets,
                        target_heads=(noun, verb),
                    )
        # a light verb with its noun in a prepositional phrase: "put troops on alert",
        # "placed him under investigation", "took them into custody"; the object is the target
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in LIGHT_PREPS:
                for noun in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"):
                    cue = lex.noun_for_light_verb(noun.lemma_.lower(), _modifiers(noun), f"{verb.lemma_.lower()} {prep.lower_}")
                    if cue is not None and not cue.any_verb:
                        return Trigger(code=cue.code, cue=cue.key, rule="light-verb", verb=verb, tokens=(verb, noun),
                                       target_specs=("dobj", *cue.targets), target_heads=(verb, noun))
        lemma = verb.lemma_.lower()
        written = lex.verb(lemma, _particles(verb))
        for obj in _children(verb, "dobj"):  # the object tells the verb's sense: "handed over medicine"
            if _of_objects(obj) or any(p.dep_ == "prep" and p.lower_ == "of" for p in obj.children):
                continue  # a partitive ("captured part of a stronghold") is not the object's sense
            dcue = self.dictionary.with_object(lemma, _particles(verb), noun_lemma(obj))
            if dcue is not None and (written is None or written.code[:2] != dcue.code[:2]):
                # the object selects the sense (root); within the written cue's sense, its code stands
                return Trigger(code=dcue.code, cue=dcue.key, rule="verb-object", verb=verb, tokens=(verb, obj),
                               target_specs=dcue.targets, target_heads=(verb,))
            goods = lex.noun(noun_lemma(obj), _modifiers(obj))
            if written is not None and goods is not None and goods.code[:2] == "07" and written.code[:2] == "06":
                # what is handed over decides: "handed over medicine" is aid, not an extradition
                return Trigger(code=goods.code, cue=f"{written.key}>{goods.key}", rule="object-sense", verb=verb,
                               tokens=(verb, obj), target_specs=("dative", *goods.targets), target_heads=(verb, obj))
        cue = written
        if cue is None and lemma not in lex.verbs and lex.frame(lemma) is None:
            cue = self.dictionary.default(lemma, _particles(verb))
        if cue is not None:
            prt = [c for c in verb.children if c.dep_ == "prt"]
            return Trigger(
                code=cue.code,
                cue=cue.key,
                rule="passive" if _children(verb, PASS_SUBJ) else "verb",
                verb=verb,
                tokens=(verb, *prt),
                target_specs=cue.targets,
                target_heads=(verb,),
            )
        return None

    def event_noun(self, verb: Token, skip: Iterable[Token] = (), *, light: bool = False) -> Trigger | None:
        """An event noun a frame verb governs: "called for talks", "rejected an invitation", "lifted sanctions"."""
        skip_i = {t.i for t in skip}
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i not in skip_i]
        nouns += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("for", "to", "on", "of", "from")
                  for p in prep.children if p.dep_ == "pobj"]
        for noun in nouns:
            if noun.pos_ != "NOUN":
                continue
            if light:  # the noun is an event only with one of its own light verbs ("reopen borders" is not "close borders")
                cue = self.lexicon.noun_for_light_verb(noun.lemma_.lower(), _modifiers(noun), verb.lemma_.lower())
            else:
                cue = self.lexicon.noun(noun.lemma_.lower(), _modifiers(noun))
            if cue is not None:
                return Trigger(code=cue.code, cue=cue.key, rule="event-noun", verb=verb, tokens=(noun,),
                               target_specs=cue.targets, target_heads=(noun, verb))
        return None

    def nominal_event(self, verb: Token) -> Trigger | None:
        """An event noun as the subject of an aspectual verb: "Palestinian riots against
        Israeli policies are continuing", "clashes between police and protesters erupted".
        The source is named inside the noun's phrase (see ``_build``)."""
        aspectual = verb.lemma_.lower() in ASPECTUAL
        for subj in _children(verb, SUBJ):
            if subj.pos_ != "NOUN":
                continue
            cue = self.lexicon.noun(subj.lemma_.lower(), _modifiers(subj))
            if cue is None:
                continue
            if aspectual:
                return Trigger(code=cue.code, cue=cue.key, rule="event-noun-subject", verb=verb, tokens=(subj,),
                               target_specs=cue.targets or ("prep:against|on|with",), target_heads=(subj,),
                               source_override=tuple(c for c in subj.children if c.dep_ in ("amod", "compound", "poss") and c.i < subj.i))
            if cue.code[:2] in VIOLENT_ROOTS:
                # "air strikes hit a town", "shelling damaged the hospital": the violent act is the
                # noun, what it hit the verb's object; the doer is named inside the noun's phrase
                return Trigger(code=cue.code, cue=cue.key, rule="event-noun-subject", verb=verb, tokens=(subj, verb),
                               target_specs=("dobj", *cue.targets), target_heads=(verb, subj))
        return None

    def complement(self, verb: Token) -> tuple[Token | None, list[Token]]:
        """The clausal complement of a frame verb and any explicit object ("accused X of Y-ing")."""
        objs = _children(verb, {"dobj"})
        for c in verb.children:
            if c.dep_ in COMPLEMENT and _is_verbal(c):
                return c, objs
        for c in verb.children:  # "have sworn to fight" parsed as a purpose clause
            if c.dep_ == "advcl" and _is_verbal(c) and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return c, objs
        for prep in verb.children:  # accuse X of targeting / charge X with
            if prep.dep_ == "prep" and prep.lower_ in ("of", "with", "for", "to", "on"):
                for p in prep.children:
                    if p.dep_ == "pcomp" and _is_verbal(p):
                        return p, objs
        # "called for talks", "is ready to": complement is an event noun
        return None, objs

    def find_triggers(self, sent: Span) -> Iterator[Trigger]:
        consumed: set[int] = set()
        for verb in sent:
            if verb.i in consumed:
                continue
            if not _is_verbal(verb):
                if verb.pos_ == "ADJ" and any(c.dep_ == "xcomp" for c in verb.children):
                    trig = self._frame_trigger(verb, consumed)  # "is ready to talk"
                    if trig:
                        yield from trig
                elif verb.pos_ == "NOUN":
                    between = self.between_event(verb)
                    if between is not None:
                        consumed.add(verb.i)
                        yield between
                continue
            trig = self._frame_trigger(verb, consumed)
            if trig is None:
                trig = self.action(verb) or self.nominal_event(verb)
                if trig is not None:
                    consumed.update(t.i for t in trig.tokens)
                    trig = self._obligation(trig)
            if trig is not None:
                yield from trig if isinstance(trig, list) else [trig]

    def between_event(self, noun: Token) -> Trigger | None:
        """An event noun naming both parties: "after a meeting between Erdogan and Mitsotakis",
        "talks between Russia and Ukraine", "clashes between police and protesters".

        Only mutual events (intent, consultation, cooperation) and fighting; a mediation
        "between" two parties is done by someone else. Nouns a light verb already codes
        ("held talks") are taken by that rule first."""
        if noun.dep_ == "dobj" and _is_verbal(noun.head):
            return None
        cue = self.lexicon.noun(noun.lemma_.lower(), _modifiers(noun))
        if cue is None or cue.code[:2] not in BETWEEN_ROOTS or cue.code.startswith("045"):
            return None
        for pobj in _prep_objects([noun], {"between"}):
            others = [c for c in pobj.conjuncts if c.i > pobj.i]
            if others:
                both = cue.code[:2] in SYMMETRIC_ROOTS
                return Trigger(code=cue.code, cue=cue.key, rule="between", verb=noun, tokens=(noun,),
                               source_override=(pobj, others[0]) if both else (pobj,),
                               target_override=() if both else (others[0],))
        return None

    def _agentless(self, trig: Trigger, subj_toks: list[Token], passive: bool) -> bool:
        """Whether the clause leaves its doer unnamed: an agentless passive, or a subject that is
        an event or weapon noun rather than an actor. Only material acts (14-20) are kept so:
        a statement or an agreement needs its author."""
        if trig.code[:2] not in MATERIAL_CONFLICT_ROOTS or trig.frame is not None:
            return False
        if passive:
            return not subj_toks
        own = {t.i for t in _children(trig.verb, SUBJ)}
        return len(subj_toks) == 1 and subj_toks[0].i in own and subj_toks[0].pos_ == "NOUN" and (
            self.lexicon.noun(subj_toks[0].lemma_.lower(), _modifiers(subj_toks[0])) is not None
            or subj_toks[0].lemma_.lower() in INSTRUMENT_NOUNS
        )

    def manner_code(self, trig: Trigger, subj_toks: list[Token]) -> str | None:
        """The code of the means of a violent act, which says more than the verb: "a suicide bombing
        killed" / "were killed in a suicide car bombing" is a suicide bombing (1831), not a killing (190)."""
        if trig.code[:2] not in VIOLENT_ROOTS:
            return None
        nouns = [t for t in subj_toks if t.pos_ == "NOUN" and t.i in {c.i for c in _children(trig.verb, SUBJ)}]
        nouns += [p for p in _prep_objects([trig.verb], {"in", "by", "with"}) if p.pos_ == "NOUN"]
        for noun in nouns:
            cue = self.lexicon.noun(noun.lemma_.lower(), _modifiers(noun))
            if cue is not None and cue.code[:2] in VIOLENT_ROOTS and len(cue.code) > 3:
                return cue.code
        return None

    def _obligation(self, trig: Trigger) -> Trigger:
        """'X said Libya must hand over the suspects': the reporter demands it of the clause's subject."""
        verb = trig.verb
        if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in verb.children):
            return trig
        frame = self.lexicon.frame(verb.head.lemma_.lower())
        reporter = _children(verb.head, SUBJ)
        subject = _children(verb, SUBJ)
        if frame is None or frame.frame not in ("report", "demand") or not reporter or not subject:
            return trig
        return Trigger(
            code=self.lexicon.lift("demand", trig.code), cue=f"{frame.key}>must>{trig.cue}", rule="obligation",
            verb=verb.head, tokens=(verb.head, *trig.tokens), source_override=tuple(_with_conjuncts(reporter[0])),
            target_override=tuple(_with_conjuncts(subject[0])), frame="demand",
        )

    def _frame_trigger(self, verb: Token, consumed: set[int]) -> list[Trigger] | None:
        frame = self.lexicon.frame(verb.lemma_.lower())
        if frame is None or frame.frame == "report":
            return None  # verbs of saying: the reported clause is coded on its own
        if any(c.dep_ == "oprd" for c in verb.children):
            return None  # "calling them an occupying army" names, it does not appeal
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        if particles and (cue := self.lexicon.verb(verb.lemma_.lower(), particles)) is not None and cue.particle:
            return None  # a phrasal verb of its own: "called up reservists" is mobilisation, not an appeal
        comp, objs = self.complement(verb)
        inner = self.action(comp) if comp is not None else None
        if comp is not None and inner is None:
            # nested frame ("agreed to allow humanitarian access"): one level down
            for sub in comp.children:
                if sub.dep_ in COMPLEMENT and _is_verbal(sub):
                    inner = self.action(sub)
                    if inner is not None:
                        break
        if comp is not None and inner is None:
            inner = self.event_noun(comp, light=True)  # "promised to continue military aid"

        if inner is None and comp is None:
            own = self.action(verb)
            if own is not None and own.rule == "light-verb":
                # the noun's own sense with this verb wins: "suspended publication" is censorship,
                # "would deny entry" a sanction
                consumed.update(t.i for t in own.tokens)
                return [own]
            inner = self.event_noun(verb)
            if inner is not None:
                objs = [o for o in objs if o.i != inner.tokens[0].i]
        if frame.frame in ("accuse", "allege"):
            consumed.add(verb.i)
            accused = tuple(t for o in objs for t in _with_conjuncts(o))
            if not accused and comp is not None:  # "alleged that Iran had attacked"
                accused = tuple(t for c in _children(comp, SUBJ) for t in _with_conjuncts(c))
            out = [
                Trigger(
                    code=frame.code, cue=frame.key, rule=frame.frame, verb=verb, tokens=(verb,),
                    target_override=accused, frame=frame.frame,
                )
            ] if accused or frame.frame == "accuse" else []
            if inner is not None:
                consumed.update(t.i for t in inner.tokens)
                out.append(
                    Trigger(
                        code=inner.code, cue=inner.cue, rule="accuse-of", verb=inner.verb, tokens=inner.tokens,
                        target_specs=inner.target_specs, target_heads=inner.target_heads,
                        source_override=accused, modality="alleged",
                    )
                )
            return out or None
        if comp is None and inner is None:
            # frame verb used without a clause ("France agreed", "Iran threatened Israel")
            own = self.action(verb)
            if own is not None:
                consumed.update(t.i for t in own.tokens)
                return [own]
            if frame.frame not in BARE_FRAMES or not (objs or _children(verb, {"prep"})):
                return None  # "decided", "planned" alone report no event
            consumed.add(verb.i)
            return [Trigger(code=frame.code, cue=frame.key, rule="frame", verb=verb, tokens=(verb,),
                            target_specs=("dobj", "prep:with|to|on|against|for"), target_heads=(verb,),
                            frame=frame.frame)]
        if inner is not None and is_dictionary_default(inner):
            inner = None  # a lifted complement needs a written cue: "agreed to target X" is an agreement
        code = self.lexicon.lift(frame.frame, inner.code) if inner is not None else frame.code
        consumed.add(verb.i)
        if comp is not None:
            consumed.add(comp.i)
        tokens = (verb, *(inner.tokens if inner is not None else ((comp,) if comp is not None else ())))
        consumed.update(t.i for t in tokens)
        # target: the complement's own subject ("demanded that Iraq cooperate"),
        # the frame verb's object ("urged Iran to ..."), or the complement's target
        target_override: tuple[Token, ...] = ()
        if objs and comp is not None and frame.frame in ("threat", "appeal", "demand", "order"):
            # "warned the envoy that his government would expel him": whom the frame addresses
            target_override = tuple(t for o in objs for t in _with_conjuncts(o))
        if comp is not None and not target_override:
            csubj = _children(comp, SUBJ | PASS_SUBJ)
            if not csubj:  # "agreed to allow UN aid workers (to) enter": whom the complement lets act
                csubj = [s for c in comp.children if c.dep_ in COMPLEMENT for s in _children(c, SUBJ)]
            if csubj and csubj[0].pos_ != "PRON":
                target_override = tuple(_with_conjuncts(csubj[0]))
        if not target_override and objs:
            target_override = tuple(t for o in objs for t in _with_conjuncts(o))
        cue = frame.key + (f">{inner.cue}" if inner is not None else "")
        return [
            Trigger(
                code=code, cue=cue, rule=f"frame:{frame.frame}", verb=verb, tokens=tokens,
                target_specs=inner.target_specs if inner is not None else ("dobj", "prep:with|to|on|against"),
                target_heads=inner.target_heads if inner is not None else ((comp,) if comp is not None else (verb,)),
                target_override=target_override, frame=frame.frame,
            )
        ]

    # -- arguments and modality --------------------------------------------
    def candidates(self, sent: Span, code_actors: ActorFn, group: Callable[[Token], list[Actor]]) -> list[Candidate]:
        """Every event the sentence supports, with coded source and target."""
        out: list[Candidate] = []
        for trig in self.find_triggers(sent):
            out.extend(self._build(trig, sent, code_actors, group))
        # "staged a hunger strike to demand the return of land": the purpose states the aim of
        # the event coded from its governing clause; it is not a second event
        # (unless it names whom the event is aimed at and the governing clause does not:
        # "police opened fire to disperse demonstrators")
        targeted = {t.i: c.target is not None for c in out for t in c.trigger.tokens}

        def subordinate(c: Candidate) -> bool:
            head = c.trigger.verb.head.i
            return is_purpose_clause(c.trigger.verb) and head in targeted and (targeted[head] or c.target is None)

        return [c for c in out if not subordinate(c)]

    def _build(self, trig: Trigger, sent: Span, code_actors: ActorFn, group) -> list[Candidate]:
        if trig.source_override:
            subj_toks, passive = list(trig.source_override), False
        else:
            subj_toks, passive = subject_tokens(trig.verb)
        if passive and not subj_toks and trig.frame is not None:
            # stative frames: "Israel is opposed to", "it is prepared to", "Vietnam is committed to"
            subj_toks, passive = [t for s in _children(trig.verb, PASS_SUBJ) for t in _with_conjuncts(s)], False
        if passive:
            tgt_toks = [t for s in _children(trig.verb, PASS_SUBJ) for t in _with_conjuncts(s)]
        elif trig.target_override:
            tgt_toks = list(trig.target_override)
        else:
            tgt_toks = []
            for group_toks in target_groups(trig.target_specs, trig.target_heads or (trig.verb,)):
                if any(code_actors(t) for t in group_toks):
                    tgt_toks = group_toks
                    break
        if in_condition(trig.verb):
            return []  # "unless Israel rescinded", "until they gain control": a condition, not an event
        if trig.source_override == () and is_content_clause(trig.verb):
            return []  # "its demand that Israel ease restrictions": what is demanded has not happened
        sources = [a for t in subj_toks for a in code_actors(t)]
        refusal = trig.frame is None and trig.code[:2] in COOPERATIVE_ROOTS and not trig.modality \
            and modality_of(trig.verb, sent) == "negated"  # "will not lift the ban": a rejection (below)
        if len(subj_toks) == 1 and subj_toks[0].lower_ in ("we", "us") and (refusal or trig.code[:2] not in SYMMETRIC_ROOTS):
            sources = sources[:1]  # a speaker's "we reject ...": the speaker's side, not the two parties
        if len(subj_toks) == 1 and subj_toks[0].pos_ == "PRON" and subj_toks[0].lower_ in ("they", "we"):
            reporter = reporter_tokens(trig.verb)  # "Palestinian leaders said they would ..."
            if len(reporter) > 1 or (reporter and reporter[0].tag_ in ("NNS", "NNPS")):
                sources = [a for t in reporter for a in code_actors(t)] or sources
        targets = [a for t in tgt_toks for a in code_actors(t)]
        fallback = False
        if is_dictionary_default(trig) and not (targets or passive):
            return []  # a dictionary verb codes, as in PETRARCH, only a source-verb-target triple
        if not targets and not passive:
            src_keys = {a.key for a in sources}
            extra = protest_target_tokens(trig.verb) if trig.code.startswith("14") else []
            for tok in [*extra, *fallback_target_tokens(trig)]:
                found = [a for a in code_actors(tok) if a.key not in src_keys]
                if found:
                    targets, fallback = found, True
                    break
            if not targets and trig.code.startswith("14"):
                # a protest is aimed at the state its clause names, however deep: "rioted after a
                # demonstration calling for the removal of President Mubarak"
                for tok in protest_state_tokens(trig.verb, subj_toks):
                    found = [a for a in code_actors(tok) if a.key not in src_keys and a.country and a.role in STATE_ROLES]
                    if found:
                        targets, fallback = found[:1], True
                        break
        if not targets and is_background_clause(trig.verb):
            return []  # "..., killing 20 people": a participial aside needs a named target to count
        if not sources and len(subj_toks) == 1:
            sources = group(subj_toks[0])
        if not sources and trig.verb.dep_ == "acl" and _is_verbal(trig.verb.head.head):
            # "issued a declaration demanding that ...": the declaration's issuer
            sources = [a for t in subject_tokens(trig.verb.head.head)[0] for a in code_actors(t)]
        if not sources and subj_toks and subj_toks[0].pos_ == "PRON":
            # "Japan said it had halted aid": the pronoun is the reporting clause's subject
            sources = [a for t in reporter_tokens(trig.verb) for a in code_actors(t)]
        rule_extra = ""
        if not sources and len(subj_toks) == 1 and subj_toks[0].pos_ == "NOUN" and not passive:
            # "a car bombing by the Islamic State killed", "Syrian regime air strikes hit": the actor
            # named inside an event or weapon noun's phrase is whoever carried it out
            for tok in _noun_phrase_actors(subj_toks[0]):
                sources = [a for a in code_actors(tok) if a.key not in {t.key for t in targets}]
                if sources:
                    rule_extra = "+subject-phrase"
                    break
        unknown_source = not sources and bool(targets) and not fallback and self._agentless(trig, subj_toks, passive)
        if not sources and not unknown_source:
            return []
        if is_ability(trig.verb):
            return []  # "they can arrest us": an ability or a possibility, not an act
        modality = trig.modality or modality_of(trig.verb, sent)
        code, rule = trig.code, trig.rule + ("+passive" if passive and "passive" not in trig.rule else "")
        if refusal:
            # "will not lift the ban", "did not give permission": declining a cooperative act is a
            # rejection (CAMEO 12x), an event in its own right
            code, rule, modality = self.lexicon.lift("refuse", code), rule + "+negated:refuse", "asserted"
        manner = self.manner_code(trig, subj_toks)
        if manner is not None and manner != code:
            code, rule = manner, rule + "+manner"
        if modality in ("future", "conditional") and trig.frame in (None, "cease", "order"):
            root = code[:2]
            if root in COOPERATIVE_ROOTS and root != "03":
                code, rule = self.lexicon.lift("intent", code), rule + "+future:intent"
            elif root in MATERIAL_CONFLICT_ROOTS:
                code, rule = self.lexicon.lift("threat", code), rule + "+future:threat"
        if fallback:
            rule += "+near-target"
        rule += rule_extra
        confidence = 0.55 + (0.1 if fallback else 0.2 if targets else 0.0) + (0.1 if trig.rule != "frame" else 0.0)
        if modality != "asserted":
            confidence -= 0.1
        result: list[Candidate] = []
        if unknown_source:
            # "was arrested in Niger", "a car bomb killed 20 soldiers": an event whose doer the text
            # does not name; kept with no source (as GDELT leaves an actor blank), flagged in the rule
            return [Candidate(trig, code, None, tgt, modality, False, rule + "+unknown-source",
                              round(confidence - 0.2, 2)) for tgt in targets if is_political(tgt) or tgt.code and tgt.role in VICTIM_ROLES]
        if len(sources) >= 2 and code[:2] in SYMMETRIC_ROOTS and (not targets or trig.frame == "intent"):
            # coordinated or plural subject with no one else named: an event between them
            a, b = sources[0], sources[1]
            if a.key != b.key and political_pair(a, b, code):
                result.append(Candidate(trig, code, a, b, modality, True, rule + "+coordinated", round(confidence, 2)))
            return result
        for src in sources:
            # never an event from an actor to itself; with only itself named, there is no target
            for tgt in [t for t in targets if t.key != src.key] or [None]:
                if not political_pair(src, tgt, code) or (fallback and not src.code):
                    continue  # a doer the tables do not know needs its other party in its own slot
                pair_code = unconventional(code, src, tgt)
                pair_rule = rule if pair_code == code else rule + "+unconventional"
                result.append(Candidate(trig, pair_code, src, tgt, modality, False, pair_rule, round(confidence, 2)))
        return result
