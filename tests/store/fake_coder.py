"""A Pipeline-like coder for store tests: reads events from a tiny line format, no spaCy.

Each line ``EVENT <code> <source> <target> <date> [place=ISO3] [conf=0.8] [recip] [coref] [mod=negated]``
becomes one Event (``-`` for a missing actor or date); a line ``FAIL`` makes the
article fail like the real pipeline does (errors, no raise); ``RAISE`` makes
``code_many`` raise. Importable by module name so spawned workers can build it.
"""
from __future__ import annotations

import datetime as dt
import os
import time
from typing import Iterable, Iterator

from eventwire.records import (
    Actor, Article, CodedArticle, DocError, Event, EventDate, Place, Quote, Segment, Structure, content_id,
)

BARE_ROLES = frozenset({"GOV", "MIL", "COP", "OPP", "REB", "JUD"})
ROOT_NAMES = {"01": "make public statement", "04": "consult", "11": "disapprove", "19": "fight"}
QUAD = {"01": 1, "04": 1, "11": 3, "19": 4}


def actor(code: str, start: int = -1, rule: str = "country") -> Actor | None:
    """``USAGOV``: country USA, role GOV; a bare role ``GOV``: no country, as the real coder leaves it."""
    if code == "-":
        return None
    if code[:3] in BARE_ROLES:
        return Actor(text=code.lower(), code=code, country=None, role=code[:3], name=None,
                     start=start, end=start + len(code), rule=rule)
    return Actor(text=code.lower(), code=code, country=code[:3], role=code[3:] or None, name=None,
                 start=start, end=start + len(code), rule=rule)


def event_from_line(article: Article, line: str, start: int) -> Event:
    parts = line.split()
    code, src, tgt, date = parts[1:5]
    opts = dict(p.split("=", 1) for p in parts[5:] if "=" in p)
    flags = {p for p in parts[5:] if "=" not in p}
    rule = "coref:surname" if "coref" in flags else "country"
    if date == "-":
        edate = EventDate(None, None, "none")
    else:
        precision = {3: "day", 2: "month", 1: "year"}[len(date.split("-"))]
        edate = EventDate(date, precision, "pub_date" if "pubdate" in flags else "text", date)
    place = None
    if "place" in opts:
        place = Place(name=f"Place of {opts['place']}", country=opts["place"], lat=1.5, lon=2.5, feature="city")
    root = code[:2]
    return Event(
        event_id=content_id(article.id, start, line, prefix="ev_"), code=code, root=root,
        name=ROOT_NAMES.get(root, "other"), quad_class=QUAD.get(root, 1), goldstein=1.0 if QUAD.get(root, 1) < 3 else -5.0,
        plover_type="CONSULT" if root == "04" else None, plover_mode=None, plover_context=None,
        source=actor(src, start + 6, rule), target=actor(tgt, start + 13), modality=opts.get("mod", "asserted"),
        sentence=line, sentence_start=start, sentence_end=start + len(line), cue="verb:test", rule="svo",
        trigger=code, trigger_start=start, trigger_end=start + 5, confidence=float(opts.get("conf", 0.5)),
        date=edate, place=place, quote_id=None, reciprocal="recip" in flags,
    )


def code_one(article: Article) -> CodedArticle:
    article = article.with_id()
    lines, events, pos = [], [], 0
    for line in article.text.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    if any(line.strip() == "FAIL" for line, _ in lines):
        return CodedArticle(article, None, errors=(DocError("E006", "not_article", "fake failure", "check"),))
    segs = tuple(Segment("body", line, p, p + len(line)) for line, p in lines if line.strip())
    structure = Structure(article.title, None, None, (), (), segs)
    for line, p in lines:
        if line.startswith("EVENT "):
            events.append(event_from_line(article, line, p))
    actors = tuple(a for e in events for a in (e.source, e.target) if a is not None)
    quotes = ()
    if events:
        quotes = (Quote(content_id(article.id, "q", prefix="q_"), "We met.", 0, 7, events[0].source, "someone", "said"),)
    return CodedArticle(article, structure, tuple(events), actors, quotes)


class FakeCoder:
    """Counts how many articles it coded, to check that stored ids are skipped before coding."""

    def __init__(self, config=None, delay: float = 0.0) -> None:
        self.config = config
        self.delay = delay
        self.coded = 0

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        flaky = set(filter(None, os.environ.get("FAKE_FLAKY", "").split(",")))  # sources that raise this time
        crash = set(filter(None, os.environ.get("FAKE_CRASH", "").split(",")))  # sources that kill the process
        for a in articles:
            if a.source in crash:
                os._exit(3)
            if "RAISE" in a.text or a.source in flaky:
                raise RuntimeError("fake coder blew up")
            if self.delay:
                time.sleep(self.delay)
            self.coded += 1
            yield code_one(a)


def make(config) -> FakeCoder:
    """Factory for worker processes (``fake_coder:make``)."""
    return FakeCoder(config, delay=float(os.environ.get("FAKE_CODER_DELAY", "0")))


def make_article(i: int, *events: str, outlet: str | None = "outlet-a", pub: str = "2024-03-05",
                 url: str | None = None, extra: str = "") -> Article:
    text = f"Article number {i}. {extra}\n" + "\n".join(f"EVENT {e}" for e in events)
    return Article(text=text, outlet=outlet, pub_date=dt.date.fromisoformat(pub), url=url,
                   source=f"mem://{i}", title=f"Headline {i}").with_id()


def corpus(n: int, seed_outlets: int = 3) -> list[Article]:
    """A varied synthetic corpus: meetings and clashes among a few dyads over some days."""
    dyads = ["USAGOV CHNGOV", "RUSGOV UKRGOV", "FRAGOV DEUGOV", "SDNMIL SDNREB"]
    codes = ["043 {d} recip", "112 {d}", "190 {d}", "010 {d}"]
    out = []
    for i in range(n):
        dyad = dyads[i % len(dyads)]
        day = 1 + (i * 7) % 20
        code = codes[(i // 3) % len(codes)]
        ev = code.format(d=f"{dyad} 2024-03-{day:02d}")
        if i % 5 == 0:  # swap the dyad of reciprocal events now and then
            a, b = dyad.split()
            ev = code.format(d=f"{b} {a} 2024-03-{day:02d}")
        evs = [ev + f" conf=0.{(i % 9) + 1}"]
        if i % 4 == 0:
            evs.append(f"111 {dyad} 2024-03-{day:02d} place=CHE")
        out.append(make_article(i, *evs, outlet=f"outlet-{i % seed_outlets}", pub=f"2024-03-{min(day + 1, 28):02d}"))
    return out
