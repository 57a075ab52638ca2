"""Whom a concession (CAMEO 08) is made to, where its clause names no target (events/concessions.py)."""
from __future__ import annotations

import pytest

from test_patients import targets  # (text, code, rule, kind) of each event's target of a root


@pytest.mark.parametrize("text, party", [
    ("Nigeria's main labour unions called off a general strike on Monday after the government offered to raise the minimum wage.",
     "the government"),
    ("Brazil's truck drivers called off a four-day strike just hours after reaching agreement with the Brazilian government.",
     "the Brazilian government"),
    ("Indian coal workers called off the strike after the agreement with the Indian government.", "the Indian government"),
    ("Eduard Shevardnadze resigned as Georgia's president on Sunday, a day after opposition supporters burst into parliament.",
     "opposition supporters"),
])
def test_a_concession_is_made_to_the_party_that_prompted_it(pipeline, text, party):
    got = targets(pipeline, text, "08")
    assert got and got[0][0] == party and "+conceded-to" in got[0][2], got


@pytest.mark.parametrize("text", [
    "The interior minister resigned on Friday after five years in office.",  # no party prompted it
    "The minister resigned on Friday after he was accused of taking bribes.",  # a pronoun: the conceder itself
    "Hundreds of doctors called off their strike on Monday.",
])
def test_no_concession_target_where_no_other_party_prompted_it(pipeline, text):
    assert targets(pipeline, text, "08") == [None]


def test_a_concession_with_its_own_target_keeps_it(pipeline):
    got = targets(pipeline, "The rebels released the hostages after the government paid a ransom.", "08")
    assert got and got[0][0] == "hostages", got


@pytest.mark.parametrize("text, party", [
    ("British Prime Minister Liz Truss resigned after just 45 days in office, bowing to a revolt by Conservative "
     "lawmakers over her economic plans.", "Conservative lawmakers"),
    ("Lebanese Prime Minister Saad Hariri resigned on Tuesday, handing protesters a key demand.", "protesters"),
    ("King Gyanendra gave in to three weeks of street protests on Monday, reinstating parliament and handing power "
     "back to the seven-party alliance.", "the seven-party alliance"),
])
def test_a_concession_is_made_to_whom_the_conceder_bows_or_hands_something(pipeline, text, party):
    got = targets(pipeline, text, "08")
    assert got and got[0][0] == party and "+conceded-to" in got[0][2], got


def test_resigning_as_a_role_names_no_party_it_was_made_to(pipeline):
    assert targets(pipeline, "The interior minister resigned as head of the ruling party on Friday.", "08") == [None]


@pytest.mark.parametrize("text, party", [
    ("Bangladesh's Prime Minister Sheikh Hasina resigned and fled the country on Monday, bowing to weeks of "
     "protests by students demanding her ouster.", "students"),  # beside the verb it is joined to; an act's doer
    ("The government of Mali withdrew the decree under pressure from Algeria.", "Algeria"),
    ("Russian troops pulled out of the city after Ukrainian forces advanced.", "Ukrainian forces"),  # a place, no party
])
def test_a_concession_is_made_to_whom_its_clause_says_it_answers(pipeline, text, party):
    got = targets(pipeline, text, "08")
    assert got and got[0][0] == party and "+conceded-to" in got[0][2], got


def test_a_concession_to_people_it_names_keeps_them(pipeline):
    # the released are the target, whoever pressed for it
    got = targets(pipeline, "The government of Mali released 20 prisoners under pressure from Algeria.", "08")
    assert got and got[0][0] == "20 prisoners", got
