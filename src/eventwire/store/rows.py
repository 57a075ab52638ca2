"""Turning coded articles into table rows (tuples in schema column order).

Computing rows is kept apart from writing them so the conversion can be
tested without a database and so the writer stays a few lines of SQL.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from typing import Any, Sequence
from urllib.parse import urlsplit

from ..records import Actor, Article, CodedArticle, DocError, Event, EventDate, Rejected, content_id, text_hash
from ..ingest.sanitise import sanitise
from ..serialize import _plain
from ..tone import document_tone
from .linking import block_key_of
from .schema import EVENTS


@dataclass(frozen=True, slots=True)
class DocRows:
    """Every row one coded article adds, written together in one transaction."""

    doc_id: str
    document: tuple | None
    events: tuple[tuple, ...]
    actors: tuple[tuple, ...]
    quotes: tuple[tuple, ...]
    mentions: tuple[tuple, ...]
    rejects: tuple[tuple, ...]
    source_key: str = ""  # resolved source of a stored document: its success replaces that source's rejects
    text: tuple | None = None  # (doc_id, text, segments) for the texts table
    replaces: bool = False  # a stored document of this id has less metadata and is replaced (richer.py)


def date_span(date: EventDate | None, pub_date: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day an event date can denote; the publication day when it has none."""
    value = date.value if date else None
    if value:
        try:
            parts = [int(p) for p in value.split("-")]
            if len(parts) >= 3:
                d = dt.date(parts[0], parts[1], parts[2])
                return d, d
            if len(parts) == 2:
                last = calendar.monthrange(parts[0], parts[1])[1]
                return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        except ValueError:
            pass
    if pub_date is not None:
        return pub_date, pub_date
    return None, None


def _link_cols(a: Actor | None) -> tuple | None:
    return (a.code or "", a.country, a.role) if a is not None else None


def block_key(event: Event) -> str:
    """Events that could ever link share this key (``linking.block_key_of``)."""
    return block_key_of(event.root, _link_cols(event.source), _link_cols(event.target))


def source_key(article: Article) -> str:
    """Independent source of an article: outlet, else URL host, else the article itself."""
    if article.outlet and article.outlet.strip():
        return article.outlet.strip().lower()
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.").lower()
    return f"doc:{article.id}"


_LOCATION = re.compile(r"(?::\d+-?|\[\d+\])$")  # ":12" (line), ":12-" (rest of file), "[3]" (JSON list item)


def resolved_source(source: str) -> str:
    """``source`` with its path made absolute and resolved: ``corp/a.txt``, ``./corp//a.txt`` -> one key."""
    m = _LOCATION.search(source)
    path, loc = (source[: m.start()], m.group()) if m else (source, "")
    if not path or path.startswith("<"):
        return source
    try:
        return os.path.realpath(path) + loc
    except (OSError, ValueError):
        return source


def reject_row(source: str, key: str, doc_id: str, error: DocError, when: dt.datetime) -> tuple:
    """A reject keyed by what failed (``key``: content), where (the resolved source) and how (code);
    never by the message or the path's spelling."""
    resolved = resolved_source(source)
    rid = content_id(key, resolved, error.code, prefix="rej_")
    source, doc_id, message = (sanitise(v)[0] for v in (resolved, doc_id, error.message))
    return (rid, source, doc_id, error.code, error.kind, error.stage, message, when)


def rejected_rows(item: Rejected, when: dt.datetime) -> DocRows:
    """Rows of an unreadable input: keyed by its bytes when they were read, and its resolved path."""
    key = (item.content_key or "unread") + "|" + item.raw_id
    return DocRows(item.raw_id, None, (), (), (), (), (reject_row(item.source, key, item.raw_id, item.error, when),))


def _actor_cols(a: Actor | None) -> tuple:
    if a is None:
        return (None, None, None, None, None, -1, None)
    return (a.code, a.country, a.role, a.name, a.text, a.start, a.rule)


def _event_row(e: Event, doc_id: str, pub_date: dt.date | None) -> tuple:
    lo, hi = date_span(e.date, pub_date)
    p = e.place
    place = (p.name, p.country, p.lat, p.lon, p.feature, p.basis) if p else (None,) * 6
    return (
        e.event_id, doc_id, e.code, e.root, e.name, e.quad_class, e.goldstein,
        e.plover_type, e.plover_mode, e.plover_context, e.modality, e.reciprocal,
        *_actor_cols(e.source), *_actor_cols(e.target),
        e.date.value, e.date.precision, e.date.basis, e.date.text, lo, hi,
        *place,
        e.sentence, e.sentence_start, e.sentence_end, e.cue, e.rule, e.trigger,
        e.trigger_start, e.trigger_end, e.confidence, e.quote_id, block_key(e), None, None, None,
    )


