"""The actors of one sentence, and what the article remembers of them from sentence to sentence.

Every noun phrase head is coded once (``SentenceActors.scan``); an event rule then asks for the
actors at a token (``actors_at``): a plural reference ("they", "both sides") resolved against the
article (``group``), actors sharing one head ("the ministers of Egypt and Saudi Arabia"), the group
a generic head stands for ("leaders of the opposition"), partitives ("thousands of students"), and
names the tables lack (``entities.named_actor``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from ..records import Actor, EventDate
from .context import facing_country
from .entities import named_actor


@dataclass(slots=True)
class ArticleContext:
    """What coding one article remembers from sentence to sentence."""

    when: dt.date | None
    memory: object
    recent: list[Actor] = field(default_factory=list)  # actors in order of mention
    speaker: Actor | None = None  # speaker of the quotation being coded
    anchor: EventDate | None = None  # the first day-precise date the body gives (the story's main date)
    plural: list[Actor] = field(default_factory=list)  # the last plural subject ("Egypt and Saudi Arabia")
    plural_age: int = 0  # sentences since it was named: a plural subject is "they" for three sentences
    shared: dict[int, list[Actor]] = field(default_factory=dict)  # this sentence: one head, several actors
    offset: int = 0  # article offset of the paragraph being coded

    def note(self, actor: Actor) -> None:
        if actor.kind in ("person", "country", "organisation", "group", "role"):
            self.recent.append(actor)
            del self.recent[:-12]

    def pair(self, before: int | None = None, role: str | None = None) -> list[Actor]:
        """The last two distinct named actors mentioned before an offset (persons first; of a
        role where the group noun names one, "the two ministers"): what 'they' / 'both leaders'
        refer to when no plural subject came before."""
        pool = [a for a in self.recent if before is None or a.start < before]
        if role is not None:
            pool = [a for a in pool if a.role == role] or pool
        for kinds in (("person",), ("person", "country", "organisation", "role")):
            seen: list[Actor] = []
            for a in reversed(pool):
                if a.kind == "role" and a.country is None:
                    continue
                if a.kind in kinds and all(a.key != s.key for s in seen):
                    seen.append(a)
                if len(seen) == 2:
                    return list(reversed(seen))
        return []


LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "throughout", "around", "outside", "inside", "from", "to",
                            "into", "across"})


def _is_location(tok: Token, actor: Actor) -> bool:
    """A country or city named as a place ("stores in Sydney", "coffee from Brazil")."""
    return actor.kind == "country" and tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


# Heads that stand for the group their of-phrase names ("leaders of the opposition").
GENERIC_HEADS = frozenset({"leader", "member", "head", "chief", "official", "spokesman", "spokeswoman",
                           "spokesperson", "representative", "delegation", "group", "activist", "supporter"})

# Plural nouns that refer back to the two parties a story is about.
GROUP_NOUNS = frozenset({"leader", "side", "country", "nation", "government", "party", "president",
                         "minister", "delegation", "state", "neighbour", "neighbor", "rival", "counterpart"})

FIRST_PERSON_SET = frozenset({"i", "me", "we", "us", "our", "my"})


def _both_or_the_two(kids: set[str]) -> bool:
    return "both" in kids or {"the", "two"} <= kids


class SentenceActors:
    """Codes the actors of a sentence with an ActorCoder, within an article's context."""

    def __init__(self, coder) -> None:
        self.coder = coder

    def scan(self, sent: Span, ctx: ArticleContext, offset: int) -> dict[int, Actor]:
        """Code every noun phrase head of the sentence once, in order, remembering persons."""
        found: dict[int, Actor] = {}
        subjects: list[Token] = []  # the heads that are subjects, for the plural check below
        for tok in sent:
            pos = tok.pos_
            if pos not in ("NOUN", "PROPN", "PRON"):
                continue
            dep = tok.dep_
            if dep in ("compound", "poss", "amod", "nmod", "appos"):
                continue
            if dep in ("nsubj", "nsubjpass"):
                subjects.append(tok)
            if pos == "PRON" and tok.lower_ in FIRST_PERSON_SET and ctx.speaker is not None:
                sp = ctx.speaker
                found[tok.i] = replace(sp, text=tok.text, start=offset + tok.idx, end=offset + tok.idx + len(tok), rule="quote-speaker", kind="pronoun")
                continue
            actor = self.coder.code_np(tok, when=ctx.when, memory=ctx.memory, offset=offset)
            if actor is not None:
                found[tok.i] = actor
                if not _is_location(tok, actor):  # "in Sydney" is where, not who: never a later "they"
                    ctx.note(actor)
                if actor.kind == "person":
                    ctx.memory.remember(actor)
                more = self.shared_head(tok, actor, ctx, offset)
                if more:
                    ctx.shared[tok.i] = [actor, *more]
                    for a in more:
                        ctx.note(a)
        for i, actor in list(found.items()):  # "rebel groups fighting Assad" are Syrian
            found[i] = facing_country(sent.doc[i], actor, found)
        for tok in subjects:  # a plural subject is what a later "they" / "both sides" refers to
            if tok.i in found:
                members = ctx.shared.get(tok.i) or [found[tok.i]] + [found[c.i] for c in tok.conjuncts if c.i in found and c.i > tok.i]
                if len({a.key for a in members}) >= 2:
                    ctx.plural, ctx.plural_age = members, 0
        return found

    def shared_head(self, tok: Token, actor: Actor, ctx: ArticleContext, offset: int) -> list[Actor]:
        """Actors that share one head noun through coordinated countries: "the foreign ministers of
        Egypt and Saudi Arabia", "French and Egyptian warships" (one actor per country)."""
        if actor.country is None or actor.kind == "person":
            return []
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
        mods += [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
        out: list[Actor] = []
        for mod in mods:
            for conj in mod.conjuncts:
                if conj.i <= mod.i:
                    continue
                other = self.coder.code_np(conj, when=ctx.when, memory=None, offset=offset)
                if other is None or other.country is None or other.role is not None or other.country == actor.country:
                    continue  # only a bare country or demonym shares the head's role
                code = other.code + (actor.role or "")
                out.append(replace(actor, country=other.country, code=code, name=None, rule=actor.rule + "+shared-head"))
        return out

    def actors_at(self, tok: Token, found: dict[int, Actor], ctx: ArticleContext, offset: int) -> list[Actor]:
        group = self.group(tok, ctx)
        if len(group) > 1:
            return group
        if tok.i in ctx.shared:
            return ctx.shared[tok.i]
        if tok.i in found:
            actor = found[tok.i]
            if (actor.country is None and actor.kind == "role") or tok.lemma_.lower() in GENERIC_HEADS:
                # "leaders of the opposition coalition", "members of Hamas": the group, not the generic role
                of = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
                group = found.get(of[0].i) if of else None
                if group is not None and (group.country or group.role) and group.role not in (None, "GOV") or (
                    group is not None and actor.country is None
                ):
                    return [group]
            return [actor]
        if tok.dep_ in ("appos",) and tok.head.i in found:
            return [found[tok.head.i]]
        if tok.dep_ in ("poss", "compound", "amod", "nmod"):  # an actor modifier of an event noun: "an Indian proposal"
            actor = self.coder.code_np(tok, when=ctx.when, memory=ctx.memory, offset=offset)
            return [actor] if actor is not None and actor.country is not None else []
        head = tok
        for _ in range(2):  # partitives: "thousands of students", "a group of refugees"
            of = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"]
            pobj = [c for p in of for c in p.children if c.dep_ == "pobj"]
            if not pobj:
                break
            tok = pobj[0]
            if tok.i in found:
                return [found[tok.i]]
        named = named_actor(head, found, offset)  # a person or organisation the tables do not know
        return [named] if named is not None else []

    def group(self, tok: Token, ctx: ArticleContext) -> list[Actor]:
        """'they', 'we', 'both leaders', 'the two sides': the last two actors named."""
        low = tok.lower_
        pos = tok.pos_
        is_group = (pos == "PRON" and low in ("they", "we", "them", "us")) or (
            pos == "NOUN"
            and tok.tag_ == "NNS"
            and tok.lemma_.lower() in GROUP_NOUNS
            and _both_or_the_two({c.lower_ for c in tok.children})  # "both leaders", "the two sides"; not "two bombers"
        )
        if not is_group:
            return []
        before = ctx.offset + tok.idx
        if low in ("we", "us") and ctx.speaker is not None:
            others = [a for a in (ctx.plural or ctx.pair(before)) if a.key != ctx.speaker.key]
            return [ctx.speaker, others[-1]] if others else [ctx.speaker]
        if ctx.plural:
            return ctx.plural
        if low in ("we", "us"):
            return []  # a speaker's side we cannot tell: not a guess at the last two actors
        role = "GOV" if tok.lemma_.lower() in ("minister", "leader", "president", "government", "delegation") else None
        return ctx.pair(before, role)
