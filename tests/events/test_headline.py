"""Present-tense headlines parsed again with their verb in the past tense (events/headline.py)."""
from __future__ import annotations

import pytest

from eventwire import code_article
from eventwire.events.headline import past_tense, verb_forms, verb_reading, verbless


@pytest.fixture(scope="module")
def headlines(pipeline):
    return pipeline.headlines


@pytest.mark.parametrize("lemma, past", [
    ("arrest", "arrested"), ("seize", "seized"), ("deny", "denied"), ("ban", "banned"),
    ("shoot", "shot"), ("take", "took"), ("strike", "struck"), ("play", "played"),
])
def test_past_tense_from_the_models_own_forms(pipeline, lemma, past):
    irregular, doubling = verb_forms(pipeline.nlp)
    assert past_tense(lemma, irregular, doubling) == past


def test_verb_readings_are_only_known_verbs(pipeline):
    doc = pipeline.nlp("Police arrests denies missiles")
    known = {"arrest", "deny"}
    assert [verb_reading(t, known) for t in doc] == [None, "arrest", "deny", None]


@pytest.mark.parametrize("text, verb", [
    ("Uganda police arrest Bobi Wine ahead of Kampala rally", "arrest"),
    ("Houthis fire missiles at US destroyer in Red Sea", "fire"),
    ("Thousands march in Nairobi against tax hikes", "march"),
    ("Police Arrest Opposition Leader In Kampala", "Arrest"),  # title case: the verb is parsed in lower case
])
def test_a_verbless_headline_gets_its_verb_and_keeps_its_words(pipeline, headlines, text, verb):
    doc = pipeline.nlp(text)
    assert verbless(doc[:])
    out = headlines(doc)
    assert out.text == text and [t.text for t in out] == [t.text for t in doc]
    tok = next(t for t in out if t.text == verb)
    assert tok.pos_ == "VERB" and tok.lemma_ == verb.lower() and tok.dep_ == "ROOT"


def test_a_present_tense_read_again_as_a_modifier_is_parsed_with_the_stand_in(pipeline, headlines):
    # "Kenya's Ruto hosted Ethiopian Prime Minister ..." parses "hosted" as a modifier of the name after it:
    # the stand-in past the model knows as a main verb, the word keeping its own text and lemma
    text = "Kenya's Ruto hosts Ethiopian Prime Minister Abiy Ahmed in Nairobi"
    out = headlines(pipeline.nlp(text))
    tok = next(t for t in out if t.text == "hosts")
    assert out.text == text and tok.pos_ == "VERB" and tok.lemma_ == "host" and tok.dep_ == "ROOT"
    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert ("KENGOV", "043", "ETHGOV") in [(e.source.code, e.code, e.target.code) for e in coded.events if e.target]


def test_a_nouns_modifier_that_reads_as_a_verb_is_not_made_the_verb(pipeline, headlines):
    # "rebel" in "the 3R rebel group" reads as a verb but is no present tense: not given the stand-in
    text = "More than 300 fighters of the 3R rebel group handed in their weapons to UN peacekeepers."
    coded = code_article(text, "2024-05-02", pipeline=pipeline)
    assert not [e for e in coded.events if e.code.startswith("14")], coded.events


@pytest.mark.parametrize("text", [
    "Uganda police arrested Bobi Wine ahead of a rally.",  # a clause already: left as parsed
    "The annual report on water quality in rural districts",  # no word reads as a verb
    "Fire safety tips for the holiday season",  # the verb-like word opens the line: no subject before it
    "Heavy clashes between Arakan Army and Myanmar military",  # an act named with both its parties
])
def test_what_is_not_reparsed(pipeline, headlines, text):
    doc = pipeline.nlp(text)
    assert headlines(doc) is doc


def test_a_headline_record_is_coded(pipeline):
    coded = code_article("Uganda police arrest Bobi Wine ahead of Kampala rally", "2021-03-01", pipeline=pipeline)
    assert coded.ok, coded.errors
    hits = [e for e in coded.events if e.code == "173"]
    assert hits and hits[0].source.code == "UGACOP", coded.events
    assert coded.article.text[hits[0].trigger_start:hits[0].trigger_start + 6] == "arrest"


