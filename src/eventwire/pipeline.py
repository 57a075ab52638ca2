"""Stage order, batching and per-document error isolation.

check -> clean -> parse (body paragraphs, batched through ``nlp.pipe``) ->
quotes -> actors + events -> dates and places. A document that fails at any
stage comes back as a ``CodedArticle`` with ``errors``; the batch goes on.
"""
from __future__ import annotations

import datetime as dt
import functools
import itertools
from dataclasses import replace
from typing import Iterable, Iterator

from spacy.tokens import Doc

from . import nlp as nlp_mod
from .actors import convention, peers
from .actors import user as user_dicts
from .actors.context import dominant_country, facing_from_dateline, home_country, most_named_state, one_party, recent_countries, same_state, spoken_at_seat, story_pair, with_context_country, with_recent_country
from .actors.named_again import as_regional_body, organ_mentions, regional_bodies, same_organ_country
from .actors.nationality import event_countries, one_nationality
from .actors.article import VIOLENCE_ROOTS, ArticleContext
from .actors.sentence import SentenceActors
from .actors.groups import plural_reference
from .dates import with_pub_precision
from .events import dyad
from .events.acts import at_the_protest, is_toll, with_counterpart
from .events.claimants import claimed_by
from .events.lemmas import repair_plural_nouns
from .events.guards import internal_directive, load_discards, non_political_story
from .events.modality import told_as_earlier
from .config import Config
from .errors import InputError
from .records import Actor, Article, CodedArticle, DocError, Event, Quote, Segment, Structure, content_id




