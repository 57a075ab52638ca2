"""The event store: DuckDB schema, resumable batch ingest, cross-article linking, queries and exports.

Public API::

    ingest(paths, db, *, config=None, workers=1, ...) -> IngestReport
    ingest_items(items, store, *, config=None, workers=1, coder=None, ...) -> IngestReport
    Store(path, link_window_days=2)             # .write_batch, .known_ids, .relink_all, .counts
    export(con, out_dir, fmt)                   # parquet | csv | jsonl | gdelt
    query_events / query_clusters / query_dyads
"""
from __future__ import annotations

from .db import DEFAULT_DB, Store, StoreError
from .export import export
from .ingest import IngestHooks, IngestReport, ingest, ingest_items
from .query import EventFilter, query_clusters, query_dyads, query_events

__all__ = [
    "DEFAULT_DB", "EventFilter", "IngestHooks", "IngestReport", "Store", "StoreError", "export", "ingest",
    "ingest_items", "query_clusters", "query_dyads", "query_events",
]
