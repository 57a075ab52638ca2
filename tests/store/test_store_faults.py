"""Faults beyond a killed main process: killed or crashing workers, failures fixed by a rerun, orphans.

Each run is compared with an uninterrupted run of the same corpus (the
``reference`` fixture of test_store_resume.py is rebuilt here with its own N).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from eventwire.store import Store
from helpers import dump

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"
N, BATCH = 48, 8


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for key in ("FAKE_FLAKY", "FAKE_CRASH", "FAKE_CODER_DELAY", "DRIVER_WORKERS"):
        env.pop(key, None)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), str(HERE), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env


def _run(db: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(HERE / "resume_driver.py"), str(db), str(N), str(BATCH)],
                          env=_env(**env), capture_output=True, text=True, timeout=180, check=True)


def _tagged(tag: str) -> list[int]:
    """Pids of live processes whose environment carries ``tag`` (the driver and everything it started)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            environ = Path(f"/proc/{entry}/environ").read_bytes()
            state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if f"EVENTWIRE_TEST_TAG={tag}".encode() in environ.split(b"\0") and state != "Z":
            found.append(int(entry))
    return found


def _ppid(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


def _wait_gone(tag: str, seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := _tagged(tag)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    _run(db)
    with Store(db) as store:
        out = dump(store.con)
    assert not out["rejects"] and len(out["documents"]) == N
    return out


def test_failed_documents_are_coded_again_and_their_rejects_replaced(tmp_path, reference):
    db = tmp_path / "s.duckdb"
    first = _run(db, FAKE_FLAKY="mem://3,mem://17,mem://40")
    assert "3 failed" in first.stdout
    with Store(db) as store:
        assert store.counts()["rejects"] == 3 and store.counts()["documents"] == N - 3
    again = _run(db)  # the fault is gone: the three are coded now
    assert again.stdout.startswith(f"3 new documents, {N - 3} already stored")
    with Store(db) as store:
        assert dump(store.con) == reference  # no reject left, the same database as an uninterrupted run


@pytest.mark.slow
def test_article_that_kills_its_worker_is_rejected_alone_then_stored_by_the_rerun(tmp_path, reference):
    db = tmp_path / "s.duckdb"
    first = _run(db, DRIVER_WORKERS="2", FAKE_CRASH="mem://9")  # kills every worker that codes it
    assert "1 failed" in first.stdout  # its batch is halved until only it is left
    with Store(db) as store:
        rows = store.con.execute("SELECT code, source FROM rejects").fetchall()
        assert [r[0] for r in rows] == ["E312"] and rows[0][1].endswith("mem:/9")
        assert store.counts()["documents"] == N - 1
    again = _run(db, DRIVER_WORKERS="2")
    assert again.stdout.startswith(f"1 new documents, {N - 1} already stored")
    with Store(db) as store:
        assert dump(store.con) == reference


def _start(db: Path, tag: str, marker: Path, **env: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "resume_driver.py"), str(db), str(N), str(BATCH), str(marker), "1", "after"],
        env=_env(EVENTWIRE_TEST_TAG=tag, **env), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 90
    while not marker.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"driver did not pause: {proc.communicate()}")
        time.sleep(0.05)
    return proc


@pytest.mark.slow
def test_sigkill_of_the_main_process_leaves_no_worker_behind(tmp_path, reference):
    tag, db = uuid.uuid4().hex, tmp_path / "s.duckdb"
    proc = _start(db, tag, tmp_path / "paused", DRIVER_WORKERS="2", FAKE_CODER_DELAY="0.05")
    children = [p for p in _tagged(tag) if p != proc.pid]
    assert len(children) >= 3, children  # fork server (or resource tracker) and two workers
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    left = _wait_gone(tag, 15)
    for pid in left:  # clean up before failing, so no test leaves orphans either
        os.kill(pid, signal.SIGKILL)
    assert not left, f"processes left after SIGKILL of the main process: {left}"
    _run(db, DRIVER_WORKERS="2")
    with Store(db) as store:
        assert dump(store.con) == reference


@pytest.mark.slow
def test_killing_the_workers_alone_loses_nothing(tmp_path, reference):
    tag, db = uuid.uuid4().hex, tmp_path / "s.duckdb"
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "resume_driver.py"), str(db), str(N), str(BATCH)],
        env=_env(EVENTWIRE_TEST_TAG=tag, DRIVER_WORKERS="2", FAKE_CODER_DELAY="0.05"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 90
    workers: list[int] = []
    while not workers and time.monotonic() < deadline and proc.poll() is None:
        workers = [p for p in _tagged(tag) if p != proc.pid and _ppid(p) != proc.pid]
        time.sleep(0.1)
    assert workers, "no worker process seen"
    time.sleep(0.5)  # mid-batch
    for pid in workers:
        os.kill(pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    again = _run(db, DRIVER_WORKERS="2")  # whatever the first run had to reject is coded now
    assert "failed" not in again.stdout
    with Store(db) as store:
        assert dump(store.con) == reference
    assert not _wait_gone(tag, 15)
