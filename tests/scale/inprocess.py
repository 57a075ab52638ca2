"""Run the Ray engine's steps in this process (reader, ShardCoder) without Ray: fast tests of their logic."""
from __future__ import annotations

import json
import os
from pathlib import Path

from eventwire.config import Config
from eventwire.records import Article
from eventwire.scale.plan import make_plan, stored_documents
from eventwire.scale.ray_engine import ShardCoder, index_items, read_items
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


def code_files(files: list[str], out: Path, batch: int = 16, store=None) -> list[dict]:
    """What ``code_to_shards`` does (index, plan, code), batch by batch in order; returns the status batches."""
    file_rows = [{"file_no": i, "path": f, "cwd": os.getcwd()} for i, f in enumerate(files)]
    index = [dict(zip(b, v)) for b in index_items({k: [r[k] for r in file_rows] for k in file_rows[0]}, config=CONFIG)
             for v in zip(*b.values())]
    stored = stored_documents(store, index) if store is not None else {}
    chosen = make_plan(index, stored, set(written_items(out))).chosen
    rows = [r for f in file_rows for r in read_items(f, config=CONFIG, chosen=chosen)]
    if not rows:
        return []
    coder = ShardCoder(str(out), CONFIG, FAKE)
    results = []
    for start in range(0, len(rows), batch):
        chunk = rows[start : start + batch]
        results.append(coder.code_columns({k: [r[k] for r in chunk] for k in chunk[0]}))
    coder.writer.close()
    return results


def statuses(results: list[dict]) -> list[str]:
    return [s for r in results for s in r["status"]]
