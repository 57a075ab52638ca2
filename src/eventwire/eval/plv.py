"""Scoring against real news sentences with marked actors (``plv_dev.tsv``).

The PLV format (``shared/gold/SCORING.md``, last section) lists one marked
(source span, target span, label) per row, not every event of a sentence, so
only recall is measured: did some event of the sentence have an accepted root
(root recall), and did that event's actors also overlap the marked spans by a
word (triple recall). Every distinct sentence is coded once, as its own
one-sentence document with no publication date.
"""
from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Sequence

from ..records import Actor, CodedArticle, Event
from .gold import GoldFormatError
from .score import Ratio

PLV_ROOTS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"03"}), "CONSULT": frozenset({"04"}), "SUPPORT": frozenset({"05"}),
    "COOPERATE": frozenset({"06"}), "AID": frozenset({"07"}), "YIELD": frozenset({"08"}),
    "REQUEST": frozenset({"02", "10"}), "ACCUSE": frozenset({"11"}), "REJECT": frozenset({"12"}),
    "THREATEN": frozenset({"13"}), "PROTEST": frozenset({"14"}), "MOBILIZE": frozenset({"15"}),
    "SANCTION": frozenset({"16"}), "COERCE": frozenset({"17"}), "ASSAULT": frozenset({"18", "19", "20"}),
}
SWAPPABLE = frozenset({"AGREE", "CONSULT", "COOPERATE"})
STOP_WORDS = frozenset({"the", "a", "an", "of", "and"})
REQUIRED_COLUMNS = ("sentence", "source", "target", "gold_root")


@dataclass(frozen=True, slots=True)
class PlvRow:
    sentence: str
    source: str
    target: str
    label: str


@dataclass(frozen=True, slots=True)
class PlvMiss:
    label: str
    level: str  # "root" or "triple"
    sentence: str
    source: str
    target: str
    produced: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlvLabelRow:
    label: str
    n: int
    root: int
    triple: int


@dataclass(frozen=True, slots=True)
class PlvResult:
    gold_name: str
    gold_sha256: str
    rows: int
    sentences: int
    rejected: int
    predicted_events: int
    root: Ratio
    triple: Ratio
    labels: tuple[PlvLabelRow, ...]
    confusion: tuple[tuple[str, str, int], ...]  # (label, predicted root or "none", rows)
    misses: tuple[PlvMiss, ...]
    format: str = "plv"

    def figures(self) -> dict[str, float | int | None]:
        return {"root_recall": self.root.rate, "triple_recall": self.triple.rate}

    def to_dict(self, *, errors: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "gold": self.gold_name, "gold_sha256": self.gold_sha256, "format": self.format, "rows": self.rows,
            "sentences": self.sentences, "rejected": self.rejected, "predicted_events": self.predicted_events,
            "figures": self.figures(), "root": self.root.to_dict(), "triple": self.triple.to_dict(),
            "labels": [asdict(x) for x in self.labels],
        }
        if errors:
            d["misses"] = [asdict(m) for m in self.misses]
        return d


def is_plv(raw: bytes) -> bool:
    first = raw.split(b"\n", 1)[0].decode("utf-8", "replace").split("\t")
    return all(c in first for c in REQUIRED_COLUMNS)


