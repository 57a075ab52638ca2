"""Hostile requests: every parameter refused with a coded 4xx, nothing run but the store's queries, the file untouched."""
from __future__ import annotations

import hashlib

import pytest

from eventwire.web.cli import register

HOSTILE = [
    "'", "\"", "USA' OR '1'='1", "1; DROP TABLE events; --", "') UNION SELECT * FROM documents --",
    "99999999999999999999999", "-1", "0", "1e309", "2024-02-30", "2024-13-01", "yesterday", "00000000",
    "x" * 5000, "%00", "\x00", "../../etc/passwd", "<script>alert(1)</script>", "ZZZZZZZZZZZZ", "99999", "1001", "   ",
]
FILTER_PARAMS = ("since", "until", "source", "target", "country", "root", "code", "quad", "cluster")
ENDPOINTS = {
    "/api/events": FILTER_PARAMS + ("limit", "cursor"),
    "/api/clusters": FILTER_PARAMS + ("limit", "cursor"),
    "/api/events/download": FILTER_PARAMS + ("format",),
    "/api/clusters/download": FILTER_PARAMS + ("format",),
    "/api/dyads": FILTER_PARAMS + ("by",),
    "/api/pairs": FILTER_PARAMS + ("limit",),
    "/api/counts": FILTER_PARAMS + ("by",),
    "/api/places": FILTER_PARAMS + ("limit",),
}
FRENCH = ('{"text": "' + "Le ministre des affaires \\u00e9trang\\u00e8res a rencontr\\u00e9 son homologue hier soir \\u00e0 "
          "Paris pour discuter de la situation politique dans la r\\u00e9gion. " * 6 + '"}').encode()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def before(examples_db, client):
    client.get("/api/info")  # the app has opened the store
    return _digest(examples_db)


def _assert_coded_4xx(r, what: str) -> None:
    assert 400 <= r.status_code < 500, f"{what}: {r.status_code} {r.text[:200]}"
    err = r.json()["error"]
    assert err["code"].startswith("E") and err["message"], what


@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
def test_every_parameter_refuses_hostile_values(client, endpoint):
    for name in ENDPOINTS[endpoint]:
        for value in HOSTILE:
            r = client.get(endpoint, params={name: value})
            _assert_coded_4xx(r, f"{endpoint}?{name}={value[:30]!r}")


@pytest.mark.parametrize("path", [
    "/api/documents/' OR 1=1 --", "/api/documents/" + "a" * 300, "/api/documents/nope",
    "/api/clusters/clu_'", "/api/clusters/99999999999999999999999", "/api/clusters/clu_0000", "/api/nothing",
])
def test_path_parameters_refuse_hostile_values(client, path):
    _assert_coded_4xx(client.get(path), path)


@pytest.mark.parametrize("body", [
    b"", b"not json", b"[]", b'{"text": 5}', b'{"text": "x", "pub_date": "2024-99-99"}',
    b'{"text": "\\u0000\\u0001 binary \\u0002"}', FRENCH,
    b'{"text": "An article about talks.", "store": true}', b"\xff\xfe\x00garbage",
])
def test_code_a_text_refuses_bad_bodies(client, body):
    r = client.post("/api/code", content=body, headers={"Content-Type": "application/json"})
    _assert_coded_4xx(r, repr(body[:40]))


def test_bodies_are_bounded_and_long_texts_meet_the_file_checks(examples_db):
    from fastapi.testclient import TestClient

    from eventwire.config import Config
    from eventwire.web import create_app
    from eventwire.web.coding import max_body

    config = Config(max_bytes=20_000)
    limit = max_body(config)
    with TestClient(create_app(examples_db, config=config)) as c:
        r = c.post("/api/code", content=b"{" + b" " * limit + b"}", headers={"Content-Type": "application/json"})
        assert r.status_code == 413 and r.json()["error"]["code"] == "E602"

        def chunks():  # no Content-Length: counted while streaming
            for _ in range(limit // 10_000 + 2):
                yield b" " * 10_000

        r = c.post("/api/code", content=chunks(), headers={"Content-Type": "application/json"})
        assert r.status_code == 413 and r.json()["error"]["code"] == "E602"
        r = c.post("/api/code", json={"text": "Talks went on. " * 2000})  # 30,000 characters, within the body limit
        assert r.status_code == 422 and r.json()["error"]["code"] == "E002"


def test_no_endpoint_writes(client):
    for method in ("put", "delete", "patch"):
        for path in ("/api/events", "/api/documents/x", "/api/clusters/clu_0000"):
            r = getattr(client, method)(path)
            assert 400 <= r.status_code < 500


def test_the_store_is_opened_read_only(app):
    import duckdb

    with app.state.db.cursor() as con, pytest.raises(duckdb.Error):
        con.execute("CREATE TABLE intruder (x INTEGER)")


def test_serve_binds_to_this_machine_by_default():
    import argparse

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.allow_ingest is False


def test_database_unchanged_after_hostile_requests(client, examples_db, before):
    test_every_parameter_refuses_hostile_values(client, "/api/events")
    test_code_a_text_refuses_bad_bodies(client, b"not json")
    assert _digest(examples_db) == before
