"""A response promised to a hostile act is a threat (events/retaliation.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article


def coded(pipeline, text):
    got = code_article(text, "2024-04-10", pipeline=pipeline)
    assert got.ok, got.errors
    return [(e.source.code if e.source else None, e.code, e.target.code if e.target else None) for e in got.events]


@pytest.mark.parametrize("text, source", [
    ("The Russian Foreign Ministry said Russia would respond to the expulsions.", "RUS"),  # the verb of the noun: expel
    ("Macron's office said France would respond immediately to any attack on French nationals in Niger.", "FRA"),
    ("The minister said Belgium would respond in kind.", "BEL"),
    ("Iran will react to any attack on its nuclear sites, the foreign ministry said.", "IRN"),
    # a response promised with force, whatever it answers
    ("Russia will respond firmly, Foreign Minister Sergei Lavrov said.", "RUS"),
    ("The South Korean defence ministry said Seoul would respond strongly.", "KORGOV"),
])
def test_a_response_promised_to_a_hostile_act_is_a_threat(pipeline, text, source):
    got = coded(pipeline, text)
    assert [(s, c) for s, c, _ in got] == [(source, "130")], got


def test_the_victim_of_the_act_answered_is_not_the_threatened_party(pipeline):
    got = coded(pipeline, "Macron's office said France would respond immediately to any attack on French nationals in Niger.")
    assert got[0][2] is None, got  # whoever would attack them, unnamed; not the French nationals


@pytest.mark.parametrize("text", [
    "India said it would respond to the request in due course.",  # a request answered: no threat
    "The ministry said it would respond to the letter.",
    "Russia responded to the expulsions on Friday.",  # told as done: the response is its own act, here none named
    "Officials said they would respond to questions later.",
    "The ministry said it would respond quickly to the letter.",  # quickly is no force
    "Russia responded firmly to the expulsions on Friday.",  # done: its own act, none named
])
def test_no_threat_in_other_responses(pipeline, text):
    assert not [c for _, c, _ in coded(pipeline, text) if c.startswith("13")]


@pytest.mark.parametrize("text, code", [
    ("Kenyan police responded with tear gas and water cannon.", "175"),  # what one responds with is used
    ("The ministry responded with a statement on Monday.", None),  # a statement is not used against anyone
])
def test_responding_with_a_means_is_using_it(pipeline, text, code):
    events = code_article(text, "2024-05-01", pipeline=pipeline).events
    assert [e.code for e in events] == ([code] if code else []), [(e.code, e.cue) for e in events]
