"""Stage order, batching and per-document error isolation.

check -> clean -> parse (body paragraphs, batched through ``nlp.pipe``) ->
quotes -> actors + events -> dates and places. A document that fails at any
stage comes back as a ``CodedArticle`` with ``errors``; the batch goes on.
"""
from __future__ import annotations

import datetime as dt
import functools
import itertools
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from . import nlp as nlp_mod
from .actors import convention, peers
from .actors import user as user_dicts
from .actors.context import dominant_country, facing_country, organ_of_people, with_context_country
from .actors.entities import named_actor
from .dates import with_pub_precision
from .events.guards import load_discards, non_political_story
from .config import Config
from .errors import InputError
from .records import Actor, Article, CodedArticle, DocError, Event, EventDate, Quote, Segment, Structure, content_id


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


class Pipeline:
    """Codes articles. Loads the spaCy pipeline and the tables once."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.nlp = nlp_mod.load(self.config.model)

    @functools.cached_property
    def coder(self):
        from .actors import ActorCoder

        user = self.user_tables
        return ActorCoder(tables=user.tables) if user is not None else ActorCoder()

    @functools.cached_property
    def user_tables(self):
        """The config's user dictionaries over the packaged tables, or None when it names none."""
        if not (self.config.actor_files or self.config.role_files):
            return None
        from .actors import load_tables, user

        return user.overlay(load_tables(), self.config.actor_files, self.config.role_files)

    @functools.cached_property
    def extractor(self):
        from .events.extract import Extractor
        from .events.lexicon import load_lexicon

        user = self.user_cues
        return Extractor(user.lexicon if user is not None else load_lexicon())

    @functools.cached_property
    def user_cues(self):
        """The config's user cue files over the packaged lexicon, or None when it names none."""
        if not self.config.cue_files:
            return None
        from .events import user_cues

        return user_cues.overlay(self.config.cue_files)

    @functools.cached_property
    def gazetteer(self):
        from .places import Gazetteer

        return Gazetteer.load()

    # -- public API -------------------------------------------------------
    def code(self, article: Article) -> CodedArticle:
        return next(self.code_many([article]))

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code a stream of articles, batching the parser; one result per input, in order.

        Never raises for a document: whatever fails becomes that document's error.
        """
        it = iter(articles)
        while True:
            chunk = list(itertools.islice(it, self.config.batch_size))
            if not chunk:
                return
            try:
                results = list(self._code_chunk(chunk))
            except Exception:  # noqa: BLE001 - the batch failed as a whole: code one by one
                results = [self._code_alone(a) for a in chunk]
            yield from results

    def _code_alone(self, article: Article) -> CodedArticle:
        try:
            return next(self._code_chunk([article]))
        except Exception as exc:  # noqa: BLE001 - isolate one bad document
            error = DocError("E098", "internal", f"{type(exc).__name__}: {str(exc)[:300]}", "parse")
            return CodedArticle(article=_safe_id(article), structure=None, errors=(error,))

    # -- stages -----------------------------------------------------------
    def _prepare(self, article: Article) -> tuple[Article, Structure | None, DocError | None]:
        from .clean import clean
        from .dates import with_dateline_date
        from .ingest.detect import check_text
        from .ingest.text import sanitised_article

        try:
            article = sanitised_article(article).with_id()
            check_text(article.text, self.config, source=article.source or article.id)
            structure = clean(article)
            article = with_dateline_date(article, structure)
            if not structure.body:
                raise InputError("E006", "not_article", "no body text left after removing headline, captions and credits")
            return article, structure, None
        except InputError as exc:
            return article, None, DocError(exc.code, exc.kind, exc.message, "check")
        except Exception as exc:  # noqa: BLE001 - isolate one bad document
            return _safe_id(article), None, DocError("E099", "internal", f"{type(exc).__name__}: {exc}", "clean")

    def _code_chunk(self, chunk: list[Article]) -> Iterator[CodedArticle]:
        prepared = [self._prepare(a) for a in chunk]
        paragraphs: list[tuple[int, Segment]] = []
        for i, (_, structure, err) in enumerate(prepared):
            if err is None and structure is not None:
                paragraphs.extend((i, seg) for seg in self._coded_segments(structure))
        docs: dict[int, list[tuple[Segment, Doc]]] = {}
        texts = ((seg.text, (i, seg)) for i, seg in paragraphs)
        for doc, (i, seg) in self.nlp.pipe(texts, as_tuples=True, batch_size=max(8, self.config.batch_size)):
            docs.setdefault(i, []).append((seg, doc))
        for i, (article, structure, err) in enumerate(prepared):
            if err is not None:
                yield CodedArticle(article=article, structure=structure, errors=(err,))
                continue
            try:
                yield self._code_article(article, structure, docs.get(i, []))
            except Exception as exc:  # noqa: BLE001 - isolate one bad document
                error = DocError("E099", "internal", f"{type(exc).__name__}: {exc}", "code")
                yield CodedArticle(article=article, structure=structure, errors=(error,))

    def _finish(self, coded: CodedArticle) -> CodedArticle:
        """Steps after coding that own no linguistic rule: where user entries fired, the actor convention,
        bare roles completed from peer events (actors/user.py, events/user_cues.py, actors/convention.py,
        actors/peers.py)."""
        coded = user_dicts.mark(coded, self.user_tables)
        if self.user_cues is not None:
            from .events.user_cues import mark as mark_cues

            coded = mark_cues(coded, self.user_cues)
        return peers.complete(convention.apply(coded))

    def _coded_segments(self, structure: Structure) -> list[Segment]:
        kinds = {"body", "headline"} if self.config.code_headline else {"body"}
        limit = self.config.max_segment_chars
        return [p for s in structure.segments if s.kind in kinds for p in nlp_mod.split_for_parser(s, limit)]

    def _code_article(self, article: Article, structure: Structure, docs: list[tuple[Segment, Doc]]) -> CodedArticle:
        from .actors import ArticleMemory
        from .dates import resolve as resolve_date

        discards = load_discards()
        ctx = ArticleContext(when=article.pub_date, memory=ArticleMemory())
        events: list[Event] = []
        actors: list[Actor] = []
        quotes: list[Quote] = []
        seen: set[str] = set()
        sentence_starts: list[int] = []  # every coded sentence, for GDELT's SentenceID
        last_speaker: Actor | None = None
        for seg, doc in docs:
            para_quotes = self._quotes(article, seg, doc, ctx, last_speaker)
            quotes.extend(q for q, _ in para_quotes)
            if para_quotes and para_quotes[-1][0].speaker is not None:
                last_speaker = para_quotes[-1][0].speaker
            ctx.offset = seg.start
            for sent in doc.sents:
                sentence_starts.append(seg.start + sent.start_char)
                quote = next((q for q, (s, e) in para_quotes if s - 1 <= sent.start_char < e), None)
                ctx.speaker = quote.speaker if quote is not None else None
                ctx.shared = {}
                ctx.plural_age += 1
                if ctx.plural_age > 3:
                    ctx.plural = []
                sent_actors = self._scan_actors(sent, ctx, seg.start)
                actors.extend(sent_actors.values())
                if discards.sentence_phrase(sent.text):
                    continue  # a sentence of sport results or history: not an event
                for cand in self.extractor.candidates(
                    sent,
                    lambda tok: self._actors_at(tok, sent_actors, ctx, seg.start),
                    lambda tok: self._group(tok, ctx),
                ):
                    event = self._event(article, structure, seg, sent, cand, quote, resolve_date, ctx.anchor)
                    if event is not None and event.event_id not in seen:
                        seen.add(event.event_id)
                        events.append(event)
                        if ctx.anchor is None and event.date.basis == "text" and event.date.precision == "day":
                            ctx.anchor = replace(event.date, basis="lead")
        events = self._with_article_country(events, actors, structure)
        coded = self._finish(CodedArticle(article=article, structure=structure, events=tuple(events),
                                          actors=tuple(actors), quotes=tuple(quotes),
                                          sentence_starts=tuple(sentence_starts)))
        return self._political_only(coded, docs)

    def _political_only(self, coded: CodedArticle, docs: list[tuple[Segment, Doc]]) -> CodedArticle:
        """Sport, business, science ...: no events, and the document says why (events/guards.py)."""
        reason = non_political_story("\n".join(seg.text for seg, _ in docs),
                                     [a for e in coded.events for a in (e.source, e.target) if a is not None])
        if reason is None:
            return coded
        return replace(coded, events=(),
                       notes=(f"not political news: {reason}; {len(coded.events)} candidate events withheld",))

    def _with_article_country(self, events: list[Event], actors: list[Actor], structure: Structure) -> list[Event]:
        """Roles the sentence leaves without a country take the article's ("the government said")."""
        try:
            dateline = self.gazetteer.dateline_place(structure.dateline)
        except ImportError:
            dateline = None
        context = dominant_country(actors, dateline.country if dateline is not None else None)
        if context is None:
            return events
        out = []
        for e in events:
            source, target = with_context_country(e.source, context), with_context_country(e.target, context)
            if source is not None and target is not None and source.key == target.key:
                source, target = e.source, e.target  # never make an event between a state and itself
            out.append(replace(e, source=source, target=target))
        return out

    # -- actors -----------------------------------------------------------
    def _scan_actors(self, sent: Span, ctx: ArticleContext, offset: int) -> dict[int, Actor]:
        """Code every noun phrase head of the sentence once, in order, remembering persons."""
        found: dict[int, Actor] = {}
        for tok in sent:
            if tok.pos_ not in ("NOUN", "PROPN", "PRON") or tok.dep_ in ("compound", "poss", "amod", "nmod", "appos"):
                continue
            if tok.pos_ == "PRON" and tok.lower_ in FIRST_PERSON_SET and ctx.speaker is not None:
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
                more = self._shared_head(tok, actor, ctx, offset)
                if more:
                    ctx.shared[tok.i] = [actor, *more]
                    for a in more:
                        ctx.note(a)
        for i, actor in list(found.items()):  # "rebel groups fighting Assad" are Syrian
            found[i] = facing_country(sent.doc[i], actor, found)
        for tok in sent:  # a plural subject is what a later "they" / "both sides" refers to
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.i in found:
                members = ctx.shared.get(tok.i) or [found[tok.i]] + [found[c.i] for c in tok.conjuncts if c.i in found and c.i > tok.i]
                if len({a.key for a in members}) >= 2:
                    ctx.plural, ctx.plural_age = members, 0
        return found

    def _shared_head(self, tok: Token, actor: Actor, ctx: ArticleContext, offset: int) -> list[Actor]:
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

    def _actors_at(self, tok: Token, found: dict[int, Actor], ctx: ArticleContext, offset: int) -> list[Actor]:
        group = self._group(tok, ctx)
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

    def _group(self, tok: Token, ctx: ArticleContext) -> list[Actor]:
        """'they', 'we', 'both leaders', 'the two sides': the last two actors named."""
        low = tok.lower_
        kids = {c.lower_ for c in tok.children}
        is_group = (tok.pos_ == "PRON" and low in ("they", "we", "them", "us")) or (
            tok.pos_ == "NOUN"
            and tok.tag_ == "NNS"
            and tok.lemma_.lower() in GROUP_NOUNS
            and ("both" in kids or {"the", "two"} <= kids)  # "both leaders", "the two sides"; not "two bombers"
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

    # -- quotes -----------------------------------------------------------
    def _quotes(self, article, seg, doc, ctx, last_speaker):
        from .quotes import find_quotes

        out = []
        for q in find_quotes(doc):
            speaker: Actor | None = None
            if q.speaker is not None:
                speaker = self.coder.code_np(q.speaker, when=ctx.when, memory=ctx.memory, offset=seg.start)
            elif q.start <= 1 and last_speaker is not None:
                speaker = last_speaker  # a paragraph continuing the previous quotation
            start, end = seg.start + q.start, seg.start + q.end
            quote = Quote(
                quote_id=content_id(article.id, start, end, prefix="q_"),
                text=q.text,
                start=start,
                end=end,
                speaker=speaker,
                speaker_text=q.speaker.text if q.speaker is not None else None,
                rule=q.rule,
            )
            out.append((quote, (q.start, q.end)))
        return out

    # -- records ----------------------------------------------------------
    def _event(self, article, structure, seg, sent, cand, quote, resolve_date, anchor) -> Event | None:
        from .events.codes import cameo

        info = cameo(cand.code)
        if cand.code == "010":
            return None  # a bare statement ("X said") is attribution, not an event
        toks = sorted(cand.trigger.tokens, key=lambda t: t.i)
        t_start, t_end = seg.start + toks[0].idx, seg.start + toks[-1].idx + len(toks[-1])
        coarse = article.metadata.get("pub_date_precision")  # "year" / "month": not a day to count from
        date = resolve_date(sent, None if coarse else article.pub_date, trigger_i=cand.trigger.verb.i, fallback=anchor)
        date = with_pub_precision(date, article.pub_date, coarse)
        place = None
        try:
            context = tuple((a.country or "") if a else "" for a in (cand.source, cand.target) if a is not None)
            place = self.gazetteer.locate(sent, dateline=structure.dateline, offset=seg.start,
                                          context=context, root=info.root)
        except ImportError:
            place = None
        source, target = cand.source, cand.target
        if place is not None and place.country:
            # "ethnic Albanians demonstrated in Serbia": a domestic role without a country is of the
            # place; failing a place in the sentence, of the dateline's ("NAIROBI - Police detained ...")
            basis = "place" if place.basis == "sentence" else "dateline"
            source, target = (_with_place_country(a, place.country, basis) for a in (source, target))
        # "demonstrators rioted against the Egyptian government": a domestic role facing its
        # state (the government, police, courts or the country itself), with no country of
        # its own, is of that state; and so is whom a state's government, police or courts act on.
        # Never across armed forces: troops act abroad, and "rebels attacked US troops" are not American.
        if target is not None and _is_state(target) and target.role in STATE_ORGANS:
            source = _with_place_country(source, target.country, "other-party", DOMESTIC_ROLES | ARMED_DOMESTIC)
        if _is_state(source) and source.role in STATE_ORGANS - {None}:
            target = _with_place_country(target, source.country, "other-party", DOMESTIC_ROLES | ARMED_DOMESTIC)
        target, source = organ_of_people(target, source), organ_of_people(source, target)
        if target is not None and source is not None and target.key == source.key:
            target = None
        s_start, s_end = seg.start + sent.start_char, seg.start + sent.end_char
        event_id = content_id(article.id, s_start, cand.code, source.code if source else "", target.code if target else "", t_start, prefix="ev_")
        return Event(
            event_id=event_id,
            code=info.code,
            root=info.root,
            name=info.name,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            plover_type=info.plover_type,
            plover_mode=info.plover_mode,
            plover_context=info.plover_context,
            source=source,
            target=target,
            modality=cand.modality,
            sentence=sent.text,
            sentence_start=s_start,
            sentence_end=s_end,
            cue=cand.trigger.cue,
            rule=cand.rule,
            trigger=" ".join(t.text for t in toks),
            trigger_start=t_start,
            trigger_end=t_end,
            confidence=cand.confidence,
            date=date,
            place=place,
            quote_id=quote.quote_id if quote is not None else None,
            reciprocal=cand.reciprocal,
        )


# Roles that belong to the country where they act when the phrase names none
# (protesters, police, students, refugees, ...); never organisations or regions.
DOMESTIC_ROLES = frozenset({"CVL", "OPP", "EDU", "LAB", "REF", "COP", "BUS", "MED", "JUD", "LEG", "AGR", "HLH", "REL", "CRM", "PTY", "RAD"})


ARMED_DOMESTIC = frozenset({"REB", "INS", "SEP", "UAF"})  # armed groups fighting their own state
STATE_ORGANS = frozenset({"GOV", "COP", "JUD", "LEG", None})  # None: the country itself


def _with_place_country(actor: Actor | None, iso3: str | None, basis: str, roles: frozenset[str] = DOMESTIC_ROLES) -> Actor | None:
    if actor is None or iso3 is None or actor.country is not None or actor.role not in roles:
        return actor
    return replace(actor, country=iso3, code=iso3 + actor.code, rule=f"{actor.rule}+{basis}-country")


LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "throughout", "around", "outside", "inside", "from", "to",
                            "into", "across"})


