"""Plural references to parties the article named before: "they", "we", "both leaders", "the two
sides", "the three countries", "both governments" (``plural_reference``)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..nlp import children
from ..records import Actor
from .article import ArticleContext
from .context import is_state
from .mentions import GROUP_NOUNS, OPPOSED_NOUNS, _both_or_the_two, _the_many, _the_two_alone

# Plural nouns for the states a story is about ("the two countries", "both governments")
STATE_NOUNS_GROUPED = frozenset({"country", "nation", "government", "state", "neighbour", "neighbor"})
# ... and for their armed forces ("the two armies", "both militaries")
FORCE_NOUNS_GROUPED = frozenset({"army", "military"})


def plural_reference(tok: Token, ctx: ArticleContext) -> list[Actor]:
    """'they', 'we', 'both leaders', 'the two sides': the last plural subject or the last two actors
    named; 'the two countries', 'both governments': the story's two states (``principal_pair``)."""
    low = tok.lower_
    pos = tok.pos_
    grouped = pos == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in GROUP_NOUNS
    before = ctx.offset + tok.idx
    many = _the_many(tok) if grouped else None
    if many is not None:  # "accused the three countries": the last plural subject of as many parties
        return next((list(g) for g in reversed(ctx.groups) if len(g) == many and g[0].start < before
                     and all(a.code and (is_state(a) or a.kind in ("person", "organisation")) for a in g)), [])
    two = (grouped and _both_or_the_two({c.lower_ for c in children(tok)})  # "both leaders", "the two sides"; not "two bombers"
           ) or _the_two_alone(tok)
    is_group = (pos == "PRON" and low in ("they", "we", "them", "us")) or two
    if not is_group:
        return []
    if low in ("we", "us") and ctx.speaker is not None:
        # (not the speaker named otherwise: "Maduro ... 'we will defend', the head of state said")
        others = [a for a in (ctx.plural or ctx.pair(before)) if a.key != ctx.speaker.key and a.code != ctx.speaker.code]
        return [ctx.speaker, others[-1]] if others else [ctx.speaker]
    if pos == "NOUN" and tok.lemma_.lower() in OPPOSED_NOUNS and len(ctx.opposed) == 2:
        # "urged both sides to talk": the last two parties at odds (rule ``+both-sides``: whoever urges
        # them is no side of its own, events/extract.py)
        return [replace(a, rule=a.rule + "+both-sides") for a in ctx.opposed]
    if pos == "NOUN" and tok.lemma_.lower() in OPPOSED_NOUNS:
        # no fight told yet: the last two states or groups named together as a subject
        # ("Kyrgyzstan and Tajikistan agreed ..." ... "the two sides used tanks")
        for g in reversed(ctx.groups):
            if len(g) == 2 and all(is_state(a) or a.kind in ("organisation", "group") and a.code for a in g) \
                    and g[0].start < before:
                return list(g)
    if ctx.plural and not (two and len(ctx.plural) != 2):  # (not three states as "both governments")
        return ctx.plural
    if low in ("we", "us"):
        return []  # a speaker's side we cannot tell: not a guess at the last two actors
    role = "GOV" if tok.lemma_.lower() in ("minister", "leader", "president", "government", "delegation") \
        else "MIL" if tok.lemma_.lower() in FORCE_NOUNS_GROUPED else None
    if grouped and tok.lemma_.lower() in STATE_NOUNS_GROUPED | FORCE_NOUNS_GROUPED:
        # "the two countries", "both governments", "the two armies": the story's two states, not the last two named
        principal = ctx.principal_pair(role, ctx.offset + tok.sent.start_char, before)
        if principal:
            return [replace(a, text=tok.text, start=before, end=before + len(tok)) for a in principal]
    return ctx.pair(before, role)
