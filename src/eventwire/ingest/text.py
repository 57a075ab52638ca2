"""Plain-text reader: one file (or string) is one Article."""
from __future__ import annotations

import datetime as dt
import os
from typing import Any

from ..config import Config
from ..records import Article
from .detect import check_text, decode_with_warnings
from .files import display_name, read_limited
from .sanitise import normalise, sanitise, sanitise_str, sanitise_value


def read_text(
    text: str,
    *,
    source: str | None = None,
    id: str = "",
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    pub_date: dt.date | None = None,
    metadata: dict[str, Any] | None = None,
    config: Config | None = None,
    check: bool = True,
    pub_date_source: str | None = None,
    warnings: list[str] | None = None,
) -> Article:
    """Sanitise and normalise ``text`` (see ``ingest/sanitise.py``) into an Article with an id.

    Every string field is sanitised too (a lone surrogate in an id or title
    would break the store as surely as one in the text); what was changed is
    recorded in ``Article.warnings``, with ``warnings`` from the decoder first.
    With ``check`` the input checks run first and raise InputError.
    """
    found = list(warnings or [])
    text, notes = sanitise(normalise(text))
    found += notes
    if check:
        check_text(text, config, source=source or "input")
    article = Article(
        text=text,
        id=sanitise_str(id, "id", found) or "",
        title=sanitise_str(title, "title", found),
        url=sanitise_str(url, "url", found),
        outlet=sanitise_str(outlet, "outlet", found),
        pub_date=pub_date,
        source=source,
        metadata=sanitise_value(dict(metadata or {}), "metadata", found),
        pub_date_source=(pub_date_source or "given") if pub_date else None,  # type: ignore[arg-type]
        warnings=tuple(found),
    )
    return article.with_id()


def read_text_file(path: str | os.PathLike[str], *, config: Config | None = None, check: bool = True) -> Article:
    """Read one plain-text file (``-`` for stdin; ``.gz`` allowed) as one Article.

    Raises InputError for missing, oversized, binary, undecodable or (with ``check``) uncodable input.
    """
    config = config or Config()
    source = display_name(path)
    return text_from_bytes(read_limited(path, config), source=source, config=config, check=check)


def text_from_bytes(data: bytes, *, source: str, config: Config | None = None, check: bool = True) -> Article:
    text, warnings = decode_with_warnings(data, source)
    return read_text(text, source=source, config=config, check=check, warnings=warnings)


def sanitised_article(article: Article) -> Article:
    """An Article built elsewhere (the Python API), sanitised like the readers' output.

    Cheap when there is nothing to do (ASCII text with no control character).
    """
    fields = (article.text, article.id, article.title, article.url, article.outlet, article.source)
    if all(f is None or (f.isascii() and f.isprintable()) for f in fields[1:]) and "\r" not in article.text:
        text, notes = sanitise(article.text)
        if not notes:
            return article
    found = list(article.warnings)
    text, notes = sanitise(normalise(article.text))
    found += notes
    from dataclasses import replace

    return replace(
        article, text=text, id=sanitise_str(article.id, "id", found) or "",
        title=sanitise_str(article.title, "title", found), url=sanitise_str(article.url, "url", found),
        outlet=sanitise_str(article.outlet, "outlet", found), source=sanitise_str(article.source, "source", found),
        metadata=sanitise_value(dict(article.metadata), "metadata", found), warnings=tuple(found),
    )
