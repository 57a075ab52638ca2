"""Whom an act is aimed at (events/targeting.py): what must be found, and what must not."""
from __future__ import annotations

import pytest

from eventwire import code_article


def events_of(pipeline, text, pub="2021-06-01"):
    coded = code_article(text, pub, pipeline=pipeline)
    assert coded.ok, coded.errors
    return [(e.source.code if e.source else None, e.code, e.target.code if e.target else None) for e in coded.events]


@pytest.mark.parametrize("text, parties", [
    ("Lithuania and Poland linked their gas grids through a new pipeline.", {"LTU", "POL"}),
    ("The central banks of Kazakhstan and Kyrgyzstan linked their payment card systems in 2021.", {"KAZ", "KGZ"}),
])
def test_coordinated_doers_of_a_mutual_dictionary_verb_are_each_others_party(pipeline, text, parties):
    found = events_of(pipeline, text)
    assert any(f[1].startswith("06") and {f[0][:3], f[2][:3]} == parties for f in found if f[0] and f[2]), found


@pytest.mark.parametrize("text", [
    "Lithuania linked its gas grid to a new pipeline.",  # one doer, no one else: no triple
    "\u201cWe knew our house was gone, but we came back anyway,\u201d said Fatima Hijazi.",  # a plural pronoun is no pair
    "Spain, Germany, France and Britain said they were coordinating a common position.",
])
def test_a_mutual_dictionary_verb_needs_coordinated_named_doers(pipeline, text):
    found = events_of(pipeline, text)
    assert not [f for f in found if f[1][:2] in ("04", "05", "06")], found


@pytest.mark.parametrize("text", [
    "Governor Ibaneis Rocha fired his security secretary, Anderson Torres, on Sunday afternoon.",
    "Governor Ibaneis Rocha fired Anderson Torres on Sunday.",
])
def test_firing_a_named_person_is_a_dismissal_though_no_table_knows_them(pipeline, text):
    coded = code_article(text, "2023-01-09", pipeline=pipeline)
    assert not [e for e in coded.events if e.root in ("18", "19")], coded.events


def test_firing_a_weapon_at_someone_is_still_force(pipeline):
    coded = code_article("Soldiers fired rubber bullets at Anderson Torres's supporters.", "2023-01-09", pipeline=pipeline)
    assert [e for e in coded.events if e.root in ("17", "18", "19")], coded.events


@pytest.mark.parametrize("text, mediator, parties", [
    ("Saudi Arabia and Iran agreed on Friday to resume diplomatic relations in a deal brokered by China.",
     "CHN", {"SAU", "IRN"}),
    ("Sudan's army and the RSF signed a truce brokered by Saudi Arabia.", "SAU", {"SDN"}),
])
def test_a_mediated_deal_or_talks_are_between_the_doers_of_the_clause_they_hang_on(pipeline, text, mediator, parties):
    coded = code_article(text, "2023-03-10", pipeline=pipeline)
    mediated = [e for e in coded.events if e.code == "045"]
    assert mediated and {e.source.country for e in mediated} == {mediator}, coded.events
    assert {e.target.country for e in mediated if e.target is not None} == parties, coded.events


def test_a_mediated_act_whose_clause_has_no_party_names_none(pipeline):
    coded = code_article("The deal, brokered by Turkey, was hailed as a breakthrough.", "2023-03-10", pipeline=pipeline)
    assert not [e for e in coded.events if e.code == "045" and e.target is not None], coded.events


@pytest.mark.parametrize("text", [
    "Lithuania says it is only implementing EU sanctions",
    "Lithuania is enforcing EU sanctions.",
])
def test_the_owner_of_the_noun_that_names_the_act_is_no_target_of_it(pipeline, text):
    # the EU's sanctions, implemented by Lithuania: the EU imposes them with Lithuania, it is not sanctioned
    events = code_article(text, "2022-06-21", pipeline=pipeline).events
    assert events and all(e.root == "16" for e in events), events
    assert not any(e.target is not None and e.target.code.startswith("IGOEU") for e in events), events


@pytest.mark.parametrize("text, target", [
    ("Turkey criticised US sanctions.", "USA"),  # a reaction to the sanctions: aimed at whose they are
    ("Lithuania is enforcing EU sanctions on Russia.", "RUS"),  # the noun's own phrase names the target
])
def test_the_owner_of_a_noun_reacted_to_or_the_nouns_own_target_stays(pipeline, text, target):
    events = code_article(text, "2022-06-21", pipeline=pipeline).events
    assert any(e.target is not None and e.target.code.startswith(target) for e in events), events


@pytest.mark.parametrize("text, demand", [
    # a demand naming no one, coordinated with an act of talk or diplomacy on a party, is made of that party
    ("Poland summoned Russia's ambassador, Sergey Andreev, and demanded immediate explanations.", ("POL", "100", "RUSGOV")),
    ("Kenya summoned the Ugandan envoy and demanded an apology.", ("KEN", "102", "UGAGOV")),
])
def test_a_demand_after_summoning_is_made_of_the_summoned(pipeline, text, demand):
    assert demand in events_of(pipeline, text)


@pytest.mark.parametrize("text", [
    "Police arrested five protesters and demanded calm.",  # after an act of force
    # after an act the object names, with its victims inside it
    "The FBI announced the arrests of 74 people in Nigeria and launched a campaign against the fraud networks.",
])
def test_a_demand_after_an_act_of_force_is_not_made_of_its_victims(pipeline, text):
    found = events_of(pipeline, text)
    assert not any(code[:2] in ("02", "10") and target and target.endswith(("OPP", "CVL")) for _, code, target in found), found


@pytest.mark.parametrize("text, target", [
    # whose the thing talked over is, is no party to the talks
    ("Hamas leaders met in Doha to discuss a US proposal for a ceasefire.", None),
    # the one it was talked over with is, though the parser hangs the "with" on the thing
    ("Macron discussed the Ukraine war with Vladimir Putin by phone.", "RUSGOV"),
    ("Erdogan discussed bilateral ties with the Russian president.", "RUSGOV"),
    # ... or on a noun deeper in the thing discussed
    ("French President Emmanuel Macron had discussed the crisis in Chad with Chancellor Angela Merkel over lunch in Berlin.",
     "DEUGOV"),
])
def test_talks_are_with_their_parties_not_the_owner_of_what_is_discussed(pipeline, text, target):
    found = [f for f in events_of(pipeline, text) if f[1].startswith("04")]
    assert all(t == target for _, _, t in found), found
    assert target is None or found, found
