"""Event nouns as the subjects of other verbs (events/nominal.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article


@pytest.mark.parametrize("text, source, target", [
    ("The abduction of 20 medical students by gunmen took place on the Otukpo road in August 2024.",
     "gunmen", "20 medical students"),
    ("The abduction of 20 students by gunmen took place in August.", "gunmen", "20 students"),
])
def test_an_act_nouns_by_phrase_is_its_doer_and_its_of_phrase_whom_it_was_done_to(pipeline, text, source, target):
    events = code_article(text, "2024-09-01", pipeline=pipeline).events
    assert [(e.root, e.source.text, e.target.text) for e in events] == [("18", source, target)], events


def test_an_act_noun_without_a_by_phrase_keeps_the_doer_its_verb_gives(pipeline):
    events = code_article("Air strikes by the army hit the town.", "2024-09-01", pipeline=pipeline).events
    assert [(e.root, e.source.text) for e in events] == [("19", "the army")], events
