"""The country an event's parties take from the event itself, where their own phrases name none.

In order, each only where the actor still has no country:
- the doer's own people ("Pakistan urged its citizens": PAKCVL);
- the place the sentence gives the event ("ethnic Albanians demonstrated in Serbia"), for
  domestic roles and armed groups, but not where parties meet or sign (a venue);
- the state the other party is ("demonstrators rioted against the Egyptian government"), never
  across armed forces ("rebels attacked US troops" are not American); facing a bare country, only
  protesters and armed groups ("Senator X criticized Israel" is no Israeli);
- the people a state organ acts on, and the organ of the people it acts on.
The dateline is not the event's: whose roles it gives is the article's question (the pipeline's
``_with_article_country``: a Buenos Aires paper on Venezuela's election tells of Venezuelan police).
Each rule is recorded on the actor (``+place-country``, ``+other-party-country`` ...).
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Actor, Place
from .context import OWN, is_state, names_an_envoy, of_country, organ_of_people

# Roles that belong to the country where they act when the phrase names none
# (protesters, police, students, refugees, ...); never organisations or regions.
DOMESTIC_ROLES = frozenset({"CVL", "OPP", "EDU", "LAB", "REF", "COP", "BUS", "MED", "JUD", "LEG", "AGR", "HLH", "REL", "CRM", "PTY", "RAD"})
ARMED_DOMESTIC = frozenset({"REB", "INS", "SEP", "UAF"})  # armed groups fighting their own state
FACED_ORGANS = frozenset({"GOV", "COP", "JUD", "LEG", None})  # a state as the other party; None: the country itself
VENUE_CODES = ("04", "036", "039", "057")  # meetings, mediation, signings (and the intent to): often held abroad
DISSENT_CODES = ("14", "133")  # protest, and the threat of it: what people do to their own state


def event_countries(source: Actor | None, target: Actor | None, place: Place | None,
                    code: str, passive: bool = False) -> tuple[Actor | None, Actor | None]:
    """``(source, target)`` with the countries the event gives them (see the module's docstring);
    ``code`` is the event's CAMEO code, ``place`` where it happened (a dateline's place says nothing here);
    ``passive``: the doer is the passive's agent, whom "its" in the subject does not name ("Japan says
    its citizens were abducted by North Korea": Japan's)."""
    if source is not None and target is not None and target.text.lower().startswith(OWN) and not passive:
        target = _of(target, source.country, "owner")  # before any place of the sentence
    here = place.country if place is not None and place.basis == "sentence" else None
    if here and not code.startswith(VENUE_CODES):
        source, target = (_of(a, here, "place", DOMESTIC_ROLES | ARMED_DOMESTIC) for a in (source, target))
        if code.startswith(DISSENT_CODES):  # "protested in Caracas against the government": the place's state's
            target = _of(target, here, "place", FACED_ORGANS - {None})
    if target is not None and is_state(target) and target.first_role in FACED_ORGANS and not names_an_envoy(target):
        # (not a state's envoy, who acts abroad: "a party official welcomed the recall of the ambassador")
        roles = DOMESTIC_ROLES | ARMED_DOMESTIC
        if target.first_role is None:
            roles = (DOMESTIC_ROLES - FACED_ORGANS if code.startswith(DISSENT_CODES) else frozenset()) | ARMED_DOMESTIC
        source = _of(source, target.country, "other-party", roles)
    if is_state(source) and source.first_role in FACED_ORGANS - {None}:
        target = _of(target, source.country, "other-party", DOMESTIC_ROLES | ARMED_DOMESTIC)
    target, source = organ_of_people(target, source), organ_of_people(source, target)
    return source, target


def _of(actor: Actor | None, iso3: str | None, basis: str, roles: frozenset[str] = DOMESTIC_ROLES) -> Actor | None:
    if actor is None or iso3 is None or actor.country is not None or actor.first_role not in roles \
            or "event-antecedent" in actor.rule:  # a party of an earlier act keeps what that act said of it
        return actor
    return of_country(actor, iso3, f"{basis}-country")


def one_nationality(events: list) -> list:
    """Each named person keeps one state through the article: where an event gave a person a state only
    from its context (the place, the other party, the article), the state the article gave that person
    on firmer ground wins ("arrested a dissident journalist, Roman Protasevich" in Minsk; later "Blinken
    demanded the release of Protasevich" is no American's release). Firmest is the person's own phrase
    or the tables; then the place or the article; weakest the other party's state. On equal footing the
    first telling wins: it is where the article introduces the person."""
    best: dict[str, Actor] = {}
    for e in events:
        for a in (e.source, e.target):
            if _person(a) and (a.name not in best or _footing(a) > _footing(best[a.name])):
                best[a.name] = a
    out = []
    for e in events:
        source, target = (_as_named_before(a, best) for a in (e.source, e.target))
        out.append(e if source is e.source and target is e.target else replace(e, source=source, target=target))
    return out


def _person(actor: Actor | None) -> bool:
    return actor is not None and actor.kind == "person" and bool(actor.name) and actor.country is not None


def _footing(actor: Actor) -> int:
    """How firmly the actor's state is known: 2 from its own words, 1 from the place or the article,
    0 from the other party of the event."""
    return 0 if "other-party-country" in actor.rule else 1 if "-country" in actor.rule else 2


def _as_named_before(actor: Actor | None, best: dict[str, Actor]) -> Actor | None:
    if not _person(actor) or _footing(actor) == 2:
        return actor
    firm = best[actor.name]
    if firm.country == actor.country or _footing(firm) < _footing(actor):
        return actor
    code = firm.country + actor.code[len(actor.country):] if actor.code and actor.code.startswith(actor.country) \
        else actor.code
    return replace(actor, country=firm.country, code=code, rule=f"{actor.rule}+named-before")
