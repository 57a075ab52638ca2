"""The example articles: readable, clean() finds their parts, and the JSON Lines twins agree."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventwire.clean import clean
from eventwire.ingest import read_paths, read_text_file
from eventwire.records import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TXT = sorted((EXAMPLES / "articles").glob("*.txt"))


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_there_are_six_to_eight_articles():
    assert 6 <= len(TXT) <= 8


@pytest.mark.parametrize("path", TXT, ids=lambda p: p.name)
def test_example_article_structure(path):
    article = read_text_file(path)
    words = len(article.text.split())
    assert 150 <= words <= 350
    s = clean(article)
    assert s.headline and s.headline == article.text.split("\n", 1)[0]
    assert s.dateline is not None and s.dateline.agency in (None, "eventwire")
    assert s.body and len(s.body) >= 5
    assert re.search(r'"[^"\n]+[,?!]"[^"\n]*\b(?:said|told|says)\b', article.text), "needs a quotation with a speaker"
    for cap in s.captions:
        assert not any(cap.text in seg.text for seg in s.body)


def test_most_have_subheadlines_and_half_have_credited_captions():
    structures = [clean(read_text_file(p)) for p in TXT]
    assert sum(s.subheadline is not None for s in structures) > len(TXT) / 2
    assert sum(any(c.credit for c in s.captions) for s in structures) >= len(TXT) / 2


def test_jsonl_twin_matches_txt_files_and_readme():
    records = jsonl(EXAMPLES / "articles.jsonl")
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert len(records) == len(TXT)
    for rec, path in zip(records, TXT):
        assert rec["text"] == path.read_text(encoding="utf-8")
        assert rec["id"] == read_text_file(path).id
        assert re.search(rf"`articles/{re.escape(path.name)}` \| {rec['pub_date']} \|", readme)
    articles = list(read_paths([EXAMPLES / "articles.jsonl"]))
    assert all(isinstance(a, Article) and a.pub_date for a in articles)


def test_linking_set():
    path = EXAMPLES / "linking" / "meeting_reports.jsonl"
    records = jsonl(path)
    same = [r for r in records if r["same_meeting"]]
    assert 3 <= len(same) <= 4 and len(records) - len(same) == 2
    assert len({r["outlet"] for r in same}) == len(same)
    assert len({r["pub_date"] for r in records}) == 1
    assert len({r["text"] for r in same}) == len(same)
    articles = list(read_paths([path]))
    assert all(isinstance(a, Article) for a in articles)
    assert [a.metadata["same_meeting"] for a in articles] == [r["same_meeting"] for r in records]
