"""The DuckDB store: open, check which ids are known, write one batch atomically.

A batch (documents with their events, actors, quotes, mentions, rejects, and
the re-linking those events cause) is written in one transaction, so a killed
run leaves either all of a batch or none of it. Rows are inserted column-wise
(``unnest`` of typed lists): DuckDB's ``executemany`` costs about a
millisecond per row, which would make the writer slower than the coder.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from . import schema
from .linking import LinkActor, LinkEvent, build_clusters
from .rows import DocRows

DEFAULT_DB = "eventwire.duckdb"


class StoreError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code


@dataclass(frozen=True, slots=True)
class BatchResult:
    documents: int
    events: int
    rejects: int
    clusters_changed: int


def connect(path: str | Path, *, read_only: bool = False):
    import duckdb

    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        raise StoreError("E302", f"cannot open store {path}: {exc}") from exc


def insert_rows(con, table: schema.Table, rows: Sequence[tuple]) -> None:
    """Insert many rows in one statement; existing keys are left alone (idempotent)."""
    if not rows:
        return
    cols = list(zip(*rows))
    casts = ", ".join(
        f"unnest(?::{'VARCHAR' if c.type == 'JSON' else c.type}[]) AS {c.name}" for c in table.columns
    )
    con.execute(
        f"INSERT INTO {table.name} ({', '.join(table.names)}) SELECT * FROM (SELECT {casts}) ON CONFLICT DO NOTHING",
        [list(c) for c in cols],
    )


_LINK_SELECT = """
SELECT e.event_id, e.doc_id, e.block_key, e.root, e.code, e.name, e.quad_class, e.goldstein, e.reciprocal,
       e.source_code, e.source_country, e.source_role, e.target_code, e.target_country, e.target_role,
       e.event_date, e.date_basis, e.date_lo, e.date_hi,
       e.place_name, e.place_country, e.place_lat, e.place_lon, e.place_feature,
       e.confidence, m.source_key, d.pub_date, d.url, d.ingested_at, e.cluster_id
