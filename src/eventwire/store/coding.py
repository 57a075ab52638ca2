"""Coding batches of articles, in this process or in N worker processes.

Workers are started with ``forkserver`` (or ``spawn``) so none inherits the
parent's DuckDB connection or threads; each builds its coder once (the spaCy
pipeline is loaded once per worker) and codes whole batches, which keeps
``nlp.pipe`` batching intact. Only the main process writes to DuckDB. At most
two batches per worker are in flight, so memory does not grow with the corpus.
"""
from __future__ import annotations

import importlib
import multiprocessing as mp
import os
import resource
import select
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence

from ..config import Config
from ..records import Article, CodedArticle, DocError

DEFAULT_FACTORY = "eventwire.pipeline:Pipeline"


class Coder(Protocol):
    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]: ...


def load_factory(spec: str) -> Callable[[Config], Coder]:
    """``module:attribute`` -> the callable; a string travels to spawned workers, a closure would not."""
    module, _, attr = spec.partition(":")
    try:
        return getattr(importlib.import_module(module), attr or "Pipeline")
    except (ImportError, AttributeError) as exc:
        raise ImportError(f"[E320] cannot load coder factory {spec!r}: {exc}") from exc


def _failed(article: Article, code: str, message: str) -> CodedArticle:
    return CodedArticle(article, None, errors=(DocError(code, "internal", message, "store"),))


def code_safely(coder: Coder, articles: Sequence[Article]) -> list[CodedArticle]:
    """One CodedArticle per article, in order, whatever the coder does.

    The pipeline promises never to raise; if it does anyway, the batch is
    retried one article at a time so only the culprit is rejected.
    """
    try:
        got = list(coder.code_many(articles))
    except Exception:  # noqa: BLE001 - isolate per document, below
        got = []
        for a in articles:
            try:
                got.extend(coder.code_many([a]))
            except Exception as exc:  # noqa: BLE001
                got.append(_failed(a, "E310", f"coder raised {type(exc).__name__}: {exc}"))
    by_id = {c.article.id: c for c in got}
    return [by_id.get(a.id) or _failed(a, "E311", "coder returned no result for this article") for a in articles]


@dataclass
class _WorkerState:
    coder: Any = None


_STATE = _WorkerState()  # one per worker process; set once by _init_worker


def _init_worker(factory: str, config: Config, parent: int) -> None:
    watch_parent(parent)
    _STATE.coder = load_factory(factory)(config)


def watch_parent(pid: int) -> None:
    """End this process as soon as process ``pid`` (the ingest's main process) is gone, even after SIGKILL.

    A forkserver worker's parent is the fork server, not the main process, so
    PR_SET_PDEATHSIG cannot do it; a daemon thread waits on a pidfd of the
    main process (or polls it where pidfds are missing) and exits hard.
    """
    threading.Thread(target=_wait_for_exit, args=(pid,), name="eventwire-parent-watch", daemon=True).start()


def _wait_for_exit(pid: int) -> None:
    try:
        fd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        fd = None
    if fd is not None:
        select.select([fd], [], [])
    else:
        while _alive(pid):
            time.sleep(0.5)
    os._exit(70)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return os.getppid() != 1


def _code_in_worker(articles: list[Article]) -> tuple[list[CodedArticle], int]:
    coded = code_safely(_STATE.coder, articles)
    return coded, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _context() -> mp.context.BaseContext:
    methods = mp.get_all_start_methods()
    return mp.get_context("forkserver" if "forkserver" in methods else "spawn")


class WorkerPool:
    """N coding processes fed with bounded look-ahead; results come back in submission order."""

    def __init__(self, workers: int, config: Config, factory: str = DEFAULT_FACTORY) -> None:
        self.workers = workers
        self.config = config
        self.factory = factory
        self.worker_maxrss_kb: int = 0  # largest ru_maxrss reported by any worker
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers, mp_context=_context(), initializer=_init_worker,
            initargs=(self.factory, self.config, os.getpid()),
        )

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def map(self, batches: Iterable[tuple[Any, list[Article]]]) -> Iterator[tuple[Any, list[CodedArticle]]]:
        """Code (tag, articles) batches; yields (tag, coded) in order."""
        inflight: deque[tuple[Any, list[Article], ProcessPoolExecutor, Future]] = deque()
        for tag, articles in batches:
            inflight.append((tag, articles, *self._submit(articles)))
            while len(inflight) >= 2 * self.workers:
                yield self._finish(*inflight.popleft())
        while inflight:
            yield self._finish(*inflight.popleft())

    def _submit(self, articles: list[Article]) -> tuple[ProcessPoolExecutor, Future]:
        try:
            return self._executor, self._executor.submit(_code_in_worker, articles)
        except BrokenProcessPool:
            self._restart(self._executor)
            return self._executor, self._executor.submit(_code_in_worker, articles)

    def _restart(self, broken: ProcessPoolExecutor) -> None:
        if broken is self._executor:
            broken.shutdown(wait=False, cancel_futures=True)
            self._executor = self._start()

    def _finish(
        self, tag: Any, articles: list[Article], executor: ProcessPoolExecutor, fut: Future
    ) -> tuple[Any, list[CodedArticle]]:
        try:
            coded, maxrss = fut.result()
        except BrokenProcessPool:
            # A worker died (killed, out of memory, a crash on one document); every batch in
            # flight fails with it. Each is coded again, alone, on fresh workers.
            self._restart(executor)
            return tag, self._isolate(articles)
        self.worker_maxrss_kb = max(self.worker_maxrss_kb, maxrss)
        return tag, coded

    def _isolate(self, articles: list[Article]) -> list[CodedArticle]:
        """Code ``articles`` alone on the current workers; if they die again, halve the batch
        until only the article that kills them is rejected (E312; the next run tries it again)."""
        executor, fut = self._submit(articles)
        try:
            coded, maxrss = fut.result()
        except BrokenProcessPool:
            self._restart(executor)
            if len(articles) == 1:
                return [_failed(articles[0], "E312", "coding worker died on this article (twice)")]
            mid = len(articles) // 2
            return self._isolate(articles[:mid]) + self._isolate(articles[mid:])
        self.worker_maxrss_kb = max(self.worker_maxrss_kb, maxrss)
        return coded
