"""Whom an act is aimed at where its clause does not say: the subject of undergoing violence
("survived an assassination attempt", events/nominal.suffered) and the other side of the
article's last fight (ArticleContext.counterpart, events/acts.with_counterpart)."""
from __future__ import annotations

import pytest

from eventwire import code_article


def events(pipeline, text):
    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert coded.ok, coded.errors
    return [(e.code, e.source.code if e.source else None, e.target.code if e.target else None, e.rule)
            for e in coded.events]


@pytest.mark.parametrize("text, code, source, target", [
    ("Cristina Kirchner survived an assassination attempt in September 2022.", "185", None, "ARGGOV"),
    ("The president of Mali escaped an assassination attempt by rebels.", "185", "MLIREB", "MLIGOV"),
    ("The Afghan army base withstood a Taliban assault on Monday.", "190", "AFGGOV", "AFGMIL"),  # Taliban rule in 2024
    # coming under an act: what it comes under is violence only ("fire" as gunfire, not arson)
    ("Israeli troops came under fire from Hezbollah fighters on Monday.", "193", "LBNREB", "ISRMIL"),
    ("A Malian army convoy came under attack from jihadists near Gao.", "190", "MLIREB", "MLIMIL"),
])
def test_the_subject_of_undergoing_violence_is_its_target(pipeline, text, code, source, target):
    got = [e for e in events(pipeline, text) if e[3].startswith("suffered")]
    assert got and got[0][:3] == (code, source, target), got


@pytest.mark.parametrize("text", [
    "The Kenyan minister suffered a heart attack on Monday.",  # another kind of attack
    "The Nigerian army suffered heavy losses.",  # no act named
    "Ukrainian troops repelled an attack by Russian forces.",  # fighting back: the repelling side's act
    "The Kenyan government came under pressure from the opposition.",  # no violence
    "The Kenyan president survived a fire at his farm.",  # a fire suffered is no gunfire
])
def test_no_undergone_violence_without_a_violent_act(pipeline, text):
    assert not [e for e in events(pipeline, text) if e[3].startswith("suffered")]


MAPUTO = ("Mozambican police fired tear gas at opposition supporters in Maputo on Thursday. "
          "The electoral commission declared Daniel Chapo the winner, a result the opposition immediately denounced. "
          "The opposition has accused the security forces of carrying out the killings, which the police deny.")


def test_a_side_of_the_fight_acts_against_the_other(pipeline):
    got = {(e[0], e[1], e[2]) for e in events(pipeline, MAPUTO) if e[3].endswith("+counterpart")}
    assert got == {("111", "MOZOPP", "MOZCOP"), ("120", "MOZCOP", "MOZOPP")}, got


@pytest.mark.parametrize("text", [
    # a third party is no side of the fight
    "Israeli troops shot two Palestinian gunmen in Jenin on Monday. Jordan condemned the raid as a provocation.",
    # a cooperative act is aimed at whom it names, or no one
    "Azerbaijani forces shelled Armenian positions on Monday. Azerbaijan later offered humanitarian aid.",
    # no fight before
    "The opposition denounced the result on Friday.",
])
def test_no_counterpart_outside_the_fight(pipeline, text):
    assert not [e for e in events(pipeline, text) if e[3].endswith("+counterpart")], events(pipeline, text)


@pytest.mark.parametrize("text, kept", [
    # a bare casualty count after a violent act is that act's outcome
    ("Russian missiles struck the Ukrainian city of Mykolaiv overnight, killing seven civilians. "
     "At least 23 people were wounded, the governor said.", 1),
    ("Rebels attacked a Nigerian army base in Borno on Monday. Several more soldiers were killed.", 1),
    # a count with a doer or a means of its own is an act; so is the article's first violence
    ("Police arrested 30 protesters in Nairobi. Three people were killed by police gunfire in Kisumu.", 1),
    ("Seven Kenyan soldiers were killed near the Somali border on Monday.", 1),
])
def test_a_casualty_count_is_the_last_attacks_outcome(pipeline, text, kept):
    violent = [e for e in events(pipeline, text) if e[0][:2] in ("18", "19", "20")]
    assert len(violent) == kept, violent


@pytest.mark.parametrize("text, kept", [
    # the count of an act other than violence that the clause names is that act's outcome
    ("At least 22 people were killed in the protests across the country, the rights commission said.", 0),
    ("Students marched on parliament, in protests in which 13 people were killed.", 0),
    # a violent act's own noun is that act, its doer unnamed
    ("At least three Iraqi civilians were killed in a car bombing in central Baghdad.", 1),
])
def test_a_casualty_count_of_a_named_act_is_its_outcome(pipeline, text, kept):
    violent = [e for e in events(pipeline, text) if e[0][:2] in ("18", "19", "20")]
    assert len(violent) == kept, violent


def test_crowd_control_in_a_story_of_a_protest_is_used_on_the_protesters(pipeline):
    text = "Thousands of opposition supporters marched in Maputo on Thursday. Police fired tear gas and live ammunition."
    coded = code_article(text, "2024-11-08", pipeline=pipeline)
    gas = [e for e in coded.events if e.code.startswith("175")]
    assert gas and gas[0].target is not None and gas[0].target.code == "MOZOPP", coded.events


@pytest.mark.parametrize("text", [
    "Police fired tear gas in Maputo on Thursday.",  # no protest told
    "Thousands of opposition supporters marched in Maputo on Thursday. Police fired tear gas at journalists.",  # named
])
def test_crowd_control_targets_the_protesters_only_where_no_one_is_named(pipeline, text):
    coded = code_article(text, "2024-11-08", pipeline=pipeline)
    assert not [e for e in coded.events if e.rule.endswith("+protesters")], coded.events
