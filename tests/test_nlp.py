"""The spaCy pipeline as eventwire loads it (nlp.py): a semicolon ends a clause that is a sentence."""
from __future__ import annotations

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
