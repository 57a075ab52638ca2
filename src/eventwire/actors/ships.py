"""Ships named with their navy's prefix ("USS Carney", "BRP Teresa Magbanua", "HMS Defender").

The prefix says whose ship it is (data/ship_prefixes.tsv); the ship stands for that state's forces,
as "a US warship" does, and the rest of the name is no one's (the USS Carney is not Mark Carney).
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from ..records import Actor
from .tables import DATA_DIR, read_tsv

SHIP_RULE = "ship-prefix"


@functools.lru_cache(maxsize=1)
def ship_prefixes() -> dict[str, tuple[str, str]]:
    """Prefix (as written) -> (country, role)."""
    return {row["prefix"]: (row["country"], row["role"]) for row in read_tsv(DATA_DIR / "ship_prefixes.tsv")}


def _name_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha or tok.like_num and tok.pos_ == "PROPN"


def ship(core: list[Token], offset: int) -> Actor | None:
    """The ship a noun phrase names by prefix and name, coded as its state's forces; else None."""
    prefixes = ship_prefixes()
    toks = sorted(core, key=lambda t: t.i)
    for k, tok in enumerate(toks):
        owner = prefixes.get(tok.text)
        if owner is None:
            continue
        name = []
        for nxt in toks[k + 1:]:
            if nxt.i != (name[-1].i if name else tok.i) + 1 or not _name_word(nxt):
                break
            name.append(nxt)
        if not name:
            return None  # "the USS" alone, or a prefix before a common word: no ship named
        country, role = owner
        doc = tok.doc
        start, end = tok.idx, name[-1].idx + len(name[-1])
        return Actor(text=doc.text[start:end], code=country + role, country=country, role=role,
                     name=doc.text[start:end], start=start + offset, end=end + offset, rule=SHIP_RULE,
                     kind="organisation")
    return None
