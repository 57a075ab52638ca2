"""Ingest on Ray: Ray Data reads and batches the inputs, an actor pool codes them into Parquet shards.

The data flow, all of it Ray Data:

1. ``from_items`` over the expanded input files (their order fixes each item's
   input position), ``map_batches`` with eventwire's own readers
   (``ingest.paths.read_file``: the same articles and input rejects a local
   ingest reads), items already in committed shards marked to skip, packed
   into batches of ``--batch-size`` items, one block each (``read_batches``);
2. ``map_batches`` with an actor pool of :class:`ShardCoder`: each actor builds
   the coder once (spaCy pipeline and tables loaded once per worker), codes a
   batch with ``store.coding.code_safely`` (a failure stays one document's
   reject), turns it into the store's rows (``store.rows``) and writes one
   shard (``shards.ShardWriter``); it returns one small status row per item;
3. the driver counts the status rows for progress (done, rate, ETA), then loads
   the shards into a store (``--db``) or links them alone (``load.py``).

A worker that dies is restarted by Ray and its batch retried (Ray Data's
actor pool defaults: ``max_restarts=-1``, ``max_task_retries=-1``); shard names are content hashes, so a retried batch
rewrites the same files. A rerun skips every item already in a committed
shard, so after an interruption it codes only what is missing.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import pickle
import time
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Sequence

from ..config import Config
from ..records import Article, Rejected
from ..store.coding import DEFAULT_FACTORY, code_safely, load_factory
from ..store.progress import NullProgress, Progress
from ..store.rows import coded_rows, rejected_rows
from .shards import InputRow, ShardWriter, written_items

DEFAULT_BATCH = 32  # articles per shard: small enough to spread a modest corpus over the workers

# Nothing phones home, nothing listens: no usage stats, no dashboard.
RAY_ENV = {
    "RAY_USAGE_STATS_ENABLED": "0",
    "RAY_USAGE_STATS_PROMPT_ENABLED": "0",
    "RAY_DISABLE_IMPORT_WARNING": "1",
}

INSTALL_HINT = "install the Ray extra: pip install 'eventwire[ray]'"


class RayEngineError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code


def require_ray() -> Any:
    """The ``ray`` module, or E330 saying how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401 - the extra brings both; ray without ray[data] is not enough
    except ImportError as exc:
        raise RayEngineError("E330", f"--engine ray needs Ray Data ({exc.name or exc}); {INSTALL_HINT}") from None
    return ray


@contextmanager
def ray_session(address: str | None, workers: int) -> Iterator[Any]:
    """Connect to ``address`` (or start a local Ray with ``workers`` CPUs); reuse a running session."""
    for key, value in RAY_ENV.items():
        os.environ.setdefault(key, value)
    ray = require_ray()
    if ray.is_initialized():
        yield ray
        return
    common = dict(include_dashboard=False, logging_level=logging.WARNING, log_to_driver=True)
    if address:
        ray.init(address=address, **common)
    else:  # a private instance on this machine
        ray.init(num_cpus=workers, **common)
    try:
        yield ray
    finally:
        ray.shutdown()


BLOCK_BYTES = 1024  # below any packed batch: every row of ``read_batches`` closes a block


@contextmanager
def _ray_data_settings() -> Iterator[None]:
    """Quiet Ray Data, and cut a block after every packed batch; the caller's settings come back after.

    Why: one reading task turns a whole JSON Lines file into blocks of
    ``target_max_block_size`` (128 MiB by default, tens of thousands of
    articles), and an actor codes a whole block, so one block would keep one
    actor busy and the others idle. A streaming ``repartition`` would cut them
    too, but needs a CPU of its own, which the actors may all hold (it hung).
    """
    from ray.data import DataContext

    ctx = DataContext.get_current()
    settings = {"target_max_block_size": BLOCK_BYTES, "enable_progress_bars": False}  # eventwire shows progress
    saved = {name: getattr(ctx, name) for name in settings}
    for name, value in settings.items():
        setattr(ctx, name, value)
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(ctx, name, value)


_EPOCH = dt.datetime(1970, 1, 1)


def item_id(item: Article | Rejected) -> str:
    """Article id, or for an unreadable input its reject id (both content hashes)."""
    if isinstance(item, Article):
        return item.id
    return rejected_rows(item, _EPOCH).rejects[0][0]


def read_items(row: dict, *, config: Config, written: dict[str, tuple[int, int]]) -> Iterator[dict]:
    """One input file -> a row per item: ids and position always, the pickled item unless written already."""
    from ..ingest.paths import read_file

    file_no, path = int(row["file_no"]), str(row["path"])
    if not os.path.isabs(path) and os.getcwd() != row["cwd"] and os.path.isdir(row["cwd"]):
        # Paths stay as given (they are the documents' ``source``, as in a local ingest) and are
        # resolved where the driver ran: the same directory on a shared file system.
        os.chdir(row["cwd"])
    for rec_no, item in enumerate(read_file(path, config=config)):
        if isinstance(item, Article):
            item = item.with_id()
        iid = item_id(item)
        known = written.get(iid)
        skip = known is not None and known <= (file_no, rec_no)
        yield {
            "item_id": iid, "file_no": file_no, "rec_no": rec_no, "source": path, "skip": skip,
            "payload": b"" if skip else pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL),
        }


