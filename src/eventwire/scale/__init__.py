"""Scale-out ingest: code a corpus on a Ray cluster into Parquet shards, then load and link them.

Public API::

    ingest_ray(paths, out, *, db=None, workers=1, address=None, ...) -> RayIngestReport
    load_shards(store, out) -> LoadReport        # shards -> an open Store, linked
    link_shards(out) -> {table: rows}           # OUT/clusters and OUT/event_clusters, no store

Ray is an optional extra (``pip install 'eventwire[ray]'``); this package
imports without it and says how to install it when it is needed (E330).
"""
from __future__ import annotations

from .load import LoadReport, link_shards, load_shards
from .ray_engine import INSTALL_HINT, RayEngineError, RayIngestReport, ingest_ray, require_ray

__all__ = [
    "INSTALL_HINT", "LoadReport", "RayEngineError", "RayIngestReport", "ingest_ray", "link_shards", "load_shards",
    "require_ray",
]
