"""A state's claim that another did it harm is an accusation (events/claims.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article


def accusations(pipeline, text):
    coded = code_article(text, "2025-07-24", pipeline=pipeline)
    assert coded.ok, coded.errors
    return [(e.source.code, e.target.code) for e in coded.events if e.rule == "claim"]


def test_a_state_reporting_anothers_attack_on_it_accuses_the_attacker(pipeline):
    text = "Cambodia's defence ministry said Thai troops had attacked a Cambodian unit at the border."
    assert accusations(pipeline, text) == [("KHMGOVMIL", "THAMIL")]  # the defence ministry


@pytest.mark.parametrize("text", [
    # a third party's report
    "Thai police said Burmese troops had captured part of a Karen guerrilla stronghold on the Thai border.",
    "Kenya's foreign ministry said Thai troops had attacked a Cambodian unit at the border.",
    # a side's account of its own act
    "Thailand's army said Thai troops had attacked a Cambodian unit at the border.",
    # a monitor, no state
    "Human Rights Watch said Thai troops had attacked a Cambodian unit at the border.",
])
def test_no_accusation_in_a_report_by_a_third_party_or_of_ones_own_act(pipeline, text):
    assert accusations(pipeline, text) == []


@pytest.mark.parametrize("text, source, target", [
    ("Iran claimed that Israel was behind the explosion at the port.", "IRN", "ISR"),
    ("Mali's junta claimed that Algeria was harbouring rebel leaders.", "MLIGOV", "DZA"),
])
def test_claiming_another_party_did_what_no_cue_names_is_an_accusation(pipeline, text, source, target):
    coded = code_article(text, "2024-03-05", pipeline=pipeline)
    assert [e for e in coded.events if e.code == "112" and e.source.code == source and e.target.code == target], coded.events


@pytest.mark.parametrize("text", [
    "The minister claimed that the economy was growing.",
    "The army claimed that it had killed 20 militants in the north.",  # its own act: no one else accused
    # an organ of the claimant's own state: its own side's account
    "The White House claimed that the US Navy had destroyed an Iranian drone over the Gulf.",
    "India claimed its jets had downed a Pakistani fighter.",
])
def test_a_claim_about_no_other_party_accuses_no_one(pipeline, text):
    coded = code_article(text, "2024-03-05", pipeline=pipeline)
    assert not [e for e in coded.events if e.code.startswith("11")], coded.events


def test_a_claim_about_another_states_forces_still_accuses(pipeline):
    coded = code_article("Iran claimed that the US Navy had attacked its tanker.", "2019-07-20", pipeline=pipeline)
    assert [e for e in coded.events if e.code == "112" and e.target.code == "USAMIL"], coded.events



@pytest.mark.parametrize("text, source, target", [
    ("The United States determined that the Rapid Support Forces had committed genocide in Darfur.", "USA", "SDNREB"),
    ("A UN commission concluded that Israeli forces had deliberately targeted journalists.", "IGOUNO", "ISRMIL"),
    ("The European Union found that Russian troops had shelled the Zaporizhzhia plant.", "IGOEUREEC", "RUSMIL"),
])
def test_a_finding_that_another_party_did_a_wrong_is_an_accusation(pipeline, text, source, target):
    coded = code_article(text, "2025-01-07", pipeline=pipeline)
    assert [e for e in coded.events if e.code == "112" and e.source.code == source and e.target.code == target], \
        coded.events


@pytest.mark.parametrize("text", [
    "The court found that the government had acted lawfully.",  # no wrong named
    "Police found the bodies of three soldiers near the border.",  # an object found, no finding
    "Iran is determined to defend itself against any aggression.",  # the adjective: an intent
    "The two sides concluded the talks in Doha on Friday.",
])
def test_no_accusation_in_a_finding_of_no_wrong_or_in_another_sense(pipeline, text):
    coded = code_article(text, "2025-01-07", pipeline=pipeline)
    assert not [e for e in coded.events if e.code.startswith("11")], coded.events


def test_a_past_tense_after_the_findings_perfect_is_the_finders_own_act(pipeline):
    text = ("The United States on Tuesday determined that the Rapid Support Forces have committed genocide in Sudan, "
            "and imposed sanctions on the group's commander.")
    coded = code_article(text, "2025-01-07", pipeline=pipeline)
    sanctions = [e for e in coded.events if e.code.startswith("16")]
    assert sanctions and {e.source.country for e in sanctions} == {"USA"}, coded.events
    # what the accused are said to have done is aimed at no accuser
    assert not [e for e in coded.events if e.modality == "alleged" and e.target is not None
                and e.target.country == "USA"], coded.events


def test_a_past_tense_may_share_the_perfect_of_a_clause_reported_after_it(pipeline):
    text = ("A Turkish court has released German journalist Mesale Tolu but barred her from leaving Turkey, "
            "German officials said Monday.")
    coded = code_article(text, "2018-08-20", pipeline=pipeline)
    barred = [e for e in coded.events if e.code.startswith("17")]
    assert barred and barred[0].source.code == "TURJUD", coded.events
