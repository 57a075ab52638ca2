"""The JSON API: the CLI's queries (store/query.py) over HTTP, with the same filter names.

Every handler takes a fresh cursor on the shared read-only connection, runs one function of
``store.query`` and returns its rows as objects; there is no other query path.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Annotated, Any, Callable, Iterator

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from ..store import query as q
from .params import (
    ApiError, FilterParams, decode_cursor, encode_cursor, parse_cluster, parse_doc_id, parse_limit, parse_period,
)

router = APIRouter(prefix="/api")
DOWNLOAD_CHUNK = 2000  # rows fetched per step of a download
DOWNLOAD_FORMATS = ("csv", "jsonl")


def _q(description: str):
    return Query(description=description)


def event_filter(
    request: Request,
    since: Annotated[str | None, _q("events on or after this date (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, _q("events on or before this date (YYYY-MM-DD)")] = None,
    source: Annotated[str | None, _q("source country (USA) or actor code prefix (USAGOV)")] = None,
    target: Annotated[str | None, _q("target country or actor code prefix")] = None,
    country: Annotated[str | None, _q("source, target or place country (ISO alpha-3)")] = None,
    root: Annotated[str | None, _q("CAMEO root code, e.g. 04")] = None,
    code: Annotated[str | None, _q("CAMEO code, e.g. 043 (this code and its sub-codes)")] = None,
    quad: Annotated[str | None, _q("quad class: 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict")] = None,
    cluster: Annotated[str | None, _q("cluster id (clu_...) or GLOBALEVENTID")] = None,
) -> q.EventFilter:
    f = FilterParams(since, until, source, target, country, root, code, quad, cluster).to_filter()
    if f.cluster:
        _known_cluster(request, f.cluster)
    return f


def _known_cluster(request: Request, cluster: str) -> None:
    """An unknown cluster is an error (404), not an empty result: ids come from links, so a miss is a bad link."""
    column, value = ("global_event_id", int(cluster)) if cluster.isdigit() else ("cluster_id", cluster)
    with request.app.state.db.cursor() as con:
        if not con.execute(f"SELECT count(*) FROM clusters WHERE {column} = ?", [value]).fetchone()[0]:
            raise ApiError("E601", f"no cluster {cluster!r}", 404)


Filter = Annotated[q.EventFilter, Depends(event_filter)]
Limit = Annotated[str | None, Query(description="rows per page, 1 .. 1000 (default 100)")]
Cursor = Annotated[str | None, Query(description="the 'next' value of the previous page")]
Period = Annotated[str | None, Query(description="day, week or month (default day)")]


def plain(v: Any) -> Any:
    """A JSON-safe value: ISO dates; integers past 2**53 (GLOBALEVENTID) as text, which JavaScript reads exactly."""
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 2**53:
        return str(v)
    return v


def records(result: tuple[list[str], list[tuple]]) -> list[dict[str, Any]]:
    cols, rows = result
    return [{c: plain(v) for c, v in zip(cols, r)} for r in rows]


def _page(request: Request, run: Callable, f: q.EventFilter, limit: str | None, cursor: str | None, *, clusters: bool):
    n = parse_limit(limit)
    after = decode_cursor(cursor, 2 if clusters else 4)
    with request.app.state.db.cursor() as con:
        cols, rows = run(con, f, limit=n + 1, after=after)
    more = len(rows) > n
    rows = rows[:n]
    nxt = encode_cursor(q.page_key(cols, rows[-1], clusters=clusters)) if more and rows else None
    return {"items": records((cols, rows)), "count": len(rows), "next": nxt}


@router.get("/events", summary="Event mentions matching the filters (cursor pages)")
def events(request: Request, f: Filter, limit: Limit = None, cursor: Cursor = None) -> dict:
    return _page(request, q.query_events, f, limit, cursor, clusters=False)


@router.get("/clusters", summary="Real-world events (clusters) matching the filters (cursor pages)")
def clusters(request: Request, f: Filter, limit: Limit = None, cursor: Cursor = None) -> dict:
    return _page(request, q.query_clusters, f, limit, cursor, clusters=True)


@router.get("/dyads", summary="Events per source/target country pair and period, with mean Goldstein")
def dyads(request: Request, f: Filter, by: Period = None) -> dict:
    period = parse_period(by)
    with request.app.state.db.cursor() as con:
        rows = records(q.query_dyads(con, by=period, since=f.since, until=f.until, f=f))
    return {"by": period, "items": rows, "count": len(rows)}


@router.get("/pairs", summary="Top source/target country pairs by number of events")
def pairs(request: Request, f: Filter, limit: Limit = None) -> dict:
    n = parse_limit(limit, default=20)
    with request.app.state.db.cursor() as con:
        rows = records(q.query_pairs(con, f, limit=n))
    return {"items": rows, "count": len(rows)}


@router.get("/counts", summary="Event mentions per period and quad class (the timeline)")
def counts(request: Request, f: Filter, by: Period = None) -> dict:
    period = parse_period(by)
    with request.app.state.db.cursor() as con:
        rows = records(q.query_counts(con, f, by=period))
    return {"by": period, "items": rows, "count": len(rows)}


@router.get("/places", summary="Places of events with counts per quad class (the map)")
def places(request: Request, f: Filter, limit: Limit = None) -> dict:
    n = parse_limit(limit, default=500)
    with request.app.state.db.cursor() as con:
        rows = records(q.query_places(con, f, limit=n))
    return {"items": rows, "count": len(rows)}


@router.get("/documents/{doc_id}", summary="One article: text, structure, events, quotes and actors")
def document(request: Request, doc_id: str) -> dict:
    did = parse_doc_id(doc_id)
    with request.app.state.db.cursor() as con:
        found = q.query_document(con, did)
    if found is None:
        raise ApiError("E601", f"no document {doc_id!r}", 404)
    out: dict[str, Any] = {"document": records(found["document"])[0]}
    text = records(found.get("text", ([], [])))
    out["text"] = text[0]["text"] if text else None
    out["segments"] = [
        {"kind": k, "start": s, "end": e} for k, s, e in (json.loads(text[0]["segments"]) if text else [])
    ]
    for key in ("events", "quotes", "actors"):
        out[key] = records(found[key])
    return out


@router.get("/info", summary="What the store holds and what this server allows")
def info(request: Request) -> dict:
    db = request.app.state.db
    with db.cursor() as con:
        n = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "clusters")}
        lo, hi = con.execute("SELECT min(date_lo), max(date_hi) FROM events").fetchone()
    return {"counts": n, "first_date": plain(lo), "last_date": plain(hi), "allow_ingest": db.allow_ingest,
            "read_only": not db.allow_ingest}


def _download(request: Request, run: Callable, f: q.EventFilter, fmt: str | None, *, clusters: bool, name: str):
    fmt = fmt or "csv"
    if fmt not in DOWNLOAD_FORMATS:
        raise ApiError("E600", f"parameter format={fmt[:20]!r} is not valid: expected csv or jsonl")
    db = request.app.state.db

    def chunks() -> Iterator[str]:
        after, header = None, True
        with db.cursor() as con:
            while True:
                cols, rows = run(con, f, limit=DOWNLOAD_CHUNK, after=after)
                if fmt == "csv":
                    buf = io.StringIO()
                    w = csv.writer(buf, lineterminator="\n")
                    if header:
                        w.writerow(cols)
                        header = False
                    w.writerows([[plain(v) for v in r] for r in rows])
                    yield buf.getvalue()
                else:
                    yield "".join(json.dumps({c: plain(v) for c, v in zip(cols, r)}, ensure_ascii=False) + "\n"
                                  for r in rows)
                if len(rows) < DOWNLOAD_CHUNK:
                    return
                after = q.page_key(cols, rows[-1], clusters=clusters)

    media = "text/csv" if fmt == "csv" else "application/x-ndjson"
    headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    return StreamingResponse(chunks(), media_type=f"{media}; charset=utf-8", headers=headers)


Format = Annotated[str | None, Query(description="csv (default) or jsonl")]


@router.get("/events/download", summary="Every event mention matching the filters, streamed as CSV or JSON Lines")
def events_download(request: Request, f: Filter, format: Format = None):
    return _download(request, q.query_events, f, format, clusters=False, name="events")


@router.get("/clusters/download", summary="Every cluster matching the filters, streamed as CSV or JSON Lines")
def clusters_download(request: Request, f: Filter, format: Format = None):
    return _download(request, q.query_clusters, f, format, clusters=True, name="clusters")


# After /clusters/download, so that 'download' is not taken for a cluster id.
@router.get("/clusters/{cluster_id}", summary="One real-world event with every report of it")
def cluster(request: Request, cluster_id: str) -> dict:
    cid = parse_cluster(cluster_id)
    f = q.EventFilter(cluster=cid)
    with request.app.state.db.cursor() as con:
        found = records(q.query_clusters(con, f, limit=1))
        if not found:
            raise ApiError("E601", f"no cluster {cluster_id!r}", 404)
        reports = records(q.query_events(con, f, limit=q_reports_limit()))
    return {"cluster": found[0], "reports": reports}


def q_reports_limit() -> int:
    return 5000  # a cluster of more reports is listed in part; /api/events?cluster= pages through all
