"""The JSON API over a store ingested from examples/: same filters and rows as the CLI's queries."""
from __future__ import annotations

import csv
import io
import json

import pytest

from eventwire.store.db import connect
from eventwire.store.query import EventFilter, query_clusters, query_events


@pytest.fixture(scope="module")
def con(examples_db):
    c = connect(examples_db, read_only=True)
    yield c
    c.close()


def _all_pages(client, path: str, limit: int) -> list[dict]:
    items, cursor = [], None
    for _ in range(1000):
        url = f"{path}{'&' if '?' in path else '?'}limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        page = client.get(url).json()
        assert page["count"] == len(page["items"]) <= limit
        items += page["items"]
        cursor = page["next"]
        if cursor is None:
            return items
    raise AssertionError("pagination never ended")


def test_info_counts_the_store(client, con):
    info = client.get("/api/info").json()
    assert info["counts"]["events"] == con.execute("SELECT count(*) FROM events").fetchone()[0] > 50
    assert info["read_only"] is True and info["allow_ingest"] is False


@pytest.mark.parametrize("limit", [1, 7, 1000])
def test_event_pages_walk_the_cli_listing_exactly(client, con, limit):
    cols, rows = query_events(con, EventFilter())
    walked = _all_pages(client, "/api/events", limit)
    assert [(e["doc_id"], e["event_id"]) for e in walked] == [(r[cols.index("doc_id")], r[cols.index("event_id")]) for r in rows]


def test_cluster_pages_walk_the_cli_listing_exactly(client, con):
    cols, rows = query_clusters(con, EventFilter())
    walked = _all_pages(client, "/api/clusters", 10)
    assert [c["cluster_id"] for c in walked] == [r[cols.index("cluster_id")] for r in rows]


@pytest.mark.parametrize("query, flt", [
    ("country=TUR", EventFilter(country="TUR")),
    ("country=tur&quad=1", EventFilter(country="TUR", quad=1)),
    ("source=KEN", EventFilter(source="KEN")),
    ("root=4", EventFilter(root="04")),
    ("code=040", EventFilter(code="040")),
    ("since=2024-12-01&until=2024-12-31", EventFilter(since=__import__("datetime").date(2024, 12, 1),
                                                        until=__import__("datetime").date(2024, 12, 31))),
])
def test_filters_mean_what_the_cli_filters_mean(client, con, query, flt):
    cols, rows = query_events(con, flt)
    assert rows, f"the examples should have events for {query}"
    got = _all_pages(client, f"/api/events?{query}", 1000)
    assert [e["event_id"] for e in got] == [r[cols.index("event_id")] for r in rows]


