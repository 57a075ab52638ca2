"""Judging by predication: "called the arrest cruel", "described the deal as a milestone",
"branded the opposition traitors".

A verb of naming or regarding (``data/judging.tsv``) says nothing by itself; the predicate it puts
on its object carries the judgement. Where the predicate is evaluative (``data/evaluative.tsv``)
the clause is a criticism (CAMEO 111) or a praise (051) of the object, as the CAMEO dictionary
codes "CALL * LIAR" or "BRAND". The object is the target, found as a criticised verb's would be
("called the arrest cruel": whoever arrested). A predicate the lexicon does not judge ("declared
Chapo the winner", "described the deployment as defensive") is no event.
"""
from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from spacy.tokens import Token

from ..actors.phrase import indefinite_predicate
from ..nlp import children
from .lexicon import DATA_DIR, LexiconError, _lemma, _read
from .syntax import PASS_SUBJ, SUBJ, _children, is_free_relative
from .triggers import Trigger

POLARITY_CODES = MappingProxyType({"neg": "111", "pos": "051"})  # Criticize or denounce; Praise or endorse
_MARKERS = frozenset({"-", "as"})
_SKIPPED = frozenset({"det", "punct", "poss", "predet", "nummod", "case"})  # not words of the judgement
_LONGEST = 4  # the longest phrase evaluative.tsv may hold, in words


@functools.cache
def judging_verbs() -> Mapping[str, frozenset[str]]:
    """lemma -> how its predicate follows the object: "-" bare, "as" ("described it as")."""
    path = DATA_DIR / "judging.tsv"
    out: dict[str, frozenset[str]] = {}
    for n, row in _read(path, ("lemma", "marker", "note")):
        where = f"{path.name}:{n}"
        markers = frozenset(row["marker"].split("|"))
        if not markers or not markers <= _MARKERS:
            raise LexiconError(f"{where}: marker {row['marker']!r} must be '-', 'as' or '-|as'")
        lemma = _lemma(row["lemma"], where)
        if lemma in out:
            raise LexiconError(f"{where}: {lemma!r} listed twice")
        out[lemma] = markers
    return MappingProxyType(out)


@functools.cache
def evaluations() -> Mapping[str, str]:
    """Evaluative words and phrases (lower case, single-spaced) -> "neg" or "pos"."""
    path = DATA_DIR / "evaluative.tsv"
    out: dict[str, str] = {}
    for n, row in _read(path, ("word", "polarity", "note")):
        where = f"{path.name}:{n}"
        word, polarity = " ".join(row["word"].split()), row["polarity"]
        if not word or word != word.lower() or len(word.split()) > _LONGEST or word.split()[0] in ("a", "an", "the"):
            raise LexiconError(f"{where}: {row['word']!r} must be 1-{_LONGEST} lower-case words, no article first")
        if polarity not in POLARITY_CODES:
            raise LexiconError(f"{where}: polarity {polarity!r} is not neg or pos")
        if word in out:
            raise LexiconError(f"{where}: {word!r} listed twice")
        out[word] = polarity
    return MappingProxyType(out)


def predicates(verb: Token) -> list[tuple[Token, Token]]:
    """(object, predicate head) pairs a judging verb sets up: "called it [a farce]", "described the
    talks [as constructive]". The parser may take the predicate for a second object ("branded the
    government a puppet regime"), the object for a predicate ("called President Ruto a dictator"),
    or the two for a clause ("called the sanctions illegitimate")."""
    markers = judging_verbs().get(verb.lemma_.lower())
    if not markers:
        return []
    objects, named = _children(verb, "dobj"), _children(verb, "oprd")
    out: list[tuple[Token, Token]] = []
    if "-" in markers and (len(objects) == 2 or not objects and len(named) == 2):
        pair = objects if len(objects) == 2 else named
        return [(pair[0], pair[1])]
    if "-" in markers and not objects and len(named) == 1 and (pred := _indefinite_apposition(named[0])) is not None:
        return [(named[0], pred)]  # "called Britain's ambassador to the United States a very stupid guy"
    if "-" in markers and len(objects) == 1 and (pred := _postposed_adjective(objects[0])) is not None:
        return [(objects[0], pred)]  # "called the decision unprecedented and illegal"
    if "-" in markers and len(objects) == 1 and (pred := _nested_predicate(objects[0])) is not None:
        return [(objects[0], pred)]  # "called Russia's move a violation of Ukraine's sovereignty"
    own_as = [c for c in children(objects[0]) if c.dep_ == "prep" and c.lower_ == "as"] if objects else []
    for c in [*children(verb), *own_as]:  # "described the move as ...": the parser may hang "as" on the object
        if c.dep_ == "prep" and c.lower_ == "as":
            if "as" in markers and objects:
                out += [(objects[0], p) for p in children(c) if p.dep_ in ("pobj", "amod", "acomp")]
        elif c.dep_ in ("oprd", "ccomp", "xcomp", "advcl", "acomp") and c.pos_ in ("ADJ", "NOUN", "PROPN", "VERB"):
            marked = any(g.lower_ == "as" and g.i < c.i for g in children(c))
            clause_subject = [s for s in _children(c, "nsubj") if s.i < c.i] if c.dep_ == "ccomp" else []
            verbal = any(g.dep_ in ("aux", "auxpass", "dobj", "cop") for g in children(c))
            if "as" in markers and marked and objects:
                out.append((objects[0], c))
            elif "-" in markers and not marked and not verbal:
                if objects and c.dep_ in ("oprd", "acomp") or objects and c.dep_ == "ccomp" and c.pos_ != "VERB":
                    out.append((objects[0], c))
                elif not objects and len(clause_subject) == 1:  # "called [the sanctions illegitimate]"
                    out.append((clause_subject[0], c))
    return out


