"""`eventwire serve`: help, defaults, a clear error for a missing store."""
from __future__ import annotations

import pytest

from eventwire.cli import main


def test_serve_has_help(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["serve", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "--db" in out and "--host" in out and "--port" in out and "--allow-ingest" in out and "127.0.0.1" in out


def test_serve_refuses_a_missing_store(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "missing.duckdb")]) == 1
    assert "E304" in capsys.readouterr().err


@pytest.mark.parametrize("port", ["0", "70000", "http"])
def test_serve_refuses_bad_ports(port):
    with pytest.raises(SystemExit) as exc:
        main(["serve", "--port", port])
    assert exc.value.code == 2
