"""Syntax helpers on hand-built parses: the parser's mistakes they repair, reproduced exactly."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire import code_article

from eventwire.events.syntax import _prep_objects, _with_conjuncts, in_one_name, of_phrase_conjuncts


def parsed(nlp, words, heads, deps, tags, pos):
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_the_object_the_parser_made_the_subject_of_a_complement_participle(nlp):
    # "attacked on the government calling it corrupt": "government" parsed as the subject of
    # "calling", and "calling" as the complement of "on"
    doc = parsed(nlp, ["attack", "on", "the", "government", "calling", "it", "corrupt"],
                 [0, 0, 3, 4, 1, 4, 4],
                 ["ROOT", "prep", "det", "nsubj", "pcomp", "dobj", "oprd"],
                 ["NN", "IN", "DT", "NN", "VBG", "PRP", "JJ"],
                 ["NOUN", "ADP", "DET", "NOUN", "VERB", "PRON", "ADJ"])
    assert [t.text for t in _prep_objects([doc[0]], {"on"})] == ["calling", "government"]



def test_a_participle_with_its_own_subject_after_the_object_adds_nothing(nlp):
    # "attack on the town, troops firing": the participle's subject does not open the phrase
    doc = parsed(nlp, ["attack", "on", "the", "town", "troops", "firing"],
                 [0, 0, 3, 1, 5, 1],
                 ["ROOT", "prep", "det", "pobj", "nsubj", "pcomp"],
                 ["NN", "IN", "DT", "NN", "NNS", "VBG"],
                 ["NOUN", "ADP", "DET", "NOUN", "NOUN", "VERB"])
    assert [t.text for t in _prep_objects([doc[0]], {"on"})] == ["town", "firing"]


def test_an_adverb_right_after_its_verb_is_its_particle(nlp):
    from eventwire.events.syntax import _particles
    # "stepped/VBD down/RB": the parser's adverb is the phrasal verb's particle
    doc = parsed(nlp, ["minister", "stepped", "down"], [1, 1, 1], ["nsubj", "ROOT", "advmod"],
                 ["NN", "VBD", "RB"], ["NOUN", "VERB", "ADV"])
    assert _particles(doc[1]) == ["down"]
    # not apart from the verb: "walked slowly back" is a direction
    doc = parsed(nlp, ["minister", "walked", "slowly", "back"], [1, 1, 1, 1], ["nsubj", "ROOT", "advmod", "advmod"],
                 ["NN", "VBD", "RB", "RB"], ["NOUN", "VERB", "ADV", "ADV"])
    assert _particles(doc[1]) == []


def test_a_preposition_inside_a_name_is_no_particle_of_the_verb(nlp):
    from spacy.tokens import Span
    from eventwire.events.syntax import _particles
    # "calls itself the Council for Safeguarding": the parser hangs the name's "for" on the verb
    doc = parsed(nlp, ["junta", "calls", "itself", "Council", "for", "Safeguarding"], [1, 1, 1, 1, 1, 4],
                 ["nsubj", "ROOT", "dobj", "oprd", "prep", "pobj"],
                 ["NN", "VBZ", "PRP", "NNP", "IN", "NN"], ["NOUN", "VERB", "PRON", "PROPN", "ADP", "NOUN"])
    doc.ents = [Span(doc, 3, 6, label="ORG")]
    assert _particles(doc[1]) == []
    # a preposition of the verb's own is its particle: "called for talks"
    doc = parsed(nlp, ["they", "called", "for", "talks"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
                 ["PRP", "VBD", "IN", "NNS"], ["PRON", "VERB", "ADP", "NOUN"])
    assert _particles(doc[1]) == ["for"]


def test_a_by_phrase_of_a_verb_that_is_not_passive_is_its_preposition(nlp):
    from eventwire.events.syntax import _particles
    # "spoke/VBD by/agent telephone": the parser's agent of an active verb is the phrasal verb's "by"
    doc = parsed(nlp, ["Obama", "spoke", "by", "telephone"], [1, 1, 1, 2], ["nsubj", "ROOT", "agent", "pobj"],
                 ["NNP", "VBD", "IN", "NN"], ["PROPN", "VERB", "ADP", "NOUN"])
    assert _particles(doc[1]) == ["by"]
    # a passive's agent is who did it: "was called by Obama" is no "call by"
    doc = parsed(nlp, ["he", "was", "called", "by", "Obama"], [2, 2, 2, 2, 3],
                 ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
                 ["PRP", "VBD", "VBN", "IN", "NNP"], ["PRON", "AUX", "VERB", "ADP", "PROPN"])
    assert _particles(doc[2]) == []


def test_a_noun_with_an_object_conjoined_to_a_verb_is_a_verb(nlp):
    from eventwire.events.syntax import _is_verbal
    # "supporters break into the zone and storm/NN parliament": the conjoined "noun" has an object
    doc = parsed(nlp, ["supporters", "break", "into", "zone", "and", "storm", "parliament"],
                 [1, 1, 1, 2, 1, 1, 5], ["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "dobj"],
                 ["NNS", "VBP", "IN", "NN", "CC", "NN", "NN"], ["NOUN", "VERB", "ADP", "NOUN", "CCONJ", "NOUN", "NOUN"])
    assert _is_verbal(doc[5])
    # a conjoined noun with no object is a noun: "break windows and doors"
    doc = parsed(nlp, ["they", "break", "windows", "and", "doors"], [1, 1, 1, 2, 2],
                 ["nsubj", "ROOT", "dobj", "cc", "conj"], ["PRP", "VBP", "NNS", "CC", "NNS"],
                 ["PRON", "VERB", "NOUN", "CCONJ", "NOUN"])
    assert not _is_verbal(doc[4])


def test_stepping_down_is_a_resignation(pipeline):
    from eventwire import code_article
    coded = code_article("Peru's interior minister stepped down on Saturday.", "2024-05-02", pipeline=pipeline)
    assert [e.code for e in coded.events] == ["0831"], coded.events


def test_a_complement_that_opens_with_an_adverbial_conjunction_is_an_adverbial_clause(nlp):
    from eventwire.events.syntax import adverbial_clause
    # "ordered soldiers to the islands, as fighting spread": the parser made "spread" a ccomp of
    # "ordered" and its subject an advcl marked "as"
    doc = parsed(nlp, ["Wahid", "ordered", "soldiers", "as", "fighting", "spread"],
                 [1, 1, 1, 4, 5, 1],
                 ["nsubj", "ROOT", "dobj", "mark", "advcl", "ccomp"],
                 ["NNP", "VBD", "NNS", "IN", "VBG", "VBD"],
                 ["PROPN", "VERB", "NOUN", "SCONJ", "VERB", "VERB"])
    assert adverbial_clause(doc[5])
    # "ordered that the troops leave": a complementiser, the order's content
    doc = parsed(nlp, ["Wahid", "ordered", "that", "troops", "leave"], [1, 1, 4, 4, 1],
                 ["nsubj", "ROOT", "mark", "nsubj", "ccomp"], ["NNP", "VBD", "IN", "NNS", "VB"],
                 ["PROPN", "VERB", "SCONJ", "NOUN", "VERB"])
    assert not adverbial_clause(doc[4])


def test_a_force_sent_home_or_back_to_its_own_place_is_withdrawn(nlp):
    from eventwire.events.syntax import homeward
    doc = parsed(nlp, ["Kabila", "sent", "troops", "home"], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "advmod"],
                 ["NNP", "VBD", "NNS", "RB"], ["PROPN", "VERB", "NOUN", "ADV"])
    assert homeward(doc[1])
    doc = parsed(nlp, ["he", "ordered", "troops", "back", "to", "their", "barracks"], [1, 1, 1, 1, 3, 6, 4],
                 ["nsubj", "ROOT", "dobj", "advmod", "prep", "poss", "pobj"],
                 ["PRP", "VBD", "NNS", "RB", "IN", "PRP$", "NNS"], ["PRON", "VERB", "NOUN", "ADV", "ADP", "PRON", "NOUN"])
    assert homeward(doc[1])
    # back into a place that is not its own: a redeployment
    doc = parsed(nlp, ["Israel", "sent", "troops", "back", "into", "Gaza"], [1, 1, 1, 1, 3, 4],
                 ["nsubj", "ROOT", "dobj", "advmod", "prep", "pobj"],
                 ["NNP", "VBD", "NNS", "RB", "IN", "NNP"], ["PROPN", "VERB", "NOUN", "ADV", "ADP", "PROPN"])
    assert not homeward(doc[1])


def test_an_object_the_parser_made_a_second_subject_after_the_verb(nlp):
    from eventwire.events.syntax import second_subjects
    # "Police Forces arrested/VBN opposition figure Jawar Mohammed/nsubj": two subjects, one after the verb
    doc = parsed(nlp, ["Forces", "arrested", "figure", "Mohammed"], [1, 1, 3, 1],
                 ["nsubj", "ROOT", "compound", "nsubj"], ["NNPS", "VBN", "NN", "NNP"], ["PROPN", "VERB", "NOUN", "PROPN"])
    assert [t.text for t in second_subjects(doc[1])] == ["Mohammed"]
    # one subject: no object there
    doc = parsed(nlp, ["Police", "arrested", "Mohammed"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                 ["NNP", "VBD", "NNP"], ["PROPN", "VERB", "PROPN"])
    assert second_subjects(doc[1]) == []


def test_a_conflict_record_with_a_misparsed_object_keeps_its_target(pipeline):
    from eventwire import code_article
    coded = code_article("On 30 June 2020, Police Forces of Ethiopia (2018-) arrested opposition figure Jawar Mohammed "
                         "in Addis Ababa amid unrest.", None, pipeline=pipeline)
    got = [(e.code, e.target and e.target.text) for e in coded.events]
    assert got == [("173", "opposition figure Jawar Mohammed")], coded.events


def test_a_noun_heading_a_clause_with_a_subject_and_an_object_is_a_verb(nlp):
    from eventwire.events.syntax import _is_verbal
    # "Houthis detain/NN at least 11 UN staff, UN says"
    doc = parsed(nlp, ["Houthis", "detain", "staff", "UN", "says"], [1, 4, 1, 4, 4],
                 ["nsubj", "ccomp", "dobj", "nsubj", "ROOT"], ["NNP", "NN", "NN", "NNP", "VBZ"],
                 ["PROPN", "NOUN", "NOUN", "PROPN", "VERB"])
    assert _is_verbal(doc[1])
    # a noun with a subject-like dependent but no object stays a noun
    doc = parsed(nlp, ["Houthis", "detention", "UN", "says"], [1, 3, 3, 3],
                 ["nsubj", "ccomp", "nsubj", "ROOT"], ["NNP", "NN", "NNP", "VBZ"], ["PROPN", "NOUN", "PROPN", "VERB"])
    assert not _is_verbal(doc[1])


def test_the_of_phrase_of_a_depiction_is_no_object(pipeline):
    from eventwire.events.syntax import _of_objects
    doc = pipeline.nlp("The rebels released a video of the hostages and a shipment of food.")
    video = next(t for t in doc if t.lower_ == "video")
    shipment = next(t for t in doc if t.lower_ == "shipment")
    assert _of_objects(video) == []
    assert [t.text for t in _of_objects(shipment)] == ["food"]


def test_releasing_a_video_of_hostages_frees_no_one(pipeline):
    from eventwire import code_article
    coded = code_article("Hamas released a video of two Israeli hostages on Monday.", "2024-05-02",
                         pipeline=pipeline)
    assert not [e for e in coded.events if e.code.startswith("08")], [(e.code, e.cue) for e in coded.events]


def _apposition_then_and(nlp, comma):
    # "the official, Ali Shamkhani(,) and adviser Aiban": the parser joins the last party to the apposition
    words = ["the", "official", ",", "Ali", "Shamkhani", ",", "and", "adviser", "Aiban", "signed"]
    heads = [1, 9, 1, 4, 1, 4, 4, 8, 4, 9]
    deps = ["det", "nsubj", "punct", "compound", "appos", "punct", "cc", "compound", "conj", "ROOT"]
    tags = ["DT", "NN", ",", "NNP", "NNP", ",", "CC", "NN", "NNP", "VBD"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "CCONJ", "NOUN", "PROPN", "VERB"]
    if not comma:
        words, heads, deps, tags, pos = (x[:5] + x[6:] for x in (words, heads, deps, tags, pos))
        heads = [h - 1 if h > 5 else h for h in heads]
    return parsed(nlp, words, heads, deps, tags, pos)


def test_a_party_joined_to_a_closed_apposition_is_the_nouns_conjunct(nlp):
    doc = _apposition_then_and(nlp, comma=True)
    assert [t.text for t in _with_conjuncts(doc[1])] == ["official", "Aiban"]


def test_a_conjunct_inside_an_open_apposition_describes_the_same_one(nlp):
    doc = _apposition_then_and(nlp, comma=False)  # "the official, Ali Shamkhani and adviser Aiban": one apposition
    assert [t.text for t in _with_conjuncts(doc[1])] == ["official"]


def _negotiated(nlp, words_end, trailing=()):
    """ "The government and the rebels negotiated in Nairobi" as the small parser reads it: the verb a
    participle on the noun's conjunct, the noun the root (or the subject of a trailing "said")."""
    words = ["The", "government", "and", "the", "rebels", "negotiated", "in", "Nairobi"]
    heads = [1, 1, 1, 4, 1, 4, 5, 6]
    deps = ["det", "ROOT", "cc", "det", "conj", "acl", "prep", "pobj"]
    tags = ["DT", "NN", "CC", "DT", "NNS", "VBN", "IN", "NNP"]
    pos = ["DET", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "ADP", "PROPN"]
    for word, head, dep, tag, p in trailing:
        words.append(word), heads.append(head), deps.append(dep), tags.append(tag), pos.append(p)
    if words_end:
        words.append("."), heads.append(heads.index(1) if not trailing else len(words) - 2), deps.append("punct")
        tags.append("."), pos.append("PUNCT")
    return parsed(nlp, words, heads, deps, tags, pos)


