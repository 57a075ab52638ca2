"""Queries over the store: filtered events or clusters, dyad counts per period; output formats.

One query function per view returns (columns, rows); the formatters turn any
such result into a table, CSV or JSON, so every view has the same three forms.
"""
from __future__ import annotations

import csv
import dataclasses
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


# Sort keys of the two listings, written so that a page can resume after a row (keyset pagination):
# NULL dates sort last and a missing cluster id sorts after every id, as ORDER BY ... NULLS LAST would.
_NO_DATE = dt.date(9999, 12, 31)
_EVENT_KEY = ("coalesce(e.date_lo, DATE '9999-12-31')", "coalesce(e.cluster_id, '~')", "e.doc_id", "e.event_id")
_CLUSTER_KEY = ("coalesce(c.date_lo, DATE '9999-12-31')", "c.cluster_id")


def _after(where: str, params: list, key: Sequence[str], after: Sequence | None) -> tuple[str, list]:
    """Add 'row key > after' to a WHERE clause (after: the key of the last row already shown)."""
    if after is None:
        return where, params
    if len(after) != len(key):
        raise ValueError(f"[E342] a page cursor has {len(key)} parts, got {len(after)}")
    cond = f"({', '.join(key)}) > ({', '.join('?' for _ in key)})"
    return (where + " AND " if where else " WHERE ") + cond, params + list(after)


def page_key(cols: Sequence[str], row: tuple, *, clusters: bool) -> tuple:
    """The sort key of a listed row: pass it back as ``after`` to get the rows that follow it."""
    get = dict(zip(cols, row))
    lo = get["date_lo"] or _NO_DATE
    if clusters:
        return (lo, get["cluster_id"])
    return (lo, get["cluster_id"] or "~", get["doc_id"], get["event_id"])


def query_events(
    con, f: EventFilter, *, limit: int | None = None, after: Sequence | None = None
) -> tuple[list[str], list[tuple]]:
    """Event mentions matching the filter, with their article's outlet, URL and publication date."""
    where, params = _after(*_where(f, clusters=False), _EVENT_KEY, after)
    sql = (
        "SELECT e.*, d.outlet, d.url, d.pub_date FROM events e JOIN documents d ON d.doc_id = e.doc_id "
        "LEFT JOIN clusters c ON c.cluster_id = e.cluster_id"
        + where
        + " ORDER BY " + ", ".join(_EVENT_KEY)
    )
    return _run(con, sql, params, limit)


def query_clusters(
    con, f: EventFilter, *, limit: int | None = None, after: Sequence | None = None
) -> tuple[list[str], list[tuple]]:
    """Real-world events (clusters) matching the filter."""
    where, params = _after(*_where(f, clusters=True), _CLUSTER_KEY, after)
    sql = "SELECT c.* FROM clusters c" + where + " ORDER BY " + ", ".join(_CLUSTER_KEY)
    return _run(con, sql, params, limit)


def _check_period(by: str) -> None:
    if by not in PERIODS:
        raise ValueError(f"[E340] unknown period {by!r}; use one of {', '.join(PERIODS)}")


def query_dyads(
    con, *, by: str = "day", since: dt.date | None = None, until: dt.date | None = None,
    f: EventFilter | None = None,
) -> tuple[list[str], list[tuple]]:
    """Per period and source/target country pair: events (clusters), their reports, mean Goldstein.

    ``since``/``until`` bound the period start (date_lo); ``f`` adds the other filters (its dates are ignored).
    """
    _check_period(by)
    conds, params = ["c.date_lo IS NOT NULL"], [by]
    if since:
        conds.append("c.date_lo >= ?")
        params.append(since)
    if until:
        conds.append("c.date_lo <= ?")
        params.append(until)
    if f is not None:
        where, more = _where(dataclasses.replace(f, since=None, until=None), clusters=True)
        if where:
            conds.append(where.removeprefix(" WHERE "))
            params += more
    sql = f"""
        SELECT CAST(date_trunc(?, c.date_lo) AS DATE) AS period, c.source_country, c.target_country,
               count(*) AS events, sum(c.num_mentions) AS mentions, sum(c.num_articles) AS articles,
               round(avg(c.goldstein), 3) AS mean_goldstein
        FROM clusters c WHERE {' AND '.join(conds)}
        GROUP BY ALL ORDER BY period, c.source_country NULLS LAST, c.target_country NULLS LAST
    """
    return _run(con, sql, params, None)


def query_pairs(con, f: EventFilter, *, limit: int | None = None) -> tuple[list[str], list[tuple]]:
    """Source/target country pairs by number of events (clusters), with reports and mean Goldstein."""
    where, params = _where(f, clusters=True)
    sql = (
        "SELECT c.source_country, c.target_country, count(*) AS events, sum(c.num_mentions) AS mentions, "
        "round(avg(c.goldstein), 3) AS mean_goldstein, min(c.date_lo) AS first_date, max(c.date_hi) AS last_date "
        "FROM clusters c" + where + " GROUP BY ALL "
        "ORDER BY events DESC, mentions DESC, c.source_country NULLS LAST, c.target_country NULLS LAST"
    )
    return _run(con, sql, params, limit)


def query_counts(con, f: EventFilter, *, by: str = "day") -> tuple[list[str], list[tuple]]:
    """Event mentions (and the clusters they belong to) per period and quad class, by first possible date."""
    _check_period(by)
    where, params = _where(f, clusters=False)
    where = (where + " AND " if where else " WHERE ") + "e.date_lo IS NOT NULL"
    sql = (
        "SELECT CAST(date_trunc(?, e.date_lo) AS DATE) AS period, e.quad_class, count(*) AS mentions, "
        "count(DISTINCT e.cluster_id) AS events FROM events e LEFT JOIN clusters c ON c.cluster_id = e.cluster_id"
        + where + " GROUP BY ALL ORDER BY period, e.quad_class"
    )
    return _run(con, sql, [by] + params, None)


def query_places(con, f: EventFilter, *, limit: int | None = None) -> tuple[list[str], list[tuple]]:
    """Places of event mentions with their counts per quad class, most frequent first."""
    where, params = _where(f, clusters=False)
    where = (where + " AND " if where else " WHERE ") + "e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL"
    quads = ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
    sql = (
        "SELECT e.place_name, e.place_country, e.place_lat, e.place_lon, count(*) AS mentions, "
        f"count(DISTINCT e.cluster_id) AS events, {quads} "
        "FROM events e LEFT JOIN clusters c ON c.cluster_id = e.cluster_id" + where
        + " GROUP BY ALL ORDER BY mentions DESC, e.place_name"
    )
    return _run(con, sql, params, limit)


def query_document(con, doc_id: str) -> dict[str, tuple[list[str], list[tuple]]] | None:
    """One article: its documents row, text and labelled lines (when stored), events, quotes and actors."""
    doc = _run(con, "SELECT * FROM documents WHERE doc_id = ?", [doc_id], None)
    if not doc[1]:
        return None
    has_texts = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'texts'"
    ).fetchone()[0]
    out = {"document": doc}
    if has_texts:
        out["text"] = _run(con, "SELECT text, segments FROM texts WHERE doc_id = ?", [doc_id], None)
    order = {"events": "sentence_start, trigger_start, event_id", "quotes": "start_char", "actors": "actor_no"}
    for table, by in order.items():
        out[table] = _run(con, f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY {by}", [doc_id], None)
    return out


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

