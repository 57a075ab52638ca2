"""Every command with hostile option values: a clear message and exit status 1 or 2, never a traceback."""
from __future__ import annotations

import sqlite3

import pytest

from eventwire.cli import main


@pytest.fixture()
def files(tmp_path):
    sqlite = tmp_path / "other.db"
    con = sqlite3.connect(sqlite)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    (tmp_path / "exists.txt").write_text("x")
    (tmp_path / "bad.toml").write_text("max_bytes = 'lots'\n")
    (tmp_path / "broken.toml").write_text("= = =\n")
    (tmp_path / "garbage.duckdb").write_bytes(b"not a database at all, just text" * 10)
    return tmp_path


CASES = [
    (["events", "--limit", "99999999999999999999"], 2, "between"),
    (["events", "--limit", "0"], 2, "between"),
    (["events", "--limit", "ten"], 2, "not an integer"),
    (["events", "--source", ""], 2, "must not be empty"),
    (["events", "--target", "  "], 2, "must not be empty"),
    (["events", "--country", "US\x00A"], 2, "NUL"),
    (["events", "--since", "2024-13-45"], 2, "not a date"),
    (["events", "--quad", "9"], 2, "invalid choice"),
    (["events", "--db", "{tmp}"], 2, "is a directory"),
    (["events", "--db", "{tmp}/other.db"], 1, "E305"),
    (["events", "--db", "{tmp}/garbage.duckdb"], 1, "E305"),
    (["events", "--db", "{tmp}/missing.duckdb"], 1, "E304"),
    (["dyads", "--by", "year"], 2, "invalid choice"),
    (["export", "--out", "{tmp}/exists.txt"], 2, "not a directory"),
    (["export", "--out", ""], 2, "must not be empty"),
    (["code", "--pub-date", "yesterday"], 2, "not a date"),
    (["code", "--pub-date", "2015-02-30"], 2, "not a date"),
    (["code", "--out", "{tmp}"], 2, "is a directory"),
    (["code", "--out", "{tmp}/no/such/dir/out.json"], 2, "does not exist"),
    (["code", "--format", "xml"], 2, "invalid choice"),
    (["code", "{tmp}/missing.txt", "--format", "events"], 1, "E007"),
    (["--config", "{tmp}/missing.toml", "code", "{tmp}/exists.txt"], 1, "No such file"),
    (["--config", "{tmp}/bad.toml", "code", "{tmp}/exists.txt"], 1, "E090"),
    (["--config", "{tmp}/broken.toml", "code", "{tmp}/exists.txt"], 1, "eventwire code"),
    (["ingest", "{tmp}/exists.txt", "--workers", "0"], 2, "between"),
    (["ingest", "{tmp}/exists.txt", "--workers", "100000"], 2, "between"),
    (["ingest", "{tmp}/exists.txt", "--batch-size", "-1"], 2, "between"),
    (["ingest", "{tmp}/exists.txt", "--report", "{tmp}"], 2, "is a directory"),
    (["ingest", "{tmp}/exists.txt", "--db", "{tmp}/other.db"], 1, "SQLite"),
    (["ingest", "{tmp}/exists.txt", "--db", "{tmp}/garbage.duckdb"], 1, "E305"),
    (["eval", "{tmp}/missing.json"], 2, "No such file"),  # eval's own status for an unusable gold file
    (["eval", "{tmp}/exists.txt"], 2, "E070"),
    (["eval", "{tmp}/exists.txt", "--limit", "-3"], 2, "between"),
]


@pytest.mark.parametrize("argv, status, message", CASES, ids=[" ".join(c[0])[:60] for c in CASES])
def test_hostile_option_values_get_a_message_not_a_traceback(files, capsys, monkeypatch, argv, status, message):
    monkeypatch.chdir(files)
    argv = [a.replace("{tmp}", str(files)) for a in argv]
    try:
        got = main(argv)
    except SystemExit as exc:  # argparse refuses the value
        got = exc.code
    err = capsys.readouterr().err
    assert got == status, err
    assert message in err
    assert "Traceback" not in err


def test_a_sqlite_db_is_refused_before_duckdb_touches_it(files):
    from eventwire.store import Store, StoreError

    before = (files / "other.db").read_bytes()
    with pytest.raises(StoreError) as info:
        Store(files / "other.db")
    assert info.value.code == "E305" and (files / "other.db").read_bytes() == before


def test_duckdb_extension_autoloading_is_off(tmp_path):
    from eventwire.store import Store

    with Store(tmp_path / "s.duckdb") as store:
        settings = dict(store.con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name LIKE 'auto%_known_extensions'").fetchall())
    assert settings == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}
