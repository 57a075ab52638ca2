"""Whom a protest is aimed at (events/aimed.py): what it is against, where it is held, what it demands."""
from __future__ import annotations

import pytest

from eventwire import code_article


def protests(pipeline, text):
    coded = code_article(text, "2021-03-05", pipeline=pipeline)
    assert coded.ok, coded.errors
    return [e for e in coded.events if e.root == "14"]


@pytest.mark.parametrize("text, target", [
    # against a thing: its author ("announced by"), its owner ("Condé's"), its doer ("arrest by")
    ("Thousands of demonstrators marched in Paris against fuel tax increases announced by the French government.", "FRAGOV"),
    ("Opposition supporters marched in Conakry against Guinean President Alpha Condé's plan to change the constitution.", "GINGOV"),
    ("Supporters of Ousmane Sonko demonstrated in Dakar against his arrest by the Senegalese authorities.", "SENGOV"),
    # behind "in protest against"
    ("Pakistani students blocked a highway in protest against the Pakistan Army.", "PAKMIL"),
    # where it is held, when that is a party's premises
    ("Hundreds of protesters rallied outside the Chinese embassy in Yangon.", "CHNGOV"),
    ("Indonesian workers rallied outside the House of Representatives in Jakarta against the Omnibus Law.", "IDNLEG"),
    # what it demands, and of whom
    ("Protesters marched in Colombo, demanding the resignation of Sri Lankan President Gotabaya Rajapaksa.", "LKAGOV"),
])
def test_a_protest_is_aimed_at_whom_its_phrases_name(pipeline, text, target):
    found = protests(pipeline, text)
    assert found and found[0].target is not None and found[0].target.code == target, \
        [(e.code, e.source, e.target) for e in found]


@pytest.mark.parametrize("text", [
    "Thousands of Kenyan protesters marched outside Nairobi on Tuesday.",  # a bare place is where, not whom
    "Kenyan teachers went on strike in Nairobi for better pay.",  # no one it is against
])
def test_a_protest_against_no_one_named_takes_no_party_from_these_phrases(pipeline, text):
    found = protests(pipeline, text)
    assert found and all(e.target is None or e.target.role is None for e in found), \
        [(e.code, e.target, e.rule) for e in found]  # at most the place, as the near-target rule gives
