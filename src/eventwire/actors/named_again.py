"""Bodies an article names again without their state: "Iran's Foreign Ministry ... Ministry spokesman
Nasser Kanaani" (the same organ), "Niger's military rulers ... the military rulers" (a definite
description repeating a head), "West African leaders" (the region's organisation of states the story
names). Each gives the later mention the state or organisation of the earlier one, rule recorded.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from ..records import Actor
from .context import AUTHORED_NOUNS
from .tables import names_a_state


# A state's bodies, which a later mention names again by the same word without the state: "Iran's
# Foreign Ministry summoned the charge d'affaires ... Ministry spokesman Nasser Kanaani said".
ORGAN_WORDS = frozenset({"ministry", "government", "police", "army", "military", "navy", "coastguard", "guard", "militia", "agency", "parliament",
                         "court", "cabinet", "embassy", "administration", "junta", "office", "forces"})
ORGAN_WINDOW = 1200  # characters: about two paragraphs
HEAD_WINDOW = 3000  # characters: what a definite description ("the military rulers") names again


def _organ_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w in ORGAN_WORDS}


def _head_word(text: str) -> str:
    """The head noun of a mention (its last word), singular: what a definite description repeats ("Niger's
    military rulers" ... "the military rulers")."""
    words = re.findall(r"[a-z]+", text.lower())
    head = words[-1] if words else ""
    return head[:-1] if len(head) > 3 and head.endswith("s") and not head.endswith("ss") else head


# Collective words a region's adjective makes of an organisation of states the story names for that region:
# "the West African bloc", "West African leaders" in a story of ECOWAS; "Southern African leaders" of SADC
# (not "European governments": states, each acting for itself)
REGIONAL_COLLECTIVES = frozenset({"bloc", "alliance", "grouping", "leader", "head"})


def regional_bodies(actors: list[Actor]) -> dict[str, Actor]:
    """Region code -> the organisation of states of that region the story names most (CAMEO codes an
    organisation's region after "IGO": IGOWAFBUSWAS, ECOWAS, is West Africa's), computed once per article."""
    counts = Counter(a.code for a in actors if a.code.startswith("IGO") and a.kind == "organisation" and len(a.code) > 6)
    bodies: dict[str, Actor] = {}
    for code, _ in counts.most_common():
        bodies.setdefault(code[3:6], next(a for a in actors if a.code == code))
    return bodies


def as_regional_body(actor: Actor | None, bodies: dict[str, Actor]) -> Actor | None:
    """A region's collective ("West African leaders", "the West African bloc") as the organisation of states
    of that region the story names (``regional_bodies``; rule ``+regional-body``); else ``actor``."""
    if actor is None or not bodies or not actor.rule.startswith("region"):
        return actor
    body = bodies.get(actor.code[:3])
    if body is None or _head_word(actor.text) not in REGIONAL_COLLECTIVES:
        return actor
    return replace(actor, code=body.code, country=body.country, role=body.role, kind=body.kind, name=body.name,
                   rule=actor.rule + "+regional-body")


def organ_mentions(actors: list[Actor]) -> list[tuple[int, str, str | None, set[str]]]:
    """(start, state, first role, body words) of the article's mentions of a state's body, in text
    order: what ``same_organ_country`` reads, computed once per article."""
    found = ((a.start, a.country, a.first_role, _organ_words(a.text) | {_head_word(a.text)}) for a in actors
             if a.start >= 0 and names_a_state(a.country))
    return sorted((m for m in found if m[3]), key=lambda m: m[0])


def same_organ_country(actor: Actor | None, mentions: list[tuple[int, str, str | None, set[str]]]) -> tuple[str, str] | None:
    """The state of the nearest earlier mention (within about two paragraphs) of the same kind of body
    named by the same word, for a mention of a body without a state (rule ``+same-organ``): a
    definite description names again what the story just named. ``mentions``: ``organ_mentions``."""
    if actor is None or actor.country or actor.start < 0 or not actor.role:
        return None
    words = _organ_words(actor.text)
    head = _head_word(actor.text) if actor.text.lower().startswith("the ") else ""  # a definite description
    if head in ORGAN_WORDS or head in AUTHORED_NOUNS:
        head = ""  # (a body's word names again within about two paragraphs; a document is no party)
    if not words and not head:
        return None
    for start, country, role, named in reversed(mentions[:bisect.bisect_left(mentions, actor.start, key=lambda m: m[0])]):
        if actor.start - start > HEAD_WINDOW:
            break
        if role != actor.first_role:
            continue
        if head in named:
            return country, "same-head"
        if words & named and actor.start - start <= ORGAN_WINDOW:
            return country, "same-organ"
    return None
