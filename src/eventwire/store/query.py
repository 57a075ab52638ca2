"""Queries over the store: filtered events or clusters, dyad counts per period; output formats.

One query function per view returns (columns, rows); the formatters turn any
such result into a table, CSV or JSON, so every view has the same three forms.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass
from typing import IO, Sequence

OUTPUT_FORMATS = ("table", "csv", "json")
PERIODS = ("day", "week", "month")

EVENT_TABLE_COLUMNS = (
    "cluster_id", "event_date", "code", "name", "source_code", "target_code", "place_name", "outlet",
    "confidence", "sentence",
)
CLUSTER_TABLE_COLUMNS = (
    "cluster_id", "global_event_id", "event_date", "code", "name", "source_code", "target_code", "place_name",
    "num_articles", "num_sources", "num_mentions", "confidence",
)


@dataclass(frozen=True, slots=True)
class EventFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None  # country (USA) or actor code prefix (USAGOV)
    target: str | None = None
    country: str | None = None  # source, target or place country
    root: str | None = None
    code: str | None = None  # CAMEO code prefix
    quad: int | None = None
    cluster: str | None = None  # cluster id or GDELT global event id


def _where(f: EventFilter, *, clusters: bool) -> tuple[str, list]:
    from .filters import validate

    f = validate(f)
    t = "c" if clusters else "e"
    conds: list[str] = []
    params: list = []
    if f.since:
        conds.append(f"{t}.date_hi >= ?")
        params.append(f.since)
    if f.until:
        conds.append(f"{t}.date_lo <= ?")
        params.append(f.until)
    for side, value in (("source", f.source), ("target", f.target)):
        if value:
            conds.append(f"({t}.{side}_country = ? OR starts_with({t}.{side}_code, ?))")
            params += [value.upper(), value.upper()]
    if f.country:
        conds.append(f"? IN ({t}.source_country, {t}.target_country, {t}.place_country)")
        params.append(f.country.upper())
    if f.root:
        conds.append(f"{t}.root = ?")
        params.append(f.root)
    if f.code:
        conds.append(f"starts_with({t}.code, ?)")
        params.append(f.code)
    if f.quad is not None:
        conds.append(f"{t}.quad_class = ?")
        params.append(f.quad)
    if f.cluster:
        if f.cluster.isdigit():
            conds.append("c.global_event_id = ?")
            params.append(int(f.cluster))
        else:
            conds.append(f"{t}.cluster_id = ?")
            params.append(f.cluster)
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def query_events(con, f: EventFilter, *, limit: int | None = None) -> tuple[list[str], list[tuple]]:
    """Event mentions matching the filter, with their article's outlet, URL and publication date."""
    where, params = _where(f, clusters=False)
    sql = (
        "SELECT e.*, d.outlet, d.url, d.pub_date FROM events e JOIN documents d ON d.doc_id = e.doc_id "
        "LEFT JOIN clusters c ON c.cluster_id = e.cluster_id"
        + where
        + " ORDER BY e.date_lo NULLS LAST, e.cluster_id, e.doc_id, e.event_id"
    )
    return _run(con, sql, params, limit)


def query_clusters(con, f: EventFilter, *, limit: int | None = None) -> tuple[list[str], list[tuple]]:
    """Real-world events (clusters) matching the filter."""
    where, params = _where(f, clusters=True)
    sql = "SELECT c.* FROM clusters c" + where + " ORDER BY c.date_lo NULLS LAST, c.cluster_id"
    return _run(con, sql, params, limit)


def query_dyads(
    con, *, by: str = "day", since: dt.date | None = None, until: dt.date | None = None
) -> tuple[list[str], list[tuple]]:
    """Per period and source/target country pair: events (clusters), their reports, mean Goldstein."""
    if by not in PERIODS:
        raise ValueError(f"[E340] unknown period {by!r}; use one of {', '.join(PERIODS)}")
    conds, params = ["date_lo IS NOT NULL"], [by]
    if since:
        conds.append("date_lo >= ?")
        params.append(since)
    if until:
        conds.append("date_lo <= ?")
        params.append(until)
    sql = f"""
        SELECT CAST(date_trunc(?, date_lo) AS DATE) AS period, source_country, target_country,
               count(*) AS events, sum(num_mentions) AS mentions, sum(num_articles) AS articles,
               round(avg(goldstein), 3) AS mean_goldstein
        FROM clusters WHERE {' AND '.join(conds)}
        GROUP BY ALL ORDER BY period, source_country NULLS LAST, target_country NULLS LAST
    """
    return _run(con, sql, params, None)


def _run(con, sql: str, params: list, limit: int | None) -> tuple[list[str], list[tuple]]:
    if limit is not None:
        sql += " LIMIT ?"
        params = params + [limit]
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return cols, cur.fetchall()


def _plain(v: object) -> object:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v


def _text(v: object, width: int = 60) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.3g}"
    s = str(_plain(v)).replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


def write_result(
    cols: Sequence[str], rows: Sequence[tuple], fmt: str, out: IO[str], *, table_columns: Sequence[str] | None = None
) -> None:
    """Write a query result as an aligned text table, CSV (all columns) or JSON (all columns)."""
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(cols)
        w.writerows([[_plain(v) for v in r] for r in rows])
    elif fmt == "json":
        json.dump([{c: _plain(v) for c, v in zip(cols, r)} for r in rows], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "table":
        keep = [i for i, c in enumerate(cols) if table_columns is None or c in table_columns]
        head = [cols[i] for i in keep]
        body = [[_text(r[i]) for i in keep] for r in rows]
        widths = [max([len(h)] + [len(b[j]) for b in body]) for j, h in enumerate(head)]
        out.write("  ".join(h.ljust(w) for h, w in zip(head, widths)).rstrip() + "\n")
        for b in body:
            out.write("  ".join(v.ljust(w) for v, w in zip(b, widths)).rstrip() + "\n")
        out.write(f"({len(rows)} rows)\n")
    else:
        raise ValueError(f"[E341] unknown output format {fmt!r}; use one of {', '.join(OUTPUT_FORMATS)}")

