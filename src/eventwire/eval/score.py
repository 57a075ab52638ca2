"""Scoring coded events against gold, exactly as ``shared/gold/SCORING.md`` says.

A predicted event matches a gold event when (1) *where*: its evidence sentence
contains the gold anchor (PLOVER records: it was coded from the record), (2)
*what*: its CAMEO root is one the gold accepts, (3) *who*: its source/target
countries are gold ones (swapped allowed where the gold is reciprocal).
Root-level matching uses 1-2, triple-level 1-3; each is a separate greedy,
best-first, one-to-one matching per document. "Best" orders candidate pairs by:
triple match before root-only, required gold before acceptable, preferred code
before other codes, then earlier gold event, then earlier prediction, so the
result never depends on dict or set order.

Roles, code-exact and dates are scored on triple-matched *required* gold
events only; a role is scored only where the gold gives one (a PLOVER actor
without ``sector``, ``***``, or a seed ``role: null`` is not scored), and the
role compared is the one of the gold actor whose country we matched (compound
actors list several). Categories are PLOVER names for PLOVER records and the
accepted roots (``18/19``) for the article format.

Undefined ratios are ``None`` ("n/a"), never 0 or 1: precision with nothing
predicted, recall with no gold, role accuracy with no scorable role. F1 is
``2tp / (2tp + fp + fn)``, which equals the harmonic mean of P and R when both
exist, is 0 when nothing matched, and is None only with no gold and no output.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any, Iterable, Literal, Sequence

from ..records import Actor, CodedArticle, Event
from .gold import GoldDoc, GoldEvent, GoldFile, norm_country, norm_role

Level = Literal["root", "triple"]
GENERIC_CODES = ("IGO", "IMG", "NGO")
_QUOTE_CHARS = "\"'“”‘’«» \t\n"


# --- small figures -----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Prf:
    """Counts for one matching level. ``acceptable``: predictions matching an
    acceptable gold entry, which count neither for nor against precision."""

    tp: int
    fp: int
    fn: int
    acceptable: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        d = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / d if d else None

    def __add__(self, other: "Prf") -> "Prf":
        return Prf(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.acceptable + other.acceptable)

    def to_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1, **asdict(self)}


@dataclass(frozen=True, slots=True)
class Ratio:
    correct: int
    n: int

    @property
    def rate(self) -> float | None:
        return self.correct / self.n if self.n else None

    def __add__(self, other: "Ratio") -> "Ratio":
        return Ratio(self.correct + other.correct, self.n + other.n)

    def to_dict(self) -> dict[str, Any]:
        return {"rate": self.rate, "correct": self.correct, "n": self.n}


@dataclass(frozen=True, slots=True)
class CategoryRow:
    category: str
    n: int
    root_tp: int
    triple_tp: int

    @property
    def root_recall(self) -> float | None:
        return self.root_tp / self.n if self.n else None

    @property
    def triple_recall(self) -> float | None:
        return self.triple_tp / self.n if self.n else None

    def to_dict(self) -> dict[str, Any]:
        return {"category": self.category, "n": self.n, "root_recall": self.root_recall,
                "triple_recall": self.triple_recall, "root_tp": self.root_tp, "triple_tp": self.triple_tp}


@dataclass(frozen=True, slots=True)
class PredView:
    """What we produced, as shown in error listings."""

    code: str
    source: str | None
    target: str | None
    cue: str
    rule: str
    modality: str
    sentence: str

    @classmethod
    def of(cls, ev: Event) -> "PredView":
        return cls(ev.code, ev.source.code if ev.source else None, ev.target.code if ev.target else None,
                   ev.cue, ev.rule, ev.modality, ev.sentence)


@dataclass(frozen=True, slots=True)
class ErrorItem:
    """A miss (gold required event without a triple match) or a false positive.

    For misses ``produced`` lists every event we coded in that sentence; for
    false positives it holds the one event and ``gold_*`` the gold event it
    matched at root level only (if any)."""

    kind: Literal["miss", "fp"]
    doc_id: str
    sentence: str
    gold_id: str | None
    gold_category: str | None
    gold_roots: tuple[str, ...]
    gold_source: str | None
    gold_target: str | None
    produced: tuple[PredView, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class Violation:
    kind: Literal["caption", "duplicate", "self", "modality"]
    message: str


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    starts_with: str
    status: Literal["ok", "wrong-speaker", "missing"]
    got_speaker: str | None = None


@dataclass(frozen=True, slots=True)
class DateCheck:
    gold_id: str
    expected: str
    got: str | None  # None: the event was not matched (triple level)

    @property
    def ok(self) -> bool:
        return self.got == self.expected


@dataclass(frozen=True, slots=True)
class ArticleChecks:
    """Extra checks of the article format (the seed)."""

    violations: tuple[Violation, ...]
    quotes: tuple[QuoteCheck, ...]
    structure: tuple[tuple[str, bool], ...]

    @property
    def quotes_found(self) -> int:
        return sum(q.status == "ok" for q in self.quotes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "forbidden_violations": [asdict(v) for v in self.violations],
            "quotes_found": self.quotes_found,
            "quotes_total": len(self.quotes),
            "quotes": [asdict(q) for q in self.quotes],
            "structure": dict(self.structure),
        }


@dataclass(frozen=True, slots=True)
class EvalResult:
    gold_name: str
    gold_sha256: str
    format: str
    docs: int
    gold_events: int
    predicted_events: int
    salient_only: bool
    root: Prf
    triple: Prf
    source_role: Ratio
    target_role: Ratio
    code_exact: Ratio
    categories: tuple[CategoryRow, ...]
    confusion: tuple[tuple[str, str, int], ...]  # (gold category, predicted root or "none", count)
    dates: tuple[DateCheck, ...]
    errors: tuple[ErrorItem, ...]
    doc_failures: int
    checks: ArticleChecks | None = None
    failure_kinds: tuple[tuple[str, int], ...] = ()  # "[E0xx] kind: message" -> documents

    @property
    def date_accuracy(self) -> Ratio:
        return Ratio(sum(d.ok for d in self.dates), len(self.dates))

    def figures(self) -> dict[str, float | int | None]:
        """Flat headline figures: what the quality gate compares with floors."""
        out: dict[str, float | int | None] = {
            "root_precision": self.root.precision,
            "root_recall": self.root.recall,
            "root_f1": self.root.f1,
            "triple_precision": self.triple.precision,
            "triple_recall": self.triple.recall,
            "triple_f1": self.triple.f1,
            "source_role_accuracy": self.source_role.rate,
            "target_role_accuracy": self.target_role.rate,
            "code_exact": self.code_exact.rate,
        }
        if self.dates:
            out["date_accuracy"] = self.date_accuracy.rate
        if self.checks is not None:
            out["required_recall"] = self.triple.recall
            out["forbidden_violations"] = len(self.checks.violations)
            out["quotes_found"] = self.checks.quotes_found
            out["quotes_total"] = len(self.checks.quotes)
            out["structure_ok"] = sum(ok for _, ok in self.checks.structure)
        return out

    def confusion_matrix(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for cat, root, n in self.confusion:
            out.setdefault(cat, {})[root] = n
        return out

    def to_dict(self, *, errors: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "gold": self.gold_name,
            "gold_sha256": self.gold_sha256,
            "format": self.format,
            "docs": self.docs,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "doc_failures": self.doc_failures,
            "failure_kinds": dict(self.failure_kinds),
            "figures": self.figures(),
            "root": self.root.to_dict(),
            "triple": self.triple.to_dict(),
            "source_role_accuracy": self.source_role.to_dict(),
            "target_role_accuracy": self.target_role.to_dict(),
            "code_exact": self.code_exact.to_dict(),
            "date_accuracy": self.date_accuracy.to_dict(),
            "dates": [asdict(x) for x in self.dates],
            "categories": [c.to_dict() for c in self.categories],
            "confusion": self.confusion_matrix(),
        }
        if self.salient_only:
            d["precision_note"] = PRECISION_NOTE
        if self.checks is not None:
            d["checks"] = self.checks.to_dict()
        if errors:
            d["errors"] = [asdict(e) for e in self.errors]
        return d


PRECISION_NOTE = "gold lists the most salient events only: precision is a lower bound"


# --- matching one pair ---------------------------------------------------------

def norm_text(s: str) -> str:
    """Case- and whitespace-insensitive text with straight quotes, for anchors."""
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s).strip().casefold()


def actor_countries(actor: Actor | None) -> frozenset[str]:
    """Countries an actor stands for: ``Actor.country`` and the first three
    letters of ``Actor.code`` (which gives IGO/IMG/NGO for generic codes such as
    ``IGOUNO``), after alias mapping."""
    if actor is None:
        return frozenset()
    out = {norm_country(actor.country)}
    code = (actor.code or "").strip().upper()
    if len(code) >= 3:
        out.add(norm_country(code[:3]))
    country = (actor.country or "").strip().upper()
    out.update(g for g in GENERIC_CODES if country.startswith(g))
    return frozenset(c for c in out if c)


def _side_ok(actor: Actor | None, gold: frozenset[str] | None) -> bool:
    if not gold:  # no gold actor on this side: not checked
        return True
    return bool(actor_countries(actor) & gold)


def where_ok(ev: Event, g: GoldEvent, anchored: bool) -> bool:
    return not anchored or norm_text(g.sentence_anchor) in norm_text(ev.sentence)


def what_ok(ev: Event, g: GoldEvent) -> bool:
    root = (ev.root or ev.code[:2]).zfill(2)
    return root in g.roots and (g.modality is None or ev.modality == g.modality)


def who(ev: Event, g: GoldEvent) -> Literal["direct", "swapped"] | None:
    """How the predicted pair fits the gold pair, if it does."""
    if _side_ok(ev.source, g.sources) and _side_ok(ev.target, g.targets):
        return "direct"
    if g.reciprocal and _side_ok(ev.target, g.sources) and _side_ok(ev.source, g.targets):
        return "swapped"
    return None


def code_exact(ev: Event, g: GoldEvent) -> bool:
    return ev.code in g.preferred_codes


# --- matching one document ---------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DocMatch:
    """Matching of one document: gold index -> prediction index, per level."""

    doc: GoldDoc
    events: tuple[Event, ...]
    root: dict[int, int]
    triple: dict[int, int]

    def level(self, level: Level) -> dict[int, int]:
        return self.root if level == "root" else self.triple

    def counts(self, level: Level) -> Prf:
        pairs = self.level(level)
        gold = self.doc.events
        tp = sum(1 for gi in pairs if gold[gi].kind == "required")
        acc = len(pairs) - tp
        fn = sum(1 for gi, g in enumerate(gold) if g.kind == "required" and gi not in pairs)
        return Prf(tp=tp, fp=len(self.events) - tp - acc, fn=fn, acceptable=acc)


def match_doc(doc: GoldDoc, events: Sequence[Event]) -> DocMatch:
    events = tuple(events)
    cands: list[tuple[tuple[int, int, int, int, int], int, int, bool]] = []
    for gi, g in enumerate(doc.events):
        for pi, ev in enumerate(events):
            if not (where_ok(ev, g, doc.anchored) and what_ok(ev, g)):
                continue
            triple = who(ev, g) is not None
            key = (0 if triple else 1, 0 if g.kind == "required" else 1, 0 if code_exact(ev, g) else 1, gi, pi)
            cands.append((key, gi, pi, triple))
    cands.sort()
    return DocMatch(doc, events, _greedy(cands, triple_only=False), _greedy(cands, triple_only=True))


def _greedy(cands: Iterable[tuple[Any, int, int, bool]], *, triple_only: bool) -> dict[int, int]:
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi, triple in cands:
        if (triple_only and not triple) or gi in pairs or pi in used:
            continue
        pairs[gi] = pi
        used.add(pi)
    return pairs


# --- figures over matched pairs -------------------------------------------------------

def _role_check(ev: Event, g: GoldEvent, side: Literal["source", "target"]) -> bool | None:
    """Right role on one side of a matched triple; None where not scorable."""
    how = who(ev, g)
    swapped = how == "swapped"
    pred = (ev.target if swapped else ev.source) if side == "source" else (ev.source if swapped else ev.target)
    gold_countries = g.sources if side == "source" else g.targets
    if pred is None or not gold_countries:
        return None
    roles: set[str] = set()
    for c in actor_countries(pred) & gold_countries:
        roles |= g.roles_for(side, c)
    if not roles:
        return None
    return norm_role(pred.role) in roles


def _doc_figures(m: DocMatch) -> tuple[Ratio, Ratio, Ratio, list[DateCheck]]:
    src = tgt = exact = Ratio(0, 0)
    dates: list[DateCheck] = []
    for gi, g in enumerate(m.doc.events):
        if g.kind != "required":
            continue
        pi = m.triple.get(gi)
        if g.date:
            got = m.events[pi].date.value if pi is not None and m.events[pi].date else None
            dates.append(DateCheck(g.id, g.date, got))
        if pi is None:
            continue
        ev = m.events[pi]
        for side in ("source", "target"):
            ok = _role_check(ev, g, side)
            if ok is not None:
                r = Ratio(int(ok), 1)
                if side == "source":
                    src += r
                else:
                    tgt += r
        if g.preferred_codes:
            exact += Ratio(int(code_exact(ev, g)), 1)
    return src, tgt, exact, dates


def _in_sentence(m: DocMatch, g: GoldEvent) -> list[Event]:
    return [ev for ev in m.events if where_ok(ev, g, m.doc.anchored)]


def _errors(m: DocMatch) -> list[ErrorItem]:
    out: list[ErrorItem] = []
    gold = m.doc.events
    for gi, g in enumerate(gold):
        if g.kind == "required" and gi not in m.triple:
            note = "root matched, wrong actors" if gi in m.root else ""
            out.append(ErrorItem("miss", m.doc.id, g.sentence_anchor, g.id, g.category, tuple(sorted(g.roots)),
                                 g.describe_actors("source"), g.describe_actors("target"),
                                 tuple(PredView.of(ev) for ev in _in_sentence(m, g)), note))
    used = set(m.triple.values())
    root_by_pred = {pi: gi for gi, pi in m.root.items()}
    for pi, ev in enumerate(m.events):
        if pi in used:
            continue
        gi = root_by_pred.get(pi)
        g = gold[gi] if gi is not None else None
        note = "" if g is None else f"root matches {g.kind} gold {g.id}, actors do not"
        out.append(ErrorItem("fp", m.doc.id, ev.sentence, g.id if g else None, g.category if g else None,
                             tuple(sorted(g.roots)) if g else (), g.describe_actors("source") if g else None,
                             g.describe_actors("target") if g else None, (PredView.of(ev),), note))
    return out


# --- article checks (seed) ------------------------------------------------------------------

def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    if not needle:
        return []
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return start >= 0 and any(start < e and s < end for s, e in spans)


def check_forbidden(coded: CodedArticle, gold: GoldFile) -> tuple[Violation, ...]:
    """The seed's ``forbidden`` list as checks: nothing from captions or credit
    lines (located both by our own structure and by the gold caption texts),
    no duplicate events, no source == target, and no event in a modality the
    gold refuses (an asserted version of an "alleged only" gold event)."""
    text = coded.article.text
    spans: list[tuple[int, int]] = []
    credits: set[str] = set()
    if coded.structure is not None:
        spans += [(s.start, s.end) for s in coded.structure.segments if s.kind in ("caption", "credit")]
        spans += [(c.start, c.end) for c in coded.structure.captions]
    if gold.structure is not None:
        for cap in gold.structure.captions:
            spans += _occurrences(text, cap.text)
            if cap.credit:
                spans += _occurrences(text, cap.credit)
                credits.add(cap.credit.casefold())
    out: list[Violation] = []
    for ev in coded.events:
        if _overlaps(ev.sentence_start, ev.sentence_end, spans):
            out.append(Violation("caption", f"event {ev.code} {_pair(ev)} coded from a caption/credit: {ev.sentence!r}"))
    actors = list(coded.actors) + [a for ev in coded.events for a in (ev.source, ev.target) if a is not None]
    seen: set[tuple[str, int, int]] = set()
    for a in actors:
        if (a.code, a.start, a.end) in seen:
            continue
        seen.add((a.code, a.start, a.end))
        if _overlaps(a.start, a.end, spans) or a.text.strip().casefold() in credits:
            out.append(Violation("caption", f"actor {a.code} {a.text!r} at {a.start} taken from a caption/credit"))
    for q in coded.quotes:
        if _overlaps(q.start, q.end, spans):
            out.append(Violation("caption", f"quote {q.text[:40]!r} taken from a caption/credit"))
    keys = Counter((ev.code, _code(ev.source), _code(ev.target), norm_text(ev.sentence)) for ev in coded.events)
    for (code, s, t, sent), n in sorted(keys.items()):
        if n > 1:
            out.append(Violation("duplicate", f"event {code} {s}->{t} coded {n} times from {sent[:60]!r}"))
    for ev in coded.events:
        if ev.source is not None and ev.target is not None and ev.source.key == ev.target.key:
            out.append(Violation("self", f"event {ev.code} has the same source and target {ev.source.key}"))
    for g in gold.events:
        if g.modality is None:
            continue
        for ev in coded.events:
            if ev.modality != g.modality and _refused_modality(ev, g):
                out.append(Violation("modality", f"{ev.modality} event {ev.code} {_pair(ev)} that gold {g.id} "
                                                 f"accepts only as {g.modality}: {ev.sentence[:60]!r}"))
    return tuple(out)


def _refused_modality(ev: Event, g: GoldEvent) -> bool:
    if (ev.root or ev.code[:2]) not in g.roots or not _side_ok(ev.source, g.sources):
        return False
    target_roles = {a.role for a in g.target_roles if a.role}
    if target_roles:
        return ev.target is not None and norm_role(ev.target.role) in target_roles
    return _side_ok(ev.target, g.targets)


def _code(a: Actor | None) -> str:
    return a.code if a is not None else "-"


def _pair(ev: Event) -> str:
    return f"{_code(ev.source)}->{_code(ev.target)}"


def check_quotes(coded: CodedArticle, gold: GoldFile) -> tuple[QuoteCheck, ...]:
    out = []
    for gq in gold.quotes:
        start = norm_text(gq.starts_with)
        hits = [q for q in coded.quotes if norm_text(q.text.lstrip(_QUOTE_CHARS)).startswith(start)]
        ok = [q for q in hits if _speaker_ok(q.speaker, q.speaker_text, gq.speaker, gq.speaker_actor)]
        if ok:
            out.append(QuoteCheck(gq.starts_with, "ok", _speaker_desc(ok[0].speaker, ok[0].speaker_text)))
        elif hits:
            out.append(QuoteCheck(gq.starts_with, "wrong-speaker", _speaker_desc(hits[0].speaker, hits[0].speaker_text)))
        else:
            out.append(QuoteCheck(gq.starts_with, "missing"))
    return tuple(out)


def _speaker_ok(sp: Actor | None, sp_text: str | None, name: str, code: str) -> bool:
    """The speaker the gold names, however the text printed them: the gold may copy any of the article's
    printings ("Mr Harris", "Taoiseach Simon Harris"), so the name or its last word (the surname) is
    the same as ours, and the actor code agrees."""
    if sp is None:
        return False
    names = {norm_text(x) for x in (sp.name, sp_text) if x}
    wanted = norm_text(name)
    surname = wanted.split()[-1:] if wanted else []
    same = wanted in names or bool(surname) and any(n.split()[-1:] == surname for n in names if n)
    return same and (not code or same_actor_code(sp.code, code))


def same_actor_code(predicted: str, gold: str) -> bool:
    """Whether two full actor codes name the same actor. The CAMEO codebook writes an organisation of
    states without the region Phoenix puts before it: the European Union is IGOEEC in the one and
    IGOEUREEC in the other (IGO + region + organisation)."""
    a, b = predicted.upper(), gold.upper()
    if a == b:
        return True
    return a.startswith("IGO") and b.startswith("IGO") and len(a) == len(b) + 3 and a[:3] + a[6:] == b


def _speaker_desc(sp: Actor | None, sp_text: str | None) -> str | None:
    if sp is None:
        return sp_text
    return f"{sp.name or sp.text} ({sp.code})"


def check_structure(coded: CodedArticle, gold: GoldFile) -> tuple[tuple[str, bool], ...]:
    gs, st = gold.structure, coded.structure
    if gs is None:
        return ()
    if st is None:
        return tuple((name, False) for name in ("headline", "subheadline", "captions", "body_start"))
    same = lambda a, b: a is None or (b is not None and norm_text(a) == norm_text(b))  # noqa: E731
    caps_ok = len(st.captions) == len(gs.captions) and all(
        sum(norm_text(c.text) == norm_text(g.text) for c in st.captions) == 1
        and all(g.credit is None or (c.credit and g.credit.casefold() in c.credit.casefold())
                for c in st.captions if norm_text(c.text) == norm_text(g.text))
        for g in gs.captions
    )
    body = st.body_start
    body_ok = gs.body_starts_with is None or (
        body is not None and norm_text(coded.article.text[body:]).startswith(norm_text(gs.body_starts_with))
    )
    return (("headline", same(gs.headline, st.headline)), ("subheadline", same(gs.subheadline, st.subheadline)),
            ("captions", caps_ok), ("body_start", body_ok))


# --- whole file -------------------------------------------------------------------------------

def score(gold: GoldFile, coded: Sequence[CodedArticle]) -> EvalResult:
    """Score coded articles, given in the order of ``gold.docs``."""
    if len(coded) != len(gold.docs):
        raise ValueError(f"[E071] {len(coded)} coded articles for {len(gold.docs)} gold documents")
    root = triple = Prf(0, 0, 0)
    src = tgt = exact = Ratio(0, 0)
    dates: list[DateCheck] = []
    errors: list[ErrorItem] = []
    cats: dict[str, list[int]] = {}
    confusion: Counter[tuple[str, str]] = Counter()
    for doc, ca in zip(gold.docs, coded):
        m = match_doc(doc, ca.events)
        root += m.counts("root")
        triple += m.counts("triple")
        s, t, x, d = _doc_figures(m)
        src, tgt, exact = src + s, tgt + t, exact + x
        dates += d
        errors += _errors(m)
        for gi, g in enumerate(doc.events):
            if g.kind != "required":
                continue
            row = cats.setdefault(g.category, [0, 0, 0])
            row[0] += 1
            row[1] += gi in m.root
            row[2] += gi in m.triple
            roots = sorted({(ev.root or ev.code[:2]) for ev in _in_sentence(m, g)}) or ["none"]
            for r in roots:
                confusion[(g.category, r)] += 1
    checks = None
    if gold.format == "article":
        ca = coded[0]
        checks = ArticleChecks(check_forbidden(ca, gold), check_quotes(ca, gold), check_structure(ca, gold))
    return EvalResult(
        gold_name=gold.name,
        gold_sha256=gold.sha256,
        format=gold.format,
        docs=len(gold.docs),
        gold_events=sum(1 for e in gold.events if e.kind == "required"),
        predicted_events=sum(len(c.events) for c in coded),
        salient_only=gold.salient_only,
        root=root,
        triple=triple,
        source_role=src,
        target_role=tgt,
        code_exact=exact,
        categories=tuple(CategoryRow(c, *v) for c, v in sorted(cats.items())),
        confusion=tuple((c, r, n) for (c, r), n in sorted(confusion.items())),
        dates=tuple(dates),
        errors=tuple(errors),
        doc_failures=sum(1 for c in coded if c.errors),
        checks=checks,
        failure_kinds=tuple(sorted(Counter(f"[{e.code}] {e.kind}: {e.message}"[:160] for c in coded
                                           for e in c.errors).items())),
    )
