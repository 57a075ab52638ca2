"""Ray ingest: throughput with 1 and 2 coding actors, scaling efficiency, and Ray's fixed start-up cost.

All in one process and one local Ray session (``ray.init(num_cpus=2)``), on the
same corpus (``corpus.make_corpus``, written as one JSON Lines file):

- start-up: ``ray.init`` itself, and a Ray ingest of ONE article (actor start,
  pipeline load in the actor, Ray Data planning, shard write, load) against a
  local ingest of the same article (pipeline load, store write): their
  difference is what Ray adds before the first article is coded;
- throughput: ``ingest_ray`` with 1 and then 2 actors into fresh shard folders,
  articles per second of the coding phase (from the start of the Ray Data run
  to the last shard; each run starts its actors and loads the pipeline in them,
  so the one-article time is also reported as the fixed part) and of the load
  and linking phase afterwards (events per second, one machine);
- scaling efficiency = rate with 2 / (2 x rate with 1), end to end, and past
  the fixed cost: (n - 1) articles over the run's time less the time of one
  article with as many actors (actor start-up and pipeline loads left out);
  the local ingest of the same corpus (one process) is the baseline of the ratios.

On a 2-core machine the second actor shares the cores with the driver, Ray's
own processes and anything else running, so efficiency here is a lower bound
of what separate nodes give.

    PYTHONPATH=src python benchmarks/bench_ray.py [--n 400] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def write_corpus(n: int, path: Path) -> Path:
    from corpus import make_corpus

    with path.open("w", encoding="utf-8") as fh:
        for a in make_corpus(n):
            fh.write(json.dumps({"text": a.text, "outlet": a.outlet, "url": a.url, "title": a.title,
                                 "pub_date": a.pub_date.isoformat() if a.pub_date else None}) + "\n")
    return path


def run_local(src: Path, tmp: Path, name: str) -> dict:
    from eventwire.store import ingest

    t = time.perf_counter()
    report = ingest([str(src)], tmp / f"{name}.duckdb")
    return {"seconds": time.perf_counter() - t, "articles": report.new, "events": report.events}


def run_ray(src: Path, tmp: Path, name: str, workers: int) -> dict:
    from eventwire.scale import ingest_ray

    report = ingest_ray([str(src)], tmp / f"{name}-shards", db=tmp / f"{name}.duckdb", workers=workers)
    return {
        "workers": workers, "articles": report.new, "coding_s": report.seconds, "load_s": report.load_seconds,
        "rate": report.new / report.seconds, "events": report.loaded.events,
        "load_events_per_s": report.loaded.events / report.load_seconds if report.load_seconds else 0.0,
    }


def measure(n: int) -> dict:
    from eventwire.scale.ray_engine import RAY_ENV

    os.environ.update(RAY_ENV)
    import ray

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        one = write_corpus(1, tmp / "one.jsonl")
        src = write_corpus(n, tmp / "corpus.jsonl")
        t = time.perf_counter()
        ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING")
        init_s = time.perf_counter() - t
        try:
            local_one = run_local(one, tmp, "local-one")
            ray_one = run_ray(one, tmp, "ray-one", 1)
            ray_one2 = run_ray(one, tmp, "ray-one2", 2)  # the fixed part with two actors starting
            r1 = run_ray(src, tmp, "ray1", 1)
            r2 = run_ray(src, tmp, "ray2", 2)
        finally:
            ray.shutdown()
        local = run_local(src, tmp, "local")
    local_rate = local["articles"] / local["seconds"]
    for r, fixed in ((r1, ray_one["coding_s"]), (r2, ray_one2["coding_s"])):
        r["fixed_s"] = fixed
        r["marginal_rate"] = (n - 1) / max(r["coding_s"] - fixed, 1e-9)
    return {
        "n": n,
        "ray_init_s": init_s,
        "one_article_local_s": local_one["seconds"],
        "one_article_ray_s": ray_one["coding_s"] + ray_one["load_s"],
        "ray_fixed_cost_s": init_s + ray_one["coding_s"] + ray_one["load_s"] - local_one["seconds"],
        "local": {**local, "rate": local_rate},
        "ray1": r1,
        "ray2": r2,
        "efficiency": r2["rate"] / (2 * r1["rate"]),
        "marginal_efficiency": r2["marginal_rate"] / (2 * r1["marginal_rate"]),
        "ray1_vs_local": r1["rate"] / local_rate,
        "ray2_vs_local": r2["rate"] / local_rate,
        "same_events": r1["events"] == r2["events"] == local["events"],
    }


def report(m: dict) -> str:
    lines = [
        f"corpus: {m['n']} articles (examples/ repeated with distinct ids); local Ray with num_cpus=2",
        f"Ray start-up: ray.init {m['ray_init_s']:.1f} s; one article end to end: Ray {m['one_article_ray_s']:.1f} s "
        f"vs local {m['one_article_local_s']:.1f} s -> fixed cost of Ray {m['ray_fixed_cost_s']:.1f} s",
        f"local ingest, 1 process: {m['local']['rate']:.1f} art/s ({m['local']['seconds']:.1f} s)",
    ]
    for key in ("ray1", "ray2"):
        r = m[key]
        lines.append(
            f"Ray, {r['workers']} actor(s): coding {r['rate']:.1f} art/s ({r['coding_s']:.1f} s, "
            f"x{m[key + '_vs_local']:.2f} of local; {r['marginal_rate']:.1f} art/s past the fixed "
            f"{r['fixed_s']:.1f} s of one article); "
            f"load + link {r['load_s']:.1f} s "
            f"({r['load_events_per_s']:.0f} events/s)"
        )
    lines.append(f"scaling efficiency (rate 2 / (2 x rate 1)): {m['efficiency']:.2f} end to end, "
                 f"{m['marginal_efficiency']:.2f} past the fixed cost")
    lines.append(f"same events in all three runs: {m['same_events']}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=400, help="articles in the corpus (default 400)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    m = measure(args.n)
    print(json.dumps(m, indent=2) if args.json else report(m))


if __name__ == "__main__":
    main()
