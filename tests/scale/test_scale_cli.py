"""`eventwire ingest --engine ...`: local stays the default; without Ray, --engine ray says how to install it."""
from __future__ import annotations

import sys

import pytest

from eventwire.cli import main
from eventwire.scale.ray_engine import RayEngineError, input_files


def test_engine_ray_without_ray_says_how_to_install_it(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    monkeypatch.setitem(sys.modules, "ray.data", None)
    status = main(["ingest", "--engine", "ray", "--quiet", "--out", str(tmp_path / "out"), "examples/articles"])
    err = capsys.readouterr().err
    assert status == 1
    assert "[E330]" in err and "pip install 'eventwire[ray]'" in err
    assert not (tmp_path / "out").exists()


def test_engine_local_is_the_default_and_needs_no_ray(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "ray", None)
    db = tmp_path / "s.duckdb"
    status = main(["ingest", "--quiet", "--db", str(db), "examples/articles/03-kyiv-strikes.txt"])
    assert status == 0 and db.exists()
    assert capsys.readouterr().out.startswith("1 new documents")


def test_stdin_cannot_be_spread_over_a_cluster():
    with pytest.raises(RayEngineError, match=r"\[E331\]"):
        input_files(["examples/articles", "-"])


def test_input_files_are_in_local_ingest_order():
    files = input_files(["examples/"])
    assert files[0].endswith("01-geneva-sudan-talks.txt")
    assert files.index("examples/articles.jsonl") > files.index("examples/articles/07-ankara-arrests.txt")
