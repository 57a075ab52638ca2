#!/usr/bin/env python3
"""Accuracy of the actor coder on the human-coded actors of the PLOVER gold records.

For every gold source/target actor: parse the record's sentence, find the
actor text in it (exact, then case-insensitive), take the syntactic head of
that span (climbing compound/amod/flat/nmod links to the head of the noun
phrase the span sits in, as the pipeline would) and code it with
``ActorCoder.code_np``. Reports country accuracy
(gold aliases JAP/ITL/VTN mapped; any IGO/IMG/NGO-coded organisation counts
for a generic IGO/IMG/NGO/ISM gold code), role accuracy on the first three
letters where the gold role is not ``***``, the share coded None, and every
mismatch. It measures the coder alone, not event extraction.

Usage: PYTHONPATH=src python scripts/actor_accuracy.py [--gold FILE] [--quiet]
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "plover_gsr_dev.json"
ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
GENERIC = frozenset({"IGO", "IMG", "NGO", "ISM"})


@dataclass(frozen=True, slots=True)
class Scored:
    rid: str
    text: str
    gold_country: str
    gold_role: str | None
    code: str | None
    country_ok: bool
    role_ok: bool | None  # None: gold role unknown


def gold_actors(records: list[dict]):
    """(record, actor dict) for every actor with a gold code; skips the DOCUMENT record."""
    for rec in records:
        if rec.get("event") == "DOCUMENT":
            continue
        for side in ("source", "target"):
            actors = rec.get(side) or []
            for a in actors if isinstance(actors, list) else []:
                if a.get("actorText") and a.get("code"):
                    yield rec, a


def find_span(doc, phrase: str):
    """The doc span of ``phrase``: exact characters first, then case-insensitive; None if absent."""
    i = doc.text.find(phrase)
    if i < 0:
        i = doc.text.lower().find(phrase.lower())
    if i < 0:
        return None
    return doc.char_span(i, i + len(phrase), alignment_mode="expand")


def phrase_head(tok):
    """The head of the noun phrase a gold span sits in: "Panamanian army" inside "Panamanian army
    officers" is coded as the pipeline codes it, from "officers" (compound/amod/flat climbed)."""
    while tok.dep_ in ("compound", "amod", "flat", "nmod") and tok.head is not tok and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


def country_matches(actor, gold: str) -> bool:
    gold = ALIASES.get(gold.upper(), gold.upper())
    if actor is None:
        return False
    if gold in GENERIC:
        return actor.code[:3] in GENERIC or actor.country in GENERIC
    return actor.country == gold


def score(records: list[dict]) -> list[Scored]:
    from eventwire import nlp as nlp_mod
    from eventwire.actors import ActorCoder

    nlp = nlp_mod.load()
    coder = ActorCoder()
    docs: dict[str, object] = {}
    out: list[Scored] = []
    for rec, a in gold_actors(records):
        doc = docs.get(rec["id"])
        if doc is None:
            doc = docs[rec["id"]] = nlp(rec["text"])
        span = find_span(doc, a["actorText"].strip())
        actor = coder.code_np(phrase_head(span.root), when=None) if span is not None else None
        sector = (a.get("sector") or "").strip()
        gold_role = sector[:3].upper() if sector and not sector.startswith("*") else None
        role_ok = None if gold_role is None else (actor is not None and (actor.role or "")[:3] == gold_role)
        out.append(Scored(rec["id"], a["actorText"], a["code"], gold_role, actor.code if actor else None,
                          country_matches(actor, a["code"]), role_ok))
    return out


def report(rows: list[Scored], quiet: bool) -> None:
    n = len(rows)
    roles = [r for r in rows if r.role_ok is not None]
    country_acc = sum(r.country_ok for r in rows) / n
    role_acc = sum(bool(r.role_ok) for r in roles) / len(roles) if roles else 0.0
    none_share = sum(r.code is None for r in rows) / n
    if not quiet:
        for r in rows:
            if not r.country_ok or r.role_ok is False:
                flag = ("C" if not r.country_ok else "-") + ("R" if r.role_ok is False else "-")
                gold = r.gold_country + (r.gold_role or "")
                print(f"{flag} {r.rid:28} {r.text[:50]!r:54} gold={gold:9} got={r.code}")
    print(f"actors={n} country_acc={country_acc:.3f} role_acc={role_acc:.3f} (n={len(roles)}) "
          f"none_share={none_share:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--quiet", action="store_true", help="print only the figures")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"[E301] gold file not found: {args.gold}", file=sys.stderr)
        return 2
    report(score(json.loads(args.gold.read_text(encoding="utf-8"))), args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
