"""Ingest on Ray: Ray Data reads and batches the inputs, an actor pool codes them into Parquet shards.

The data flow, all of it Ray Data:

1. ``from_items`` over the expanded input files (their order fixes each item's
   input position), ``map_batches`` with eventwire's own readers
   (``ingest.paths.read_file``: the same articles and input rejects a local
   ingest reads) returning one small index row per item (``index_items``);
   the driver chooses, over the whole input, which copy of each article is
   coded and under which id, as a local ingest does (``plan.py``: id
   conflicts, the richer copy, what the store or committed shards hold);
2. the files are read again and the chosen items packed into batches of
   ``--batch-size`` items, one block each (``read_batches``);
3. ``map_batches`` with an actor pool of :class:`ShardCoder`: each actor builds
   the coder once (spaCy pipeline and tables loaded once per worker), codes a
   batch with ``store.coding.code_safely`` (a failure stays one document's
   reject), turns it into the store's rows (``store.rows``) and writes one
   shard (``shards.ShardWriter``); it returns one small status row per item;
4. the driver counts the status rows for progress (done, rate, ETA), then loads
   the shards into a store (``--db``) or links them alone (``load.py``).

A worker that dies is restarted by Ray and its batch retried (Ray Data's
actor pool defaults: ``max_restarts=-1``, ``max_task_retries=-1``); shard names are content hashes, so a retried batch
rewrites the same files. A rerun plans nothing a committed shard holds, so
after an interruption it codes only what is missing.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import pickle
import time
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterator, Sequence

from ..config import Config
from ..records import Article, Rejected
from ..store.coding import DEFAULT_FACTORY, code_safely, load_factory
from ..store.ingest import outcome_parts
from ..store.progress import NullProgress, Progress
from ..store.rows import coded_rows, rejected_rows
from .plan import Plan, Position, chosen_items, index_row, make_plan, prepared, stored_documents
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


def _read(row: dict, config: Config, pub_date: dt.date | None) -> Iterator[tuple[int, Article | Rejected]]:
    """One input file's items, numbered, as a local ingest codes them (``plan.prepared``)."""
    from ..ingest.paths import read_file

    path = str(row["path"])
    if not os.path.isabs(path) and os.getcwd() != row["cwd"] and os.path.isdir(row["cwd"]):
        # Paths stay as given (they are the documents' ``source``, as in a local ingest) and are
        # resolved where the driver ran: the same directory on a shared file system.
        os.chdir(row["cwd"])
    for rec_no, item in enumerate(read_file(path, config=config)):
        yield rec_no, prepared(item, pub_date)


def _file_rows(files: dict) -> Iterator[dict]:
    for i in range(len(files["path"])):
        yield {"file_no": int(files["file_no"][i]), "path": str(files["path"][i]), "cwd": str(files["cwd"][i])}


def index_items(files: dict, *, config: Config, pub_date: dt.date | None = None) -> Iterator[dict]:
    """First pass (Ray Data ``map_batches``): input files -> one small row per item (``plan.index_row``)."""
    rows = [index_row(item, "" if isinstance(item, Article) else item_id(item), f["file_no"], rec_no)
            for f in _file_rows(files) for rec_no, item in _read(f, config, pub_date)]
    if rows:
        yield {k: [r[k] for r in rows] for k in rows[0]}


def read_items(row: dict, *, config: Config, chosen: dict[Position, str],
               pub_date: dt.date | None = None) -> Iterator[dict]:
    """One input file -> a row per chosen item (``plan.make_plan``), pickled under its final id."""
    file_no = int(row["file_no"])
    for rec_no, item in chosen_items(_read(row, config, pub_date), file_no, chosen):
        yield {
            "item_id": item_id(item), "file_no": file_no, "rec_no": rec_no, "source": str(row["path"]),
            "skip": False, "payload": pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL),
        }


def read_batches(files: dict, *, config: Config, chosen: dict[Position, str], batch_size: int,
                 pub_date: dt.date | None = None) -> Iterator[dict]:
    """Input files -> rows that each pack one batch of ``read_items`` rows (the unit an actor codes).

    Why packed: Ray Data hands an actor whole blocks, and a block is cut by
    bytes, not rows; one pickled batch per row, with blocks cut at every row
    (``_ray_data_settings``), makes each batch its own block, so a single large
    JSON Lines file feeds every actor, and batches run across small files.
    """
    pending: list[dict] = []
    for row in _file_rows(files):
        for item in read_items(row, config=config, chosen=chosen, pub_date=pub_date):
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
        keys = {r.doc_id: r.source_key for r in rows if r.document}
        self.writer.write(rows, [replace(inp, source_key=keys.get(iid, "")) for iid, (inp, _) in items.items()])
        return status, events


