"""Articles per second of full coding vs spaCy parsing alone, on the same documents, in one run.

The baseline parses exactly what the pipeline parses (the body paragraphs of
each article, found by the clean stage) with ``nlp.pipe`` and the same batch
size, so the ratio is the cost of everything eventwire adds to parsing.
Target: ratio >= 0.8.

On a machine shared with other jobs, bursts of load that outlast one timed round
skew the ratio either way; ``--chunk 32`` times parsing and coding alternately
on chunks of that many articles, keeps the best of ``--repeat`` rounds for each
chunk, and gives the ratio of the sums (the same work, measured in short
alternating slices).

    PYTHONPATH=src python benchmarks/bench_coding.py [--n 200] [--repeat 2] [--chunk 32]
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
    ap.add_argument("--chunk", type=int, default=0,
                    help="time parsing and coding alternately per chunk of this many articles (default: whole corpus)")
    args = ap.parse_args()
    config = Config()
    articles = make_corpus(args.n)
    pipeline = Pipeline(config)
    nlp = pipeline.nlp
    paragraphs = [seg.text for a in articles for seg in clean(a).body]
    batch = max(8, config.batch_size)
    list(pipeline.code_many(articles[:8]))  # warm up both
    if args.chunk:
        return chunked(pipeline, articles, args.chunk, args.repeat, batch)
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


def chunked(pipeline: Pipeline, articles: list, size: int, repeat: int, batch: int) -> None:
    """Parsing and coding timed alternately per chunk; each chunk's best round counts."""
    chunks = [articles[i:i + size] for i in range(0, len(articles), size)]
    texts = [[seg.text for a in ch for seg in clean(a).body] for ch in chunks]
    parse_s, code_s = [float("inf")] * len(chunks), [float("inf")] * len(chunks)
    for _ in range(repeat):
        for k, ch in enumerate(chunks):
            t = time.perf_counter()
            for _doc in pipeline.nlp.pipe(texts[k], batch_size=batch):
                pass
            parse_s[k] = min(parse_s[k], time.perf_counter() - t)
            t = time.perf_counter()
            list(pipeline.code_many(ch))
            code_s[k] = min(code_s[k], time.perf_counter() - t)
    n, parse, code = len(articles), sum(parse_s), sum(code_s)
    print(f"articles: {n} in {len(chunks)} chunks of <= {size}; best of {repeat} rounds per chunk")
    print(f"spaCy parsing alone:  {n / parse:8.1f} articles/s")
    print(f"full coding:          {n / code:8.1f} articles/s ({1000 * (code - parse) / n:.1f} ms/article over parsing)")
    print(f"ratio coding/parsing: {parse / code:.2f} (target >= 0.8)")


if __name__ == "__main__":
    main()
