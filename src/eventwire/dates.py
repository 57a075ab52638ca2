"""Event dates: time expressions in a sentence, resolved against the publication date.

News reports date events relative to the day they are published ("on Thursday",
"yesterday", "last month"), so every relative expression is resolved against
``pub_date``; a sentence with no usable expression gets the publication date
itself (``basis='pub_date'``), and without a publication date nothing is
guessed (``basis='none'``).

Conventions (we only have day, month and year precision):

- A bare weekday ("on Thursday") is the most recent such day on or before the
  publication date; "last Thursday" is strictly before it; "next Thursday" is
  strictly after it.
- "Tuesday (November 24)": the explicit date wins; when the year is missing the
  weekday picks the year if one of the candidate years agrees with it.
- A day and month without a year take the year that puts the date nearest the
  publication date, with days after publication counting three times
  (``FUTURE_WEIGHT``): "December 30" in a 2 January article is last year's.
- A month without a year ("in March") is the most recent such month not after
  the publication month.
- Weeks have no precision of their own: "last week" / "next week" give the month
  of that week's Thursday (the month holding most of its days), "this week" the
  publication month, all with ``precision='month'``.
- Durations ("for three years"), ages ("65-year-old"), spans opened or closed by
  since/until/for/within/by are not the date of an event and are never used.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from .nlp import children, span_ents, span_text
from .records import EventDate

FUTURE_WEIGHT = 3  # a day after publication is as unlikely as three days before

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

# Month names are matched case-sensitively (capitalised) so "may" the verb and
# "mar" the noun are never months.
_MON = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WD = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)day"
_MONTH_WORD = re.compile(rf"{_MON}\Z")
_WEEKDAY_WORD = re.compile(rf"{_WD}\Z")


def is_month_name(word: str) -> bool:
    """A capitalised month name or abbreviation ("May", "Sept.", not the verb "may")."""
    return _MONTH_WORD.match(word) is not None


def is_weekday_name(word: str) -> bool:
    """A capitalised weekday name ("Sunday")."""
    return _WEEKDAY_WORD.match(word) is not None
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUM = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

# Words that turn a following date into a span bound or a deadline, not an event date.
_BLOCKERS = re.compile(
    r"(?:\b(?:since|until|till|through|throughout|for|within|by|from|before|after|past|next\s+few)\s+(?:the\s+)?"
    r"(?:(?:early|late|mid|end\s+of|beginning\s+of)[\s-]+)?)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in a text, with its resolution (None if unresolvable)."""

    start: int  # character offsets into the scanned text
    end: int
    text: str
    rule: str
    date: EventDate | None
    future: bool = False


Handler = Callable[[re.Match[str], "dt.date | None"], "tuple[EventDate | None, bool] | None"]


def _ed(value: dt.date, precision: str, text: str) -> EventDate:
    if precision == "day":
        iso = value.isoformat()
    elif precision == "month":
        iso = f"{value.year:04d}-{value.month:02d}"
    else:
        iso = f"{value.year:04d}"
    return EventDate(iso, precision, "text", text)  # type: ignore[arg-type]


def _month(word: str) -> int:
    return _MONTHS[word[:3].lower()]


def _weekday(word: str) -> int:
    return _WEEKDAYS[word[:3].lower()]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _pick_year(month: int, day: int, pub: dt.date | None, weekday: int | None) -> dt.date | None:
    """The year for a day-month without one; see the module docstring."""
    if pub is None:
        return None
    options = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _safe_date(y, month, day))]
    if weekday is not None:
        agreeing = [d for d in options if d.weekday() == weekday]
        options = agreeing or options

    def cost(d: dt.date) -> int:
        delta = (d - pub).days
        return delta * FUTURE_WEIGHT if delta > 0 else -delta

    return min(options, key=cost) if options else None


def _shift_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _week_thursday(pub: dt.date, weeks: int) -> dt.date:
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=weeks)
    return monday + dt.timedelta(days=3)


# --- handlers: match + pub_date -> (EventDate | None, is_future) -----------------


def _h_iso(m, pub):
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (_ed(d, "day", m.group()), bool(pub and d > pub)) if d else None


