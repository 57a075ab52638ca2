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
from ..records import Article, Rejected
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


@dataclass(slots=True)
class IngestReport:
    read: int = 0  # articles read from the inputs
    new: int = 0  # articles coded and stored as documents
    skipped: int = 0  # articles already stored (or repeated in the input)
    failed: int = 0  # articles whose coding failed, now in rejects
    input_rejects: int = 0  # unreadable inputs newly recorded in rejects
    input_rejects_known: int = 0  # unreadable inputs recorded by an earlier run
    events: int = 0
    replaced: int = 0  # duplicates settled in favour of the record with more metadata (richer.py)
    undated: int = 0  # new documents with no publication date (their events may be undated)
    batches: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    worker_maxrss_kb: int = 0

    @property
    def done(self) -> int:
        return self.new + self.skipped + self.failed

    def summary(self) -> str:
        parts = [f"{self.new} new documents", f"{self.skipped} already stored"]
        if self.replaced:
            parts.append(f"{self.replaced} duplicates settled for the record with more metadata")
        if self.failed:
            parts.append(f"{self.failed} failed")
        if self.input_rejects or self.input_rejects_known:
            parts.append(f"{self.input_rejects} inputs rejected ({self.input_rejects_known} already recorded)")
        parts.append(f"{self.events} new events")
        parts.append(f"{self.undated} new documents without a publication date")
        if self.counts:
            parts.append(
                f"store: {self.counts.get('documents', 0)} documents, {self.counts.get('events', 0)} events, "
                f"{self.counts.get('clusters', 0)} clusters, {self.counts.get('rejects', 0)} rejects"
            )
        return ", ".join(parts)


DEFAULT_BATCH = 64  # articles per transaction: each commit costs ~0.1 s of fixed DuckDB work


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class _Batcher:
    """Turns the input stream into work batches, dropping ids that are stored or in flight."""

    def __init__(self, store: Store, report: IngestReport, size: int) -> None:
        self.store = store
        self.report = report
        self.size = size
        self.in_flight: set[str] = set()
        self.replacing: set[str] = set()  # ids whose stored document a richer record replaces

    def batches(self, items: Iterable[Article | Rejected]) -> Iterator[tuple[list[DocRows], list[Article]]]:
        it = iter(items)
        while chunk := list(islice(it, self.size)):
            yield self._filter(chunk)

    def _filter(self, chunk: list[Article | Rejected]) -> tuple[list[DocRows], list[Article]]:
        now = _now()
        rejects = [rejected_rows(x, now) for x in chunk if isinstance(x, Rejected)]
        known_rej = self.store.known_rejects(r.rejects[0][0] for r in rejects)
        fresh_rej, seen_rej = [], set()
        for r in rejects:
            rid = r.rejects[0][0]
            if rid in known_rej or rid in seen_rej:
                self.report.input_rejects_known += 1
            else:
                seen_rej.add(rid)
                fresh_rej.append(r)
        self.report.input_rejects += len(fresh_rej)
        articles = [x.with_id() for x in chunk if isinstance(x, Article)]
        self.report.read += len(articles)
        articles = self._richest(articles)
        # In flight first, then stored: the writer drops an id from in_flight only after its commit.
        flying = {a.id for a in articles if a.id in self.in_flight}
        known = self.store.known_ids(a.id for a in articles if a.id not in flying)
        upgrades = self.store.poorer_stored([a for a in articles if a.id in known])
        self.replacing |= upgrades
        self.report.replaced += len(upgrades)
        known -= upgrades
        fresh: list[Article] = []
        for a in articles:
            if a.id in known or a.id in flying or a.id in self.in_flight:
                self.report.skipped += 1
            else:
                self.in_flight.add(a.id)
                fresh.append(a)
        return fresh_rej, fresh

    def _richest(self, articles: list[Article]) -> list[Article]:
        kept, dropped = richest(articles)
        for winner, loser in dropped:
            log_choice(winner, loser.source)
            if winner is not loser:
                self.report.skipped += 1
        self.report.replaced += sum(1 for w, lo in dropped if metadata_score(w) > metadata_score(lo))
        return kept


class _Writer:
    """Writes coded batches, in order, on one background thread (see the module docstring)."""

    def __init__(self, store: Store, report: IngestReport, batcher: _Batcher, progress: Progress,
                 hooks: IngestHooks) -> None:
        self.store, self.report, self.batcher, self.progress, self.hooks = store, report, batcher, progress, hooks
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

    def _rows(self, coded, now: dt.datetime) -> DocRows:
        rows = coded_rows(coded, now)
        if coded.article.id in self.batcher.replacing:
            self.batcher.replacing.discard(coded.article.id)
            rows = replace(rows, replaces=True)
        return rows

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
        result = self.store.write_batch(rows, before_commit=before)
        report.batches += 1
        report.new += result.documents
        report.failed += sum(1 for c in coded if not c.ok)
        report.events += result.events
        report.undated += sum(1 for c in coded if c.ok and c.article.pub_date is None)
        self.batcher.in_flight.difference_update(c.article.id for c in coded)
        self.progress.update(
            report.done + report.input_rejects + report.input_rejects_known,
            report.new, report.skipped, report.failed + report.input_rejects,
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
) -> IngestReport:
    """Code and store a stream of articles; see the module docstring for the guarantees.

    ``workers`` > 1 codes in that many processes built by ``factory``
    (``module:callable`` taking a Config); otherwise ``coder`` (or one built
    by ``factory``) codes in this process.
    """
    config = config or Config()
    progress = progress or NullProgress()
    hooks = hooks or IngestHooks()
    report = IngestReport()
    batcher = _Batcher(store, report, batch_size or DEFAULT_BATCH)
    work = batcher.batches(items)
    pool: WorkerPool | None = None
    if workers > 1:
        pool = WorkerPool(workers, config, factory)
        coded_batches = pool.map(work)
    else:
        coder = coder or load_factory(factory)(config)
        coded_batches = ((tag, code_safely(coder, arts)) for tag, arts in work)
    writer = _Writer(store, report, batcher, progress, hooks)
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
