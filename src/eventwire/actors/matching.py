"""Matching a phrase's words against the actor tables (longest first, with dict lookups) and telling
namesakes apart by date: the part of ``coder.ActorCoder`` that finds what the tables hold in a phrase,
before the coder decides what the phrase is (``ActorCoder._decide``)."""
from __future__ import annotations

import datetime as dt
from typing import Mapping

from spacy.tokens import Token

from .phrase import PLACE_KINDS, SPAN, Match, Phrase, _index, hyphen_prefixes, is_stance, pick_entry, proper_runs, words_of
from .readings import misread_name
from .tables import ARTICLES, ROLE_CODES, Entry, normalise

# Words inside a name at which the parse splits its phrase ("Organization of American States").
NAME_JOINTS = frozenset({"of", "for", "and", "on", "in", "&"})


class TableMatcher:
    """Name and role matching for ``ActorCoder``, which holds the tables (``self.tables``), the gazetteer
    (``self.places``) and the cache of key lengths (``self._key_lengths``)."""

    @property
    def _lengths(self) -> dict[str, tuple[int, ...]]:
        """First word of a table key -> the lengths of the keys it begins, longest first (at most
        ``max_len``): a match can start only at such a word and only these lengths need a lookup."""
        if self._key_lengths is None:
            by_first: dict[str, set[int]] = {}
            for k in (*self.tables.names, *self.tables.roles):
                if k and len(k) <= self.tables.max_len:
                    by_first.setdefault(k[0], set()).add(len(k))
            self._key_lengths = {w: tuple(sorted(ls, reverse=True)) for w, ls in by_first.items()}
        return self._key_lengths

    def _may_match(self, phrase: Phrase) -> bool:
        """Whether a word of the phrase's core or of-phrase begins some table key: without one, _scan
        finds nothing (it matches a subset of these words), so a phrase can be dismissed unscanned."""
        lengths = self._lengths
        for toks in (phrase.core, phrase.of):  # loops, not any() over a generator: called for every phrase
            for t in toks:
                for w in words_of(t.text):
                    if w in lengths:
                        return True
        return False

    def _locate(self, tokens: list[Token], named: bool = False, story: frozenset[str] = frozenset()) -> Match | None:
        """The country of a place phrase: the tables first, then the gazetteer for a proper name they lack
        (a name the parser tagged as a place, or any name where the phrase says it is one: ``named``),
        among same-named places the one of a state the article names (``story``)."""
        for m in self._scan(tokens, False):
            if m.entry is not None and m.entry.kind in PLACE_KINDS:
                e = m.entry
                return Match(m.tokens, Entry("region" if e.kind == "region" else "country", e.code, e.country, None,
                                             e.name), None, False)
        for run in proper_runs(tokens):
            if not named and not any(t.ent_type_ in ("GPE", "LOC") for t in run):
                continue
            text = " ".join(t.text for t in run)
            place = self.places.lookup(text, story=story)
            iso = place.country if place is not None and place.country else self.places.region_country(text)
            cameo = self.tables.iso_to_cameo.get(iso) if iso else None
            if cameo is not None:
                return Match(tuple(run), Entry("country", cameo, iso, None, place.name if place else text), None, False)
        return None

    def _whole_names(self, head: Token, phrase: Phrase) -> list[Match]:
        """Names the tables hold whole across the words the phrase is split at: "of", "for", "and"
        and a possessive ("the Organization of American States", "the People's Liberation Army",
        "Immigration and Customs Enforcement"), and role nouns so split that the head begins ("the
        Department of Foreign Affairs", "the Ministry of National Defence"). Only those with such a
        joint; the rest is _scan's."""
        doc = head.doc
        lo = head.left_edge.i
        hi = max([head.i, *(t.i for t in phrase.of)])
        if hi - lo < 2 or not any(doc[i].lower_ in NAME_JOINTS or doc[i].tag_ == "POS" for i in range(lo, hi + 1)):
            return []
        words: list[tuple[str, Token]] = []
        for tok in doc[lo:hi + 1]:
            if tok.tag_ == "POS":  # "People's" is the tables' "peoples", "Workers'" their "workers"
                if words and tok.lower_ in ("'s", "’s"):
                    words[-1] = (words[-1][0] + "s", words[-1][1])
            elif words or tok.lower_ not in ARTICLES:
                words.extend((w, tok) for w in words_of(tok.text))
        keys, out, i = [w for w, _ in words], [], 0
        while i < len(words):
            step = 1
            for length in self._lengths.get(keys[i], ()):
                if length > len(keys) - i:
                    continue
                key = tuple(keys[i:i + length])
                toks = tuple(dict.fromkeys(t for _, t in words[i:i + length]))
                if not any(t.tag_ == "POS" or t.lower_ in NAME_JOINTS for t in doc[toks[0].i:toks[-1].i + 1]):
                    continue
                entry = pick_entry(self.tables.names.get(key, ()), toks)
                if entry is not None and entry.kind != "person":
                    out.append(Match(toks, entry, None, head not in toks))  # outside the head: an of-phrase's name
                    step = length
                    break
                if head in toks and key in self.tables.roles:  # the head's own office: "the Department of Foreign Affairs"
                    out.append(Match(toks, None, self.tables.roles[key], False))
                    step = length
                    break
            i += step
        return out

    def _scan(self, tokens: list[Token], in_of: bool) -> list[Match]:
        """Longest-first matching of the phrase's words against names and role nouns."""
        if not tokens:
            return []
        words: list[tuple[str, Token]] = []
        for t in (sorted(tokens, key=_index) if len(tokens) > 1 else tokens):
            dep = t.dep_
            # "anti-Syria journalist": whom the journalist opposes, not who he is (coded alone, it is whom)
            if dep == "case" or t.tag_ == "POS" or t.pos_ == "PRON" and not misread_name(t) or len(tokens) > 1 and is_stance(t):
                continue
            if dep == "det":
                words.extend((w, t) for w in words_of(t.text) if w not in ARTICLES)
            else:
                words.extend((w, t) for w in words_of(t.text))
        out: list[Match] = []
        i, n = 0, len(words)
        names, roles = self.tables.names, self.tables.roles
        lengths_of = self._lengths
        keys = [w for w, _ in words]
        while i < n:
            lengths = lengths_of.get(keys[i])
            if lengths is None:  # no name or role noun begins with this word
                i += 1
                continue
            found = None
            for length in lengths:
                if length > n - i:
                    continue
                key = tuple(keys[i:i + length])
                entries = names.get(key, ())
                if not entries and key not in roles:
                    continue
                toks = tuple(dict.fromkeys(t for _, t in words[i:i + length]))
                entry = pick_entry(entries, toks)
                if entry is not None and entry.kind == "country" and len(toks) == 1 and SPAN.intersection(hyphen_prefixes(toks[0])):
                    entry = None  # "the Pan-American Highway", "the Inter-American Commission": a span, not the state
                if entry is not None and entry.kind == "org" and len(toks) == 1 and _double_barrelled(toks[0]):
                    entry = None  # "Pamela Rendi-Wagner": the second half of a surname, not the Wagner Group
                if entry is not None and entry.kind == "person" and _first_half(toks[-1]):
                    entry = None  # "Park Seung-hwan": a name that goes on past the hyphen is another person's
                if entry is not None and entry.kind == "seat" and len(toks) == 1 and _names_a_body(toks[0], roles):
                    entry = None  # "the Lima Group", "the Paris Club": a body named after the city, not its government
                if entry is not None:
                    if entry.kind == "person":  # namesakes: decided later, by date
                        entry = Entry("person", "|".join(e.code for e in entries if e.kind == "person"), None, None,
                                      entry.name)
                    found = Match(toks, entry, None, in_of), length
                    break
                role = roles.get(key)
                if role is not None and not _name_not_acronym(key, toks):
                    found = Match(toks, None, role, in_of), length
                    break
            if found is None:
                i += 1
            else:
                out.append(found[0])
                i += found[1]
        return out

    def _out_of_tenure(self, keys: list[str], when: dt.date | None) -> bool:
        """Whether the tables date every office of the person and none on ``when``: the role they last
        list is stale ("Pakistan's Defence Minister Khawaja Asif" in 2025, whom they list as a minister
        of 2008), and a title in the text says the office held now."""
        people = [p for p in (self.tables.people.get(k) for k in keys) if p is not None]
        return when is not None and bool(people) and all(p.out_of_office(when) for p in people)

    def _by_surname(self, name_toks: list[Token], when: dt.date | None) -> list[Match]:
        """Under a title, a surname alone is the one person of that surname in office on the day
        ("President Marcos" in 2024); so is a surname written first in capitals ("KAMIKAWA Yoko", the
        Japanese order) with the first name that follows it."""
        words = normalise(" ".join(t.text for t in name_toks)).split()
        surname_first = len(words) == 2 and len(name_toks) == 2 and name_toks[0].text.isupper() \
            and not name_toks[1].text.isupper()
        if when is None or not (len(words) == 1 or surname_first) or not any(t.pos_ == "PROPN" for t in name_toks):
            return []
        people = self.tables.people
        in_office = [k for k in self.tables.people_last.get(words[0], ()) if people[k].holds_office(when)
                     and (not surname_first or normalise(people[k].name).split()[0] == words[1])]
        if len(in_office) != 1:
            return []
        return [Match(tuple(name_toks), Entry("person", in_office[0], None, None, people[in_office[0]].name), None, False)]

    def _by_name_ends(self, name_toks: list[Token], titled: bool) -> list[Match]:
        """The one person whose full name begins and ends like this one ("Omar el-Bashir" for "Omar Hassan
        Ahmad al Bashir"); a two-word name ("John Smith") only with a title, being too common alone."""
        words = normalise(" ".join(t.text for t in name_toks)).split()
        if len(words) < (2 if titled else 3) or not any(t.ent_type_ == "PERSON" for t in name_toks):
            return []
        keys = self.tables.people_ends.get((words[0], words[-1]))
        if not keys:
            return []  # several keys: namesakes, decided like any others by _person
        return [Match(tuple(name_toks), Entry("person", "|".join(keys), None, None, self.tables.people[keys[0]].name),
                      None, False)]

    def _person(self, keys: list[str], when: dt.date | None) -> tuple[str, str | None] | None:
        """(code, name) for a name: its one person, the only namesake in office on ``when``, or, where
        the namesakes are all of one country, that country (with their role where they share it)."""
        people = [p for p in (self.tables.people.get(k) for k in keys) if p is not None]
        if len(people) <= 1:
            return (people[0].code_at(when), people[0].name) if people else None
        in_office = [p for p in people if p.holds_office(when)]
        if len(in_office) == 1:
            return in_office[0].code_at(when), in_office[0].name
        codes = {p.code_at(when) for p in people}
        countries = {self._split(c)[0] for c in codes}
        if len(countries) != 1 or None in countries:
            return None
        return (codes.pop() if len(codes) == 1 else next(iter(codes))[:3]), None

    # ---- code helpers -----------------------------------------------------------------------
    def _split(self, code: str) -> tuple[str | None, str | None]:
        """'RUSGOV' -> ('RUS', 'GOV'); 'PSEREBHMS' -> ('PSE', 'REB'); 'IGOUNO' -> ('IGO', None)."""
        head, rest = code[:3], code[3:]
        if head in self.tables.cameo_to_iso:
            roles = ""
            while rest[:3] in ROLE_CODES and rest:
                roles, rest = roles + rest[:3], rest[3:]
            return self.tables.iso(head), roles or None
        if head == "IGO":
            return "IGO", None
        return None, None

    def _cameo(self, iso: str) -> str:
        return self.tables.iso_to_cameo.get(iso, iso)


