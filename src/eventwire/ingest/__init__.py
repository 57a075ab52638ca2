"""Ingest: readers for text, JSON Lines, JSON and HTML (each optionally gzipped) and input checks.

Everything yields ``Article`` or ``Rejected`` records; nothing raises for bad input.
"""
from __future__ import annotations

from .detect import ERROR_KINDS, check_text, decode_bytes, decode_with_warnings
from .html import html_to_article, read_html_file
from .jsonl import iter_json, iter_jsonl, record_to_article
from .paths import expand_paths, read_paths
from .sanitise import WARNING_KINDS, sanitise
from .text import read_text, read_text_file, sanitised_article

__all__ = [
    "ERROR_KINDS",
    "WARNING_KINDS",
    "check_text",
    "decode_bytes",
    "decode_with_warnings",
    "expand_paths",
    "html_to_article",
    "iter_json",
    "iter_jsonl",
    "read_html_file",
    "read_paths",
    "read_text",
    "read_text_file",
    "record_to_article",
    "sanitise",
    "sanitised_article",
]
