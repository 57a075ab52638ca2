"""Reliability figures for the README: hostile inputs, kill -9 runs, memory at two corpus sizes.

1. ``hostile``: ``scripts/hostile_corpus.py`` (100 MB file, 1 GB bombs, 2,000 tiny files ...) ingested
   by the CLI with ``--report``: outcomes by kind and code, wall time, peak RSS of the process tree.
2. ``kills``: K runs of the store-test driver (fake coder, two workers) killed with SIGKILL at a random
   moment, alternately the main process and the two workers; each rerun to completion and compared,
   table by table, with an uninterrupted run; processes left behind are counted.
3. ``memory``: peak RSS of ``eventwire ingest`` (real pipeline, one process) at two corpus sizes,
   the examples repeated with a hostile input mixed in every 50 articles.

    PYTHONPATH=src python benchmarks/bench_reliability.py [--kills 20] [--sizes 300 1200] [--skip hostile kills memory]
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STORE_TESTS = ROOT / "tests" / "store"
sys.path[:0] = [str(HERE), str(STORE_TESTS)]


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(STORE_TESTS), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env


def _sampled(cmd: list[str], **kw) -> tuple[subprocess.CompletedProcess, float, int]:
    from memory import PeakSampler

    with PeakSampler() as sampler:
        t = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, env=_env(), **kw)
        elapsed = time.perf_counter() - t
    return out, elapsed, sampler.peak_kb


def hostile(tmp: Path) -> dict:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "hostile_corpus.py"), str(tmp / "h")], check=True,
                   capture_output=True)
    manifest = json.loads((tmp / "h" / "manifest.json").read_text())
    report = tmp / "outcomes.jsonl"
    cmd = [sys.executable, "-m", "eventwire.cli", "ingest", str(tmp / "h" / "corpus"), "--db", str(tmp / "h.duckdb"),
           "--report", str(report), "--quiet"]
    out, elapsed, peak = _sampled(cmd, timeout=1800)
    outcomes = [json.loads(line) for line in report.read_text().splitlines()]
    by_code = collections.Counter(o.get("code") or o["outcome"] for o in outcomes)
    return {
        "inputs": len(manifest), "documents": len(outcomes), "exit": out.returncode,
        "traceback": "Traceback" in out.stderr, "seconds": round(elapsed, 1), "peak_rss_mb": peak // 1024,
        "outcomes": dict(collections.Counter(o["outcome"] for o in outcomes)), "by_code": dict(sorted(by_code.items())),
        "summary": out.stdout.strip(),
    }


def _tagged(tag: str) -> list[int]:
    found = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            if f"EVENTWIRE_TEST_TAG={tag}".encode() in Path(f"/proc/{entry}/environ").read_bytes().split(b"\0"):
                if Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
                    found.append(int(entry))
        except OSError:
            continue
    return found


def kills(tmp: Path, runs: int, n: int = 96, batch: int = 8) -> dict:
    from helpers import dump

    from eventwire.store import Store

    driver = [sys.executable, str(STORE_TESTS / "resume_driver.py")]
    env = dict(DRIVER_WORKERS="2", FAKE_CODER_DELAY="0.02")
    subprocess.run(driver + [str(tmp / "ref.duckdb"), str(n), str(batch)], env=_env(**env), check=True,
                   capture_output=True)
    with Store(tmp / "ref.duckdb") as store:
        reference = dump(store.con)
    rng = random.Random(12)
    identical = orphans = 0
    modes = collections.Counter()
    for run in range(runs):
        tag, db = uuid.uuid4().hex, tmp / f"k{run}.duckdb"
        proc = subprocess.Popen(driver + [str(db), str(n), str(batch)], env=_env(EVENTWIRE_TEST_TAG=tag, **env),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.0, 4.0))
        mode = "main" if run % 2 == 0 else "workers"
        targets = [proc.pid] if mode == "main" else [
            p for p in _tagged(tag) if p != proc.pid and _ppid(p) != proc.pid]
        for pid in targets:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        modes[mode] += 1
        proc.wait()
        deadline = time.monotonic() + 15
        while _tagged(tag) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = _tagged(tag)
        orphans += len(left)
        for pid in left:
            os.kill(pid, signal.SIGKILL)
        subprocess.run(driver + [str(db), str(n), str(batch)], env=_env(**env), check=True, capture_output=True)
        with Store(db) as store:
            identical += dump(store.con) == reference
    return {"runs": runs, "modes": dict(modes), "identical": identical, "orphans": orphans, "articles": n}


def memory(tmp: Path, sizes: list[int]) -> dict:
    from corpus import make_corpus

    out = {}
    for n in sizes:
        path = tmp / f"corpus{n}.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for i, a in enumerate(make_corpus(n)):
                fh.write(json.dumps({"text": a.text, "url": a.url, "outlet": a.outlet,
                                     "pub_date": a.pub_date.isoformat() if a.pub_date else None}) + "\n")
                if i % 50 == 49:  # hostile records mixed in
                    fh.write('{"id": "h\\ud800", "text": "\\u0000' + "x" * 50 + '"}\n{not json\n')
        cmd = [sys.executable, "-m", "eventwire.cli", "ingest", str(path), "--db", str(tmp / f"m{n}.duckdb"), "--quiet"]
        res, elapsed, peak = _sampled(cmd, timeout=3600)
        out[n] = {"peak_rss_mb": peak // 1024, "seconds": round(elapsed, 1), "exit": res.returncode,
                  "summary": res.stdout.strip()}
    return out


def _ppid(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except OSError:
        return -1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--sizes", type=int, nargs=2, default=[300, 1200])
    parser.add_argument("--skip", nargs="*", default=[], choices=("hostile", "kills", "memory"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        if "hostile" not in args.skip:
            print(json.dumps({"hostile": hostile(tmp_path)}, indent=1), flush=True)
        if "kills" not in args.skip:
            print(json.dumps({"kills": kills(tmp_path, args.kills)}, indent=1), flush=True)
        if "memory" not in args.skip:
            print(json.dumps({"memory": memory(tmp_path, args.sizes)}, indent=1), flush=True)


if __name__ == "__main__":
    main()
