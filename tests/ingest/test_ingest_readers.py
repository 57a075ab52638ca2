"""Readers: text, JSON Lines, JSON, HTML, gzip, stdin, directories and globs."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.config import Config
from eventwire.errors import InputError
from eventwire.ingest import read_paths, read_text, read_text_file
from eventwire.ingest.jsonl import iter_jsonl_stream
from eventwire.ingest.paths import expand_paths, sniff
from eventwire.records import Article, Rejected, content_id

ARTICLE = (
    "Leaders meet in Geneva\n\n"
    "GENEVA (eventwire) - The foreign ministers of Egypt and Saudi Arabia met in Geneva on Tuesday and agreed "
    "to work together to reopen aid corridors into Sudan.\n"
    '"We have agreed to coordinate our efforts," the Egyptian minister told reporters after the meeting.\n'
)
HTML = """<!doctype html><html><head><title>Leaders meet in Geneva | World Wire</title>
<meta property="og:title" content="Leaders meet in Geneva">
<meta property="og:site_name" content="World Wire">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="canonical" href="https://example.org/geneva"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><p>GENEVA (World Wire) - The foreign ministers of Egypt and Saudi Arabia met in Geneva on Tuesday and
agreed to work together to reopen aid corridors into Sudan.</p>
<p>"We have agreed to coordinate our efforts," the Egyptian minister told reporters after the meeting.</p></article>
<footer>Share this article</footer></body></html>"""


def read_all(*paths, **kw) -> list[Article | Rejected]:
    return list(read_paths([str(p) for p in paths], **kw))


def only_article(results) -> Article:
    assert len(results) == 1 and isinstance(results[0], Article), results
    return results[0]


def only_rejected(results) -> Rejected:
    assert len(results) == 1 and isinstance(results[0], Rejected), results
    return results[0]


# --- plain text -------------------------------------------------------------------------------

def test_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    art = only_article(read_all(path))
    assert art.text == ARTICLE
    assert art.source == str(path)
    assert art.id == content_id("", ARTICLE, prefix="doc_")
    assert read_text_file(path) == art


def test_text_is_nfc_normalised_and_otherwise_unchanged():
    art = read_text("  Gene\u0300ve talks\u00a0 \n" + ARTICLE)
    assert art.text == "  Genève talks\u00a0 \n" + ARTICLE


def test_same_text_same_id_different_text_different_id():
    assert read_text(ARTICLE).id == read_text(ARTICLE).id != read_text(ARTICLE + "More.\n").id


def test_read_text_raises_input_error():
    with pytest.raises(InputError):
        read_text("   ")
    assert read_text("   ", check=False).text == "   "


# --- JSON Lines ---------------------------------------------------------------------------------

def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_fields_aliases_and_metadata(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", [
        json.dumps({"id": "a1", "url": "https://example.org/1", "title": "T", "text": ARTICLE,
                    "pub_date": "2024-03-05", "outlet": "Wire", "section": "world"}),
        json.dumps({"id": 7, "text": ARTICLE, "date": "2024-03-05T22:10:00+02:00", "source": "Other"}),
        json.dumps({"text": ARTICLE, "published": "Tue, 05 Mar 2024 10:00:00 GMT", "publisher": "Third"}),
    ])
    a, b, c = read_all(path)
    assert (a.id, a.url, a.title, a.outlet, a.pub_date) == ("a1", "https://example.org/1", "T", "Wire", dt.date(2024, 3, 5))
    assert a.metadata == {"section": "world"}
    assert a.source == f"{path}:1"
    assert (b.id, b.outlet, b.pub_date) == ("7", "Other", dt.date(2024, 3, 5))
    assert (c.outlet, c.pub_date) == ("Third", dt.date(2024, 3, 5))
    assert c.id == content_id("", ARTICLE, prefix="doc_")


@pytest.mark.parametrize(
    "line, fragment",
    [
        ('{"text": "unterminated', "invalid JSON"),
        ('["a", "list"]', "JSON object"),
        ('{"title": "no text"}', "no 'text'"),
        ('{"text": 42}', "'text' must be a string"),
        ('{"text": null}', "no 'text'"),
    ],
)
def test_jsonl_bad_lines_are_rejected_and_reading_continues(tmp_path, line, fragment):
    path = write_jsonl(tmp_path / "c.jsonl", [json.dumps({"text": ARTICLE}), line, "", json.dumps({"text": ARTICLE + "x."})])
    results = read_all(path)
    assert [type(r).__name__ for r in results] == ["Article", "Rejected", "Article"]
    bad = results[1]
    assert bad.source == f"{path}:2"
    assert (bad.error.code, bad.error.kind, bad.error.stage) == ("E009", "bad_record", "ingest")
    assert fragment in bad.error.message


def test_jsonl_record_failing_checks_keeps_its_id(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", [json.dumps({"id": "x9", "text": "   "})])
    bad = only_rejected(read_all(path))
    assert (bad.error.code, bad.raw_id) == ("E001", "x9")
    assert only_article(read_all(path, check=False)).text == "   "


def test_jsonl_overlong_line_rejected_without_stopping(tmp_path):
    config = Config(max_bytes=2000)
    path = write_jsonl(tmp_path / "c.jsonl", [json.dumps({"text": "x" * 10_000}), json.dumps({"text": ARTICLE})])
    first, second = read_all(path, config=config)
    assert isinstance(first, Rejected) and first.error.code == "E002"
    assert isinstance(second, Article)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=60), st.binary(max_size=60).map(lambda b: b.decode("latin-1")),
                          st.sampled_from(['{"text": "x"}', '{"text": 1}', "{}", "[]", "null", '{"text": "a\\u0000b"}'])),
                max_size=8))
def test_jsonl_reader_never_raises(lines):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    results = list(iter_jsonl_stream(io.BufferedReader(io.BytesIO(data)), "mem", config=Config()))
    assert all(isinstance(r, (Article, Rejected)) for r in results)


# --- JSON ---------------------------------------------------------------------------------------

def test_json_object_and_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": ARTICLE, "title": "T"}), encoding="utf-8")
    assert only_article(read_all(one)).title == "T"
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": ARTICLE}, {"nope": 1}, {"text": ARTICLE + "y."}]), encoding="utf-8")
    results = read_all(many)
    assert [type(r).__name__ for r in results] == ["Article", "Rejected", "Article"]
    assert results[1].source == f"{many}[1]"


def test_invalid_json_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    assert only_rejected(read_all(path)).error.code == "E009"


# --- HTML ---------------------------------------------------------------------------------------

def test_html_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    art = only_article(read_all(path))
    assert art.title == "Leaders meet in Geneva"
    assert art.text.split("\n", 1)[0] == "Leaders meet in Geneva"
    assert "The foreign ministers of Egypt" in art.text and "Home" not in art.text
    assert (art.outlet, art.url, art.pub_date) == ("World Wire", "https://example.org/geneva", dt.date(2024, 3, 5))


def test_html_fallback_title_and_no_main_text(tmp_path):
    from eventwire.ingest.html import fallback_metadata

    meta = fallback_metadata("<html><head><title> A &amp; B </title></head><body></body></html>")
    assert meta == {"title": "A & B"}
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>", encoding="utf-8")
    bad = only_rejected(read_all(path))
    assert bad.error.code == "E006"


# --- gzip -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["a.txt.gz", "a.html.gz", "a.jsonl.gz", "a.json.gz"])
def test_gzip_variants(tmp_path, name):
    payload = {"a.txt.gz": ARTICLE, "a.html.gz": HTML, "a.jsonl.gz": json.dumps({"text": ARTICLE}) + "\n",
               "a.json.gz": json.dumps([{"text": ARTICLE}])}[name]
    path = tmp_path / name
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(payload)
    art = only_article(read_all(path))
    assert "The foreign ministers of Egypt" in art.text


def test_corrupt_gzip(tmp_path):
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode())[:30])
    assert only_rejected(read_all(path)).error.code == "E008"


# --- size limit ---------------------------------------------------------------------------------

def _write_big(path: Path, n_bytes: int, opener=open) -> None:
    """Write ``n_bytes`` of article-like text in chunks (never the whole file in memory)."""
    chunk = (ARTICLE * 100).encode("utf-8")
    with opener(path, "wb") as fh:
        written = 0
        while written < n_bytes:
            fh.write(chunk)
            written += len(chunk)


def test_ten_megabyte_file_refused_by_size(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    _write_big(path, 10_500_000)
    import eventwire.ingest.files as files

    def no_read(*a, **k):  # the refusal must come from the stat size, without opening the file
        raise AssertionError("file was opened")

    monkeypatch.setattr(files, "open_binary", no_read)
    bad = only_rejected(read_all(path))
    assert (bad.error.code, bad.error.kind) == ("E002", "too_large")
    assert "5,000,000" in bad.error.message


def test_ten_megabyte_gzip_refused_after_limit(tmp_path):
    path = tmp_path / "big.txt.gz"
    _write_big(path, 10_500_000, opener=gzip.open)
    assert only_rejected(read_all(path)).error.code == "E002"


def test_limit_is_configurable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert only_rejected(read_all(path, config=Config(max_bytes=100))).error.code == "E002"


# --- other bad input ---------------------------------------------------------------------------------

def test_every_file_error_kind(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01PK\x03\x04" * 100)
    (tmp_path / "encoding.txt").write_bytes(bytes(range(128, 256)) * 4)
    (tmp_path / "german.txt").write_text(
        "Die Außenminister Ägyptens und Saudi-Arabiens haben sich am Dienstag in Genf getroffen und vereinbart, "
        "gemeinsam an der Wiederöffnung der humanitären Korridore in den Sudan zu arbeiten. Die beiden Minister "
        "sprachen mehr als vier Stunden lang mit dem Gesandten der Vereinten Nationen.\n", encoding="utf-8")
    (tmp_path / "links.txt").write_text("\n".join(f"https://example.org/{i}" for i in range(10)), encoding="utf-8")
    codes = {Path(r.source).name: r.error.code for r in read_all(tmp_path)}
    assert codes == {"binary.txt": "E003", "empty.txt": "E001", "encoding.txt": "E004", "german.txt": "E005",
                     "links.txt": "E006"}


def test_missing_path_and_unmatched_glob(tmp_path):
    bad = only_rejected(read_all(tmp_path / "nope.txt"))
    assert (bad.error.code, bad.error.kind) == ("E007", "not_found")
    assert only_rejected(read_all(tmp_path / "*.nothing")).error.code == "E007"


# --- directories, globs, sniffing, stdin ------------------------------------------------------------

def test_directory_with_malformed_file_among_good_ones(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "c.jsonl").write_text(json.dumps({"text": ARTICLE + "1."}) + "\n{broken\n", encoding="utf-8")
    (tmp_path / "b" / "d.json").write_text("{broken", encoding="utf-8")
    (tmp_path / "e.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    results = read_all(tmp_path)
    summary = [(Path(r.source.split(":")[0]).name, type(r).__name__) for r in results]
    assert summary == [("a.txt", "Article"), ("c.jsonl", "Article"), ("c.jsonl", "Rejected"), ("d.json", "Rejected"),
                       ("e.html", "Article")]
    assert results == read_all(tmp_path)  # deterministic


def test_glob_pattern(tmp_path):
    for name in ("b.txt", "a.txt", "c.html"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    assert [Path(p).name for p in expand_paths([str(tmp_path / "*.txt")])] == ["a.txt", "b.txt"]


@pytest.mark.parametrize(
    "head, kind",
    [(b'{"text": "x"}\n{"text": "y"}', ".jsonl"), (b'{\n  "text": "x"\n}', ".json"), (b"[{}]", ".json"),
     (b"<!DOCTYPE html><html>", ".html"), (b"<div><p>Hi</p></div>", ".html"), (b"Leaders meet", ".txt"),
     (b"<b>not really html", ".txt")],
)
def test_sniff(head, kind):
    assert sniff(head) == kind


def test_unknown_suffix_is_sniffed(tmp_path):
    (tmp_path / "feed.dat").write_text(json.dumps({"text": ARTICLE, "id": "s1"}) + "\n", encoding="utf-8")
    (tmp_path / "page.dat").write_text(HTML, encoding="utf-8")
    (tmp_path / "story").write_text(ARTICLE, encoding="utf-8")
    arts = read_all(tmp_path / "feed.dat", tmp_path / "page.dat", tmp_path / "story")
    assert [a.id for a in arts][0] == "s1"
    assert arts[1].title == "Leaders meet in Geneva"
    assert arts[2].text == ARTICLE


@pytest.mark.parametrize("compress", [False, True])
def test_stdin(monkeypatch, compress):
    data = (json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": ARTICLE + "z."}) + "\n").encode()
    if compress:
        data = gzip.compress(data)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    results = read_all("-")
    assert [type(r).__name__ for r in results] == ["Article", "Article"]
    assert results[0].source == "<stdin>:1"


@pytest.mark.parametrize("record, warning", [
    ({"pub_date": "next Tuesday"}, "[W010]"),
    ({"pub_date": 20151126}, "[W010]"),
    ({"title": ["x"]}, "[W011] field 'title'"),
    ({"url": 7}, "[W011] field 'url'"),
    ({"outlet": {"name": "Wire"}}, "[W011] field 'outlet'"),
])
def test_a_malformed_metadata_field_is_a_warning_not_the_loss_of_the_text(tmp_path, record, warning):
    path = write_jsonl(tmp_path / "m.jsonl", [json.dumps({"text": ARTICLE, **record})])
    (art,) = read_all(path)
    assert type(art).__name__ == "Article" and art.text.startswith(ARTICLE[:20])
    assert any(w.startswith(warning) for w in art.warnings), art.warnings


@pytest.mark.parametrize("value, date, precision", [
    ("2015", dt.date(2015, 1, 1), "year"),
    ("2015-11", dt.date(2015, 11, 1), "month"),
    ("2015-11-26", dt.date(2015, 11, 26), None),
])
def test_year_and_month_publication_dates_keep_their_precision(tmp_path, value, date, precision):
    path = write_jsonl(tmp_path / "d.jsonl", [json.dumps({"text": ARTICLE, "pub_date": value})])
    (art,) = read_all(path)
    assert art.pub_date == date and art.metadata.get("pub_date_precision") == precision
