"""eventwire: news articles in, explained political event data out."""
from __future__ import annotations

from .config import Config
from .records import Actor, Article, CodedArticle, Event, EventDate, Place, Quote, Structure

__all__ = ["Config", "Actor", "Article", "CodedArticle", "Event", "EventDate", "Place", "Quote", "Structure", "code_article"]
__version__ = "0.1.0"


def code_article(text: str, pub_date=None, **kwargs) -> CodedArticle:
    """Code one article; see ``eventwire.pipeline.code_article``."""
    from .pipeline import code_article as _code

    return _code(text, pub_date, **kwargs)
