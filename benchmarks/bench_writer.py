"""Writer cost per article (DuckDB inserts + linking + commit), coding excluded, at several corpus sizes.

The corpus is coded once (largest size), then prefixes of it are ingested
with a coder that replays the stored results, so only the store's own work is
timed; best of ``--repeat`` rounds. Less sensitive to other load than
``bench_ingest.py`` (seconds per round, no model in the loop) and shows
whether the per-article cost grows with the corpus (it must not: clusters of
the repeated stories grow with it). The coding time per article is printed
for scale: ingest/coding ~ code / (code + write) when nothing overlaps.

    PYTHONPATH=src python benchmarks/bench_writer.py [--sizes 200 600 1200] [--repeat 3]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


class Replay:
    """A coder that returns results computed earlier."""

    def __init__(self, coded) -> None:
        self.by_id = {c.article.id: c for c in coded}

    def code_many(self, articles):
        for a in articles:
            yield self.by_id[a.id]


def write_seconds(coded, repeat: int) -> tuple[float, int]:
    from eventwire.store import Store, ingest_items

    best, clusters = float("inf"), 0
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
            t = time.perf_counter()
            report = ingest_items([c.article for c in coded], store, coder=Replay(coded))
            best = min(best, time.perf_counter() - t)
            clusters = report.counts["clusters"]
    return best, clusters


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 600, 1200])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from corpus import make_corpus

    from eventwire.config import Config
    from eventwire.pipeline import Pipeline

    articles = make_corpus(max(args.sizes))  # make_corpus(n) is a prefix of make_corpus(m) for n < m
    t = time.perf_counter()
    coded = list(Pipeline(Config()).code_many(articles))
    code_ms = (time.perf_counter() - t) / len(articles) * 1000
    print(f"coding: {code_ms:.1f} ms/article ({len(articles)} articles, one round)")
    for n in sorted(args.sizes):
        seconds, clusters = write_seconds(coded[:n], args.repeat)
        ms = seconds / n * 1000
        print(f"n={n}: writer {ms:.2f} ms/article ({clusters} clusters); "
              f"code/(code+write) = {code_ms / (code_ms + ms):.2f}", flush=True)


if __name__ == "__main__":
    main()