def test_a_past_tense_read_as_a_modifier_is_parsed_as_the_verb(pipeline, headlines):
    # "The RSF massed fighters": the parser reads "massed fighters" as one noun phrase, with no clause
    text = "The RSF massed fighters and armoured vehicles on the outskirts of El Fasher in preparation for an assault."
    doc = pipeline.nlp(text)
    massed = next(t for t in doc if t.text == "massed")
    assert massed.dep_ == "amod" and doc[:].root.pos_ == "NOUN"  # the parser's reading, as found
    out = headlines(doc)
    tok = out[massed.i]
    assert out.text == text and tok.dep_ == "ROOT" and tok.lemma_ == "mass" and tok.text == "massed"


def test_a_past_tense_after_an_apposition_to_the_subject_is_the_verb(pipeline, headlines):
    # "chief, General X, imposed/VBN martial/JJ law": no verb at the root; the comma closes the apposition
    text = "Thailand's army chief, General Prayuth Chan-ocha, imposed martial law across Thailand on Tuesday."
    out = headlines(pipeline.nlp(text))
    imposed = next(t for t in out if t.text == "imposed")
    assert imposed.pos_ == "VERB" and imposed.lemma_ == "impose", [(t.text, t.tag_, t.dep_) for t in out]
    coded = code_article(text, "2014-05-20", pipeline=pipeline)
    assert [(e.source.country, e.code) for e in coded.events] == [("THA", "1724")], coded.events


def test_a_simple_past_read_as_a_modifier_is_the_verb_even_in_a_clause(pipeline, headlines):
    # the parser built its clause round a later verb ("was due"); "seized/VBD" cannot modify "power"
    text = ("Myanmar's military seized power on Monday, detaining State Counselor Daw Aung San Suu Kyi in pre-dawn "
            "raids, hours before the newly elected Parliament was due to convene.")
    doc = pipeline.nlp(text)
    out = headlines(doc)
    seized = next(t for t in out if t.text == "seized")
    assert out.text == text and seized.pos_ == "VERB" and seized.dep_ == "ROOT" and seized.lemma_ == "seize", \
        [(t.text, t.tag_, t.dep_) for t in out]
    coded = code_article(text, "2021-02-01", pipeline=pipeline)
    assert ("MMRMIL", "173", "MMRGOV") in [(e.source.code, e.code, e.target.code) for e in coded.events if e.target]


def test_a_participle_after_a_possessives_adjective_is_the_verb(pipeline, headlines):
    # "Myanmar's military/ADJ imposed/VBN martial law": one noun phrase, no clause, as parsed
    text = "Myanmar's military imposed martial law in six townships of Yangon on Monday."
    doc = pipeline.nlp(text)
    assert doc[3].tag_ == "VBN" and doc[3].dep_ == "amod" and doc[2].pos_ == "ADJ"  # the misparse, as found
    out = headlines(doc)
    assert out[3].pos_ == "VERB" and out[3].dep_ == "ROOT" and out.text == text
    coded = code_article(text, "2021-03-15", pipeline=pipeline)
    assert [(e.source.code, e.code) for e in coded.events] == [("MMRMIL", "1724")], coded.events


@pytest.mark.parametrize("text", [
    "The newly imposed curfew in the capital ended at dawn.",  # a participle after an adverb: a modifier
    "The Saudi imposed blockade of the port lasted two years.",  # no possessive: the adjective is no noun
])
def test_a_participle_after_an_adjective_without_a_possessive_stays_a_modifier(pipeline, headlines, text):
    out = headlines(pipeline.nlp(text))
    imposed = next(t for t in out if t.text == "imposed")
    assert imposed.dep_ != "ROOT"


@pytest.mark.parametrize("text", [
    "The massed fighters advanced on the town of El Fasher.",  # a clause with its own verb
    "Rebel fighters and armoured vehicles on the outskirts of El Fasher.",  # no verb at all, none to read
])
def test_a_modifier_in_a_clause_stays_a_modifier(pipeline, headlines, text):
    doc = pipeline.nlp(text)
    assert headlines(doc) is doc


