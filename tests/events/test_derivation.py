"""Nouns that name the act of a known verb (events/derivation.py)."""
import pytest

from eventwire.events.derivation import verbs_of

KNOWN = {"seize", "evict", "detain", "expel", "invade", "declare", "condemn", "withdraw", "refuse",
         "deploy", "shoot", "rule", "stab", "execute", "shell", "state", "suspend", "extend"}


@pytest.mark.parametrize("noun, verb", [
    ("seizure", "seize"), ("eviction", "evict"), ("detention", "detain"), ("expulsion", "expel"),
    ("invasion", "invade"), ("declaration", "declare"), ("condemnation", "condemn"),
    ("withdrawal", "withdraw"), ("refusal", "refuse"), ("deployment", "deploy"), ("shooting", "shoot"),
    ("ruling", "rule"), ("stabbing", "stab"), ("execution", "execute"), ("shelling", "shell"),
    ("Seizure", "seize"), ("statement", "state"), ("suspension", "suspend"), ("extension", "extend"),
])
def test_a_noun_of_an_act_gives_its_verb(noun, verb):
    assert verb in verbs_of(noun, KNOWN)


@pytest.mark.parametrize("noun", ["figures", "idea", "nation", "sing", "ring", "raid", "seize"])
def test_a_noun_no_known_verb_forms_gives_none(noun):
    assert verbs_of(noun, KNOWN) == []  # a noun spelt as its verb ("raid") is the noun lexicon's to know


def test_only_known_verbs_count():
    assert verbs_of("seizure", {"seizur"}) == [] and verbs_of("seizure", set()) == []
