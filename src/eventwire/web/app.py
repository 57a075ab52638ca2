"""The ASGI application: the JSON API, the code-a-text endpoint and the web UI, in one process.

The store is opened read-only (read-write only with ``allow_ingest``, and then only the
code-a-text endpoint writes). Each request takes its own cursor on the one connection.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import threading
from importlib import resources
from pathlib import Path
from typing import Iterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from ..config import Config
from ..store.db import Store, StoreError, connect
from . import api, coding
from .docs import render_docs
from .params import ApiError

STATIC = Path(str(resources.files("eventwire.web") / "static"))
PAGES = ("timeline", "dyads", "map", "clusters", "code")  # plus /article/{doc_id}; all served by index.html


class Database:
    """The store as the server sees it: one connection, a cursor per request, writes only if allowed."""

    def __init__(self, path: str | Path, *, allow_ingest: bool = False, config: Config | None = None) -> None:
        if not Path(path).exists():
            raise StoreError("E304", f"no store at {path}; run `eventwire ingest` first or pass --db")
        self.path = str(path)
        self.allow_ingest = allow_ingest
        self._store = Store(path, link_window_days=(config or Config()).link_window_days) if allow_ingest else None
        self.con = self._store.con if self._store else connect(path, read_only=True)
        self._write = threading.Lock()

    @contextlib.contextmanager
    def cursor(self) -> Iterator:
        cur = self.con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def store_coded(self, coded) -> bool:
        from ..store.rows import coded_rows

        if self._store is None:
            raise ApiError("E603", "this server does not store articles; start it with --allow-ingest", 403)
        with self._write:
            result = self._store.write_batch([coded_rows(coded, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))])
        return result.documents > 0

    def close(self) -> None:
        (self._store or self.con).close()


class _Pipeline:
    """The coding pipeline, loaded on first use (a server that only browses never loads spaCy)."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self._p = None

    def __call__(self):
        if self._p is None:
            from ..pipeline import Pipeline

            self._p = Pipeline(self.config)
        return self._p


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error(400, "E600", f"{where}: {first.get('msg', 'invalid request')}")

    @app.middleware("http")
    async def bounded(request: Request, call_next):
        length = request.headers.get("content-length")
        most = request.app.state.max_body
        if length is not None and (not length.isdigit() or int(length) > most):
            return _error(413, "E602", f"request body over {most} bytes")
        if len(request.url.query) > 4000:
            return _error(414, "E600", "query string over 4000 characters")
        return await call_next(request)


def create_app(db: str | Path, *, allow_ingest: bool = False, config: Config | None = None) -> FastAPI:
    """The whole server for one store file."""
    config = config or Config()
    database = Database(db, allow_ingest=allow_ingest, config=config)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        database.close()

    app = FastAPI(
        title="eventwire",
        summary="Read-only API over an eventwire event store (CAMEO/PLOVER events, clusters, articles).",
        version="1",
        lifespan=lifespan,
        docs_url=None,  # the default pages load Swagger UI from a CDN; /docs is served from the package instead
        redoc_url=None,
    )
    app.state.db = database
    app.state.config = config
    app.state.max_body = coding.max_body(config)
    app.state.pipeline = _Pipeline(config)
    _install_errors(app)
    app.include_router(api.router)
    app.include_router(coding.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    index = STATIC / "index.html"

    @app.get("/", include_in_schema=False)
    def home() -> FileResponse:
        return FileResponse(index)

    for page in PAGES:
        app.add_api_route(f"/{page}", home, include_in_schema=False)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(render_docs(app.openapi()))

    @app.get("/article/{doc_id}", include_in_schema=False)
    def article(doc_id: str) -> FileResponse:
        return FileResponse(index)

    @app.api_route("/api/{rest:path}", methods=["GET", "POST", "PUT", "DELETE", "PATCH"], include_in_schema=False)
    def unknown(rest: str) -> JSONResponse:
        return _error(404, "E601", f"no endpoint /api/{rest[:60]}; see /docs")

    return app
