"""The noun phrase as the actor coder reads it: its parts, its table hits, and tests on its tokens.

``collect_np`` gathers a head's phrase (core, "of"-phrase, locative phrases, surface extent);
``Match`` is one table hit inside it; the predicates say what a token or a hit is (a name, a people,
a stance, a place inside a person's name).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Mapping

from spacy.tokens import Token

from ..dates import is_month_name
from ..nlp import children, misread_conjunct
from .memory import HONORIFICS, acronyms
from .tables import Entry, normalise

NP_DEPS = frozenset({"compound", "amod", "poss", "det", "nmod", "appos", "nummod", "case", "flat", "predet", "quantmod", "nn"})
# Prepositions whose object says where a group is ("security forces in Guinea", "doctors from ...").
LOCATIVE = frozenset({"in", "at", "from", "throughout", "across", "inside", "within"})
# Prefixes of a modifier that names whom a group is for or against, not what it is ("anti-Syria journalist").
STANCE = frozenset({"anti", "pro", "non"})
# Prefixes that make a country word span peoples or states ("Pan-African", "Inter-American", "trans-Atlantic").
SPAN = frozenset({"pan", "inter", "trans"})
# spaCy entity types of a head that names an actor or a people by itself.
ACTOR_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})
KIND_ORDER = {"org": 0, "seat": 1, "country": 2, "region": 3, "person": 4}
PLACE_KINDS = frozenset({"country", "seat", "region"})


@dataclass(frozen=True, slots=True)
class Match:
    """One table hit inside the phrase: a name (entries) or a role noun (role)."""

    tokens: tuple[Token, ...]
    entry: Entry | None
    role: str | None
    in_of: bool


@dataclass(frozen=True, slots=True)
class Phrase:
    """The tokens of a noun phrase: its core, its "of"-phrase, its locative phrases and its surface extent."""

    core: list[Token]
    of: list[Token]
    loc: list[Token]
    loc_extent: list[Token]
    extent: list[Token]



def _index(tok: Token) -> int:
    return tok.i


@functools.lru_cache(maxsize=65536)
def words_of(text: str) -> tuple[str, ...]:
    """The normalised words of a token's text (cached: the same words recur in every article)."""
    return tuple(normalise(text).split())


NAMED_BY_RECOGNISER = frozenset({"PERSON", "ORG"})  # what the recogniser calls a person's or a body's name


def pick_entry(entries: tuple[Entry, ...], toks: tuple[Token, ...]) -> Entry | None:
    """The entry a hit stands for, given how the tokens look (case, PERSON entity, proper noun)."""
    if not entries:
        return None
    if not any(any(c.isupper() for c in t.text) for t in toks):
        return None
    is_person = any(t.ent_type_ == "PERSON" for t in toks)
    # (a name the tagger took for a common noun at the head of a line, "Macron hosted ...", "Trump praised
    # ...", that the recogniser still calls a person or an organisation; not one modifying another noun,
    # "Rice prices")
    proper = any(t.pos_ == "PROPN" or t.ent_type_ in NAMED_BY_RECOGNISER and t.text[:1].isupper() and t.dep_ != "compound"
                 for t in toks)
    ok = [e for e in entries if (not e.upper or all(t.text.isupper() for t in toks)) and (e.kind != "person" or proper)]
    if not ok:
        return None
    return min(ok, key=lambda e: (0 if is_person and e.kind == "person" else 1, KIND_ORDER[e.kind]))


def is_name(tok: Token) -> bool:
    """A proper noun, or an acronym the tagger took for a common noun ("the NBDF")."""
    if tok.pos_ == "PROPN":
        return True
    text = tok.text  # read once: spaCy builds the string anew on each access
    return len(text) >= 2 and text.isupper() and text.isalpha()


def counts_people(tok: Token) -> bool:
    """A number heading an of-phrase stands for the people it counts: "charged 14 of the suspects"."""
    return tok.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in children(tok))


def bears_actor(head: Token, matches: list[Match]) -> bool:
    """Whether a head without a role of its own can still be an actor: a name, a people, a table entry."""
    return head.pos_ == "PROPN" or head.ent_type_ in ACTOR_ENTS or any(m.entry and head in m.tokens for m in matches)


def is_people(head: Token, matches: list[Match]) -> bool:
    """A plural demonym or people as the head noun: "Albanians", "Palestinians", "Kurds"."""
    return head.tag_ in ("NNS", "NNPS") and (head.ent_type_ == "NORP" or any(
        m.entry and m.entry.kind == "country" and head in m.tokens and not m.in_of for m in matches))


