"""Run the Ray engine's steps in this process (reader, ShardCoder) without Ray: fast tests of their logic."""
from __future__ import annotations

import json
import os
from pathlib import Path

from eventwire.config import Config
from eventwire.records import Article
from eventwire.scale.ray_engine import ShardCoder, read_items
from eventwire.scale.shards import written_items

# The fake coder's articles are short and not English prose: no input checks.
CONFIG = Config(check_language=False, min_body_chars=0)
FAKE = "fake_coder:make"
PROSE = "Officials said the talks would go on for several more days.\n"  # passes the article check


def write_jsonl(path: Path, articles: list[Article], extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps({"text": PROSE + a.text, "outlet": a.outlet, "pub_date": a.pub_date.isoformat(),
                         "url": a.url, "title": a.title}) for a in articles]
    path.write_text("\n".join([*lines, *extra_lines]) + "\n", encoding="utf-8")
    return path


def code_files(files: list[str], out: Path, batch: int = 16) -> list[dict]:
    """What ``code_to_shards`` does, batch by batch in order; returns the status batches."""
    written = written_items(out)
    rows = [r for i, f in enumerate(files)
            for r in read_items({"file_no": i, "path": f, "cwd": os.getcwd()}, config=CONFIG, written=written)]
    coder = ShardCoder(str(out), CONFIG, FAKE)
    results = []
    for start in range(0, len(rows), batch):
        chunk = rows[start : start + batch]
        results.append(coder.code_columns({k: [r[k] for r in chunk] for k in chunk[0]}))
    coder.writer.close()
    return results


def statuses(results: list[dict]) -> list[str]:
    return [s for r in results for s in r["status"]]
