"""Parties an act's clause implies (events/parties.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article


@pytest.mark.parametrize("text, state", [
    ("Hours later, 24 Palestinian women and 15 teenage boys were released from Israeli jails.", "ISR"),
    ("More than 3,400 Ukrainians have been freed from Russian captivity since February 2022.", "RUS"),
])
def test_an_agentless_release_from_a_states_detention_is_that_states(pipeline, text, state):
    events = [e for e in code_article(text, "2024-01-01", pipeline=pipeline).events if e.code == "0841"]
    assert [(e.source.code, e.rule.endswith("+state-of-custody")) for e in events] == [(state, True)], events


@pytest.mark.parametrize("text", [
    "He was released from prison this week.",  # no state named
    "The hostages were released from a farmhouse in Mali.",  # no place of detention
    "Two Kenyan aid workers were released from detention in Somalia.",  # held there, by anyone
])
def test_a_release_from_no_states_detention_keeps_no_doer(pipeline, text):
    events = code_article(text, "2024-01-01", pipeline=pipeline).events
    assert all(e.source is None for e in events), events


def test_a_release_with_its_doer_named_keeps_it(pipeline):
    events = code_article("The hostages were released from captivity in Mali by the rebels.", "2024-01-01",
                          pipeline=pipeline).events
    assert [e.source.text for e in events] == ["the rebels"], events
