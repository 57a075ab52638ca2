"""A diplomat declared unwelcome: "Germany declared two Russian diplomats persona non grata", "70
Russian diplomats were declared persona non grata". Under the Vienna Convention on Diplomatic
Relations (1961, article 9) the receiving state's notice ends the person's mission: it is their
expulsion, coded as "expelled" with that object would be (nouns.tsv: a diplomat expelled is 161,
anyone else the verb's 174). The parser cannot read the Latin phrase (it makes "persona" a verb or a preposition's
object), so it is found by its words, and whom it names is the noun phrase between the verb and it
(or the passive's subject)."""
from __future__ import annotations

from spacy.tokens import Token

from .syntax import PASS_SUBJ, _children, _modifiers
from .triggers import Trigger

UNWELCOME = ("persona", "non", "grata")
DECLARING = frozenset({"declare", "name", "proclaim"})
EXPELLING = "expel"


def _phrase_at(verb: Token) -> int | None:
    """Where the Latin phrase begins after the verb in its sentence, if it does."""
    doc, words = verb.doc, len(UNWELCOME)
    for i in range(verb.i + 1, verb.sent.end - words + 1):
        if tuple(doc[j].lower_ for j in range(i, i + words)) == UNWELCOME:
            return i
    return None


def _declared(verb: Token, at: int) -> list[Token]:
    """The heads of the noun phrase between the verb and the phrase (with their conjuncts): the one
    whose head lies outside that span ("two employees of the Russian Embassy": employees); else the
    passive's subject."""
    span = range(verb.i + 1, at)
    heads = [t for t in (verb.doc[i] for i in span) if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"
             and t.head.i not in span]
    if heads:
        return [heads[0], *(c for c in heads[0].conjuncts if c.i in span and c.i > heads[0].i)]
    return [t for s in _children(verb, PASS_SUBJ) for t in (s, *s.conjuncts)]


def unwelcome(lexicon, verb: Token) -> Trigger | None:
    """The expulsion a declaration of persona non grata makes (module doc), or None."""
    if verb.lemma_.lower() not in DECLARING or (at := _phrase_at(verb)) is None:
        return None
    declared = _declared(verb, at)
    if not declared:
        return None
    head = declared[0]
    cue = lexicon.noun_for_light_verb(head.lemma_.lower(), _modifiers(head), EXPELLING)
    plain = lexicon.verb(EXPELLING)
    code = cue.code if cue is not None else plain.code if plain is not None else None
    if code is None:
        return None
    phrase = tuple(verb.doc[at: at + len(UNWELCOME)])
    return Trigger(code=code, cue="idiom:declare>persona non grata", rule="verb", verb=verb, tokens=(verb, *phrase),
                   target_override=tuple(declared))
