"""A state leaving an organisation of states, however it is told (events/membership.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article


def codes(pipeline, text):
    """The codes of the events coded from ``text``, in order."""
    return [e.code for e in code_article(text, "2023-01-10", pipeline=pipeline).events]


@pytest.mark.parametrize("text, code", [
    ("The United States withdrew from the World Health Organization.", "160"),  # a state leaves: reduce relations
    ("Moldova's parliament voted to withdraw from the assembly of the Commonwealth of Independent States.", "160"),
    ("The army withdrew from the UN mission's base.", "087"),  # forces leaving a place retreat
    ("The UN withdrew its peacekeepers from Mali.", "1661"),  # what is withdrawn keeps its own sense
])
def test_a_state_leaving_an_organisation_of_states_reduces_relations(pipeline, text, code):
    coded = code_article(text, "2021-06-01", pipeline=pipeline)
    assert [e.code for e in coded.events] == [code], [(e.code, e.rule) for e in coded.events]


@pytest.mark.parametrize("text, code", [
    ("Mali announced its withdrawal from ECOWAS.", "160"),  # the withdrawal noun: the state itself leaves
    ("The juntas announced the immediate withdrawal of their countries from ECOWAS.", "160"),
    ("Russia announced the withdrawal of its troops from Syria.", "087"),  # forces named: a retreat
    ("Mali pulled out of ECOWAS.", "160"),  # a phrasal verb of leaving, its object through "out of"
    ("Niger left ECOWAS in January.", "160"),  # a verb of leaving with the organisation as its object
    ("Britain quit the European Union in 2020.", "160"),
    ("Niger said it would quit ECOWAS.", "131"),  # announced, not done: a threat to reduce relations
])
def test_leaving_an_organisation_told_by_noun_phrasal_verb_or_verb_of_leaving(pipeline, text, code):
    coded = code_article(text, "2024-01-29", pipeline=pipeline)
    assert [e.code for e in coded.events] == [code], [(e.code, e.rule) for e in coded.events]
    if code != "087":
        assert coded.events[0].target is not None and coded.events[0].target.country == "IGO"


@pytest.mark.parametrize("text", [
    "The minister left the Labour Party.",  # a person leaving a party
    "The chief executive left Google last year.",  # a company
    "The president left Nairobi on Sunday.",  # a city
    "The country's laws leave police little room to refuse permits.",  # no one leaves anything
])
def test_leaving_anything_but_an_organisation_of_states_is_no_event(pipeline, text):
    assert codes(pipeline, text) == []


@pytest.mark.parametrize("text, code", [
    ("M23 said it was pulling out of direct talks with Kinshasa.", "164"),  # talks ended, as "withdrew from talks"
    ("The rebels pulled back from the peace talks.", "164"),
    ("The army pulled back from the border.", "087"),  # a place one closes is where forces leave, no act ended
    ("The army withdrew from the border.", "087"),
])
def test_pulling_out_of_an_act_ends_it_as_withdrawing_from_it_does(pipeline, text, code):
    assert codes(pipeline, text) == [code]
