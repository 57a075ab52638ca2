"""Members and adversaries a group noun names: "Western countries, including France and Germany" (each
member a party of its own), "critics of the government" (its domestic opposition, not the government)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..nlp import children
from ..records import Actor
from .context import is_state
from ..events.syntax import _with_conjuncts


def included(tok: Token, found: dict[int, Actor]) -> list[Actor]:
    """'Western countries, including France and Germany', 'groups such as Hamas and Islamic Jihad':
    each member the tables code with a country or as an organisation is a party of its own; a
    list of names they lack, or of bare roles, leaves the group."""
    heads = [p for p in children(tok) if p.dep_ == "prep" and (
        p.lower_ == "including" or p.lower_ == "as" and any(c.lower_ == "such" for c in children(p)))]
    members = [found[t.i] for p in heads for c in children(p) if c.dep_ == "pobj"
               for t in _with_conjuncts(c) if t.i in found and found[t.i].code
               and (found[t.i].country or found[t.i].kind == "organisation"  # not "gunships": no party of its own
                    or (tok.i not in found or found[tok.i].code == "CVL") and found[t.i].role)]
    # "17 suspects, including 12 soldiers": the soldiers, too, where the head names only civilians
    return [replace(m, rule=m.rule + "+included") for m in members]


def adversaries(tok: Token, found: dict[int, Actor], offset: int) -> list[Actor]:
    """'critics of the government', 'rivals of Prime Minister Diab', 'Kremlin critics': not the
    government, its domestic opposition (the named state's country + OPP), rule recorded; 'opposition
    critics' the opposition; 'Maduro accused his opponents' the opposition of the subject's state;
    nothing else."""
    of = [c for p in children(tok) if p.dep_ == "prep" and p.lower_ == "of" for c in children(p) if c.dep_ == "pobj"]
    of += [c for c in children(tok) if c.dep_ in ("poss", "compound")]  # "Erdogan's critics", "Kremlin critics"
    # (a compound may be coded only with its head: "Kremlin critics" found whole as the Kremlin; a
    # named possessor is coded on its own by scan: "Mr Erdogan's critics")
    other = (found.get(of[0].i) or (found.get(tok.i) if of[0].dep_ == "compound" else None)) if of else None
    if other is None and of and of[0].dep_ == "poss" and of[0].pos_ == "PRON" and tok.dep_ == "dobj":
        # "Maduro accused his opponents": a possessive pronoun in the object is the subject's
        other = next((found[s.i] for s in children(tok.head) if s.dep_ == "nsubj" and s.i in found), None)
    where = dict(text=tok.text, start=offset + tok.idx, end=offset + tok.idx + len(tok.text))
    if other is not None and other.first_role == "OPP" and not is_state(other):
        return [replace(other, **where, rule=other.rule + "+adversaries")]  # "opposition critics"
    if not is_state(other):
        return []
    return [replace(other, code=other.country + "OPP", role="OPP", name=None, kind="group", **where,
                    rule=other.rule + "+adversaries")]