def test_cli_and_api_agree_row_for_row(client, examples_db, capsys):
    from eventwire.cli import main

    assert main(["events", "--db", str(examples_db), "--country", "TUR", "--format", "json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    api = client.get("/api/events?country=TUR&limit=1000").json()["items"]
    assert [r["event_id"] for r in api] == [r["event_id"] for r in cli]
    assert api[0]["sentence"] == cli[0]["sentence"]


def test_cluster_lists_every_report(client, con):
    cid, n = con.execute("SELECT cluster_id, num_mentions FROM clusters ORDER BY num_mentions DESC, cluster_id LIMIT 1").fetchone()
    body = client.get(f"/api/clusters/{cid}").json()
    assert body["cluster"]["cluster_id"] == cid and n >= 2
    assert len(body["reports"]) == n
    assert all(r["cluster_id"] == cid and r["sentence"] for r in body["reports"])
    gid = body["cluster"]["global_event_id"]
    assert isinstance(gid, str) and client.get(f"/api/clusters/{gid}").json()["cluster"]["cluster_id"] == cid


def test_dyads_by_period_and_pairs(client, con):
    for by in ("day", "week", "month"):
        body = client.get(f"/api/dyads?by={by}").json()
        dated = con.execute("SELECT count(*) FROM clusters WHERE date_lo IS NOT NULL").fetchone()[0]
        assert sum(r["events"] for r in body["items"]) == dated
    pairs = client.get("/api/pairs?limit=30").json()["items"]
    assert [p["events"] for p in pairs] == sorted((p["events"] for p in pairs), reverse=True)
    top = next(p for p in pairs if p["source_country"] and p["target_country"] and p["first_date"])
    own = client.get(f"/api/dyads?by=month&source={top['source_country']}&target={top['target_country']}").json()
    assert own["items"] and all(r["source_country"] == top["source_country"] for r in own["items"])


def test_counts_add_up_to_the_dated_events(client, con):
    body = client.get("/api/counts?by=week").json()
    assert sum(r["mentions"] for r in body["items"]) == con.execute(
        "SELECT count(*) FROM events WHERE date_lo IS NOT NULL").fetchone()[0]
    assert {r["quad_class"] for r in body["items"]} <= {1, 2, 3, 4}
    q4 = client.get("/api/counts?by=week&quad=4").json()["items"]
    assert q4 and all(r["quad_class"] == 4 for r in q4)


def test_places_have_coordinates_and_quad_counts(client):
    items = client.get("/api/places").json()["items"]
    assert items and all(-90 <= p["place_lat"] <= 90 and -180 <= p["place_lon"] <= 180 for p in items)
    assert all(p["mentions"] == p["quad1"] + p["quad2"] + p["quad3"] + p["quad4"] for p in items)


def test_document_has_text_structure_quotes_and_events_whose_offsets_fit(client, con):
    doc_id = con.execute("SELECT doc_id FROM documents ORDER BY n_events DESC, doc_id LIMIT 1").fetchone()[0]
    body = client.get(f"/api/documents/{doc_id}").json()
    text = body["text"]
    assert body["document"]["doc_id"] == doc_id and body["events"]
    kinds = {s["kind"] for s in body["segments"]}
    assert "body" in kinds and "headline" in kinds
    for e in body["events"]:
        assert text[e["sentence_start"]:e["sentence_end"]] == e["sentence"]
        assert text[e["trigger_start"]:e["trigger_end"]].lower().startswith(e["trigger"].split()[0].lower())
        if e["source_start"] >= 0 and e["source_text"]:
            assert text[e["source_start"]:e["source_start"] + len(e["source_text"])] == e["source_text"]
    for q in body["quotes"]:
        assert q["text"] in text


def test_captions_and_datelines_are_labelled(client, con):
    rows = con.execute("SELECT doc_id FROM texts WHERE segments LIKE '%caption%'").fetchall()
    assert rows, "an example article has a photo caption"
    body = client.get(f"/api/documents/{rows[0][0]}").json()
    caps = [s for s in body["segments"] if s["kind"] == "caption"]
    assert caps and not any(caps[0]["start"] <= e["sentence_start"] < caps[0]["end"] for e in body["events"])


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_downloads_stream_every_filtered_row(client, con, fmt, monkeypatch):
    from eventwire.web import api

    monkeypatch.setattr(api, "DOWNLOAD_CHUNK", 7)  # force several steps through the cursor
    cols, rows = query_events(con, EventFilter(country="TUR"))
    with client.stream("GET", f"/api/events/download?country=TUR&format={fmt}") as r:
        assert r.status_code == 200
        assert "attachment" in r.headers["content-disposition"]
        chunks = list(r.iter_text())
    text = "".join(chunks)
    if fmt == "csv":
        got = list(csv.DictReader(io.StringIO(text)))
    else:
        got = [json.loads(line) for line in text.splitlines()]
    assert [g["event_id"] for g in got] == [r[cols.index("event_id")] for r in rows]
    clusters = client.get("/api/clusters/download?format=csv").text.splitlines()
    assert len(clusters) == 1 + con.execute("SELECT count(*) FROM clusters").fetchone()[0]


def test_openapi_and_docs_describe_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/clusters", "/api/clusters/{cluster_id}", "/api/dyads", "/api/pairs",
                 "/api/counts", "/api/places", "/api/documents/{doc_id}", "/api/events/download", "/api/code"):
        assert path in spec["paths"], path
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"since", "until", "source", "target", "country", "root", "code", "quad", "cluster", "limit", "cursor"} <= names
    docs = client.get("/docs").text
    assert "/api/events" in docs and "http://" not in docs and "https://" not in docs


def test_pages_are_served_without_outside_resources(client):
    for page in ("/", "/timeline", "/dyads", "/map", "/clusters", "/code", "/article/x"):
        r = client.get(page)
        assert r.status_code == 200 and "/static/app.js" in r.text
    for asset in ("/static/app.js", "/static/style.css", "/static/index.html"):
        body = client.get(asset).text
        assert "http://" not in body.replace("http://www.w3.org/2000/svg", "") and "https://" not in body, asset
    world = client.get("/static/world.geojson").json()
    assert len(world["features"]) > 150 and any(f["properties"]["iso3"] == "TUR" for f in world["features"])


def test_code_a_text_returns_events_without_storing(client, con, examples_db):
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "examples" / "articles" / "07-ankara-arrests.txt").read_text()
    before = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    body = client.post("/api/code", json={"text": text, "pub_date": "2024-12-05"}).json()
    assert body["events"] and body["stored"] is False and body["pub_date"] == "2024-12-05"
    e = body["events"][0]
    assert body["text"][e["sentence_start"]:e["sentence_end"]] == e["sentence"]
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == before


def test_allow_ingest_stores_a_pasted_article(examples_db, tmp_path):
    import shutil

    from pathlib import Path

    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    db = tmp_path / "copy.duckdb"
    shutil.copy(examples_db, db)
    text = ("Ministers meet in Oslo\n\nOSLO (Wire) - Norway's foreign minister met his Swedish counterpart in Oslo on "
            "Monday and the two governments agreed to expand cooperation on Arctic security, officials said.\n")
    with TestClient(create_app(db, allow_ingest=True)) as c:
        before = c.get("/api/info").json()
        assert before["allow_ingest"] is True
        body = c.post("/api/code", json={"text": text, "pub_date": "2024-12-09", "store": True}).json()
        assert body["stored"] is True and body["events"]
        after = c.get("/api/info").json()
        assert after["counts"]["documents"] == before["counts"]["documents"] + 1
        stored = c.get(f"/api/documents/{body['id']}").json()
        assert stored["text"] == text and len(stored["events"]) == len(body["events"])
    assert Path(db).exists()


def test_concurrent_requests_get_the_same_answers(client):
    from concurrent.futures import ThreadPoolExecutor

    urls = ["/api/events?limit=50&country=TUR", "/api/counts?by=week", "/api/pairs", "/api/places", "/api/clusters?limit=20"]
    expected = {u: client.get(u).json() for u in urls}
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda u: (u, client.get(u).json()), urls * 6))
    assert all(body == expected[u] for u, body in results)
