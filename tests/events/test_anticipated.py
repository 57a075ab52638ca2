"""Whom a show of force is aimed at when its clause names no party (events/anticipated.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article


def postures(pipeline, text):
    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert coded.ok, coded.errors
    return [(e.code, e.target.code if e.target else None, e.rule) for e in coded.events if e.code.startswith("15")]


@pytest.mark.parametrize("text, target", [
    # the doers of the act it readies for, named in the act's phrase
    ("The Nigerien army reinforced positions around Tillaberi ahead of a feared JNIM offensive.", "IMGMUSALQ"),
    # the other side of the tension it answers
    ("Somalia ordered a general mobilisation of its armed forces as tension mounted with Ethiopia.", "ETH"),
    ("Eritrea called up reservists and moved armour towards Zalambessa on Monday as its border dispute with "
     "Ethiopia worsened.", "ETH"),
])
def test_a_show_of_force_is_aimed_at_what_it_readies_for(pipeline, text, target):
    found = postures(pipeline, text)
    assert found and found[0][1] == target, found


@pytest.mark.parametrize("text", [
    "Kenya deployed troops to the border on Monday.",  # nothing anticipated: the place stays
    "Kenya deployed troops to the border ahead of the elections.",  # an election is no one's act against it
    "Kenya deployed troops to Somalia as tension with Ethiopia rose.",  # a party already named in the slot
])
def test_no_anticipated_party_where_none_is_named_or_one_is_already_aimed_at(pipeline, text):
    found = postures(pipeline, text)
    assert found and not any(r.endswith("+anticipated") for _, _, r in found), found


@pytest.mark.parametrize("text, target", [
    # a role word on a collective act names who does it: the deployment is aimed at them
    ("Kenyan police deployed anti-riot units across Mombasa ahead of a planned opposition rally.", "KENOPP"),
    ("Riot police deployed across Kampala in anticipation of student protests.", "EDU"),
])
def test_a_show_of_force_is_aimed_at_the_doers_a_role_word_names(pipeline, text, target):
    found = postures(pipeline, text)
    assert found and found[0][1] and found[0][1].endswith(target), found
