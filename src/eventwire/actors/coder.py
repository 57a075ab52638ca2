"""Noun phrase -> CAMEO actor.

The coder reads the noun phrase a dependency parse hangs on a head token
(its compound/amod/poss/det/nmod/appos children and "of"-phrases, never its
conjuncts, relative clauses or other prepositional phrases), matches the
phrase's words against the actor tables longest-first with dict lookups, and
combines what it finds by CAMEO's precedence: a named person or organisation
beats a country + role noun, which beats a bare country, region or role noun.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..records import Actor
from .memory import HONORIFICS, PERSONAL_PRONOUNS, ArticleMemory
from .tables import ARTICLES, INTERNATIONAL_CODES, ROLE_CODES, ActorTables, Entry, Person, load_tables, normalise

NP_DEPS = frozenset({"compound", "amod", "poss", "det", "nmod", "appos", "nummod", "case", "flat", "predet", "quantmod", "nn"})
# Heads whose "of"-phrase names the actor: "the president of France", "members of parliament".
PARTITIVE = frozenset({"member", "head", "leader", "chief", "group", "delegation", "representative", "envoy",
                       "spokesman", "spokeswoman", "official", "some", "many", "one", "dozens", "hundreds", "thousands"})
# Armed or opposition roles a region never owns ("Western-backed rebels" are not WST rebels).
NON_REGIONAL_ROLES = frozenset({"REB", "INS", "SEP", "UAF", "OPP", "CRM"})
KIND_ORDER = {"org": 0, "seat": 1, "country": 2, "region": 3, "person": 4}


@dataclass(frozen=True, slots=True)
class Match:
    """One table hit inside the phrase: a name (entries) or a role noun (role)."""

    tokens: tuple[Token, ...]
    entry: Entry | None
    role: str | None
    in_of: bool


class ActorCoder:
    """Codes noun phrases with the actor tables; cheap to call for every subject and object."""

    def __init__(self, tables: ActorTables | None = None) -> None:
        self.tables = tables or load_tables()

    # ---- public API -------------------------------------------------------------------------
    def code_np(self, head: Token, *, when: dt.date | None = None, memory: ArticleMemory | None = None,
                offset: int = 0) -> Actor | None:
        """Code the noun phrase headed by ``head``; None where it names no political actor."""
        if head.pos_ == "PRON":
            return self._pronoun(head, memory, offset)
        core, of, extent = collect_np(head)
        return self._code(head, core, of, extent, when, memory, offset)

    def code_span(self, span: Span, *, when: dt.date | None = None, memory: ArticleMemory | None = None,
                  offset: int = 0) -> Actor | None:
        """Code an arbitrary span (a quote's speaker, a gold actor text) as one phrase."""
        if len(span) == 0:
            return None
        if len(span) == 1 and span[0].pos_ == "PRON":
            return self._pronoun(span[0], memory, offset)
        toks = [t for t in span if not (t.pos_ == "PRON" and t.dep_ == "poss")]
        return self._code(span.root, toks, [], list(span), when, memory, offset)

    # ---- steps ------------------------------------------------------------------------------
    def _pronoun(self, tok: Token, memory: ArticleMemory | None, offset: int) -> Actor | None:
        if memory is None or tok.lower_ not in PERSONAL_PRONOUNS or memory.last_person is None:
            return None
        p = memory.last_person
        return Actor(text=tok.text, code=p.code, country=p.country, role=p.role, name=p.name,
                     start=tok.idx + offset, end=tok.idx + len(tok) + offset, rule="pronoun", kind="pronoun")

    def _code(self, head: Token, core: list[Token], of: list[Token], extent: list[Token],
              when: dt.date | None, memory: ArticleMemory | None, offset: int) -> Actor | None:
        matches = self._scan(core, False) + self._scan(of, True)
        head_is_role = any(m.role and head in m.tokens for m in matches) or head.lemma_.lower() in PARTITIVE
        if not head_is_role:
            matches = [m for m in matches if not m.in_of]
        lo, hi = min(t.i for t in extent), max(t.i for t in extent)
        while lo < hi and head.doc[lo].is_punct:
            lo += 1
        while hi > lo and head.doc[hi].is_punct:
            hi -= 1
        doc = head.doc
        span = (doc[lo].idx + offset, doc[hi].idx + len(doc[hi]) + offset, doc[lo:hi + 1].text)
        former = any(t.lower_ in ("former", "ex") for t in core)
        actor = self._decide(matches, core, span, when, memory, former)
        if actor is not None and memory is not None and actor.kind == "person":
            memory.remember(actor)
        return actor

    def _scan(self, tokens: list[Token], in_of: bool) -> list[Match]:
        """Longest-first matching of the phrase's words against names and role nouns."""
        words: list[tuple[str, Token]] = []
        for t in sorted(tokens, key=lambda t: t.i):
            if t.dep_ == "case" or t.tag_ == "POS" or t.pos_ == "PRON":
                continue
            words.extend((w, t) for w in normalise(t.text).split() if not (t.dep_ == "det" and w in ARTICLES))
        out: list[Match] = []
        i, n = 0, len(words)
        names, roles = self.tables.names, self.tables.roles
        while i < n:
            found = None
            for length in range(min(self.tables.max_len, n - i), 0, -1):
                key = tuple(w for w, _ in words[i:i + length])
                toks = tuple(dict.fromkeys(t for _, t in words[i:i + length]))
                entries = names.get(key, ())
                entry = pick_entry(entries, toks)
                if entry is not None:
                    if entry.kind == "person":  # namesakes: decided later, by date
                        entry = Entry("person", "|".join(e.code for e in entries if e.kind == "person"), None, None,
                                      entry.name)
                    found = Match(toks, entry, None, in_of), length
                    break
                role = roles.get(key)
                if role is not None:
                    found = Match(toks, None, role, in_of), length
                    break
            if found is None:
                i += 1
            else:
                out.append(found[0])
                i += found[1]
        return out

    def _decide(self, matches: list[Match], core: list[Token], span: tuple[int, int, str],
                when: dt.date | None, memory: ArticleMemory | None, former: bool) -> Actor | None:
        start, end, text = span
        covered = {t.i for m in matches for t in m.tokens}
        person_ms = [m for m in matches if m.entry and m.entry.kind == "person"]
        others = [m for m in matches if m.entry and m.entry.kind != "person"]
        role_ms = [m for m in matches if m.role]
        unknown_name = [t for t in sorted(core, key=lambda t: t.i)
                        if t.i not in covered and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN")
                        and normalise(t.text) not in HONORIFICS and not t.is_punct]
        name_text = " ".join(t.text for t in (person_ms[0].tokens if person_ms else unknown_name))

        def make(code: str, country: str | None, role: str | None, name: str | None, rule: str, kind: str) -> Actor:
            return Actor(text=text, code=code, country=country, role=role, name=name, start=start, end=end,
                         rule=rule, kind=kind)  # type: ignore[arg-type]

        # 1. a person named earlier in the article ("Mr Hollande", "Hollande")
        if memory is not None and name_text:
            known = memory.resolve_name(name_text)
            single = len(normalise(name_text).split()) == 1
            if known is not None and (single or not person_ms):
                rule = "coref:surname" if normalise(name_text) != normalise(known.name or "") else "coref:name"
                return make(known.code, known.country, known.role, known.name, rule, "person")
        # 2. a person in the tables, coded for the date
        for m in person_ms:
            person = self._person(m.entry.code.split("|"), when)  # type: ignore[union-attr]
            if person is None:
                continue
            code = person.code_at(when)
            country, role = self._split(code)
            if former and country and role and country not in INTERNATIONAL_CODES:
                role, code = "ELI", self._cameo(country) + "ELI"
            return make(code, country, role, person.name, "person", "person")
        place = next((m.entry for m in sorted(others, key=lambda m: (m.in_of, KIND_ORDER[m.entry.kind]))), None)  # type: ignore[union-attr]
        role = role_ms[-1].role if role_ms else None
        if former and role:
            role = "ELI"
        has_person_name = any(t.ent_type_ == "PERSON" for t in unknown_name)
        person_name = " ".join(t.text for t in unknown_name) if has_person_name else None
        kind_if = "person" if person_name else None
        # 3. an organisation
        if place is not None and place.kind == "org":
            country, org_role = self._split(place.code)
            return make(place.code, place.country or country, org_role, person_name or place.name, "org",
                        kind_if or "organisation")
        # 4. an unknown person: only with a title or a country to go on, never invented
        if has_person_name and place is None and role is None:
            return None
        # 5. country / capital / region, with or without a role noun
        if place is not None:
            if place.kind == "region" and role in NON_REGIONAL_ROLES:
                return make(role, None, role, person_name, "role", kind_if or "group")  # type: ignore[arg-type]
            if role is not None:
                rule = "region+role" if place.kind == "region" else "country+role"
                return make(place.code + role, place.country, role, person_name, rule, kind_if or "country")
            if place.kind == "seat":
                return make(place.code + (place.role or ""), place.country, place.role, person_name, "capital",
                            kind_if or "country")
            return make(place.code, place.country, None, person_name, place.kind, kind_if or "country")
        if role is not None:
            return make(role, None, role, person_name, "role", kind_if or "role")
        return None

    def _person(self, keys: list[str], when: dt.date | None) -> Person | None:
        """One person for a name: the only one, or the only namesake in office on ``when``."""
        people = [p for p in (self.tables.people.get(k) for k in keys) if p is not None]
        if len(people) <= 1:
            return people[0] if people else None
        in_office = [p for p in people if p.holds_office(when)]
        return in_office[0] if len(in_office) == 1 else None

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
        for cameo, i in self.tables.cameo_to_iso.items():
            if i == iso:
                return cameo
        return iso


def pick_entry(entries: tuple[Entry, ...], toks: tuple[Token, ...]) -> Entry | None:
    """The entry a hit stands for, given how the tokens look (case, PERSON entity, proper noun)."""
    if not entries:
        return None
    if not any(any(c.isupper() for c in t.text) for t in toks):
        return None
    is_person = any(t.ent_type_ == "PERSON" for t in toks)
    proper = any(t.pos_ == "PROPN" for t in toks)
    ok = [e for e in entries if (not e.upper or all(t.text.isupper() for t in toks)) and (e.kind != "person" or proper)]
    if not ok:
        return None
    return min(ok, key=lambda e: (0 if is_person and e.kind == "person" else 1, KIND_ORDER[e.kind]))


def collect_np(head: Token) -> tuple[list[Token], list[Token], list[Token]]:
    """The phrase's tokens: (core, inside an "of"-phrase, extent for the surface text)."""
    core: list[Token] = []
    of: list[Token] = []
    extent: list[Token] = []

    def walk(tok: Token, bucket: list[Token]) -> None:
        bucket.append(tok)
        extent.append(tok)
        for c in tok.children:
            if c.dep_ == "amod":
                bucket.append(c)  # "Turkish"; but not the advmod of "Western-backed"
                extent.extend(c.subtree)
            elif c.dep_ in NP_DEPS:
                if c.pos_ == "PRON" and c.dep_ == "poss":
                    extent.append(c)
                    continue
                walk(c, bucket)
            elif c.dep_ == "prep" and c.lower_ == "of":
                extent.append(c)
                for p in c.children:
                    if p.dep_ == "pobj":
                        walk(p, of)

    walk(head, core)
    return core, of, extent
