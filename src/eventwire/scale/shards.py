"""Parquet shards: the rows of one coded batch, one file per store table.

Layout: ``OUT/<table>/part-<shard>.parquet`` for documents, events, actors,
quotes, mentions, texts and rejects (every table a coded article writes), with exactly the store's columns and types, plus
``OUT/inputs/part-<shard>.parquet``, the shard's index: one row per input item
it holds (article id, or reject id of an unreadable input) with the item's
position in the input. The shard id is a content hash of the items, so a batch
written twice (a retried worker, a rerun) lands on the same files.

Why DuckDB writes them: the rows are the store's (``rows.coded_rows``), put
into an in-memory database created from the store's own schema with the
store's own insert (``db.insert_rows``), and copied out. The Parquet types are
therefore those of the DuckDB store by construction, with no second mapping.

Why the index is written last: it is the shard's commit marker. A worker that
dies halfway leaves table files without an index; loading ignores them and a
rerun codes those items again (see ``load.py``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..records import content_id
from ..store import schema
from ..store.db import connect, insert_rows
from ..store.rows import DocRows

INPUTS = schema.Table(
    "inputs",
    "Shard index: the input items a shard holds and where they stood in the input.",
    (
        schema.C("item_id", "VARCHAR", "Article id (doc_...) or, for an unreadable input, its reject id (rej_...)"),
        schema.C("file_no", "INTEGER", "Position of the item's file in the run's expanded input list"),
        schema.C("rec_no", "BIGINT", "Position of the item in its file"),
        schema.C("source", "VARCHAR", "File the item was read from"),
        schema.C("source_key", "VARCHAR", "Resolved source of a stored document (its success replaces that "
                 "source's rejects); empty otherwise"),
    ),
    key=("item_id",),
)

# Row tables of a shard, in the order they are written; the index comes after all of them.
ROW_TABLES: tuple[schema.Table, ...] = (
    schema.EVENTS, schema.ACTORS, schema.QUOTES, schema.MENTIONS, schema.TEXTS, schema.DOCUMENTS, schema.REJECTS,
)
SHARD_TABLES: tuple[schema.Table, ...] = (*ROW_TABLES, INPUTS)

_PICK = {
    "documents": lambda b: (b.document,) if b.document else (),
    "events": lambda b: b.events,
    "actors": lambda b: b.actors,
    "quotes": lambda b: b.quotes,
    "mentions": lambda b: b.mentions,
    "rejects": lambda b: b.rejects,
    "texts": lambda b: (b.text,) if b.text else (),
}


@dataclass(frozen=True, slots=True)
class InputRow:
    """Where an item stood in the input: decides which copy of a repeated article is kept."""

    item_id: str
    file_no: int
    rec_no: int
    source: str
    source_key: str = ""

    @property
    def order(self) -> tuple[int, int]:
        return (self.file_no, self.rec_no)


def shard_id(items: Sequence[InputRow]) -> str:
    return content_id(*sorted(f"{i.item_id}@{i.file_no}:{i.rec_no}" for i in items), prefix="")


def shard_path(out: str | Path, table: str, shard: str) -> Path:
    return Path(out) / table / f"part-{shard}.parquet"


def shard_of(path: str | Path) -> str:
    """``.../part-<shard>.parquet`` -> ``<shard>``."""
    return Path(path).name.removeprefix("part-").removesuffix(".parquet")


def _sql_str(value: str | Path) -> str:
    return "'" + str(value).replace("'", "''") + "'"


class ShardWriter:
    """Writes batches of DocRows as shards; one per coding worker (owns an in-memory DuckDB)."""

    def __init__(self, out: str | Path) -> None:
        self.out = Path(out)
        self.con = connect(":memory:")
        for t in SHARD_TABLES:
            self.con.execute(t.create_sql())
            (self.out / t.name).mkdir(parents=True, exist_ok=True)

    def close(self) -> None:
        self.con.close()

    def write(self, rows: Sequence[DocRows], inputs: Sequence[InputRow]) -> str:
        """Write one shard; returns its id. Empty tables get no file."""
        shard = shard_id(inputs)
        con = self.con
        for t in ROW_TABLES:
            insert_rows(con, t, [r for b in rows for r in _PICK[t.name](b)])
        insert_rows(con, INPUTS, [(i.item_id, i.file_no, i.rec_no, i.source, i.source_key) for i in inputs])
        for t in SHARD_TABLES:
            self._copy(t, shard)
            con.execute(f"DELETE FROM {t.name}")
        return shard

    def _copy(self, table: schema.Table, shard: str) -> None:
        if not self.con.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0]:
            return
        final = shard_path(self.out, table.name, shard)
        tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
        self.con.execute(
            f"COPY (SELECT * FROM {table.name} ORDER BY {', '.join(table.sort_key)}) "
            f"TO {_sql_str(tmp)} (FORMAT parquet)"
        )
        os.replace(tmp, final)  # atomic: a reader sees the whole file or none


def index_files(out: str | Path) -> list[Path]:
    """The committed shards' index files, sorted."""
    folder = Path(out) / INPUTS.name
    return sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []


def written_items(out: str | Path) -> dict[str, tuple[int, int]]:
    """Items already in committed shards -> the earliest input position they were written from."""
    files = index_files(out)
    if not files:
        return {}
    con = connect(":memory:")
    try:
        rows = con.execute(
            "SELECT DISTINCT ON (item_id) item_id, file_no, rec_no FROM read_parquet(?) "
            "ORDER BY item_id, file_no, rec_no",
            [[str(f) for f in files]],
        ).fetchall()
    finally:
        con.close()
    return {r[0]: (r[1], r[2]) for r in rows}
