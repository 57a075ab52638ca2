"""Quotation spans and speaker tokens, on hand-built paragraphs."""
from __future__ import annotations

import pytest

from eventwire.quotes import find_quotes, quote_spans


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We will not back down from this fight," the minister said.', ["We will not back down from this fight,"]),
        ("\u201cTalks were useful and frank,\u201d she said.", ["Talks were useful and frank,"]),
        ('He called the plan "dead on arrival" and left.', ["dead on arrival"]),
        ('The so-called "deal" collapsed.', []),  # scare quotes: too short
        ("No quotation here at all.", []),
        ('"This paragraph opens a quote that runs on to the end', ["This paragraph opens a quote that runs on to the end"]),
    ],
)
def test_quote_spans(text, expected):
    spans = quote_spans(text)
    assert [t for _, _, t in spans] == expected
    for s, e, t in spans:
        assert text[s:e] == t


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"We will respond to any attack on our soldiers," Putin said.', "Putin"),
        ('The minister said: "Our patience has run out with them."', "minister"),
        ('"Sanctions will not change our course at all," he told reporters.', "he"),
        ('"Nobody has claimed responsibility for the attack yet."', None),
    ],
)
def test_speaker(nlp, text, speaker):
    quotes = find_quotes(nlp(text))
    assert len(quotes) == 1
    got = quotes[0].speaker.text if quotes[0].speaker is not None else None
    assert got == speaker


def test_a_speaker_without_a_country_takes_the_articles(pipeline):
    from eventwire import code_article

    text = ("Ugandan police raided the headquarters of the opposition party in Kampala on Tuesday. "
            "The Ugandan government defended the raid.\n\n"
            '"We shall not allow anybody to cause chaos," the police spokesman said.')
    coded = code_article(text, "2025-06-12", pipeline=pipeline)
    speakers = [(q.speaker.country, q.speaker.rule) for q in coded.quotes if q.speaker is not None]
    assert len(speakers) == 1 and speakers[0][0] == "UGA" and "article-country" in speakers[0][1], speakers


def test_he_after_a_quote_is_the_person_the_paragraph_named_before_it(pipeline):
    from eventwire import code_article

    text = ("Serbian President Aleksandar Vucic denied any role in the attack on Sunday.\n\n"
            "Prime Minister Albin Kurti accused Serbia of being behind it. \"Organised crime, supported by "
            "official Belgrade, is attacking our state,\" he told a press conference in Pristina.\n")
    coded = code_article(text, "2023-09-25", pipeline=pipeline)
    said = [q for q in coded.quotes if q.text.startswith("Organised crime")]
    assert said and said[0].speaker is not None and said[0].speaker.name == "Albin Kurti", coded.quotes


def test_a_quote_opening_its_paragraph_is_the_previous_speakers(pipeline):
    from eventwire import code_article

    text = ("\"We will not back down,\" Prime Minister Albin Kurti told reporters on Monday.\n\n"
            "\"The state will defend every citizen.\"\n")
    coded = code_article(text, "2023-09-25", pipeline=pipeline)
    assert [q.speaker.name if q.speaker else None for q in coded.quotes] == ["Albin Kurti", "Albin Kurti"], coded.quotes


def test_a_name_in_apposition_to_an_office_holds_it(pipeline):
    from eventwire import code_article

    text = "The US special envoy, Tom Perriello, welcomed the move. \"This is a positive step,\" he said."
    coded = code_article(text, "2024-08-16", pipeline=pipeline)
    assert [(q.speaker.code, q.speaker.name) for q in coded.quotes if q.speaker] == [("USAGOV", "Tom Perriello")], \
        coded.quotes
    # a name the parser hangs on a state ("the envoy for Sudan, Tom Perriello") is not the state
    coded = code_article("Officials in Sudan, Tom Perriello and others, welcomed the move.", "2024-08-16",
                         pipeline=pipeline)
    assert not any(a.name == "Tom Perriello" and a.code == "SDN" for a in coded.actors), coded.actors


