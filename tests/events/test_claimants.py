"""Unattributed violence takes the party that claims it (events/claimants.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article


def violence(coded):
    return [e for e in coded.events if e.root in ("18", "19", "20")]


@pytest.mark.parametrize("text, claimant", [
    ("29/10/2022: Two car bombs exploded near the Ministry of Education in Mogadishu, killing more than 100 "
     "people; al-Shabaab claimed responsibility.", "al-Shabaab"),
    ("A bomb killed 12 people in Kabul on Friday. The Islamic State claimed the attack.", "The Islamic State"),
])
def test_violence_told_without_its_doer_takes_the_claimant(pipeline, text, claimant):
    found = violence(code_article(text, "2022-10-30", pipeline=pipeline))
    assert found and all(e.source.text == claimant and e.rule.endswith("+claimed") for e in found), found


@pytest.mark.parametrize("text", [
    # blame accepted is no claim of an attack
    "Air strikes killed 80 civilians. The Army said it would take full responsibility for the mistake.",
    # no one claimed it
    "A bomb exploded in the market in Kabul, killing 12 people. No group claimed responsibility.",
    # a claim two sentences later is about something else the text has told since
    "A bomb killed 12 people in Kabul. Police sealed off the area. The Islamic State claimed the attack.",
])
def test_violence_keeps_no_doer_without_a_claim_next_to_it(pipeline, text):
    found = violence(code_article(text, "2022-10-30", pipeline=pipeline))
    assert found and all(e.source is None for e in found), found


def test_a_doer_the_text_names_is_kept(pipeline):
    coded = code_article("Gunmen killed five soldiers near Mopti. JNIM claimed responsibility.", "2022-10-30",
                         pipeline=pipeline)
    assert [e.source.text for e in violence(coded)] == ["Gunmen"], coded.events