def _h_month_day(m, pub):
    month, day = _month(m["mon"]), _day(m["day"])
    weekday = _weekday(m["wd"]) if m["wd"] else None
    if m["year"]:
        d = _safe_date(int(m["year"]), month, day)
    else:
        if _safe_date(2000, month, day) is None:  # "February 31": not a date
            return None
        d = _pick_year(month, day, pub, weekday)
        if d is None:
            return (None, False)
    if d is None:
        return None
    return (_ed(d, "day", m.group()), bool(pub and d > pub))


def _h_month_year(m, pub):
    d = dt.date(int(m["year"]), _month(m["mon"]), 1)
    return (_ed(d, "month", m.group()), bool(pub and d > pub))


def _h_month(m, pub):
    if pub is None:
        return (None, False)
    month = _month(m["mon"])
    rel = (m["rel"] or "").lower()
    year = pub.year if month <= pub.month else pub.year - 1
    if rel == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif rel == "last" and month >= pub.month:
        year = pub.year - 1
    d = dt.date(year, month, 1)
    return (_ed(d, "month", m.group()), rel == "next")


def _h_year(m, pub):
    d = dt.date(int(m["year"]), 1, 1)
    return (_ed(d, "year", m.group()), bool(pub and d.year > pub.year))


def _h_weekday(m, pub):
    if pub is None:
        return (None, False)
    wd = _weekday(m["wd"])
    rel = (m["rel"] or "").lower()
    back = (pub.weekday() - wd) % 7
    if rel == "next":
        d = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
        return (_ed(d, "day", m.group()), True)
    if rel == "last" and back == 0:
        back = 7
    return (_ed(pub - dt.timedelta(days=back), "day", m.group()), False)


_RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "yesterday": -1, "last night": -1,
    "overnight": 0, "the day before yesterday": -2, "tomorrow": 1,
}


def _h_relative_day(m, pub):
    if pub is None:
        return (None, False)
    # casefold, as the pattern's (?i) does: "yeſterday" (long s) matches it and must match the table
    key = re.sub(r"\s+", " ", m["word"].casefold())
    if key.startswith("yesterday"):
        key = "yesterday"
    offset = _RELATIVE_DAYS.get(key)
    if offset is None:
        return (None, False)
    return (_ed(pub + dt.timedelta(days=offset), "day", m.group()), offset > 0)


def _h_ago(m, pub):
    if pub is None:
        return (None, False)
    n, unit = _number(m["n"]), m["unit"].lower()
    if unit == "day":
        return (_ed(pub - dt.timedelta(days=n), "day", m.group()), False)
    if unit == "week":
        return (_ed(pub - dt.timedelta(weeks=n), "month", m.group()), False)
    if unit == "month":
        return (_ed(_shift_months(pub, -n), "month", m.group()), False)
    return (_ed(dt.date(pub.year - n, 1, 1), "year", m.group()), False)


def _h_period(m, pub):
    if pub is None:
        return (None, False)
    rel, unit = re.sub(r"\s+", " ", m["rel"].lower()), m["unit"].lower()
    step = {"last": -1, "next": 1}.get(rel, 0)
    if unit == "week":
        d = _week_thursday(pub, step) if step else pub
        return (_ed(d, "month", m.group()), step > 0)
    if unit == "month":
        return (_ed(_shift_months(pub, step), "month", m.group()), step > 0)
    return (_ed(dt.date(pub.year + step, 1, 1), "year", m.group()), step > 0)


def _h_ordinal_day(m, pub):
    if pub is None:
        return (None, False)
    day = _day(m["day"])
    d = _safe_date(pub.year, pub.month, day)
    if d is None or d > pub:
        prev = _shift_months(pub, -1)
        d = _safe_date(prev.year, prev.month, day)
    return (_ed(d, "day", m.group()), False) if d else None


