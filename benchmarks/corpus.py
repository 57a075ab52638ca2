"""Benchmark corpus: the example articles, repeated with small variations so every copy has its own id.

Nothing is downloaded; the variations (a closing sentence naming the copy)
keep the texts realistic while making each content hash distinct.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from eventwire.config import Config
from eventwire.ingest import read_paths
from eventwire.records import Article

ROOT = Path(__file__).resolve().parents[1]
OUTLETS = ("Harbour Post", "Meridian News", "Levant Daily", "Northline", "Eastern Courier")


def base_articles() -> list[Article]:
    items = read_paths([str(ROOT / "examples")], config=Config())
    return [a for a in items if isinstance(a, Article)]


def make_corpus(n: int) -> list[Article]:
    base = base_articles()
    if not base:
        raise SystemExit("no example articles under examples/")
    out = []
    for i in range(n):
        a = base[i % len(base)]
        copy = i // len(base)
        pub = a.pub_date or dt.date(2024, 12, 5)
        out.append(replace(
            a, id="", text=a.text.rstrip() + f"\n\nThis report was filed as copy {copy} of item {i}.",
            outlet=OUTLETS[copy % len(OUTLETS)], pub_date=pub + dt.timedelta(days=copy % 3),
            url=f"https://bench.example/{i}",
        ).with_id())
    return out
