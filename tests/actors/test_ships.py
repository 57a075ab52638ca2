"""Ships named by their navy's prefix stand for that state's forces (actors/ships.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire import code_article
from eventwire.actors import ActorCoder
from eventwire.actors.ships import SHIP_RULE, ship_prefixes
from eventwire.actors.tables import DATA_DIR, read_tsv

WHEN = dt.date(2025, 6, 1)


def test_every_prefix_names_a_known_state_and_a_force():
    countries = {row["cameo"] for row in read_tsv(DATA_DIR / "countries.tsv")}
    prefixes = ship_prefixes()
    assert len(prefixes) >= 25
    for prefix, (country, role) in prefixes.items():
        assert prefix.isalpha() and prefix[0].isupper() and 2 <= len(prefix) <= 5, prefix
        assert country in countries, (prefix, country)
        assert role == "MIL", prefix
    # prefixes that are also common acronyms are left out
    assert not {"INS", "RFA", "SAS", "RSS", "MV", "SS"} & set(prefixes)


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder()


@pytest.mark.parametrize("text, word, code", [
    ("Houthi rebels fired missiles at the USS Carney.", "Carney", "USAMIL"),  # not Mark Carney
    ("Chinese ships rammed the BRP Teresa Magbanua.", "Magbanua", "PHLMIL"),
    ("HMS Defender sailed through waters off Crimea.", "Defender", "GBRMIL"),
])
def test_a_ship_named_with_its_prefix_is_its_states_forces(pipeline, coder, text, word, code):
    doc = pipeline.nlp(text)
    head = next(t for t in doc if t.text == word)
    actor = coder.code_np(head, when=WHEN)
    assert actor is not None and actor.code == code and actor.rule == SHIP_RULE, actor


@pytest.mark.parametrize("text, word", [
    ("The USS arrived at dawn.", "USS"),  # a prefix with no name
    ("RSS chief Mohan Bhagwat addressed the rally.", "Bhagwat"),  # an acronym left out of the table
])
def test_no_ship_without_a_prefix_and_a_name(pipeline, coder, text, word):
    doc = pipeline.nlp(text)
    head = next(t for t in doc if t.text == word)
    actor = coder.code_np(head, when=WHEN)
    assert actor is None or actor.rule != SHIP_RULE, actor


def test_a_ship_attacked_makes_an_event_on_its_state(pipeline):
    coded = code_article("Houthi rebels fired missiles at the USS Carney in the Red Sea.", "2023-10-19", pipeline=pipeline)
    assert [(e.source.code[:3], e.target.code) for e in coded.events] == [("YEM", "USAMIL")]