def _postposed_adjective(obj: Token) -> Token | None:
    """An adjective the parser hung after the object as its modifier, ending the clause: English puts an
    attributive adjective before its noun, so one after it is the predicate ("called the decision
    unprecedented and illegal"), not a description ("the people responsible" is no judgement anyway)."""
    after = [c for c in children(obj) if c.dep_ == "amod" and c.i > obj.i and c.pos_ == "ADJ"]
    return after[0] if len(after) == 1 and not any(c.dep_ == "prep" for c in children(after[0])) else None


def _nested_predicate(obj: Token) -> Token | None:
    """A predicate the parser hung on the object as the object's own object ("called [Russia's move [a
    violation]]"): an indefinite noun after it, which no noun takes as an object of its own."""
    return next((c for c in children(obj) if c.dep_ == "dobj" and c.i > obj.i and c.pos_ == "NOUN"
                 and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in children(c))), None)


def _indefinite_apposition(obj: Token) -> Token | None:
    """A predicate the parser hung on the object as its apposition (actors/phrase.indefinite_predicate)."""
    return next((a for a in children(obj) if a.dep_ == "appos" and indefinite_predicate(obj, a)), None)


def polarity(pred: Token) -> tuple[str, str] | None:
    """The judgement a predicate phrase passes, with the words that pass it: the longest listed
    phrase ending at its head ("a true friend", "a step forward"), else a listed adjective of it
    ("an unfriendly step"); the first of coordinated predicates that has one ("cruel and
    unnecessary"). Negated ("not acceptable"), a praise is a criticism and a criticism nothing."""
    table = evaluations()
    for head in [pred, *pred.conjuncts]:
        found = _negated(_judged(head, table), head)
        if found is not None:
            return found
    return None


def _negated(found: tuple[str, str] | None, head: Token) -> tuple[str, str] | None:
    """A judgement under the head's negation: a praise denied is a criticism, a criticism denied none."""
    if found is None or not any(c.dep_ == "neg" for c in children(head)):
        return found
    pol, words = found
    return ("neg", "not " + words) if pol == "pos" else None


def _judged(head: Token, table: Mapping[str, str]) -> tuple[str, str] | None:
    left = [t for t in head.lefts if t.dep_ not in _SKIPPED and t.i >= head.i - _LONGEST]
    left = [t for t in left if all(head.doc[i].dep_ not in ("punct", "cc") for i in range(t.i, head.i))]
    words = [t.lower_ for t in left] + [head.lower_]
    following = _following(head)
    for n in range(len(following), 0, -1):  # "a stab in the back", "a declaration of war by Brussels"
        key = " ".join([head.lower_, *following[:n]])
        if key in table:
            return table[key], key
    after = [t.lower_ for t in head.rights if t.dep_ == "advmod" and t.i == head.i + 1]  # "a step forward"
    for tail in ([after, []] if after else [[]]):
        for i in range(len(words)):  # the longest phrase ending at the head (and its "forward") first
            key = " ".join(words[i:] + tail)
            if key in table:
                return table[key], key
    lemma = head.lemma_.lower()
    if lemma != head.lower_ and lemma in table:  # "lies", "provocations"
        return table[lemma], lemma
    for mod in left:
        if mod.dep_ in ("amod", "compound") and mod.lower_ in table:
            return table[mod.lower_], mod.lower_
    return None


