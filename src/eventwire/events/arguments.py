"""Who: the tokens that hold an event's source and target. Subjects (with passives, control,
relative clauses and conjunctions), the cue's target slots, and the fallbacks where a slot is
empty (the event noun's own phrase, prepositional objects, a protest's purpose, a threat's
condition)."""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from ..nlp import children
from ..actors.context import AUTHORED_NOUNS, INSTRUMENT_NOUNS
from ..actors.phrase import counts_people, hyphen_prefixes
from .objects import complement_subjects
from .participles import misread_subject
from .stranded import stranded_subject, subject_in_date_phrase, subject_under_mark
from .syntax import (
    COMPLEMENT, PASS_SUBJ, SUBJ, _children, _is_verbal, _prep_objects, _with_conjuncts, finite_clause_beside, misread_main_subject, misread_main_verb, past_beside_a_report, reduced_passive, reporters_participle, SPEAKER_VERBS,
    described_object, misread_object, relative_doers, second_subjects, stranded_prep_object,
)
from .triggers import Trigger

PERSONAL_RECIPIENTS = frozenset({"him", "her", "them"})  # "granted him asylum": the person the pronoun names


def target_groups(specs: Iterable[str], heads: Iterable[Token]) -> list[list[Token]]:
    """Candidate target phrases in preference order, one group per slot.

    The indirect object comes first: whatever the cue says, it is the recipient
    ("gave the Ivory Coast 5 million dollars of aid for projects", "granted him asylum"). Then the
    cue's own slots in its order; the caller takes the first group that names
    an actor, so a slot filled by a non-actor ("for projects") does not hide a
    later one.
    """
    heads = list(heads)
    groups: list[list[Token]] = [
        [t for head in heads for c in children(head) if c.dep_ == "dative" and (c.pos_ in ("NOUN", "PROPN")
                                                                               or c.lower_ in PERSONAL_RECIPIENTS)
         for t in _with_conjuncts(c)]
    ]
    for spec in specs:
        spec = spec.strip()
        if spec in ("dobj", "obj"):
            groups.append([t for head in heads for c in children(head)
                           if c.dep_ == "dobj" and (c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") or counts_people(c))
                           for t in _with_conjuncts(c)]
                          or [t for head in heads for t in complement_subjects(head)]
                          or [d for head in heads if (d := described_object(head)) is not None]
                          or [m for head in heads if (m := misread_object(head)) is not None]
                          or [t for head in heads for t in second_subjects(head)])
        elif spec == "comp_subj":  # "allowed the opposition to rally": the parser makes it the rally's subject
            groups.append([t for head in heads for c in children(head) if c.dep_ in ("ccomp", "xcomp")
                           for s in _children(c, SUBJ) if s.pos_ in ("NOUN", "PROPN") for t in _with_conjuncts(s)])
        elif spec == "poss":  # "rejected the president's accusations": whose act the noun names
            groups.append([t for head in heads if head.pos_ == "NOUN" for c in children(head)
                           if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for t in _with_conjuncts(c)]
                          # or its relative clause: "rejected the accusations Somalia made"
                          or [t for head in heads if head.pos_ == "NOUN" for s in relative_doers(head)
                              if s.pos_ in ("NOUN", "PROPN") for t in _with_conjuncts(s)])
        elif spec.startswith("prep:"):
            preps = spec[5:].split("|")
            groups.append(_prep_objects(heads, set(preps)) or (_stranded_recipients(heads) if preps[0] == "to" else [])
                          or _prep_objects(_participles(heads), set(preps)))
    return [g for g in groups if g]

def _participles(heads: list[Token]) -> list[Token]:
    """The reduced passives on event nouns, whose phrases are the noun's own: "lifted the curfew imposed
    in Imphal" (the curfew in Imphal), "eased the restrictions placed on Gaza"."""
    return [c for head in heads if head.pos_ == "NOUN" for c in children(head) if reduced_passive(c)]


def _stranded_recipients(heads: list[Token]) -> list[Token]:
    """A recipient the parser hung inside a long object instead of on the verb: "returned a pendant
    engraved with the image of Peter the Great to Russian authorities". The last "to" phrase in the
    object whose head is nominal (a verb inside the object owns its own phrase: "statues that date
    back to the third century", but not a second one: "... to the third century to Egypt"). Only for
    cues whose first slot is a recipient."""
    for head in heads:
        for obj in children(head):
            if obj.dep_ != "dobj" or obj in heads:  # the event noun's own phrases are its own
                continue
            # a "to" phrase on a noun, or a verb's second one: one verb has one goal
            # (a reduced passive's too: "a cargo plane loaded with medical supplies to Turkey")
            stranded = [p for p in obj.subtree if p.dep_ == "prep" and p.lower_ == "to"
                        and (p.head.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or p.head.dep_ == "acl" and p.head.tag_ == "VBN"
                             or any(q.dep_ == "prep" and q.lower_ == "to" and q.i < p.i for q in p.head.subtree))]
            if stranded:
                return [t for pobj in children(stranded[-1]) if pobj.dep_ == "pobj" for t in _with_conjuncts(pobj)]
    return []

RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}

