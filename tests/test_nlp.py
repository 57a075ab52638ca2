"""The spaCy pipeline as eventwire loads it (nlp.py): a semicolon ends a clause that is a sentence; a
colon that labels a name ends nothing."""
from __future__ import annotations

import pytest

from eventwire import code_article


def test_a_semicolon_starts_a_sentence(nlp):
    doc = nlp("Israeli drone strike on a car in Bint Jbeil; 2 Hezbollah members reported killed")
    assert [s.text for s in doc.sents] == ["Israeli drone strike on a car in Bint Jbeil;",
                                            "2 Hezbollah members reported killed"]


def test_no_boundary_without_a_semicolon(nlp):
    doc = nlp("Russia said on Monday that it had shot down 20 drones over Belgorod.")
    assert len(list(doc.sents)) == 1


def test_a_conflict_note_with_two_clauses_codes_the_first(pipeline):
    coded = code_article("Armed clashes between Arakan Army and Myanmar military around Buthidaung, Rakhine state; "
                         "heavy artillery used", "2024-05-02", pipeline=pipeline)
    assert [(e.code, e.source.code, e.target.code) for e in coded.events] == [("190", "MMRREB", "MMRMIL")]


@pytest.mark.parametrize("text", [
    "On 24 August 2024, JNIM: Group for Support of Islam and Muslims militants attacked soldiers near Barsalogho",
    # a full name with an apostrophe or a hyphen is still a name
    "On 2 March 2023, JNIM: Jama'at Nusrat al-Islam wal-Muslimin ambushed a convoy near Dori",
])
def test_a_colon_labelling_a_name_ends_no_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_a_colon_before_lower_case_words_is_left_to_the_parser(nlp):
    from eventwire.nlp import _label
    doc = nlp("Police said: the march was banned. JNIM: Group for Support")
    assert not _label(doc[0], doc[1]) and not _label(doc[1], doc[3]) and _label(doc[8], doc[10])

