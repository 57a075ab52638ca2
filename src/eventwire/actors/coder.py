"""Noun phrase -> CAMEO actor.

The coder reads the noun phrase a dependency parse hangs on a head token
(its compound/amod/poss/det/nmod/appos children and "of"-phrases, never its
conjuncts, relative clauses or other prepositional phrases), matches the
phrase's words against the actor tables longest-first with dict lookups, and
combines what it finds by CAMEO's precedence: a named person or organisation
beats a country + role noun, which beats a bare country, region or role noun.

What the head is decides what its modifiers may say (heads_hand.tsv): a role
word modifying a thing makes no actor ("military aid"); a mass role noun needs
a country or organisation ("Israeli intelligence", not "military
intelligence"); a group of people without a country takes it from an
"in/at/from PLACE" phrase ("security forces in Guinea"), the place gazetteer
answering for places the tables lack ("rebels in Darfur"). A title in the
text says the office is held then ("President Suharto" is GOV whatever the
date), and a one-word namesake the phrase's country contradicts is dropped
("King Hassan of Morocco").
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Span, Token

from ..nlp import children, doc_text
from ..places import Gazetteer
from ..records import Actor
from .context import ADVERSARY_HEADS, ALLY_HEADS, AUTHORED_NOUNS, FORCE_ASSETS, INSTRUMENT_NOUNS, STATE_ORGANS, THING_RULE
from .memory import OFFICE_NOUNS, PERSONAL_PRONOUNS, ArticleMemory, main_subject
from .nationality import ARMED_DOMESTIC
from .readings import armed_civilians, envoy_post_words, inside_longer_name, misread_name, own_state_organ
from .ships import ship
from .matching import TableMatcher
from .recall import (
    SPEAKS_FOR,
    headed_bodies,
    names_body,
    leader_country,
    others_of,
    owners_group,
    owners_state,
    possessor_country,
    remembered_person,
    remembered_word,
    short_form_owner,
    title_of,
)
from .phrase import (
    without_bracketed_short_form,
    without_owner,
    KIND_ORDER,
    PLACE_KINDS,
    Match,
    Phrase,
    bears_actor,
    collect_np,
    conflicts,
    drop_inner_names,
    is_name,
    is_people,
    is_place_in_name,
    name_tokens,
    titles_before_names,
)
from .tables import (
    INTERNATIONAL_CODES,
    ActorTables,
    key_of,
    load_tables,
    normalise,
)

USED_OR_OWNED = INSTRUMENT_NOUNS | FORCE_ASSETS  # heads whose role word is their user or owner
# Collective acts whose role word names who does them ("opposition protests", "student rallies")
DONE_BY_ROLE = frozenset({"protest", "rally", "demonstration", "march", "walkout", "sit-in", "boycott"})

# Armed or opposition roles a region never owns ("Western-backed rebels" are not WST rebels).
NON_REGIONAL_ROLES = frozenset({"REB", "INS", "SEP", "UAF", "OPP", "CRM"})
# Diplomats posted to an organisation: a country in their phrase is whom they represent.
POSTED = frozenset({"ambassador", "envoy", "representative", "delegate", "delegation", "mission", "diplomat"})
# Titles that say a person is outside the government the tables may still list them in.
OUT_OF_OFFICE = frozenset({"OPP", "PTY"})
# the CAMEO codebook's unidentified state actor ("foreign diplomat", "world governments"), for a role so
# modified (not inside a title the tables hold: "Foreign Minister")
UNIDENTIFIED_STATE = "UIS"
UNIDENTIFIED_STATES = frozenset({"foreign", "world"})
# Counts that stand for people where no of-phrase says of whom ("hundreds marched").
COUNTS = frozenset({"hundred", "thousand", "dozen", "million", "score", "hundreds", "thousands", "dozens", "millions"})
# People driven from their homes: of the place they left, not of one a phrase puts them in
UPROOTED = frozenset({"displaced", "uprooted", "fleeing", "exiled"})


class ActorCoder(TableMatcher):
    """Codes noun phrases with the actor tables; cheap to call for every subject and object."""

    def __init__(self, tables: ActorTables | None = None, places: Gazetteer | None = None) -> None:
        self.tables = tables or load_tables()
        self._places = places
        self._key_lengths: dict[str, tuple[int, ...]] | None = None
        self._title_firsts = frozenset(key[0] for key in self.tables.titles)  # the words a title can begin with

    @property
    def places(self) -> Gazetteer:
        """The place gazetteer, loaded on first use: only a place the tables lack needs it."""
        if self._places is None:
            self._places = Gazetteer.load()
        return self._places

    # ---- public API -------------------------------------------------------------------------
    def named_states(self, doc) -> set[str]:
        """The ISO3 codes of the states a text names, by name or adjective (place and nationality entities
        the tables know as countries: "Mozambique", "Tanzanian"): what tells same-named places apart."""
        return {e.country for ent in doc.ents if ent.label_ in ("GPE", "NORP")
                for e in self.tables.names.get(key_of(ent.text), ()) if e.kind == "country" and len(e.country or "") == 3}

    def code_np(self, head: Token, *, when: dt.date | None = None, memory: ArticleMemory | None = None,
                offset: int = 0) -> Actor | None:
        """Code the noun phrase headed by ``head``; None where it names no political actor."""
        if head.pos_ == "PRON" and not misread_name(head):
            return self._pronoun(head, memory, offset)
        actor = self._code(head, collect_np(head), when, memory, offset) or owners_state(head, memory, offset) \
            or owners_group(head, memory, offset)
        return armed_civilians(head, actor) if actor is not None else None

    def code_span(self, span: Span, *, when: dt.date | None = None, memory: ArticleMemory | None = None,
                  offset: int = 0) -> Actor | None:
        """Code an arbitrary span (a quote's speaker, a gold actor text) as one phrase."""
        if len(span) == 0:
            return None
        if len(span) == 1 and span[0].pos_ == "PRON":
            return self._pronoun(span[0], memory, offset)
        toks = [t for t in span if not (t.pos_ == "PRON" and t.dep_ == "poss")]
        return self._code(span.root, Phrase(toks, [], [], [], list(span)), when, memory, offset)

    # ---- steps ------------------------------------------------------------------------------
    def _pronoun(self, tok: Token, memory: ArticleMemory | None, offset: int) -> Actor | None:
        if memory is None or tok.lower_ not in PERSONAL_PRONOUNS or (p := memory.referent(tok.lower_, subject=main_subject(tok))) is None:
            return None
        if tok.lower_ in ("him", "her") and tok.dep_ in ("dobj", "dative", "pobj"):
            # an object pronoun is not its own clause's subject ("Kiir pardoned him"): the person before
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            subj = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and p.start <= subj[0].idx + offset < p.end:
                p = memory.person_before(p, tok.lower_) or p
        elif tok.lower_ in ("he", "she") and tok.dep_ == "nsubj" and tok.head.dep_ == "relcl" \
                and p.start <= tok.head.head.idx + offset < p.end:
            # "a message from Zelensky, whom he met in Kyiv": the subject of a relative clause is not the
            # person the clause is about; the one named before
            p = memory.person_before(p, tok.lower_) or p
        elif tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp":
            # "X, counsel for Mr Khan, told the court that he had not been allowed ...": the one who
            # says it, not the last person named
            speaker = [c for c in children(tok.head.head) if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            p = (memory.person_at(speaker[0].idx + offset) if speaker else None) or p
        if main_subject(tok):
            memory.note_subject(p)
        if tok.sent.start_char + offset <= p.start and p.end <= tok.idx + offset:
            # named earlier in the same sentence ("Klaus said he had rejected ..."): the record shows
            # the name, where the sentence gives it, not the bare pronoun
            return Actor(text=p.text, code=p.code, country=p.country, role=p.role, name=p.name,
                         start=p.start, end=p.end, rule="pronoun:named-in-sentence", kind="pronoun")
        return Actor(text=tok.text, code=p.code, country=p.country, role=p.role, name=p.name,
                     start=tok.idx + offset, end=tok.idx + len(tok) + offset, rule="pronoun", kind="pronoun")

    def _counted_role(self, head: Token) -> bool:
        """A mass noun's plural that the role tables list as a word of its own ("the justices" are judges,
        whatever "justice" is alone); not one the head table lists itself ("media")."""
        word = normalise(head.text)
        return word != normalise(head.lemma_) and word not in self.tables.heads and (word,) in self.tables.roles

    def _code(self, head: Token, phrase: Phrase, when: dt.date | None, memory: ArticleMemory | None,
              offset: int) -> Actor | None:
        story = memory.states if memory is not None else frozenset()  # which of same-named places is meant
        head_kind = self.tables.head_kind(head) or ("partitive" if head.like_num and phrase.of else None)  # "14 of the suspects", as "dozens of"
        if head_kind == "measure":
            return None  # "Kenya's inflation rate eased", "wheat futures retreated": a quantity acts on no one
        if (vessel := ship(phrase.core, offset)) is not None:
            return vessel  # "the USS Carney": the US Navy's, whatever the rest of the name is
        if (posted := envoy_post_words(head)) is not None and (envoy := self._envoy(posted, when, memory, offset)):
            return envoy  # "Ambassador to the Philippines MaryKay Carlson": the ambassador, not the Philippines
        if head_kind == "partitive" and not phrase.of and phrase.loc:
            phrase = collect_np(head, from_as_of=True)  # "delegations from the Taliban": the Taliban's
        if head_kind is None and (known := remembered_word(head, phrase, memory)) is not None:
            return Actor(text=head.text, code=known.code, country=known.country, role=known.role, name=known.name,
                         start=head.idx + offset, end=head.idx + len(head) + offset, rule="coref:surname",
                         kind="person")
        if head_kind is None and not phrase.loc and not self._may_match(phrase) \
                and not any(is_name(t) for t in phrase.core):
            return None  # no table word, no name, no place: most noun phrases end here, cheaply
        matches = without_bracketed_short_form(self._scan(phrase.core, False) + self._scan(phrase.of, True))
        if head_kind == "accord":  # "the Minsk agreements": where it was made, no party to it
            matches = [m for m in matches if not (m.entry and m.entry.kind in PLACE_KINDS and not m.in_of
                                                  and all(t.pos_ == "PROPN" and t.dep_ == "compound" for t in m.tokens))]
            head_kind = None
        whole = self._whole_names(head, phrase)
        if whole:  # "the Organization of American States" is one name, not an organisation of a country
            covered = {t.i for m in whole for t in m.tokens}
            matches = whole + [m for m in matches if not covered & {t.i for t in m.tokens}]
        if normalise(head.lemma_) in ADVERSARY_HEADS | ALLY_HEADS:
            # "Ukraine's allies", "critics of Erdogan": not the state or person they stand beside or against
            owner = {t.i for c in children(head) if c.dep_ == "poss" for t in c.subtree}
            matches = [m for m in matches if not m.in_of and not owner & {t.i for t in m.tokens}]
            phrase = replace(phrase, core=[t for t in phrase.core if t.i not in owner])  # nor is Erdogan's name theirs
        titles = titles_before_names(phrase.core, self.tables.titles) \
            if any(t.lower_ in self._title_firsts for t in phrase.core) else []  # "Gov. Tony Evers", "Speaker Robin Vos"
        if titles:
            matches = matches + self._titled(phrase.core, matches, titles, story)
        if head_kind == "place" and phrase.of:  # "the town of Douma": the place its of-phrase names
            named = [m for m in matches if m.in_of and m.entry and m.entry.kind in PLACE_KINDS]
            where = Match(named[0].tokens, named[0].entry, None, False) if named else self._locate(phrase.of, named=True, story=story)
            if where is not None:
                matches.append(where)
        if not matches and head_kind is None and not phrase.loc and not any(is_name(t) for t in phrase.core):
            return None
        if any(t.lemma_.lower() in POSTED for t in phrase.core) and any(
                m.entry and m.entry.kind == "country" and not m.in_of and not any(t.ent_type_ == "PERSON" for t in m.tokens)
                for m in matches):  # (a country, not a place inside a person's name: "Wierzbicki-Lund")
            # "Russia's U.N. ambassador": a state's diplomat posted to an organisation, not the organisation's
            matches = [m for m in matches if not (m.entry and m.entry.kind == "org" and m.entry.country == "IGO")]
        head_role = any(m.role and head in m.tokens and not m.in_of for m in matches)
        thing = not head_role and head_kind is None and not bears_actor(head, matches)
        used_by = head.lemma_.lower() in USED_OR_OWNED \
            and any(m.entry and not m.role and not m.in_of for m in matches) \
            or head.lemma_.lower() in DONE_BY_ROLE and any(m.role and not m.in_of for m in matches)
        if thing and not used_by or head_kind == "place" and not head_role:
            # "military aid", "the business district": a role word modifies a thing; not a weapon or strike
            # whose state or group is named too, whose role word is its user ("Syrian army airstrikes")
            matches = [m for m in matches if not m.role]
        titled = head.pos_ == "PROPN" and any(m.role and not m.in_of for m in matches)  # "King Hassan of Morocco"
        people = is_people(head, matches)  # "Albanians of southern Serbia"
        # a body of people with no role of its own takes its members' ("the Conference of Catholic Bishops",
        # "the Union of Journalists"), as a part takes its whole's ("members of parliament")
        members = head_kind == "collective" and not any(m.role and not m.in_of for m in matches) \
            and any(m.role and m.in_of for m in matches)
        if not (head_role or head_kind == "partitive" or members or titled or people):
            # (but "X, the chairperson of the African Union Commission": the body the person heads)
            bodies = headed_bodies(phrase.core)
            matches = [m for m in matches if not m.in_of or bodies and names_body(m.tokens, bodies)]
        lows = {t.lower_ for t in phrase.core}
        ethnic = "ethnic" in lows or head_kind == "ethnic"  # "ethnic Albanians", "the Albanian population"
        if ethnic or (people and any(m.entry and m.entry.kind in PLACE_KINDS for m in matches if m.in_of)):
            # the demonym names an ethnicity, not the state the people live in
            matches = [m for m in matches if m.in_of or not (m.entry and m.entry.kind in PLACE_KINDS)]
        if head_kind == "mass" and not any(m.entry for m in matches) and not self._counted_role(head) \
                and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(head)):
            return None  # "military intelligence" handed over, not an intelligence service ("its air defences" are)
        extent = phrase.extent + [t for m in whole if not m.in_of for t in m.tokens]  # "Immigration and Customs Enforcement"
        anchored = any(m.entry and m.entry.kind in PLACE_KINDS | {"org"} for m in matches)
        if not anchored and phrase.loc and (head_role or head_kind in ("partitive", "collective") or people or ethnic):
            where = self._locate(phrase.loc, story=story)
            if where is not None:
                matches.append(where)
                extent = extent + phrase.loc_extent
        if not any(m.entry for m in matches) and head.pos_ == "PROPN" and head.ent_type_ in ("GPE", "LOC"):
            where = self._locate([t for t in phrase.core if t.pos_ == "PROPN"], story=story)
            if where is not None:
                matches.append(where)
        doc = head.doc
        where_i = [t.i for t in extent]
        lo, hi = min(where_i), max(where_i)
        while lo < hi and (doc[lo].is_punct or doc[lo].pos_ == "SCONJ" or doc[lo].tag_ == "WRB"):
            lo += 1  # "when suspected ISWAP fighters": the parser may hang a clause's "when" on a modifier
        while hi > lo and doc[hi].is_punct:
            hi -= 1
        first, last = doc[lo], doc[hi]
        start, end = first.idx, last.idx + len(last)
        span = (start + offset, end + offset, doc_text(doc)[start:end])
        former = "former" in lows or "ex" in lows
        # a people living in a state not named by its own name ("Iraqi Kurds", "Albanians of Serbia") are
        # its civilians; a bare "Palestinians" gets no role, as the CAMEO coders leave it
        elsewhere = people and not any(m.entry and m.entry.kind in PLACE_KINDS and head in m.tokens for m in matches)
        # a people noun alone ("supporters gathered outside"): civilians, whose country the article gives
        # (or counted alone: "hundreds marched", "dozens were killed")
        # (a name the tables do not know before it says whose they are, not who: "MDC Alliance supporters",
        # as "supporters of the MDC Alliance")
        alone = (head_kind == "people" and not is_name(head)
                 or head_kind == "partitive" and normalise(head.lemma_) in COUNTS and not phrase.of
                 and not any(is_name(t) for t in phrase.core)) and not matches
        # a people driven from home ("displaced Afghans", "fleeing Sudanese"): refugees, as the role table's
        # "displaced people" are
        uprooted = people and any(t.dep_ == "amod" and t.lower_ in UPROOTED for t in phrase.core)
        actor = self._decide(head, matches, phrase.core, span, when, memory, former,
                             "REF" if uprooted else "CVL" if (ethnic or elsewhere or alone) else None,
                             max((t.i for toks, _ in titles for t in toks), default=-1))
        if actor is not None and actor.country is None and actor.role:
            actor = leader_country(head, actor, lambda body: self.code_np(body, when=when, offset=offset))
        if actor is not None and memory is not None and actor.kind == "person":
            memory.remember(actor, pronoun=bool(actor.code))  # a person the tables lack: by name only (sentence.py)
        elif actor is not None and memory is not None and actor.role and head.tag_ == "NN" \
                and head.lower_ in OFFICE_NOUNS and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(head)):
            memory.remember_office_holder(actor)
        if actor is not None and actor.country is None and actor.role and memory is not None:
            actor = possessor_country(head, actor, memory)
        if thing and actor is not None and actor.kind == "country" and actor.role is None and head.pos_ == "NOUN" \
                and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in children(head)) \
                and head.lemma_.lower() not in AUTHORED_NOUNS:
            # "the Nigerian bronzes", "US funding": a thing of the country, which stands for it only where the
            # clause names no one else (a recipient, a target) -- an event prefers a party named as such.
            # Not a possessor's ("Sweden's decision", "the Russian government's refusal"; a pronoun's is
            # still a thing: "its Kentucky plant"), nor a document or proposal ("vetoed a US resolution"):
            # those are the country's acts
            actor = replace(actor, rule=THING_RULE)
        return actor

    def _envoy(self, posted: tuple[Token, list[Token]], when: dt.date | None, memory: ArticleMemory | None,
               offset: int) -> Actor | None:
        """The envoy named after the place he is posted to, with the code of his title ("U.S. Ambassador"):
        a place the tables know, then a capitalised name of two words or more; else None."""
        envoy, words = posted
        places = [m for m in self._scan(words, False) if m.entry is not None and m.entry.kind in PLACE_KINDS]
        if not places or places[0].tokens[0].i != words[0].i:
            return None
        name = [t for t in words if t.i > max(t.i for t in places[0].tokens)]
        if len(name) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) \
                or self._scan(name, False):
            return None  # a place of two words ("Sri Lanka"), or more names the tables know
        title = self.code_np(envoy, when=when, offset=offset)
        if title is None or not title.code:
            return None
        doc, start, end = envoy.doc, name[0].idx, name[-1].idx + len(name[-1])
        text = doc_text(doc)[start:end]
        actor = Actor(text=text, code=title.code, country=title.country, role=title.role, name=text,
                      start=start + offset, end=end + offset, rule="envoy-name", kind="person")
        if memory is not None:
            memory.remember(actor)
        return actor

    def _titled(self, core: list[Token], matches: list[Match], titles: list[tuple[tuple[Token, ...], str]],
                story: frozenset[str] = frozenset()) -> list[Match]:
        """The roles titles before a name give, and the place of the office where the phrase names one
        the tables lack ("Sonora Gov. Alfonso Durazo": the gazetteer's Sonora, in Mexico)."""
        covered = {t.i for m in matches for t in m.tokens}
        out = [Match(toks, None, role, False) for toks, role in titles if role and not covered & {t.i for t in toks}]
        if not any(m.entry for m in matches):
            first = titles[0][0][0].i
            where = self._locate([t for t in core if t.i < first and t.pos_ == "PROPN"], named=True, story=story)
            out += [where] if where is not None else []
        return out

    def _decide(self, head: Token, matches: list[Match], core: list[Token], span: tuple[int, int, str],
                when: dt.date | None, memory: ArticleMemory | None, former: bool,
                default_role: str | None, title_end: int = -1) -> Actor | None:
        start, end, text = span
        # "Lawrence Kanyuka" is no one from Kansas; "Mr. Türk", once the article has named Volker Türk, is
        # the person, not Turkey (the article's own use of a word outranks the tables')
        matches = [m for m in matches if not is_place_in_name(m) and not remembered_person(m, memory)]
        matches = [m for m in matches if not inside_longer_name(m, matches)]  # "Algeria's High Security Council"
        # "Secretary Teodoro" is Teodoro; "Assembly Speaker Robin Vos" Robin Vos: a name follows its title
        name_toks = [t for t in name_tokens(core, matches) if t.i > title_end]
        if name_toks:  # "Economy Minister Luis Caputo", "LSK President Faith Odhiambo": not "Economy Luis Caputo"
            before = [t.i for m in matches if m.role and not m.in_of for t in m.tokens if t.i < name_toks[-1].i]
            name_toks = [t for t in name_toks if t.i > max(before, default=-1)]
        matches = drop_inner_names(matches, name_toks)
        phrase_country = next((m.entry.country for m in matches
                               if m.entry and m.entry.kind in ("country", "seat") and m.entry.country), None)
        matches = [m for m in matches if not conflicts(m, phrase_country)]  # "King Hassan of Morocco"
        covered = {t.i for m in matches for t in m.tokens}
        person_ms = [m for m in matches if m.entry and m.entry.kind == "person"]
        if not person_ms:
            titled_phrase = any(m.role and not m.in_of for m in matches)
            # (not a namesake in office where the article has named a person of that surname: "Haddad's
            # Army" after "Australian climber Noah Haddad" is no Brazilian minister's)
            remembered = titled_phrase and memory is not None and bool(name_toks) and getattr(
                memory.resolve_name(" ".join(t.text for t in name_toks)), "kind", None) == "person"
            person_ms = (self._by_surname(name_toks, when) if titled_phrase and not remembered else []) \
                or self._by_name_ends(name_toks, titled_phrase)
        others = [m for m in matches if m.entry and m.entry.kind != "person"]
        role_ms = [m for m in matches if m.role]
        unknown_name = without_owner([t for t in name_toks if t.i not in covered])
        name_text = " ".join(t.text for t in (person_ms[0].tokens if person_ms else unknown_name))

        def make(code: str, country: str | None, role: str | None, name: str | None, rule: str, kind: str) -> Actor:
            return Actor(text=text, code=code, country=country, role=role, name=name, start=start, end=end,
                         rule=rule, kind=kind)  # type: ignore[arg-type]

        # 0. a short form the article itself defined ("the Armed Forces of the Philippines (AFP)" ...
        # "the AFP"): the text's own definition outranks the tables' (AFP, the news agency)
        nouns = [t for t in core if t.pos_ in ("PROPN", "NOUN")]
        if memory is not None and len(nouns) == 1 and nouns[0].text.isupper() and len(nouns[0].text) >= 2:
            known = memory.resolve_name(nouns[0].text)
            if known is not None and known.kind != "person":
                return make(known.code, known.country, known.role, known.name, "coref:short-form", known.kind)
        if memory is not None and not others_of(matches) and (owner := short_form_owner(nouns, head, memory)) is not None:
            # "TPNPB spokesman Sebby Sambom": the group the article defined speaks through its spokesman
            speaker = " ".join(t.text for t in unknown_name if t.i > owner[0].i) or None
            known = owner[1]
            return make(known.code, known.country, known.role, speaker or known.name, "coref:short-form+agent",
                        "person" if speaker else known.kind)
        # 1. a person named earlier in the article ("Mr Hollande", "Hollande"); not a possessor of a
        # party or office the phrase names ("Khan's Pakistan Tehreek-e-Insaf party" is the party)
        owner_only = bool(unknown_name) and head not in unknown_name and all(t.dep_ == "poss" for t in unknown_name) \
            and bool(others or role_ms)
        if memory is not None and name_text and not owner_only:
            known = memory.resolve_name(name_text)
            single = len(normalise(name_text).split()) == 1
            # (one named before with no state, whose phrase now names one, "the German Rico Krieger", is
            # coded by this phrase: the state it gives is news of the person, not another person)
            unplaced = known is not None and known.kind == "person" and not known.country \
                and any(m.entry.kind in PLACE_KINDS for m in others)
            if known is not None and (single or not person_ms) and not unplaced:
                if known.kind != "person":  # an organisation's short form: "the RSF"
                    return make(known.code, known.country, known.role, known.name, "coref:short-form", known.kind)
                rule = "coref:surname" if normalise(name_text) != normalise(known.name or "") else "coref:name"
                return make(known.code, known.country, known.role, known.name, rule, "person")
        title = title_of(role_ms, self._scan)
        # 2. a person in the tables, coded for the date; a title in the text says the office is held then
        for m in person_ms:
            found = self._person(m.entry.code.split("|"), when)  # type: ignore[union-attr]
            if found is None:
                continue
            code, name = found
            country, role = self._split(code)
            if phrase_country and country and country != phrase_country and country not in INTERNATIONAL_CODES \
                    and (len(m.tokens) == 1 or m.entry.code not in self.tables.people):  # type: ignore[union-attr]
                continue  # a one-word namesake, or a guess by first and last name, from another country
            org = next((o.entry for o in others if o.entry.kind == "org" and o.entry.code.startswith(("IGO", "NGO", "IMG"))
                        and not code.startswith(o.entry.code[:6])), None) if not phrase_country and not former else None
            if org is not None:
                # "NATO Secretary General Jens Stoltenberg", "the chairman of the African Union Commission
                # Moussa Faki": the office the text names is whom the person acts for, whatever the tables'
                # past offices of the person say
                org_country, org_role = self._split(org.code)
                return make(org.code, org.country or org_country, org_role, name or name_text, "person+office", "person")
            if former and country and role and country not in INTERNATIONAL_CODES:
                role, code = "ELI", self._cameo(country) + "ELI"
            elif not former and title and country and title != role and (
                    role in (None, "ELI", *OUT_OF_OFFICE) or title in OUT_OF_OFFICE
                    or self._out_of_tenure(m.entry.code.split("|"), when)):  # type: ignore[union-attr]
                # the text's title says what the person is now: "Opposition leader X" whatever office
                # the tables last list for X, "Prime Minister X" whom they list as opposition
                if country in INTERNATIONAL_CODES:  # "Secretary-General Kofi Annan": IGOUNO + GOV
                    role, code = title, code + title
                else:
                    role, code = title, self._cameo(country) + title
            return make(code, country, role, name or name_text, "person", "person")
        place = next((m.entry for m in sorted(others, key=lambda m: (m.in_of, KIND_ORDER[m.entry.kind]))), None)  # type: ignore[union-attr]
        head_roles = [m.role for m in role_ms if head in m.tokens and not m.in_of]
        core_ms = [m for m in role_ms if not m.in_of]
        if len(core_ms) > 1:  # "Police spokesperson X": the spokesperson speaks for the police
            core_ms = [m for m in core_ms if not any(t.lower_ in SPEAKS_FOR for t in m.tokens)] or core_ms
        core_roles = [m.role for m in core_ms]
        role = (head_roles or core_roles or [m.role for m in role_ms] or [default_role])[-1]
        if role == "MIL" and (armed := [r for r in core_roles if r in ARMED_DOMESTIC]):
            role = armed[-1]  # "separatist fighters", "militia troops": a force word takes the group's side
        if former and role:
            role = "ELI"
        # (not a place the recogniser took for a person: "Kursk Oblast", "Idlib Province")
        has_person_name = any(t.ent_type_ == "PERSON" for t in unknown_name) \
            and self.tables.heads.get(normalise(head.text)) != "place"
        person_name = " ".join(t.text for t in unknown_name) if has_person_name else None
        kind_if = "person" if person_name else None
        if owner_only and role is not None and place is None:
            # "Yoon's government", "Ruto's ministers": a body of the person named, of that person's state;
            # never a person of its own, whom a later "Yoon" would name
            owner = memory.resolve_name(name_text) if memory is not None else None
            if owner is not None and owner.kind == "person" and owner.country and owner.country not in INTERNATIONAL_CODES:
                return make(self._cameo(owner.country) + role, owner.country, role, None, "role+possessor", "role")
            person_name, kind_if = None, None
        # 3. an organisation; an IGO takes the role of its agent ("UN peacekeepers": IGOUNOMIL)
        if place is not None and place.kind == "org":
            place = self.tables.org_code_at(place, when)
            country, org_role = self._split(place.code)
            if (own := own_state_organ(place.code, place.country or country, phrase_country)) is not None:
                return make(self._cameo(phrase_country) + own, phrase_country, own, None, "org+own-state", "org")
            code = place.code
            if org_role is None and role is not None and role != default_role:
                org_role = role
                if (place.country or country) == "IGO":
                    code = place.code + role
            elif org_role == "ELI" and title and not former and country:  # "President Suharto": a one-word name
                org_role, code = title, self._cameo(country) + title
            elif org_role == "GOV" and role in ("MIL", "COP", "SPY", "JUD") and country:
                org_role, code = role, self._cameo(country) + role  # a governing body's forces: "Taliban fighters" (2023)
            return make(code, place.country or country, org_role, person_name or place.name, "org",
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
            if role in STATE_ORGANS and any(t.lower_ in UNIDENTIFIED_STATES and t.dep_ in ("amod", "compound")
                                           and t.i not in covered and t.head.i == head.i for t in core):
                # "foreign diplomats", "world leaders": states unnamed, never the story's (CAMEO codebook: UIS);
                # not a word of the office's name ("Foreign/amod Affairs Minister": the minister of foreign affairs)
                return make(UNIDENTIFIED_STATE + role, UNIDENTIFIED_STATE, role, person_name, "role+unidentified-state",
                            kind_if or "role")
            return make(role, None, role, person_name, "role", kind_if or "role")
        return None
