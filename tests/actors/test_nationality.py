"""The countries an event gives its parties (actors/nationality.py), on hand-built actors."""
from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from eventwire.actors.nationality import event_countries, one_nationality
from eventwire.records import Actor, Place


def role(text: str, role: str) -> Actor:
    return Actor(text=text, code=role, country=None, role=role, rule="role", kind="role")


def country(iso3: str, role: str | None = None) -> Actor:
    return Actor(text=iso3, code=iso3 + (role or ""), country=iso3, role=role, rule="country", kind="country")


def here(iso3: str, basis: str = "sentence") -> Place:
    return Place(name="x", country=iso3, lat=None, lon=None, basis=basis)


def test_a_domestic_role_takes_the_events_place_but_not_a_venues():
    src, _ = event_countries(role("protesters", "OPP"), None, here("SRB"), "141")
    assert src.code == "SRBOPP" and "place-country" in src.rule
    src, _ = event_countries(role("rebels", "REB"), role("officials", "GOV"), here("CHE"), "040")
    assert src.country is None  # rebels meeting officials in Geneva are not Swiss


@pytest.mark.parametrize("who, code, country_given", [
    (role("protesters", "OPP"), "141", "ISR"),  # people protesting a country: its own
    (role("a senator", "LEG"), "111", None),  # an official facing a country: not its own
    (role("two shipping companies", "BUS"), "072", None),  # trading with it: not its own
    (role("gunmen", "UAF"), "180", "ISR"),  # an armed group fighting it: its own
])
def test_facing_a_bare_country(who, code, country_given):
    src, _ = event_countries(who, country("ISR"), None, code)
    assert src.country == country_given, src


def test_the_doers_own_people_before_any_place():
    _, tgt = event_countries(country("CAN"), role("its citizens", "CVL"), here("HTI"), "020")
    assert tgt.code == "CANCVL" and "owner-country" in tgt.rule


def test_the_dateline_is_the_articles_question_not_the_events():
    src, tgt = event_countries(role("police", "COP"), role("two journalists", "MED"), here("KEN", "dateline"), "173")
    assert (src.code, tgt.code) == ("COP", "MED")  # the article's context decides (tests/actors/test_context.py)
    # an actor with a country keeps it
    src, _ = event_countries(country("USA", "GOV"), None, here("KEN", "dateline"), "040")
    assert src.code == "USAGOV"


@dataclass(frozen=True)
class Ev:
    """An event's two parties (what ``one_nationality`` reads and replaces)."""
    source: Actor | None
    target: Actor | None


def person(name: str, country: str, rule: str, role: str = "MED") -> Actor:
    return Actor(text=name, code=country + role, country=country, role=role, rule=rule, kind="person", name=name)


def test_a_person_keeps_the_state_the_article_gave_on_firmer_ground():
    first = Ev(country("BLR"), person("Roman Protasevich", "BLR", "role+place-country"))
    later = Ev(person("Antony Blinken", "USA", "person", "GOV"),
               person("Roman Protasevich", "USA", "coref:surname+other-party-country"))
    out = one_nationality([first, later])
    assert out[0] is first
    assert out[1].target.code == "BLRMED" and out[1].target.rule.endswith("+named-before")
    assert out[1].source is later.source  # a person's own words are never overruled
    own = Ev(None, replace(later.target, country="USA", code="USAMED", rule="person"))
    assert one_nationality([first, own])[1] is own


def test_on_equal_footing_the_first_telling_wins():
    first = Ev(None, person("Roman Protasevich", "BLR", "role+article-country"))
    later = Ev(None, person("Roman Protasevich", "BEL", "coref:name+place-country"))
    assert one_nationality([first, later])[1].target.country == "BLR"
    weaker_first = Ev(None, person("Roman Protasevich", "USA", "coref:name+other-party-country"))
    assert one_nationality([weaker_first, later])[0].target.country == "BEL"  # firmer ground later wins


def test_its_people_are_the_doers_own_but_not_a_passive_agents():
    # "Pakistan urged its citizens": the doer's own people
    _, tgt = event_countries(country("PAK"), role("its citizens", "CVL"), None, "020")
    assert tgt.code == "PAKCVL" and "owner-country" in tgt.rule
    # "Japan says its citizens were abducted by North Korea": the agent of a passive is not whom "its" names
    _, tgt = event_countries(country("PRK"), role("its citizens", "CVL"), None, "181", passive=True)
    assert tgt.country is None, tgt