def _is_location(tok: Token, actor: Actor) -> bool:
    """A country or city named as a place ("stores in Sydney", "coffee from Brazil")."""
    return actor.kind == "country" and tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def _is_state(actor: Actor | None) -> bool:
    """A country's own actor (ISO3 country), not an organisation, region or stateless group."""
    return actor is not None and actor.country is not None and len(actor.country) == 3 and not actor.code.startswith(("IGO", "NGO", "IMG"))


# Heads that stand for the group their of-phrase names ("leaders of the opposition").
GENERIC_HEADS = frozenset({"leader", "member", "head", "chief", "official", "spokesman", "spokeswoman",
                           "spokesperson", "representative", "delegation", "group", "activist", "supporter"})

# Plural nouns that refer back to the two parties a story is about.
GROUP_NOUNS = frozenset({"leader", "side", "country", "nation", "government", "party", "president",
                         "minister", "delegation", "state", "neighbour", "neighbor", "rival", "counterpart"})

FIRST_PERSON_SET = frozenset({"i", "me", "we", "us", "our", "my"})


def _safe_id(article: Article) -> Article:
    """The article with an id, whatever its text holds (a failed document still needs one)."""
    try:
        return article.with_id()
    except Exception:  # noqa: BLE001
        return replace(article, id=content_id(repr(article.text)[:100_000], prefix="doc_"))


@functools.lru_cache(maxsize=2)
def default_pipeline(config: Config | None = None) -> Pipeline:
    return Pipeline(config)


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    from .dates import parse_pub_date

    return parse_pub_date(str(value))


def code_article(
    text: str,
    pub_date: dt.date | str | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    id: str = "",
    config: Config | None = None,
    pipeline: Pipeline | None = None,
) -> CodedArticle:
    """Code one article's text. Bad input gives a CodedArticle with ``errors``, never an exception."""
    from .ingest.detect import normalise

    if not isinstance(text, str):
        text = "" if text is None else str(text)
    article = Article(text=normalise(text), id=id, title=title, url=url, outlet=outlet, source="<text>")
    try:
        when = _as_date(pub_date)
    except ValueError as exc:  # documented never to raise: a bad date is an error of this article
        error = DocError("E020", "bad_date", str(exc).removeprefix("[E020] "), "check")
        return CodedArticle(article=article.with_id(), structure=None, errors=(error,))
    article = replace(article, pub_date=when, pub_date_source="given" if when else None)
    return (pipeline or default_pipeline(config)).code(article)
