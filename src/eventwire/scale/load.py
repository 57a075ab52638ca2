"""Loading shards into a DuckDB store, and linking over all of them.

Which copy of an article is kept: the coding run codes one copy per id, the one
a local ingest keeps (``plan.py``: more metadata wins, the first on ties, id
conflicts under derived ids). Shards of earlier runs may hold another copy of
an id, so the load still keeps, per item id, the copy with the smallest input
position (file, record) over all committed shards. Each chunk is then settled
as a local batch is (``_settle``): a stored document with less metadata than
the chunk's copy is dropped with its rows (``richer.drop_documents``), and a
stored document or a new failure replaces the older rejects of its id or
source. Rows are inserted with the store's ``ON CONFLICT DO NOTHING``, so
loading again adds nothing twice.

Linking: shards are loaded in chunks, one transaction each, and every chunk is
linked with the store's incremental linking (``db.relink_pending``). Clusters
are connected components, independent of the order events arrive in, so this
gives the clusters a local ingest of the same input gives.

The limit of this step: it runs on one machine, in one DuckDB process, one
chunk at a time. Memory is bounded by a chunk (its events, plus the distinct
signatures of stored events in their blocks and date windows), not by the
corpus, and DuckDB spills its own work to disk; time grows linearly with the
number of events (``benchmarks/bench_ray.py`` measures the rate). Coding is
what a cluster spreads; linking and loading are not spread.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..store import schema
from ..store.db import Store, relink_pending
from ..store.richer import drop_documents
from .shards import INPUTS, ROW_TABLES, index_files, shard_of, shard_path

DEFAULT_CHUNK = 16  # shards per load transaction


@dataclass(slots=True)
class LoadReport:
    shards: int = 0
    documents: int = 0  # documents added to the store by this load
    events: int = 0
    rejects: int = 0
    clusters_written: int = 0


def _winners(con, files: list[Path]) -> None:
    """Temp table ``_winners(item_id, shard)``: the shard holding the first copy of each item."""
    con.execute(
        """CREATE OR REPLACE TEMP TABLE _winners AS
            SELECT DISTINCT ON (item_id) item_id, regexp_extract(filename, 'part-([^/]+)[.]parquet$', 1) AS shard
            FROM read_parquet(?, filename = true)
            ORDER BY item_id, file_no, rec_no, shard""",
        [[str(f) for f in files]],
    )


def _insert_table(con, out: Path, table: schema.Table, shards: list[str]) -> int:
    files = [str(p) for s in shards if (p := shard_path(out, table.name, s)).exists()]
    if not files:
        return 0
    cols = ", ".join(f"x.{c}" for c in table.names)
    match = "w.item_id = x.doc_id"
    if table is schema.REJECTS:  # a failed article is keyed by its id, an unreadable input by its reject id
        match = "(w.item_id = x.doc_id OR w.item_id = x.reject_id)"
    before = con.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0]
    con.execute(
        f"""INSERT INTO {table.name} ({', '.join(table.names)})
            SELECT * FROM (
                SELECT {cols} FROM read_parquet(?, filename = true) x
                JOIN _winners w ON {match}
                 AND w.shard = regexp_extract(x.filename, 'part-([^/]+)[.]parquet$', 1)
            ) ON CONFLICT DO NOTHING""",
        [files],
    )
    return con.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0] - before


_PART = "regexp_extract(x.filename, 'part-([^/]+)[.]parquet$', 1)"
_SCORE = ("(({t}.pub_date IS NOT NULL)::INT * 10 + (coalesce({t}.url, '') <> '')::INT "
          "+ (coalesce({t}.outlet, '') <> '')::INT + (coalesce({t}.headline, '') <> '')::INT)")


def _files(out: Path, table: str, shards: list[str]) -> list[str]:
    return [str(p) for s in shards if (p := shard_path(out, table, s)).exists()]


def _chunk_documents(con, out: Path, shards: list[str]) -> list[tuple[str, bool]]:
    """(doc_id, has more metadata than the stored document of its id) of the chunk's kept documents."""
    files = _files(out, "documents", shards)
    if not files:
        return []
    return con.execute(
        f"""SELECT x.doc_id, coalesce({_SCORE.format(t='x')} > {_SCORE.format(t='d')}, false)
            FROM read_parquet(?, filename = true) x
            JOIN _winners w ON w.item_id = x.doc_id AND w.shard = {_PART}
            LEFT JOIN documents d ON d.doc_id = x.doc_id""",
        [files],
    ).fetchall()


