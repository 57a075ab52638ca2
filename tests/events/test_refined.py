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


@pytest.mark.parametrize("text, code", [
    # people held: detained by a state's forces, hostages of an armed group of no state
    ("Niger's presidential guard has held President Mohamed Bazoum since Wednesday.", "173"),
    ("Mr Bazoum has been held by members of Niger's presidential guard since Wednesday.", "173"),
    ("Al-Shabaab militants are holding three Kenyan aid workers.", "181"),
])
def test_people_held_are_detained_or_hostages_by_who_holds_them(pipeline, text, code):
    found = coded(pipeline, text)
    assert [c for c, _ in found if c[:2] in ("17", "18")] == [code], found


@pytest.mark.parametrize("text", [
    "Brunei, which holds the ASEAN chairmanship, hosted the meeting of Kenyan officials.",  # a body: no one held
    "Russian forces held Kherson for eight months.",  # a place
    "Kenyan ministers held talks with Somali officials on Monday.",  # talks: a meeting, its own cue
])
def test_holding_no_people_is_no_detention(pipeline, text):
    assert not [c for c, _ in coded(pipeline, text) if c[:2] in ("17", "18")], coded(pipeline, text)


@pytest.mark.parametrize("text, code", [
    # an inner verb whose object names no one is no act of its actor sense: the frame's own act stands
    ("The Kenyan court ordered the electoral commission to hold a new vote.", "100"),
    ("The United States urged Kenya to call off the referendum.", "020"),
])
def test_a_frame_over_a_verb_with_no_people_as_object_keeps_its_own_act(pipeline, text, code):
    assert [c for c, _ in coded(pipeline, text)][:1] == [code], coded(pipeline, text)
