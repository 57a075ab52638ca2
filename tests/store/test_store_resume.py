"""Kill an ingest with SIGKILL mid-run, rerun it, and compare with an uninterrupted run."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.store import Store
from helpers import dump

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"
N, BATCH = 40, 8


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), str(HERE), env.get("PYTHONPATH", "")])
    return env


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(HERE / "resume_driver.py"), *args], env=_env(),
                          capture_output=True, text=True, timeout=120, check=True)


def _start_and_kill(db: Path, marker: Path, pause_at: int, when: str) -> None:
    proc = subprocess.Popen([sys.executable, str(HERE / "resume_driver.py"), str(db), str(N), str(BATCH),
                             str(marker), str(pause_at), when], env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"driver did not pause: {proc.communicate()}")
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    out = _run(str(db), str(N), str(BATCH))
    assert out.stdout.startswith(f"{N} new documents, 0 already stored")
    with Store(db) as store:
        return dump(store.con)


@pytest.mark.parametrize("when, pause_at, committed_batches", [("after", 1, 2), ("before", 2, 2)])
def test_sigkill_then_rerun_equals_uninterrupted_run(tmp_path, reference, when, pause_at, committed_batches):
    db, marker = tmp_path / "kill.duckdb", tmp_path / "paused"
    _start_and_kill(db, marker, pause_at, when)
    with Store(db) as store:  # what survived: whole batches only
        assert store.counts()["documents"] == committed_batches * BATCH
    out = _run(str(db), str(N), str(BATCH))
    assert out.stdout.startswith(f"{N - committed_batches * BATCH} new documents, {committed_batches * BATCH} already stored")
    with Store(db) as store:
        assert dump(store.con) == reference
    again = _run(str(db), str(N), str(BATCH))
    assert again.stdout.startswith(f"0 new documents, {N} already stored")
