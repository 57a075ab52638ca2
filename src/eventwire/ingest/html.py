"""HTML reader: main text and metadata with trafilatura, offline and fast.

Why the title is put back on the first line: trafilatura returns the main
text without a reliable headline; clean() finds the headline on line one.
"""
from __future__ import annotations

import datetime as dt
import html as html_lib
import os
import re
from typing import Any

from ..config import Config
from ..errors import InputError
from ..records import Article
from .detect import SUPPORTED, decode_with_warnings, input_error
from .files import display_name, read_limited
from .jsonl import parse_date
from .sanitise import sanitise
from .text import read_text

_META = re.compile(r"<meta\s+[^>]*>", re.I | re.S)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.S)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_CANONICAL = re.compile(r"""<link\s+[^>]*rel=["']?canonical["']?[^>]*>""", re.I | re.S)

_META_KEYS = {
    "title": ("og:title", "twitter:title"),
    "sitename": ("og:site_name", "application-name"),
    "date": ("article:published_time", "og:published_time", "pubdate", "publishdate", "date", "dc.date"),
    "url": ("og:url",),
}


def fallback_metadata(markup: str) -> dict[str, str]:
    """``<title>``, ``og:`` and ``article:`` metadata read with regular expressions (no DOM needed)."""
    metas: dict[str, str] = {}
    for tag in _META.findall(markup[:200_000]):
        attrs = {m[0].lower(): (m[1] or m[2] or m[3]) for m in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs:
            metas.setdefault(key, html_lib.unescape(attrs["content"]).strip())
    found: dict[str, str] = {}
    for field, keys in _META_KEYS.items():
        for key in keys:
            if metas.get(key):
                found[field] = metas[key]
                break
    if "title" not in found:
        m = _TITLE.search(markup[:200_000])
        if m:
            title = " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", m.group(1))).split())
            if title:
                found["title"] = title
    if "url" not in found:
        m = _CANONICAL.search(markup[:200_000])
        if m:
            href = {a[0].lower(): (a[1] or a[2] or a[3]) for a in _ATTR.findall(m.group(0))}.get("href")
            if href:
                found["url"] = href
    return found


def extract(markup: str) -> dict[str, Any]:
    """Main text and metadata; trafilatura first, regex metadata as fallback."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        markup, with_metadata=True, fast=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    result: dict[str, Any] = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else dict(doc or {})
    fallback = fallback_metadata(markup)
    for field in ("title", "sitename", "date", "url"):
        if not result.get(field) and fallback.get(field):
            result[field] = fallback[field]
    return result


def _with_title(title: str | None, text: str) -> str:
    if not title:
        return text
    first = text.lstrip().split("\n", 1)[0]
    if " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return text
    return f"{title}\n\n{text}"


def html_to_article(markup: str, *, source: str, config: Config | None = None, check: bool = True,
                    warnings: list[str] | None = None) -> Article:
    """Extract an Article from an HTML string; raise InputError when no main text is found."""
    markup, found = sanitise(markup, "markup")  # lxml refuses NULs and lone surrogates
    data = extract(markup)
    text = (data.get("text") or "").strip()
    if not text:
        raise input_error("E006", f"{source}: no main text found in the HTML page. {SUPPORTED}")
    title = data.get("title") or None
    pub_date: dt.date | None = None
    if data.get("date"):
        try:
            pub_date = parse_date(str(data["date"]), source)
        except InputError:  # a bad date in page metadata is not a reason to lose the article
            pub_date = None
    metadata = {k: data[k] for k in ("author", "hostname", "description", "categories", "tags") if data.get(k)}
    return read_text(
        _with_title(title, text), source=source, title=title, url=data.get("url") or None,
        outlet=data.get("sitename") or None, pub_date=pub_date, metadata=metadata, config=config, check=check,
        pub_date_source="html_meta",
        warnings=[*(warnings or []), *found],
    )


def read_html_file(path: str | os.PathLike[str], *, config: Config | None = None, check: bool = True) -> Article:
    """Read one HTML file (``.gz`` allowed, ``-`` for stdin) as an Article."""
    config = config or Config()
    source = display_name(path)
    return html_from_bytes(read_limited(path, config), source=source, config=config, check=check)


def html_from_bytes(data: bytes, *, source: str, config: Config | None = None, check: bool = True) -> Article:
    markup, warnings = decode_with_warnings(data, source)
    return html_to_article(markup, source=source, config=config, check=check, warnings=warnings)
