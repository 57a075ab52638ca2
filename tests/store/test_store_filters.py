"""Filters normalise what they can and refuse, with a message, what no event can match."""
from __future__ import annotations

import pytest

from eventwire.cli import main
from eventwire.store import EventFilter, Store, ingest_items, query_clusters, query_events
from eventwire.store.filters import FilterError, validate
from fake_coder import FakeCoder, make_article

ARTICLES = [make_article(1, "043 TURGOV GRCGOV 2024-03-05 place=TUR"), make_article(2, "111 RUSGOV UKRGOV 2024-03-05")]


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        ingest_items(ARTICLES, store, coder=FakeCoder())
    return path


def test_values_are_normalised():
    f = validate(EventFilter(root="4", country="Turkey", source="turgov", target="Greece", code="043"))
    assert (f.root, f.country, f.source, f.target, f.code) == ("04", "TUR", "TURGOV", "GRC", "043")
    assert validate(EventFilter(country="tmp")).country == "TLS"  # CAMEO's Timor-Leste code -> ISO


@pytest.mark.parametrize("bad, fragment", [
    (dict(root="42"), "root"), (dict(country="Atlantis"), "country"), (dict(country="XXX"), "country"),
    (dict(code="9"), "event code"), (dict(code="04a"), "event code"), (dict(source="FOOBAR"), "country"),
])
def test_unknown_values_are_refused(bad, fragment):
    with pytest.raises(FilterError, match=fragment):
        validate(EventFilter(**bad))


def test_python_api_validates(db):
    with Store(db) as store:
        cols, rows = query_events(store.con, EventFilter(root="4", country="Turkey"))
        assert len(rows) == 1
        cols, rows = query_clusters(store.con, EventFilter(root="4"))
        assert len(rows) == 1
        with pytest.raises(FilterError):
            query_events(store.con, EventFilter(country="Narnia"))


def test_cli_says_what_is_wrong(db, capsys):
    assert main(["events", "--db", str(db), "--root", "4", "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 2
    assert main(["events", "--db", str(db), "--country", "Narnia"]) == 1
    assert "unknown country 'Narnia'" in capsys.readouterr().err
