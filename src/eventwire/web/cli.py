"""`eventwire serve`: the HTTP API and web UI over a store (a thin layer over web.app)."""
from __future__ import annotations

import argparse
import sys

from ..store.db import DEFAULT_DB


def _port(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise argparse.ArgumentTypeError("a port number 1 .. 65535")
    return int(value)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="browse a store in a web browser (read-only JSON API + web UI)",
        description="Serve a read-only JSON API (OpenAPI at /openapi.json, docs at /docs) and the web UI "
        "(timeline, dyads, map, clusters, articles, code a text) over a DuckDB store. Binds to 127.0.0.1 "
        "unless --host says otherwise; nothing is loaded from the network.",
    )
    p.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB store file (default: {DEFAULT_DB})")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=_port, default=8000, help="port (default 8000)")
    p.add_argument("--allow-ingest", action="store_true",
                   help="let 'code a text' store the article (opens the store read-write)")
    p.set_defaults(func=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from ..config import Config
    from ..store.db import StoreError
    from .app import create_app

    try:
        app = create_app(args.db, allow_ingest=args.allow_ingest, config=Config.from_file(args.config))
    except StoreError as exc:
        print(f"eventwire serve: {exc}", file=sys.stderr)
        return 1
    mode = "read-write (--allow-ingest)" if args.allow_ingest else "read-only"
    print(f"eventwire serve: {args.db} ({mode}) on http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
