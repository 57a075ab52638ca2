"""Verb lemmas repaired from the coder's own verb lists (eventwire.events.lemmas)."""
from __future__ import annotations

import pytest

from eventwire.events.lemmas import readings, repair_lemmas


@pytest.mark.parametrize("form, expected", [
    ("raped", ["rape", "rap"]),
    ("shelled", ["shelle", "shell", "shel"]),  # doubled consonant: either
    ("enrolled", ["enrolle", "enroll", "enrol"]),
    ("readied", ["ready", "readie", "readi"]),
    ("staging", ["stage", "stag"]),
    ("fines", ["fine", "fin"]),
    ("go", []),  # no inflection: no readings
])
def test_readings_of_an_inflected_form(form, expected):
    assert list(readings(form)) == expected


@pytest.mark.parametrize("text, i, lemma", [
    ("Soldiers raped 12 women.", 1, "rape"),
    ("Protesters staged a rally.", 1, "stage"),
    ("The court fined the company.", 2, "fine"),
])
def test_a_known_reading_replaces_the_models_lemma(nlp, text, i, lemma):
    doc = nlp(text)
    repair_lemmas(doc, frozenset({"rape", "stage", "fine"}))
    assert doc[i].lemma_ == lemma


def test_a_lemma_the_coder_knows_is_kept(nlp):
    doc = nlp("Soldiers raped 12 women.")
    before = doc[1].lemma_
    repair_lemmas(doc, frozenset({before, "rape"}))  # the model's own reading is known: left alone
    assert doc[1].lemma_ == before


def test_nothing_changes_where_no_reading_is_known(nlp):
    doc = nlp("The band rapped and danced.")
    lemmas = [t.lemma_ for t in doc]
    repair_lemmas(doc, frozenset({"attack"}))
    assert [t.lemma_ for t in doc] == lemmas


@pytest.mark.parametrize("text, code", [
    ("Sudanese soldiers raped 12 women in Darfur.", "1821"),  # the model reads "rap"
    ("Students staged a sit-in outside parliament in Nairobi.", "14"),  # and "stag"
])
def test_events_whose_verb_the_model_lemmatizes_wrongly_are_found(pipeline, text, code):
    from eventwire import code_article

    coded = code_article(text, "2021-01-01", pipeline=pipeline)
    assert [e for e in coded.events if e.code.startswith(code)], [(e.code, e.cue) for e in coded.events]


def test_a_plural_noun_tagged_a_verb_is_a_noun_where_its_parse_makes_it_one(pipeline):
    from eventwire.events.lemmas import repair_plural_nouns

    doc = pipeline.nlp("US airstrikes targeted Houthi positions in Saada province")
    repair_plural_nouns(doc)
    assert (doc[1].pos_, doc[1].tag_) == ("NOUN", "NNS")
    doc = pipeline.nlp("The president attacks the government over corruption.")
    repair_plural_nouns(doc)
    assert doc[2].pos_ == "VERB"  # a verb with its subject and object stays one


def test_a_record_led_by_a_plural_noun_is_coded(pipeline):
    from eventwire import code_article

    coded = code_article("US airstrikes targeted Houthi positions in Saada province", None, pipeline=pipeline)
    assert [(e.source.code, e.root) for e in coded.events] == [("USA", "19")], coded.events


def test_a_capitalised_plural_is_looked_up_as_its_singular(pipeline):
    from eventwire.events.syntax import noun_lemma
    doc = pipeline.nlp("The United States sent 4,000 Marines to the region.")
    marines = next(t for t in doc if t.text == "Marines")
    assert noun_lemma(marines) == "marine" or marines.lemma_.lower() == "marine"