@pytest.mark.parametrize("text, source, root", [
    ("In Anglophone North West region, separatists 5 Sept killed two gendarmes at checkpoint in Bamenda",
     "separatists", "19"),
    ("Opposition supporters 29-30 July protested in Caracas", "Opposition supporters", "14"),
    ("AU Peace and Security Council 22 Aug suspended Niger from all AU activities", "AU Peace and Security Council", "16"),
    # the date tells a subject and a past tense that the tagger misread ("protesters/VBZ", "defied/JJ")
    ("Opposition protesters 20 July defied ban and marched in Caracas", "Opposition protesters", "12"),
    # a past spelled as its base ("cut", "shut", "hit"), which the model's exception table does not list
    ("Authorities 14 Nov cut mobile internet across Tigray region", "Authorities", "17"),
])
def test_a_records_date_between_subject_and_verb_is_read_as_a_date(pipeline, text, source, root):
    coded = code_article(text, None, pipeline=pipeline)
    assert [(e.source.text, e.root) for e in coded.events][:1] == [(source, root)], coded.events


def test_a_record_date_keeps_its_words_lemmas_and_names(pipeline, headlines):
    doc = pipeline.nlp("Gran Grif gang 3 Oct attacked Pont-Sonde, killing at least 70 residents.")
    out = headlines(doc)
    assert [t.text for t in out] == [t.text for t in doc] and [t.lemma_ for t in out[3:5]] == [t.lemma_ for t in doc[3:5]]
    assert out[5].pos_ == "VERB" and [(e.text, e.label_) for e in out.ents] == [(e.text, e.label_) for e in doc.ents]


def test_a_past_tense_misread_after_a_record_date_keeps_its_own_lemma(pipeline, headlines):
    for text, lemma in (("Opposition protesters 20 July defied ban and marched in Caracas", "defy"),
                        ("Rebel forces 5 April overran army base outside the town", "overrun")):
        doc = pipeline.nlp(text)
        out = headlines(doc)
        verb = out[4]
        assert verb.text == doc[4].text and verb.pos_ == "VERB" and verb.lemma_ == lemma, [(t.text, t.pos_, t.lemma_) for t in out]


def test_a_records_opening_date_in_day_month_order_is_parsed_as_a_date(pipeline, headlines):
    text = "On 23 May 2018, Truck drivers (Brazil) blocked highways across the country."
    doc = pipeline.nlp(text)
    out = headlines(doc)
    assert [t.text for t in out] == [t.text for t in doc] and [t.lemma_ for t in out[1:3]] == [t.lemma_ for t in doc[1:3]]
    assert [(e.text, e.label_) for e in out.ents] == [(e.text, e.label_) for e in doc.ents]
    coded = code_article(text, None, pipeline=pipeline)
    assert [(e.source.code, e.root, e.date.value) for e in coded.events] == [("BRALAB", "14", "2018-05-23")], coded.events


@pytest.mark.parametrize("text", [
    "On Monday, truck drivers blocked highways across the country.",  # no day-month date
    "On May 23, truck drivers blocked highways across the country.",  # already in the model's order
])
def test_no_opening_date_repair_without_a_day_month_date(pipeline, headlines, text):
    doc = pipeline.nlp(text)
    assert headlines(doc) is doc


@pytest.mark.parametrize("text", [
    "The talks on 5 March ended without a deal.",  # a date in a phrase of its own
    "Voters went to the polls on 5 May.",
])
def test_no_record_date_repair_where_the_date_has_its_own_phrase(pipeline, headlines, text):
    doc = pipeline.nlp(text)
    assert headlines(doc) is doc


@pytest.mark.parametrize("text, source, target, root", [
    # a present tense read as a modifier of the noun after it
    ("Georgian police detain opposition leader Nika Melia at rally outside parliament", "Georgian police",
     "opposition leader Nika Melia", "17"),
    # a participle makes no clause: the line is still verbless
    ("Thousands rally in Yerevan demanding the prime minister's resignation", "Thousands", None, "14"),
])
def test_headline_verbs_misread_as_modifiers_or_beside_a_participle(pipeline, text, source, target, root):
    coded = code_article(text, None, pipeline=pipeline)
    got = [(e.source.text, e.target.text if e.target else None, e.root) for e in coded.events]
    assert got and got[0][0] == source and got[0][2] == root and (target is None or got[0][1] == target), got


