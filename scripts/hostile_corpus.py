"""Write a corpus of hostile inputs, and a manifest of what must become of each, for fault-tolerance tests.

Usage: python scripts/hostile_corpus.py OUT_DIR [--no-large] [--tiny N]

Every case is what a scraped news feed really delivers: empty and binary
files, broken encodings, giant pages and lines, decompression bombs, broken
and hostile JSON Lines records, duplicated ids, non-English text, symlink
loops, thousands of tiny files, all under ``OUT_DIR/corpus``.
``OUT_DIR/manifest.json`` maps each input path (relative to the corpus) to ``{"expect": "stored" | "rejected" | "any", "codes":
[...], "docs": n, "events": bool}``: what ``ingest`` must report for it. The
good articles come from ``examples/articles``; everything is generated, so
the corpus costs nothing in the repository. ``--no-large`` leaves out the
10 MB and 100 MB files and the 1 GB (decompressed) bombs.
"""
from __future__ import annotations

import argparse
import codecs
import gzip
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))

ARABIC = ("التقى وزيرا خارجية مصر والسعودية في جنيف يوم الثلاثاء واتفقا على العمل معا لإعادة فتح ممرات "
          "المساعدات الإنسانية إلى السودان. وقال الوزيران إنهما سيضغطان على الطرفين المتحاربين.\n") * 3
CHINESE = ("埃及和沙特阿拉伯外交部长周二在日内瓦会晤，同意共同努力重新开放通往苏丹的人道主义走廊。"
           "两位部长表示，他们将向交战双方施压，允许援助车队通过。\n") * 3
RUSSIAN = ("Министры иностранных дел Египта и Саудовской Аравии встретились во вторник в Женеве и договорились "
           "совместно работать над открытием гуманитарных коридоров в Судан.\n") * 3
FRENCH = ("Les ministres des Affaires étrangères de l'Égypte et de l'Arabie saoudite se sont rencontrés mardi à "
          "Genève et ont convenu de travailler ensemble pour rouvrir les couloirs humanitaires vers le Soudan. "
          "Les deux ministres ont déclaré qu'ils feraient pression sur les parties belligérantes pour laisser "
          "passer les convois d'aide, selon un communiqué publié après la réunion.\n") * 2


def article(i: int = 0) -> str:
    return ARTICLES[i % len(ARTICLES)].read_text(encoding="utf-8")


class Corpus:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.out = root / "corpus"
        self.manifest: dict[str, dict] = {}

    def add(self, name: str, data: bytes | str, expect: str, codes: tuple[str, ...] = (), docs: int = 1,
            events: bool = False) -> Path:
        path = self.out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.note(name, expect, codes, docs, events)
        return path

    def note(self, name: str, expect: str, codes: tuple[str, ...] = (), docs: int = 1, events: bool = False) -> None:
        self.manifest[name] = {"expect": expect, "codes": list(codes), "docs": docs, "events": events}

    def write_manifest(self) -> None:
        (self.root / "manifest.json").write_text(json.dumps(self.manifest, indent=1, sort_keys=True) + "\n")


def gzip_members(chunk: bytes, copies: int) -> bytes:
    """``copies`` gzip members of ``chunk``: one compression, a stream of any decompressed size."""
    member = gzip.compress(chunk, compresslevel=9, mtime=0)
    return member * copies


def png() -> bytes:
    raw = b"\x00" + b"\xff\x00\x00" * 4
    body = zlib.compress(raw * 4)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("story.txt", article(0))
    return buf.getvalue()


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def good_cases(c: Corpus) -> None:
    c.add("good/plain.txt", article(0), "stored", events=True)
    c.add("good/crlf.txt", article(1).replace("\n", "\r\n"), "stored", events=True)
    c.add("good/cr_only.txt", article(2).replace("\n", "\r"), "stored", events=True)
    c.add("good/utf16_bom.txt", codecs.BOM_UTF16_LE + article(3).encode("utf-16-le"), "stored", events=True)
    c.add("good/utf16_no_bom.txt", article(4).encode("utf-16-le"), "stored", events=True)
    c.add("good/utf16be_no_bom.txt", article(5).encode("utf-16-be"), "stored", events=True)
    latin = article(6).replace("officials", "officials in Genève") + "The président spoke.\n"
    c.add("good/latin1.txt", latin.encode("latin-1", "replace"), "stored", events=True)
    broken = article(0).encode("utf-8").replace(b"Geneva", b"Gen\xc3ve", 1) + "Caf\u00e9 talks.\n".encode("utf-8")
    c.add("good/invalid_utf8.txt", broken, "stored", events=True)
    html = "<!doctype html><html><head><title>Talks</title></head><body><article>" \
           + "".join(f"<p>{p}</p>" for p in article(1).split("\n") if p.strip()) + "</article></body></html>"
    c.add("good/page.html", html, "stored", events=True)


