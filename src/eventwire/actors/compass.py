"""A divided country's halves named by a compass word alone ("the North", "the South"), read only
where the article has named one of the pair (``data/compass_states.tsv``)."""
from __future__ import annotations

import functools
from pathlib import Path

from spacy.tokens import Token

from ..nlp import children, doc_text
from ..records import Actor
from .tables import read_tsv

PATH = Path(__file__).parent / "data" / "compass_states.tsv"


@functools.cache
def compass_states(path: Path = PATH) -> dict[str, tuple[str, frozenset[str]]]:
    """word -> (the code it stands for, the codes of which the article must have named one)."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for row in read_tsv(path):
        if set(row) != {"word", "code", "pair"} or not row["word"] or len(row["code"]) != 3 or not row["pair"]:
            raise ValueError(f"[E126] {path.name}: bad row {row!r} (columns word, code, pair)")
        out[row["word"]] = (row["code"], frozenset(row["pair"].split("|")))
    return out


def compass_state(tok: Token, named: set[str], offset: int) -> Actor | None:
    """The state "the North" stands for in a story that has named one of its pair (``named``: the
    countries the article has named so far), with the rule ``compass-state``; else None."""
    entry = compass_states().get(tok.text)
    if entry is None or tok.pos_ != "PROPN" or not entry[1] & named:
        return None
    kids = children(tok)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(c.dep_ in ("compound", "amod") for c in kids):
        return None  # "North Korea", "the Global South", "the South China Sea" are names of their own
    start = offset + min(t.idx for t in tok.subtree if t.i <= tok.i)
    end = offset + tok.idx + len(tok.text)
    text = doc_text(tok.doc)[start - offset:end - offset]
    return Actor(text=text, code=entry[0], country=entry[0], role=None, name=None, start=start, end=end,
                 rule="compass-state", kind="country")
