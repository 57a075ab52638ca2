"""Judging by predication (events/judgement.py): "called the arrest cruel", "described the talks as
constructive". The predicate's polarity (data/evaluative.tsv) makes a criticism (111) or a praise
(051) of the object; a predicate that judges nothing is no event."""
from __future__ import annotations

import pytest

from eventwire import code_article
from eventwire.events.judgement import POLARITY_CODES, evaluations, judging_verbs


def judged(pipeline, text):
    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert coded.ok, coded.errors
    return [(e.code, e.source.code if e.source else None, e.target.code if e.target else None, e.cue)
            for e in coded.events if e.rule.startswith("judgement")]


@pytest.mark.parametrize("text, code, source, target", [
    ("The Chinese foreign ministry described the Japanese report as baseless.", "111", "CHNGOV", "JPN"),
    ("Kenyan opposition leaders on Monday called President Ruto a dictator.", "111", "KENOPP", "KENGOV"),
    ("Russia branded the Ukrainian government a puppet regime.", "111", "RUS", "UKRGOV"),
    ("President Macron called the German chancellor a true friend of France.", "051", "FRAGOV", "DEUGOV"),
    ("The Indian government described the Japanese offer as constructive.", "051", "INDGOV", "JPN"),
    ("The Iranian foreign minister called the US sanctions not legitimate.", "111", "IRNGOV", "USA"),
    ("The Iranian foreign minister described the US sanctions as stupid.", "111", "IRNGOV", "USA"),
    ("Kenyan opposition leaders called President Ruto a fool.", "111", "KENOPP", "KENGOV"),
    # the parser hangs the predicate on the object as its apposition
    ("US President Donald Trump on Tuesday called Britain's ambassador to the United States a very stupid guy.", "111", "USAGOV",
     "GBRGOV"),
    # a listed phrase that runs on after its head; "as" hung on the object
    ("The Chinese foreign ministry called the Japanese report \"a stab in the back\" of Asia.", "111", "CHNGOV", "JPN"),
    ("The Chinese foreign ministry described the Japanese report as \"a declaration of war\".", "111", "CHNGOV", "JPN"),
])
def test_an_evaluative_predicate_judges_the_object(pipeline, text, code, source, target):
    got = judged(pipeline, text)
    assert got and got[0][:3] == (code, source, target), got


def test_the_object_of_a_judged_act_is_whoever_did_it(pipeline):
    text = ("Police arrested the deacon on Monday in Phoenix. "
            "The pastor called the arrest \"cruel and unnecessary\".")
    got = judged(pipeline, text)
    assert got and got[0][0] == "111" and got[0][2] is not None and got[0][2].endswith("COP"), got
    assert got[0][3] == "judgement:call>cruel"


@pytest.mark.parametrize("text", [
    "The Mozambican electoral commission declared Daniel Chapo the winner.",  # a predicate that judges nothing
    "A Pentagon official described the US deployment as defensive.",
    "A Pentagon official described the US announcement as a declaration of intent.",  # no listed phrase
    "The Egyptian foreign minister called his Saudi counterpart on Monday.",  # a telephone call, no predicate
    "President Abbas welcomed the Norwegian decision, calling it an important step.",  # the welcome is the event
    "The Russian plan was called a farce.",  # passive: no judge named
])
def test_no_judgement_without_an_evaluative_predicate_of_its_own(pipeline, text):
    assert not judged(pipeline, text)


def test_an_adjective_after_the_object_is_its_predicate(pipeline):
    # the parser hangs "unprecedented and illegal" on "the decision" as a modifier after it
    got = judged(pipeline, "Kremlin spokesman Dmitry Peskov called the Lithuanian decision unprecedented and illegal.")
    assert got and got[0][:3] == ("111", "RUSGOV", "LTU") and got[0][3] == "judgement:call>illegal", got


