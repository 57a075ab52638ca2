"""On a local Ray (``ray.init(num_cpus=2)``): a Ray ingest gives the dataset a local ingest gives.

Marked ``ray`` (and slow): the default suite skips it, ``make test`` runs it in a second pytest call.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from eventwire.cli import main
from eventwire.ingest import read_paths
from eventwire.records import Article
from eventwire.scale import ingest_ray
from eventwire.scale.ray_engine import RAY_ENV
from eventwire.store import Store, ingest
from eventwire.store.schema import CLUSTERS, TIME_COLUMNS
from fake_coder import corpus
from helpers import dump
from inprocess import CONFIG, write_jsonl

pytestmark = [pytest.mark.slow, pytest.mark.ray]

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
OUTLETS = ("Harbour Post", "Meridian News", "Levant Daily")


@pytest.fixture(scope="module")
def ray_local(tmp_path_factory):
    import ray  # the extra is installed by `make test`: a missing Ray fails here, it is not skipped

    marker = tmp_path_factory.mktemp("dying") / "died"
    os.environ.update(RAY_ENV)
    os.environ["DYING_CODER_MARKER"] = str(marker)  # workers inherit the environment of ray.init
    os.environ["PYTHONPATH"] = os.pathsep.join([str(HERE), str(HERE.parent / "store"), os.environ.get("PYTHONPATH", "")])
    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING")
    yield marker
    ray.shutdown()


def _generated(folder: Path, n: int = 24) -> None:
    """Copies of the example articles under other outlets and dates, plus inputs that must be rejected."""
    base = [a for a in read_paths([str(ROOT / "examples" / "articles.jsonl")]) if isinstance(a, Article)]
    lines = []
    for i in range(n):
        a = base[i % len(base)]
        lines.append(json.dumps({
            "text": a.text.rstrip() + f"\n\nThis report was filed as copy {i // len(base)} of item {i}.",
            "outlet": OUTLETS[i % len(OUTLETS)], "url": f"https://generated.example/{i}",
            "pub_date": (a.pub_date + dt.timedelta(days=i % 2)).isoformat(),
        }))
    # One supplied id for two texts: the second is stored under a derived id (W006), as a local ingest does.
    lines += [json.dumps({"id": "wire-1", "text": base[i].text, "outlet": "Wire"}) for i in (0, 1)]
    lines += ["{not json", json.dumps({"text": "Der Bundestag hat am Dienstag lange über den Haushalt beraten."})]
    folder.mkdir()
    (folder / "generated.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(ROOT / "examples", root / "examples")
    _generated(root / "generated")
    return root


@pytest.fixture(scope="module")
def local_dump(corpus_dir, tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert main(["ingest", "--quiet", "--db", str(db), str(corpus_dir)]) == 1  # some inputs are rejected
    summary = printed.getvalue()
    with Store(db) as store:
        return {**dump(store.con), "summary": summary[: summary.index(" new events")]}


def test_ray_ingest_gives_the_events_clusters_and_rejects_of_a_local_ingest(
    ray_local, corpus_dir, local_dump, tmp_path, capsys
):
    db, out = tmp_path / "ray.duckdb", tmp_path / "shards"
    args = ["ingest", "--engine", "ray", "--workers", "2", "--quiet", "--db", str(db), "--out", str(out), str(corpus_dir)]
    assert main(args) == 1  # some inputs are rejected, as in the local ingest
    first = capsys.readouterr().out
    with Store(db) as store:
        got = dump(store.con)
    want = {k: v for k, v in local_dump.items() if k != "summary"}
    assert got["events"] == want["events"] and len(got["events"]) > 100
    assert got["clusters"] == want["clusters"]
    assert _multi_article_clusters(got)  # reports of one event did link across articles
    assert got["rejects"] == want["rejects"] and len(got["rejects"]) == 3
    assert got == want  # every other table too (texts included)
    # The richer JSON Lines copies of the .txt articles were kept; one supplied id held two texts.
    assert sum(1 for d in got["documents"] if "~" in d[0]) == 1
    # Counted as a local ingest counts them: new, already stored, duplicates, derived ids, rejected, events.
    assert first.startswith(local_dump["summary"] + " new events"), (first, local_dump["summary"])
    # A rerun codes nothing and adds nothing.
    assert main(args) == 1  # the unreadable inputs are still unreadable
    assert capsys.readouterr().out.startswith("0 new documents")
    with Store(db) as store:
        assert dump(store.con) == want
    # Without --db the same shards are linked on their own: the clusters of the store, as Parquet.
    assert main(args[:args.index("--db")] + args[args.index("--db") + 2:]) == 1
    assert "linked: " in capsys.readouterr().out
    clusters = duckdb.connect().execute(
        f"SELECT {', '.join(c for c in CLUSTERS.names if c not in TIME_COLUMNS)} FROM read_parquet(?) "
        f"ORDER BY {', '.join(CLUSTERS.sort_key)}", [str(out / "clusters" / "clusters.parquet")],
    ).fetchall()
    assert clusters == want["clusters"]


class _Recorder:
    def __init__(self) -> None:
        self.updates: list[tuple[int, int, int, int]] = []
        self.closed = False

    def update(self, done: int, new: int, skipped: int, rejected: int) -> None:
        self.updates.append((done, new, skipped, rejected))

    def close(self) -> None:
        self.closed = True


def _multi_article_clusters(d: dict) -> list:
    i = [c for c in CLUSTERS.names if c not in TIME_COLUMNS].index("num_articles")
    return [row for row in d["clusters"] if row[i] > 1]


def test_a_worker_that_dies_is_restarted_and_its_batch_retried(ray_local, tmp_path):
    arts = corpus(40)
    src = write_jsonl(tmp_path / "c.jsonl", arts)
    progress = _Recorder()
    report = ingest_ray([str(src)], tmp_path / "shards", db=tmp_path / "ray.duckdb", config=CONFIG, workers=2,
                        batch_size=8, factory="dying_coder:make", progress=progress)
    assert ray_local.exists()  # a worker did die
    assert (report.new, report.failed, report.skipped) == (40, 0, 0)
    # Progress is reported as coded batches come back (five of eight), and closed at the end.
    assert [u[0] for u in progress.updates] == sorted(u[0] for u in progress.updates)
    assert 2 <= len(progress.updates) <= 5 and progress.updates[-1] == (40, 40, 0, 0) and progress.closed
    ingest([str(src)], tmp_path / "local.duckdb", config=CONFIG, factory="fake_coder:make")
    with Store(tmp_path / "ray.duckdb") as a, Store(tmp_path / "local.duckdb") as b:
        assert dump(a.con) == dump(b.con)
