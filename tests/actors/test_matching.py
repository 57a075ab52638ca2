"""Matching a phrase's words against the actor tables (actors/matching.py)."""
from __future__ import annotations

import datetime as dt

import pytest

WHEN = dt.date(2005, 6, 1)  # when the tables' "Park Seung" (Bank of Korea governor) held office


def _subject(pipeline, text):
    doc = pipeline.nlp(text)
    return next(t for t in doc if t.dep_ == "nsubj")


def test_a_known_name_is_its_person(pipeline):
    actor = pipeline.coder.code_np(_subject(pipeline, "Park Seung accused North Korea of provocations."), when=WHEN)
    assert actor is not None and actor.code == "KORGOVBUS"


@pytest.mark.parametrize("text", [
    "Park Seung-hwan accused North Korea of provocations.",  # a given name that goes on past the hyphen
])
def test_a_name_that_goes_on_past_a_hyphen_is_another_person(pipeline, text):
    actor = pipeline.coder.code_np(_subject(pipeline, text), when=WHEN)
    assert actor is None or actor.code != "KORGOVBUS"


def test_a_name_before_a_hyphenated_word_that_is_no_name_stays_its_person(pipeline):
    # "the Narendra Modi-led government": "-led" goes on with no name, so the person is still named
    actor = pipeline.coder.code_np(_subject(pipeline, "The Narendra Modi-led government rejected the report."),
                                   when=dt.date(2020, 6, 1))
    assert actor is not None and actor.country == "IND"