def _settle(con, out: Path, shards: list[str]) -> None:
    """Before the chunk's rows go in, as a local ingest's batch does (``db.write_batch``): a stored
    document with less metadata than the chunk's copy is dropped (``richer.py``), and what the chunk says
    about a source replaces that source's older rejects (a stored document also deletes its id's)."""
    docs = _chunk_documents(con, out, shards)
    drop_documents(con, sorted(d for d, richer in docs if richer))
    ids = sorted(d for d, _ in docs)
    sources: set[str] = set()
    if ids and (files := _files(out, INPUTS.name, shards)):
        sources |= {r[0] for r in con.execute(
            "SELECT DISTINCT source_key FROM read_parquet(?) WHERE source_key <> '' "
            "AND item_id IN (SELECT unnest(?::VARCHAR[]))", [files, ids]).fetchall()}
    if files := _files(out, "rejects", shards):
        sources |= {r[0] for r in con.execute("SELECT DISTINCT source FROM read_parquet(?)", [files]).fetchall()}
    if ids or sources:
        con.execute("DELETE FROM rejects WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) "
                    "OR source IN (SELECT unnest(?::VARCHAR[]))", [ids, sorted(sources)])


def load_shards(store: Store, out: str | Path, *, chunk: int = DEFAULT_CHUNK) -> LoadReport:
    """Insert every committed shard under ``out`` into ``store`` and link the new events."""
    out = Path(out)
    report = LoadReport()
    files = index_files(out)
    if not files:
        return report
    con = store.con
    _winners(con, files)
    shards = [shard_of(f) for f in files]
    report.shards = len(shards)
    for i in range(0, len(shards), chunk):
        part = shards[i : i + chunk]
        con.begin()
        try:
            _settle(con, out, part)
            added = {t.name: _insert_table(con, out, t, part) for t in ROW_TABLES}
            report.clusters_written += relink_pending(con, store.window)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        report.documents += added["documents"]
        report.events += added["events"]
        report.rejects += added["rejects"]
    con.execute("DROP TABLE _winners")
    return report


LINK_TABLES = ("clusters", "event_clusters")


def link_shards(out: str | Path, *, link_window_days: int = 2, chunk: int = DEFAULT_CHUNK) -> dict[str, int]:
    """Link all shards without a target store: write ``OUT/clusters`` and ``OUT/event_clusters``.

    A scratch DuckDB file under ``out`` is built by :func:`load_shards` and
    removed afterwards; the clusters table (store columns) and the
    (doc_id, event_id, cluster_id, link_rule, link_country) assignment are written as Parquet.
    """
    out = Path(out)
    scratch = out / ".link.duckdb"
    for leftover in (scratch, scratch.with_name(scratch.name + ".wal")):
        leftover.unlink(missing_ok=True)
    written: dict[str, int] = {}
    try:
        with Store(scratch, link_window_days=link_window_days) as store:
            load_shards(store, out, chunk=chunk)
            queries = {
                "clusters": f"SELECT * FROM clusters ORDER BY {', '.join(schema.CLUSTERS.sort_key)}",
                "event_clusters": "SELECT doc_id, event_id, cluster_id, link_rule, link_country FROM events "
                                  "ORDER BY doc_id, event_id",
            }
            for name, sql in queries.items():
                (out / name).mkdir(exist_ok=True)
                target = out / name / f"{name}.parquet"
                store.con.execute(f"COPY ({sql}) TO '{str(target).replace(chr(39), chr(39) * 2)}' (FORMAT parquet)")
                written[name] = store.con.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0]
    finally:
        for leftover in (scratch, scratch.with_name(scratch.name + ".wal")):
            leftover.unlink(missing_ok=True)
    return written



