"""Run an ingest of the synthetic corpus in a subprocess, optionally pausing at a batch so a test can SIGKILL it.

Usage: python resume_driver.py DB N_ARTICLES BATCH [MARKER PAUSE_AT before|after]
"""
from __future__ import annotations

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
    with Store(db) as store:
        report = ingest_items(corpus(n), store, coder=FakeCoder(), batch_size=batch, hooks=hooks)
    print(report.summary())


if __name__ == "__main__":
    main(sys.argv[1:])
