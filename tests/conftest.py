"""Shared fixtures: the spaCy pipeline and the read-only ../shared material."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from eventwire import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory, pipeline) -> Path:
    """A store ingested from examples/ once per session (tests that use it must only read it)."""
    from eventwire.store import Store, ingest_items
    from eventwire.ingest import read_paths

    db = tmp_path_factory.mktemp("examples_store") / "examples.duckdb"
    with Store(db) as store:
        ingest_items(read_paths([ROOT / "examples"]), store, coder=pipeline)
    return db
