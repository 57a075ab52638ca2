"""End to end with the real pipeline: the linking example corpus, and a SIGKILLed CLI run."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.store import Store, ingest
from helpers import dump

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "linking" / "meeting_reports.jsonl"
pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="linking corpus not written yet")

# A root-04 event of the meeting as it happened: between Turkey and Greece, each side its government
# (president, prime minister) or the country as such, in either order (consultations are symmetric).
_MEETING_CONSULTATION = """
e.root = '04' AND e.modality IN ('asserted', 'alleged')
AND ((e.source_country = 'TUR' AND e.target_country = 'GRC') OR (e.source_country = 'GRC' AND e.target_country = 'TUR'))
AND coalesce(e.source_role, 'GOV') = 'GOV' AND coalesce(e.target_role, 'GOV') = 'GOV'
"""


def test_meeting_reports_link_across_outlets_and_never_with_unrelated_events(tmp_path):
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    meeting_outlets = {r["outlet"] for r in records if r["same_meeting"]}
    ingest([str(CORPUS)], tmp_path / "s.duckdb", config=Config())
    with Store(tmp_path / "s.duckdb") as store:
        rows = store.con.execute(
            """SELECT c.cluster_id, c.num_sources, c.num_articles, list(DISTINCT d.metadata->>'$.same_meeting'),
                      list(DISTINCT d.outlet)
               FROM clusters c JOIN events e ON e.cluster_id = c.cluster_id JOIN documents d ON d.doc_id = e.doc_id
               GROUP BY ALL"""
        ).fetchall()
        reporting = store.con.execute(
            f"""SELECT list(DISTINCT d.outlet ORDER BY d.outlet), list(DISTINCT e.cluster_id)
                FROM events e JOIN documents d ON d.doc_id = e.doc_id
                WHERE d.metadata->>'$.same_meeting' = 'true' AND {_MEETING_CONSULTATION}"""
        ).fetchone()
        meeting_clusters = store.con.execute(
            "SELECT num_sources FROM clusters WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [reporting[1] or []]
        ).fetchall()
    assert rows
    for _, n_sources, n_articles, flags, outlets in rows:
        assert n_sources == len(outlets)  # distinct outlets, whatever the number of mentions
        assert len(flags) == 1, "a cluster mixes the meeting with an unrelated event"
    outlets_with_consultation = reporting[0] or []
    assert outlets_with_consultation, "no meeting report codes the meeting as a Turkey-Greece consultation"
    assert set(outlets_with_consultation) <= meeting_outlets
    # every report that codes the consultation is a source of one and the same cluster: all four
    # ("welcomed the Greek prime minister at his palace" is hosting a visit, 043)
    assert meeting_clusters == [(len(outlets_with_consultation),)]
    assert set(outlets_with_consultation) == meeting_outlets and len(meeting_outlets) == 4


_GOVERNMENT_REPORTS = [
    ("r1", "harbour", "ANKARA - Turkish President Recep Tayyip Erdogan met Greek Prime Minister Kyriakos Mitsotakis "
     "in Ankara on Thursday.\n\nThe two leaders discussed migration and energy."),
    ("r2", "meridian", "The Turkish government held talks with Greek Prime Minister Kyriakos Mitsotakis on Thursday."
     "\n\nOfficials said the talks were constructive."),
    ("r3", "vague", "The government held talks with Greek Prime Minister Kyriakos Mitsotakis on Thursday, officials "
     "said.\n\nNo details were released."),
]


def test_a_report_naming_only_the_government_joins_the_meeting_it_reports(tmp_path):
    """Issue 9 item 7 with the real coder: "the government held talks" (GOV -> GRCGOV) joins the one cluster."""
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps({"id": i, "outlet": o, "pub_date": "2024-12-06", "text": t}) + "\n"
                            for i, o, t in _GOVERNMENT_REPORTS), encoding="utf-8")
    ingest([str(path)], tmp_path / "s.duckdb", config=Config())
    with Store(tmp_path / "s.duckdb") as store:
        rows = store.con.execute(
            """SELECT doc_id, source_code, source_country, link_rule, link_country, cluster_id FROM events
               WHERE root = '04' ORDER BY doc_id"""
        ).fetchall()
        clusters = store.con.execute("SELECT num_articles, num_partial, source_country FROM clusters").fetchall()
    assert {r[0] for r in rows} == {"r1", "r2", "r3"}
    (bare,) = [r for r in rows if r[0] == "r3"]
    assert bare[1:5] == ("GOV", None, "partial-actor", "TUR")  # the article's own code kept, the country recorded
    assert len({r[5] for r in rows}) == 1 and clusters == [(3, 1, "TUR")]


@pytest.mark.slow
def test_cli_ingest_killed_and_rerun_equals_uninterrupted(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    cmd = [sys.executable, "-m", "eventwire.cli", "ingest", str(ROOT / "examples"), "--batch-size", "2", "--quiet"]
    subprocess.run(cmd + ["--db", str(tmp_path / "ref.duckdb")], env=env, check=True, capture_output=True, timeout=300)
    killed = tmp_path / "kill.duckdb"
    proc = subprocess.Popen(cmd + ["--db", str(killed)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not Path(str(killed) + ".wal").exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.5)  # somewhere in the middle of the run
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    out = subprocess.run(cmd + ["--db", str(killed)], env=env, check=True, capture_output=True, text=True, timeout=300)
    assert "new documents" in out.stdout
    with Store(tmp_path / "ref.duckdb") as ref, Store(killed) as got:
        assert dump(got.con) == dump(ref.con)
