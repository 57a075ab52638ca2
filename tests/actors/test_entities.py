"""Named actors the tables do not know are kept with their name, uncoded."""
from __future__ import annotations

import pytest

from eventwire import code_article
from eventwire.actors.entities import entity_actor


def test_unknown_person_is_kept_uncoded(nlp):
    doc = nlp("Maria Delacroix-Okafor criticised the Venezuelan government on Monday.")
    head = next(t for t in doc if t.dep_ == "nsubj")
    a = entity_actor(head, offset=10)
    assert a is not None and a.code == "" and a.kind == "person" and a.rule == "entity:person"
    assert a.name == "Maria Delacroix-Okafor" and (a.start, a.end) == (10, 10 + len(a.text))


def test_a_name_the_recogniser_cut_short_runs_to_its_head(nlp):
    # the recogniser marks "Marine Le" a PERSON; the parser makes "Pen" the name's head
    doc = nlp("The French court found Marine Le Pen guilty of embezzlement.")
    head = next(t for t in doc if t.text == "Pen")
    assert not head.ent_type_ and doc[head.i - 1].ent_type_ == "PERSON"  # the recogniser's mistake, as found
    a = entity_actor(head)
    assert a is not None and a.name == "Marine Le Pen" and a.kind == "person"


def test_common_nouns_are_not_entities(nlp):
    doc = nlp("The villagers criticised the plan.")
    assert all(entity_actor(t) is None for t in doc)


def test_entity_takes_part_only_beside_a_political_actor(pipeline):
    coded = code_article("Maria Delacroix-Okafor criticised the Venezuelan government on Monday.", "2021-03-01",
                         pipeline=pipeline)
    assert any(e.root == "11" and e.source.code == "" and e.target.code.startswith("VEN") for e in coded.events), \
        [(e.code, e.source, e.target) for e in coded.events]
    coded = code_article("Maria Delacroix-Okafor criticised Jonas Whitfield-Barr on Monday.", "2021-03-01",
                         pipeline=pipeline)
    assert coded.events == ()  # two names the tables do not know make no political event


def test_apposition_says_who_a_name_is(pipeline):
    coded = code_article("Tomasz Wierzbicki-Lund, the United Nations envoy, criticised the Venezuelan government.",
                         "2021-03-01", pipeline=pipeline)
    src = [e.source for e in coded.events if e.root == "11"]
    assert src and src[0].code.startswith("IGOUNO") and src[0].name.startswith("Tomasz"), src


@pytest.mark.parametrize("text, name", [
    ("Amhara Fano groups attacked an Ethiopian army convoy in North Gondar.", "Amhara Fano"),
    ("Members of the FNDC coalition marched in Conakry against Guinean President Alpha Conde.", "FNDC"),
    ("The FNDC reached an agreement with the Guinean government.", "FNDC"),  # a proper-noun acronym alone
    ("Members of Barrio 18 shot and killed a bus driver in Tegucigalpa.", "Barrio 18"),  # members of a body named
])
def test_a_body_the_tables_lack_is_named_by_its_proper_name(pipeline, text, name):
    coded = code_article(text, "2021-03-05", pipeline=pipeline)
    sources = [e.source for e in coded.events if e.source is not None]
    assert sources and sources[0].name == name and sources[0].code == "" and sources[0].rule == "entity:group", \
        [(e.code, e.source, e.target) for e in coded.events]


@pytest.mark.parametrize("text", [
    "Members of the committee met in Nairobi.",  # no proper name: no body named
    "The NBA suspended the match.",  # an uncoded body needs a political party on the other side
    "Members of Barrio 18 praised a bus driver in Tegucigalpa.",  # only violence makes an unknown body armed
    "Members of Kenya's delegation met in Nairobi.",  # a country is no body of members
])
def test_no_named_body_from_common_words_or_alone(pipeline, text):
    coded = code_article(text, "2021-03-05", pipeline=pipeline)
    assert not [e for e in coded.events if e.source is not None and e.source.rule == "entity:group"], coded.events


@pytest.mark.parametrize("text, name", [
    ("The country's largest labour federation, the CGT, staged a general strike against the government of Argentina.", "CGT"),
    ("The country's biggest association of retailers, the CAME, staged a protest against the government of Argentina.", "CAME"),
])
def test_a_body_named_in_apposition_is_that_name(pipeline, text, name):
    coded = code_article(text, "2024-05-09", pipeline=pipeline)
    sources = [e.source for e in coded.events if e.source is not None]
    assert sources and sources[0].name == name, [(e.code, e.source, e.target) for e in coded.events]