def test_a_clause_with_a_finite_verb_is_not_reparsed(pipeline, headlines):
    doc = pipeline.nlp("Police detained the opposition leader outside parliament on Monday.")
    assert headlines(doc) is doc


@pytest.mark.parametrize("text, source, root", [
    # the tagger reads a verb into an acronym's -S ("ECOWAS/VBZ") and the headline's verb into a noun
    ("Mali junta rejects ECOWAS call for elections in February", "Mali junta", "12"),
    # a finite verb in a clause of a noun ("as protests ease") is not the line's main clause
    ("Chile's Pinera lifts state of emergency as protests ease", "Chile's Pinera", "08"),
    # a second verb with no subject, conjoined to the first the tagger read as a noun ("expels/NNS")
    ("Pakistan expels Indian envoy, suspends trade over Kashmir move", "Pakistan", "16"),
])
def test_a_headline_whose_only_verbs_are_an_acronym_subordinate_or_subjectless_is_verbless(pipeline, text, source, root):
    coded = code_article(text, None, pipeline=pipeline)
    got = [(e.source.text, e.root) for e in coded.events]
    assert (source, root) in got, got


@pytest.mark.parametrize("text", [
    "NATO leaders meet in Vilnius as Kyiv presses for membership",  # a verb of its own: a clause already
    "Kurdish Peshmerga reinforced positions south of Kirkuk as Iraqi forces gathered nearby",
])
def test_a_clause_or_a_past_tense_is_not_given_a_present_tense_verb(pipeline, headlines, text):
    doc = headlines(pipeline.nlp(text))
    assert not any(t.lower_ in ("positioned", "met", "pressed") for t in doc)
    assert not any(t.pos_ == "VERB" and t.lemma_ in ("position",) for t in doc)


def test_an_acronym_is_no_verb(pipeline):
    from eventwire.events.headline import acronym, is_verb
    doc = pipeline.nlp("Mali junta rejects ECOWAS call for elections")
    assert acronym(doc[3]) and not is_verb(doc[3]) and verbless(doc[:])


def test_a_recognised_name_is_no_verb(pipeline, headlines):
    from eventwire.events.headline import is_verb
    doc = pipeline.nlp("Zelenskyy thanks Denmark for F-16 pledge in Copenhagen speech")
    denmark = next(t for t in doc if t.text == "Denmark")
    assert denmark.ent_type_ == "GPE" and not is_verb(denmark)
    out = headlines(doc)
    assert next(t for t in out if t.text == "thanks").pos_ == "VERB"  # the line's verb, parsed again


@pytest.mark.parametrize("text, source", [
    ("IS 14 May overran Ramadi after weeks of fighting", "IS"),  # a record's subject
    ("Fighters from IS attacked a checkpoint near Deir ez-Zor on Friday.", "IS"),  # not "is attacked"
])
def test_an_acronym_spelled_as_a_word_is_read_as_the_name(pipeline, text, source):
    coded = code_article(text, None, pipeline=pipeline)
    assert coded.events and coded.events[0].source.text == source and coded.events[0].root in ("18", "19"), coded.events


def test_a_line_in_capitals_reads_is_as_the_verb(pipeline, headlines):
    doc = pipeline.nlp("Turkey's president says what is at stake. WHAT IS AT STAKE IN THE ELECTION")
    assert [t.pos_ for t in headlines(doc) if t.lower_ == "is"] == [t.pos_ for t in doc if t.lower_ == "is"]


@pytest.mark.parametrize("text, root, parties", [
    ("Kenya, Uganda sign border security pact", "05", {"KEN", "UGA"}),
    ("Chile, Argentina hold talks on glacier dispute", "04", {"CHL", "ARG"}),
    ("Egypt, Sudan hold joint naval drills in Red Sea", "06", {"EGY", "SDN"}),
    # read with "and", the model may take the present tense for a modifier: read in the past, as headlines mean
    ("Laos, Cambodia sign power trade accord", "05", {"LAO", "KHM"}),
    # a first name the recogniser misses or the tagger takes for a plural noun: the other is a party
    ("Modi, Ramaphosa hold talks on sidelines of summit", "04", {"IND", "ZAF"}),
    ("Philippines, Japan agree to hold annual defence talks", "03", {"PHL", "JPN"}),
])
def test_a_headlines_two_parties_joined_by_a_comma_are_coordinated(pipeline, text, root, parties):
    # a headline writes "and" as a comma: both names are parties of the event
    coded = code_article(text, None, pipeline=pipeline)
    got = [e for e in coded.events if e.root == root]
    assert got and {got[0].source.country, got[0].target and got[0].target.country} == parties, coded.events


