"""Parameter checks: what each filter accepts, how it is normalised, cursors that round-trip."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.store.query import EventFilter
from eventwire.web.params import (
    ApiError, FilterParams, decode_cursor, encode_cursor, parse_code, parse_limit, parse_period, parse_root,
)


def test_filters_normalise_like_the_cli():
    f = FilterParams(since="2024-12-01", until="2024-12-31", source="rusgov", country="tur", root="4", quad="3").to_filter()
    assert f.since == dt.date(2024, 12, 1) and f.until == dt.date(2024, 12, 31)
    assert (f.source, f.country, f.root, f.quad) == ("RUSGOV", "TUR", "04", 3)
    assert FilterParams().to_filter() == EventFilter()


@pytest.mark.parametrize("params", [
    {"since": "2024-12-31", "until": "2024-12-01"}, {"source": "XXX"}, {"source": "USAXYZ"}, {"country": "USAGOV"},
    {"root": "21"}, {"root": "00"}, {"quad": "5"}, {"cluster": "clu_XYZ"}, {"target": ""},
])
def test_bad_filters_are_refused_with_a_code(params):
    with pytest.raises(ApiError) as err:
        FilterParams(**params).to_filter()
    assert err.value.code == "E600" and err.value.status == 400


def test_the_store_filter_check_applies_to_the_api_too():
    # store/filters.py (issue 9) after the API's own shape checks: a CAMEO country code becomes the
    # stored ISO code, and a role is no country, with the API's coded 400 rather than a server error
    assert FilterParams(country="TMP", source="KSV").to_filter().country == "TLS"
    with pytest.raises(ApiError) as err:
        FilterParams(country="GOV").to_filter()
    assert err.value.code == "E600" and err.value.status == 400 and "GOV" in err.value.message


def test_codes_must_exist_in_the_codebook():
    assert parse_code("043") == "043" and parse_code("19") == "19"
    for bad in ("0439", "999", "4", "04a"):
        with pytest.raises(ApiError):
            parse_code(bad)
    assert parse_root("19") == "19"


def test_limits_and_periods_are_bounded():
    assert parse_limit(None) == 100 and parse_limit("1000") == 1000
    for bad in ("0", "1001", "-5", "1e3", "99999999999999999999"):
        with pytest.raises(ApiError):
            parse_limit(bad)
    assert parse_period(None) == "day" and parse_period("month") == "month"
    with pytest.raises(ApiError):
        parse_period("year")


def test_cursors_round_trip_and_forgeries_are_refused():
    key = (dt.date(2024, 12, 5), "clu_0123456789abcdef", "doc_1", "ev_1")
    assert decode_cursor(encode_cursor(key), 4) == key
    for bad in ("!!!", encode_cursor((dt.date(2024, 1, 1), "x")), encode_cursor(("not a date", "a", "b", "c")), "e30"):
        with pytest.raises(ApiError) as err:
            decode_cursor(bad, 4)
        assert err.value.code == "E604"
