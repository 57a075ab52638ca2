"""Protest as the clause tells it: acts on a place that are a protest when protesters do them or the
clause says so ("protesters stormed parliament": a riot, 145; "occupied the airport in protest": a
blockade, 144), gatherings that are demonstrations ("around 500 protesters gathered in Juliaca": 141),
and any act the clause says is done in protest ("left their posts in protest at the plan": 140)."""
from __future__ import annotations

import functools
from pathlib import Path

from spacy.tokens import Token

from ..nlp import children
from .syntax import SUBJ, _children, _is_verbal, _prep_objects
from .triggers import Trigger

PROTEST_ACTS_PATH = Path(__file__).with_name("data") / "protest_acts.tsv"
# The doers whose taking of a place is a protest by itself (CAMEO 14: collective civilian action)
PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher", "picketer", "crowd", "mob",
                        "activist", "supporter", "youth"})  # "youths fought riot police"
PROTEST_PURPOSE_NOUNS = frozenset({"protest", "defiance"})  # "in protest against", "in defiance of"
PROTEST_PURPOSE_VERBS = frozenset({"protest", "demand", "demonstrate"})  # "to protest the bill", "demanding ..."
# What a public measure is called: an act against one is a protest ("blocked roads against the fuel price hike")
MEASURE_NOUNS = frozenset({"hike", "increase", "rise", "law", "bill", "decree", "policy", "reform", "decision", "measure",
                           "mandate", "tax", "plan", "ruling", "ban", "rule", "cut", "austerity", "price", "fare"})


@functools.lru_cache(maxsize=1)
def protest_acts(path: Path = PROTEST_ACTS_PATH) -> dict[tuple[str, str], str]:
    """(verb lemma, particle or "") -> the protest code the act takes (data/protest_acts.tsv)."""
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    if rows[0][:3] != ["lemma", "particle", "code"]:
        raise ValueError(f"[E123] {path.name}: header is not lemma/particle/code/note")
    return {(r[0], r[1]): r[2] for r in rows[1:]}


def _purpose_noun(verb: Token, nouns: frozenset[str]) -> Token | None:
    """The noun of the verb's "in protest" phrase (one of ``nouns``: "in protest against", "in defiance of")."""
    return next((p for c in children(verb) if c.dep_ == "prep" and c.lower_ == "in"
                 for p in children(c) if p.lemma_.lower() in nouns), None)


def in_protest(verb: Token) -> bool:
    """The clause says the act is a protest: "in protest against", "to protest the bill", "demanding ..."."""
    if _purpose_noun(verb, PROTEST_PURPOSE_NOUNS) is not None:
        return True
    for c in children(verb):
        if c.dep_ == "prep" and c.lower_ == "against" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in MEASURE_NOUNS for p in children(c)):
            return True  # "occupied metro stations against a fare hike": against a measure, a protest
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PROTEST_PURPOSE_VERBS:
            return True
    return False


PROTEST_NOT_SPECIFIED = "140"
IN_PROTEST = frozenset({"protest"})  # not "in defiance of": defying is no protest by itself


def done_in_protest(verb: Token) -> Trigger | None:
    """An act the clause says is done in protest, whatever it is ("left their posts in protest at the plan",
    "resigned in protest over the ruling", "burned their passports in protest"): a protest (CAMEO 14:
    "collective actions carried out as protests against the target actor"), not otherwise specified (140),
    aimed at what the protest is against. The caller asks only where the verb has no cue of its own or a
    concession's ("recalled its ambassador in protest" stays a recall)."""
    noun = _purpose_noun(verb, IN_PROTEST) if verb.pos_ == "VERB" and _children(verb, SUBJ) else None
    if noun is None:
        return None
    return Trigger(code=PROTEST_NOT_SPECIFIED, cue=f"in-protest:{verb.lemma_.lower()}", rule="verb+in-protest",
                   verb=verb, tokens=(verb, noun), target_specs=("prep:against|at|over",), target_heads=(noun, verb))


def protest_code(trig: Trigger, subj_toks: list[Token]) -> str | None:
    """The protest an act on a place is when protesters do it or the clause says it is one: "protesters
    stormed parliament" (145, a riot), "occupied the airport in protest" (144, a blockade); else None."""
    verb = trig.verb
    if trig.code[:2] == "14" or not _is_verbal(verb):
        return None
    code = _protest_act(verb)
    return code if code is not None and _by_protesters(verb, subj_toks) else None