def _following(head: Token) -> list[str]:
    """The words of the head's prepositional phrase right after it, as far as a listed phrase
    may reach ("stab" -> "in the back")."""
    out: list[str] = []
    for tok in head.doc[head.i + 1: head.i + _LONGEST]:
        if tok.is_punct or not head.is_ancestor(tok):
            break
        out.append(tok.lower_)
    return out


def judgement(verb: Token) -> Trigger | None:
    """A judging verb whose predicate is evaluative, in the active voice with a subject: the
    criticism or praise of its object. Not an aside of an act that already says as much ("welcomed
    the decision, calling it a step forward": the welcome is the event), nor the name a free
    relative gives the object of another act ("condemned what he called a shocking act")."""
    if verb.lemma_.lower() not in judging_verbs() or _children(verb, PASS_SUBJ):
        return None
    if not _children(verb, SUBJ) and not (verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ == "VBG"):
        return None
    if is_free_relative(verb):
        return None  # "condemned what he called a shocking act": what the condemnation is of, not a second act
    for obj, pred in predicates(verb):
        found = polarity(pred)
        if found is not None:
            pol, words = found
            return Trigger(code=POLARITY_CODES[pol], cue=f"judgement:{verb.lemma_.lower()}>{words}", rule="judgement",
                           verb=verb, tokens=(verb, pred), target_override=(obj,))
    return None


# Verbs that report what their subject says is so: "said the ruling was a shameful verdict"
STATING = frozenset({"say", "tell", "add", "state", "declare", "insist", "stress", "note", "write", "tweet", "assert",
                     "affirm", "emphasise", "emphasize"})
STATED_JUDGEMENT = "judgement:stated"  # its target must be a party the article names (targeting.py)


def stated_judgement(verb: Token, is_frame_word) -> Trigger | None:
    """'Vucic told reporters that the ruling was a shameful verdict', 'said the remark was an insult':
    what a speaker states a named act or thing is, when evaluative, judges it as "called it" does (111,
    051). Only a noun subject (what "it" or "this" is, the clause does not say), the copula's own
    predicate, and not negated into nothing ("was not a crime" passes no judgement; "was not
    acceptable" is a criticism). A predicate that is a frame's word ("said the Taliban were
    responsible") is the frame's (``is_frame_word``)."""
    if verb.lemma_.lower() not in STATING or not _children(verb, SUBJ):
        return None
    for comp in (c for c in children(verb) if c.dep_ == "ccomp" and c.lemma_ == "be"):
        subjects = [t for t in _children(comp, "nsubj") if t.pos_ in ("NOUN", "PROPN")]  # (not "it", "this": PRON)
        preds = [p for p in children(comp) if p.dep_ in ("attr", "acomp")]
        if len(subjects) != 1 or not preds or any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in children(comp)):
            continue
        found = None if is_frame_word(preds[0].lemma_.lower()) else _negated(polarity(preds[0]), comp)
        if found is None:
            continue
        pol, words = found
        return Trigger(code=POLARITY_CODES[pol], cue=f"judgement:{verb.lemma_.lower()}>{words}", rule=STATED_JUDGEMENT,
                       verb=verb, tokens=(verb, comp, preds[0]), target_override=(subjects[0],))
    return None


ACCUSE = "112"  # accuse, not specified
CRITICS = frozenset({"critic", "opponent", "detractor"})  # who speak against someone (actors/context.ADVERSARY_HEADS)
CLAIMING = frozenset({"say", "claim", "allege", "argue", "charge", "contend", "maintain", "complain"})


def critics_claim(verb: Token) -> Trigger | None:
    """'Mr Erdogan's critics say he has used the failed uprising as an excuse to stifle the press',
    'Kremlin critics say Putin has given him free rein': what critics say someone did is an accusation
    of them (112), the claim's subject its target. Critics saying what should happen or what is
    ("critics say the plan is unworkable") accuse no one the clause names as its doer."""
    if verb.lemma_.lower() not in CLAIMING:
        return None
    subjects = _children(verb, SUBJ)
    if not subjects or subjects[0].lemma_.lower() not in CRITICS:
        return None
    for comp in (c for c in children(verb) if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        doers = [t for t in _children(comp, SUBJ) if t.pos_ in ("PROPN", "PRON", "NOUN") and t.lower_ not in ("it", "this", "that")]
        if doers and comp.lemma_.lower() != "be":
            return Trigger(code=ACCUSE, cue=f"critics:{verb.lemma_.lower()}", rule="critics-claim", verb=verb,
                           tokens=(verb, comp), target_override=(doers[0],))
    return None
