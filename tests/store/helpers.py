"""Shared helpers for store tests: table dumps for whole-database comparisons."""
from __future__ import annotations

from eventwire.store import schema


def dump(con) -> dict[str, list[tuple]]:
    """Every table's rows in key order, without the columns that record wall-clock time."""
    out = {}
    for t in schema.TABLES:
        cols = [c for c in t.names if c not in schema.TIME_COLUMNS]
        out[t.name] = con.execute(
            f"SELECT {', '.join(cols)} FROM {t.name} ORDER BY {', '.join(t.sort_key)}"
        ).fetchall()
    return out
