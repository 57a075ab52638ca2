"""Browse a store: a read-only JSON API (FastAPI) and a web UI served by the same process.

``create_app(db, allow_ingest=False)`` builds the ASGI app; ``eventwire serve`` runs it with uvicorn.
"""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