_WD_PREFIX = rf"(?:(?P<wd>{_WD}),?\s*\(?\s*)?"
_RULES: tuple[tuple[str, re.Pattern[str], Handler], ...] = (
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"), _h_iso),
    ("month-day", re.compile(
        rf"\b{_WD_PREFIX}(?P<mon>{_MON})\s+(?P<day>{_DAY})\b(?:\s*,?\s*(?P<year>{_YEAR})\b)?\)?"), _h_month_day),
    ("day-month", re.compile(
        rf"\b{_WD_PREFIX}(?:the\s+)?(?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON})(?![a-z])(?:\s*,?\s*(?P<year>{_YEAR})\b)?\)?"),
     _h_month_day),
    ("month-year", re.compile(rf"\b(?P<mon>{_MON})\s+(?:of\s+)?(?P<year>{_YEAR})\b"), _h_month_year),
    ("month", re.compile(
        rf"\b(?i:(?P<rel>in|during|last|this|next|since|until|by)\s+(?:(?:early|late|mid)[\s-]+)?)"
        rf"(?P<mon>{_MON})(?![a-z])(?!\s+\d)"), _h_month),
    ("year", re.compile(
        rf"\b(?i:(?P<rel>in|during|of|since|until|by)\s+(?:(?:early|late|mid)[\s-]+)?)(?P<year>{_YEAR})\b(?!-)"), _h_year),
    ("weekday", re.compile(
        rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<wd>{_WD})"
        rf"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"), _h_weekday),
    ("relative-day", re.compile(
        r"\b(?i:(?P<word>the\s+day\s+before\s+yesterday|yesterday(?:\s+(?:morning|afternoon|evening))?|"
        r"today|tonight|tomorrow|overnight|this\s+(?:morning|afternoon|evening)|last\s+night|"
        r"(?:earlier|later)\s+today))\b"), _h_relative_day),
    ("ago", re.compile(rf"\b(?i:(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+ago)\b"), _h_ago),
    ("period", re.compile(
        r"\b(?i:(?P<rel>last|next|this|earlier\s+this|later\s+this)\s+(?P<unit>week|month|year))\b"), _h_period),
    ("ordinal-day", re.compile(r"\b(?i:on\s+the\s+)(?P<day>[12]\d|3[01]|0?[1-9])(?P<suf>st|nd|rd|th)\b"),
     _h_ordinal_day),
)


# What each rule's pattern cannot match without (a digit, a capitalised month, a literal word):
# a cheap search that lets most sentences skip most rules. Each cue is a necessary condition of
# its rule's pattern under the same flags, so skipping a rule whose cue is absent changes nothing.
_YEAR_CUE = re.compile(_YEAR)
_MONTH_CUE = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


class _Words:
    """Lower-case ASCII words as a cue, case-insensitive like ``(?i:w1|w2|...)``, the slowest kind of cue:
    in an ASCII text, a substring search of its lower case (the same answer: re.I folds ASCII as lower())."""

    def __init__(self, *words: str) -> None:
        self.words, self.pattern = words, re.compile(f"(?i:{'|'.join(words)})")

    def search(self, text: str) -> object:
        if not text.isascii():
            return self.pattern.search(text)
        low = text.lower()
        return True if any(w in low for w in self.words) else None


_RULE_CUES: dict[str, tuple[re.Pattern[str] | _Words, ...]] = {
    "iso": (re.compile(r"\d{4}-\d{2}-\d{2}"),),
    "month-day": (re.compile(r"\d"), _MONTH_CUE),
    "day-month": (re.compile(r"\d"), _MONTH_CUE),
    "month-year": (_YEAR_CUE, _MONTH_CUE),
    "month": (_MONTH_CUE,),
    "year": (_YEAR_CUE,),
    "weekday": (re.compile("day"),),
    "relative-day": (_Words("yesterday", "today", "night", "tomorrow", "morning", "afternoon", "evening"),),
    "ago": (_Words("ago"),),
    "period": (_Words("week", "month", "year"),),
    "ordinal-day": (re.compile(r"\d(?:st|nd|rd|th)"),),
}


def find_expressions(text: str, pub_date: dt.date | None) -> Iterator[TimeExpression]:
    """Yield the time expressions of ``text`` in order, longest match first where they overlap.

    Expressions introduced by since/until/for/within/by/... bound a span or a
    deadline and are skipped: they are not the date of an event.
    """
    found: list[TimeExpression] = []
    present: dict[object, bool] = {}
    for rule, pattern, handler in _RULES:
        if not _has_cues(text, _RULE_CUES.get(rule, ()), present):
            continue
        for m in pattern.finditer(text):
            start, end = m.span()
            if _BLOCKERS.search(text[max(0, start - 40):start]) or _blocked_inside(m):
                continue
            if text[end:end + 9].lower().startswith(("-year", " years old", "-old")):
                continue
            result = handler(m, pub_date)
            if result is None:
                continue
            date, future = result
            found.append(TimeExpression(start, end, m.group(), rule, date, future))
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    last_end = -1
    for expr in found:
        if expr.start >= last_end:
            yield expr
            last_end = expr.end


