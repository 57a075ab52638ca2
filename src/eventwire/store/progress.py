"""Progress reporting: a rich progress bar on a terminal, plain log lines otherwise.

Why two modes: a bar is what a person watching wants; in a log file (cron,
CI, ``2> log``) redrawn bars are noise, so periodic one-line summaries go to
stderr instead.
"""
from __future__ import annotations

import gzip
import sys
import time
from pathlib import Path
from typing import IO, Iterable, Protocol


class Progress(Protocol):
    def update(self, done: int, new: int, skipped: int, rejected: int) -> None: ...
    def close(self) -> None: ...


class NullProgress:
    def update(self, done: int, new: int, skipped: int, rejected: int) -> None:
        pass

    def close(self) -> None:
        pass


class LogProgress:
    """A line to ``stream`` at most every ``every`` seconds, and one at the end."""

    def __init__(self, stream: IO[str] | None = None, every: float = 10.0) -> None:
        self.stream = stream or sys.stderr
        self.every = every
        self.start = self.last = time.monotonic()
        self.state = (0, 0, 0, 0)

    def update(self, done: int, new: int, skipped: int, rejected: int) -> None:
        self.state = (done, new, skipped, rejected)
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            self._line(now)

    def _line(self, now: float) -> None:
        done, new, skipped, rejected = self.state
        rate = done / max(now - self.start, 1e-9)
        print(
            f"eventwire ingest: {done} articles ({new} new, {skipped} already stored, {rejected} rejected), "
            f"{rate:.1f}/s",
            file=self.stream,
            flush=True,
        )

    def close(self) -> None:
        self._line(time.monotonic())


class BarProgress:
    """rich.progress bar: articles done, rate, ETA (when the input size could be counted)."""

    def __init__(self, total: int | None, stream: IO[str] | None = None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn, TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = RichProgress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} art/s"), TimeElapsedColumn(), TimeRemainingColumn(),
            TextColumn("{task.fields[note]}"),
            transient=False,
            console=Console(file=stream or sys.stderr),
        )
        self.task = self.bar.add_task("ingest", total=total, rate=0.0, note="")
        self.start = time.monotonic()
        self.bar.start()

    def update(self, done: int, new: int, skipped: int, rejected: int) -> None:
        rate = done / max(time.monotonic() - self.start, 1e-9)
        self.bar.update(
            self.task, completed=done, rate=rate, note=f"{new} new, {skipped} stored, {rejected} rejected"
        )

    def close(self) -> None:
        self.bar.stop()


def _count_file(path: Path) -> int:
    name = path.name.lower()
    inner = name[:-3] if name.endswith(".gz") else name
    if not inner.endswith((".jsonl", ".ndjson")):
        return 1
    opener = gzip.open if name.endswith(".gz") else open
    n = read = 0
    try:
        with opener(path, "rb") as fh:
            while line := fh.readline(1 << 20):
                n += bool(line.strip())
                read += len(line)
                if read > _COUNT_LIMIT:  # an estimate only: never more work than the ingest itself
                    break
    except (OSError, EOFError, ValueError):
        return max(n, 1)
    return max(n, 1)


_COUNT_LIMIT = 200_000_000


def estimate_total(paths: Iterable[str]) -> int | None:
    """Count the articles the inputs hold (one per file, one per JSON Lines line) for the ETA.

    Cheap next to coding (a read of each JSON Lines file); None for stdin.
    """
    paths = [str(p) for p in paths]
    if "-" in paths:
        return None
    from ..ingest import expand_paths

    return sum(_count_file(Path(f)) for f in expand_paths(paths))


def make_progress(paths: Iterable[str], *, stream: IO[str] | None = None, quiet: bool = False) -> Progress:
    stream = stream or sys.stderr
    if quiet:
        return NullProgress()
    if stream.isatty():
        return BarProgress(estimate_total(paths), stream)
    return LogProgress(stream)
