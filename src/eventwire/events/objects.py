"""What a cue's objects are: the object the parser moved elsewhere, people an event noun names,
forces a deployment moves, territory taken, and weapons, which are the means of an act and
(outside acts of force) no party to it."""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children
from ..actors.context import INSTRUMENT_NOUNS, PLATFORM_NOUNS, WEAPON_NOUNS, names_a_weapon
from ..records import Actor
from .refine import PROTECTION
from .syntax import COMPLEMENT, PASS_SUBJ, _children, _particles, _with_conjuncts, adverbial_relative
from .triggers import Trigger

# Places an armed force takes and holds: their seizure is occupation (CAMEO 192), not confiscation.
TERRITORY_NOUNS = {"town", "village", "city", "territory", "area", "base", "airport", "port", "district", "region",
                   "province", "border", "crossing", "hill", "island", "outpost", "position", "stronghold", "capital",
                   "settlement", "neighbourhood", "neighborhood", "suburb", "enclave", "checkpoint", "oilfield", "field"}


def is_territory(obj: Token) -> bool:
    return obj.lemma_.lower() in TERRITORY_NOUNS or obj.ent_type_ in ("GPE", "LOC", "FAC")


FORCE_ROOTS = frozenset({"17", "18", "19", "20"})  # acts of force, which can be done to a weapon (and its user)


def complement_subjects(head: Token, participles: bool = True) -> list[Token]:
    """The object the parser made the subject of a non-finite clause after the verb: "invited the envoy
    to mediate", "ordered the firm to pay", "will not admit migrants crossing the border". A verb
    with no object of its own followed by a noun and an infinitive or a participle: the noun is the
    verb's object (English puts no subject before "to" or a bare participle)."""
    if any(c.dep_ == "dobj" for c in children(head)):
        return []
    out: list[Token] = []
    for comp in children(head):
        if comp.dep_ not in COMPLEMENT or comp.i < head.i or any(c.dep_ == "mark" for c in children(comp)):
            continue
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children(comp))
        participle = participles and comp.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in children(comp))
        if infinitive or participle:
            out.extend(t for s in children(comp) if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")
                       for t in _with_conjuncts(s))
    return out


def raised_objects(verb: Token) -> list[Token]:
    """The object the parser makes the subject of an infinitive or a bare participle after the verb
    ("declared a state of siege to begin at midnight": the state of siege is what was declared; "will
    not accept any refugees fleeing the violence": the refugees are who are not taken in)."""
    return [s for s in complement_subjects(verb) if s.pos_ == "NOUN"]


def relative_antecedent(verb: Token) -> list[Token]:
    """The noun a relative clause's verb acts on when its object is the relative pronoun or left out
    ("a peace agreement that Nyusi and Momade signed", "the talks the two sides held")."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or not _children(verb, "nsubj"):
        return []
    if adverbial_relative(verb):
        return []  # "the border, where gangs move freely", "the accord under which they withdrew": not what is done
    objects = _children(verb, {"dobj", "ccomp", "xcomp", *PASS_SUBJ})
    if objects and not all(o.tag_ in ("WDT", "WP") for o in objects):
        return []
    return [verb.head]


def has_object(verb: Token) -> bool:
    """A direct object or passive subject; or a noun the parser left as an adverbial though it says
    no time ("returned to Brazil last Wednesday 21 frogs": a heavy object moved to the end)."""
    return bool(_children(verb, {"dobj", *PASS_SUBJ})) or any(
        c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.ent_type_ not in ("DATE", "TIME") for c in children(verb))


POLICY_GIVEN_UP = "0832"  # accede to demands for change in policy: a bill withdrawn, a decree repealed


def people_object(trig: Trigger) -> bool:
    """An event noun that names the people the act is done to, as its light verb's object ("released
    prisoners", "executed the hostages": nouns.tsv gives such a noun the target ``dobj``, the noun itself);
    not a measure given up ("withdrew the extradition bill"), a thing done to, kept as one (patients.py)."""
    return trig.rule == "light-verb" and "dobj" in trig.target_specs and len(trig.tokens) > 1 \
        and trig.code != POLICY_GIVEN_UP \
        and trig.tokens[1].dep_ == "dobj" and trig.tokens[1].head == trig.verb


def forces_moved(trig: Trigger) -> bool:
    """A cue that moves the doer's own forces (a deployment, peacekeepers sent), whose object is
    not its target."""
    return (trig.code[:2] == "15" or trig.code.startswith(PROTECTION)) and "dobj" not in trig.target_specs


GIVING_ROOTS = {"06", "07"}  # cooperation and aid: what is sold, supplied or delivered
MEANS_NOUNS = INSTRUMENT_NOUNS | WEAPON_NOUNS  # nouns a cue can be read from that name its means


def without_weapons(trig: Trigger, targets: list[Actor]) -> list[Actor]:
    """The targets less the weapons that are no party: the weapon a cue was read from ("launched 448
    drones": the means), and any weapon of an act other than force ("denied supplying missiles to
    Moscow": what is given, sold or talked of); force (seized, destroyed, shot down) is done to it."""
    means = len(trig.tokens) > 1 and trig.tokens[1].lemma_.lower() in MEANS_NOUNS
    if not means and trig.code[:2] in FORCE_ROOTS:
        return targets
    # an aircraft or a warship handed over is goods too; elsewhere it stands for its forces
    goods = WEAPON_NOUNS | PLATFORM_NOUNS if trig.code[:2] in GIVING_ROOTS else WEAPON_NOUNS
    return [a for a in targets if not names_a_weapon(a, goods)]


POSTURE = "15"  # exhibit force posture (demonstrate military or police power): deploying, alerting forces


def deploys(lexicon, verb: Token) -> bool:
    """A verb of deploying forces (its cue codes 15: "deploy", "station")."""
    cue = lexicon.verb(verb.lemma_.lower(), _particles(verb))
    return cue is not None and cue.code[:2] == POSTURE


# Verbs of giving whose object may be the recipient and the thing given a with-phrase: "provided Moldova
# with generators", "supplied the army with ammunition", "equipped the police with vehicles".
WITH_THEME = frozenset({"provide", "supply", "equip", "furnish", "arm", "resupply"})


def given_with(verb: Token) -> list[Token]:
    """The things a verb of giving hands over in its with-phrase, where its object is the recipient."""
    if verb.lemma_.lower() not in WITH_THEME or not _children(verb, {"dobj"}):
        return []
    return [o for p in children(verb) if p.dep_ == "prep" and p.lower_ == "with"
            for c in children(p) if c.dep_ == "pobj" for o in _with_conjuncts(c)]
