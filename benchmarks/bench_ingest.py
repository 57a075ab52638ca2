"""Ingest throughput as a ratio to coding throughput on the same articles, and peak memory.

Two fresh subprocesses per corpus size, so peak memory is each one's own:
- ``compare``: Pipeline.code_many over the articles, nothing stored (the baseline), alternating with
  ``ingest_items`` into a new DuckDB file coding in the same process with the same pipeline; the best
  round of each is kept, so load from other processes on the machine skews both alike;
- ``ingest2``: the same ingest with ``workers=2`` (two coding processes; the main process writes).
Peak memory is the largest sampled sum of RSS over the process and all its
descendants (workers, forkserver), and ru_maxrss of the main process.
Target: ingest1 / code >= 0.9; two workers under 1 GiB peak in total.

    PYTHONPATH=src python benchmarks/bench_ingest.py [--sizes 200 800] [--repeat 2]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _ingest(articles, config, workers, coder=None) -> tuple[float, int]:
    from eventwire.store import Store, ingest_items

    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "bench.duckdb", link_window_days=config.link_window_days) as store:
            t = time.perf_counter()
            report = ingest_items(iter(articles), store, config=config, workers=workers, coder=coder)
            return time.perf_counter() - t, report.events


def one(mode: str, n: int, repeat: int) -> dict:
    """``compare``: coding alone vs in-process ingest, alternating rounds in one process (best of each);
    ``ingest2``: ingest with two worker processes."""
    from corpus import make_corpus
    from memory import PeakSampler, maxrss_kb

    from eventwire.config import Config

    config = Config()
    articles = make_corpus(n)
    result: dict = {"mode": mode, "n": n}
    with PeakSampler() as sampler:
        if mode == "compare":
            from eventwire.pipeline import Pipeline

            pipeline = Pipeline(config)
            list(pipeline.code_many(articles[:8]))  # warm up
            code_s, ingest_s = [], []
            for r in range(repeat):
                for which in (("code", "ingest") if r % 2 == 0 else ("ingest", "code")):
                    if which == "code":
                        t = time.perf_counter()
                        result["code_events"] = sum(len(c.events) for c in pipeline.code_many(iter(articles)))
                        code_s.append(time.perf_counter() - t)
                    else:
                        seconds, result["ingest_events"] = _ingest(articles, config, 1, pipeline)
                        ingest_s.append(seconds)
            result["code_rate"] = n / min(code_s)
            result["rate"] = n / min(ingest_s)
        else:
            seconds, result["ingest_events"] = _ingest(articles, config, 2)
            result["rate"] = n / seconds
    result["peak_tree_mb"] = sampler.peak_kb / 1024
    result["main_maxrss_mb"] = maxrss_kb()[0] / 1024
    return result


def run(mode: str, n: int, repeat: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--one", mode, str(n), "--repeat", str(repeat)],
                         capture_output=True, text=True, env=dict(os.environ), check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 800], help="corpus sizes (default 200 800)")
    ap.add_argument("--repeat", type=int, default=2, help="alternating rounds of coding and ingest (default 2)")
    ap.add_argument("--one", nargs=2, metavar=("MODE", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]), args.repeat)))
        return
    print(f"cpus: {os.cpu_count()}; best of {args.repeat} alternating rounds; model loading excluded")
    for n in args.sizes:
        cmp_ = run("compare", n, args.repeat)
        two = run("ingest2", n, 1)
        print(f"n={n}: coding alone {cmp_['code_rate']:.1f} art/s ({cmp_['code_events']} events); "
              f"ingest 1 process {cmp_['rate']:.1f} art/s ({cmp_['ingest_events']} events) -> "
              f"ratio {cmp_['rate'] / cmp_['code_rate']:.2f} (target >= 0.9); peak RSS {cmp_['peak_tree_mb']:.0f} MB")
        print(f"n={n}: ingest --workers 2 {two['rate']:.1f} art/s -> ratio {two['rate'] / cmp_['code_rate']:.2f}; "
              f"peak RSS main+workers {two['peak_tree_mb']:.0f} MB (main alone {two['main_maxrss_mb']:.0f} MB; "
              f"target < 1024 MB)", flush=True)


if __name__ == "__main__":
    main()
