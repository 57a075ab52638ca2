"""Plain-text reader: one file (or string) is one Article."""
from __future__ import annotations

import datetime as dt
import os
from typing import Any

from ..config import Config
from ..records import Article
from .detect import check_text, decode_bytes, normalise
from .files import display_name, read_limited


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
) -> Article:
    """Normalise ``text`` (NFC, ``\\r\\n`` -> ``\\n``) into an Article with an id.

    With ``check`` the input checks run first and raise InputError.
    """
    text = normalise(text)
    if check:
        check_text(text, config, source=source or "input")
    article = Article(
        text=text, id=id, title=title, url=url, outlet=outlet, pub_date=pub_date,
        source=source, metadata=dict(metadata or {}),
        pub_date_source=(pub_date_source or "given") if pub_date else None,  # type: ignore[arg-type]
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
    return read_text(decode_bytes(data, source), source=source, config=config, check=check)
