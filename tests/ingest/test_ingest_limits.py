"""Bounded work per input: decompression bombs of every shape end in seconds with a coded error."""
from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.ingest import read_paths
from eventwire.records import Article, Rejected

def bomb(chunk: bytes, size: int = 1_000_000) -> bytes:
    """About ``size`` bytes of gzip members, each 10 MB of ``chunk`` repeated (up to 1 GiB and more)."""
    block = chunk * (10_000_000 // len(chunk))
    member = gzip.compress(block, compresslevel=9, mtime=0)
    return member * max(1, size // len(member))


SHAPES = {
    "one_line.jsonl.gz": (b"a", {"E002", "E010"}),
    "newlines.jsonl.gz": (b"\n", {"E010"}),
    "blank_lines.jsonl.gz": (b"   \t\n", {"E010"}),
    "empty_records.jsonl.gz": (b"{}\n", {"E009", "E010", "E011"}),
    "bad_json.jsonl.gz": (b"{x\n", {"E009", "E010", "E011"}),
    "nested.jsonl.gz": (b"[", {"E002", "E010"}),
    "one_line.txt.gz": (b"a", {"E002", "E003", "E010"}),
    "newlines.txt.gz": (b"\n", {"E002", "E010"}),
    "divs.html.gz": (b"<div>", {"E002", "E010"}),
    "sniffed.gz": (b"{}\n", {"E009", "E010", "E011"}),
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_a_1mb_bomb_of_any_shape_ends_in_seconds_with_a_code(tmp_path, name):
    chunk, codes = SHAPES[name]
    path = tmp_path / name
    path.write_bytes(bomb(chunk))
    assert 900_000 < path.stat().st_size <= 1_000_000
    start = time.monotonic()
    out = list(read_paths([str(path)]))
    elapsed = time.monotonic() - start
    assert elapsed < 30, f"{name}: {elapsed:.1f}s"  # a hang guard, not a benchmark: it takes well under 1 s
    assert out and all(isinstance(x, Rejected) for x in out)
    assert {x.error.code for x in out} <= codes and out[-1].error.code in codes
    assert len(out) <= Config().max_bad_records + 1


def test_records_before_a_limit_are_kept(tmp_path):
    good = b'{"id": "a", "text": "The ministers met in Geneva on Tuesday and agreed to work together on aid."}\n'
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(good + b"\n" * 50 + good.replace(b'"a"', b'"b"'))
    config = Config(max_blank_lines=10, min_body_chars=10)
    out = list(read_paths([str(path)], config=config))
    assert isinstance(out[0], Article) and out[0].id == "a"
    assert isinstance(out[-1], Rejected) and out[-1].error.code == "E010" and str(path) in out[-1].error.message


def test_line_count_limit(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_bytes(b"{}\n" * 50)
    out = list(read_paths([str(path)], config=Config(max_lines=20, max_bad_records=1000)))
    assert [x.error.code for x in out[-1:]] == ["E010"] and len(out) == 21


def test_max_file_bytes_bounds_a_stream_that_expands_moderately(tmp_path):
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "x"}\n' * 100_000))
    out = list(read_paths([str(path)], config=Config(max_file_bytes=100_000, max_bad_records=10**6)))
    assert out[-1].error.code == "E010" and "max_file_bytes" in out[-1].error.message


def test_a_directory_tree_deeper_than_the_recursion_limit_is_walked(tmp_path):
    import os
    import subprocess
    import sys

    top = tmp_path / "deep"
    path = str(top)
    os.mkdir(path)
    try:
        for _ in range(sys.getrecursionlimit() + 200):  # os.makedirs would recurse too
            path = os.path.join(path, "d")
            os.mkdir(path)
        (Path(path) / "x.txt").write_text("hi")
        out = list(read_paths([str(top)]))
    finally:
        subprocess.run(["rm", "-rf", str(top)], check=True)  # shutil.rmtree itself recurses
    assert len(out) == 1 and out[0].error.code == "E006"


def test_a_bomb_on_stdin_is_bounded_too(monkeypatch):
    import io
    import sys

    class Pipe(io.RawIOBase):  # like a real pipe: no tell, no seek
        def __init__(self, data: bytes) -> None:
            self.data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, buf) -> int:
            return self.data.readinto(buf)

    data = bomb(b"{}" + b" " * 9_999_997 + b"\n")  # sniffed as JSON Lines: streamed line by line
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Pipe(data))))
    start = time.monotonic()
    out = list(read_paths(["-"]))
    assert time.monotonic() - start < 30
    assert [x.error.code for x in out][-1:] == ["E010"] and len(out) <= 2
    assert "decompression bomb" in out[-1].error.message
