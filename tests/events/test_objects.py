"""What a cue's objects are (events/objects.py): moved objects, people named, weapons as means, things given."""
from __future__ import annotations

import pytest

from eventwire import code_article
from eventwire.events.objects import has_object, raised_objects, without_weapons
from eventwire.events.triggers import Trigger
from eventwire.records import Actor


def _verb(pipeline, text, lemma):
    doc = pipeline.nlp(text)
    return next(t for t in doc if t.lemma_ == lemma)


def test_an_infinitive_subject_after_the_verb_is_its_raised_object(pipeline):
    verb = _verb(pipeline, "Bolivian authorities declared a state of siege in Bolivia to begin at midnight Friday.", "declare")
    assert [t.text for t in raised_objects(verb)] == ["state"]
    verb = _verb(pipeline, "Bolivian authorities declared that the siege was over.", "declare")
    assert raised_objects(verb) == []


def test_a_participle_subject_after_the_verb_is_its_raised_object(pipeline):
    # the parser makes "refugees" the subject of "fleeing": they are who is not taken in
    verb = _verb(pipeline, "Thailand will not accept any Karen refugees fleeing the fighting in Myanmar.", "accept")
    assert [t.text for t in raised_objects(verb)] == ["refugees"]
    verb = _verb(pipeline, "Thailand will not accept that refugees are fleeing the fighting.", "accept")
    assert raised_objects(verb) == []  # a that-clause: its subject is its own


def test_an_object_is_a_direct_object_a_passive_subject_or_a_moved_noun(pipeline):
    assert has_object(_verb(pipeline, "The museum returned the bronzes to Nigeria.", "return"))
    assert has_object(_verb(pipeline, "The bronzes were returned to Nigeria.", "return"))
    assert not has_object(_verb(pipeline, "Navalny returned to Moscow on Sunday.", "return"))


def _actor(text, code="MIL"):
    return Actor(text=text, code=code, country=None, role="MIL", kind="role", rule="t")


def test_a_weapon_is_the_means_and_no_party_outside_force(pipeline):
    verb = _verb(pipeline, "Russia supplied missiles to Iran.", "supply")
    trig = Trigger(code="070", cue="verb:supply", rule="verb", verb=verb, tokens=(verb,))
    assert without_weapons(trig, [_actor("ballistic missiles"), _actor("Iran", "IRN")]) == [_actor("Iran", "IRN")]
    shot = Trigger(code="190", cue="verb:shoot+down", rule="verb", verb=verb, tokens=(verb,))
    assert without_weapons(shot, [_actor("112 Russian drones", "RUSMIL")]) == [_actor("112 Russian drones", "RUSMIL")]


@pytest.mark.parametrize("text, code", [
    ("Jordan sent two planes carrying medical supplies to Gaza.", "073"),  # the load is what is sent
    ("Egypt sent two planes loaded with tents and food to Libya.", "073"),
])
def test_a_vehicles_load_is_what_is_sent(pipeline, text, code):
    from eventwire import code_article

    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert [e.code for e in coded.events][:1] == [code], coded.events


def test_a_vehicle_without_a_load_is_no_aid(pipeline):
    from eventwire import code_article

    coded = code_article("Jordan sent two trucks to Gaza.", "2024-05-02", pipeline=pipeline)
    assert not [e for e in coded.events if e.root == "07"], coded.events


@pytest.mark.parametrize("text, code", [
    ("Chilean President Gabriel Boric held a video call with Bolivian President Luis Arce on Tuesday.", "041"),
    ("China has waived 23 interest-free loans owed by 17 African countries.", "071"),  # debt relief is aid
    ("France cancelled the debt of Mali.", "071"),
])
def test_calls_by_video_and_debt_relief(pipeline, text, code):
    from eventwire import code_article

    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert [e.code for e in coded.events] == [code], coded.events


@pytest.mark.parametrize("text, code", [
    ("EU provides €45m support for agri-businesses in Nigeria.", "071"),  # a sum handed over: economic aid
    ("Japan provided $5 million in food aid to Sudan.", "073"),  # counted in aid of its own kind: that kind
    ("The EU provides political support to Moldova.", "051"),  # no sum: support expressed
])
def test_a_sum_handed_over_is_economic_aid(pipeline, text, code):
    from eventwire import code_article

    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert [e.code for e in coded.events][:1] == [code], coded.events


@pytest.mark.parametrize("text, code, target", [
    ("Germany provided Moldova with electricity generators and 40 million euros.", "070", "MDA"),
    ("The United States supplied the Ukrainian army with tanks.", "072", "UKRMIL"),
    ("Japan provided the Philippine coast guard with patrol boats.", "072", "PHL"),
])
def test_a_thing_given_in_a_with_phrase_is_given_to_the_object(pipeline, text, code, target):
    coded = code_article(text, "2024-03-05", pipeline=pipeline)
    given = [e for e in coded.events if e.code == code]
    assert given and given[0].target.code.startswith(target) and given[0].rule.startswith("light-verb+with"), coded.events


@pytest.mark.parametrize("text", [
    "Germany provided Moldova with a chance to speak.",  # no thing given that the cues know
    "The ministry replaced the old computers with new ones.",  # not a verb of giving
])
def test_no_gift_without_a_verb_of_giving_and_a_thing_given(pipeline, text):
    coded = code_article(text, "2024-03-05", pipeline=pipeline)
    assert not [e for e in coded.events if e.root == "07"], coded.events
