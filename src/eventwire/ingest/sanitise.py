"""Sanitising strings at the reader: what no later stage (spaCy, DuckDB, JSON output) can take.

Why at the reader and with warnings: a lone surrogate (``"\\ud800"`` escaped in a
JSON Lines record) cannot be encoded as UTF-8, so DuckDB, a JSON writer or a
hash would raise on it far from where it came in; NULs and other control
characters break the same places. They are replaced or removed once, here,
and every change is recorded as a coded warning on the Article, so nothing
is changed silently.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

# Warning codes: code -> what happened. Warnings travel on Article.warnings as "[Wnnn] message".
WARNING_KINDS: dict[str, str] = {
    "W001": "lone surrogates replaced",
    "W002": "control characters removed",
    "W003": "invalid UTF-8 repaired",
    "W004": "legacy 8-bit encoding",
    "W005": "UTF-16 without byte-order mark",
    "W006": "id conflict",
}

_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls except tab, newline, vertical tab, form feed, carriage return; DEL; C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def warning(code: str, message: str) -> str:
    return f"[{code}] {message}"


def normalise(text: str) -> str:
    """CRLF and lone CR -> LF, then NFC; line-ending changes keep every other offset meaningful.

    Old Mac files end lines with a bare CR: left alone, the headline and
    captions would be one line with the body and coded as body.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def sanitise(text: str, what: str = "text") -> tuple[str, list[str]]:
    """``text`` with lone surrogates replaced by U+FFFD and control characters removed, plus warnings."""
    warnings: list[str] = []
    if not text.isascii() or _CONTROL.search(text):
        n = len(_SURROGATE.findall(text))
        if n:
            text = _SURROGATE.sub("\ufffd", text)
            warnings.append(warning("W001", f"{what}: {n} lone surrogate(s) replaced by U+FFFD"))
        n = len(_CONTROL.findall(text))
        if n:
            text = _CONTROL.sub("", text)
            warnings.append(warning("W002", f"{what}: {n} control character(s) removed (NUL, C0/C1 controls)"))
    return text, warnings


def sanitise_str(value: str | None, what: str, warnings: list[str]) -> str | None:
    """A metadata string sanitised like the text; its warnings appended to ``warnings``."""
    if value is None:
        return None
    clean, found = sanitise(value, what)
    warnings.extend(found)
    return clean


def sanitise_value(value: Any, what: str, warnings: list[str]) -> Any:
    """Strings anywhere in a JSON-like value (keys too) sanitised."""
    if isinstance(value, str):
        return sanitise_str(value, what, warnings)
    if isinstance(value, dict):
        return {sanitise_str(str(k), what, warnings): sanitise_value(v, what, warnings) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [sanitise_value(v, what, warnings) for v in value]
    return value
