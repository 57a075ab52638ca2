"""The command line every build script shares: write the generated table, or check it is current."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]


def run(doc: str | None, output: Path, make: Callable[[Path], str]) -> int:
    """``make(shared_dir)`` returns the file's text; ``--check`` exits 1 when the packaged file differs."""
    ap = argparse.ArgumentParser(description=(doc or "").split("\n", 1)[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--check", action="store_true", help="exit 1 if the packaged file is not what the script builds")
    args = ap.parse_args()
    text = make(args.shared)
    if args.check:
        same = output.read_text(encoding="utf-8") == text
        print(f"{output.name}: {'up to date' if same else 'OUT OF DATE'}")
        return 0 if same else 1
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output} ({text.count(chr(10))} lines)")
    return 0
