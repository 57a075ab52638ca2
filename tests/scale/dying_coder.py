"""A fake coder whose first batch ever kills its worker process (as an out-of-memory kill would).

The marker file named by ``DYING_CODER_MARKER`` records that the death happened,
so the batch Ray retries on a restarted worker is coded normally.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from eventwire.records import Article, CodedArticle
from fake_coder import FakeCoder


class DyingCoder(FakeCoder):
    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        marker = Path(os.environ["DYING_CODER_MARKER"])
        if not marker.exists():
            marker.write_text(str(os.getpid()))
            os._exit(1)
        return super().code_many(articles)


def make(config) -> DyingCoder:
    return DyingCoder(config)