CAUSATIVES = {"let", "make", "have"}

# Verbs of saying and judging: only a speaker does them, never an act or a document ("the raid
# accused" is a misattached "[he] said the raid followed ... and accused ...").

# Verbs with an object whose "to" complement is still the subject's act: "promised Iran to ...", a
# call or a welcome whose purpose it states ("called Bashir to express his support"), and verbs of
# using, whose object is the means ("police used tear gas to disperse the crowd").
SUBJECT_CONTROL = {"agree", "promise", "vow", "pledge", "offer", "call", "phone", "telephone", "welcome", "greet",
                   "visit", "meet", "use", "employ", "utilize", "utilise"}  # a subjectless complement of these is the causer's act

def _relative(verb: Token, subj: Token) -> bool:
    """Whether ``subj`` is the relative pronoun of a relative clause on a noun: its antecedent is meant."""
    return subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN")


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun ("that", "which") refers back to: the nearest before it, passing over
    a time phrase ("blasts earlier that day that killed")."""
    for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("DATE", "TIME"):
            return tok
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct and tok.text != ",":
            return None
    return None


def gapped_passive(verb: Token) -> bool:
    """A passive whose auxiliaries are left out after the first conjunct: "26 gunmen had been killed and
    more than 3,800 people detained" (the parser gives the second its subject as an active one's)."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and bool(_children(verb, SUBJ)) \
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children) \
        and any(c.dep_ == "auxpass" for c in verb.head.children)


def patients(verb: Token) -> list[Token]:
    """Whom a passive clause acts on: its passive subject, or the noun a reduced passive qualifies."""
    pas = _children(verb, PASS_SUBJ) or (_children(verb, SUBJ) if gapped_passive(verb) else [])
    if pas and _relative(verb, pas[0]):
        return _with_conjuncts(verb.head)  # "Mondlane, who was backed by the Podemos party": Mondlane
    if pas:
        return [t for s in pas for t in _with_conjuncts(s)]
    if any(c.dep_ == "auxpass" for c in children(verb)) and (noun := misread_subject(verb)) is not None:
        return _with_conjuncts(noun)  # "soldiers deployed with the mission were killed": the soldiers
    return _with_conjuncts(verb.head) if reduced_passive(verb) else []