def bad_files(c: Corpus, large: bool) -> None:
    c.add("bad/empty.txt", b"", "rejected", ("E001",))
    c.add("bad/whitespace.txt", " \n\t\n   \n" * 100, "rejected", ("E001",))
    c.add("bad/binary.txt", bytes(range(256)) * 64, "rejected", ("E003",))
    c.add("bad/image.txt", png(), "rejected", ("E003",))
    c.add("bad/archive.txt", zip_bytes(), "rejected", ("E003", "E004"))
    c.add("bad/arabic.txt", ARABIC, "rejected", ("E005",))
    c.add("bad/chinese.txt", CHINESE, "rejected", ("E005",))
    c.add("bad/russian.txt", RUSSIAN, "rejected", ("E005",))
    c.add("bad/french.txt", FRENCH, "rejected", ("E005",))
    c.add("bad/script_only.html", "<html><head><script>" + "var x = 1;\n" * 2000 + "</script></head><body></body></html>",
          "rejected", ("E006",))
    c.add("bad/nested_divs.html", "<html><body>" + "<div>" * 100_000 + "Hello there." + "</div>" * 100_000
          + "</body></html>", "rejected", ("E006", "E012"))
    line = (article(0).replace("\n", " ") + " ") * (4_900_000 // len(article(0)))
    c.add("bad/single_line_5mb.txt", line[:4_900_000], "rejected", ("E002",))
    c.add("bad/truncated.txt.gz", gzip.compress(article(0).encode() * 5)[:200], "rejected", ("E008",))
    if large:
        c.add("bad/text_10mb.txt", article(0) * (10_000_000 // len(article(0)) + 1), "rejected", ("E002",))
        big = c.out / "bad" / "text_100mb.txt"
        with open(big, "w", encoding="utf-8") as fh:
            block = article(1) * 1000
            for _ in range(100_000_000 // len(block) + 1):
                fh.write(block)
        c.note("bad/text_100mb.txt", "rejected", ("E002",))


def bombs(c: Corpus, large: bool) -> None:
    copies = 100 if large else 5  # each member expands to 10 MB: 1 GB (large) or 50 MB
    c.add("bomb/one_line.jsonl.gz", gzip_members(b"a" * 10_000_000, copies), "rejected", ("E002", "E010"), docs=0)
    c.add("bomb/newlines.jsonl.gz", gzip_members(b"\n" * 10_000_000, copies), "rejected", ("E010",), docs=0)
    c.add("bomb/empty_records.jsonl.gz", gzip_members(b"{}\n" * 3_333_333, copies), "rejected",
          ("E009", "E010", "E011"), docs=0)
    c.add("bomb/newlines.txt.gz", gzip_members(b"\n" * 10_000_000, copies), "rejected", ("E002", "E010"))
    records = "".join(json.dumps({"id": f"t{i}", "text": article(i)}) + "\n" for i in range(5)).encode()
    c.add("bomb/truncated.jsonl.gz", gzip.compress(records)[: len(gzip.compress(records)) * 2 // 3], "any",
          ("E008",), docs=0)


def records(c: Corpus) -> None:
    a, b = article(0), article(1)
    deep = "[" * 100_000 + "]" * 100_000
    c.add("jsonl/broken.jsonl", jsonl(
        {"id": "good-1", "text": a, "pub_date": "2024-03-05"},
        "{not json",
        '["a", "list"]',
        {"id": "no-text"},
        {"id": "t-int", "text": 42},
        {"id": {"nested": 1}, "text": b},
        {"id": "bad-date", "text": b, "pub_date": "yesterday"},
        deep,
        '{"id": "nan", "text": NaN}',
        '{"id": 1' + "0" * 5000 + ', "text": "x"}',  # an integer too long for int()
        {"id": "x" * 1000, "text": b},
        {"id": "good-2", "text": b, "url": "https://example.org/b"},
    ), "any", docs=12)
    c.add("jsonl/dup_ids.jsonl", jsonl(
        {"id": "same", "text": a}, {"id": "same", "text": b}, {"id": "same", "text": a},
    ), "any", docs=3)
    c.add("jsonl/surrogates.jsonl",
          '{"id": "sur\\ud800", "title": "T\\udfff", "text": ' + json.dumps(a)[:-1] + ' \\ud800 end."}\n'
          + '{"id": "nul", "text": ' + json.dumps(b)[:-1] + '\\u0000\\u0007 end."}\n', "stored", docs=2, events=True)
    c.add("jsonl/long_line.jsonl", json.dumps({"id": "long", "text": "word " * 1_000_000}) + "\n", "rejected",
          ("E002",))


def links_and_many(c: Corpus, tiny: int) -> None:
    loops = c.out / "loops"
    loops.mkdir(parents=True, exist_ok=True)
    for name, target in (("self.txt", "self.txt"), ("a.txt", "b.txt"), ("b.txt", "a.txt"), ("up", "..")):
        link = loops / name
        if not link.is_symlink():
            os.symlink(target, link)
    for name in ("self.txt", "a.txt", "b.txt"):
        c.note(f"loops/{name}", "rejected", ("E007", "E008"))
    for i in range(tiny):
        c.add(f"tiny/{i:04d}.txt", f"tiny {i}\n", "rejected", ("E006",))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="directory to write the corpus into (created)")
    parser.add_argument("--no-large", action="store_true", help="leave out the 10 MB / 100 MB files and 1 GB bombs")
    parser.add_argument("--tiny", type=int, default=2000, help="number of tiny files (default 2000)")
    args = parser.parse_args(argv)
    c = Corpus(Path(args.out))
    c.out.mkdir(parents=True, exist_ok=True)
    good_cases(c)
    bad_files(c, not args.no_large)
    bombs(c, not args.no_large)
    records(c)
    links_and_many(c, args.tiny)
    c.write_manifest()
    print(f"{len(c.manifest)} inputs written to {c.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