def read_batches(files: dict, *, config: Config, written: dict[str, tuple[int, int]],
                 batch_size: int) -> Iterator[dict]:
    """Input files -> rows that each pack one batch of ``read_items`` rows (the unit an actor codes).

    Why packed: Ray Data hands an actor whole blocks, and a block is cut by
    bytes, not rows; one pickled batch per row, with blocks cut at every row
    (``_configure_ray_data``), makes each batch its own block, so a single large
    JSON Lines file feeds every actor, and batches run across small files.
    """
    pending: list[dict] = []
    for i in range(len(files["path"])):
        row = {"file_no": files["file_no"][i], "path": files["path"][i], "cwd": files["cwd"][i]}
        for item in read_items(row, config=config, written=written):
            pending.append(item)
            if len(pending) == batch_size:
                yield {"batch": [pickle.dumps(pending, protocol=pickle.HIGHEST_PROTOCOL)]}
                pending = []
    if pending:
        yield {"batch": [pickle.dumps(pending, protocol=pickle.HIGHEST_PROTOCOL)]}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class ShardCoder:
    """The stateful per-worker coder: builds the coder once, then codes batches into shards."""

    def __init__(self, out: str, config: Config, factory: str = DEFAULT_FACTORY) -> None:
        self.coder = load_factory(factory)(config)
        self.writer = ShardWriter(out)

    def __call__(self, packed: dict) -> dict:
        """Ray Data's call: rows of packed batches (``read_batches``) -> one status row per item."""
        out: dict[str, list] = {"item_id": [], "status": [], "events": []}
        for blob in packed["batch"]:
            rows = pickle.loads(blob)
            got = self.code_columns({k: [r[k] for r in rows] for k in rows[0]})
            for key, values in got.items():
                out[key].extend(values)
        return out

    def code_columns(self, batch: dict) -> dict:
        """Code one batch (columns of ``read_items`` rows) into one shard; returns each item's status
        ("new", "failed", "input_reject", "skipped")."""
        ids = [str(x) for x in batch["item_id"]]
        chosen: dict[str, tuple[int, InputRow]] = {}  # item id -> (row, position) of its first copy here
        for i, iid in enumerate(ids):
            if batch["skip"][i]:
                continue
            inp = InputRow(iid, int(batch["file_no"][i]), int(batch["rec_no"][i]), str(batch["source"][i]))
            if iid not in chosen or inp.order < chosen[iid][1].order:
                chosen[iid] = (i, inp)
        items = {iid: (inp, pickle.loads(batch["payload"][i])) for iid, (i, inp) in chosen.items()}
        status, events = self._code(items)
        first = {i: iid for iid, (i, _) in chosen.items()}
        return {
            "item_id": ids,
            "status": [status[first[i]] if i in first else "skipped" for i in range(len(ids))],
            "events": [events.get(first[i], 0) if i in first else 0 for i in range(len(ids))],
        }

    def _code(self, items: dict[str, tuple[InputRow, Article | Rejected]]) -> tuple[dict[str, str], dict[str, int]]:
        if not items:
            return {}, {}
        now = _now()
        status: dict[str, str] = {}
        rows = []
        for iid, (_, item) in items.items():
            if isinstance(item, Rejected):
                rows.append(rejected_rows(item, now))
                status[iid] = "input_reject"
        events: dict[str, int] = {}
        for coded in code_safely(self.coder, [x for _, x in items.values() if isinstance(x, Article)]):
            row = coded_rows(coded, now)
            rows.append(row)
            status[coded.article.id] = "new" if coded.ok else "failed"
            events[coded.article.id] = len(row.events)
        self.writer.write(rows, [inp for inp, _ in items.values()])
        return status, events


