from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.cli import build_parser, main
from eventwire.store import Store, ingest_items
from fake_coder import FakeCoder, make_article

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.mark.parametrize("command", ["ingest", "events", "dyads", "export"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert f"usage: eventwire {command}" in out and "--db" in out


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        ingest_items([make_article(1, "043 USAGOV CHNGOV 2024-03-05 recip", outlet="a"),
                      make_article(2, "043 CHNGOV USAGOV 2024-03-06 recip", outlet="b")], store, coder=FakeCoder())
    return path


def test_events_and_clusters_commands(db, capsys):
    assert main(["events", "--db", str(db), "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main(["events", "--db", str(db), "--clusters", "--format", "json", "--root", "04"]) == 0
    (cluster,) = json.loads(capsys.readouterr().out)
    assert cluster["num_sources"] == 2
    assert main(["events", "--db", str(db), "--source", "RUS"]) == 0
    assert "(0 rows)" in capsys.readouterr().out


def test_dyads_and_export_commands(db, tmp_path, capsys):
    assert main(["dyads", "--db", str(db), "--by", "week", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("period,source_country,target_country,events") and len(lines) == 2
    assert main(["export", "--db", str(db), "--out", str(tmp_path / "x")]) == 0
    assert (tmp_path / "x" / "events.parquet").exists()


def test_missing_store_is_a_clean_error(tmp_path, capsys):
    assert main(["events", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "E304" in capsys.readouterr().err
    assert not (tmp_path / "none.duckdb").exists()


def test_ingest_command_defaults_to_eventwire_duckdb_in_cwd(tmp_path):
    """The real command (real pipeline) on an input that is rejected before any coding."""
    (tmp_path / "empty.txt").write_text("")
    out = subprocess.run([sys.executable, "-m", "eventwire.cli", "ingest", "empty.txt"], cwd=tmp_path,
                         env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 1, out.stderr  # an input was rejected: the run says so in its status
    assert "0 new documents, 0 already stored, 1 inputs rejected" in out.stdout
    assert "1 input(s) rejected" in out.stderr
    assert (tmp_path / "eventwire.duckdb").exists()
    assert "eventwire ingest:" in out.stderr  # plain log line: stderr is not a terminal
