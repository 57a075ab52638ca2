"""Readings of a noun phrase's words that the tables do not give: a name the tagger took for a pronoun
("Houthis/PRON threaten ..."), people of a civilian role whom "armed" describes ("armed herders")."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..nlp import children
from ..records import Actor
from .context import STATE_ORGANS
from .tables import INTERNATIONAL_CODES


# English pronouns, a closed class; a capitalised word the tagger calls one that is not among them is a
# name it misread ("Houthis/PRON threaten to target ships")
PRONOUNS = frozenset({
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
    "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
    "them", "their", "theirs", "themselves", "this", "that", "these", "those", "who", "whom", "whose", "which",
    "what", "whoever", "whatever", "whichever", "one", "ones", "oneself", "some", "someone", "somebody",
    "something", "any", "anyone", "anybody", "anything", "none", "nobody", "nothing", "all", "both",
    "each", "either", "neither", "many", "much", "few", "several", "other", "others", "another", "everyone",
    "everybody", "everything", "such", "most", "more", "less", "least", "there", "here"})


def misread_name(tok: Token) -> bool:
    """A capitalised word tagged a pronoun that English has no pronoun for: a name ("Houthis")."""
    return tok.text[:1].isupper() and tok.lower_ not in PRONOUNS and tok.is_alpha


# People of no armed role whom "armed" describes are an armed group (UAF), as Phoenix codes "armed citizens":
# "armed herders", "armed youths", "armed villagers"
CIVILIAN_ROLES = frozenset({"CVL", "AGR", "LAB", "EDU", "REF"})
UNARMED_TO_ARMED = "UAF"


def armed_civilians(head: Token, actor: Actor) -> Actor:
    """``actor`` as an armed group where "armed" qualifies a civilian head ("Armed herders attacked ...")."""
    if actor.role not in CIVILIAN_ROLES or not any(c.dep_ == "amod" and c.lower_ == "armed" for c in children(head)):
        return actor
    code = (actor.country or "") + UNARMED_TO_ARMED if actor.code.endswith(actor.role) else actor.code
    return replace(actor, code=code, role=UNARMED_TO_ARMED, rule=f"{actor.rule}+armed")


def inside_longer_name(match, matches: list) -> bool:
    """An organisation's name that is the tail of a longer name the phrase gives ("Algeria's High Security
    Council" is not the UN's Security Council): a capitalised word before it that modifies it and that no
    other table hit explains (not "the Turkish National Security Council", whose "Turkish" is a country)."""
    if match.entry is None or match.entry.kind != "org" or match.in_of:
        return False
    first = match.tokens[0]
    if first.i == 0:
        return False
    prev = first.doc[first.i - 1]
    own = {t.i for t in match.tokens}
    return prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start and prev.dep_ in ("compound", "amod") \
        and prev.head.i in own and not any(prev in m.tokens for m in matches if m is not match)


STATE_ORGAN_ROLES = STATE_ORGANS | {"SPY"}  # with a state's intelligence service


def own_state_organ(code: str, country: str | None, phrase_country: str | None) -> str | None:
    """The role of a state's organ the tables list under another state's code, where the phrase names its own
    state ("Turkey's National Security Council", "the Turkish National Security Council": not the United
    States'), or None. Only an organ of a state (not a group based in one: "Iran's Hezbollah allies")."""
    role = code[3:6] if len(code) >= 6 else None
    if not phrase_country or not country or country == phrase_country or country in INTERNATIONAL_CODES \
            or role not in STATE_ORGAN_ROLES:
        return None
    return role


ENVOY_HEADS = frozenset({"ambassador", "envoy", "emissary", "representative", "consul", "commissioner"})


def envoy_post_words(head: Token) -> tuple[Token, list[Token]] | None:
    """"U.S. Ambassador to the Philippines MaryKay Carlson": the parser makes the envoy's name part of the
    place he is posted to ("the Philippines MaryKay Carlson"). For a proper-noun object of an envoy's
    "to": (the envoy noun, the object's words up to its head), for the coder to split into the place
    and the name after it; else None."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lemma_.lower() not in ENVOY_HEADS or head.pos_ != "PROPN":
        return None
    return prep.head, sorted((t for t in head.subtree if t.i <= head.i and t.dep_ != "det"), key=lambda t: t.i)
