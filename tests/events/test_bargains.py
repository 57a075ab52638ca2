"""The other party of an agreement named by what is given in return or by whose request it is made
(events/bargains.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article


def agreements(pipeline, text):
    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert coded.ok, coded.errors
    return [(e.target.code, e.target.rule) if e.target else None for e in coded.events if e.root == "03"]


@pytest.mark.parametrize("text, party", [
    ("Turkey agreed to take back migrants from the Greek islands in return for EU cash.", "IGOEUREEC"),
    ("Rebel leader Foday Sankoh agreed to disarm his fighters in return for an amnesty offered by President "
     "Ahmad Tejan Kabbah.", "SLEGOV"),
    ("Mexico agreed on Monday to send 10,000 troops to its northern border at the request of U.S. President "
     "Donald Trump.", "USAGOV"),
])
def test_an_agreement_is_aimed_at_whom_its_bargain_is_struck_with(pipeline, text, party):
    got = agreements(pipeline, text)
    assert got and got[0][0] == party and got[0][1].endswith("+bargain"), got


@pytest.mark.parametrize("text", [
    "Britain agreed to lift sanctions on Iran in return for access for inspectors.",  # a party already named
    "Turkey agreed to take back migrants in return for cash.",  # no giver named
])
def test_no_bargain_party_where_a_party_is_named_or_none_gives(pipeline, text):
    assert all(g is None or "+bargain" not in g[1] for g in agreements(pipeline, text))
