"""A conflict record's dyad label: its violence is between the two sides (events/dyad.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article


def events(pipeline, text):
    coded = code_article(text, None, pipeline=pipeline)
    assert coded.ok, coded.errors
    return [(e.root, e.source.text if e.source else None, e.target.text if e.target else None, e.rule)
            for e in coded.events]


def test_the_records_violence_is_side_a_on_side_b(pipeline):
    got = events(pipeline, "Government of Sudan - RSF: SAF and RSF fought for control of the old souq")
    assert got and all(g[1:3] == ("Government of Sudan", "RSF") and g[3].endswith("dyad") for g in got), got
    assert got[0][0] == "19"


def test_violence_named_by_a_noun_alone_is_between_the_sides(pipeline):
    got = events(pipeline, "Government of Somalia \u2013 al-Shabaab: fighting near Bulo Burde, Hiraan; 23 deaths")
    assert [g[:4] for g in got] == [("19", "Government of Somalia", "al-Shabaab", "dyad")], got


@pytest.mark.parametrize("text", [
    "Government of Mali - CSP-DPA: the two sides met in Algiers for talks",  # no violence: its own parties
    "Israel - Hamas: fighting continued in Rafah",  # no dyad label
])
def test_no_dyad_violence_without_a_label_or_violence(pipeline, text):
    assert not [g for g in events(pipeline, text) if "dyad" in g[3]]
