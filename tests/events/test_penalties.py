"""A court sentence that includes imprisonment is also a detention (events/penalties.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article


def codes(pipeline, text):
    coded = code_article(text, "2025-07-24", pipeline=pipeline)
    assert coded.ok, coded.errors
    return sorted((e.code, e.source.code if e.source else None, e.target.code if e.target else None)
                  for e in coded.events if e.code in ("116", "173"))


@pytest.mark.parametrize("text", [
    "A court in Hanoi sentenced the blogger Pham Doan Trang to nine years in prison on Tuesday.",
    "A court in Hanoi sentenced the blogger Pham Doan Trang to life imprisonment on Tuesday.",
])
def test_a_prison_sentence_is_a_finding_and_a_detention_of_the_same_parties(pipeline, text):
    assert codes(pipeline, text) == [("116", "VNMJUD", "VNMMED"), ("173", "VNMJUD", "VNMMED")]


def test_a_prison_sentence_named_by_a_noun_is_a_detention_too(pipeline):
    text = "A court in Hanoi handed down ten-year prison sentences to five activists on Tuesday."
    assert [c for c, _, _ in codes(pipeline, text)] == ["116", "173"]


@pytest.mark.parametrize("text", [
    "A court in Cairo sentenced the former president to death on Tuesday.",  # no prison term
    "A court in Hanoi sentenced the company to a fine of 5,000 dollars.",
])
def test_a_sentence_without_a_prison_term_is_the_finding_alone(pipeline, text):
    assert [c for c, _, _ in codes(pipeline, text)] == ["116"]


def test_the_detention_explains_itself(pipeline):
    coded = code_article("A court in Hanoi sentenced the blogger to nine years in prison.", "2025-07-24",
                         pipeline=pipeline)
    jailing = [e for e in coded.events if e.code == "173"]
    assert jailing and jailing[0].cue == "jailing:verb:sentence" and jailing[0].rule.endswith("+jailing")
