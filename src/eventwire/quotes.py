"""Direct quotations and who said them.

A quotation is text between straight or curly double quotes (at least three
words: shorter quoted strings are scare quotes or titles). A quotation opened
but not closed in a paragraph runs to the paragraph's end, newswire style,
and a paragraph that opens with a quote mark continues the previous speaker.
The speaker is the subject of the nearest verb of saying outside the
quotation in the same paragraph ("...," he said / Putin said: "...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from .nlp import children, doc_text
from .records import Actor

QUOTE_RE = re.compile(r'"([^"\n]+)"|\u201c([^\u201d\n]+)(?:\u201d|$)', re.M)
OPEN_ONLY_RE = re.compile(r'^\s*["\u201c]([^"\u201d]+)$')
SPEECH_VERBS = frozenset(
    "say tell add state declare insist warn note explain stress write announce "
    "claim argue reply respond comment continue conclude tweet quip remark "
    "acknowledge admit assert affirm caution emphasise emphasize".split()
)
MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation inside one parsed paragraph (offsets relative to the paragraph)."""

    start: int
    end: int
    text: str
    speaker: Token | None
    rule: str


def quote_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of each quotation in a paragraph, inner text without the marks."""
    out = []
    for m in QUOTE_RE.finditer(text):
        group = 1 if m.group(1) is not None else 2
        inner = m.group(group).strip()
        if len(inner.split()) < MIN_WORDS:
            continue
        s = m.start(group) + (len(m.group(group)) - len(m.group(group).lstrip()))
        out.append((s, s + len(inner), inner))
    if not out:
        m = OPEN_ONLY_RE.match(text)
        if m and len(m.group(1).split()) >= MIN_WORDS:
            inner = m.group(1).rstrip()
            out.append((m.start(1), m.start(1) + len(inner), inner))
    return out


def _inside(tok: Token, spans: list[tuple[int, int, str]]) -> bool:
    return any(s - 1 <= tok.idx < e + 1 for s, e, _ in spans)


def _speaker_of(verb: Token) -> Token | None:
    for c in children(verb):
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    return None


def speaker_name(tok: Token) -> str:
    """The speaker as the text names them: a name in apposition to a role ("said the organisation's
    country director, Ngozi Ibekwe": Ngozi Ibekwe), else the speaker's own word."""
    if tok.pos_ == "NOUN":
        for c in children(tok):
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON":
                words = [t for t in c.subtree if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]  # c is one of them
                return tok.doc[words[0].i:words[-1].i + 1].text
    return tok.text


def named_speaker(actor: Actor | None, tok: Token) -> tuple[Actor | None, str]:
    """The coded speaker and the name the text gives them; a role's actor takes the name in apposition
    to it where it has none of its own ("the country director, Ngozi Ibekwe")."""
    named = speaker_name(tok)
    if actor is not None and actor.name is None and named != tok.text:
        actor = replace(actor, name=named)
    return actor, named


def _governing_speaker(doc: Doc, start: int, end: int, spans: list[tuple[int, int, str]]) -> Token | None:
    """The subject of the clause a quotation is part of: of the nearest speech verb above it ("the chamber
    said it found that they bore responsibility for "..."), else of the nearest verb above it with a
    subject ("Zakharova urged foreign politicians to "respect international law"", "Sa'ar called it "a
    dark moment""); None where the quotation is no part of a clause outside it."""
    inside = [t for t in doc if start <= t.idx < end]
    heads = [t.head for t in inside if t.head.idx < start - 1 or t.head.idx >= end + 1]
    if not heads:
        return None
    ancestors = [heads[0], *heads[0].ancestors]
    for pick in (lambda v: v.lemma_.lower() in SPEECH_VERBS, lambda v: True):
        for v in ancestors:
            if v.pos_ in ("VERB", "AUX") and pick(v) and (speaker := _speaker_of(v)) is not None \
                    and not _inside(speaker, spans):
                return speaker
    return None


def _named_before_in_sentence(tok: Token) -> Token:
    """For "he"/"she", the subject of its sentence's main verb where a name stands there before it
    ("Kenyan President William Ruto congratulated the parties on what he called ..."): the person the
    sentence itself names, whom the article's memory, read up to the sentence before, cannot know yet."""
    if tok.lower_ not in ("he", "she"):
        return tok
    subject = _speaker_of(tok.sent.root)
    if subject is None or subject.i >= tok.i or subject.pos_ == "PRON" \
            or not any(t.ent_type_ == "PERSON" for t in subject.subtree if t.i < tok.i):
        return tok
    return subject


def find_quotes(doc: Doc) -> list[QuoteSpan]:
    """Quotations of one paragraph with their speaker token (None when unattributed)."""
    spans = quote_spans(doc_text(doc))
    if not spans:
        return []
    verbs = [t for t in doc if t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX") and not _inside(t, spans)]
    said = [(v, speaker) for v in verbs if (speaker := _speaker_of(v)) is not None]  # read once per paragraph
    out = []
    for start, end, text in spans:
        governing = _governing_speaker(doc, start, end, spans)
        if governing is not None:  # the clause the quotation is part of says whose words they are
            out.append(QuoteSpan(start, end, text, _named_before_in_sentence(governing), "governing-verb-subject"))
            continue
        best: Token | None = None
        best_dist = None
        # a verb of the sentence the quotation stands in comes first ('X said the Kingdom "condemns ...".
        # It warned ...': X's words, not what "it" warned of); else the nearest in the paragraph
        own = [(v, speaker) for v, speaker in said if v.sent.start_char < end and start < v.sent.end_char]
        for v, speaker in own or said:
            if _inside(speaker, spans):
                continue
            dist = v.idx - end if v.idx >= end else start - v.idx
            if best_dist is None or dist < best_dist:
                best, best_dist = speaker, dist
        out.append(QuoteSpan(start, end, text, best, "speech-verb-subject" if best is not None else "unattributed"))
    return out
