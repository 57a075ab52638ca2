"""`POST /api/code`: code a pasted article with the same checks as a file; store it only with --allow-ingest."""
from __future__ import annotations

import datetime as dt
import json
import threading
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from ..errors import InputError
from ..ingest.text import read_text
from ..serialize import coded_article_to_dict
from .params import ApiError, parse_date

router = APIRouter(prefix="/api")


def max_body(config) -> int:
    """Bytes a request body may have: room for a text of Config.max_bytes even with JSON escapes, no more.

    A longer text is refused here (413); a text within it meets the file checks (E002 too large, ...).
    """
    return 2 * config.max_bytes + 65_536
_LOCK = threading.Lock()  # one coding (and one write) at a time: the pipeline is not shared across threads


class CodeRequest(BaseModel):
    text: str = Field(description="the article text (plain text; headline first, then paragraphs)")
    pub_date: str | None = Field(None, description="publication date YYYY-MM-DD: relative dates resolve against it")
    title: str | None = Field(None, max_length=500, description="headline, when the text does not start with it")
    store: bool = Field(False, description="also store the article (only when the server runs with --allow-ingest)")


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused as soon as it passes ``limit`` bytes (whatever Content-Length claims)."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ApiError("E602", f"request body over {limit} bytes", 413)
    return bytes(body)


def _parse(raw: bytes) -> CodeRequest:
    try:
        return CodeRequest.model_validate(json.loads(raw.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ApiError("E600", "the body must be a JSON object {\"text\": ..., \"pub_date\": ...}") from None
    except ValueError as exc:  # pydantic's ValidationError
        raise ApiError("E600", f"the body is not valid: {str(exc).splitlines()[0]}") from None


@router.post("/code", summary="Code a pasted article (stored only with --allow-ingest and store=true)",
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": CodeRequest.model_json_schema()}}}})
async def code(request: Request) -> dict[str, Any]:
    req = _parse(await read_body(request, request.app.state.max_body))
    pub_date = parse_date("pub_date", req.pub_date)
    state = request.app.state
    if req.store and not state.db.allow_ingest:
        raise ApiError("E603", "this server does not store articles; start it with --allow-ingest", 403)
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_code, state, req.text, req.title, pub_date, req.store)


def _code(state, text: str, title: str | None, pub_date: dt.date | None, store: bool) -> dict[str, Any]:
    try:
        article = read_text(text, source="<web>", title=title, pub_date=pub_date, config=state.config)
    except InputError as exc:
        raise ApiError(exc.code, exc.message, 422) from None
    with _LOCK:
        coded = state.pipeline().code(article)
        if coded.errors:
            err = coded.errors[0]
            raise ApiError(err.code, err.message, 422)
        stored = state.db.store_coded(coded) if store else False
    out = coded_article_to_dict(coded)
    out["text"] = article.text
    out["segments"] = [{"kind": s.kind, "start": s.start, "end": s.end} for s in coded.structure.segments] \
        if coded.structure else []
    out["stored"] = stored
    return out
