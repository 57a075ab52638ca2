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


@pytest.mark.parametrize("text, code", [
    # a nominal under a frame does to its of-object what its verb does: closing consulates reduces
    # relations (161), as "closed the consulates" and "announced the closure of its embassy" do
    ("Germany ordered the closure of all three Iranian consulates.", "161"),
    ("Germany closed all three Iranian consulates.", "161"),
    # a closure of territory stays one (191), whatever frame governs it
    ("Kenya ordered the closure of the border with Somalia.", "191"),
    ("Israel ordered the closure of the Kerem Shalom crossing.", "191"),
])
def test_a_nominal_under_a_frame_does_to_its_object_what_its_verb_does(pipeline, text, code):
    coded = code_article(text, "2024-10-31", pipeline=pipeline)
    assert [e.code for e in coded.events] == [code], [(e.code, e.cue) for e in coded.events]


@pytest.mark.parametrize("text, root, absent", [
    ("Russia welcomed the lifting of sanctions on Syria.", "05", "08"),  # the lifting is another's
    ("The AU chairman condemned the seizure of power by soldiers in Niger.", "11", "18"),
])
def test_a_reaction_to_a_nominal_act_is_no_doing_of_it(pipeline, text, root, absent):
    events = code_article(text, "2023-07-27", pipeline=pipeline).events
    assert any(e.root == root for e in events) and not any(e.root == absent for e in events), events


def test_announcing_a_nominal_act_is_doing_it(pipeline):
    events = code_article("The United States announced the lifting of sanctions on Syria.", "2025-06-30",
                          pipeline=pipeline).events
    assert any(e.code == "085" and e.source.code == "USA" for e in events), events


@pytest.mark.parametrize("text, code, source, target", [
    # a noun the noun lexicon has no sense for is its verb's act on its of-phrase ("rejection": reject)
    ("Niger's rejection of the ECOWAS ultimatum was announced on state television.", "120", "NER", "IGOWAFBUSWAS"),
    # and the of-phrase gives the verb its sense, as its object would ("expelled two diplomats": 161)
    ("Latvia's expulsion of two Belarusian diplomats was announced on Friday.", "161", "LVA", "BLRGOV"),
])
def test_a_possessed_nominal_made_known_is_its_verb_s_act(pipeline, text, code, source, target):
    events = code_article(text, "2024-09-01", pipeline=pipeline).events
    assert [(e.code, e.source.code, e.target.code) for e in events] == [(code, source, target)], events
    assert events[0].rule.startswith("event-noun-agent")


@pytest.mark.parametrize("text", [
    "Beijing's pressure on Taiwan had intensified, Tsai said.",  # no of-phrase: no verb's object named
    "The expulsion of migrants was debated in parliament.",  # no doer, and debating makes no act known
])
def test_no_verb_s_act_from_a_nominal_without_its_doer_and_object(pipeline, text):
    assert code_article(text, "2024-09-01", pipeline=pipeline).events == ()
