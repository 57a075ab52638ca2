"""Readings of a clause (events/readings.py): what must be found, and what must not."""
from __future__ import annotations

import pytest

from eventwire import code_article
from eventwire.events.readings import directive


def events_of(pipeline, text, pub="2021-06-01"):
    coded = code_article(text, pub, pipeline=pipeline)
    assert coded.ok, coded.errors
    return [(e.source.code if e.source else None, e.code, e.target.code if e.target else None) for e in coded.events]


@pytest.mark.parametrize("text, expected", [
    ("The IMF told Pakistan to broaden its tax base.", True),
    ("The court told the government to release the detainees.", True),
    ("The minister told reporters that the talks would resume.", False),  # a statement reported
    ("The president told Reuters he would visit Kyiv.", False),
    ("The president said he would visit Kyiv.", False),
])
def test_a_verb_of_saying_with_an_object_and_an_infinitive_is_a_directive(nlp, text, expected):
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "tell" or t.lemma_ == "say")
    assert directive(verb) is expected


@pytest.mark.parametrize("text, source, root, target", [
    ("The IMF told Pakistan to broaden its tax base.", "IGOBUSIMF", "10", "PAK"),
    ("Biden told Netanyahu to halt the offensive in Rafah.", "USAGOV", "10", "ISRGOV"),
])
def test_telling_a_party_to_act_is_a_demand_of_it(pipeline, text, source, root, target):
    found = events_of(pipeline, text)
    assert any(f[0] == source and f[1][:2] == root and f[2] == target for f in found), found


@pytest.mark.parametrize("text", [
    "The minister told reporters that the talks would resume.",
    "She told her children to go to bed.",
])
def test_no_demand_in_a_statement_or_between_no_parties(pipeline, text):
    assert not [f for f in events_of(pipeline, text) if f[1][:2] == "10"]


def test_a_ceasefire_declared_to_allow_relief_is_the_ceasefire(pipeline):
    """An act declared is instructed nothing: the infinitive after it says what it is for."""
    found = events_of(pipeline, "Myanmar's military declared a temporary ceasefire with ethnic armed groups "
                                "to allow relief work after the earthquake.")
    assert [f[1] for f in found] == ["0871"], found


@pytest.mark.parametrize("text", [
    "In the film, a disgraced general declares war on a shadowy corporation that controls the water supply.",
    "In the novel, a young rebel leader storms the capital of an island kingdom and overthrows the tyrant.",
    "In the film's climax, a rogue general declares war on the alien fleet orbiting Earth.",
    "The novel follows a disgraced detective who returns home to investigate the disappearance of a girl.",
])
def test_a_fictions_plot_is_no_event(pipeline, text):
    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert not coded.events, coded.events


@pytest.mark.parametrize("text", [
    "In his book, John Bolton accused Trump of seeking China's help.",  # a book may report a real act
    "Russian troops shelled Kharkiv on Monday, a day before the film premiere.",
    "Protesters rallied outside the cinema where the film was shown, denouncing the government.",
])
def test_a_sentence_not_set_in_a_fiction_keeps_its_events(pipeline, text):
    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert coded.events, coded.events


@pytest.mark.parametrize("text", [
    "Azerbaijan has not released casualty figures.",  # information released is published: no refusal to free anyone
    "The ministry released the names of the detainees.",  # nor a release of the detainees
])
def test_information_released_is_published(pipeline, text):
    assert not [e for e in code_article(text, "2023-09-20", pipeline=pipeline).events if e.root in ("08", "12")]


def test_people_released_are_freed(pipeline):
    assert [e.code for e in code_article("Iran released two French citizens on Friday.", "2023-09-20",
                                         pipeline=pipeline).events] == ["0841"]
