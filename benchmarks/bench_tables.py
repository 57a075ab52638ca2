"""Cost of building the actor tables (``actors.tables.build_tables``) against reading their files.

The baseline reads every packaged table file and splits it into rows and cells, so the ratio is
what indexing adds to plain parsing of the same bytes. Best of ``--repeat`` rounds. The build
runs once per process (``load_tables`` caches it), so this is a start-up cost of every worker.

    PYTHONPATH=src python benchmarks/bench_tables.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import time

from eventwire.actors.tables import DATA_DIR, build_tables


def read_only() -> int:
    cells = 0
    for path in sorted(DATA_DIR.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                cells += len(line.split("\t"))
    return cells


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    base = best(read_only, args.repeat)
    build = best(lambda: build_tables(DATA_DIR), args.repeat)
    tables = build_tables(DATA_DIR)
    print(f"read + split the table files: {base * 1000:.0f} ms")
    print(f"build_tables:                 {build * 1000:.0f} ms ({len(tables.names):,} names, {len(tables.people):,} people)")
    print(f"ratio build / read:           {build / base:.1f}")


if __name__ == "__main__":
    main()
