"""One event per act: the candidates of a sentence, with the acts it tells twice merged.

A sentence often tells one act in several clauses: a purpose ("staged a hunger strike to demand the
return of land"), an outcome ("struck several villages, killing 14 people"), a second verb ("shot and
killed a civilian"), a second route to the same parties ("it would prohibit aid" through the pronoun
and through its reporter). Each is one event, kept in the telling that says most: the one that names
whom it was done to. And a conflictual act with no target, by one side of the article's last
fight, is aimed at the other (``with_counterpart``).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.article import VIOLENCE_ROOTS as VIOLENT_ROOTS
from ..actors.context import WEAPON_NOUNS
from ..actors.entities import people_actor
from ..nlp import children
from ..records import Actor
from .codes import cameo
from .modality import is_purpose_clause
from .parties import _place
from .syntax import _children, shared_argument_heads
from .triggers import Candidate

SYMMETRIC_ROOTS = {"03", "04", "05", "06"}  # "France and Russia agreed/met/signed": an event between them


def one_event_per_act(out: list[Candidate], offset: int = 0) -> list[Candidate]:
    """The sentence's candidates with purposes, outcomes, repeated routes and untargeted retellings merged."""
    targeted = {t.i: c.target is not None for c in out for t in c.trigger.tokens}
    calls = {t.i: c for c in out if c.code == TELEPHONE for t in c.trigger.tokens}
    out = [_said_in_the_call(c, calls) for c in out]
    violent = {t.i: c for c in out for t in c.trigger.tokens
               if c.code[:2] in VIOLENT_ROOTS and "near-target" not in c.rule}
    out = _strikes_on_victims(out, violent, offset)
    kept, seen = [], set()
    for c in out:
        # one event once: two routes to the same act give one event
        pair = (c.source.code if c.source else "", c.target.code if c.target else "")
        if c.code[:2] in SYMMETRIC_ROOTS and "" not in pair:
            pair = tuple(sorted(pair))  # "talks between Iran and the US resumed": one meeting, whoever is named first
        key = (c.code, *pair, c.trigger.cue)
        if (not _subordinate(c, targeted, violent) or "+in-call" in c.rule) and key not in seen:
            seen.add(key)
            kept.append(c)
    return _aimed_tellings(_coordinated_tellings(kept))


TELEPHONE = "041"  # discuss by telephone
SPOKEN_ROOTS = {"01", "02", "03", "05"}  # statements, appeals, intents, support, praise, apologies, condolences


def _said_in_the_call(c: Candidate, calls: dict[int, Candidate]) -> Candidate:
    """What a telephone call was made to say is said in it: "called Bashir to express his support",
    "called Morrison to congratulate him" are the support and the congratulations, to whom was called
    where the clause names no one else (rule +in-call); not a purpose that is an act of its own."""
    verb = c.trigger.verb
    call = calls.get(verb.head.i)
    if call is None or not is_purpose_clause(verb) or c.code[:2] not in SPOKEN_ROOTS or c.source is None \
            or call.source is None or c.source.code != call.source.code:
        return c
    target = c.target if c.target is not None and not _place(c.target) else call.target
    return replace(c, target=target, rule=c.rule + "+in-call")


def _outcome_of(c: Candidate, violent: dict[int, Candidate]) -> Candidate | None:
    """The strike whose outcome a participial aside of violence by the same doer states: "jets struck
    several villages, killing at least 14 people" is one act of violence, not two (where the strike
    names its own target, not a place near it, or names none)."""
    verb = c.trigger.verb
    strike = violent.get(verb.head.i) if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") else None
    if strike is None or strike is c or c.code[:2] not in VIOLENT_ROOTS:
        return None
    return strike if (strike.source.code if strike.source else "") == (c.source.code if c.source else "") else None


def _subordinate(c: Candidate, targeted: dict[int, bool], violent: dict[int, Candidate]) -> bool:
    """A purpose that states the aim of the event its governing clause codes ("staged a hunger strike
    to demand ..."; unless it names whom the event is aimed at and the governing clause does not:
    "police opened fire to disperse demonstrators"), or a strike's outcome."""
    verb = c.trigger.verb
    head = verb.head.i
    if is_purpose_clause(verb) and head in targeted and (targeted[head] or c.target is None):
        return True
    return _outcome_of(c, violent) is not None