def _agent_in_adjunct(verb: Token) -> list[Token]:
    """"was arrested on Tuesday from the premises of the court by paramilitary Rangers": the parser
    hangs a passive's agent on the noun of a phrase before it ("premises", "court"). A "by" phrase
    on the noun of one of the verb's own prepositional phrases (through "of") is its agent; not one
    on a participle there ("at a rally organised by the opposition": the rally's organisers)."""
    nouns = [p for prep in children(verb) if prep.dep_ == "prep" and prep.lower_ != "by"
             for p in children(prep) if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")]
    # "was accused of rigging the vote by the opposition": a gerund is active, so a "by" phrase the parser
    # hung on it (or on its object) is no agent of its own but the passive verb's
    for gerund in (p for prep in children(verb) if prep.dep_ == "prep" for p in children(prep)
                   if p.dep_ == "pcomp" and p.tag_ == "VBG"):
        agents = [a for a in _prep_objects([gerund, *_children(gerund, {"dobj"})], {"by"}) if a.pos_ in ("NOUN", "PROPN")]
        if agents:
            return agents
    for noun in nouns:
        nouns.extend(p for prep in children(noun) if prep.dep_ == "prep" and prep.lower_ == "of"
                     for p in children(prep) if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN"))
        agents = _prep_objects([noun], {"by"})
        if agents:
            return agents
    return []


REASON_PREPS = frozenset({"for", "of"})  # the reason an act is done to its object: "thanked Qatar for hosting"


def subject_tokens(verb: Token) -> tuple[list[Token], bool]:
    """(subject heads, is_passive) for a clause head, inheriting where English omits them."""
    if gapped_passive(verb):
        return _prep_objects([verb], {"by"}) or _prep_objects([verb.head], {"by"}), True
    subj = _children(verb, SUBJ)
    if subj and _relative(verb, subj[0]):
        return _with_conjuncts(verb.head), False  # "the rebels, who shot down a helicopter": the rebels
    if subj and subj[0].tag_ == "WDT" and all(t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in verb.doc[subj[0].i + 1:verb.i]) \
            and (antecedent := _antecedent(subj[0])) is not None:
        # a relative clause the parser took for a complement ("responding to landmine blasts earlier that
        # day that killed four police officers"): its antecedent, not the reporting clause's subject
        return _with_conjuncts(antecedent), False
    if subj:
        return _with_conjuncts(subj[0]), False
    pas = _children(verb, PASS_SUBJ)
    if pas:
        # "were shot and killed by gunmen": the agent the parser hung on the last participle is every one's
        shared = [c for c in children(verb) if c.dep_ == "conj" and c.tag_ == "VBN" and not _children(c, SUBJ | PASS_SUBJ)]
        agents = _prep_objects([verb], {"by"}) or _prep_objects(shared, {"by"}) or _agent_in_adjunct(verb)
        return agents, True
    if (noun := misread_subject(verb)) is not None:
        # "soldiers deployed with the mission were killed": the noun of the participle the parser took
        # for the main verb is this verb's subject (its patient, in the passive)
        passive = any(c.dep_ == "auxpass" for c in children(verb))
        return (_prep_objects([verb], {"by"}), True) if passive else (_with_conjuncts(noun), False)
    if misread_main_verb(verb):
        return _with_conjuncts(misread_main_subject(verb)), False  # the whole coordination the verb was hung in
    if reduced_passive(verb):
        return _prep_objects([verb], {"by"}), True
    swallowed = subject_in_date_phrase(verb) or subject_under_mark(verb)
    if swallowed:
        return swallowed, False
    if verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "attr" and verb.head.head != verb.head \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        # "Sudan became the first country to recognise South Sudan": the predicate noun's infinitive
        # is done by the copula's subject
        return subject_tokens(verb.head.head)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head], False
    if verb.dep_ in ("acomp", "oprd") and verb.head != verb:  # "it is prepared to": the copula's subject
        return subject_tokens(verb.head)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CAUSATIVES:
        return subject_tokens(verb.head)  # "Ethiopia let free 74 prisoners": the one who lets does it
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and verb.head.pos_ in ("NOUN", "PROPN"):
        # "said Kinshasa would avoid a massacre and accused Rwanda ...": a past tense the parser joined to a
        # noun continues the past-tense clause above it, whose subject acts
        clause = next((a for a in verb.ancestors if a.tag_ == "VBD" and a.pos_ == "VERB"), None)
        if clause is not None:
            return subject_tokens(clause)
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and verb.head != verb:
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            prep, head = head, head.head
            if not _is_verbal(head):
                return [], False
            obj = _children(head, "dobj") if prep.lower_ in REASON_PREPS and verb.tag_ == "VBG" else []
            if obj:  # "praised the military for refusing to prop up his government": the one praised refused
                return _with_conjuncts(obj[0]), False
        if past_beside_a_report(verb):  # "said the batteries would become targets and accused Berlin"
            return subject_tokens(head.head)
        if (finite := finite_clause_beside(verb)) is not None:  # "in its efforts to free X and condemned Y"
            return subject_tokens(finite)
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head != head and verb.lemma_.lower() in SPEAKER_VERBS \
                and any(s.lemma_.lower() in INSTRUMENT_NOUNS | AUTHORED_NOUNS for s in _children(head, SUBJ | PASS_SUBJ)):
            # "said the raid followed intelligence and accused the party of ...", "said the proposals had been
            # accepted and pledged to honour the accord": an act or a text cannot accuse or pledge; the
            # reporting clause's subject does
            return subject_tokens(head.head)
        if reporters_participle(verb):  # "demanded that those governments pull out, accusing them of ..."
            return subject_tokens(head.head)
        patients = _children(head, PASS_SUBJ)
        if verb.dep_ == "conj" and patients and _children(verb, {"dobj", "aux"}):
            # "was indicted by the court and will resign", "was arrested and later freed the hostages": an
            # active conjunct of a passive clause is done by its subject, not by its agent
            return _with_conjuncts(patients[0]), False
        # object control ("urged Iran to stop"): the object is the complement's subject
        if verb.dep_ == "xcomp":
            obj = _children(head, "dobj")
            if obj and head.lemma_ not in SUBJECT_CONTROL:
                return _with_conjuncts(obj[0]), False
        return subject_tokens(head)
    return stranded_subject(verb), False


VENUE_PREPS = {"in", "at"}

# where something is agreed, met over or refused is its venue: "rejected the demand at a briefing in Beijing"
VENUE_ROOTS = {"01", "02", "03", "04", "05", "06", "12"}

MATERIAL_INTENTS = {"033", "034", "035"}  # intents to give aid, to reform, to yield: a place is their target

PRINCIPAL_NOUNS = frozenset({"behalf"})  # "on behalf of X": the principal an agent acts for

FALLBACK_PREPS = ("to", "against", "with", "from", "on", "at", "into", "for", "over", "because", "toward", "towards", "in",
                  "by")  # ("because" heads "because of X's ...": whose conduct an act answers, as "over" does)

CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj"})


def _in_the_clause(tok: Token, verb: Token) -> bool:
    """Whether a token hangs on the verb through phrases only, no clause of its own between them."""
    for node in tok.ancestors:
        if node.i == verb.i:
            return True
        if node.dep_ in CLAUSE_DEPS:
            return False
    return False


def fallback_target_tokens(trig: Trigger, refusal: bool = False) -> list[Token]:
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
    # the noun an event noun is "of" carries its phrase: "a state of siege in Bolivia"
    nouns += [n.head.head for n in nouns if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN"]
    verbs = list(dict.fromkeys(t for t in (*trig.target_heads, *trig.tokens[1:], trig.verb) if t.pos_ in ("VERB", "AUX", "ADJ")))
    objects = [c for v in verbs for c in children(v) if c.dep_ == "dobj" and c.pos_ == "NOUN"]  # "re-open its borders to X"
    nouns += objects + [c for o in objects for c in o.conjuncts if c.i > o.i and c.pos_ == "NOUN"]  # "the act and the threats made by X"
    # a "verb" the parser conjoined to a noun is a noun it misread ("ventilators and testing/VBG kits to
    # Serbia"): its phrases are the noun phrase's
    verbs += [t for t in trig.verb.subtree if t.i > trig.tokens[-1].i and t.pos_ == "VERB" and t.dep_ == "conj"
              and t.head.pos_ == "NOUN" and _in_the_clause(t, trig.verb)]
    out: list[Token] = []
    for noun in dict.fromkeys(nouns):
        out.extend(_noun_phrase_actors(noun))
    # where a meeting or an agreement happens is its venue, not its other party
    # (not an intent to give, reform or yield: "agreed to withdraw its troops in eastern Lebanon")
    venue = trig.code[:2] in VENUE_ROOTS and trig.code[:3] not in MATERIAL_INTENTS
    preps = [p for p in FALLBACK_PREPS if not (p in VENUE_PREPS and venue)]
    for verb in verbs:
        by_prep = _prep_objects_by_prep(verb)  # one walk of the verb's children, then the preferred order
        for prep in preps:
            for pobj in by_prep.get(prep, ()):
                if pobj.lemma_.lower() in PRINCIPAL_NOUNS:
                    continue  # "signed on behalf of Egypt": whom the doer acts for, not whom the act is aimed at
                out.extend([pobj, *_noun_phrase_actors(pobj, depth=2)])  # "fired at targets in Jericho"
    if trig.code[:2] in ("02", "10"):
        # what is demanded of whom, in a "that" clause the parser hung on the light verb: "reiterated
        # its demand today that Israel ease restrictions"
        for verb in verbs:
            for c in children(verb):
                if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(c)):
                    out.extend(t for sj in _children(c, SUBJ) for t in _with_conjuncts(sj))
    if trig.code[:2] == "07" or trig.code[:3] == "033":
        # aid is for whom its purpose names: "gave 350 million euros to promote investment in Ethiopia"
        for verb in verbs:
            for purpose in children(verb):
                if purpose.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(purpose)):
                    for obj in (c for c in children(purpose) if c.dep_ == "dobj"):
                        out.extend([obj, *_noun_phrase_actors(obj)])
                    out.extend(_prep_objects([purpose], {"to", "for", "in"}))
    if refusal or trig.frame in ("threat", "refuse") or trig.code.startswith(("12", "13")):
        # a threat's or a refusal's condition names whom it is aimed at: "... unless Israel rescinds
        # the annexation", "will not end the strike until their demands are met by the authorities"
        marks = ("if", "unless", "until") if refusal or trig.frame == "refuse" or trig.code.startswith("12") else ("if", "unless")
        for verb in verbs:
            for c in verb.subtree:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in children(c)):
                    out.extend(t for s in _children(c, SUBJ) for t in _with_conjuncts(s))
                    out.extend(_prep_objects([c], {"by"}))
    return out

