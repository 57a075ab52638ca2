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
from .linking import (
    LINK_RULES, SIGNATURE_SELECT, LinkEvent, Signature, block_key_of, cluster_id_of_key, component_indices,
    link_actor, signature_of_row,
)
from .partial import relink_partials
from .summary import ClusterStats
from .richer import drop_documents
from .rows import DocRows, update_events

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


# Nothing is fetched at run time: DuckDB would otherwise download an extension
# (sqlite_scanner for a SQLite file, httpfs for a URL) when a query asks for one.
OFFLINE = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file


def check_store_file(path: str | Path) -> None:
    """Refuse (E305) an existing file that is not a DuckDB database before DuckDB opens it."""
    p = Path(path)
    if str(path) == ":memory:" or not p.exists():
        return
    if p.is_dir():
        raise StoreError("E305", f"{path} is a directory, not a DuckDB store file")
    try:
        with open(p, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError("E302", f"cannot read store {path}: {exc.strerror or exc}") from None
    if head and head[8:12] != _MAGIC:
        kind = "a SQLite database" if head.startswith(b"SQLite format") else "not a DuckDB database"
        raise StoreError("E305", f"{path} is {kind}; --db must name a DuckDB store file (or a new path)")


def connect(path: str | Path, *, read_only: bool = False):
    import duckdb

    check_store_file(path)
    try:
        return duckdb.connect(str(path), read_only=read_only, config=dict(OFFLINE))
    except duckdb.Error as exc:
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
       e.confidence, m.source_key, d.pub_date, d.url, d.ingested_at, e.cluster_id, e.modality,
       e.link_rule, e.link_country
FROM events e JOIN documents d ON d.doc_id = e.doc_id
JOIN mentions m ON m.doc_id = e.doc_id AND m.event_id = e.event_id
"""


def _link_event(r: tuple) -> LinkEvent:
    place = (r[19], r[20], r[21], r[22], r[23]) if r[19] is not None or r[20] is not None else None
    return LinkEvent(
        event_id=r[0], doc_id=r[1], block_key=r[2], root=r[3], code=r[4], name=r[5], quad_class=r[6],
        goldstein=r[7], reciprocal=bool(r[8]),
        source=link_actor(r[9], r[10], r[11]), target=link_actor(r[12], r[13], r[14]),
        event_date=r[15], date_basis=r[16], date_lo=r[17], date_hi=r[18], place=place,
        confidence=r[24] or 0.0, source_key=r[25], pub_date=r[26], url=r[27], ingested_at=r[28], cluster_id=r[29],
        modality=r[30], link_rule=r[31] or "signature", link_country=r[32],
    )


def _load(con, where: str, params: list) -> list[LinkEvent]:
    return [_link_event(r) for r in con.execute(_LINK_SELECT + " WHERE " + where, params).fetchall()]


def _stored_signatures(con, new: list[LinkEvent], window: int) -> list[Signature]:
    """Distinct signatures of the linked events that could be compatible with one of ``new``.

    Only events in a new event's block and within ``window`` days of the new
    events' dates of that block can be; duplicates of a signature inside a
    cluster collapse into one row, so the result does not grow with cluster size.
    """
    spans: dict[str, list] = {}
    for e in new:
        if e.date_lo is None or e.date_hi is None:
            continue
        lo, hi = spans.get(e.block_key, (e.date_lo, e.date_hi))
        spans[e.block_key] = [min(lo, e.date_lo), max(hi, e.date_hi)]
    if not spans:
        return []
    pad = dt.timedelta(days=window)
    keys = sorted(spans)
    rows = con.execute(
        SIGNATURE_SELECT + """
           JOIN (SELECT unnest(?::VARCHAR[]) AS bk, unnest(?::DATE[]) AS lo, unnest(?::DATE[]) AS hi) b
             ON e.block_key = b.bk AND e.date_hi >= b.lo AND e.date_lo <= b.hi
           WHERE e.cluster_id IS NOT NULL AND e.link_rule = 'signature'""",
        [keys, [spans[k][0] - pad for k in keys], [spans[k][1] + pad for k in keys]],
    ).fetchall()
    return [signature_of_row(r) for r in rows]


def _smallest_members(con, cluster_ids: list[str]) -> dict[str, tuple[str, str]]:
    if not cluster_ids:
        return {}
    rows = con.execute(
        """SELECT DISTINCT ON (cluster_id) cluster_id, event_id, doc_id FROM events
           WHERE cluster_id IN (SELECT unnest(?::VARCHAR[])) AND link_rule = 'signature'
           ORDER BY cluster_id, event_id, doc_id""",
        [cluster_ids],
    ).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def cluster_stats(con, cluster_ids: list[str]) -> dict[str, ClusterStats]:
    """The stats of these clusters, aggregated in SQL over their stored members.

    The members are joined with their documents and mentions once, into a
    temporary table the aggregates then read.
    """
    stats = {cid: ClusterStats() for cid in cluster_ids}
    if not cluster_ids:
        return stats
    con.execute(
        """CREATE OR REPLACE TEMP TABLE _cluster_members AS
           SELECT e.cluster_id, e.event_id, e.doc_id, e.block_key, e.root, e.code, e.name, e.quad_class, e.goldstein,
                  e.source_code, e.source_country, e.source_role, e.target_code, e.target_country, e.target_role,
                  e.event_date, e.date_basis, e.date_lo, e.date_hi,
                  e.place_name, e.place_country, e.place_lat, e.place_lon, e.place_feature,
                  least(greatest(coalesce(e.confidence, 0.0), 0.0), 1.0) AS confidence,
                  m.source_key, d.pub_date, d.url, d.ingested_at, coalesce(e.link_rule, '') <> 'partial-actor' AS anchor
           FROM events e JOIN documents d ON d.doc_id = e.doc_id
           JOIN mentions m ON m.doc_id = e.doc_id AND m.event_id = e.event_id
           WHERE e.cluster_id IN (SELECT unnest(?::VARCHAR[]))""",
        [cluster_ids],
    )
    q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
    for cid, block, root, n, partial, arts, srcs, lo, hi, pub, ing in q(
        """SELECT cluster_id, min(block_key) FILTER (WHERE anchor), min(root) FILTER (WHERE anchor), count(*),
                  count(*) FILTER (WHERE NOT anchor), count(DISTINCT doc_id), count(DISTINCT source_key),
                  min(date_lo), max(date_hi), min(pub_date), min(ingested_at)
           FROM _cluster_members GROUP BY cluster_id"""
    ):
        s = stats[cid]
        s.block_key, s.root, s.num_mentions, s.num_partial = block, root, n, partial
        s.num_articles, s.num_sources = arts, srcs
        s.date_lo, s.date_hi, s.min_pub, s.min_ingested = lo, hi, pub, ing
    for cid, code, n, eid, did, name, quad, gold in q(
        """SELECT DISTINCT ON (cluster_id, code) cluster_id, code, count(*) OVER (PARTITION BY cluster_id, code),
                  event_id, doc_id, name, quad_class, goldstein
           FROM _cluster_members ORDER BY cluster_id, code, event_id, doc_id"""
    ):
        stats[cid].codes[code] = (n, (eid, did), (name, quad, gold))
    for cid, sc, sn, sr, tc, tn, tr, n in q(
        """SELECT cluster_id, source_code, source_country, source_role, target_code, target_country, target_role,
                  count(*) FROM _cluster_members WHERE anchor GROUP BY ALL"""
    ):
        stats[cid].add_dyad((sc, sn, sr), (tc, tn, tr), n)
    for cid, *place, n in q(
        """SELECT cluster_id, place_name, place_country, place_lat, place_lon, place_feature, count(*)
           FROM _cluster_members WHERE place_name IS NOT NULL OR place_country IS NOT NULL GROUP BY ALL"""
    ):
        stats[cid].places[tuple(place)] += n
    for cid, date, basis, n in q(
        """SELECT cluster_id, event_date, date_basis = 'text', count(*)
           FROM _cluster_members WHERE event_date IS NOT NULL AND event_date <> '' GROUP BY ALL"""
    ):
        stats[cid].all_dates[date] += n
        if basis:
            stats[cid].text_dates[date] += n
    for cid, skey, best in q("SELECT cluster_id, source_key, max(confidence) FROM _cluster_members GROUP BY ALL"):
        stats[cid].best_confidence[skey] = float(best)
    for cid, doc, url in q(
        """SELECT DISTINCT ON (cluster_id) cluster_id, doc_id, url
           FROM _cluster_members ORDER BY cluster_id, pub_date NULLS LAST, doc_id"""
    ):
        stats[cid].first_doc = (doc, url)
    con.execute("DROP TABLE _cluster_members")
    return stats


def _set_cluster_ids(con, new_ids: list[tuple[str, str, str]], renamed: dict[str, str]) -> None:
    update_events(con, new_ids, ("cluster_id",), also="link_rule = 'signature', link_country = NULL")
    if renamed:
        old = sorted(renamed)
        con.execute(
            """UPDATE events SET cluster_id = a.cid
               FROM (SELECT unnest(?::VARCHAR[]) AS old, unnest(?::VARCHAR[]) AS cid) a
               WHERE events.cluster_id = a.old""",
            [old, [renamed[o] for o in old]],
        )


def _link_full(con, new: list[LinkEvent], window: int) -> tuple[list[str], list[str]]:
    """Components of the new full events with the stored clusters they reach, written to the events;
    returns (ids of the clusters written, ids of the stored clusters they replace)."""
    if not new:
        return [], []
    nodes: list = [*new, *_stored_signatures(con, new, window)]
    groups = []
    for idxs in component_indices(nodes, window, trust_clusters=True):
        fresh = [nodes[i] for i in idxs if i < len(new)]
        if fresh:
            groups.append((fresh, sorted({nodes[i].cluster_id for i in idxs if i >= len(new)})))
    touched = sorted({cid for _, old in groups for cid in old})
    smallest = _smallest_members(con, touched)
    new_ids: list[tuple[str, str, str]] = []
    renamed: dict[str, str] = {}
    written: list[str] = []
    for fresh, old in groups:
        cid = cluster_id_of_key(min([e.member_key for e in fresh] + [smallest[c] for c in old]))
        written.append(cid)
        new_ids += [(e.doc_id, e.event_id, cid) for e in fresh]
        renamed.update({c: cid for c in old if c != cid})
    _set_cluster_ids(con, new_ids, renamed)
    return written, touched


def refresh_block_keys(con) -> None:
    """Recompute every event's block key from its actors (the rules that make blocks may have changed)."""
    rows = con.execute(
        """SELECT doc_id, event_id, root, source_code, source_country, source_role, target_code, target_country,
                  target_role, block_key FROM events"""
    ).fetchall()
    side = lambda code, country, role: None if code is None and country is None else (code, country, role)  # noqa: E731
    changed = [
        (r[0], r[1], key) for r in rows
        if (key := block_key_of(r[2], side(*r[3:6]), side(*r[6:9]))) != r[9]
    ]
    update_events(con, changed, ("block_key",))


def relink_pending(con, window: int) -> int:
    """Link every event that has no cluster yet; returns the number of clusters written.

    Must run inside the caller's transaction, after the new events are inserted.
    The new full events are joined, in Python, with the distinct signatures of
    the stored full events they could link with; every stored cluster reached is
    merged with them. Stored clusters are already components, so merging through
    new events is all that can change. Then the new partial events, and the
    stored ones the changed clusters may concern, join the one cluster
    compatible with them or stay alone (``partial.py``). Members are relabelled
    and the changed clusters summarised in SQL, so the cost per batch depends on
    the batch and the variety of the clusters it touches, not on their size.
    """
    new = _load(con, "e.cluster_id IS NULL", [])
    if not new:
        return 0
    written, touched = _link_full(con, [e for e in new if e.kind == "full"], window)
    moved = relink_partials(con, _load, [e for e in new if e.kind != "full"], written, window)
    gone = sorted(set(touched) | set(written) | moved)
    con.execute("DELETE FROM clusters WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [gone])
    stats = cluster_stats(con, sorted(set(written) | moved))
    rows = [st.row(cid) for cid, st in sorted(stats.items()) if st.num_mentions]
    insert_rows(con, schema.CLUSTERS, rows)
    return len(rows)


def _drop_replaced_rejects(con, batch: Sequence[DocRows]) -> None:
    """What this batch says about a source replaces older rejects of it: a document stored now
    deletes the rejects of its id and of its source (a fixed input); a new failure at a source
    deletes that source's older rejects (its content changed). The table holds the latest state."""
    ids = sorted({b.doc_id for b in batch if b.document})
    sources = sorted({b.source_key for b in batch if b.document and b.source_key}
                     | {r[1] for b in batch for r in b.rejects})
    if not ids and not sources:
        return
    con.execute(
        """DELETE FROM rejects WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))
           OR source IN (SELECT unnest(?::VARCHAR[]))""",
        [ids, sources],
    )


class Store:
    """One DuckDB file; the only writer while it is open."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, link_window_days: int = 2, read_only: bool = False) -> None:
        self.path = Path(path)
        self.window = link_window_days
        self.con = connect(self.path, read_only=read_only)
        if not read_only:
            self._prepare()
        # Lookups get a connection of their own: the ingest writer thread may be inside a
        # transaction on ``con`` meanwhile, and a lookup must see only committed batches.
        self._lookup = self.con.cursor()

    def _prepare(self) -> None:
        con = self.con
        con.begin()
        schema.create(con)
        info = dict(con.execute("SELECT key, value FROM store_info").fetchall())
        version = info.get("schema_version")
        if version is not None and int(version) != schema.SCHEMA_VERSION and int(version) not in schema.UPGRADABLE_FROM:
            con.rollback()
            raise StoreError("E303", f"{self.path} has schema version {version}; this eventwire writes {schema.SCHEMA_VERSION}")
        if version is not None and (
            info.get("link_window_days") != str(self.window) or info.get("link_rules") != LINK_RULES
        ):
            # Clusters depend on the window and the rules: recompute them all under the current ones.
            refresh_block_keys(con)
            con.execute("DELETE FROM clusters")
            con.execute("UPDATE events SET cluster_id = NULL")
            relink_pending(con, self.window)
        con.execute(
            "INSERT OR REPLACE INTO store_info VALUES ('schema_version', ?), ('link_window_days', ?), ('link_rules', ?)",
            [str(schema.SCHEMA_VERSION), str(self.window), LINK_RULES],
        )
        relink_pending(con, self.window)  # nothing pending unless a writer from elsewhere left some
        con.commit()

    def close(self) -> None:
        self._lookup.close()
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def known_ids(self, ids: Iterable[str]) -> dict[str, str | None]:
        """Which of these article ids are stored as documents, with the hash of their text.

        Rejected ids are not known: a document that failed is coded again on the next run.
        """
        ids = sorted({i for i in ids if i})
        if not ids:
            return {}
        rows = self._lookup.execute(
            "SELECT doc_id, text_hash FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        ).fetchall()
        return {r[0]: r[1] for r in rows}

    def poorer_stored(self, articles) -> set[str]:
        """Ids of stored documents that these articles of the same id carry more metadata than."""
        from .richer import poorer_stored

        return poorer_stored(self._lookup, articles)

    def known_rejects(self, reject_ids: Iterable[str]) -> set[str]:
        ids = sorted(set(reject_ids))
        if not ids:
            return set()
        rows = self._lookup.execute(
            "SELECT reject_id FROM rejects WHERE reject_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def write_batch(self, batch: Sequence[DocRows], *, before_commit: Callable[[], None] | None = None) -> BatchResult:
        """Write a batch and re-link its events, all in one transaction."""
        con = self.con
        con.begin()
        try:
            drop_documents(con, [b.doc_id for b in batch if b.replaces and b.document])
            for table, pick in (
                (schema.DOCUMENTS, lambda b: (b.document,) if b.document else ()),
                (schema.EVENTS, lambda b: b.events),
                (schema.ACTORS, lambda b: b.actors),
                (schema.QUOTES, lambda b: b.quotes),
                (schema.MENTIONS, lambda b: b.mentions),
                (schema.REJECTS, lambda b: b.rejects),
                (schema.TEXTS, lambda b: (b.text,) if b.text else ()),
            ):
                if table is schema.REJECTS:
                    _drop_replaced_rejects(con, batch)
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
