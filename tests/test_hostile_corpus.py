"""`ingest` and `code` over the hostile corpus of scripts/hostile_corpus.py (with its 100 MB file and 1 GB bombs).

No traceback, no hang (each command has a time limit), every input document
accounted for as stored, duplicate or rejected (with the code the manifest
allows), the good ones coded, and a rerun that changes nothing.
Slow (a few minutes): `.ci/run` runs it with the other slow reliability tests.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from eventwire.store import Store

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow
_LOCATION = re.compile(r"(?::\d+-?|\[\d+\])$")


def _cli(*args: str, timeout: int = 900) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "eventwire.cli", *args], env=env, capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("hostile")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "hostile_corpus.py"), str(root)], check=True,
                   timeout=300, capture_output=True)
    return root / "corpus", json.loads((root / "manifest.json").read_text())


def _by_file(items: list[dict], corpus: Path, key: str = "source") -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        path = _LOCATION.sub("", item[key] or "")
        out[os.path.relpath(path, corpus)].append(item)
    return out


def _check_manifest(got: dict[str, list[dict]], manifest: dict, outcome) -> None:
    missing = sorted(set(manifest) - set(got))
    assert not missing, f"inputs with no outcome: {missing[:10]}"
    for name, exp in manifest.items():
        results = [outcome(r) for r in got[name]]
        if exp["docs"]:
            assert len(results) == exp["docs"], (name, results)
        if exp["expect"] == "stored":
            assert all(kind != "rejected" for kind, _ in results), (name, results)
        elif exp["expect"] == "rejected":
            assert results and all(kind == "rejected" for kind, _ in results), (name, results)
            assert {code for _, code in results} <= set(exp["codes"]), (name, results, exp["codes"])


def test_ingest_accounts_for_every_document_and_a_rerun_changes_nothing(hostile, tmp_path):
    corpus, manifest = hostile
    db, report = tmp_path / "h.duckdb", tmp_path / "outcomes.jsonl"
    out = _cli("ingest", str(corpus), "--db", str(db), "--report", str(report), "--quiet")
    assert "Traceback" not in out.stderr, out.stderr[-3000:]
    assert out.returncode == 1, out.stderr[-2000:]  # some inputs were rejected, and the status says so
    outcomes = [json.loads(line) for line in report.read_text().splitlines()]
    assert {o["outcome"] for o in outcomes} <= {"stored", "duplicate", "rejected"}
    got = _by_file(outcomes, corpus)
    _check_manifest(got, manifest, lambda o: (o["outcome"], o.get("code", "")))
    dup = sorted(o["outcome"] for o in got["jsonl/dup_ids.jsonl"])
    assert dup == ["duplicate", "stored", "stored"]  # another text under the same id is kept, the repeat is not
    with Store(db) as store:
        stored = {r[0] for r in store.con.execute("SELECT doc_id FROM documents").fetchall()}
        n_rejects = store.counts()["rejects"]
        warned = store.con.execute("SELECT count(*) FROM documents WHERE json_array_length(warnings) > 0").fetchone()[0]
        reject_files = {_LOCATION.sub("", r[0]) for r in store.con.execute("SELECT source FROM rejects").fetchall()}
    assert stored == {o["doc_id"] for o in outcomes if o["outcome"] == "stored"}
    assert "same" in stored and any(d.startswith("same~") for d in stored)
    assert warned >= 6  # repaired UTF-8, cp1252, UTF-16 without BOM, surrogates, control characters
    # every rejected input has its reject row (identical records share one: rejects are keyed by content)
    rejected_files = {os.path.realpath(_LOCATION.sub("", o["source"])) for o in outcomes if o["outcome"] == "rejected"}
    assert reject_files == rejected_files

    again = _cli("ingest", str(corpus), "--db", str(db), "--report", str(report), "--quiet")
    assert "Traceback" not in again.stderr and again.returncode == 1
    accepted = sum(1 for o in outcomes if o["outcome"] != "rejected")  # stored or duplicate the first time
    assert again.stdout.startswith(f"0 new documents, {accepted} already stored, ")
    with Store(db) as store:
        assert store.counts()["rejects"] == n_rejects  # the same rejects: keyed by content, not re-added


def test_ingest_with_another_spelling_of_the_path_adds_no_reject(hostile, tmp_path):
    corpus, _ = hostile
    db = tmp_path / "s.duckdb"
    first = _cli("ingest", str(corpus / "bad"), "--db", str(db), "--quiet")
    with Store(db) as store:
        n = store.counts()["rejects"]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    again = subprocess.run([sys.executable, "-m", "eventwire.cli", "ingest", "./bad/", "../corpus/bad", "--db", str(db),
                            "--quiet"], cwd=corpus, env=env, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in first.stderr + again.stderr
    with Store(db) as store:
        assert store.counts()["rejects"] == n > 0


def test_code_reports_every_document_and_codes_the_good_ones(hostile, tmp_path):
    corpus, manifest = hostile
    out_file = tmp_path / "coded.jsonl"
    out = _cli("code", str(corpus), "--format", "json", "--out", str(out_file), "--pub-date", "2024-03-05")
    assert "Traceback" not in out.stderr, out.stderr[-3000:]
    assert out.returncode == 1
    coded = [json.loads(line) for line in out_file.read_text().splitlines()]
    got = _by_file(coded, corpus)

    def outcome(c: dict) -> tuple[str, str]:
        return ("rejected", c["errors"][0]["code"]) if c["errors"] else ("stored", "")

    _check_manifest(got, manifest, outcome)
    for name, exp in manifest.items():
        if exp["events"]:
            assert all(c["events"] for c in got[name]), f"{name}: a good article coded no event"
    cr = got["good/cr_only.txt"][0]
    assert cr["structure"]["headline"], "CR line endings must not hide the headline"