def _prep_objects_by_prep(verb: Token) -> dict[str, list[Token]]:
    """``_prep_objects([verb], {p})`` for every preposition ``p`` of the verb at once, each in the same order."""
    out: dict[str, list[Token]] = {}
    for prep in children(verb):
        if prep.dep_ in ("prep", "dative", "agent"):
            objs = [t for pobj in children(prep) if pobj.dep_ in ("pobj", "pcomp") for t in _with_conjuncts(pobj)] \
                or stranded_prep_object(prep)
            if objs:
                out.setdefault(prep.lower_, []).extend(objs)
    return out


def stance_targets(nouns: Iterable[Token]) -> list[Token]:
    """Whom a protest's own words say it is against: the word after "anti-" on the protest noun or on
    its protesters ("anti-government protests", "anti-American demonstrators")."""
    return [c for n in nouns for c in children(n)
            if c.dep_ in ("amod", "compound", "nmod") and c.i < n.i and "anti" in hyphen_prefixes(c)]

STATE_ROLES = {"GOV", "MIL", "COP", "JUD", "LEG"}

def protest_state_tokens(verb: Token, subj_toks: list[Token]) -> list[Token]:
    """Nouns in a protest clause's subtree, nearest the verb first, leaving out its subject's phrase."""
    skip = {t.i for s in subj_toks for t in s.subtree}
    # nor whom the news is attributed to: "according to the Armed Forces of the Philippines, ... blocked"
    skip |= {t.i for c in children(verb) if c.lower_ == "according" for t in c.subtree}
    toks = [t for t in verb.subtree if t.i not in skip and t.i != verb.i and t.pos_ in ("PROPN", "NOUN")]
    return sorted(toks, key=lambda t: abs(t.i - verb.i))

