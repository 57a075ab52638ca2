"""What a verb of stopping stops, whom a dismissal names, and acts two sides do to each other."""
from __future__ import annotations

import pytest

from eventwire import code_article


def coded(pipeline, text, pub="2021-05-24"):
    out = code_article(text, pub, pipeline=pipeline)
    assert out.ok, out.errors
    return out.events


def test_an_infinitive_beside_what_is_lifted_says_what_for(pipeline):
    # "to support" is a purpose clause: the sanctions are what is lifted (an easing, 085), no support stopped
    events = coded(pipeline, "The European Union lifted economic sanctions on Syria on Tuesday to support the "
                             "country's recovery.")
    assert [(e.code, e.target.country) for e in events if e.source is not None] == [("085", "SYR")]


def test_a_gerund_after_a_verb_of_stopping_is_what_stops(pipeline):
    events = coded(pipeline, "The United States stopped supporting the Syrian rebels on Monday.")
    assert any(e.root == "16" for e in events), [(e.code, e.cue) for e in events]


@pytest.mark.parametrize("text", [
    "The deal eased fears of a new conflict in the Balkans.",
    "Serbia's pullback of troops eased concerns in Kosovo on Friday.",
])
def test_a_feeling_eased_is_no_act_stopped(pipeline, text):
    assert not [e for e in coded(pipeline, text) if e.root == "16"], text


def test_a_halt_to_talks_is_still_one(pipeline):
    events = coded(pipeline, "Serbia halted talks with Albania on Friday.")
    assert [(e.code, e.target.country) for e in events] == [("164", "ALB")]


@pytest.mark.parametrize("text", [
    "Gallant, whom Netanyahu fired earlier this month, said the decision was a disgrace.",
    "The minister who the president fired last week said the decision was a disgrace.",
])
def test_a_person_a_relative_clause_says_was_fired_was_dismissed(pipeline, text):
    assert not [e for e in coded(pipeline, text) if e.root == "19"], text


def test_what_a_relative_clause_says_was_fired_at_is_still_fire(pipeline):
    events = coded(pipeline, "The rockets that Hamas fired on Monday hit Ashkelon.")
    assert any(e.root in ("19", "20") for e in events), [(e.code, e.cue) for e in events]


def test_two_states_agreeing_to_pull_back_de_escalate_towards_each_other(pipeline):
    events = coded(pipeline, "India and China on Monday agreed to pull back their troops from the face-off site "
                             "at Doklam.", "2017-08-28")
    pairs = {(e.source.country, e.target.country if e.target else None) for e in events if e.code == "0356"}
    assert pairs == {("IND", "CHN")}, pairs


def test_agreeing_to_ease_sanctions_is_still_aimed_at_a_third_party(pipeline):
    events = coded(pipeline, "Russia and China agreed to lift the sanctions on North Korea.")
    assert all(e.target is not None and e.target.country == "PRK" for e in events if e.root == "03"), \
        [(e.code, e.source and e.source.code, e.target and e.target.code) for e in events]



@pytest.mark.parametrize("text", [
    "Instead of attacking the town, the rebels stopped at the river on Monday.",
    "Instead of launching a new offensive the army simply stops.",
    "Rather than negotiating with the opposition, the government stopped on Monday.",
])
def test_what_was_done_instead_of_is_not_what_stops(pipeline, text):
    # "instead of X-ing, Y stopped": the gerund names the road not taken, not the act stopped
    events = coded(pipeline, text)
    assert not [e for e in events if "stop" in e.cue], [(e.code, e.cue) for e in events]


def test_a_gerund_after_stopping_is_still_stopped_beside_an_instead(pipeline):
    events = coded(pipeline, "Instead of talking, the rebels stopped attacking the town on Monday.")
    assert any("stop" in e.cue for e in events), [(e.code, e.cue) for e in events]