def _has_cues(text: str, cues: tuple[re.Pattern[str] | _Words, ...], present: dict[object, bool]) -> bool:
    """Whether every cue occurs in ``text`` (each searched at most once per text, remembered in ``present``)."""
    for cue in cues:
        hit = present.get(cue)
        if hit is None:
            hit = present[cue] = cue.search(text) is not None
        if not hit:
            return False
    return True


def _blocked_inside(m: re.Match[str]) -> bool:
    """Rules whose own prefix word is a span bound ("since March", "by 2030")."""
    rel = m.groupdict().get("rel")
    return bool(rel) and rel.lower() in {"since", "until", "by"}


def parse_date_expression(text: str, pub_date: dt.date | None) -> EventDate | None:
    """Parse a whole string as one time expression ("Nov. 24", "last week", "2015-11-24").

    Returns None when ``text`` is not a (point) time expression; an EventDate with
    ``basis='none'`` when it is one but is relative and there is no ``pub_date``.
    Leading "on"/"in"/"at" and trailing punctuation are allowed.
    """
    core = text.strip().rstrip(".,;:")
    if not core:
        return None
    for expr in find_expressions(core, pub_date):
        whole = re.fullmatch(r"(?i:on|at)?\s*", core[:expr.start]) and core[expr.end:].strip(" .,)") == ""
        if not whole:
            break
        return expr.date or EventDate(None, None, "none", expr.text)
    if re.fullmatch(rf"{_MON}|{_YEAR}", core):  # a bare month or year is a date when it is all there is
        date = parse_date_expression("in " + core, pub_date)
        return replace(date, text=core) if date is not None else None
    return None


_PUB_FORMATS = (
    "%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y",
    "%b. %d, %Y", "%B %d %Y", "%d.%m.%Y", "%A, %B %d, %Y", "%a, %d %b %Y",
)


def dateline_date(dateline) -> dt.date | None:
    """A full date (with its year) written in a dateline ("KYIV, Jan. 11, 2025 -"); None otherwise.

    A dateline without a year ("NAIROBI, June 25") gives nothing: guessing the year would
    silently date a story in the wrong year.
    """
    text = getattr(dateline, "date_text", None)
    if not text or not re.search(r"\b(1[89]|20)\d\d\b", text):
        return None
    text = re.sub(r"/((?:1[89]|20)\d\d)\b", r", \1", text)  # "November 02/2022"
    try:
        return parse_pub_date(text)
    except ValueError:
        return None


def with_dateline_date(article, structure):
    """The article dated by its dateline when it has no publication date and the dateline gives one."""
    if article.pub_date is not None or structure is None:
        return article
    when = dateline_date(structure.dateline)
    if when is None:
        return article
    return replace(article, pub_date=when, pub_date_source="dateline")


def parse_pub_date(value: str) -> dt.date:
    """Parse a publication date: ISO date or datetime, RFC 2822, or a common written form.

    Raises ValueError naming the supported forms. Slash dates other than
    YYYY/MM/DD are refused: 03/04/2015 is ambiguous between US and European order.
    """
    text = value.strip()
    if not text:
        raise ValueError("[E020] empty publication date")
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(text)
        if parsed is not None:
            return parsed.date()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _PUB_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(
        f"[E020] cannot read publication date {value!r}: use YYYY-MM-DD (ISO 8601), "
        "an RFC 2822 date ('Fri, 27 Nov 2015 10:00:00 +0000') or '27 November 2015' / 'November 27, 2015'"
    )


# --- sentence level ---------------------------------------------------------------

_TEMPORAL_MARKS = {"after", "before", "since", "until", "till", "following", "once", "when", "while", "as"}