def test_the_only_verb_of_a_full_sentence_is_its_main_verb_not_a_participle(nlp):
    from eventwire.events.syntax import misread_main_verb, reduced_passive
    doc = _negotiated(nlp, True)
    assert misread_main_verb(doc[5]) and not reduced_passive(doc[5])
    headline = _negotiated(nlp, False)  # "aid sent to Gaza": a headline may have no main verb
    assert not misread_main_verb(headline[5]) and reduced_passive(headline[5])


def test_a_clause_whose_subject_a_trailing_attribution_took_keeps_its_verb(nlp):
    from eventwire.events.syntax import misread_main_verb
    # "... negotiated in Nairobi , mediators said ." with "government" the first subject of "said"
    words = ["The", "government", "and", "the", "rebels", "negotiated", "in", "Nairobi", ",", "mediators", "said", "."]
    heads = [1, 10, 1, 4, 1, 4, 5, 6, 10, 10, 10, 10]
    deps = ["det", "nsubj", "cc", "det", "conj", "acl", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"]
    tags = ["DT", "NN", "CC", "DT", "NNS", "VBN", "IN", "NNP", ",", "NNS", "VBD", "."]
    pos = ["DET", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    doc = parsed(nlp, words, heads, deps, tags, pos)
    doc[10].lemma_ = "say"
    assert misread_main_verb(doc[5])
    # one subject only: a participle on it ("the rebels based in Nairobi said")
    one = parsed(nlp, words[:8] + ["said", "."], [1, 8, 1, 4, 1, 4, 5, 6, 8, 8], deps[:8] + ["ROOT", "punct"],
                 tags[:8] + ["VBD", "."], pos[:8] + ["VERB", "PUNCT"])
    assert not misread_main_verb(one[5])


def test_a_count_of_casualties_told_short_stays_passive(nlp):
    from eventwire.events.syntax import misread_main_verb
    # "more than 200 soldiers killed on both sides ."
    words = ["200", "soldiers", "killed", "on", "both", "sides", "."]
    doc = parsed(nlp, words, [1, 1, 1, 2, 5, 3, 1], ["nummod", "ROOT", "acl", "prep", "det", "pobj", "punct"],
                 ["CD", "NNS", "VBN", "IN", "DT", "NNS", "."], ["NUM", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"])
    assert not misread_main_verb(doc[2])


def test_a_party_the_parser_conjoined_inside_a_singular_heads_of_phrase_is_a_second_subject(nlp):
    deps = ["nsubj", "prep", "pobj", "cc", "conj", "ROOT"]
    pos = ["NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB"]
    doc = parsed(nlp, ["Government", "of", "Mali", "and", "JNIM", "clashed"], [5, 0, 1, 2, 2, 5], deps,
                 ["NN", "IN", "NNP", "CC", "NNP", "VBD"], pos)
    assert [t.text for t in of_phrase_conjuncts(doc[0])] == ["JNIM"]
    # two owners take a plural head: "the governments of Mali and Niger" are two governments
    doc = parsed(nlp, ["Governments", "of", "Mali", "and", "Niger", "met"], [5, 0, 1, 2, 2, 5], deps,
                 ["NNS", "IN", "NNP", "CC", "NNP", "VBD"], pos)
    assert of_phrase_conjuncts(doc[0]) == []


def _named(nlp, words, heads, deps, ents):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)
    return doc


def test_a_conjunct_inside_one_place_or_one_institutions_phrase_is_a_word_of_the_name(nlp):
    # "Bosnia and Herzegovina": one place the recogniser spans whole
    doc = _named(nlp, ["Bosnia", "and", "Herzegovina", "signed"], [3, 0, 0, 3], ["nsubj", "cc", "conj", "ROOT"],
                 ["B-GPE", "I-GPE", "I-GPE", "O"])
    assert in_one_name(doc[0], doc[2]) and _with_conjuncts(doc[0]) == [doc[0]]
    # "the Court of Bosnia and Herzegovina": the first conjunct the object of the name's own of-phrase
    doc = _named(nlp, ["the", "Court", "of", "Bosnia", "and", "Herzegovina", "ruled"], [1, 6, 1, 2, 3, 3, 6],
                 ["det", "nsubj", "prep", "pobj", "cc", "conj", "ROOT"], ["B-ORG"] + ["I-ORG"] * 5 + ["O"])
    assert of_phrase_conjuncts(doc[1]) == []
    # two organisations the recogniser joined are still two: "the World Bank and IMF"
    doc = _named(nlp, ["to", "the", "World", "Bank", "and", "IMF"], [0, 3, 3, 0, 3, 3],
                 ["ROOT", "det", "compound", "pobj", "cc", "conj"], ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"])
    assert not in_one_name(doc[3], doc[5]) and [t.text for t in _with_conjuncts(doc[3])] == ["Bank", "IMF"]
    # two entities are two names: "France and Russia"
    doc = _named(nlp, ["France", "and", "Russia", "met"], [3, 0, 0, 3], ["nsubj", "cc", "conj", "ROOT"],
                 ["B-GPE", "O", "B-GPE", "O"])
    assert [t.text for t in _with_conjuncts(doc[0])] == ["France", "Russia"]


def test_a_court_of_a_country_named_with_and_is_one_doer(pipeline):  # not a second, unknown "Court of ..."
    text = ("The Court of Bosnia and Herzegovina on Wednesday sentenced Milorad Dodik, the President of Republika "
            "Srpska, to one year in prison.")
    events = code_article(text, "2025-02-26", pipeline=pipeline).events
    assert events and all(e.source is not None and e.source.code == "BIHJUD" for e in events), events


@pytest.mark.parametrize("text, target", [
    ("9 June 2022: Government of Mali and JNIM clashed near Diallassagou, Bankass circle; 12 killed", "JNIM"),
    ("2 May 2023: Government of Sudan and RSF clashed in Khartoum North; 26 killed.", "RSF"),
])
def test_a_clash_between_a_government_and_a_group_named_in_its_of_phrase(pipeline, text, target):
    events = code_article(text, "2024-01-01", pipeline=pipeline).events
    assert [(e.root, e.target.text if e.target else None) for e in events] == [("19", target)], events


@pytest.mark.parametrize("text, particles", [
    ("Kenya called Ethiopia on Tuesday.", []),  # a date: no "call on"
    ("Kenya called Ethiopia on Christmas Eve.", []),
    ("The king called on Tebboune to reopen the border.", ["on"]),  # a name the recogniser took for a date
])
def test_a_preposition_of_time_is_no_particle_but_a_name_read_as_a_date_is_not_a_time(pipeline, text, particles):
    from eventwire.events.syntax import _particles
    doc = pipeline.nlp(text)
    verb = next(t for t in doc if t.lemma_ == "call")
    assert _particles(verb) == particles, [(t.text, t.ent_type_) for t in doc]


def test_a_month_beside_a_day_is_a_date_not_a_verb(nlp):
    from eventwire.events.syntax import names_a_date

    doc = parsed(nlp, ["the", "embassy", "in", "Kuala", "Lumpur", "March", "19", ",", "2021"],
                 [1, 1, 1, 4, 2, 1, 5, 5, 5],
                 ["det", "ROOT", "prep", "compound", "pobj", "acl", "npadvmod", "punct", "npadvmod"],
                 ["DT", "NN", "IN", "NNP", "NNP", "VBP", "CD", ",", "CD"],
                 ["DET", "NOUN", "ADP", "PROPN", "PROPN", "VERB", "NUM", "PUNCT", "NUM"])
    assert names_a_date(doc[5])
    march = parsed(nlp, ["protesters", "March", "on", "parliament"], [1, 1, 1, 2],
                   ["nsubj", "ROOT", "prep", "pobj"], ["NNS", "VBP", "IN", "NN"], ["NOUN", "VERB", "ADP", "NOUN"])
    assert not names_a_date(march[1])  # no day beside it: the verb of a headline in capitals


@pytest.mark.parametrize("text", [
    "The Embassy of the Democratic People's Republic of Korea in Bukit Damansara, Kuala Lumpur March 19, 2021.",
    "Supporters of the opposition outside the Kenyan parliament in Nairobi March 3, 2024.",
])
def test_a_caption_s_date_marches_no_one(pipeline, text):
    coded = code_article(text, "2024-05-01", pipeline=pipeline)
    assert not [e for e in coded.events if e.root == "14"], [(e.code, e.cue) for e in coded.events]


def test_a_past_tense_joined_to_an_infinitive_continues_the_finite_clause_above(nlp):
    from eventwire.events.syntax import finite_clause_beside

    doc = nlp("The Egyptian Foreign Ministry said it supported Sudan in its efforts to protect its citizens and condemned "
              "Ethiopia's \"policy of aggression\", which it said had displaced thousands of farmers.")
    assert finite_clause_beside(next(t for t in doc if t.text == "condemned")).text == "supported"
    doc = nlp("The ministry backed Jordan's efforts to free its citizens and condemn Israel.")
    assert finite_clause_beside(next(t for t in doc if t.text == "condemn")) is None


def test_a_name_hung_as_a_modifier_across_an_and_is_a_conjunct(nlp):
    # "Trump and leader Kim agreed": the parser hangs Trump on Kim as an nmod, with the "and" under Trump
    doc = parsed(nlp, ["Trump", "and", "leader", "Kim", "agreed"],
                 [3, 0, 3, 4, 4],
                 ["nmod", "cc", "compound", "nsubj", "ROOT"],
                 ["NNP", "CC", "NN", "NNP", "VBD"],
                 ["PROPN", "CCONJ", "NOUN", "PROPN", "VERB"])
    from spacy.tokens import Span
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 3, 4, label="PERSON")]
    assert [t.text for t in _with_conjuncts(doc[3])] == ["Trump", "Kim"]
    # a place modifying the people after it across an "and" is their state ("U.S. and South Korean troops")
    doc = parsed(nlp, ["U.S.", "and", "Korean", "troops", "landed"],
                 [3, 0, 3, 4, 4],
                 ["nmod", "cc", "amod", "nsubj", "ROOT"],
                 ["NNP", "CC", "JJ", "NNS", "VBD"],
                 ["PROPN", "CCONJ", "ADJ", "NOUN", "VERB"])
    assert [t.text for t in _with_conjuncts(doc[3])] == ["troops"]
    # a modifier with no "and" under it stays one name's ("Trump Tower")
    doc = parsed(nlp, ["Trump", "Tower", "opened"], [1, 2, 2], ["nmod", "nsubj", "ROOT"],
                 ["NNP", "NNP", "VBD"], ["PROPN", "PROPN", "VERB"])
    assert [t.text for t in _with_conjuncts(doc[1])] == ["Tower"]


def test_two_leaders_the_parser_joined_as_one_name_agree_with_each_other(pipeline):
    coded = code_article("U.S. President Donald Trump and North Korean leader Kim Jong Un agreed Tuesday at their "
                         "first-ever summit.", "2018-06-12", pipeline=pipeline)
    assert [(e.source.code, e.target.code) for e in coded.events if e.root == "03"] == [("USAGOV", "PRKGOV")], \
        coded.events
