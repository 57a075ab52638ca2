"""Time expressions resolved against the publication date (eventwire.dates)."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.dates import find_expressions, parse_date_expression, parse_pub_date, resolve
from eventwire.records import EventDate

PUB = dt.date(2015, 11, 27)  # a Friday: the seed article's publication date


# --- parse_date_expression: pure strings -------------------------------------------

@pytest.mark.parametrize(
    "text, pub, value, precision",
    [
        ("Nov. 24", PUB, "2015-11-24", "day"),
        ("Nov 24, 2015", None, "2015-11-24", "day"),
        ("24 November", PUB, "2015-11-24", "day"),
        ("the 24th of November 2014", None, "2014-11-24", "day"),
        ("2015-11-24", None, "2015-11-24", "day"),
        ("Thursday (November 26)", PUB, "2015-11-26", "day"),
        ("on Tuesday, November 24", PUB, "2015-11-24", "day"),
        ("Tuesday (November 26)", PUB, "2015-11-26", "day"),  # inconsistent weekday: the date wins
        ("yesterday", PUB, "2015-11-26", "day"),
        ("last night", PUB, "2015-11-26", "day"),
        ("this morning", PUB, "2015-11-27", "day"),
        ("the day before yesterday", PUB, "2015-11-25", "day"),
        ("two days ago", PUB, "2015-11-25", "day"),
        ("on Monday", PUB, "2015-11-23", "day"),
        ("Friday", PUB, "2015-11-27", "day"),  # the weekday of the publication day is that day
        ("last Friday", PUB, "2015-11-20", "day"),  # ... but "last Friday" is the week before
        ("next Monday", PUB, "2015-11-30", "day"),
        ("on the 24th", PUB, "2015-11-24", "day"),
        ("on the 30th", PUB, "2015-10-30", "day"),  # after the pub day: the previous month's
        ("last week", PUB, "2015-11", "month"),
        ("last week", dt.date(2015, 12, 2), "2015-11", "month"),  # its Thursday is 26 Nov
        ("next week", dt.date(2015, 11, 27), "2015-12", "month"),
        ("last month", PUB, "2015-10", "month"),
        ("last month", dt.date(2016, 1, 5), "2015-12", "month"),
        ("in March", PUB, "2015-03", "month"),
        ("in December", PUB, "2014-12", "month"),  # most recent December not after publication
        ("March 2014", None, "2014-03", "month"),
        ("in 2014", None, "2014", "year"),
        ("2014", None, "2014", "year"),
        ("earlier this year", PUB, "2015", "year"),
        ("last year", PUB, "2014", "year"),
        ("three years ago", PUB, "2012", "year"),
    ],
)
def test_parse_date_expression(text, pub, value, precision):
    got = parse_date_expression(text, pub)
    assert got is not None
    assert (got.value, got.precision, got.basis) == (value, precision, "text")


@pytest.mark.parametrize(
    "text, pub, value",
    [
        ("December 30", dt.date(2016, 1, 2), "2015-12-30"),  # year rollover backwards
        ("January 2", dt.date(2015, 12, 30), "2016-01-02"),  # three days ahead: next year's
        ("March 3", PUB, "2015-03-03"),  # far ahead next year, nearer this year
        ("December 5", PUB, "2015-12-05"),  # a week ahead: a scheduled event
        ("Thursday, December 31", dt.date(2016, 1, 8), "2015-12-31"),
    ],
)
def test_missing_year(text, pub, value):
    assert parse_date_expression(text, pub).value == value


@pytest.mark.parametrize(
    "text",
    ["since 2011", "for three years", "65-year-old", "decades", "three years", "until March",
     "may", "the budget", "", "February 31", "by 2030"],
)
def test_not_a_point_date(text):
    assert parse_date_expression(text, PUB) is None


def test_relative_without_pub_date_is_unresolvable():
    got = parse_date_expression("yesterday", None)
    assert got == EventDate(None, None, "none", "yesterday")


def test_lowercase_may_is_not_a_month():
    assert list(find_expressions("Officials may meet in may.", PUB)) == []


# --- parse_pub_date ------------------------------------------------------------------

@pytest.mark.parametrize(
    "value",
    ["2015-11-27", "2015-11-27T10:30:00Z", "2015-11-27T10:30:00+02:00", "Fri, 27 Nov 2015 10:00:00 +0000",
     "27 November 2015", "November 27, 2015", "Nov 27, 2015", "2015/11/27", " 2015-11-27 "],
)
def test_parse_pub_date(value):
    assert parse_pub_date(value) == PUB


@pytest.mark.parametrize("value", ["", "yesterday", "27/11/2015", "2015-13-40", "not a date"])
def test_parse_pub_date_refuses(value):
    with pytest.raises(ValueError, match=r"\[E020\]"):
        parse_pub_date(value)


# --- resolve: real sentences through the spaCy pipeline --------------------------------

SEED_TALKS = ("Russian President Vladimir Putin held talks with his French counterpart Francois Hollande "
              "on Thursday (November 26) with both leaders agreeing to extend military cooperation.")
SEED_SHOOTDOWN = ("During the conference, Putin criticized the Turkish government after a Turkish plane "
                  "shot down a Russian jet on Tuesday (November 24).")


def _resolve(nlp, text, pub, trigger=None):
    doc = nlp(text)
    sent = next(doc.sents)
    trigger_i = None
    if trigger is not None:
        trigger_i = next(t.i for t in doc if t.text == trigger)
    return resolve(sent, pub, trigger_i=trigger_i)


@pytest.mark.parametrize(
    "text, pub, trigger, value, precision, basis",
    [
        (SEED_TALKS, PUB, "held", "2015-11-26", "day", "text"),
        (SEED_TALKS, PUB, "agreeing", "2015-11-26", "day", "text"),  # governed by the dated clause
        (SEED_SHOOTDOWN, PUB, "shot", "2015-11-24", "day", "text"),
        # Tuesday dates the shooting ("after ... shot down ... on Tuesday"), not the criticism
        (SEED_SHOOTDOWN, PUB, "criticized", "2015-11-27", "day", "pub_date"),
        ("Rebels attacked the town on Friday.", PUB, None, "2015-11-27", "day", "text"),
        ("Rebels attacked the town on Thursday.", PUB, None, "2015-11-26", "day", "text"),
        ("Rebels attacked the town yesterday.", PUB, None, "2015-11-26", "day", "text"),
        ("Rebels attacked the town yesterday.", None, None, None, None, "none"),
        ("Rebels attacked the town on 24 November 2015.", None, None, "2015-11-24", "day", "text"),
        ("The ceasefire agreed on December 30 collapsed.", dt.date(2016, 1, 2), None, "2015-12-30", "day", "text"),
        ("Officials met in March to discuss the budget.", PUB, None, "2015-03", "month", "text"),
        ("The two leaders met last month in Vienna.", PUB, None, "2015-10", "month", "text"),
        ("The government held elections in 2014.", PUB, None, "2014", "year", "text"),
        ("The minister, who will visit Paris next week, said on Monday that talks had failed.",
         PUB, "said", "2015-11-23", "day", "text"),
        ("The minister, who will visit Paris next week, said on Monday that talks had failed.",
         PUB, "visit", "2015-12", "month", "text"),
        # nothing usable: ages, durations, span bounds
        ("The 65-year-old minister has served for three years since 2011.", PUB, None, "2015-11-27", "day", "pub_date"),
        ("The 65-year-old minister has served for three years since 2011.", None, None, None, None, "none"),
        ("Protesters have clashed with police for decades.", PUB, None, "2015-11-27", "day", "pub_date"),
        ("Hollande said there would be closer coordination of air strikes.", PUB, None, "2015-11-27", "day", "pub_date"),
    ],
)
def test_resolve(nlp, text, pub, trigger, value, precision, basis):
    got = _resolve(nlp, text, pub, trigger)
    assert (got.value, got.precision, got.basis) == (value, precision, basis)


def test_resolve_fallback_replaces_pub_date(nlp):
    anchor = EventDate("2015-11-26", "day", "text", "Thursday")
    doc = nlp("Putin backed that message.")
    assert resolve(next(doc.sents), PUB, fallback=anchor) == anchor


def test_resolve_prefers_expression_in_trigger_clause(nlp):
    text = "Police said on Monday that protesters had attacked the embassy on Saturday."
    assert _resolve(nlp, text, PUB, "said").value == "2015-11-23"
    assert _resolve(nlp, text, PUB, "attacked").value == "2015-11-21"


def test_coarse_publication_dates_keep_their_precision(pipeline):
    from eventwire.records import Article

    text = "Russian troops shelled Kharkiv on Monday, killing three civilians."
    for value, expected in (("2015", ("2015", "year")), ("2015-11", ("2015-11", "month"))):
        y, m = (int(x) for x in (value + "-01").split("-")[:2])
        art = Article(text=text, id=f"x{value}", pub_date=__import__("datetime").date(y, m, 1),
                      metadata={"pub_date_precision": "year" if len(value) == 4 else "month"})
        ev = pipeline.code(art).events[0]
        assert (ev.date.value, ev.date.precision, ev.date.basis) == (*expected, "pub_date")
    art = Article(text="Russian troops shelled Kharkiv on 12 March 2015.", id="y",
                  pub_date=__import__("datetime").date(2015, 1, 1), metadata={"pub_date_precision": "year"})
    assert pipeline.code(art).events[0].date.value == "2015-03-12"  # an absolute date in the text still counts


def test_a_long_s_spelling_of_a_relative_day_never_raises():
    import datetime as dt

    from eventwire import code_article

    coded = code_article("Kenyan police arrested 40 protesters in Nairobi yeſterday.", dt.date(2024, 6, 26))
    assert coded.ok, coded.errors
