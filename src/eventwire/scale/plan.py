"""Which copy of each input is coded, and under which id: a local ingest's choices, made over the whole input.

A local ingest reads its input in order and decides, before coding, for every
article (``store/ingest.py``):

- an id that already holds another text (stored, or read earlier) gives the
  article the derived id ``<id>~<hash>`` (W006), so neither text is dropped;
- of the copies of one id, the one with more metadata is kept, the first on
  ties (``store/richer.py``); a stored document is kept unless a copy has more
  metadata than it (it is then replaced, ``load.py`` does that);
- an unreadable input is recorded once per reject id (content, path, code).

Workers each read a part of the input, so these choices cannot be made where
the text is read. A first Ray Data pass therefore reads every file and returns
one small row per item (``index_items``: ids, text hash, metadata score,
position, no text); the driver makes the choices here (``make_plan``), and the
coding pass codes exactly the chosen copies under their final ids.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from ..ingest.text import sanitised_article
from ..records import Article, Rejected, text_hash
from ..store.richer import metadata_score

Position = tuple[int, int]  # (file number in the expanded input, record number in the file)


def prepared(item: Article | Rejected, pub_date: dt.date | None) -> Article | Rejected:
    """An item as a local ingest codes it: ``--pub-date`` applied, sanitised, with its id."""
    if not isinstance(item, Article):
        return item
    if item.pub_date is None and pub_date is not None:
        item = replace(item, pub_date=pub_date, pub_date_source="given")
    return sanitised_article(item).with_id()


def index_row(item: Article | Rejected, reject_id: str, file_no: int, rec_no: int) -> dict:
    """What the plan needs of one item: no text, so the first pass stays small."""
    if isinstance(item, Article):
        has_date, n_meta = metadata_score(item)
        return {"item_id": item.id, "reject": False, "text_hash": text_hash(item.text), "has_date": has_date,
                "n_meta": n_meta, "has_title": bool(item.title), "file_no": file_no, "rec_no": rec_no}
    return {"item_id": reject_id, "reject": True, "text_hash": "", "has_date": False, "n_meta": 0,
            "has_title": False, "file_no": file_no, "rec_no": rec_no}


@dataclass(frozen=True, slots=True)
class Stored:
    """A stored document as the plan sees it."""

    text_hash: str | None
    has_date: bool
    n_meta: int  # url, outlet, headline present (the headline counts as the new copy's title when missing)
    has_headline: bool


@dataclass(slots=True)
class Plan:
    chosen: dict[Position, str] = field(default_factory=dict)  # position -> final id, for the items to code
    read: int = 0
    skipped: int = 0  # stored already (or in a committed shard) and not replaced
    duplicates: int = 0  # repeating an item of this input
    renamed: int = 0  # coded under a derived id (id conflict)
    replaced: int = 0  # copies (read or stored) that lost to a copy with more metadata (richer.py)
    input_rejects_known: int = 0  # unreadable inputs repeating a reject of this input or the store

    @property
    def to_code(self) -> int:
        return len(self.chosen)


def derived_id(item_id: str, h: str) -> str:
    return f"{item_id}~{h[:8]}"


def _final_ids(rows: list[dict], stored: dict[str, Stored]) -> dict[Position, str]:
    """Each article's id after id conflicts: the stored text, else the first text read, keeps the id."""
    first: dict[str, str] = {}
    out = {}
    for r in rows:
        iid, h = r["item_id"], r["text_hash"]
        held = stored[iid].text_hash if iid in stored and stored[iid].text_hash else None
        keeper = first.setdefault(iid, held or h)
        out[(r["file_no"], r["rec_no"])] = iid if keeper == h else derived_id(iid, h)
    return out


def make_plan(index: Iterable[dict], stored: dict[str, Stored], written: set[str]) -> Plan:
    """Choose the copies to code (module docstring); ``stored`` covers the ids of ``index`` and their derived
    ids, ``written`` is what committed shards already hold."""
    rows = sorted(index, key=lambda r: (r["file_no"], r["rec_no"]))
    plan = Plan()
    articles = [r for r in rows if not r["reject"]]
    plan.read = len(articles)
    final = _final_ids(articles, stored)
    best: dict[str, tuple[tuple[bool, int], Position]] = {}
    for r in articles:
        pos = (r["file_no"], r["rec_no"])
        fid, score = final[pos], (bool(r["has_date"]), int(r["n_meta"]))
        plan.renamed += fid != r["item_id"]
        old = best.get(fid)
        if old is None or score > old[0]:
            best[fid] = (score, pos)
    plan.replaced = sum(1 for r in articles
                        if (bool(r["has_date"]), int(r["n_meta"])) < best[final[(r["file_no"], r["rec_no"])]][0])
    for fid, (score, pos) in best.items():
        s = stored.get(fid)
        if fid in written or (s is not None and score <= (s.has_date, s.n_meta)):
            continue
        plan.chosen[pos] = fid
        plan.replaced += s is not None
    coded = set(plan.chosen.values())
    plan.skipped = sum(1 for r in articles if (fid := final[(r["file_no"], r["rec_no"])]) not in coded
                       and (fid in stored or fid in written))
    plan.duplicates = plan.read - plan.skipped - len(plan.chosen)
    seen: set[str] = set()
    for r in rows:
        if r["reject"]:
            if r["item_id"] in seen or r["item_id"] in written or r["item_id"] in stored:
                plan.input_rejects_known += 1
            else:
                seen.add(r["item_id"])
                plan.chosen[(r["file_no"], r["rec_no"])] = r["item_id"]
    return plan


def stored_documents(store, index: list[dict]) -> dict[str, Stored]:
    """The stored documents (and rejects, as bare ids) the plan must know of, looked up in ``store``."""
    ids = sorted({r["item_id"] for r in index if not r["reject"]}
                 | {derived_id(r["item_id"], r["text_hash"]) for r in index if not r["reject"]})
    out: dict[str, Stored] = {}
    if ids:
        rows = store.con.execute(
            "SELECT doc_id, text_hash, pub_date IS NOT NULL, "
            "(coalesce(url, '') <> '')::INT + (coalesce(outlet, '') <> '')::INT, coalesce(headline, '') <> '' "
            "FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids],
        ).fetchall()
        out = {r[0]: Stored(r[1], bool(r[2]), int(r[3]) + bool(r[4]), bool(r[4])) for r in rows}
    titled = {r["item_id"] for r in index if not r["reject"] and r["has_title"]}
    for doc_id, s in list(out.items()):  # richer.py counts a stored document's headline as the new copy's title
        if not s.has_headline and doc_id.split("~")[0] in titled:
            out[doc_id] = replace(s, n_meta=s.n_meta + 1)
    rids = sorted({r["item_id"] for r in index if r["reject"]})
    for rid in store.known_rejects(rids):
        out[rid] = Stored(None, False, 0, False)
    return out


def chosen_items(items: Iterator[tuple[int, Article | Rejected]], file_no: int,
                 chosen: dict[Position, str]) -> Iterator[tuple[int, Article | Rejected]]:
    """The chosen items of one file, each under its final id (a derived id says why, as a local ingest does)."""
    from ..store.ingest import _derived

    for rec_no, item in items:
        fid = chosen.get((file_no, rec_no))
        if fid is None:
            continue
        if isinstance(item, Article) and fid != item.id:
            item = _derived(item, text_hash(item.text))
        yield rec_no, item
