"""Headlines in the present tense, which the small English model reads as noun phrases.

A headline or a one-line record reports a past event in the simple present, with no article and
often no final period: "Uganda police arrest Bobi Wine ahead of rally", "Thousands march in Nairobi
against tax hikes", "Houthis fire missiles at US destroyer". The model, trained on running text,
tags the verb a noun ("arrest/NN", "march/NN", "fire/NN") and the sentence has no verb at all, so no
clause is there to code. The same line with the verb in the past tense ("police arrested Bobi Wine")
parses as a clause.

So a sentence with no verb, in which a word after a noun is a verb the coder knows, is parsed again
with that word in the past tense, and the new analysis (tags, lemmas, heads, labels, entities) is
laid onto the original words: the text, and every offset an event points to, stay the reader's.
The same repair serves a record whose past tense the parser took for a modifier of the noun after
it ("The RSF massed fighters ...": one noun phrase, no clause): a past tense the model knows well as
a main verb stands in for it while parsing, and the word keeps its own text and lemma.
Which words are verbs comes from the coder's own vocabulary (its lexicon and PETRARCH's dictionary),
their past tenses from the model's own lemmatizer exceptions; never a list written for headlines.
"""
from __future__ import annotations

from typing import Collection, Mapping

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.tokens import Doc, Span, Token

from .lemmas import readings

VERBAL_POS = frozenset({"VERB", "AUX"})
SUBJECT_END_POS = frozenset({"NOUN", "PROPN"})  # the word before the verb ends its subject
MIN_TOKENS = 3  # subject, verb and something after it
ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, SENT_START]
VOWELS = frozenset("aeiou")


def verb_forms(nlp) -> tuple[dict[str, str], frozenset[str]]:
    """From the model's own lemmatizer exceptions: each irregular verb's simple past ("shoot": "shot",
    "take": "took", not "taken") and the verbs that double their last consonant ("ban": "banning")."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    except (KeyError, AttributeError):
        return {}, frozenset()
    forms: dict[str, list[str]] = {}
    for form, lemmas in table.items():
        for lemma in lemmas:
            forms.setdefault(lemma, []).append(form)
    past: dict[str, str] = {}
    doubling: set[str] = set()
    for lemma, found in forms.items():
        if lemma + lemma[-1:] + "ing" in found:
            doubling.add(lemma)
        simple = sorted((f for f in found if not f.endswith(("ing", "s"))), key=lambda f: f.endswith("n"))
        if simple:
            past[lemma] = simple[0]  # "took" before "taken": a participle alone reads as a passive
    return past, frozenset(doubling)


def past_tense(lemma: str, irregular: Mapping[str, str], doubling: Collection[str] = ()) -> str:
    """The simple past of a verb: its irregular form, else the regular spelling ("arrest" ->
    "arrested", "seize" -> "seized", "deny" -> "denied", "ban" -> "banned")."""
    if lemma in irregular:
        return irregular[lemma]
    if lemma in doubling:
        return lemma + lemma[-1] + "ed"
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in VOWELS:
        return lemma[:-1] + "ied"
    return lemma + "ed"


def verb_reading(tok: Token, known: Collection[str]) -> str | None:
    """The known verb a present-tense form is ("arrest", "arrests", "denies"), or None."""
    form = tok.lower_
    if not form.isalpha():
        return None
    if form in known:
        return form
    if form.endswith("s"):
        return next((r for r in readings(form) if r in known), None)
    return None


def _candidate(sent: Span, known: Collection[str]) -> tuple[Token, str] | None:
    """The first word after a noun that reads as a known verb, with something after it."""
    title_case = all(t.text[:1].isupper() for t in sent if t.is_alpha and len(t) > 3)
    for tok in sent[1:-1]:
        prev = tok.doc[tok.i - 1]
        if prev.pos_ not in SUBJECT_END_POS and not (prev.pos_ == "ADJ" and prev.text[:1].isupper()):
            continue
        if tok.text[:1].isupper() and not title_case:
            continue  # a name ("Police Chief Rose"), not a verb, unless every word is capitalised
        if tok.nbor(1).lower_ == "between":
            continue  # "Heavy clashes between X and Y": an act named with both its parties, no clause
        lemma = verb_reading(tok, known)
        if lemma is not None:
            return tok, lemma
    return None


# The past tense the model knows best as a main verb: it stands in for a past participle misread
# as a modifier ("The RSF massed fighters": "massed fighters" read as a noun phrase), whose own
# lemma and text the new analysis keeps.
STAND_IN = "sent"


def _past_as_modifier(sent: Span, known: Collection[str]) -> Token | None:
    """In a sentence with no verb at its root (the caller checks), a known verb's past tense after its subject that the
    parser took for a modifier of the noun after it ("The RSF massed fighters ...", "forces
    concentrated troops ..."); not a participle with an article before it ("the massed fighters")."""
    for tok in sent[1:-1]:
        prev = tok.doc[tok.i - 1]
        if tok.tag_ in ("VBD", "VBN") and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i \
                and prev.pos_ in SUBJECT_END_POS and tok.lemma_.lower() in known:
            return tok
    return None


def verbless(sent: Span) -> bool:
    return len(sent) >= MIN_TOKENS and not any(t.pos_ in VERBAL_POS for t in sent)


class HeadlineParser:
    """Parses verbless sentences again with their verb in the past tense (see the module's docstring)."""

    def __init__(self, nlp, known: Collection[str]) -> None:
        self.nlp = nlp
        self.known = known
        self.irregular, self.doubling = verb_forms(nlp)

    def __call__(self, doc: Doc) -> Doc:
        """``doc`` with each verbless sentence that has a verb reading parsed again as a clause;
        ``doc`` itself when there is none (the common case: one look at each sentence's root)."""
        swaps: dict[int, str] = {}
        for sent in doc.sents:
            if sent.root.pos_ in VERBAL_POS:
                continue  # a clause: the common case, told by one token
            if verbless(sent):
                found = _candidate(sent, self.known)
                if found is not None:
                    tok, lemma = found
                    past = past_tense(lemma, self.irregular, self.doubling)
                    swaps[tok.i] = past  # lower case: "U.S. lifted Travel Ban" parses where "Lifted" stays a name
            elif (tok := _past_as_modifier(sent, self.known)) is not None:
                swaps[tok.i] = STAND_IN
        if not swaps:
            return doc
        spaces = [bool(t.whitespace_) for t in doc]
        words = [swaps.get(t.i, t.text) for t in doc]
        variant = self.nlp("".join(w + (" " if s else "") for w, s in zip(words, spaces)))
        if len(variant) != len(doc) or not any(variant[i].pos_ in VERBAL_POS for i in swaps):
            return doc  # the new spelling split differently, or still no verb: keep the first reading
        out = Doc(doc.vocab, words=[t.text for t in doc], spaces=spaces)
        out.from_array(ATTRS, variant.to_array(ATTRS))
        for i in swaps:
            if out[i].pos_ in VERBAL_POS:
                out[i].lemma_ = doc[i].lemma_ if doc[i].tag_ in ("VBD", "VBN") else verb_reading(doc[i], self.known) or out[i].lemma_
        return out
