"""Scoring against gold (``shared/gold/SCORING.md``) and the quality gate.

``load_gold`` reads either gold format, ``score`` matches coded articles to it,
``evaluate`` does both with the real coder; ``floors`` pins the figures.
"""
from __future__ import annotations

from .gold import GoldDoc, GoldEvent, GoldFile, load_gold
from .score import EvalResult, Prf, Ratio, match_doc, score

__all__ = ["GoldDoc", "GoldEvent", "GoldFile", "EvalResult", "Prf", "Ratio", "evaluate", "load_gold", "match_doc",
           "score"]


def evaluate(path, **kwargs) -> EvalResult:
    """Code and score one gold file; see ``eventwire.eval.run.evaluate``."""
    from .run import evaluate as _evaluate

    return _evaluate(path, **kwargs)