DEMONSTRATION = "141"  # demonstrate or rally


def assembly_code(verb: Token) -> str | None:
    """A gathering that is a demonstration (141): "around 500 protesters gathered in Juliaca",
    "thousands rallied outside parliament in protest": a verb of assembling (no cue of its own) whose
    doers are protesters, or which the clause says is a protest."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _assembling_verbs():
        return None  # most verbs: one set lookup
    code = _protest_act(verb)
    return code if code is not None and code.startswith(DEMONSTRATION) \
        and (_by_protesters(verb, []) or _people_at_a_seat_of_power(verb)) else None


def joined_protesters(verb: Token) -> Trigger | None:
    """'Soldiers joined the demonstrators in the capital': joining protesters is protesting with them
    (141), as joining a protest is (nouns.tsv: protest + join); the protesters joined are fellow doers,
    not whom the protest is against."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "join":
        return None
    joined = next((o for d in _children(verb, "dobj") for o in (d, *d.conjuncts) if _protester(o)), None)
    if joined is None:
        return None
    return Trigger(code=DEMONSTRATION, cue="protest:join", rule="verb+protest", verb=verb, tokens=(verb, joined),
                   target_specs=("prep:against",), target_heads=(verb, joined))


# Buildings of a state's power: ordinary people gathering outside one are demonstrating ("thousands of
# people gathered outside parliament"), as CAMEO's 141 (demonstrate or rally) reads a civilian crowd
SEATS_OF_POWER = frozenset({"parliament", "palace", "ministry", "embassy", "consulate", "legislature", "congress",
                            "courthouse", "presidency", "senate", "statehouse"})
# Who gathers there as a crowd: people by number or by station, not officials
CROWD_NOUNS = frozenset({"people", "person", "resident", "citizen", "worker", "student", "farmer", "relative", "woman",
                         "villager", "youth", "teacher", "doctor", "nurse", "trader", "pensioner", "mother", "family",
                         "thousand", "hundred", "dozen", "voter", "employee", "miner", "driver"})


AT_A_PLACE = frozenset({"outside", "front", "at", "before"})


def _people_at_a_seat_of_power(verb: Token) -> bool:
    """'Tens of thousands of people gathered on Rustaveli Avenue outside parliament': a civilian crowd
    (``CROWD_NOUNS``) assembled outside, in front of or at a building of the state (``SEATS_OF_POWER``)."""
    subjects = [t for s in _children(verb, SUBJ) for t in (s, *_prep_objects([s], {"of"}))]
    if not any(t.lemma_.lower() in CROWD_NOUNS for t in subjects):
        return False
    crowd = {t.i for s in _children(verb, SUBJ) for t in s.subtree}
    # (the parser may take "outside" for an adjective of the building: "outside parliament")
    return any(t.lemma_.lower() in SEATS_OF_POWER and t.i not in crowd and t.i > verb.i
               and any(w.lower_ in AT_A_PLACE for w in t.doc[max(verb.i + 1, t.i - 4): t.i]) for t in verb.subtree)


@functools.lru_cache(maxsize=1)
def _assembling_verbs() -> frozenset[str]:
    return frozenset(lemma for (lemma, _), code in protest_acts().items() if code.startswith(DEMONSTRATION))


def _protester(tok: Token) -> bool:
    """'protesters', and 'Protesters (Peru)', 'Rioters (Brazil)' as conflict records write them (a name
    to the tagger, whose lemma keeps the plural)."""
    low = tok.lemma_.lower()
    return low in PROTESTERS or low.endswith("s") and low[:-1] in PROTESTERS


def _protest_act(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    acts = protest_acts()
    particles = [c.lower_ for c in children(verb) if c.dep_ in ("prt", "prep")]
    return next((acts[(lemma, p)] for p in particles if (lemma, p) in acts), None) or acts.get((lemma, ""))


def _by_protesters(verb: Token, subj_toks: list[Token]) -> bool:
    # the clause's subject, or, for a conjunct verb, its head's too ("overwhelmed police lines and stormed ...")
    subject = subj_toks or [*_children(verb, SUBJ), *(_children(verb.head, SUBJ) if verb.dep_ == "conj" else [])]
    doers = [t for s in subject for t in (s, *_prep_objects([s], {"of"})) if _protester(t)]
    return bool(doers) or in_protest(verb) or verb.dep_ == "conj" and in_protest(verb.head)
