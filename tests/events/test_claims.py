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