def load_plv(path: str | Path) -> tuple[str, list[PlvRow]]:
    """The rows of a PLV file and its sha256; ``GoldFormatError`` when columns or labels are missing."""
    raw = Path(path).read_bytes()
    if not is_plv(raw):
        raise GoldFormatError(f"{path}: not a PLV file (needs columns {', '.join(REQUIRED_COLUMNS)})")
    reader = csv.DictReader(raw.decode("utf-8").splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for i, r in enumerate(reader, start=2):
        label = (r.get("gold_root") or "").strip().upper()
        if label not in PLV_ROOTS:
            raise GoldFormatError(f"{path}:{i}: unknown label {label!r}")
        rows.append(PlvRow(r["sentence"].strip(), r["source"] or "", r["target"] or "", label))
    return hashlib.sha256(raw).hexdigest(), rows


def words(text: str) -> frozenset[str]:
    """Content words of a span or mention, for the 'shares a word' test."""
    out = set()
    for w in re.split(r"[\s,]+", text.lower()):
        w = w.strip(".;:!?\"'()[]")
        if w.endswith("'s") or w.endswith("’s"):
            w = w[:-2]
        if w and w not in STOP_WORDS:
            out.add(w)
    return frozenset(out)


def _shares(actor: Actor | None, span: str) -> bool:
    return actor is not None and bool(words(actor.text) & words(span))


def row_matches(row: PlvRow, ev: Event) -> tuple[bool, bool]:
    """(root ok, triple ok) for one predicted event against one row."""
    if ev.root not in PLV_ROOTS[row.label]:
        return False, False
    direct = _shares(ev.source, row.source) and _shares(ev.target, row.target)
    swapped = row.label in SWAPPABLE and _shares(ev.source, row.target) and _shares(ev.target, row.source)
    return True, direct or swapped


def _describe(ev: Event) -> str:
    def side(a: Actor | None) -> str:
        return "-" if a is None else f"{a.code}[{a.text}]"

    return f"{ev.code} {side(ev.source)}->{side(ev.target)} cue={ev.cue} rule={ev.rule}"


def score_plv(name: str, digest: str, rows: Sequence[PlvRow], coded: dict[str, CodedArticle]) -> PlvResult:
    """Score coded sentences (keyed by sentence text) against the rows."""
    per_label: dict[str, list[int]] = {}
    confusion: dict[tuple[str, str], int] = {}
    misses = []
    root_ok = triple_ok = 0
    for row in rows:
        events = list(coded[row.sentence].events) if row.sentence in coded else []
        results = [row_matches(row, e) for e in events]
        r_ok = any(r for r, _ in results)
        t_ok = any(t for _, t in results)
        root_ok += r_ok
        triple_ok += t_ok
        counts = per_label.setdefault(row.label, [0, 0, 0])
        counts[0] += 1
        counts[1] += r_ok
        counts[2] += t_ok
        roots = {e.root for e in events} or {"none"}
        shown = min(PLV_ROOTS[row.label] & roots, default=None) or min(roots)
        confusion[(row.label, shown)] = confusion.get((row.label, shown), 0) + 1
        if not t_ok:
            misses.append(PlvMiss(row.label, "triple" if r_ok else "root", row.sentence, row.source, row.target,
                                  tuple(_describe(e) for e in events)))
    n = len(rows)
    return PlvResult(
        gold_name=name, gold_sha256=digest, rows=n, sentences=len({r.sentence for r in rows}),
        rejected=sum(1 for c in coded.values() if c.errors),
        predicted_events=sum(len(c.events) for c in coded.values()),
        root=Ratio(root_ok, n), triple=Ratio(triple_ok, n),
        labels=tuple(PlvLabelRow(lab, *c) for lab, c in sorted(per_label.items())),
        confusion=tuple((lab, root, k) for (lab, root), k in sorted(confusion.items())),
        misses=tuple(misses),
    )


def evaluate_plv(path: str | Path, *, config=None, limit: int | None = None, pipeline=None) -> PlvResult:
    """Load, code and score a PLV file: the figures behind ``eventwire eval FILE.tsv``."""
    from ..records import Article

    digest, rows = load_plv(path)
    if limit is not None:
        keep = list(dict.fromkeys(r.sentence for r in rows))[:limit]
        rows = [r for r in rows if r.sentence in set(keep)]
    if pipeline is None:
        from ..config import Config
        from ..pipeline import Pipeline

        pipeline = Pipeline(config or Config())
    sentences = list(dict.fromkeys(r.sentence for r in rows))
    articles = [Article(text=s, id=f"plv:{i}", source=f"{Path(path).name}#{i}") for i, s in enumerate(sentences)]
    coded = {sentences[int(c.article.id.split(":")[1])]: c for c in pipeline.code_many(articles)}
    return score_plv(Path(path).name, digest, rows, coded)