def test_a_speaker_named_in_apposition_to_a_role_is_named(pipeline):
    from eventwire import code_article

    text = ("\"The detainees must be released at once,\" said the rights group's country director, Amina Yusuf.\n\n"
            "\"We will keep documenting every arrest,\" said the mission's spokesman.\n")
    coded = code_article(text, "2024-08-16", pipeline=pipeline)
    assert [q.speaker_text for q in coded.quotes] == ["Amina Yusuf", "spokesman"], coded.quotes


def test_a_speaker_in_a_story_of_two_states_is_of_the_state_of_their_paragraph(pipeline):
    from eventwire import code_article
    text = ("Spain recalled its ambassador from Argentina on Tuesday after Spanish ministers protested.\n\n"
            "Argentina rejected the decision. \"There will be no apology,\" a presidential spokesman said on Wednesday.\n")
    coded = code_article(text, "2024-05-21", pipeline=pipeline)
    assert [(q.speaker.code, q.speaker.rule) for q in coded.quotes if q.speaker] == [("ARGGOV", "role+recent-country")]
    # a paragraph that names no state gives no speaker a state
    alone = code_article("\"There will be no apology,\" a presidential spokesman said on Wednesday.\n", "2024-05-21",
                         pipeline=pipeline)
    assert [q.speaker.code for q in alone.quotes if q.speaker] == ["GOV"]


def test_a_document_quoted_speaks_for_whoever_issued_it(pipeline):
    from eventwire import code_article

    text = ("Pakistan's Foreign Office said in a statement on Thursday that it had struck militant hideouts.\n\n"
            '"Pakistan fully respects the sovereignty of Iran," the statement said.')
    coded = code_article(text, "2024-01-18", pipeline=pipeline)
    said = [q for q in coded.quotes if q.text.startswith("Pakistan fully")]
    assert said and said[0].speaker is not None and said[0].speaker.code == "PAKGOV", coded.quotes
    assert "Foreign Office" in said[0].speaker_text, said[0]


def test_a_document_no_one_was_told_to_issue_has_no_speaker(pipeline):
    from eventwire import code_article

    coded = code_article('"Pakistan fully respects the sovereignty of Iran," the statement said.', "2024-01-18",
                         pipeline=pipeline)
    assert [q.speaker for q in coded.quotes] == [None], coded.quotes


def test_a_quotation_is_said_by_the_speaker_of_its_own_sentence(nlp):
    doc = nlp("Saudi Arabia's Ministry of Foreign Affairs said the Kingdom \"condemns in the strongest terms the "
              "brutal Israeli aggression.\" It warned of the serious consequences of the attack.")
    found = find_quotes(doc)
    assert [q.speaker.text for q in found] == ["Ministry"], [(q.text, q.speaker) for q in found]


@pytest.mark.parametrize("text, speaker", [
    ('Foreign Ministry spokeswoman Maria Zakharova urged foreign politicians to "respect international law and '
     'order" on Monday. Lavrov said nothing.', "Zakharova"),  # a verb of no saying holds the quotation
    ("Foreign Minister Gideon Sa'ar called it \"a dark moment for the court\" on Thursday, and Lavrov said so too.",
     "Sa'ar"),
    ('The chamber said it had found that the two men bore responsibility for "the war crime of starvation" in Gaza.',
     "chamber"),  # the speech verb above a reported clause, not the clause's own subject
])
def test_a_quotation_inside_a_clause_is_its_subjects(nlp, text, speaker):
    found = find_quotes(nlp(text))
    assert [q.speaker.text for q in found] == [speaker] and found[0].rule == "governing-verb-subject", \
        [(q.text, q.speaker, q.rule) for q in found]


def test_he_in_a_quoting_clause_is_the_person_its_sentence_names_first(nlp):
    doc = nlp('Kenyan President William Ruto congratulated the two parties on what he called "a historic step for '
              'the continent".')
    assert [q.speaker.text for q in find_quotes(doc)] == ["Ruto"]


def test_he_with_no_name_before_it_in_the_sentence_stays_a_pronoun(nlp):
    doc = nlp('The talks ended on Friday, and he called them "a historic step for the continent".')
    assert [q.speaker.text for q in find_quotes(doc)] == ["he"]