# Where people live: a strike on one is a strike on its people ("shelled the town, killing two civilians").
SETTLEMENTS = frozenset({"town", "city", "village", "district", "region", "province", "area", "neighbourhood",
                         "neighborhood", "suburb", "county", "camp", "settlement", "hamlet", "locality", "capital"})
# Where a device is set off or dropped: the thing hit ("detonated a device at the checkpoint").
SETTLEMENT_ENTITIES = frozenset({"GPE", "LOC"})  # a named place: a settlement, or more
STRUCK_AT = frozenset({"at", "on", "inside", "in", "into"})
WENT_OFF = STRUCK_AT | {"near", "outside"}  # where a device went off, with no party struck
AIMED_AT = frozenset({"at", "on"})  # "shot at a minibus", "fired on a convoy"


def _struck_noun(strike: Candidate, preps: frozenset[str] = STRUCK_AT, aimed: bool = False) -> Token | None:
    """The thing a strike's own clause names as hit: its object ("shelled the camp", "struck three
    churches"); where its object is its means or the act's noun, where that went off or was aimed
    ("detonated a device at a checkpoint", "opened fire on a bus"); with no object and ``aimed``, what
    it was aimed at ("shot at a minibus")."""
    verb, own = strike.trigger.verb, {t.i for t in strike.trigger.tokens}
    objects = [o for o in children(verb) if o.dep_ == "dobj"]
    hit = [o for o in objects if o.lemma_.lower() not in WEAPON_NOUNS and o.i not in own]
    if not hit and (objects or aimed):  # the means or the act's noun: where it went off, what it was opened on
        # (only a weapon goes off near or outside what it hits: "opened fire near the border" tells where)
        armed = {o.i for o in objects if o.lemma_.lower() in WEAPON_NOUNS}
        where = {o.i: preps if o.i in armed else STRUCK_AT for o in objects}
        where[verb.i] = (preps if armed else STRUCK_AT) if objects else AIMED_AT
        hit = [o for h in (verb, *objects) for p in children(h) if p.dep_ == "prep" and p.lower_ in where[h.i]
               for o in children(p) if o.dep_ == "pobj"]
    if not hit or hit[0].pos_ != "NOUN" or hit[0].tag_ == "CD":
        return None
    return hit[0]


def _struck_thing(noun: Token | None) -> bool:
    """Whether a struck noun is a thing that is no settlement: a building, a vehicle, a network
    ("struck three churches, killing 250": what was struck is the target)."""
    return noun is not None and noun.ent_type_ not in SETTLEMENT_ENTITIES and noun.lemma_.lower() not in SETTLEMENTS


def _strikes_on_victims(out: list[Candidate], violent: dict[int, Candidate], offset: int) -> list[Candidate]:
    """A strike on a place, or on no one named, whose outcome names its victims ("shelled the town of
    Horlivka, injuring two civilians", "detonated a roadside bomb, killing three soldiers") is the
    strike on them: one event, aimed at the place's people of the victims' kind, or at the victims.
    A place or thing the tables do not know is kept with its words ("shelled the Zamzam camp, killing
    eight civilians": the camp, as its civilians); a thing struck stays the target where a party is named."""
    victims: dict[int, Actor] = {}
    for c in out:
        strike = _outcome_of(c, violent)
        if strike is None or c.target is None:
            continue
        hit = _struck_noun(strike, WENT_OFF, aimed=True) if strike.target is None else None
        if hit is not None:
            victims.setdefault(id(strike), _people_struck(_struck_words(hit, offset), c.target))
        elif _struck_thing(_struck_noun(strike)):
            continue
        elif strike.target is None or (_place(strike.target) or not strike.target.code) and c.target.role \
                and c.target.country in (None, strike.target.country):  # (a place the tables lack: "Wad Al-Noura")
            victims.setdefault(id(strike), _people_struck(strike.target, c.target))
    return [replace(c, target=victims[id(c)], rule=c.rule + "+outcome") if id(c) in victims else c for c in out]