def test_no_body_named_by_the_apposition_of_a_force(pipeline):
    # a force is no body of members: "the peacekeeping force in Lebanon (UNIFIL)" keeps its place's country
    coded = code_article("The Security Council agreed to extend the mandate of the peacekeeping force in Lebanon, UNIFIL.",
                         "2024-05-09", pipeline=pipeline)
    assert not [e for e in coded.events for a in (e.source, e.target) if a is not None and a.name == "UNIFIL"], coded.events


@pytest.mark.parametrize("text, code", [
    # a department named as a government's is that government's, whose state the article gives
    ("South Africa hailed the ruling by the International Court of Justice.\n\nIn a statement, the Department of International Relations and Cooperation "
     "described the ruling as a victory.", "ZAFGOV"),
    ("Kenya's president spoke on Monday.\n\nThe Department of Immigration Services condemned the attack.", "KENGOV"),
])
def test_a_department_of_a_government_is_its_government(pipeline, text, code):
    coded = code_article(text, "2024-01-26", pipeline=pipeline)
    assert [e.source.code for e in coded.events if "department" in e.source.rule] == [code], \
        [(e.code, e.source.code, e.source.rule) for e in coded.events]


def test_a_department_that_is_no_government_body_is_none(pipeline):
    coded = code_article("Shoppers filled the Harrods department store in London.", "2024-01-26", pipeline=pipeline)
    assert not [e for e in coded.events if e.source is not None and "department" in e.source.rule], coded.events


# -- a known person the parser buried in another's phrase ---------------------------------------

BURIED = ("United States President Donald Trump and North Korean leader Kim Jong Un signed a joint statement "
          "on Tuesday. Mr Kim met Mr Lee at the Istana that evening.")


def test_a_person_buried_in_anothers_phrase_is_remembered_by_name(nlp):
    # the parser makes the whole subject one phrase headed by "Un", coded as Trump
    doc = nlp(BURIED.split(". ")[0] + ".")
    assert next(t for t in doc if t.dep_ == "nsubj").text == "Un"  # the misparse, as found
    events = code_article(BURIED, "2018-06-12").events
    met = [e for e in events if e.cue == "verb:meet"]
    assert [(e.source.code, e.source.name, e.source.rule) for e in met] == [("PRKGOV", "Kim Jong Un", "coref:surname")]


def test_a_buried_person_is_no_party_and_no_referent_of_he(nlp):
    # remembered by name only: "he" is still the person the text coded, and the sentence's events are as before
    text = BURIED.split(". ")[0] + ". He later met Mr Lee at the Istana."
    events = code_article(text, "2018-06-12").events
    assert all(e.source is None or e.source.name != "Kim Jong Un" for e in events)


def test_a_person_coded_as_named_is_not_recoded(nlp):
    # the apposition's name heads its own phrase: the article's own coding ("opposition leader") stands
    text = ("Argentina recognised Venezuelan opposition leader Juan Guaidó as interim president. "
            "Guaidó thanked Argentina.")
    events = code_article(text, "2019-01-24").events
    thanked = [e for e in events if e.cue == "verb:thank"]
    assert thanked and thanked[0].source.code == "VENOPP"


def test_an_office_the_parser_made_the_names_head_codes_the_name(nlp):
    # "by Getachew Reda, spokesman for the TPLF": the parser hangs "by" on "spokesman"; the office after the
    # comma still says whom the named person speaks for, and a later "Getachew" is that person
    text = ("The agreement was signed by Redwan Hussien, national security adviser to Prime Minister Abiy Ahmed, on "
            "behalf of the government, and by Getachew Reda, spokesman for the Tigray People's Liberation Front "
            "(TPLF), which controls most of the region. "
            "\"We have made painful concessions,\" Getachew said.")
    doc = nlp(text)
    reda = next(t for t in doc if t.text == "Reda")
    assert reda.head.head.text == "spokesman"  # the misparse, as found
    coded = code_article(text, "2022-11-02")
    assert [(q.speaker.code, q.speaker.name) for q in coded.quotes] == [("ETHREB", "Getachew Reda")]


def test_a_name_before_another_clause_takes_no_office_from_it(nlp):
    # "Reda, speaking to reporters": no office after the comma, the name stays uncoded
    coded = code_article("The statement was read by Getachew Reda, who later criticised the Ethiopian army.", "2022-11-02")
    assert all(not (e.source and e.source.name == "Getachew Reda" and e.source.code) for e in coded.events)
