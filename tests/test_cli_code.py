"""`eventwire code` and the command-line surface: help everywhere, formats, per-document failures."""
from __future__ import annotations

import csv
import io
import json

import pytest

from eventwire.cli import build_parser, main

ARTICLE = (
    "Turkey and Greece agree to resume talks\n\n"
    "ANKARA (eventwire) - Turkish President Recep Tayyip Erdogan held talks with Greek Prime Minister "
    "Kyriakos Mitsotakis in Ankara on Thursday, and both leaders agreed to resume military cooperation.\n\n"
    "Police detained dozens of protesters outside the parliament in Athens on Wednesday.\n"
)


def commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


def test_all_command_groups_are_registered():
    assert {"code", "eval", "ingest", "events", "dyads", "export"} <= set(commands())


@pytest.mark.parametrize("command", ["code", "eval", "ingest", "events", "dyads", "export"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert "usage: eventwire " + command in capsys.readouterr().out


def test_no_command_prints_help(capsys):
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().out


def test_code_json_from_stdin(monkeypatch, capsys, pipeline):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    assert main(["code", "--pub-date", "2024-12-06", "--format", "json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert doc["pub_date"] == "2024-12-06" and doc["pub_date_source"] == "given"
    assert doc["structure"]["headline"] == "Turkey and Greece agree to resume talks"
    assert doc["structure"]["dateline"]["place"].upper() == "ANKARA"
    codes = {(e["source"]["country"], e["root"], (e["target"] or {}).get("country")) for e in doc["events"]}
    assert ("TUR", "04", "GRC") in codes
    assert all(e["date"]["value"] for e in doc["events"])
    assert doc["errors"] == []


def test_code_csv_and_events_formats(tmp_path, capsys, pipeline):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["code", str(path), "--pub-date", "2024-12-06", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {"event_id", "source_code", "code", "target_code", "cue", "rule", "sentence"} <= set(rows[0])
    assert main(["code", str(path), "--pub-date", "2024-12-06", "--format", "events"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [e["event_id"] for e in events] == [r["event_id"] for r in rows]  # same events, same content ids


def test_bad_document_fails_alone(tmp_path, capsys, pipeline):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    out = tmp_path / "out.jsonl"
    assert main(["code", str(empty), str(good), str(binary), "--format", "json", "--out", str(out)]) == 1
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(docs) == 3
    kinds = [[e["kind"] for e in d["errors"]] for d in docs]
    assert kinds[0] == ["empty"] and kinds[1] == [] and kinds[2] == ["binary"]
    assert docs[1]["events"]
    assert "2 document(s) failed" in capsys.readouterr().err


def test_code_names_undated_documents(tmp_path, capsys, pipeline):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["code", str(path), "--format", "csv"]) == 0
    err = capsys.readouterr().err
    assert "1 document(s) had no publication date" in err and "a.txt" in err
    assert main(["code", str(path), "--pub-date", "2024-12-06", "--format", "csv"]) == 0
    assert "no publication date" not in capsys.readouterr().err
