"""What the clause says of an act's parties refines its cue's code (events/refined.py): each refinement
tags the event's rule, and leaves the code alone where its parties do not call for it."""
from __future__ import annotations

import pytest

from eventwire import code_article


def coded(pipeline, text):
    return [(e.code, e.rule) for e in code_article(text, "2024-05-02", pipeline=pipeline).events]


@pytest.mark.parametrize("text, code, tag", [
    ("Opposition leader Raila Odinga launched an attack on President William Ruto.", "111", "+verbal"),
    ("Kenyan unions launched a nationwide strike against the finance bill.", "143", "+labour"),
    ("Venezuela ordered Argentina's diplomats to leave the country.", "161", "+expel"),
])
def test_a_refinement_recodes_and_tags_the_rule(pipeline, text, code, tag):
    found = coded(pipeline, text)
    assert any(c == code and r.endswith(tag) for c, r in found), found


@pytest.mark.parametrize("text, tag", [
    ("Kenyan soldiers launched an attack on the rebels.", "+verbal"),  # a force attacking: no words
    ("The Kenyan air force launched a strike on the militants.", "+labour"),  # a force's strike is a blow
])
def test_no_refinement_where_the_parties_do_not_call_for_it(pipeline, text, tag):
    found = coded(pipeline, text)
    assert found and not any(r.endswith(tag) for _, r in found), found
