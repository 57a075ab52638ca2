"""Articles per second of full coding vs spaCy parsing alone, on the same documents, in one run.

The baseline parses exactly what the pipeline parses (the body paragraphs of
each article, found by the clean stage) with ``nlp.pipe`` and the same batch
size, so the ratio is the cost of everything eventwire adds to parsing.
Target: ratio >= 0.8.

    PYTHONPATH=src python benchmarks/bench_coding.py [--n 200] [--repeat 2]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_corpus  # noqa: E402

from eventwire.clean import clean  # noqa: E402
from eventwire.config import Config  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="articles (default 200)")
    ap.add_argument("--repeat", type=int, default=2, help="timed rounds; the best is kept (default 2)")
    args = ap.parse_args()
    config = Config()
    articles = make_corpus(args.n)
    pipeline = Pipeline(config)
    nlp = pipeline.nlp
    paragraphs = [seg.text for a in articles for seg in clean(a).body]
    batch = max(8, config.batch_size)
    list(pipeline.code_many(articles[:8]))  # warm up both
    parse_s, code_s = [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        for _doc in nlp.pipe(paragraphs, batch_size=batch):
            pass
        parse_s.append(time.perf_counter() - t)
        t = time.perf_counter()
        coded = list(pipeline.code_many(articles))
        code_s.append(time.perf_counter() - t)
    n = len(articles)
    parse_rate, code_rate = n / min(parse_s), n / min(code_s)
    events = sum(len(c.events) for c in coded)
    failed = sum(1 for c in coded if not c.ok)
    print(f"articles: {n} ({len(paragraphs)} paragraphs, batch size {batch}); events: {events}; failed: {failed}")
    print(f"spaCy parsing alone: {parse_rate:8.1f} articles/s")
    print(f"full coding:         {code_rate:8.1f} articles/s")
    print(f"ratio coding/parsing: {code_rate / parse_rate:.2f} (target >= 0.8)")


if __name__ == "__main__":
    main()
