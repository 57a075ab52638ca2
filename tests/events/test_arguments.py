"""Codes a clause's arguments decide (events/arguments.py): who protests, officially or in the street."""
from __future__ import annotations

import pytest

from eventwire import code_article


def coded(pipeline, text):
    result = code_article(text, "2024-05-02", pipeline=pipeline)
    assert result.ok, result.errors
    return [(e.code, e.source.code if e.source else None, e.rule) for e in result.events]


@pytest.mark.parametrize("text, source", [
    ("Bolivia protested the arrest of its consul in Santiago.", "BOL"),
    ("The foreign ministry protested the detention of three fishermen by Indian police.", "GOV"),
    ("Tokyo protested the incursion by Chinese coast guard ships.", "JPNGOV"),
    ("The United Nations protested the killing of its aid workers in Darfur.", "IGOUNO"),
])
def test_a_state_that_protests_complains_officially(pipeline, text, source):
    found = coded(pipeline, text)
    assert any(code == "114" and src == source and rule.endswith("+official") for code, src, rule in found), found


@pytest.mark.parametrize("text", [
    "Thousands of Kenyans protested against the new tax in Nairobi.",
    "Students protested against the new fees outside parliament in Nairobi.",
    "Opposition supporters protested the election results in Lusaka.",
])
def test_people_who_protest_dissent(pipeline, text):
    found = coded(pipeline, text)
    assert not any(code == "114" for code, _, _ in found), found