def hyphen_prefixes(tok: Token) -> tuple[str, ...]:
    """The prefixes hyphenated to a word ("anti" in "anti-Syria", "pan" in "Pan-American"), whether the
    tokenizer kept the word whole or split it at the hyphen."""
    low, doc = tok.lower_, tok.doc
    own = (low.split("-", 1)[0],) if "-" in low else ()
    return own + ((doc[tok.i - 2].lower_,) if tok.i >= 2 and doc[tok.i - 1].text == "-" else ())


def is_stance(tok: Token) -> bool:
    """A name inside "anti-Syria" / "pro-Iranian": whom the group opposes or backs, not who it is."""
    return not STANCE.isdisjoint(hyphen_prefixes(tok))


def proper_runs(tokens: list[Token]) -> list[list[Token]]:
    """Runs of adjacent proper nouns: the place names inside a phrase ("Hong Kong", "Darfur")."""
    runs: list[list[Token]] = []
    for t in sorted(tokens, key=lambda t: t.i):
        if t.pos_ != "PROPN":
            continue
        if runs and runs[-1][-1].i == t.i - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def indefinite_predicate(obj: Token, appos: Token) -> bool:
    """An "apposition" that is a predicate the parser hung on the object: an indefinite noun phrase
    with no comma before it ("called Britain's ambassador to the US a very stupid guy"); a true
    apposition is set off ("the ambassador, Kim Darroch,") or names ("the poet Burns")."""
    return appos.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in children(appos)) \
        and not any(t.is_punct for t in obj.doc[obj.i:appos.left_edge.i])


def name_tokens(core: list[Token], matches: list[Match]) -> list[Token]:
    """The words of a person's name in the phrase: proper nouns that are not titles, honorifics or places."""
    skip = {t.i for m in matches if m.role or (m.entry and m.entry.kind in PLACE_KINDS) for t in m.tokens}
    return [t for t in sorted(core, key=lambda t: t.i)
            if (t.ent_type_ == "PERSON" or is_name(t)) and t.i not in skip
            and normalise(t.text) not in HONORIFICS and not t.is_punct and normalise(t.text)]


def without_owner(names: list[Token]) -> list[Token]:
    """The name words of a phrase that also names a possessor besides its own name: the possessor
    names another party ("Ashcroft, the Mariners' leader" is Ashcroft, no "Ashcroft Mariners"); a
    phrase whose only name is a possessor keeps it ("Mwale's ministry": the owner decides)."""
    owned = {d.i for t in names if t.dep_ == "poss" for d in t.subtree}
    own = [t for t in names if t.i not in owned]
    return own if own and len(own) < len(names) else names


def titles_before_names(core: list[Token], titles: Mapping[tuple[str, ...], str]) -> list[tuple[tuple[Token, ...], str]]:
    """Titles written before a capitalised name ("Gov. Tony Evers", "Lt. Gen. Ali", "Assembly Speaker
    Robin Vos", "Secretary Teodoro"), each with the role it gives ("" where it gives none)."""
    if not titles:
        return []
    toks = sorted(core, key=lambda t: t.i)
    out: list[tuple[tuple[Token, ...], str]] = []
    i = 0
    while i < len(toks):
        hit = None
        for n in (2, 1):
            seq = tuple(toks[i:i + n])
            if len(seq) == n and seq[-1].i - seq[0].i == n - 1 and seq[0].text[:1].isupper():
                key = tuple(t.lower_ for t in seq)
                if key in titles:
                    hit = seq, titles[key]
                    break
        if hit is None:
            i += 1
            continue
        last = hit[0][-1]
        nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
        if nxt is not None and nxt in core and is_name(nxt) and nxt.text[:1].isupper():
            out.append(hit)
        i += len(hit[0])
    return out


def is_place_in_name(m: Match) -> bool:
    """A place hit on a word of a longer person's name: a given name ("Lawrence" in "Lawrence Kanyuka",
    "Jordan" in "Jordan Bardella") or a surname after one ("Türk" in "Volker Türk"), not the place."""
    if m.entry is None or m.entry.kind not in PLACE_KINDS or len(m.tokens) != 1:
        return False
    tok = m.tokens[0]
    if tok.ent_type_ != "PERSON":
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    prev = tok.nbor(-1) if tok.i > 0 else None
    return nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" \
        or tok.ent_iob_ == "I" and prev is not None and prev.ent_type_ == "PERSON" and prev.pos_ == "PROPN"


def drop_inner_names(matches: list[Match], name_toks: list[Token]) -> list[Match]:
    """A one-word hit inside a longer person's name is a namesake of one of its words ("Hassan" in
    "Omar Hassan al-Bashir"), not the person: only a hit on the surname (the last word) stands."""
    if len(name_toks) < 2:
        return matches
    inside = set(name_toks)
    return [m for m in matches if not (
        m.entry is not None and m.entry.kind in ("person", "org") and len(m.tokens) == 1
        and m.tokens[0] in inside and m.tokens[0].ent_type_ == "PERSON" and m.tokens[0] is not name_toks[-1])]


