#!/usr/bin/env python3
"""Score the coder on the project's own development sets, beside the shared gold.

The sets live in ``quality/devsets/`` (see its README): sentence sets in the PLV
format (``wireNN.tsv``, ``conflictNN.tsv``: root and triple recall, as
``eventwire eval`` scores ``plv_dev.tsv``), no-event sentences (``noneNN.txt``:
every event is a false one) and article sets (``newsNN/``: each ``aNN.json`` is
article-format gold for ``aNN.txt``, scored as the seed is; ``nonpol/*.txt`` are
pages that must yield no event). One pipeline codes everything.

    PYTHONPATH=src python scripts/score_devsets.py                  # every set, with the shared gold
    PYTHONPATH=src python scripts/score_devsets.py news51 wire40    # some sets
    PYTHONPATH=src python scripts/score_devsets.py --dir /elsewhere --totals   # a set kept blind: totals only
    PYTHONPATH=src python scripts/score_devsets.py --dump out/      # also what was coded, set by set
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from eventwire.config import Config
from eventwire.eval.gold import load_gold
from eventwire.eval.plv import load_plv, row_matches
from eventwire.eval.run import code_golds
from eventwire.eval.score import score
from eventwire.pipeline import Pipeline
from eventwire.records import Article, Event

ROOT = Path(__file__).resolve().parents[1]
DEVSETS = ROOT / "quality" / "devsets"
SHARED_GOLD = ROOT.parent / "shared" / "gold"
SHARED = {"seed": "seed.expected.json", "plover": "plover_gsr_dev.json", "plv": "plv_dev.tsv"}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, prf) -> None:
        self.tp, self.fp, self.fn = self.tp + prf.tp, self.fp + prf.fp, self.fn + prf.fn

    def __str__(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{100 * p:.1f}/{100 * r:.1f}/{100 * f:.1f} ({self.tp}/{self.fp}/{self.fn})"


def _side(actor) -> str:
    return f"{actor.code}({actor.name or actor.text})" if actor else "-"


def describe(e: Event) -> str:
    return f"{e.code} {_side(e.source)} -> {_side(e.target)} [{e.modality}] {e.cue} / {e.rule} on {e.trigger!r}"


def code_texts(pipe: Pipeline, texts: list[str]) -> list:
    coded = {c.article.id: c for c in pipe.code_many([Article(text=t, id=str(i)) for i, t in enumerate(texts)])}
    return [coded.get(str(i)) for i in range(len(texts))]


def score_shared(pipe: Pipeline, name: str) -> tuple[str, list[str]]:
    gold = load_gold(SHARED_GOLD / SHARED[name])
    r = score(gold, code_golds([gold], pipe)[0])
    line = f"root {Counts(r.root.tp, r.root.fp, r.root.fn)}  triple {Counts(r.triple.tp, r.triple.fp, r.triple.fn)}"
    line += f"  roles {r.source_role.correct}/{r.source_role.n} {r.target_role.correct}/{r.target_role.n}"
    if r.checks:
        line += f"  quotes {r.checks.quotes_found}/{len(r.checks.quotes)}"
    return line, []


def score_sentences(pipe: Pipeline, path: Path) -> tuple[str, list[str]]:
    """A PLV-format file: root and triple recall over its rows, per label."""
    _, rows = load_plv(path)
    sentences = list(dict.fromkeys(r.sentence for r in rows))
    coded = dict(zip(sentences, code_texts(pipe, sentences)))
    root = triple = 0
    per_label: dict[str, list[int]] = {}
    dump = []
    for row in rows:
        events = list(coded[row.sentence].events) if coded[row.sentence] else []
        found = [row_matches(row, e) for e in events]
        r_ok, t_ok = any(r for r, _ in found), any(t for _, t in found)
        root, triple = root + r_ok, triple + t_ok
        tally = per_label.setdefault(row.label, [0, 0, 0])
        tally[0], tally[1], tally[2] = tally[0] + 1, tally[1] + r_ok, tally[2] + t_ok
        mark = "ok" if t_ok else "root" if r_ok else "MISS"
        dump.append(f"{mark:4} {row.label}\t{row.sentence}\n     gold {row.source!r} -> {row.target!r}"
                    + "".join(f"\n     {describe(e)}" for e in events))
    n = len(rows)
    predicted = sum(len(c.events) for c in coded.values() if c)
    line = f"root {root}/{n} ({100 * root / n:.1f}%)  triple {triple}/{n} ({100 * triple / n:.1f}%)  predicted {predicted}"
    labels = "  ".join(f"{k} {v[1]}/{v[2]}/{v[0]}" for k, v in sorted(per_label.items()))
    return line, [f"per label (root/triple/rows): {labels}"] + dump


def score_none(pipe: Pipeline, path: Path) -> tuple[str, list[str]]:
    """No-event sentences: every event coded is a false one."""
    sentences = [s.strip() for s in path.read_text(encoding="utf-8").splitlines() if s.strip()]
    coded = code_texts(pipe, sentences)
    events = sum(len(c.events) for c in coded if c)
    dump = [f"{s}" + "".join(f"\n     {describe(e)}" for e in c.events) for s, c in zip(sentences, coded) if c and c.events]
    return f"{events} events on {len(sentences)} sentences", dump


def score_articles(pipe: Pipeline, folder: Path) -> tuple[str, list[str]]:
    """Article-format gold per article (salient events required, others acceptable), and pages with no event."""
    golds = [load_gold(p) for p in sorted(folder.glob("a[0-9][0-9].json"))]
    root, triple, quotes_ok, quotes = Counts(), Counts(), 0, 0
    dump = []
    for gold, coded in zip(golds, code_golds(golds, pipe)):
        r = score(gold, coded)
        root.add(r.root)
        triple.add(r.triple)
        if r.checks:
            quotes_ok, quotes = quotes_ok + r.checks.quotes_found, quotes + len(r.checks.quotes)
        dump.append(f"=== {gold.name}: root {Counts(r.root.tp, r.root.fp, r.root.fn)}  "
                    f"triple {Counts(r.triple.tp, r.triple.fp, r.triple.fn)}")
        dump += [f"  {describe(e)}\n      {e.sentence[:220]}" for e in coded[0].events]
        dump += [f"  {err}" for err in r.errors]
        dump += [f"  quote {q.status}: {q.starts_with!r} {q.got_speaker or ''}" for q in (r.checks.quotes if r.checks else ())
                 if q.status != "ok"]
    pages = sorted((folder / "nonpol").glob("*.txt"))
    coded_pages = code_texts(pipe, [p.read_text(encoding="utf-8") for p in pages])
    nonpol = sum(len(c.events) for c in coded_pages if c)
    dump += [f"  non-political {p.name}: {describe(e)}" for p, c in zip(pages, coded_pages) if c for e in c.events]
    line = f"root {root}  triple {triple}  quotes {quotes_ok}/{quotes}  non-political pages {nonpol} events on {len(pages)}"
    return line, dump


def score_set(pipe: Pipeline, name: str, folder: Path) -> tuple[str, list[str]]:
    if name == "plv":
        return score_sentences(pipe, SHARED_GOLD / SHARED[name])
    if name in SHARED:
        return score_shared(pipe, name)
    if (folder / name).is_dir():
        return score_articles(pipe, folder / name)
    if (folder / f"{name}.tsv").is_file():
        return score_sentences(pipe, folder / f"{name}.tsv")
    if (folder / f"{name}.txt").is_file():
        return score_none(pipe, folder / f"{name}.txt")
    raise SystemExit(f"no set {name!r} in {folder}")


def all_sets(folder: Path) -> list[str]:
    found = [p.stem for p in folder.glob("*.tsv")] + [p.stem for p in folder.glob("*.txt")]
    found += [p.name for p in folder.iterdir() if p.is_dir() and any(p.glob("a[0-9][0-9].json"))]
    return list(SHARED) + sorted(found, key=lambda s: (s.rstrip("0123456789"), s))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="set names (default: the shared gold and every set in --dir)")
    ap.add_argument("--dir", type=Path, default=DEVSETS, help=f"where the sets are (default {DEVSETS})")
    ap.add_argument("--totals", action="store_true", help="one line per set and nothing else (a set kept blind)")
    ap.add_argument("--dump", type=Path, metavar="DIR", help="write what was coded, per set, to DIR/NAME.txt")
    args = ap.parse_args(argv)
    pipe = Pipeline(Config())
    for name in args.sets or all_sets(args.dir):
        line, detail = score_set(pipe, name, args.dir)
        print(f"{name}: {line}", flush=True)
        if args.totals:
            continue
        if detail and detail[0].startswith("per label"):
            print(f"  {detail[0]}")
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{name}.txt").write_text("\n".join(detail) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
