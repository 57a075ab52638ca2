"""Subjects the parser hung elsewhere (events/stranded.py): found where the verb has none of its own,
and nothing where it has one or none is stranded."""
from __future__ import annotations

import pytest

from eventwire.events.stranded import stranded_subject, subject_in_date_phrase, subject_under_mark


def root_of(pipeline, text):
    return next(t for t in pipeline.nlp(text) if t.dep_ == "ROOT")


def verb_of(pipeline, text, word):
    return next(t for t in pipeline.nlp(text) if t.text == word)


@pytest.mark.parametrize("text, name", [
    ("In Kampala, United Nations Secretary-General Ban Ki-moon, who was on a visit to the Ugandan capital "
     "on Monday, hailed President Yoweri Museveni.", "moon"),
    ("USAID provided basic shelter materials to 1.5 million people in Haiti.", "USAID"),
])
def test_a_stranded_name_before_the_verb_is_its_subject(pipeline, text, name):
    assert [t.text for t in stranded_subject(root_of(pipeline, text))] == [name]


def test_a_verb_with_no_name_before_it_has_no_stranded_subject(pipeline):
    assert stranded_subject(root_of(pipeline, "Yesterday, after long talks, agreed a truce.")) == []


def test_the_name_after_a_day_is_the_verbs_subject(pipeline):
    verb = verb_of(pipeline, "On Sunday Kobakhidze again blamed the Georgian opposition for the violence.", "blamed")
    assert [t.text for t in subject_in_date_phrase(verb)] == ["Kobakhidze"]
    assert subject_in_date_phrase(verb_of(pipeline, "On Sunday the minister blamed the opposition.", "blamed")) == []


def test_a_subject_under_a_conjunction_is_found_only_there(pipeline):
    verb = verb_of(pipeline, "A day after Azerbaijan launched an offensive, Macron condemned it.", "launched")
    assert [t.text for t in subject_under_mark(verb)] == ["Azerbaijan"]
    assert subject_under_mark(verb_of(pipeline, "Kenya protested after Uganda closed the border.", "protested")) == []
