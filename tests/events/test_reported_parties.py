"""Whom a clause's parties are, as its reporting clause and its nouns say (events/extract.py): "they"
reported by a plural subject is that subject; the of-phrase of an act of violence is whom it was done
to; no one answers an act of their own side."""
from __future__ import annotations

from eventwire import code_article


def triples(pipeline, text, pub="2025-09-08"):
    coded = code_article(text, pub, pipeline=pipeline)
    assert coded.ok, coded.errors
    return [(e.code, e.source.code if e.source else None, e.target.code if e.target else None) for e in coded.events]


EMBASSIES = ("In a joint statement, the embassies of Australia, Finland and Norway urged all sides to exercise "
             "maximum restraint in Nepal.\n\n")


def test_they_reported_by_a_plural_subject_the_tables_lack_is_that_subject(pipeline):
    # "protest organisers said they would continue": the organisers, not the embassies named before
    found = triples(pipeline, EMBASSIES + "Protest organisers said they would continue their demonstrations on Tuesday.")
    assert not [t for t in found if t[0].startswith("13")], found
    assert not [t for t in found if t[1] in ("AUSGOV", "FINGOV", "NORGOV") and not t[0].startswith("02")], found


def test_they_reported_by_a_coded_plural_subject_is_that_subject(pipeline):
    found = triples(pipeline, EMBASSIES + "Kenyan opposition leaders said they would continue their demonstrations.")
    assert [t for t in found if t[0].startswith("13") and t[1] == "KENOPP"], found


def test_the_of_phrase_of_an_act_of_violence_is_whom_it_was_done_to(pipeline):
    text = ("Sudanese journalist Ahmed Musa was found dead in Khartoum.\n\n"
            "The murder of Ahmed Musa shows that an unjust regime of terror is at work in Sudan.")
    murder = [t for t in triples(pipeline, text) if t[0].startswith("18")]
    # the journalist is the victim, never the doer; the doer is not named
    assert murder and all(t[1] is None and t[2] is not None and t[2].startswith("SDN") for t in murder), murder


def test_a_doer_in_a_by_phrase_stays_the_doer(pipeline):
    text = "The abduction of 20 students by Boko Haram militants took place in Kaduna."
    found = [t for t in triples(pipeline, text) if t[0].startswith("18")]
    assert found and found[0][1].startswith("NGA"), found


def test_no_one_answers_their_own_sides_act(pipeline):
    text = ("Israel's prime minister called the genocide charge 'outrageous'.\n\n"
            "In Jerusalem, Israeli Prime Minister Benjamin Netanyahu rejected the genocide allegation.")
    found = triples(pipeline, text)
    assert not [t for t in found if t[1] == "ISRGOV" and t[2] == "ISRGOV"], found


def test_an_answer_to_another_sides_act_keeps_its_target(pipeline):
    text = ("South Africa accused Israel of genocide at the court.\n\n"
            "Israeli Prime Minister Benjamin Netanyahu rejected the allegation.")
    found = [t for t in triples(pipeline, text) if t[1] == "ISRGOV" and t[0][:2] in ("01", "11", "12")]
    assert found and found[0][2] == "ZAF", triples(pipeline, text)


def test_an_act_noun_carried_out_in_the_passive_is_done_to_whom_it_is_of(pipeline):
    found = triples(pipeline, "The arrest of opposition leader Kizza Besigye was carried out by Ugandan police.")
    assert found == [("173", "UGACOP", "UGAOPP")], found


def test_an_act_noun_of_a_thing_carried_out_in_the_passive_keeps_its_own_target(pipeline):
    found = triples(pipeline, "The suspension of talks with Iran was announced by the European Union.")
    assert found and found[0][1:] == ("IGOEUREEC", "IRN"), found