# Prepositions that name the doer of an act named by a noun ("a car bombing by the Islamic State");
# "on", "against", "at" name whom it is aimed at ("an air strike on a tent housing displaced families").
DOER_PREPS = frozenset({"by", "from", "between", "among"})


def _noun_phrase_actors(noun: Token, depth: int = 3, preps: frozenset[str] | None = None) -> list[Token]:
    """Tokens inside an event noun's phrase that may name an actor, nearest first; behind the
    prepositions ``preps`` only, where given."""
    out: list[Token] = []
    frontier = [noun]
    for _ in range(depth):
        nxt: list[Token] = []
        for tok in frontier:
            for c in children(tok):
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i and c.pos_ in ("PROPN", "ADJ", "NOUN"):
                    out.append(c)
                elif c.dep_ == "amod" and c.lemma_.lower() == "lead" and c.i < tok.i:
                    # "a Saudi-led strike": who leads it does it
                    out.extend(m for m in children(c) if m.dep_ in ("npadvmod", "compound", "nmod") and m.pos_ == "PROPN")
                elif c.dep_ in ("acl", "ccomp") and _is_verbal(c):
                    # "its demand that Israel ease ...", "crimes committed by Croat forces",
                    # "an invitation to attend a meeting of Palestinian factions"
                    out.extend(t for sj in _children(c, SUBJ) for t in _with_conjuncts(sj))
                    out.extend(_prep_objects([c], {"by", "on", "against", "from"}))  # "sanctions imposed on India",
                    # "duties on vehicles imported from China"
                    nxt.extend(o for o in children(c) if o.dep_ == "dobj")
                elif c.dep_ == "prep" and (c.lower_ in FALLBACK_PREPS or c.lower_ in ("of", "among", "between")) \
                        and (preps is None or c.lower_ in preps):
                    pobjs = [p for p in children(c) if p.dep_ == "pobj"]
                    for p in pobjs:
                        out.extend(_with_conjuncts(p))
                    nxt.extend(pobjs)
        frontier = nxt
    return out


