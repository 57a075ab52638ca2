"""Coding gold documents with the real coder, then scoring them.

Kept apart from ``score`` so that the scorer can be tested with hand-built
records and no spaCy model.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..config import Config
from ..records import Article, CodedArticle
from .gold import GoldFile, load_gold
from .score import EvalResult, score


def code_golds(golds: Sequence[GoldFile], pipeline=None, *, config: Config | None = None) -> list[list[CodedArticle]]:
    """Code the documents of several gold files in one batched ``code_many`` run.

    Returns, per gold file, its coded articles in the order of ``gold.docs``.
    """
    if pipeline is None:
        from ..pipeline import Pipeline

        pipeline = Pipeline(config or Config())
    articles = [
        Article(text=d.text, id=f"gold:{gi}:{di}", pub_date=d.pub_date, source=f"{g.name}#{d.id}")
        for gi, g in enumerate(golds) for di, d in enumerate(g.docs)
    ]
    coded = {c.article.id: c for c in pipeline.code_many(articles)}
    missing = [a.id for a in articles if a.id not in coded]
    if missing:
        raise RuntimeError(f"[E072] the pipeline returned no result for {len(missing)} gold documents")
    return [[coded[f"gold:{gi}:{di}"] for di in range(len(g.docs))] for gi, g in enumerate(golds)]


def code_gold(gold: GoldFile, pipeline=None, *, config: Config | None = None) -> list[CodedArticle]:
    return code_golds([gold], pipeline, config=config)[0]


def evaluate(path: str | Path, *, config: Config | None = None, limit: int | None = None) -> EvalResult:
    """Load, code and score one gold file: the figures behind ``eventwire eval``."""
    gold = load_gold(path).limited(limit)
    return score(gold, code_gold(gold, config=config))