def _clause(tok):
    """The verb heading the clause a token sits in (the sentence root if none)."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def _subordinated_by_time(clause, anchor) -> bool:
    """True if ``clause`` hangs below ``anchor`` through a temporal subordinator ("after X shot ...")."""
    node = clause
    while node.i != anchor.i and node.head.i != node.i:
        if any(c.dep_ in ("mark", "prep", "advmod") and c.lower_ in _TEMPORAL_MARKS for c in children(node)):
            return True
        node = node.head
    return False


def _is_ancestor(a, b) -> bool:
    return any(x.i == a.i for x in b.ancestors)


def _rank(expr_head, trigger) -> int:
    """0: same clause as the trigger; 1: a clause governing it; 2: elsewhere; 3: unusable."""
    ec, tc = _clause(expr_head), _clause(trigger)
    if ec.i == tc.i:
        return 0
    if _is_ancestor(ec, tc):
        return 1
    if _is_ancestor(tc, ec) and _subordinated_by_time(ec, tc):
        return 3  # "X criticized Y after Z shot down W on Tuesday": Tuesday dates the shooting
    return 2


def resolve(
    sent,
    pub_date: dt.date | None,
    *,
    trigger_i: int | None = None,
    fallback: EventDate | None = None,
) -> EventDate:
    """The date of the event triggered at ``trigger_i`` (a Doc token index) in ``sent``.

    Preference: an expression in the trigger's own clause, then one in a clause
    governing it, then the nearest other one; within each, past or present
    expressions before future ones ("next week"), which are only used when
    nothing else is. An expression inside a clause subordinated to
    the trigger by "after"/"before"/... dates that clause, not the trigger, and is
    skipped. Without a usable expression: ``fallback`` if given (e.g. the date the
    article's story is anchored to), else the publication date (basis 'pub_date'),
    else ``EventDate(None, None, 'none')``.
    """
    doc = sent.doc
    trigger = doc[trigger_i] if trigger_i is not None else sent.root
    scored = []
    for expr in _sentence_expressions(sent, pub_date):
        if expr.date is None or expr.date.value is None:
            continue
        span = doc.char_span(sent.start_char + expr.start, sent.start_char + expr.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        rank = _rank(span.root, trigger)
        if rank == 3:
            continue
        distance = min(abs(t.i - trigger.i) for t in span)
        scored.append(((rank, expr.future, distance), expr))
    if scored:
        return min(scored, key=lambda item: item[0])[1].date  # type: ignore[return-value]
    if fallback is not None and fallback.value is not None:
        return fallback
    if pub_date is not None:
        return EventDate(pub_date.isoformat(), "day", "pub_date", None)
    return EventDate(None, None, "none", None)


def _sentence_expressions(sent, pub_date: dt.date | None) -> tuple[TimeExpression, ...]:
    """Regex expressions of the sentence plus any DATE entity that parses as a whole."""
    base = sent.start_char
    ents = tuple((ent.start_char - base, ent.end_char - base, span_text(ent)) for ent in span_ents(sent)
                 if ent.label_ == "DATE")
    return _expressions(span_text(sent), ents, pub_date)


@functools.lru_cache(maxsize=16)
def _expressions(text: str, date_ents: tuple[tuple[int, int, str], ...],
                 pub_date: dt.date | None) -> tuple[TimeExpression, ...]:
    """The expressions of a sentence's text and its DATE entities (start, end, text). Cached for the
    few sentences last seen: every event of a sentence is dated from the same expressions."""
    found = list(find_expressions(text, pub_date))
    out = list(found)
    for start, end, ent_text in date_ents:
        if any(e.start < end and start < e.end for e in found):
            continue
        if _BLOCKERS.search(text[max(0, start - 40):start]):
            continue
        date = parse_date_expression(re.sub(r"^the\s+", "", ent_text, flags=re.IGNORECASE), pub_date)
        if date is not None:
            out.append(TimeExpression(start, end, ent_text, "ent", date,
                                      bool(pub_date and date.value and date.value > pub_date.isoformat())))
    return tuple(out)


def with_pub_precision(date: EventDate, pub_date: dt.date | None, precision: str | None) -> EventDate:
    """An event of an article whose publication date is known only to the year or month: dated by
    the text where the text says when (resolved without the coarse date, so "on Monday" is not
    counted from the period's first day), else by the publication date at its own precision
    ("2015", "2015-11"), never a day."""
    if precision not in ("year", "month") or pub_date is None or date.basis not in ("none", "pub_date"):
        return date
    value = pub_date.isoformat()
    return EventDate(value[:4] if precision == "year" else value[:7], precision, "pub_date", None)
