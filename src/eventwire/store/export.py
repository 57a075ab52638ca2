"""Exports: every table as Parquet, CSV or JSON Lines, or the GDELT 2.0 files.

Parquet is written with pyarrow under a fixed, explicit Arrow schema derived
from ``schema.py`` (:func:`arrow_schema`): every column has the same type and
nullability whatever the data, so shards exported from different stores (or
runs) concatenate. CSV and JSON Lines are written by DuckDB (COPY); the events
CSV uses the one event layout (``rows.EVENT_CSV_COLUMNS``: the events table plus
the article's outlet, URL and publication date), as `code --format csv` and
`events --format csv` do. Rows are written in key order so two exports of equal
stores are equal files.
"""
from __future__ import annotations

import warnings
from pathlib import Path

from . import schema
from .gdelt import export_gdelt

FORMATS = ("parquet", "csv", "jsonl", "gdelt")
_COPY = {
    "csv": ("csv", "(FORMAT CSV, HEADER TRUE)"),
    "jsonl": ("jsonl", "(FORMAT JSON)"),
}
_ARROW = {
    "VARCHAR": "string", "JSON": "string", "INTEGER": "int32", "TINYINT": "int8", "BIGINT": "int64",
    "DOUBLE": "float64", "BOOLEAN": "bool_", "DATE": "date32",
}


class ExportError(ValueError):
    pass


def arrow_schema(table: schema.Table):
    """The fixed Arrow schema of a table: types from schema.py, every column nullable, comments as metadata."""
    import pyarrow as pa

    def arrow_type(sql_type: str):
        if sql_type == "TIMESTAMP":
            return pa.timestamp("us")
        return getattr(pa, _ARROW[sql_type])()

    fields = [
        pa.field(c.name, arrow_type(c.type), nullable=True, metadata={"comment": c.comment})
        for c in table.columns
    ]
    return pa.schema(fields, metadata={"table": table.name, "schema_version": str(schema.SCHEMA_VERSION)})


def _select(table: schema.Table) -> str:
    cols = ", ".join(f"CAST({c.name} AS VARCHAR) AS {c.name}" if c.type == "JSON" else c.name for c in table.columns)
    return f"SELECT {cols} FROM {table.name} ORDER BY {', '.join(table.sort_key)}"


def _events_layout_sql() -> str:
    cols = ", ".join(f"e.{c}" for c in schema.EVENTS.names)
    keys = ", ".join(f"e.{k}" for k in schema.EVENTS.sort_key)
    return (f"SELECT {cols}, d.outlet, d.url, d.pub_date FROM events e JOIN documents d ON d.doc_id = e.doc_id "
            f"ORDER BY {keys}")


def _write_parquet(con, table: schema.Table, target: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    target_schema = arrow_schema(table)
    cur = con.execute(_select(table))
    with warnings.catch_warnings():  # duckdb 2 notes one extra copy per batch; a batch is bounded
        warnings.simplefilter("ignore", UserWarning)
        reader = cur.to_arrow_reader(64_000) if hasattr(cur, "to_arrow_reader") else cur.fetch_record_batch(64_000)
    with pq.ParquetWriter(target, target_schema) as writer:
        for batch in reader:
            writer.write_table(pa.Table.from_batches([batch]).cast(target_schema))


def export(con, out: str | Path, fmt: str = "parquet") -> dict[str, int]:
    """Write the store to directory ``out``; returns rows written per file name."""
    out = Path(out)
    if fmt == "gdelt":
        return export_gdelt(con, out)
    if fmt not in FORMATS:
        raise ExportError(f"[E330] unknown export format {fmt!r}; supported: {', '.join(FORMATS)}")
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for t in schema.TABLES:
        target = out / f"{t.name}.{fmt}"
        if fmt == "parquet":
            _write_parquet(con, t, target)
        else:
            sql = _events_layout_sql() if (t is schema.EVENTS and fmt == "csv") else _select(t)
            path_sql = "'" + str(target).replace("'", "''") + "'"
            con.execute(f"COPY ({sql}) TO {path_sql} {_COPY[fmt][1]}")
        written[target.name] = con.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
    return written