class Pipeline:
    """Codes articles. Loads the spaCy pipeline and the tables once."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.nlp = nlp_mod.load(self.config.model)

    @functools.cached_property
    def sentence_actors(self) -> SentenceActors:
        return SentenceActors(self.coder, self.extractor.lexicon.act_roots)

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
    def headlines(self):
        from .events.headline import HeadlineParser

        return HeadlineParser(self.nlp, self.extractor.known_verbs, self.coder.tables.countries_named)

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
            doc = self.headlines(doc)  # "Police arrest ...": a present-tense headline parsed as a clause
            repair_plural_nouns(doc)  # "US airstrikes/VBZ targeted ...": a noun
            nlp_mod.remember_text(doc, seg.text)
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
        from .quotes import find_quotes

        discards, lexicon = load_discards(), self.extractor.lexicon
        ctx = ArticleContext(when=article.pub_date, memory=ArticleMemory())
        events: list[Event] = []
        actors: list[Actor] = []
        quotes: list[Quote] = []
        seen: set[str] = set()
        sentence_starts: list[int] = []  # every coded sentence, for GDELT's SentenceID
        last_speaker: Actor | None = None
        dyads = [s for s in structure.segments if s.kind == "dyad"]
        where = self._dateline_country(structure)
        story = ctx.memory.states = self._story(docs, where)
        for seg, doc in docs:
            pending, para_quotes = list(find_quotes(doc)), []
            ctx.offset = seg.start
            sides = self._dyad(dyads, seg, ctx) if dyads else None  # "Government of Sudan - RSF: ...": the two sides
            for sent in doc.sents:
                # a quotation's speaker is coded when the text reaches it, so that "he" is the person the
                # sentences before it name ("Kurti accused Serbia. 'Organised crime ...,' he said")
                while pending and pending[0].start - 1 < sent.end_char:
                    found = self._quote(article, seg, pending.pop(0), ctx, last_speaker)
                    para_quotes.append(found)
                    quotes.append(found[0])
                    last_speaker = found[0].speaker or last_speaker
                sentence_starts.append(seg.start + sent.start_char)
                quote = next((q for q, (s, e) in para_quotes if s - 1 <= sent.start_char < e), None)
                ctx.speaker = quote.speaker if quote is not None else None
                ctx.next_sentence()
                sent_actors = self.sentence_actors.scan(sent, ctx, seg.start)
                actors.extend(sent_actors.values())
                if discards.discards_sentence(sent, lambda tok: lexicon.noun(tok.lemma_.lower()) is not None):
                    continue  # a sentence of sport results or history: not an event
                cands = list(self.extractor.candidates(
                    sent,
                    lambda tok: self.sentence_actors.actors_at(tok, sent_actors, ctx, seg.start),
                    lambda tok: plural_reference(tok, ctx),
                    seg.start,
                ))
                if sides is not None:
                    cands = dyad.between_sides(cands, sides, sent, self.extractor.lexicon,
                                               told=ctx.violence_at >= 0)
                events.extend(self._sentence_events(article, structure, seg, sent, cands, quote, ctx, story, seen))
        events = claimed_by(events, sentence_starts)  # "...; al-Shabaab claimed responsibility": the attack's doer
        events, quotes = self._with_article_country(events, quotes, actors, where)
        events = one_nationality(events)
        coded = self._finish(CodedArticle(article=article, structure=structure, events=tuple(events),
                                          actors=tuple(actors), quotes=tuple(quotes),
                                          sentence_starts=tuple(sentence_starts)))
        # (once every party has its state: an order between two organs of one state is no event)
        coded = replace(coded, events=tuple(e for e in coded.events
                                            if not internal_directive(e.code, e.rule, e.source, e.target)))
        return self._political_only(coded, docs)

    def _sentence_events(self, article, structure, seg, sent, cands, quote, ctx, story, seen: set[str]) -> list[Event]:
        """The sentence's candidates as events, each remembered by the article's context as it is made (the
        next candidate's counterpart, the last act of violence, the date later ones count from)."""
        from .dates import resolve as resolve_date

        out: list[Event] = []
        for cand in cands:
            if is_toll(cand, ctx):
                continue  # "At least 23 people were wounded": the last attack's outcome, not another attack
            cand = at_the_protest(with_counterpart(cand, ctx), ctx)
            event = self._event(article, structure, seg, sent, cand, quote, resolve_date, ctx.anchor, story)
            if event is None or event.event_id in seen:
                continue
            seen.add(event.event_id)
            out.append(event)
            ctx.note_event(event.source, event.target, event.quad_class, event.rule)
            ctx.note_act(event.code, event.source, event.target, event.rule, event.trigger_start,
                         earlier=told_as_earlier(cand.trigger.verb), verb=cand.trigger.verb.lemma_.lower())
            if event.root in VIOLENCE_ROOTS:
                ctx.violence_at = ctx.sentence_no
            if ctx.anchor is None and event.date.basis == "text" and event.date.precision == "day":
                ctx.anchor = replace(event.date, basis="lead")
        return out

    def _political_only(self, coded: CodedArticle, docs: list[tuple[Segment, Doc]]) -> CodedArticle:
        """Sport, business, science ...: no events, and the document says why (events/guards.py)."""
        reason = non_political_story("\n".join(seg.text for seg, _ in docs),
                                     [a for e in coded.events for a in (e.source, e.target) if a is not None],
                                     " ".join(filter(None, (coded.structure.headline, coded.structure.subheadline))))
        if reason is None:
            return coded
        return replace(coded, events=(),
                       notes=(f"not political news: {reason}; {len(coded.events)} candidate events withheld",))

    def _with_article_country(self, events: list[Event], quotes: list[Quote], actors: list[Actor],
                              where: str | None) -> tuple[list[Event], list[Quote]]:
        """Roles the sentence leaves without a country take the article's ("the government said"), as
        the speakers of its quotations do ("'We shall not allow it,' the police spokesman said");
        ``where``: the dateline's state."""
        context, states = dominant_country(actors, where), dominant_country(actors, where, states_only=True)
        mentions = recent_countries(actors) if context is None and states is None else []
        home = home_country(actors, where) if context is None and states is None else None
        pair = story_pair(actors) if context is None and states is None else frozenset()
        own = most_named_state(actors) if context is None and states is None else None
        organs, bodies = organ_mentions(actors), regional_bodies(actors)
        out = []
        for e in events:
            e = replace(e, source=with_context_country(as_regional_body(e.source, bodies), same_organ_country(e.source, organs)),
                        target=with_context_country(as_regional_body(e.target, bodies), same_organ_country(e.target, organs)))
            if context or states:
                source, target = (with_context_country(a, context, states) for a in (e.source, e.target))
            else:  # a story of two states: each paragraph's own, else the one it is written from
                # (a place found near the cue is where, not the other side: "looted warehouses in North Darfur")
                sides = pair if "near-target" not in e.rule else frozenset()
                source = with_recent_country(e.source, e.target, mentions, home, sides, own)
                target = with_recent_country(e.target, source, mentions, home, sides, own)
            if source is not None and target is not None and same_state(source, target):
                # never make an event between a state and itself: the doer is the state the story is
                # written from, where that is another it names ("the government said ... Doha's policy",
                # datelined Abu Dhabi, in a story that names Qatar most)
                source, target = facing_from_dateline(e.source, e.target, where, actors), e.target
            # (an event whose parties did not change is kept: replace would build an equal copy)
            out.append(e if source is e.source and target is e.target else replace(e, source=source, target=target))
        # a speaker as an event's actor: in a story of two states, the state of the paragraph it speaks in
        # (the state the article is written from first, where it has one)
        speakers = [(q, with_context_country(q.speaker, context or home, states) if context or home or states
                     else with_recent_country(q.speaker, None, mentions, None, pair)) for q in quotes]
        return out, [q if speaker is q.speaker else replace(q, speaker=speaker) for q, speaker in speakers]


    # -- conflict records -------------------------------------------------
    def _dyad(self, dyads: list[Segment], seg: Segment, ctx) -> tuple[Actor, Actor] | None:
        """The sides of the dyad label (of the article's ``dyads``) opening ``seg``'s line (events/dyad.py),
        coded as phrases."""
        label = dyad.label_before(dyads, seg)
        if label is None:
            return None

        def code_side(text: str, start: int) -> Actor | None:
            doc = self.nlp(text)
            return self.coder.code_span(doc[:], when=ctx.when, memory=ctx.memory, offset=start)

        return dyad.sides(label, code_side)

    # -- quotes -----------------------------------------------------------

    def _quote(self, article, seg, q, ctx, last_speaker) -> tuple[Quote, tuple[int, int]]:
        """The record of a quotation ``find_quotes`` found, with its speaker coded from what the article
        has read so far; its character span within the paragraph."""
        from .actors.referents import document_issuer
        from .quotes import named_speaker

        speaker: Actor | None = None
        named = None
        if q.speaker is not None:
            speaker = self.coder.code_np(q.speaker, when=ctx.when, memory=ctx.memory, offset=seg.start)
            if speaker is not None:  # "the head of state said": the one the article named before
                speaker = self.sentence_actors.antecedent(q.speaker, speaker, ctx, seg.start)
                # ('," the ministry spokesman told a briefing in Beijing': that state's)
                doc = q.speaker.doc
                speaker = spoken_at_seat(q.speaker, speaker, lambda i: self.coder.code_np(doc[i], when=ctx.when, offset=seg.start))
            issuer = document_issuer(q.speaker, ctx) if speaker is None else None
            # ('"...," the statement said': whoever issued the statement the article told before)
            speaker, named = (issuer, issuer.name or issuer.text) if issuer is not None \
                else named_speaker(speaker, q.speaker)
        elif q.start <= 1 and last_speaker is not None:
            speaker = last_speaker  # a paragraph continuing the previous quotation
        start, end = seg.start + q.start, seg.start + q.end
        quote = Quote(
            quote_id=content_id(article.id, start, end, prefix="q_"),
            text=q.text,
            start=start,
            end=end,
            speaker=speaker,
            speaker_text=named,
            rule=q.rule,
        )
        return quote, (q.start, q.end)

    # -- records ----------------------------------------------------------
    def _dateline_country(self, structure: Structure) -> str | None:
        """The state of the article's dateline, if it has one the gazetteer knows."""
        try:
            dateline = self.gazetteer.dateline_place(structure.dateline)
        except ImportError:
            return None
        return dateline.country if dateline is not None else None

    def _story(self, docs: list[tuple[Segment, Doc]], where: str | None) -> frozenset[str]:
        """The states the article names anywhere, and its dateline's (``where``): which of two same-named
        places it means (places.Gazetteer.locate). None for a record of a sentence or two, which may name
        only the foreign side ("Russian forces struck Kramatorsk")."""
        if sum(1 for _, doc in docs for _ in doc.sents) < STORY_SENTENCES:
            return frozenset()
        named = {c for _, doc in docs for c in self.coder.named_states(doc)}
        return frozenset(named | ({where} if where else set()))

    def _event(self, article, structure, seg, sent, cand, quote, resolve_date, anchor, story=frozenset()) -> Event | None:
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
            # (the act's own words too: "the attack, which took place in Kabul")
            parties = tuple((a.start, a.end) for a in (cand.source, cand.target) if a is not None) \
                + tuple((seg.start + t.idx, seg.start + t.idx + len(t)) for t in toks)
            place = self.gazetteer.locate(sent, dateline=structure.dateline, offset=seg.start,
                                          context=context, root=info.root, parties=parties, story=story)
        except ImportError:
            place = None
        source, target = event_countries(cand.source, cand.target, place, info.code, "passive" in cand.rule)
        if target is not None and source is not None and one_party(target, source):
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
            sentence=nlp_mod.span_text(sent),
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


STORY_SENTENCES = 3  # an article long enough to tell of the states it is about


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