def test_a_headlines_list_of_parties_joined_by_commas_are_coordinated(pipeline):
    coded = code_article("Burkina Faso, Mali, Niger withdraw from ECOWAS", None, pipeline=pipeline)
    assert {e.source.country for e in coded.events if e.root == "16"} == {"BFA", "MLI", "NER"}, coded.events


@pytest.mark.parametrize("text", [
    "Paris, France hosted the climate summit",  # a place and its country: one party
    "Maiduguri, Borno state came under attack",  # places the tables do not know
    "Kenya, Uganda signed a border security pact.",  # running text (a final period)
    "Meanwhile, Uganda signed a border security pact",  # an adverb, no name
    "Cheap, fast trains link Kenya and Uganda",  # adjectives at the start, no party
])
def test_no_comma_coordination_outside_a_headline_of_two_parties(pipeline, headlines, text):
    doc = pipeline.nlp(text)
    out = headlines(doc)
    comma = next(t for t in out if t.text == ",")
    assert comma.dep_ != "cc" and not any(t.dep_ == "conj" and t.head.i < comma.i for t in out), [(t.text, t.dep_) for t in out]


@pytest.mark.parametrize("text, source, root, target", [
    ("Mali expels French envoy over 'hostile' remarks", "MLI", "16", "FRA"),  # "Mali/amod expels"
    ("Trump endorses Milei ahead of Argentina midterms", "USAGOV", "05", "ARGGOV"),  # "Trump/ROOT endorses/dobj"
])
def test_a_headlines_present_tense_without_its_subject_is_read_in_the_past(pipeline, text, source, root, target):
    coded = code_article(text, "2025-10-20", pipeline=pipeline)
    assert (source, root, target) in [(e.source.code, e.root, e.target.code) for e in coded.events if e.target], coded.events


@pytest.mark.parametrize("text", [
    "Biden says US will defend Taiwan",  # the present tense has its subject
    "Mali expels French envoy over 'hostile' remarks.",  # running text: a final period
])
def test_a_present_tense_with_its_subject_or_in_running_text_is_not_reread(pipeline, headlines, text):
    from eventwire.events.headline import subjectless_present
    doc = pipeline.nlp(text)
    assert subjectless_present(doc[:], headlines.known) is None


def test_a_name_in_capitals_read_as_a_verb_still_ends_the_subject(pipeline):
    # "ECOWAS/VBG imposed/VBN sanctions": the acronym is the subject, the participle the verb
    coded = code_article("ECOWAS imposed sanctions on Mali.", "2022-01-10", pipeline=pipeline)
    assert [(e.source.code[:3], e.root, e.target.code) for e in coded.events if e.target] == [("IGO", "16", "MLI")], coded.events


@pytest.mark.parametrize("text, codes", [
    # the first present tense hung on the second as its subject or an adverbial clause: both are the verbs
    ("Niger junta expels French ambassador, gives him 48 hours to leave", ["161", "139"]),
    ("Pakistan expels Indian envoy, suspends trade", ["161", "163"]),
])
def test_a_headlines_first_verb_read_as_its_seconds_subject_is_a_verb(pipeline, text, codes):
    coded = code_article(text, "2023-08-25", pipeline=pipeline)
    assert [e.code for e in coded.events] == codes, [(e.code, e.cue) for e in coded.events]


@pytest.mark.parametrize("text", [
    "Protests spread to Dhaka as police fire tear gas.",  # running text (a final period): as parsed
    "Ruto says Kenya will send police to Haiti",  # the root has its own subject, a name
])
def test_a_headlines_subject_that_is_no_verb_is_left(pipeline, headlines, text):
    doc = pipeline.nlp(text)
    assert headlines(doc) is doc

