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
])
def test_a_claim_about_no_other_party_accuses_no_one(pipeline, text):
    coded = code_article(text, "2024-03-05", pipeline=pipeline)
    assert not [e for e in coded.events if e.code.startswith("11")], coded.events