# The one CSV layout for events, wherever they are written (`code --format csv`, `events --format csv`,
# `export --format csv`): the events table's columns, then the article's outlet, URL and publication date.
EVENT_CSV_COLUMNS: tuple[str, ...] = (*EVENTS.names, "outlet", "url", "pub_date")


def event_csv_rows(coded: CodedArticle) -> list[tuple]:
    """A coded article's events in the EVENT_CSV_COLUMNS layout (cluster_id empty: not linked yet)."""
    art = coded.article
    return [
        (*_event_row(e, art.id, art.pub_date), art.outlet, art.url, art.pub_date)
        for e in _unique_events(coded.events)
    ]


def _in_raw_text(e: Event) -> bool:
    return not any(a is not None and a.rule.startswith("coref") for a in (e.source, e.target))


def _unique_events(events: tuple[Event, ...]) -> list[Event]:
    seen: set[str] = set()
    out = []
    for e in events:
        if e.event_id not in seen:
            seen.add(e.event_id)
            out.append(e)
    return out


def sentence_number(coded: CodedArticle, start: int) -> int:
    """1-based number of the sentence starting at ``start`` among the article's coded sentences (GDELT SentenceID).

    Falls back to the rank among the events' sentences when the coder recorded no sentence list.
    """
    starts = coded.sentence_starts or tuple(sorted({e.sentence_start for e in coded.events}))
    return max(1, bisect.bisect_right(starts, start))


def _mention_rows(coded: CodedArticle, events: list[Event], lead_end: int | None) -> tuple[tuple, ...]:
    art = coded.article
    skey = source_key(art)
    return tuple(
        (
            e.event_id, art.id, art.outlet, skey, art.url, art.pub_date, sentence_number(coded, e.sentence_start),
            e.sentence_start, e.sentence_end,
            e.source.start if e.source else -1, e.target.start if e.target else -1, e.trigger_start,
            lead_end is not None and e.sentence_start < lead_end, _in_raw_text(e), e.confidence, len(art.text),
        )
        for e in events
    )


def _json(value: Any) -> str:
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True, default=str)


def coded_rows(coded: CodedArticle, when: dt.datetime) -> DocRows:
    """Rows of one coded article; a failed article becomes reject rows only."""
    art = coded.article
    source = art.source or ""
    if not coded.ok:
        key = f"doc:{art.id}|{text_hash(art.text)}"
        rejects = tuple(reject_row(source, key, art.id, err, when) for err in coded.errors)
        return DocRows(art.id, None, (), (), (), (), rejects)
    st = coded.structure
    body = st.body if st else ()
    lead_end = body[0].end if body else None
    events = _unique_events(coded.events)
    document = (
        art.id, source, art.url, art.outlet, art.pub_date, art.pub_date_source if art.pub_date else None,
        (st.headline if st else None) or art.title,
        st.subheadline if st else None,
        st.dateline.place if st and st.dateline else None,
        len(events), len(art.text), document_tone(art.text), lead_end, when, _json(art.metadata),
        text_hash(art.text), _json(list(art.warnings)),
    )
    actors = tuple(
        (art.id, i, a.text, a.code, a.country, a.role, a.name, a.start, a.end, a.rule, a.kind)
        for i, a in enumerate(coded.actors)
    )
    seen_q: set[str] = set()
    quotes = []
    for q in coded.quotes:
        if q.quote_id in seen_q:
            continue
        seen_q.add(q.quote_id)
        sp = q.speaker
        quotes.append((
            q.quote_id, art.id, q.text, q.start, q.end,
            sp.code if sp else None, sp.country if sp else None, sp.role if sp else None,
            sp.name if sp else None, q.speaker_text, q.rule,
        ))
    return DocRows(
        art.id, document,
        tuple(_event_row(e, art.id, art.pub_date) for e in events),
        actors, tuple(quotes), _mention_rows(coded, events, lead_end), (), resolved_source(source),
        (art.id, art.text, json.dumps([[s.kind, s.start, s.end] for s in (st.segments if st else ())])),
    )


def update_events(con, rows: Sequence[tuple], columns: Sequence[str], also: str = "") -> None:
    """Set ``columns`` of the events keyed by each row's (doc_id, event_id) to the rest of the row,
    in one statement; ``also`` adds fixed assignments ("link_country = NULL"). Column names are the
    store's own, never input."""
    if not rows:
        return
    sets = ", ".join([f"{c} = a.{c}" for c in columns] + ([also] if also else []))
    arrays = ", ".join(f"unnest(?::VARCHAR[]) AS {c}" for c in ("doc_id", "event_id", *columns))
    con.execute(
        f"UPDATE events SET {sets} FROM (SELECT {arrays}) a "
        "WHERE events.doc_id = a.doc_id AND events.event_id = a.event_id",
        [list(c) for c in zip(*rows)],
    )
