"""Batch ingest: read -> skip known ids -> code -> write one transaction per batch.

Why it is resumable and idempotent: every id is a content hash, known ids are
checked before coding (``Article.id`` exists before parsing, so a rerun codes
nothing it has stored), each batch commits atomically with its re-linking,
and linking depends only on the set of stored events. A run killed at any
point and rerun therefore ends with the database an uninterrupted run gives
(apart from the ``*_at`` timestamps). Memory is bounded by the batch size and
the number of batches in flight, never by the corpus size.

Why a writer thread: DuckDB does its work with the GIL released, so writing
batch k (inserts, linking, commit) on a second thread overlaps with coding
batch k+1 instead of adding to it. Batches are still written one at a time
and in input order by that single thread, so the database is the one a
sequential run gives. At most one coded batch waits for the writer.
"""
from __future__ import annotations

import datetime as dt
import queue
import threading
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from ..config import Config
from ..ingest.text import sanitised_article
from ..records import Article, CodedArticle, DocError, Rejected, text_hash
from .coding import DEFAULT_FACTORY, Coder, WorkerPool, code_safely, load_factory
from .db import DEFAULT_DB, BatchResult, Store
from .progress import NullProgress, Progress
from .richer import log_choice, metadata_score, richest
from .rows import DocRows, coded_rows, rejected_rows


