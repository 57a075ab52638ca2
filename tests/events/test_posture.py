"""Whom a show of force faces (events/posture.py): PLOVER's MOBILIZE recipient."""
from __future__ import annotations

import pytest

from eventwire import code_article


def _postures(pipeline, text):
    coded = code_article(text, "2024-05-01", pipeline=pipeline)
    return [e for e in coded.events if e.code.startswith("15")]


@pytest.mark.parametrize("text, target", [
    # an against-phrase in the clause, over the border the troops stand on
    ("Turkey deployed troops along its border with Syria in preparation for an offensive against Kurdish militias.",
     "Kurdish militias"),
    # a noun of hostility or message with its other side
    ("Russia massed troops near the border as tension with Ukraine grew.", "Ukraine"),
    # the doer of the hostile act the force is readied for, over the capital it is deployed in
    ("Ugandan police deployed hundreds of officers in Kampala, fearing an attack by ADF rebels.", "ADF rebels"),
])
def test_the_party_a_force_faces_is_its_target(pipeline, text, target):
    [event] = _postures(pipeline, text)
    assert event.target is not None and event.target.text == target
    assert "+faced" in event.rule


def test_a_force_s_own_army_is_what_it_moves_not_whom_it_faces(pipeline):
    [event] = _postures(pipeline, "Tanzania put its army on alert on Monday.")
    assert event.source.code == "TZA" and event.target is None


@pytest.mark.parametrize("text", [
    "The Nigerian army deployed troops to Kaduna after tensions between herders and farmers.",  # between: no side faced
    "Kenya deployed troops to Mandera to protect civilians.",  # protecting is not facing
    "India deployed troops along its border with China on Sunday.",  # the border's state stays as it was found
])
def test_no_party_faced_where_the_clause_names_none(pipeline, text):
    [event] = _postures(pipeline, text)
    assert "+faced" not in event.rule
