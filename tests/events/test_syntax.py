"""Syntax helpers on hand-built parses: the parser's mistakes they repair, reproduced exactly."""
from __future__ import annotations

from spacy.tokens import Doc

from eventwire.events.syntax import _prep_objects


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