@dataclass(frozen=True, slots=True)
class IngestHooks:
    """Callbacks for tests and tools (e.g. to kill a run at a known point)."""

    before_commit: Callable[[int], None] | None = None  # batch number, inside the open transaction
    after_commit: Callable[[int, BatchResult], None] | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input document: ``stored``, ``duplicate`` (of ``doc_id``) or ``rejected``."""

    source: str
    outcome: str
    doc_id: str = ""
    code: str = ""
    message: str = ""
    duplicate_of: str = ""

    def to_dict(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in self.__slots__ if getattr(self, k) or k in ("source", "outcome")}


@dataclass(slots=True)
class IngestReport:
    """Counts of one run: every input document is exactly one of new, already stored, duplicate, failed or rejected."""

    read: int = 0  # articles read from the inputs
    new: int = 0  # articles coded and stored as documents
    skipped: int = 0  # articles already stored by an earlier run (same id, same text)
    duplicates: int = 0  # articles repeating another input of this run (same id, same text)
    renamed: int = 0  # articles stored under a derived id: another text came first under their id
    failed: int = 0  # articles whose coding failed, now in rejects (coded again by the next run)
    input_rejects: int = 0  # unreadable inputs newly recorded in rejects
    input_rejects_known: int = 0  # unreadable inputs whose content has a reject already (earlier run or batch)
    events: int = 0
    replaced: int = 0  # duplicates settled in favour of the record with more metadata (richer.py)
    undated: int = 0  # new documents with no publication date (their events may be undated)
    batches: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    worker_maxrss_kb: int = 0

    @property
    def done(self) -> int:
        return self.new + self.skipped + self.duplicates + self.failed

    @property
    def rejected(self) -> int:
        return self.failed + self.input_rejects + self.input_rejects_known

    @property
    def ok(self) -> bool:
        """True when no input of this run ended rejected."""
        return self.rejected == 0

    def summary(self) -> str:
        parts = outcome_parts(self, self.new, self.events)
        parts.append(f"{self.undated} new documents without a publication date")
        if self.counts:
            parts.append(
                f"store: {self.counts.get('documents', 0)} documents, {self.counts.get('events', 0)} events, "
                f"{self.counts.get('clusters', 0)} clusters, {self.counts.get('rejects', 0)} rejects"
            )
        return ", ".join(parts)


DEFAULT_BATCH = 64  # articles per transaction: each commit costs ~0.1 s of fixed DuckDB work
OutcomeSink = Callable[[Outcome], None]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _no_outcome(_: Outcome) -> None:
    pass


class _Batcher:
    """Turns the input stream into work batches, dropping ids that are stored or in flight.

    Same id and same text: a duplicate of that id. Same id, another text (a
    supplied id reused): stored under the derived id ``<id>~<hash>``, recorded
    on the article, so neither text is dropped.
    """

    def __init__(self, store: Store, report: IngestReport, size: int, sink: OutcomeSink) -> None:
        self.store = store
        self.report = report
        self.size = size
        self.sink = sink
        self.in_flight: dict[str, str] = {}  # id -> text hash, until the writer has committed it
        self.replacing: set[str] = set()  # ids whose stored document a richer record replaces

    def batches(self, items: Iterable[Article | Rejected]) -> Iterator[tuple[list[DocRows], list[Article]]]:
        it = iter(items)
        while chunk := list(islice(it, self.size)):
            yield self._filter(chunk)

    def _filter(self, chunk: list[Article | Rejected]) -> tuple[list[DocRows], list[Article]]:
        fresh_rej = self._rejects([x for x in chunk if isinstance(x, Rejected)])
        articles = [sanitised_article(x).with_id() for x in chunk if isinstance(x, Article)]
        self.report.read += len(articles)
        articles = self._resolve_conflicts(articles)
        # In flight first, then stored: the writer drops an id from in_flight only after its commit.
        flying = {a.id for a in articles if a.id in self.in_flight}
        known = self.store.known_ids(a.id for a in articles if a.id not in flying)
        articles = self._richest(articles, set(known) - flying)
        upgrades = self.store.poorer_stored([a for a in articles if a.id in known])
        self.replacing |= upgrades
        self.report.replaced += len(upgrades)
        known = {k: v for k, v in known.items() if k not in upgrades}
        fresh: list[Article] = []
        for a in articles:
            if a.id in flying or a.id in self.in_flight:
                self.report.duplicates += 1
                self.sink(Outcome(a.source or "", "duplicate", a.id, message="repeated in this run", duplicate_of=a.id))
            elif a.id in known:
                self.report.skipped += 1
                self.sink(Outcome(a.source or "", "duplicate", a.id, message="already stored", duplicate_of=a.id))
            else:
                self.in_flight[a.id] = text_hash(a.text)
                self.report.renamed += "id_conflict_with" in a.metadata
                fresh.append(a)
        return fresh_rej, fresh

    def _rejects(self, items: list[Rejected]) -> list[DocRows]:
        now = _now()
        rows = [rejected_rows(x, now) for x in items]
        known = self.store.known_rejects(r.rejects[0][0] for r in rows)
        fresh, seen = [], set()
        for item, r in zip(items, rows):
            rid = r.rejects[0][0]
            self.sink(Outcome(item.source, "rejected", item.raw_id, item.error.code, item.error.message))
            if rid in known or rid in seen:
                self.report.input_rejects_known += 1
            else:
                seen.add(rid)
                fresh.append(r)
        self.report.input_rejects += len(fresh)
        return fresh

    def _resolve_conflicts(self, articles: list[Article]) -> list[Article]:
        """Give a derived id to an article whose id holds another text (stored, in flight or earlier in the chunk)."""
        flying = {a.id: self.in_flight.get(a.id) for a in articles}  # the writer thread may pop meanwhile
        hashes = {k: v for k, v in flying.items() if v is not None}
        stored = self.store.known_ids(a.id for a in articles if a.id not in hashes)
        hashes.update({k: v for k, v in stored.items() if v is not None})
        out = []
        for a in articles:
            h = text_hash(a.text)
            first = hashes.setdefault(a.id, h)
            if first != h:
                a = _derived(a, h)
            out.append(a)
        return out

    def _richest(self, articles: list[Article], stored: set[str]) -> list[Article]:
        """One article per id (ids are per text by now): the one with more metadata (richer.py).

        Each other copy is counted as the winner's is: already stored when its id is, else a duplicate.
        """
        kept, dropped = richest(articles)
        for winner, loser in dropped:
            log_choice(winner, loser.source)
            if loser.id in stored and loser.id not in self.in_flight:
                self.report.skipped += 1
                self.sink(Outcome(loser.source or "", "duplicate", loser.id, message="already stored",
                                  duplicate_of=winner.id))
            else:
                self.report.duplicates += 1
                self.sink(Outcome(loser.source or "", "duplicate", loser.id, duplicate_of=winner.id,
                                  message="repeated in this run; the record with more metadata was kept"))
        self.report.replaced += sum(1 for w, lo in dropped if metadata_score(w) > metadata_score(lo))
        return kept


def _derived(article: Article, h: str) -> Article:
    new_id = f"{article.id}~{h[:8]}"
    note = f"[W006] id {article.id!r} already holds another text; stored as {new_id!r}"
    return replace(article, id=new_id, metadata={**article.metadata, "id_conflict_with": article.id},
                   warnings=(*article.warnings, note))


def _db_error() -> type[Exception]:
    import duckdb

    return duckdb.Error


class _Writer:
    """Writes coded batches, in order, on one background thread (see the module docstring)."""

    def __init__(self, store: Store, report: IngestReport, batcher: _Batcher, progress: Progress,
                 hooks: IngestHooks, sink: OutcomeSink) -> None:
        self.store, self.report, self.batcher, self.progress, self.hooks = store, report, batcher, progress, hooks
        self.sink = sink
        self._queue: queue.Queue = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="eventwire-store-writer", daemon=True)
        self._thread.start()

    def put(self, rejects: list[DocRows], coded: list) -> None:
        """Queue a coded batch; blocks while another one is waiting. Raises what the writer raised."""
        self._raise()
        self._queue.put((rejects, coded))

    def finish(self) -> None:
        """Wait until every queued batch is written; raise what the writer raised."""
        self.stop()
        self._raise()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _rows(self, coded: CodedArticle, now: dt.datetime) -> DocRows:
        """The article's rows; flagged to replace the stored poorer record of its id (richer.py)."""
        rows = coded_rows(coded, now)
        return replace(rows, replaces=True) if coded.article.id in self.batcher.replacing else rows

    def _write_alone(self, coded: CodedArticle, now: dt.datetime, batch_error: Exception) -> CodedArticle:
        """Write one article of a batch the database refused; if it alone is refused, reject it (E313)."""
        if not coded.ok:
            return coded
        try:
            self.store.write_batch([self._rows(coded, now)])
            return coded
        except _db_error() as exc:
            error = DocError("E313", "internal", f"the store refused this document: {str(exc)[:300]}", "store")
            return CodedArticle(coded.article, None, errors=(error,))

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is None:  # after a failure, drain without writing
                try:
                    self._write(*item)
                except BaseException as exc:  # noqa: BLE001 - handed to the main thread
                    self._error = exc

    def _write(self, rejects: list[DocRows], coded: list) -> None:
        report, hooks = self.report, self.hooks
        now = _now()
        rows = rejects + [self._rows(c, now) for c in coded]
        n = report.batches
        before = (lambda: hooks.before_commit(n)) if hooks.before_commit else None
        try:
            result = self.store.write_batch(rows, before_commit=before)
        except _db_error() as exc:  # one document the database refuses must not stop the run
            coded = [self._write_alone(c, now, exc) for c in coded]
            rows = rejects + [self._rows(c, now) for c in coded]
            result = self.store.write_batch(rows, before_commit=before)
        report.batches += 1
        report.new += result.documents
        report.failed += sum(1 for c in coded if not c.ok)
        report.events += result.events
        report.undated += sum(1 for c in coded if c.ok and c.article.pub_date is None)
        for c in coded:
            self.batcher.in_flight.pop(c.article.id, None)
            self.batcher.replacing.discard(c.article.id)
            if c.ok:
                self.sink(Outcome(c.article.source or "", "stored", c.article.id))
            else:
                err = c.errors[0]
                self.sink(Outcome(c.article.source or "", "rejected", c.article.id, err.code, err.message))
        self.progress.update(
            report.done + report.input_rejects + report.input_rejects_known,
            report.new, report.skipped + report.duplicates, report.rejected,
        )
        if hooks.after_commit:
            hooks.after_commit(n, result)