FROM events e JOIN documents d ON d.doc_id = e.doc_id
JOIN mentions m ON m.doc_id = e.doc_id AND m.event_id = e.event_id
"""


def _link_actor(code, country, role) -> LinkActor | None:
    if code is None and country is None:
        return None
    return LinkActor(country or code or "?", code, country, role)


def _link_event(r: tuple) -> LinkEvent:
    place = (r[19], r[20], r[21], r[22], r[23]) if r[19] is not None or r[20] is not None else None
    return LinkEvent(
        event_id=r[0], doc_id=r[1], block_key=r[2], root=r[3], code=r[4], name=r[5], quad_class=r[6],
        goldstein=r[7], reciprocal=bool(r[8]),
        source=_link_actor(r[9], r[10], r[11]), target=_link_actor(r[12], r[13], r[14]),
        event_date=r[15], date_basis=r[16], date_lo=r[17], date_hi=r[18], place=place,
        confidence=r[24] or 0.0, source_key=r[25], pub_date=r[26], url=r[27], ingested_at=r[28], cluster_id=r[29],
    )


def _load(con, where: str, params: list) -> list[LinkEvent]:
    return [_link_event(r) for r in con.execute(_LINK_SELECT + " WHERE " + where, params).fetchall()]


def relink_pending(con, window: int) -> int:
    """Link every event that has no cluster yet; returns the number of clusters written.

    Must run inside the caller's transaction, after the new events are inserted.
    """
    new = _load(con, "e.cluster_id IS NULL", [])
    if not new:
        return 0
    spans: dict[str, list] = {}
    for e in new:
        if e.date_lo is None:
            continue
        lo, hi = spans.get(e.block_key, (e.date_lo, e.date_hi))
        spans[e.block_key] = [min(lo, e.date_lo), max(hi, e.date_hi)]
    touched: set[str] = set()
    if spans:
        pad = dt.timedelta(days=window)
        keys = sorted(spans)
        rows = con.execute(
            _LINK_SELECT
            + """ JOIN (SELECT unnest(?::VARCHAR[]) AS bk, unnest(?::DATE[]) AS lo, unnest(?::DATE[]) AS hi) b
                  ON e.block_key = b.bk AND e.date_hi >= b.lo AND e.date_lo <= b.hi
                  WHERE e.cluster_id IS NOT NULL""",
            [keys, [spans[k][0] - pad for k in keys], [spans[k][1] + pad for k in keys]],
        ).fetchall()
        candidates = [_link_event(r[:30]) for r in rows]
        for group in build_clusters(new + candidates, window, trust_clusters=True):
            if any(e.cluster_id is None for e in group.members):
                touched.update(e.cluster_id for e in group.members if e.cluster_id is not None)
    members = _load(con, "e.cluster_id IN (SELECT unnest(?::VARCHAR[]))", [sorted(touched)]) if touched else []
    clusters = build_clusters(new + members, window, trust_clusters=True)
    if touched:
        con.execute("DELETE FROM clusters WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [sorted(touched)])
    assign = [(e.doc_id, e.event_id, c.cluster_id) for c in clusters for e in c.members if e.cluster_id != c.cluster_id]
    if assign:
        d, ev, cid = (list(x) for x in zip(*assign))
        con.execute(
            """UPDATE events SET cluster_id = a.cid
               FROM (SELECT unnest(?::VARCHAR[]) AS doc_id, unnest(?::VARCHAR[]) AS event_id,
                            unnest(?::VARCHAR[]) AS cid) a
               WHERE events.doc_id = a.doc_id AND events.event_id = a.event_id""",
            [d, ev, cid],
        )
    insert_rows(con, schema.CLUSTERS, [c.row() for c in clusters])
    return len(clusters)


class Store:
    """One DuckDB file; the only writer while it is open."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, link_window_days: int = 2, read_only: bool = False) -> None:
        self.path = Path(path)
        self.window = link_window_days
        self.con = connect(self.path, read_only=read_only)
        if not read_only:
            self._prepare()

    def _prepare(self) -> None:
        con = self.con
        con.begin()
        schema.create(con)
        info = dict(con.execute("SELECT key, value FROM store_info").fetchall())
        version = info.get("schema_version")
        if version is not None and int(version) != schema.SCHEMA_VERSION:
            con.rollback()
            raise StoreError("E303", f"{self.path} has schema version {version}; this eventwire writes {schema.SCHEMA_VERSION}")
        if info.get("link_window_days") not in (None, str(self.window)):
            # Clusters depend on the window: recompute them all under the new one.
            con.execute("DELETE FROM clusters")
            con.execute("UPDATE events SET cluster_id = NULL")
            relink_pending(con, self.window)
        con.execute(
            "INSERT OR REPLACE INTO store_info VALUES ('schema_version', ?), ('link_window_days', ?)",
            [str(schema.SCHEMA_VERSION), str(self.window)],
        )
        relink_pending(con, self.window)  # nothing pending unless a writer from elsewhere left some
        con.commit()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored already (coded or rejected)."""
        ids = sorted({i for i in ids if i})
        if not ids:
            return set()
        rows = self.con.execute(
            """SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))
               UNION SELECT doc_id FROM rejects WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))""",
            [ids, ids],
        ).fetchall()
        return {r[0] for r in rows}

    def known_rejects(self, reject_ids: Iterable[str]) -> set[str]:
        ids = sorted(set(reject_ids))
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT reject_id FROM rejects WHERE reject_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def write_batch(self, batch: Sequence[DocRows], *, before_commit: Callable[[], None] | None = None) -> BatchResult:
        """Write a batch and re-link its events, all in one transaction."""
        con = self.con
        con.begin()
        try:
            for table, pick in (
                (schema.DOCUMENTS, lambda b: (b.document,) if b.document else ()),
                (schema.EVENTS, lambda b: b.events),
                (schema.ACTORS, lambda b: b.actors),
                (schema.QUOTES, lambda b: b.quotes),
                (schema.MENTIONS, lambda b: b.mentions),
                (schema.REJECTS, lambda b: b.rejects),
            ):
                insert_rows(con, table, [row for b in batch for row in pick(b)])
            changed = relink_pending(con, self.window)
            if before_commit is not None:
                before_commit()
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return BatchResult(
            documents=sum(1 for b in batch if b.document),
            events=sum(len(b.events) for b in batch),
            rejects=sum(len(b.rejects) for b in batch),
            clusters_changed=changed,
        )

    def relink_all(self) -> int:
        """Recompute every cluster from scratch (what incremental linking must equal)."""
        con = self.con
        con.begin()
        con.execute("DELETE FROM clusters")
        con.execute("UPDATE events SET cluster_id = NULL")
        n = relink_pending(con, self.window)
        con.commit()
        return n

    def counts(self) -> dict[str, int]:
        return {
            t.name: self.con.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
            for t in schema.TABLES
            if t.name != "store_info"
        }
