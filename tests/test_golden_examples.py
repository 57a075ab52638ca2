"""Golden test: the coding of the bundled example articles is pinned.

A change that moves any event shows here; if it is intended, regenerate with
``scripts/update_golden.py`` and review the diff of tests/golden/.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_examples_code_as_pinned():
    spec = importlib.util.spec_from_file_location("update_golden", ROOT / "scripts" / "update_golden.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = json.loads(module.GOLDEN.read_text(encoding="utf-8"))
    got = module.snapshot()
    assert set(got) == set(expected)
    for doc_id, events in expected.items():
        assert got[doc_id] == events, f"{doc_id}: run scripts/update_golden.py if this change is intended"