def conflicts(m: Match, phrase_country: str | None) -> bool:
    """A one-word organisation hit on a person's name whose country the phrase contradicts."""
    e = m.entry
    return (phrase_country is not None and e is not None and e.kind == "org" and len(m.tokens) == 1
            and m.tokens[0].ent_type_ == "PERSON" and e.country not in (None, "", phrase_country, "IGO"))


# A ship's flag or a vehicle's registration is its nationality ("a Marshall Islands-flagged tanker"),
# and the state that leads a coalition or force is whose it is ("a Russian-led military alliance",
# "the Saudi-led coalition"), where what backs a thing is not ("Western-backed")
REGISTRY_WORDS = frozenset({"flagged", "registered", "led"})



def _date_word(tok: Token) -> bool:
    """A month name written with a day number next to it ("9 May", "May 9") is a date, not a name."""
    if not is_month_name(tok.text):
        return False
    doc = tok.doc
    return tok.i > 0 and doc[tok.i - 1].like_num or tok.i + 1 < len(doc) and doc[tok.i + 1].like_num


def collect_np(head: Token, from_as_of: bool = False) -> Phrase:
    """The phrase's tokens: core, "of"-phrase, locative phrases ("in Guinea") and the surface extent; with
    ``from_as_of`` (a partitive head: "delegations from X"), a from-phrase as its of-phrase."""
    core: list[Token] = []
    of: list[Token] = []
    loc: list[Token] = []
    loc_extent: list[Token] = []
    extent: list[Token] = []

    def walk(tok: Token, bucket: list[Token], ext: list[Token]) -> None:
        bucket.append(tok)
        ext.append(tok)
        for c in children(tok):
            dep = c.dep_  # read once per child
            if dep == "amod":
                add_modifier(c, bucket)  # "South Korean"; but not the advmod of "Western-backed"
                ext.extend(c.subtree)
            elif dep in NP_DEPS:
                if misread_conjunct(c):
                    continue  # "President Donald Trump and North Korean leader Kim Jong Un": two parties
                if dep == "poss" and c.pos_ == "PRON" or _date_word(c):
                    ext.append(c)  # "his government"; "9 May police": a date, not Theresa May
                    continue
                if dep == "appos" and any(t.pos_ in ("VERB", "AUX") for t in tok.doc[tok.i + 1:c.left_edge.i]):
                    continue  # an apposition the parser hangs across a verb is not part of the phrase
                if dep == "appos" and indefinite_predicate(tok, c):
                    continue  # "called the ambassador a very stupid guy": what he is called, not who he is
                walk(c, bucket, ext)
            elif dep == "prep" and c.lower_ == "of":
                ext.append(c)
                for p in children(c):
                    if p.dep_ == "pobj":
                        walk(p, of, ext)

    def add_modifier(tok: Token, bucket: list[Token]) -> None:
        bucket.append(tok)
        for c in children(tok):
            if c.dep_ in ("amod", "compound") or c.dep_ == "npadvmod" and tok.lower_ in REGISTRY_WORDS:
                add_modifier(c, bucket)

    walk(head, core, extent)
    for c in children(head):
        if c.dep_ == "prep" and c.lower_ == "from" and not of and from_as_of:
            # "delegations from the Taliban and the United States": whose, as "delegations of" says
            extent.append(c)
            for p in children(c):
                if p.dep_ == "pobj":
                    walk(p, of, extent)
        elif c.dep_ == "prep" and c.lower_ in LOCATIVE:
            loc_extent.append(c)
            for p in children(c):
                if p.dep_ == "pobj":
                    walk(p, loc, loc_extent)
    return Phrase(core, of, loc, loc_extent, extent)


def without_bracketed_short_form(matches: list[Match]) -> list[Match]:
    """'the Armed Forces of the Philippines (AFP)': the bracketed short form is what the phrase will be
    called, not another party (AFP the news agency); the tables' reading of it stands only where the
    long form yields nothing ("the Rapid Support Forces (RSF)" where only RSF is known)."""
    def bracketed(m: Match) -> bool:
        first, last = m.tokens[0], m.tokens[-1]
        doc = first.doc
        if not (first.i > 0 and doc[first.i - 1].text == "(" and last.i + 1 < len(doc) and doc[last.i + 1].text == ")"):
            return False
        # only the initials of the name just before it ("South Sudanese army (SSPDF)" names the force)
        before = doc[max(0, first.i - 9):first.i - 1].text
        return normalise(first.text) in {normalise(a) for a in acronyms(before)}
    inner = [m for m in matches if bracketed(m)]
    return [m for m in matches if m not in inner] if inner and len(inner) < len(matches) else matches