def reporter_tokens(verb: Token) -> list[Token]:
    """The non-pronoun subject of the clause that reports this one ("X said it would ...")."""
    node = verb.head if verb.dep_ in ("acomp", "oprd") else verb
    for _ in range(3):
        if node.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or node.head == node:
            return []
        node = node.head
        subj = _children(node, SUBJ)
        if subj and subj[0].pos_ != "PRON":
            return _with_conjuncts(subj[0])
    return []

ADDRESSEE_PREPS = {"on", "upon", "to", "with"}  # whom an appeal with a clause is made to: "called on X to"


def frame_target(kind: str, verb: Token, comp: Token | None, inner: Trigger | None, objs: list[Token]) -> tuple[Token, ...]:
    """Whom a frame's event is aimed at: whom the frame addresses ("urged Iran to ...", "called on
    Israel to withdraw"), whom a thing is demanded of, an agreement's counterpart, the complement's
    own subject ("demanded that Iraq cooperate"), else the frame verb's object; empty where the
    complement's own target is to be read."""
    target_override: tuple[Token, ...] = ()
    addressed = objs
    if not objs and comp is not None and kind in ("appeal", "demand"):
        # "called on Israel to withdraw", "appealed to the UN to intervene", "pleaded with Iran to"
        addressed = [o for o in _prep_objects([verb], ADDRESSEE_PREPS) if o.ent_type_ not in ("DATE", "TIME")]
    if addressed and comp is not None and kind in ("threat", "appeal", "demand", "order", "intent", "restrain"):
        # "warned the envoy that his government would expel him", "had promised him that North Korea
        # would not resume tests": whom the frame addresses
        target_override = tuple(t for o in addressed for t in _with_conjuncts(o))
    if not target_override and comp is None and inner is not None and kind in ("appeal", "demand"):
        # "demanded an apology from the prime minister": whom the thing is demanded of; not what a
        # concession separates from ("independence from Iraq", "the withdrawal of forces from Syria")
        own_from = inner.code[:2] == "08" or any("from" in spec.split(":")[-1].split("|") for spec in inner.target_specs)
        target_override = tuple(_prep_objects([verb, *(() if own_from else inner.tokens)], {"from"}))
    if not target_override and kind == "intent":
        # "agreed with Castro's government to repatriate ...": the counterpart of an agreement
        target_override = tuple(_prep_objects([verb], {"with"}))
    if comp is not None and not target_override:
        csubj = _children(comp, SUBJ | PASS_SUBJ)
        if not csubj:  # "agreed to allow UN aid workers (to) enter": whom the complement lets act
            csubj = [s for c in children(comp) if c.dep_ in COMPLEMENT for s in _children(c, SUBJ)]
        if csubj and csubj[0].pos_ != "PRON":
            target_override = tuple(_with_conjuncts(csubj[0]))
    if not target_override and objs:
        target_override = tuple(t for o in objs for t in _with_conjuncts(o))
    return target_override
