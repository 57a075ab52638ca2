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
                    code: str) -> tuple[Actor | None, Actor | None]:
    """``(source, target)`` with the countries the event gives them (see the module's docstring);
    ``code`` is the event's CAMEO code, ``place`` where it happened (a dateline's place says nothing here)."""
    if source is not None and target is not None and target.text.lower().startswith(OWN):
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
