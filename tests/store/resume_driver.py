"""Run an ingest of the synthetic corpus in a subprocess, optionally pausing at a batch so a test can SIGKILL it.

Usage: python resume_driver.py DB N_ARTICLES BATCH [MARKER PAUSE_AT before|after]
Environment: DRIVER_WORKERS=N codes in N worker processes (fake_coder:make); FAKE_CODER_DELAY,
FAKE_FLAKY and FAKE_CRASH are read by the fake coder (see fake_coder.py).
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from eventwire.store import IngestHooks, Store, ingest_items
from fake_coder import FakeCoder, corpus


def main(argv: list[str]) -> None:
    db, n, batch = argv[0], int(argv[1]), int(argv[2])
    hooks = IngestHooks()
    if len(argv) > 3:
        marker, pause_at, when = Path(argv[3]), int(argv[4]), argv[5]

        def pause(batch_no: int, *_):
            if batch_no == pause_at:
                marker.write_text(f"{when} {batch_no}")
                time.sleep(600)  # wait for SIGKILL

        hooks = IngestHooks(before_commit=pause) if when == "before" else IngestHooks(after_commit=pause)
    workers = int(os.environ.get("DRIVER_WORKERS", "1"))
    coder = dict(workers=workers, factory="fake_coder:make") if workers > 1 else dict(coder=FakeCoder())
    with Store(db) as store:
        report = ingest_items(corpus(n), store, batch_size=batch, hooks=hooks, **coder)
    print(report.summary())


if __name__ == "__main__":
    main(sys.argv[1:])
