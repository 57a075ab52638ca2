"""A participle the parser read as the main verb (events/participles.py): what its noun already is, not
news; the real verb after it takes the noun as its subject."""
from __future__ import annotations

import pytest

from eventwire import code_article
from eventwire.events.participles import is_participle_misread_as_main, misread_subject


def coded(pipeline, text):
    found = code_article(text, "2025-01-28", pipeline=pipeline)
    assert found.ok, found.errors
    return [(e.code, e.source.code if e.source else None, e.target.code if e.target else None) for e in found.events]


def test_soldiers_deployed_with_a_mission_were_killed_is_a_killing_of_the_soldiers(pipeline):
    found = coded(pipeline, "Thirteen South African soldiers deployed with the SADC mission were killed in the "
                            "fighting around Goma.")
    assert found == [("190", None, "ZAFMIL")], found  # no deployment told; the soldiers are the killed


def test_troops_deployed_for_an_operation_had_been_withdrawn_is_no_deployment(pipeline):
    found = coded(pipeline, "He said the troops deployed for martial law operations had been withdrawn.")
    assert not [f for f in found if f[0].startswith("15")], found


@pytest.mark.parametrize("text", [
    "Russian troops deployed to the border in March.",  # the main verb indeed
    "The soldiers deployed to Goma, and were attacked by M23.",  # a comma and "and": two verbs of one subject
    "Kenya deployed troops and they were attacked.",  # the later verb has a subject of its own
])
def test_a_main_verb_stays_one(nlp, text):
    doc = nlp(text)
    assert not any(is_participle_misread_as_main(t) for t in doc), [(t.text, t.dep_) for t in doc]


def test_the_real_verb_takes_the_participles_noun(nlp):
    doc = nlp("Thirteen South African soldiers deployed with the SADC mission were killed in the fighting.")
    killed = next(t for t in doc if t.lower_ == "killed")
    assert misread_subject(killed).lower_ == "soldiers"


def test_a_past_form_with_an_object_hung_on_a_phrase_is_the_main_verb_of_the_phrases_noun(pipeline):
    # the parser hangs "abducted" on "motorbikes" and leaves "men" with no role; a passive participle takes
    # no object, so the men on motorbikes did the abducting
    found = coded(pipeline, "Armed men on motorbikes abducted at least 287 pupils from a school in Kuriga, in "
                            "northwestern Nigeria's Kaduna state, residents said.")
    assert [f for f in found if f[0] == "181" and f[1] is not None and f[1].endswith("UAF")], found


def test_a_participle_without_an_object_on_a_phrase_stays_a_reduced_passive(pipeline):
    found = coded(pipeline, "Police found the bodies of men on motorbikes abducted last week, residents said.")
    assert not [f for f in found if f[0] == "181" and f[1] is not None and f[1].endswith("UAF")], found
