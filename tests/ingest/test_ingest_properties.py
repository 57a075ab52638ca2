"""Property tests for the readers: any bytes in, an Article or a coded error out, never an exception.

An Article that comes out is safe for every later stage: its strings encode
as UTF-8 (no lone surrogate), hold no NUL or control character, and it has an id.
"""
from __future__ import annotations

import gzip
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.config import Config
from eventwire.ingest import ERROR_KINDS, read_paths
from eventwire.ingest.jsonl import iter_jsonl_stream
from eventwire.ingest.sanitise import sanitise
from eventwire.records import Article, Rejected

CONFIG = Config(min_body_chars=5, check_language=False)
SUFFIXES = (".txt", ".html", ".jsonl", ".json", ".txt.gz", ".jsonl.gz", ".html.gz", "")
PROSE = "The ministers met in Geneva on Tuesday and agreed to talk again. "
_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Bytes that exercise the decoders: fragments of real encodings, BOMs, NULs, gzip magic, JSON.
fragments = st.sampled_from([
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b"\x1f\x8b", b"\r", b"\r\n", b"\n", b"{", b"}", b'"',
    b'{"text": "', b'"}\n', b"\\ud800", b"\\u0000", b"<html>", b"<p>", b"\xe9", b"\xc3", b"\xc3\xa9",
    PROSE.encode(), PROSE.encode("utf-16-le"), "\u0645\u0635\u0631 ".encode(), b"\x89PNG\r\n\x1a\n",
])
hostile_bytes = st.one_of(st.binary(max_size=300), st.lists(st.one_of(fragments, st.binary(max_size=20)), max_size=30)
                          .map(b"".join))


def check_result(item: Article | Rejected) -> None:
    if isinstance(item, Rejected):
        assert item.error.code in ERROR_KINDS, item.error
        assert item.error.message
        (item.source + item.raw_id + item.error.message).encode("utf-8")
        return
    assert isinstance(item, Article) and item.id
    for value in (item.text, item.id, item.title, item.url, item.outlet, item.source, json.dumps(item.metadata)):
        if value is not None:
            value.encode("utf-8")  # no lone surrogate
            assert sanitise(value)[1] == [] or value is item.source
    assert "\r" not in item.text


@_SETTINGS
@given(hostile_bytes, st.sampled_from(SUFFIXES))
def test_any_bytes_in_any_file_give_articles_or_coded_errors(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
        results = list(read_paths([str(path)], config=CONFIG))
    assert results
    for item in results:
        check_result(item)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
              st.sampled_from(["\ud800", "a\udfffb", "\x00", PROSE * 2])),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(
        st.one_of(st.sampled_from(["id", "text", "title", "url", "outlet", "pub_date", "date"]), st.text(max_size=8)),
        inner, max_size=5)),
    max_leaves=12,
)


@_SETTINGS
@given(st.lists(json_values, min_size=1, max_size=6))
def test_any_json_records_give_one_result_per_line(records):
    lines = [json.dumps(r) for r in records]  # ensure_ascii: surrogates and NULs arrive as escapes
    data = ("\n".join(lines) + "\n").encode("ascii")
    results = list(iter_jsonl_stream(io.BufferedReader(io.BytesIO(data)), "mem", config=CONFIG))
    assert len(results) == len(records)
    for item in results:
        check_result(item)


@_SETTINGS
@given(st.text(max_size=200).map(lambda t: PROSE + t))
def test_any_text_record_keeps_its_words(text):
    data = (json.dumps({"text": text}) + "\n").encode("ascii")
    (item,) = iter_jsonl_stream(io.BufferedReader(io.BytesIO(data)), "mem", config=CONFIG)
    check_result(item)
    if isinstance(item, Article):
        assert item.text.startswith(PROSE.strip()[:20])