@dataclass(slots=True)
class RayIngestReport:
    files: int = 0
    read: int = 0  # articles read from the inputs
    new: int = 0  # articles coded into shards by this run
    skipped: int = 0  # already stored (or in a committed shard) and not replaced
    duplicates: int = 0  # repeating another input of this run (the copy with more metadata is coded)
    renamed: int = 0  # coded under a derived id: another text came first under their id
    replaced: int = 0  # duplicates settled in favour of the record with more metadata (richer.py)
    failed: int = 0  # articles whose coding failed: reject rows
    input_rejects: int = 0  # unreadable inputs: new reject rows
    input_rejects_known: int = 0  # unreadable inputs whose reject is recorded already (same content)
    events: int = 0
    workers: int = 1
    seconds: float = 0.0  # reading and coding: from the session up to the last shard written
    load_seconds: float = 0.0  # loading and linking afterwards
    out: str = ""
    loaded: Any = None  # load.LoadReport when a store was given
    linked: dict[str, int] = field(default_factory=dict)  # rows of OUT/clusters, OUT/event_clusters otherwise
    counts: dict[str, int] = field(default_factory=dict)  # store table sizes after the load

    @property
    def done(self) -> int:
        return self.new + self.skipped + self.duplicates + self.failed + self.input_rejects + self.input_rejects_known

    @property
    def rejected(self) -> int:
        return self.failed + self.input_rejects + self.input_rejects_known

    @property
    def ok(self) -> bool:
        """True when no input of this run ended rejected (as for a local ingest)."""
        return self.rejected == 0

    @property
    def rate(self) -> float:
        return (self.new + self.failed) / self.seconds if self.seconds else 0.0

    def planned(self, plan: Plan) -> None:
        self.read, self.skipped, self.duplicates = plan.read, plan.skipped, plan.duplicates
        self.renamed, self.replaced, self.input_rejects_known = plan.renamed, plan.replaced, plan.input_rejects_known

    def summary(self) -> str:
        """A local ingest's summary, then where the shards are and what the store holds."""
        new, events = self.new, self.events
        if self.loaded is not None:
            new, events = self.loaded.documents, self.loaded.events
        parts = outcome_parts(self, new, events)
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
        for s in statuses:
            if s == "new":
                self.new += 1
            elif s == "failed":
                self.failed += 1
            elif s == "input_reject":
                self.input_rejects += 1
        self.events += int(sum(events))


def input_files(paths: Sequence[str | Path]) -> list[str]:
    """The files to ingest, in the order a local ingest reads them; stdin cannot be spread over a cluster."""
    from ..ingest.paths import STDIN, expand_paths

    files = list(expand_paths(paths))
    if STDIN in files:
        raise RayEngineError("E331", "--engine ray reads files (workers open them); stdin ('-') is not supported")
    return files


def _file_items(files: Sequence[str], workers: int):
    import ray.data

    return ray.data.from_items(
        [{"file_no": i, "path": f, "cwd": os.getcwd()} for i, f in enumerate(files)],
        override_num_blocks=max(1, min(len(files), 4 * workers)),
    )


def plan_inputs(files: Sequence[str], out: str | Path, *, config: Config, workers: int,
                db: str | Path | None, pub_date: dt.date | None) -> Plan:
    """First pass: index every item on Ray (no text comes back), then choose what to code (``plan.py``)."""
    from ..store.db import Store

    ds = _file_items(files, workers).map_batches(
        index_items, fn_kwargs={"config": config, "pub_date": pub_date}, batch_size=None, batch_format="numpy",
        num_cpus=0,
    )
    index: list[dict] = []
    for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
        cols = {k: v.tolist() for k, v in batch.items()}
        index += [dict(zip(cols, values)) for values in zip(*cols.values())]
    stored = {}
    if db is not None:
        with Store(db, link_window_days=config.link_window_days) as store:
            stored = stored_documents(store, index)
    return make_plan(index, stored, set(written_items(out)))


def code_to_shards(
    files: Sequence[str], out: str | Path, *, config: Config, workers: int, batch_size: int,
    factory: str, progress: Progress, report: RayIngestReport, db: str | Path | None = None,
    pub_date: dt.date | None = None,
) -> None:
    """Run the Ray Data pipeline (module docstring) over ``files``; shards go to ``out``."""
    import ray.data

    with _ray_data_settings():
        plan = plan_inputs(files, out, config=config, workers=workers, db=db, pub_date=pub_date)
        report.planned(plan)
        if report.done:  # what the plan settled without coding
            progress.update(report.done, 0, report.skipped + report.duplicates, report.input_rejects_known)
        if not plan.chosen:
            return
        ds = _file_items(files, workers).map_batches(
            read_batches, fn_kwargs={"config": config, "chosen": plan.chosen, "batch_size": batch_size,
                                     "pub_date": pub_date},
            batch_size=None, batch_format="numpy", num_cpus=0,
        )
        ds = ds.map_batches(
            ShardCoder,
            fn_constructor_kwargs={"out": str(Path(out).resolve()), "config": config, "factory": factory},
            batch_size=1, batch_format="numpy", compute=ray.data.ActorPoolStrategy(size=workers),
            num_cpus=1,  # Ray Data's actor defaults restart a dead actor and retry its batch
        )
        for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
            report.tally([str(s) for s in batch["status"]], batch["events"])
            progress.update(report.done, report.new, report.skipped + report.duplicates, report.rejected)


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
    pub_date: dt.date | None = None,
) -> RayIngestReport:
    """Code ``paths`` on Ray into shards under ``out``; then load them into ``db``, or link them alone.

    ``pub_date`` is given to articles that carry none (``ingest --pub-date``).

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
                               factory=factory, progress=progress, report=report, db=db, pub_date=pub_date)
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