def _name_not_acronym(key: tuple[str, ...], toks: tuple[Token, ...]) -> bool:
    """A short role word the tables hold as an acronym (NGO, MP, PM) written as a name ("Gen. Ngo
    Xuan Lich", a Vietnamese surname) inside a person's name is the name, not the role."""
    if len(key) != 1 or len(key[0]) > 3 or len(toks) != 1:
        return False
    tok = toks[0]
    return tok.ent_type_ == "PERSON" and tok.text.isalpha() and tok.text[:1].isupper() and tok.text[1:].islower()


NOT_FIRST_NAMES = SPAN | {"anti", "pro"}  # prefixes hyphenated to a name that are no half of it


def _names_a_body(tok: Token, roles: Mapping[tuple[str, ...], str]) -> bool:
    """Whether a capital's name is part of the proper name of a body that is no role ("the Lima Group",
    "the Paris Club", "the Minsk Group"); not "the Kabul government" (a role noun) nor the city alone."""
    head = tok.head
    return tok.dep_ == "compound" and head.i > tok.i and head.pos_ == "PROPN" and head.text[:1].isupper() \
        and (head.lower_,) not in roles and head.ent_type_ not in ("GPE", "LOC", "PERSON")


def _first_half(tok: Token) -> bool:
    """Whether a name word is the first half of a hyphenated name ("Seung" in "Park Seung-hwan", "Jean"
    in "Jean-Pierre"): a hyphen right after it, with no space, and another name word right after that
    (not "Banerjee-led", "Bouteflika-era")."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-" \
        and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].pos_ == "PROPN"


def _double_barrelled(tok: Token) -> bool:
    """Whether a name is the second half of a hyphenated proper name ("Rendi-Wagner"): a capitalised
    name joined to it by a hyphen with no space (not a stance, "anti-Wagner", nor a span, "Pan-")."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return False
    before = doc[tok.i - 2]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and before.lower_ not in NOT_FIRST_NAMES