def ingest_items(
    items: Iterable[Article | Rejected],
    store: Store,
    *,
    config: Config | None = None,
    workers: int = 1,
    coder: Coder | None = None,
    factory: str = DEFAULT_FACTORY,
    batch_size: int | None = None,
    progress: Progress | None = None,
    hooks: IngestHooks | None = None,
    on_outcome: OutcomeSink | None = None,
) -> IngestReport:
    """Code and store a stream of articles; see the module docstring for the guarantees.

    ``workers`` > 1 codes in that many processes built by ``factory``
    (``module:callable`` taking a Config); otherwise ``coder`` (or one built
    by ``factory``) codes in this process. ``on_outcome`` hears what became of
    every input document (stored, duplicate or rejected), once each.
    """
    config = config or Config()
    progress = progress or NullProgress()
    hooks = hooks or IngestHooks()
    report = IngestReport()
    sink = on_outcome or _no_outcome
    batcher = _Batcher(store, report, batch_size or DEFAULT_BATCH, sink)
    work = batcher.batches(items)
    pool: WorkerPool | None = None
    if workers > 1:
        pool = WorkerPool(workers, config, factory)
        coded_batches = pool.map(work)
    else:
        coder = coder or load_factory(factory)(config)
        coded_batches = ((tag, code_safely(coder, arts)) for tag, arts in work)
    writer = _Writer(store, report, batcher, progress, hooks, sink)
    try:
        for rejects, coded in coded_batches:
            writer.put(rejects, coded)
        writer.finish()
    finally:
        writer.stop()
        if pool is not None:
            report.worker_maxrss_kb = pool.worker_maxrss_kb
            pool.close()
        progress.close()
    report.counts = store.counts()
    return report


def ingest(
    paths: Sequence[str | Path],
    db: str | Path = DEFAULT_DB,
    *,
    config: Config | None = None,
    **kwargs,
) -> IngestReport:
    """Ingest files, directories and globs into the DuckDB file ``db``."""
    from ..ingest import read_paths

    config = config or Config()
    with Store(db, link_window_days=config.link_window_days) as store:
        return ingest_items(read_paths(paths, config=config), store, config=config, **kwargs)


def outcome_parts(run, new: int, events: int) -> list[str]:
    """The outcome counts of an ingest run (local or Ray), as summary phrases."""
    parts = [f"{new} new documents", f"{run.skipped} already stored"]
    if run.duplicates:
        parts.append(f"{run.duplicates} duplicates")
    if run.renamed:
        parts.append(f"{run.renamed} stored under a derived id (id conflict)")
    if run.replaced:
        parts.append(f"{run.replaced} duplicates settled for the record with more metadata")
    if run.failed:
        parts.append(f"{run.failed} failed")
    if run.input_rejects or run.input_rejects_known:
        parts.append(f"{run.input_rejects + run.input_rejects_known} inputs rejected "
                     f"({run.input_rejects_known} with a reject already recorded: same content)")
    parts.append(f"{events} new events")
    return parts
