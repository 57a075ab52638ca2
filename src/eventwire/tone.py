"""Document tone for GDELT's AvgTone and MentionDocTone, from the VADER lexicon.

Why VADER (``vaderSentiment`` on PyPI, MIT, Hutto & Gilbert 2014): a maintained,
documented, validated lexicon of ~7,500 sentiment words, with rules for
negation, intensifiers and contrast, that ships its lexicon in the wheel (nothing
is downloaded). GDELT's tone is "the percentage of positive words minus the
percentage of negative words" of the document, on a -100..+100 scale, usually
within -10..+10. VADER's ``pos`` and ``neg`` are the proportions of a text that
are positive and negative (with ``neu``, they sum to 1), so

    tone = 100 * (pos - neg)

is the same quantity measured with VADER's lexicon instead of GDELT's (which is
not public in usable form), on the same scale. It is computed per sentence and
averaged weighted by sentence length, since VADER is built for sentence-sized text.
"""
from __future__ import annotations

import functools
import re

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@functools.lru_cache(maxsize=1)
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def document_tone(text: str) -> float | None:
    """Tone of a document, -100..+100 (None for text with no words)."""
    analyzer = _analyzer()
    total = weighted = 0.0
    for piece in _SENTENCE_END.split(text):
        piece = piece.strip()
        if not any(ch.isalpha() for ch in piece):
            continue
        s = analyzer.polarity_scores(piece)
        weight = len(piece)
        weighted += weight * (s["pos"] - s["neg"])
        total += weight
    if total == 0:
        return None
    return round(100.0 * weighted / total, 4)
