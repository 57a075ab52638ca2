"""Hand-built gold and predictions for the eval tests (no spaCy needed)."""
from __future__ import annotations

from eventwire.eval.gold import GoldActor, GoldDoc, GoldEvent, GoldFile, norm_role
from eventwire.records import Actor, Article, CodedArticle, Event, EventDate


def actor(code: str, *, country: str | None = "", role: str | None = "", name: str | None = None,
          start: int = -1, end: int = -1, text: str | None = None) -> Actor:
    """``country``/``role`` default to the parts of ``code`` ('' = derive)."""
    c = code[:3] if country == "" else country
    r = (code[3:6] or None) if role == "" else role
    return Actor(text=text or code, code=code, country=c, role=r, name=name, start=start, end=end)


def event(code: str, source: Actor | None, target: Actor | None, sentence: str = "S.", *,
          modality: str = "asserted", start: int = 0, date: str | None = None, cue: str = "verb:x",
          rule: str = "svo") -> Event:
    return Event(
        event_id=f"ev-{code}-{start}", code=code, root=code[:2], name="", quad_class=1, goldstein=0.0,
        plover_type=None, plover_mode=None, plover_context=None, source=source, target=target,
        modality=modality, sentence=sentence, sentence_start=start, sentence_end=start + len(sentence),
        cue=cue, rule=rule, trigger="x", trigger_start=start, trigger_end=start + 1, confidence=1.0,
        date=EventDate(date, "day" if date else None, "text" if date else "none"),
    )


def gold_event(roots: tuple[str, ...], sources: tuple[tuple[str, str | None], ...],
               targets: tuple[tuple[str, str | None], ...] | None, *, anchor: str = "S.", kind: str = "required",
               reciprocal: bool = False, preferred: tuple[str, ...] = (), gid: str = "g", category: str = "CAT",
               date: str | None = None, modality: str | None = None) -> GoldEvent:
    src = tuple(GoldActor(c, norm_role(r)) for c, r in sources)
    tgt = tuple(GoldActor(c, norm_role(r)) for c, r in targets or ())
    return GoldEvent(
        id=gid, sentence_anchor=anchor, roots=frozenset(roots), sources=frozenset(c for c, _ in sources),
        targets=frozenset(c for c, _ in targets) if targets else None, source_roles=src, target_roles=tgt,
        reciprocal=reciprocal, preferred_codes=preferred, date=date, kind=kind, category=category,
        modality=modality,
    )


def doc(*events: GoldEvent, anchored: bool = False, text: str = "S.", did: str = "d") -> GoldDoc:
    return GoldDoc(did, text, None, tuple(events), anchored)


def gold_file(*docs: GoldDoc, fmt: str = "plover", name: str = "g.json", **kw) -> GoldFile:
    from pathlib import Path

    return GoldFile(name, Path(name), "0" * 64, fmt, tuple(docs), **kw)


def coded(*events: Event, text: str = "S.", structure=None, actors=(), quotes=()) -> CodedArticle:
    return CodedArticle(Article(text=text, id="a"), structure, tuple(events), tuple(actors), tuple(quotes))
