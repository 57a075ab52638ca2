"""Human-readable views of an :class:`EvalResult`.

Tables are built once as rows, then drawn either with ``rich`` (a terminal)
or as plain aligned text (pipes, files, CI logs), so both show the same facts.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .plv import PlvResult
from .score import PRECISION_NOTE, ErrorItem, EvalResult, PredView


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""


def pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def summary_tables(r: EvalResult, *, by_category: bool = False) -> list[Table]:
    note = PRECISION_NOTE if r.salient_only else ""
    main = Table(
        f"{r.gold_name}: {r.docs} documents, {r.gold_events} gold events, {r.predicted_events} predicted"
        + (f", {r.doc_failures} documents failed" if r.doc_failures else ""),
        ("level", "precision", "recall", "F1", "tp", "fp", "fn", "acceptable"),
        tuple((name, pct(p.precision), pct(p.recall), pct(p.f1), str(p.tp), str(p.fp), str(p.fn), str(p.acceptable))
              for name, p in (("root", r.root), ("triple", r.triple))),
        note,
    )
    rates = [("source role accuracy", r.source_role), ("target role accuracy", r.target_role),
             ("code-exact rate", r.code_exact)]
    if r.dates:
        rates.append(("date accuracy", r.date_accuracy))
    figs = Table("matched triples", ("figure", "value", "correct", "n"),
                 tuple((n, pct(x.rate), str(x.correct), str(x.n)) for n, x in rates))
    tables = [main, figs]
    if r.failure_kinds:
        tables.append(Table("documents that failed to code", ("documents", "error"),
                            tuple((str(n), msg) for msg, n in r.failure_kinds)))
    if r.checks is not None:
        c = r.checks
        rows = [("forbidden violations", str(len(c.violations)))]
        rows += [(f"  {v.kind}", v.message) for v in c.violations]
        rows.append(("quotes found", f"{c.quotes_found}/{len(c.quotes)}"))
        rows += [(f"  {q.status}", f"{q.starts_with!r} speaker={q.got_speaker}") for q in c.quotes if q.status != "ok"]
        rows += [(f"structure: {name}", "ok" if ok else "WRONG") for name, ok in c.structure]
        rows += [(f"date {d.gold_id}", f"expected {d.expected}, got {d.got or 'unmatched'}") for d in r.dates
                 if not d.ok]
        tables.append(Table("article checks", ("check", "result"), tuple(rows)))
    if by_category:
        tables.append(Table("per gold category", ("category", "n", "root recall", "triple recall"),
                            tuple((c.category, str(c.n), pct(c.root_recall), pct(c.triple_recall))
                                  for c in r.categories)))
        cm = r.confusion_matrix()
        roots = sorted({root for row in cm.values() for root in row}, key=lambda x: (x == "none", x))
        tables.append(Table("confusion: gold category x predicted root", ("gold", *roots),
                            tuple((cat, *(str(cm[cat].get(x, "")) for x in roots)) for cat in sorted(cm))))
    return tables


def plv_tables(r: PlvResult, *, by_category: bool = False) -> list[Table]:
    main = Table(
        f"{r.gold_name}: {r.rows} rows, {r.sentences} sentences, {r.rejected} rejected, "
        f"{r.predicted_events} predicted events",
        ("level", "recall", "found", "rows"),
        tuple((name, pct(x.rate), str(x.correct), str(x.n)) for name, x in (("root", r.root), ("triple", r.triple))),
        "one marked pair per row, not every event: precision is not measured",
    )
    tables = [main]
    if by_category:
        tables.append(Table("per gold label", ("label", "n", "root recall", "triple recall"),
                            tuple((x.label, str(x.n), pct(x.root / x.n), pct(x.triple / x.n)) for x in r.labels)))
        cm: dict[str, dict[str, int]] = {}
        for lab, root, n in r.confusion:
            cm.setdefault(lab, {})[root] = n
        roots = sorted({root for row in cm.values() for root in row}, key=lambda x: (x == "none", x))
        tables.append(Table("confusion: gold label x predicted root", ("gold", *roots),
                            tuple((lab, *(str(cm[lab].get(x, "")) for x in roots)) for lab in sorted(cm))))
    return tables


def plv_error_lines(r: PlvResult) -> list[str]:
    out = []
    for m in r.misses:
        out.append(f"MISS {m.level} [{m.label}] {m.source} -> {m.target}")
        out.append(f"  sentence: {m.sentence}")
        out += [f"  we said: {p}" for p in m.produced] or ["  we said: nothing"]
    return out


def _pred(p: PredView) -> str:
    mod = "" if p.modality == "asserted" else f" [{p.modality}]"
    return f"{p.code} {p.source or '-'}->{p.target or '-'}{mod} cue={p.cue} rule={p.rule}"


def error_lines(errors: Sequence[ErrorItem]) -> list[str]:
    out = []
    for e in errors:
        if e.kind == "miss":
            out.append(f"MISS {e.gold_id} [{e.gold_category} roots {','.join(e.gold_roots)}] "
                       f"{e.gold_source} -> {e.gold_target}" + (f"  ({e.note})" if e.note else ""))
            out.append(f"  sentence: {e.sentence}")
            out += [f"  we said: {_pred(p)}" for p in e.produced] or ["  we said: nothing"]
        else:
            p = e.produced[0]
            out.append(f"FP   {_pred(p)}" + (f"  ({e.note}: gold {e.gold_source} -> {e.gold_target})" if e.note else ""))
            out.append(f"  sentence: {p.sentence}")
    return out


def render_plain(tables: Sequence[Table]) -> str:
    out = []
    for t in tables:
        widths = [max(len(str(x)) for x in col) for col in zip(t.header, *t.rows)]
        out.append(t.title)
        for row in (t.header, *t.rows):
            out.append("  " + "  ".join(str(x).ljust(w) for x, w in zip(row, widths)).rstrip())
        if t.note:
            out.append(f"  note: {t.note}")
        out.append("")
    return "\n".join(out)


def print_rich(tables: Sequence[Table]) -> None:
    from rich.console import Console
    from rich.table import Table as RichTable

    console = Console()
    for t in tables:
        rt = RichTable(title=t.title, caption=f"note: {t.note}" if t.note else None, title_justify="left")
        for h in t.header:
            rt.add_column(h)
        for row in t.rows:
            rt.add_row(*row)
        console.print(rt)
