"""Coding a gold file's documents with the real coder, then scoring them.

Kept apart from ``score`` so that the scorer can be tested with hand-built
records and no spaCy model.
"""
from __future__ import annotations

from pathlib import Path

from ..config import Config
from ..records import Article, CodedArticle
from .gold import GoldFile, load_gold
from .score import EvalResult, score


def code_gold(gold: GoldFile, config: Config | None = None) -> list[CodedArticle]:
    """Code every gold document in one batched pipeline run, in gold order."""
    from ..pipeline import Pipeline

    articles = [Article(text=d.text, id=f"gold:{i}", pub_date=d.pub_date, source=f"{gold.name}#{d.id}")
                for i, d in enumerate(gold.docs)]
    coded = {c.article.id: c for c in Pipeline(config or Config()).code_many(articles)}
    missing = [a.id for a in articles if a.id not in coded]
    if missing:
        raise RuntimeError(f"[E072] the pipeline returned no result for {len(missing)} gold documents")
    return [coded[a.id] for a in articles]


def evaluate(path: str | Path, *, config: Config | None = None, limit: int | None = None) -> EvalResult:
    """Load, code and score one gold file: the figure behind ``eventwire eval``."""
    gold = load_gold(path).limited(limit)
    return score(gold, code_gold(gold, config))
