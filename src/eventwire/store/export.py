"""Exports: every table as Parquet, CSV or JSON Lines (DuckDB COPY), or the GDELT 2.0 files.

Parquet is written by DuckDB itself (built into the wheel; nothing downloaded).
Rows are written in key order so two exports of equal stores are equal files.
"""
from __future__ import annotations

from pathlib import Path

from . import schema
from .gdelt import export_gdelt

FORMATS = ("parquet", "csv", "jsonl", "gdelt")
_COPY = {
    "parquet": ("parquet", "(FORMAT PARQUET)"),
    "csv": ("csv", "(FORMAT CSV, HEADER TRUE)"),
    "jsonl": ("jsonl", "(FORMAT JSON)"),
}


class ExportError(ValueError):
    pass


def export(con, out: str | Path, fmt: str = "parquet") -> dict[str, int]:
    """Write the store to directory ``out``; returns rows written per file name."""
    out = Path(out)
    if fmt == "gdelt":
        return export_gdelt(con, out)
    if fmt not in _COPY:
        raise ExportError(f"[E330] unknown export format {fmt!r}; supported: {', '.join(FORMATS)}")
    suffix, options = _COPY[fmt]
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for t in schema.TABLES:
        target = out / f"{t.name}.{suffix}"
        path_sql = "'" + str(target).replace("'", "''") + "'"
        con.execute(f"COPY (SELECT * FROM {t.name} ORDER BY {', '.join(t.sort_key)}) TO {path_sql} {options}")
        written[target.name] = con.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
    return written
