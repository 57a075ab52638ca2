"""Regenerate tests/golden/examples.expected.json: the pinned coding of examples/articles.jsonl.

Run after a deliberate change to the coder, then read the diff before committing it:

    PYTHONPATH=src .venv/bin/python scripts/update_golden.py && git diff tests/golden
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "examples.expected.json"


def snapshot() -> dict[str, list[str]]:
    from eventwire.config import Config
    from eventwire.ingest import read_paths
    from eventwire.pipeline import Pipeline

    articles = [a for a in read_paths([str(ROOT / "examples" / "articles.jsonl")], config=Config()) if not hasattr(a, "error")]
    out: dict[str, list[str]] = {}
    for coded in Pipeline().code_many(articles):
        out[coded.article.id] = [
            f"{e.date.value} {e.source.code if e.source else '-'} {e.code} {e.target.code if e.target else '-'} {e.modality} | {e.trigger}"
            for e in coded.events
        ]
    return out


def main() -> None:
    GOLDEN.write_text(json.dumps(snapshot(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")


if __name__ == "__main__":
    main()