def _struck_words(noun: Token, offset: int) -> Actor:
    """A struck thing's words, with the of-phrase that names it ("the town of Marib")."""
    thing = thing_actor(noun, offset)
    named = [p.right_edge for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of" and p.i == noun.i + 1]
    if not named:
        return thing
    end = named[0].idx + len(named[0])
    return replace(thing, text=noun.doc.text[thing.start - offset:end], end=offset + end)


def thing_actor(noun: Token, offset: int) -> Actor:
    """The noun's phrase up to the noun (its modifiers, not its clauses), without the article: the span
    an uncoded people noun gets (actors/entities.people_actor), as a thing."""
    return replace(people_actor(noun, offset), rule="slot:uncoded", kind="thing")


def _people_struck(place: Actor | None, victims: Actor) -> Actor:
    """Whom a strike on a place struck: the place as the text names it, its people of the victims'
    kind ("shelled residential areas of Kharkiv, killing three civilians": UKRCVL, "residential
    areas of Kharkiv"); the victims themselves where the strike names no place."""
    if place is None:
        return victims
    kind = victims.code[len(victims.country):] if victims.country else victims.code
    country = place.country or victims.country or ""
    return replace(place, code=country + kind, country=country or None, role=victims.role,
                   kind=victims.kind if place.kind == "thing" else place.kind, rule=place.rule + "+victims")


def _aimed_tellings(kept: list[Candidate]) -> list[Candidate]:
    """The same doer's act of one kind told twice, once without its target, is the telling that names
    whom it was done to ("security forces fired tear gas to disperse protesters"; "gunmen shot and killed
    a civilian": violence is one kind); two acts of one root stay two ("fired tear gas and arrested 40")."""
    aimed = {(c.source.code, _kind(c, 3)) for c in kept if c.source is not None and c.target is not None}
    return [c for c in kept if c.target is not None or c.source is None or (c.source.code, _kind(c, 3)) not in aimed]


def _kind(c: Candidate, digits: int) -> str:
    """The kind of act a candidate codes: all violence is one kind; else its code to ``digits``."""
    return "violence" if c.code[:2] in VIOLENT_ROOTS else c.code[:digits]


def _coordinated_tellings(kept: list[Candidate]) -> list[Candidate]:
    """Two verbs sharing one object tell one act where they code one kind of it: "shot and killed two
    porters", "donated and delivered goods to the school" are one act each, kept in the more specific
    code; "condemned and rejected the proposal" stays two acts of two kinds."""
    def parties(c: Candidate) -> tuple[str, str]:
        return (c.source.code if c.source else "", c.target.code if c.target else "")

    if len(kept) < 2:
        return kept
    dropped: set[int] = set()
    for first in kept:
        shared = shared_argument_heads(first.trigger.verb)
        if not shared:
            continue
        for second in kept:
            if first is second or id(first) in dropped or id(second) in dropped:
                continue
            if second.trigger.verb in shared and _kind(first, 2) == _kind(second, 2) and parties(first) == parties(second):
                weaker = first if len(second.code) > len(first.code) or second.code[-1] != "0" == first.code[-1] else second
                dropped.add(id(weaker))
    return [c for c in kept if id(c) not in dropped]


TOLL_VERBS = frozenset({"kill", "wound", "injure", "hurt"})  # what a casualty count says was done
COUNTED_VERBS = TOLL_VERBS | {"die"}  # and what a count says befell people
TOLL_REACH = 2  # sentences after a violent act within which a bare count reports its outcome


def is_toll(cand: Candidate, ctx) -> bool:
    """A casualty count with no doer of its own ("At least 23 people were wounded", "Several more
    soldiers were killed") told in the sentence of a violent act the article has coded, or within
    two after it: that act's outcome, not another act; and such a count summed over a period ("at
    least 850 civilians have been killed since the start of the conflict", "... in recent months"),
    a statistic of many acts, wherever it is told. A count with a doer ("killed by police gunfire")
    or a means of its own ("were killed in Dnipro, where a missile hit a factory"), or the article's
    first violence told as one act, stands."""
    if cand.source is not None or cand.code[:2] not in VIOLENT_ROOTS or "+manner" in cand.rule \
            or cand.trigger.verb.lemma_.lower() not in COUNTED_VERBS:
        return False
    return ctx.sentence_no - ctx.violence_at <= TOLL_REACH or summed_over_a_period(cand.trigger.verb)


PERIOD_NOUNS = frozenset({"day", "week", "month", "year"})


def summed_over_a_period(verb: Token) -> bool:
    """Whether a count is told as summed over a stretch of time: "since" a start ("since Monday", "since
    the protests began"), "so far", "to date", "in recent weeks", "over the past year"."""
    for c in children(verb):
        if c.lower_ == "since" and c.dep_ in ("prep", "mark", "advmod"):
            return True
        if c.dep_ == "advmod" and c.lower_ == "far" and any(a.lower_ == "so" for a in children(c)):
            return True
        if c.dep_ == "prep" and c.lower_ in ("to", "in", "over", "during") and any(
                o.lemma_.lower() in PERIOD_NOUNS and any(m.lower_ in ("recent", "past", "last") for m in children(o))
                or c.lower_ == "to" and o.lower_ == "date" for o in children(c) if o.dep_ == "pobj"):
            return True
    return any(c.dep_ == "advcl" and any(m.lower_ == "since" for m in children(c) if m.dep_ == "mark") for c in children(verb))


def with_counterpart(cand: Candidate, ctx) -> Candidate:
    """The other side of the article's last fight (``ctx.opposed``), for a conflictual act (quad
    class 3 or 4) whose clause names no target ("a result the opposition denounced", "Azerbaijan
    launched an offensive"): the act of one of two parties at odds is aimed at the other. Only
    where the doer is one of them, by its code or by its state and role (rule ``+counterpart``)."""
    source, opposed = cand.source, ctx.opposed
    if cand.target is not None or source is None or not source.code or len(opposed) != 2 \
            or cameo(cand.code).quad_class not in (3, 4):
        return cand
    sides = [i for i, p in enumerate(opposed) if _same_side(p, source)]
    if len(sides) != 1:
        return cand  # neither side, or both (two parties of one state and role)
    other = opposed[1 - sides[0]]  # never the doer itself: that would have matched as a side too
    return replace(cand, target=replace(other, rule=f"{other.rule}+counterpart"), rule=cand.rule + "+counterpart")


CROWD_CONTROL = "175"  # use tactics of violent repression: tear gas, water cannon, rubber bullets
PROTEST_ROOT = "14"  # protest: what crowd control is used on
SECURITY_FORCES = frozenset({"COP", "MIL"})


def at_the_protest(cand: Candidate, ctx) -> Candidate:
    """'Police fired tear gas and rubber bullets' in a story of a protest: crowd control with no
    one named in its clause is used on the protesters the article last told of (the doers of its
    last protest act; rule ``+protesters``), as CAMEO's 175 names them its target."""
    if cand.target is not None or cand.source is None or not cand.code.startswith(CROWD_CONTROL) \
            or cand.source.first_role not in SECURITY_FORCES or PROTEST_ROOT not in ctx.acts:
        return cand
    protesters = [p for p in ctx.acts[PROTEST_ROOT][1] if p.key != cand.source.key]
    if len(protesters) != 1:
        return cand
    return replace(cand, target=replace(protesters[0], rule=f"{protesters[0].rule}+protesters"), rule=cand.rule + "+protesters")


def _same_side(party: Actor, actor: Actor) -> bool:
    """Whether an actor is a party named before, by code: the same code; a role without a country
    and the same role with one (the article's country is given at its end: "the opposition" and
    "Mozambique's opposition"); a state named alone and one of its organs ("Azerbaijan", its army)."""
    if party.code == actor.code:
        return True
    for one, other in ((party, actor), (actor, party)):
        if len(one.code) == 3 < len(other.code) and (
                one.country is None and other.code.endswith(one.code)
                or one.role is None and one.country is not None and other.code.startswith(one.code)):
            return True
    return False


def toll_of_named_act(lexicon, verb: Token) -> bool:
    """'22 people were killed in the protests', 'protests in which hundreds were killed', 'injured
    in the operation': a casualty count whose clause names the act it came of, by the noun of an
    act other than violence, is that act's outcome, not an act of its own."""
    if verb.lemma_.lower() not in TOLL_VERBS:
        return False
    nouns = [o for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("in", "during") for o in _children(p, "pobj")]
    nouns += [o for n in nouns for p in children(n) if p.dep_ == "prep" and p.lower_ == "of" for o in _children(p, "pobj")]
    if verb.dep_ == "relcl" and any(c.lower_ == "which" for p in children(verb) if p.dep_ == "prep" for c in children(p)):
        nouns.append(verb.head)
    # not a violent act's own noun: "were killed in a car bombing" tells that bombing, doer unnamed
    return any(n.pos_ == "NOUN" and (roots := lexicon.noun_roots(n.lemma_)) and roots.isdisjoint(VIOLENT_ROOTS)
               for n in nouns)
