"""Turning records into JSON-ready dicts (the I/O boundary)."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, is_dataclass
from typing import Any


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def coded_article_to_dict(coded: Any) -> dict[str, Any]:
    art = coded.article
    struct = coded.structure
    return {
        "id": art.id,
        "source": art.source,
        "url": art.url,
        "outlet": art.outlet,
        "title": art.title,
        "pub_date": art.pub_date.isoformat() if art.pub_date else None,
        "pub_date_source": art.pub_date_source if art.pub_date else None,
        "metadata": _plain(art.metadata),
        "warnings": list(art.warnings),
        "structure": None
        if struct is None
        else {
            "headline": struct.headline,
            "subheadline": struct.subheadline,
            "dateline": _plain(struct.dateline),
            "captions": _plain(struct.captions),
            "credits": list(struct.credits),
            "body_start": struct.body_start,
        },
        "actors": _plain(coded.actors),
        "events": _plain(coded.events),
        "quotes": _plain(coded.quotes),
        "errors": _plain(coded.errors),
        "notes": list(coded.notes),
    }


def event_to_dict(event: Any) -> dict[str, Any]:
    return _plain(event)
