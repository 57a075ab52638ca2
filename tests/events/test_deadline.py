"""Ultimatums: a span of time given to a party to do something (events/deadline.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article


def ultimatums(pipeline, text):
    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert coded.ok, coded.errors
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in coded.events if e.code == "139"]


@pytest.mark.parametrize("text, source, target", [
    ("The African Union gave Sudan's military 15 days to hand power to a civilian authority.", "IGOAFRAUN", "SDN"),
    ("West African leaders gave the military officers who seized power in Niger one week to restore President "
     "Mohamed Bazoum.", "WAFGOV", "NERMIL"),
    ("M23 gave Congolese soldiers until 3am to lay down their weapons.", "CODREB", "CODMIL"),
    # a span counted by its article, as by a number
    ("Burkina Faso's military government has given France a month to pull its forces out of the country.",
     "BFAGOVMIL", "FRA"),
])
def test_time_given_to_a_party_to_act_is_an_ultimatum(pipeline, text, source, target):
    assert (source, target) in ultimatums(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Kenyan government gave farmers 10 days of paid leave.",  # time given for nothing to be done
    "The ceasefire gave the region a month of calm before fighting resumed.",
    "The Kenyan government gave farmers seeds to plant before the rains.",  # no span of time
    "Kenya's president gave a speech lasting 15 minutes to mark the anniversary.",
    # the span after the act is how long the act may last: an extension granted, no deadline set
    "The EU granted the British government to delay Brexit for three months beyond its scheduled date.",
])
def test_no_ultimatum_without_a_span_of_time_for_an_act(pipeline, text):
    assert ultimatums(pipeline, text) == []


@pytest.mark.parametrize("text, source, target", [
    ("President Ruto said the Sudanese rebels had 72 hours to hand over their weapons.", "KENGOV", "SDNREB"),
    ("The Nigerien junta said French troops have until Friday to leave Niger.", "NERGOV", "FRAMIL"),
    ("“Leave our country!” President Ruto shouted, before adding that the Sudanese diplomats had 72 hours to go.",
     "KENGOV", "SDNGOV"),
])
def test_a_time_limit_a_speaker_sets_is_an_ultimatum(pipeline, text, source, target):
    assert (source, target) in ultimatums(pipeline, text), ultimatums(pipeline, text)


@pytest.mark.parametrize("text", [
    "The minister said the talks had two days to run.",  # no one to do anything
    "The diplomats had 72 hours to leave Kenya, the embassy said.",  # the embassy reports, sets no limit
    # time set for diplomats to leave is their expulsion (tests/events/test_refine.py)
    "President Ruto said the Sudanese diplomats had 72 hours to leave Kenya.",
])
def test_a_span_of_time_no_speaker_sets_is_no_ultimatum(pipeline, text):
    assert not ultimatums(pipeline, text)
