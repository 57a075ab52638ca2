"""Whether a clause asserts its act (events/modality.py): acts a verb of averting governs are not done."""
from __future__ import annotations

import pytest

from eventwire import code_article


def coded(pipeline, text):
    out = code_article(text, "2024-10-02", pipeline=pipeline)
    assert out.ok, out.errors
    return out.events


@pytest.mark.parametrize("text", [
    "Israel avoided striking Iran's oil facilities.",
    "Israel refrained from attacking Iran's oil facilities on Saturday.",
    "Both sides will refrain from targeting each other's security forces.",
    "The rebels abstained from shelling the town during the talks.",
])
def test_an_act_averted_is_not_done(pipeline, text):
    # CAMEO.2.0's AVERT block (avert, avoid, refrain, abstain) has no event of its own, and what it governs
    # is not done, as "did not strike" is not
    events = coded(pipeline, text)
    assert not [e for e in events if e.root in ("18", "19", "20")], [(e.code, e.cue) for e in events]


def test_a_meeting_avoided_is_declined(pipeline):
    # a cooperative act not done by choice is a refusal, as "would not meet" is
    events = coded(pipeline, "The president avoided meeting the opposition leader.")
    assert [e.code for e in events] == ["125"], [(e.code, e.cue) for e in events]


def test_an_attack_after_an_averting_verb_with_its_own_clause_is_still_done(pipeline):
    events = coded(pipeline, "Israel avoided the capital but struck Iran's oil facilities on Saturday.")
    assert [e for e in events if e.root == "19"], [(e.code, e.cue) for e in events]


@pytest.mark.parametrize("text, root", [
    ("Malaysia said it would close its embassy in Pyongyang.", "16"),  # a decision announced
    ("Trump said the US would halt its joint military exercises with South Korea.", "16"),
    ("Malaysia will close its embassy in Pyongyang if the suspects are not handed over.", "13"),  # on a condition
    ("Erdogan said Ankara could suspend diplomatic relations with the United Arab Emirates.", "13"),  # a possibility
])
def test_a_reduction_of_relations_announced_is_the_reduction(pipeline, text, root):
    events = coded(pipeline, text)
    assert [e.root for e in events if e.root in ("13", "16")] == [root], [(e.code, e.cue) for e in events]


@pytest.mark.parametrize("text", [
    "Will Russia attack Ukraine this winter?",
    "Is Russia preparing to attack Ukraine?",
    "Would a new government in Rome be more willing to compromise with Brussels?",
    "Can Kenya and Somalia end their border dispute?",
])
def test_a_yes_or_no_question_asserts_nothing(pipeline, text):
    assert coded(pipeline, text) == (), coded(pipeline, text)


@pytest.mark.parametrize("text", [
    # an indirect question asserts nothing: asked, or told as not told
    "The communique did not say how many Kenyan troops would be deployed.",
    "Reporters asked how many Kenyan troops would be sent to Somalia.",
    "The ministry did not reveal how many Russian troops had attacked the town.",
])
def test_an_indirect_question_asserts_nothing(pipeline, text):
    assert coded(pipeline, text) == (), [(e.code, e.rule) for e in coded(pipeline, text)]


@pytest.mark.parametrize("text", [
    "The ministry said Kenyan troops attacked the village.",  # told: asserted
    "The minister explained how Kenyan troops had freed the hostages.",  # told how: it happened
])
def test_what_a_report_tells_stays_asserted(pipeline, text):
    assert coded(pipeline, text), coded(pipeline, text)


@pytest.mark.parametrize("text", [
    "Why did Russia attack Ukraine?",  # a wh-question presupposes its act
    "Russia attacked Ukraine, the ministry said.",
])
def test_a_question_of_why_or_a_statement_keeps_its_act(pipeline, text):
    assert [e for e in coded(pipeline, text) if e.root == "19"], coded(pipeline, text)


@pytest.mark.parametrize("text", [
    # a simple present with an adverb of frequency tells what usually happens, not a deed
    "Diplomats generally agree that sanctions rarely change the behaviour of a government.",
    "Israeli forces routinely detain Palestinian activists.",
    "Russia often accuses Ukraine of shelling the plant.",
])
def test_a_habit_is_no_event(pipeline, text):
    assert coded(pipeline, text) == (), [(e.code, e.rule) for e in coded(pipeline, text)]


@pytest.mark.parametrize("text", [
    "Israeli forces detained Palestinian activists on Monday.",
    "Russia accuses Ukraine of shelling the plant.",  # the news present: no adverb of frequency
    "Russia has often accused Ukraine of shelling the plant.",  # a perfect: what has been done
])
def test_a_present_or_perfect_without_a_habit_is_an_event(pipeline, text):
    assert coded(pipeline, text), text