@dataclass(slots=True)
class RayIngestReport:
    files: int = 0
    read: int = 0  # input items read (articles and unreadable inputs)
    new: int = 0  # articles coded into shards by this run
    skipped: int = 0  # already in a shard (or repeated in the input)
    failed: int = 0  # articles whose coding failed: reject rows
    input_rejects: int = 0  # unreadable inputs: reject rows
    events: int = 0
    workers: int = 1
    seconds: float = 0.0  # coding: from the session up to the last shard written
    load_seconds: float = 0.0  # loading and linking afterwards
    out: str = ""
    loaded: Any = None  # load.LoadReport when a store was given
    linked: dict[str, int] = field(default_factory=dict)  # rows of OUT/clusters, OUT/event_clusters otherwise
    counts: dict[str, int] = field(default_factory=dict)  # store table sizes after the load

    @property
    def done(self) -> int:
        return self.new + self.skipped + self.failed + self.input_rejects

    @property
    def rate(self) -> float:
        return self.done / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        """Like a local ingest's summary; with a store, documents and events are those the load added
        (an article given twice may be coded in two batches, and only its first copy is kept)."""
        new, events = self.new, self.events
        if self.loaded is not None:
            new, events = self.loaded.documents, self.loaded.events
        parts = [f"{new} new documents", f"{self.read - new - self.failed - self.input_rejects} already stored"]
        if self.failed:
            parts.append(f"{self.failed} failed")
        if self.input_rejects:
            parts.append(f"{self.input_rejects} inputs rejected")
        parts.append(f"{events} new events")
        parts.append(f"{self.new + self.failed} articles coded at {self.rate:.1f}/s on {self.workers} Ray workers "
                     f"into shards in {self.out}")
        if self.counts:
            parts.append(
                f"store: {self.counts.get('documents', 0)} documents, {self.counts.get('events', 0)} events, "
                f"{self.counts.get('clusters', 0)} clusters, {self.counts.get('rejects', 0)} rejects"
            )
        elif self.linked:
            parts.append(f"linked: {self.linked.get('clusters', 0)} clusters")
        return ", ".join(parts)

    def tally(self, statuses: Sequence[str], events: Sequence[int]) -> None:
        self.read += len(statuses)
        for s in statuses:
            if s == "new":
                self.new += 1
            elif s == "failed":
                self.failed += 1
            elif s == "input_reject":
                self.input_rejects += 1
            else:
                self.skipped += 1
        self.events += int(sum(events))


def input_files(paths: Sequence[str | Path]) -> list[str]:
    """The files to ingest, in the order a local ingest reads them; stdin cannot be spread over a cluster."""
    from ..ingest.paths import STDIN, expand_paths

    files = list(expand_paths(paths))
    if STDIN in files:
        raise RayEngineError("E331", "--engine ray reads files (workers open them); stdin ('-') is not supported")
    return files


def code_to_shards(
    files: Sequence[str], out: str | Path, *, config: Config, workers: int, batch_size: int,
    factory: str, progress: Progress, report: RayIngestReport,
) -> None:
    """Run the Ray Data pipeline (module docstring) over ``files``; shards go to ``out``."""
    import ray.data

    with _ray_data_settings():
        written = written_items(out)
        ds = ray.data.from_items(
            [{"file_no": i, "path": f, "cwd": os.getcwd()} for i, f in enumerate(files)],
            override_num_blocks=max(1, min(len(files), 4 * workers)),
        )
        ds = ds.map_batches(read_batches, fn_kwargs={"config": config, "written": written, "batch_size": batch_size},
                            batch_size=None, batch_format="numpy", num_cpus=0)
        ds = ds.map_batches(
            ShardCoder,
            fn_constructor_kwargs={"out": str(Path(out).resolve()), "config": config, "factory": factory},
            batch_size=1, batch_format="numpy", compute=ray.data.ActorPoolStrategy(size=workers),
            num_cpus=1,  # Ray Data's actor defaults restart a dead actor and retry its batch
        )
        for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
            report.tally([str(s) for s in batch["status"]], batch["events"])
            progress.update(report.done, report.new, report.skipped, report.failed + report.input_rejects)


def ingest_ray(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    db: str | Path | None = None,
    config: Config | None = None,
    workers: int = 1,
    address: str | None = None,
    batch_size: int | None = None,
    factory: str = DEFAULT_FACTORY,
    progress: Progress | None = None,
) -> RayIngestReport:
    """Code ``paths`` on Ray into shards under ``out``; then load them into ``db``, or link them alone.

    With an already initialised Ray (``ray.init`` by the caller) that session is used as it is.
    """
    from ..store.db import Store
    from .load import link_shards, load_shards

    config = config or Config()
    progress = progress or NullProgress()
    files = input_files(paths)
    report = RayIngestReport(files=len(files), workers=workers, out=str(out))
    Path(out).mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    try:
        with ray_session(address, workers), warnings.catch_warnings():
            # Ray Data counts the input files, not the blocks they become: "only received 1 input(s)" misleads.
            warnings.filterwarnings("ignore", message="The minimum number of concurrent actors")
            if files:
                code_to_shards(files, out, config=config, workers=workers, batch_size=batch_size or DEFAULT_BATCH,
                               factory=factory, progress=progress, report=report)
    finally:
        progress.close()
    report.seconds = time.perf_counter() - start
    start = time.perf_counter()
    if db is not None:
        with Store(db, link_window_days=config.link_window_days) as store:
            report.loaded = load_shards(store, out)
            report.counts = store.counts()
    else:
        report.linked = link_shards(out, link_window_days=config.link_window_days)
    report.load_seconds = time.perf_counter() - start
    return report
