"""Actor recognition and CAMEO actor coding: tables (data/), ActorCoder, ArticleMemory."""
from __future__ import annotations

from .coder import ActorCoder
from .memory import ArticleMemory
from .tables import ActorTables, load_tables

__all__ = ["ActorCoder", "ArticleMemory", "ActorTables", "load_tables"]
