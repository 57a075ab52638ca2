"""Frames told as nouns with their owner (events/noun_frames.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article


@pytest.mark.parametrize("text, root, source, target", [
    ("The EU condemned Russia's threat to invade Moldova.", "13", "RUS", "MDA"),
    ("Russia's threat to invade Moldova was condemned by the EU.", "13", "RUS", "MDA"),
    ("Sudan welcomed Qatar's offer to mediate between the two sides.", "03", "QAT", None),
    ("Ethiopia criticised Egypt's refusal to accept Ethiopia's proposal.", "12", "EGY", None),
])
def test_a_frame_noun_with_its_owner_lifts_its_infinitives_act(pipeline, text, root, source, target):
    events = code_article(text, "2024-01-01", pipeline=pipeline).events
    framed = [e for e in events if e.rule.startswith("noun-frame")]
    assert [(e.root, e.source.code) for e in framed] == [(root, source)], events
    if target is not None:
        assert framed[0].target.code == target, events
    assert not [e for e in events if e.root == "19" or e.code == "192"], events  # an invasion threatened is none


@pytest.mark.parametrize("text", [
    # the frame as the grievance of a protest, or the setting of an act: background
    "Refugees began a hunger strike in protest of the Russian government's refusal to accept the independence of Chechnya.",
    "Talks resumed amid Russia's threat to invade Moldova.",
    # no owner: whose threat is not said
    "The threat to invade Moldova alarmed officials in Chisinau.",
])
def test_a_frame_noun_in_the_background_or_without_an_owner_lifts_nothing(pipeline, text):
    events = code_article(text, "2024-01-01", pipeline=pipeline).events
    assert not [e for e in events if e.rule.startswith("noun-frame")], events


@pytest.mark.parametrize("text, root, source", [
    ("Iran's threat to close the Strait of Hormuz sent oil prices higher.", "13", "IRN"),
    ("Russia's refusal to extend the grain deal angered Ukraine.", "12", "RUS"),
])
def test_a_threat_or_refusal_of_an_act_no_cue_names_is_still_made(pipeline, text, root, source):
    events = code_article(text, "2024-01-01", pipeline=pipeline).events
    framed = [e for e in events if e.rule.startswith("noun-frame")]
    assert [(e.root, e.source.code) for e in framed] == [(root, source)], events


@pytest.mark.parametrize("text", [
    "The government's plan to build an airport was approved.",  # an intent of no act is no event
    "Qatar's call to unite was widely shared.",
])
def test_an_intent_or_appeal_of_no_act_stays_unlifted(pipeline, text):
    events = code_article(text, "2024-01-01", pipeline=pipeline).events
    assert not [e for e in events if e.rule.startswith("noun-frame")], events


def test_a_decision_reported_is_the_act_itself(pipeline):
    events = code_article("China's decision to ban imports from Japan angered Tokyo.", "2024-01-01",
                          pipeline=pipeline).events
    assert any(e.root == "16" and e.source.code == "CHN" for e in events), events
