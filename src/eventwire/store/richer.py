"""When the same text arrives twice, the record with more metadata wins.

Why: the same article often reaches a corpus twice, as a bare ``.txt`` copy and
as a JSON Lines record with its date, URL and outlet. Both get the same content
id, and storing whichever came first would leave the dated copy unused and its
events undated. Metadata are compared as (has a publication date, number of URL /
outlet / title fields); the stored or earlier record is kept on a tie, so
ingesting again changes nothing. A stored document that loses is deleted with its
rows in the transaction that writes the winner, and its clusters are re-linked.
"""
from __future__ import annotations

import logging
from typing import Iterable

from ..records import Article

log = logging.getLogger("eventwire.ingest")

Score = tuple[bool, int]


def metadata_score(article: Article) -> Score:
    return (article.pub_date is not None, sum(1 for v in (article.url, article.outlet, article.title) if v))


def stored_score(pub_date, url, outlet, headline) -> Score:
    return (pub_date is not None, sum(1 for v in (url, outlet, headline) if v))


def richest(articles: list[Article]) -> tuple[list[Article], list[tuple[Article, Article]]]:
    """One article per id (the richest; the first on ties), and the (kept, dropped) pairs."""
    best: dict[str, Article] = {}
    dropped: list[tuple[Article, Article]] = []
    for a in articles:
        old = best.get(a.id)
        if old is None:
            best[a.id] = a
        elif metadata_score(a) > metadata_score(old):
            best[a.id] = a
            dropped.append((a, old))
        else:
            dropped.append((old, a))
    kept = [a for a in articles if best.get(a.id) is a]
    return kept, dropped


def log_choice(kept: Article, dropped_source: str | None) -> None:
    log.info("%s: kept the record from %s (more metadata: pub_date=%s) over %s",
             kept.id, kept.source, kept.pub_date, dropped_source)


def poorer_stored(con, articles: Iterable[Article]) -> set[str]:
    """Ids of stored documents with less metadata than the given article of the same id."""
    by_id = {a.id: a for a in articles}
    if not by_id:
        return set()
    rows = con.execute(
        "SELECT doc_id, pub_date, url, outlet, headline, source FROM documents "
        "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [sorted(by_id)],
    ).fetchall()
    out = set()
    for doc_id, pub, url, outlet, headline, source in rows:
        a = by_id[doc_id]
        if metadata_score(a) > stored_score(pub, url, outlet, headline or a.title):
            out.add(doc_id)
            log_choice(a, source)
    return out


_DOC_TABLES = ("events", "actors", "quotes", "mentions", "texts", "documents")


def drop_documents(con, doc_ids: list[str]) -> None:
    """Delete stored documents and their rows inside the caller's transaction; their clusters are re-linked.

    The remaining members of each touched cluster lose their cluster id, so the
    caller's ``relink_pending`` recomputes those components with the new rows. So
    do the clusters of the partial events the dropped full events could have
    given a country (same root and known party, ``partial.py``): a dropped
    candidate may leave one of them a single cluster to join.
    """
    if not doc_ids:
        return
    con.execute(
        """CREATE OR REPLACE TEMP TABLE _dropped_clusters AS
           SELECT DISTINCT cluster_id FROM events
           WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) AND cluster_id IS NOT NULL
           UNION
           SELECT DISTINCT p.cluster_id FROM events p JOIN events d
             ON d.doc_id IN (SELECT unnest(?::VARCHAR[])) AND d.link_rule = 'signature' AND d.root = p.root
            AND p.block_key IN (d.root || '|' || split_part(d.block_key, '|', 2), d.root || '|' || split_part(d.block_key, '|', 3))
           WHERE p.link_rule IN ('partial-actor', 'partial-ambiguous') AND p.cluster_id IS NOT NULL""",
        [doc_ids, doc_ids],
    )
    for table in _DOC_TABLES:
        con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids])
    con.execute("DELETE FROM clusters WHERE cluster_id IN (SELECT cluster_id FROM _dropped_clusters)")
    con.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id IN (SELECT cluster_id FROM _dropped_clusters)")
    con.execute("DROP TABLE _dropped_clusters")