def test_a_noun_after_the_object_the_parser_made_its_object_is_the_predicate(pipeline):
    # "a violation" hung on "move" as its own object
    got = judged(pipeline, "Sandu called Russia's move a violation of Moldova's sovereignty.")
    assert got and got[0][:3] == ("111", "MDAGOV", "RUS") and got[0][3] == "judgement:call>violation", got


@pytest.mark.parametrize("text, code, target", [
    ("The State Department said the Zambian government's actions were unacceptable.", "111", "ZMB"),
    ("Vucic told reporters that the Bosnian court's ruling was a shameful verdict.", "111", "BIH"),
    ("The Indian minister said the Japanese offer was constructive.", "051", "JPN"),
])
def test_what_a_speaker_says_a_named_act_is_judges_it(pipeline, text, code, target):
    got = judged(pipeline, text)
    assert got and got[0][0] == code and got[0][2] is not None and got[0][2].startswith(target), got


@pytest.mark.parametrize("text", [
    "The Serbian president said it was a shameful verdict.",  # what "it" is, the clause does not say
    "The Serbian president said the situation was terrible.",  # no party judged
    "The Serbian president said the Bosnian ruling was final.",  # not evaluative
    "The Serbian president said the Bosnian ruling was not a crime.",  # a criticism negated: nothing
    "The Afghan government said Taliban militants were responsible for the attack.",  # the culpable frame's
])
def test_no_stated_judgement_of_no_one_or_of_nothing_evaluative(pipeline, text):
    assert not [g for g in judged(pipeline, text) if g[3].startswith("judgement:say")], judged(pipeline, text)


def test_the_tables_are_valid():
    assert judging_verbs()["describe"] == frozenset({"as"})
    table = evaluations()
    assert set(table.values()) == set(POLARITY_CODES)
    assert table["baseless"] == "neg" and table["milestone"] == "pos"
    assert all(w == w.lower() and w.split()[0] not in ("a", "an", "the") for w in table)


def test_what_critics_say_someone_did_accuses_him(pipeline):
    coded = code_article("Kremlin critics say Russian President Vladimir Putin has given him free rein.",
                         "2021-03-05", pipeline=pipeline)
    found = [(e.code, e.source.code, e.target.code) for e in coded.events]
    assert found == [("112", "RUSOPP", "RUSGOV")], found  # the Kremlin's critics, not the Kremlin


def test_a_named_persons_critics_are_his_opposition_and_he_is_him(pipeline):
    coded = code_article("Mr Erdogan's critics say he has used the failed uprising to stifle a free press.",
                         "2017-07-15", pipeline=pipeline)
    found = [(e.code, e.source.code, e.target.code, e.target.name) for e in coded.events]
    assert found == [("112", "TUROPP", "TURGOV", "Recep Tayyip Erdogan")], found


@pytest.mark.parametrize("text", [
    "Critics say the plan is unworkable.",  # what is, not what someone did
    "Supporters say Putin has given the region stability.",  # not critics
])
def test_no_accusation_in_what_critics_say_is_or_others_say(pipeline, text):
    coded = code_article(text, "2021-03-05", pipeline=pipeline)
    assert not [e for e in coded.events if e.code == "112"], [(e.code, e.rule) for e in coded.events]


def test_a_predicate_hung_on_the_object_is_no_part_of_its_mention(pipeline):
    text = "US President Donald Trump on Tuesday called Britain's ambassador to the United States a very stupid guy."
    coded = code_article(text, "2019-07-09", pipeline=pipeline)
    assert [e.target.text for e in coded.events] == ["Britain's ambassador"], coded.events
    # a true apposition, set off by commas, names the object ("the ambassador, Kim Darroch,")
    coded = code_article("Britain's ambassador, Sir Kim Darroch, met the president.", "2019-07-09", pipeline=pipeline)
    assert any("Kim Darroch" in (a.text or "") or a.name == "Kim Darroch" for a in coded.actors), coded.actors
