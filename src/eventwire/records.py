"""Typed records that flow through the pipeline.

Every stage takes and returns these; dicts appear only at I/O boundaries
(`to_dict` / JSON). Offsets are character offsets into ``Article.text``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

SegmentKind = Literal["headline", "subheadline", "dateline", "dyad", "caption", "credit", "body", "repeat", "boilerplate",
                      "crosshead"]
Modality = Literal["asserted", "negated", "future", "conditional", "alleged"]
DateBasis = Literal["text", "lead", "pub_date", "none"]  # lead: the story's first dated event, for undated sentences
DatePrecision = Literal["day", "month", "year"]
# Where an article's publication date came from: a record field (JSON Lines), HTML metadata, the
# command line / caller (--pub-date, code_article(pub_date=...)), or the article's dateline.
PubDateSource = Literal["record", "html_meta", "given", "dateline"]


def content_id(*parts: object, prefix: str = "") -> str:
    """Stable content hash: the same inputs always give the same id."""
    # surrogatepass: a lone surrogate that reached this far gets an id rather than an exception
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8", "surrogatepass"))
    return prefix + h.hexdigest()[:16]


def raw_key(data: bytes) -> str:
    """Content key of raw input bytes (an unreadable file or line): the same bytes, the same key."""
    return "raw_" + hashlib.sha256(data).hexdigest()[:16]


def text_hash(text: str) -> str:
    """Hash of an article's text alone: tells two texts under one supplied id apart."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """One input document after decoding, before cleaning."""

    text: str
    id: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    pub_date: dt.date | None = None
    source: str | None = None  # file path or "<stdin>", for messages
    metadata: dict[str, Any] = field(default_factory=dict)
    pub_date_source: PubDateSource | None = None  # where pub_date came from; None when there is none
    warnings: tuple[str, ...] = ()  # coded "[Wnnn] ..." notes of what the reader changed (see ingest/sanitise.py)

    def with_id(self) -> "Article":
        if self.id:
            return self
        from dataclasses import replace

        return replace(self, id=content_id(self.url or "", self.text, prefix="doc_"))


@dataclass(frozen=True, slots=True)
class Segment:
    """A labelled stretch of the article: headline, caption, body paragraph, ..."""

    kind: SegmentKind
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Dateline:
    text: str
    place: str | None
    agency: str | None
    date_text: str | None = None


@dataclass(frozen=True, slots=True)
class Caption:
    text: str
    credit: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Structure:
    """Result of the clean stage."""

    headline: str | None
    subheadline: str | None
    dateline: Dateline | None
    captions: tuple[Caption, ...]
    credits: tuple[str, ...]
    segments: tuple[Segment, ...]  # every non-empty line/paragraph in order, labelled

    @property
    def body(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.kind == "body")

    @property
    def body_start(self) -> int | None:
        b = self.body
        return b[0].start if b else None


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    feature: Literal["city", "admin", "country", "region"] = "city"
    basis: Literal["sentence", "dateline"] = "sentence"


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor mention.

    ``code`` is the combined CAMEO code (country + role, e.g. ``RUSGOV``);
    ``rule`` says which table or rule gave it (``person``, ``country``,
    ``demonym+role``, ``capital``, ``org``, ``coref:surname`` ...).
    """

    text: str
    code: str
    country: str | None
    role: str | None
    name: str | None = None
    start: int = -1
    end: int = -1
    rule: str = ""
    kind: Literal["person", "country", "organisation", "group", "role", "pronoun", "thing"] = "country"

    @property
    def key(self) -> str:
        """Identity used to refuse source == target events."""
        return f"{self.code}|{self.name or ''}"

    @property
    def first_role(self) -> str | None:
        """The first of a compound role (GOVMIL, a defence minister: GOV), which decides what kind of
        party it is; the role as coded before the convention splits it into role and sub-roles."""
        return self.role[:3] if self.role else None


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str | None  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY by precision)
    precision: DatePrecision | None
    basis: DateBasis
    text: str | None = None  # the time expression that gave it


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    code: str
    root: str
    name: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None
    source: Actor | None
    target: Actor | None
    modality: Modality
    sentence: str
    sentence_start: int
    sentence_end: int
    cue: str  # the lexicon entry that fired, e.g. "verb:criticize" or "noun:talks+hold"
    rule: str  # the dependency rule, e.g. "verb", "light-verb", "passive", "frame:intent"
    trigger: str  # the trigger tokens' text
    trigger_start: int
    trigger_end: int
    confidence: float
    date: EventDate
    place: Place | None = None
    quote_id: str | None = None
    reciprocal: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    quote_id: str
    text: str
    start: int
    end: int
    speaker: Actor | None
    speaker_text: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class DocError:
    code: str  # e.g. "E001"
    kind: str  # e.g. "empty", "binary", "encoding", "too_large", "not_english", "not_article", "internal"
    message: str
    stage: str


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not even become an Article (unreadable file, bad JSON line)."""

    source: str
    error: DocError
    raw_id: str = ""
    content_key: str = ""  # raw_key of the bytes that failed, when they were read


@dataclass(frozen=True, slots=True)
class CodedArticle:
    article: Article
    structure: Structure | None
    events: tuple[Event, ...] = ()
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    errors: tuple[DocError, ...] = ()
    sentence_starts: tuple[int, ...] = ()  # article offset of every coded sentence, in order
    notes: tuple[str, ...] = ()  # why events were withheld (e.g. "not political news: ...")

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        from .serialize import coded_article_to_dict

        return coded_article_to_dict(self)
