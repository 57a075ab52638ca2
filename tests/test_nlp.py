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



@pytest.mark.parametrize("text, sources", [
    # the parser hangs "the United Arab Emirates" on "Saudi Arabia" as its apposition, the rest of the
    # list on either: each state is a party of its own
    ("Saudi Arabia, the United Arab Emirates, Kuwait and Oman imposed sanctions on Yemen.",
     ["SAU", "ARE", "KWT", "OMN"]),
    ("Kenya, the Democratic Republic of Congo, Burundi and Uganda deployed troops to Goma.",
     ["KEN", "COD", "BDI", "UGA"]),
])
def test_a_list_of_states_is_no_apposition(pipeline, text, sources):
    coded = code_article(text, "2023-05-02", pipeline=pipeline)
    assert [e.source.code for e in coded.events] == sources


@pytest.mark.parametrize("text", [
    "Kabul, the capital, was quiet on Monday.",
    "The talks in Doha, Qatar, ended on Monday.",
    "Abuja, Nigeria, hosted the summit of West African leaders.",
])
def test_a_place_and_its_apposition_stay_one(nlp, text):
    doc = nlp(text)
    assert not [t for t in doc if t.dep_ == "conj"], [(t.text, t.dep_) for t in doc]


def test_a_fronted_participle_clause_is_no_subject(pipeline, nlp):
    text = "Seeking to ease tensions along their disputed Himalayan frontier, India and China agreed on Tuesday to hold talks."
    doc = nlp(text)
    agreed = next(t for t in doc if t.text == "agreed")
    assert [c.text for c in agreed.children if c.dep_ == "nsubj"] == ["India"], [(t.text, t.dep_, t.head.i) for t in doc]
    assert doc[0].dep_ == "advcl"
    coded = code_article(text, "2021-01-12", pipeline=pipeline)
    assert any(e.root == "03" and {e.source.code, e.target.code} == {"IND", "CHN"} for e in coded.events), coded.events


@pytest.mark.parametrize("text", [
    "Seeking peace with Russia is the only way forward, the minister said.",  # a gerund subject: no comma
    "Visiting the capital, the minister met President Ruto.",  # a subject of its own already
    "Seeking to ease tensions in Nairobi, Kenya, the president met the opposition.",  # the verb has its subject
])
def test_a_gerund_subject_or_a_clause_before_a_subject_stays_as_parsed(nlp, text):
    from eventwire.nlp import FRONTED_CLAUSE
    with nlp.select_pipes(disable=[FRONTED_CLAUSE]):
        plain = [(t.dep_, t.head.i) for t in nlp(text)]
    assert [(t.dep_, t.head.i) for t in nlp(text)] == plain
