"""A declaration of persona non grata is an expulsion (events/unwelcome.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article


def expulsions(pipeline, text):
    coded = code_article(text, "2022-06-28", pipeline=pipeline)
    assert coded.ok, coded.errors
    return [(e.code, e.source.code if e.source else None, e.target.country if e.target else None)
            for e in coded.events if e.cue == "idiom:declare>persona non grata"]


@pytest.mark.parametrize("text, expected", [
    # a diplomat expelled: 161, as "expelled two diplomats" (nouns.tsv)
    ("Bulgaria has declared 70 Russian diplomats persona non grata.", ("161", "BGR", "RUS")),
    # anyone else: the verb "expel" (174); whom the phrase between names, not its of-phrase
    ("Germany declared two employees of the Russian Embassy persona non grata on Wednesday.", ("174", "DEU", "RUS")),
    # the passive's subject
    ("Two Russian diplomats were declared persona non grata on Monday.", ("161", None, "RUS")),
])
def test_declaring_someone_persona_non_grata_expels_them(pipeline, text, expected):
    assert expulsions(pipeline, text) == [expected]


@pytest.mark.parametrize("text", [
    "The minister declared the festival open.",
    "Bulgaria declared a state of emergency on Tuesday.",
    "The film's director said he felt like a persona non grata at the festival.",
])
def test_no_expulsion_without_the_declaration_of_the_phrase(pipeline, text):
    assert expulsions(pipeline, text) == []
