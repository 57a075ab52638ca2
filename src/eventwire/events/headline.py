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

from typing import Callable, Collection, Mapping

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.tokens import Doc, Span, Token

from .lemmas import readings
from .syntax import PASS_SUBJ, SUBJ

VERBAL_POS = frozenset({"VERB", "AUX"})
SUBJECT_END_POS = frozenset({"NOUN", "PROPN"})  # the word before the verb ends its subject
MIN_TOKENS = 3  # subject, verb and something after it
ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, SENT_START]
PARSE_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, SENT_START]
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


PAST_TAGS = frozenset({"VBD", "VBN"})
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
SIMPLE_PAST = frozenset({"VBD"})
# Verbs whose simple past is spelled as their base (English grammar; the model's exception table
# lists only forms that differ): after a record's subject and date, the past.
SAME_PAST = frozenset({"cut", "put", "hit", "set", "shut", "let", "quit", "spread", "burst", "cast", "hurt",
                       "bid", "broadcast", "upset", "thrust", "cost", "split", "shed", "beat", "bet", "rid"})


def _verb_as_modifier(sent: Span, known: Collection[str], tags: frozenset[str],
                      after_apposition: bool = False) -> tuple[Token, str] | None:
    """In a sentence with no verb at its root (the caller checks), a known verb in one of ``tags`` after its
    subject that the parser took for a modifier of the noun after it, with the verb it is: a past tense
    ("The RSF massed fighters ...", "forces concentrated troops ...") or a headline's present tense
    ("Georgian police detain opposition leader Nika Melia"); not a participle with an article before
    it ("the massed fighters"). With ``after_apposition``, also after the comma that closes an apposition
    to the subject ("Thailand's army chief, General Prayuth Chan-ocha, imposed/VBN martial law")."""
    for tok in sent[1:-1]:
        if tok.tag_ not in tags or tok.dep_ not in ("amod", "compound") or tok.head.i <= tok.i:
            continue
        prev = tok.doc[tok.i - 1]
        # (a simple past is never a modifier: after a noun the tagger read as an adjective too, "Myanmar's
        # military/ADJ seized/VBD power"; nor a participle after a possessive's adjective, "imposed/VBN")
        # (nor is a name in capitals the tagger read as a verb, "ECOWAS/VBG imposed/VBN sanctions")
        subject_end = prev.pos_ in SUBJECT_END_POS or acronym(prev) \
            or tok.tag_ == "VBD" and prev.pos_ == "ADJ" and prev.dep_ == "amod" \
            or prev.pos_ == "ADJ" and prev.dep_ == "amod" and _after_possessive(prev) \
            or after_apposition and prev.text == "," and tok.i >= 2 and tok.doc[tok.i - 2].pos_ in SUBJECT_END_POS \
            and tok.doc[tok.i - 2].dep_ == "appos"
        if subject_end:
            lemma = (tok.lemma_.lower() if tok.lemma_.lower() in known else None) if tags is not PRESENT_TAGS \
                else verb_reading(tok, known)
            if lemma is not None:
                return tok, lemma
    return None


def _after_possessive(adj: Token) -> bool:
    """An adjective right after a possessive stands as its noun ("Myanmar's military imposed/VBN martial
    law"): nothing else can follow "Myanmar's" there, so the participle after it is the clause's verb."""
    return adj.i >= 1 and adj.doc[adj.i - 1].tag_ == "POS"


# A conflict record's date between its subject and its verb, CrisisWatch's way: "separatists 5 Sept
# killed two gendarmes", "Opposition supporters 29-30 July protested". The model reads the date as
# part of the subject or as the clause's head; the line is parsed again with a date phrase it knows
# in that place ("separatists on Monday killed ..."), the record's own words kept.
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                    "nov", "dec"})
DATE_STAND_INS = {2: ("on", "Monday"), 4: ("from", "Monday", "to", "Tuesday")}  # "5 Sept"; "29 - 30 July"


# Acronyms spelled as a common word in capitals ("IS 3 Aug overran Sinjar", "fighters from IS"): the
# model reads the word, so the line is parsed with the name's longer spelling in its place.
ACRONYMS = {"IS": "ISIS"}


def _acronyms_read_as_words(doc: Doc, ids: Collection[int]) -> list[int]:
    """The tokens of ``ACRONYMS`` (their hashes ``ids``) in a sentence not written in capitals throughout."""
    orths = doc.to_array(ORTH)  # most documents: one comparison of the token hashes in C
    if not any((orths == i).any() for i in ids):
        return []
    return [t.i for t in doc if t.text in ACRONYMS and any(w.is_lower for w in t.sent)]


def _record_date(sent: Span, is_past: Callable[[Token], bool], names: Collection[int] = ()) -> tuple[tuple[int, ...], int] | None:
    """The tokens of a day-and-month date between a subject noun and a past-tense verb, and the verb's
    index; None where there is none. The date itself tells the two apart where the tagger did not:
    "protesters/VBZ 20 July defied/JJ ban" is a subject, a date and a verb."""
    for tok in sent[1:-1]:
        if tok.lower_.rstrip(".") not in MONTHS or not tok.text[:1].isupper():
            continue
        for n in DATE_STAND_INS:
            first = tok.i - n + 1
            if first < sent.start + 1:
                continue
            span = tok.doc[first:tok.i + 1]
            days = [t for t in span[:-1] if t.text != "-"]
            if not all(t.like_num for t in days) or len(days) != n // 2 or n == 4 and span[1].text != "-":
                continue
            prev, verb = tok.doc[first - 1], tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            subject_end = prev.pos_ in SUBJECT_END_POS or prev.dep_ in ("nsubj", "nsubjpass") or prev.i in names \
                or prev.tag_ == "VBZ" and prev.pos_ != "AUX"  # a plural read as a verb ("separatists/VBZ")
            if subject_end and verb is not None and is_past(verb):
                return tuple(range(first, tok.i + 1)), verb.i
    return None


def _leading_date(sent: Span) -> tuple[int, int] | None:
    """A record's opening date in day-month order, "On 23 May 2018, Truck drivers (Brazil) blocked
    ...": the model, trained on American text, may read the day as the clause's subject. The day and
    month tokens, to be parsed in the order it knows ("On May 23 2018"); None where there is none."""
    if len(sent) < 4 or sent[0].lower_ != "on":
        return None
    day, month = sent[1], sent[2]
    if day.like_num and day.text.isdigit() and 1 <= int(day.text) <= 31 and month.lower_ in MONTHS \
            and month.text[:1].isupper():
        return day.i, month.i
    return None


FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})
# where a line's only finite verbs sit: clauses of a noun ("... as protests ease"), not a main clause
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp"})


def acronym(tok: Token) -> bool:
    """A word in capitals ("ECOWAS", "NATO"): a name, even where the tagger reads a verb into its -S."""
    return len(tok) > 1 and tok.text.isupper() and tok.is_alpha


NAME_ENTS = frozenset({"GPE", "PERSON", "ORG", "NORP"})  # what the recogniser calls a name is no verb


def is_verb(tok: Token) -> bool:
    """A verb, not a name the tagger read one into ("ECOWAS/VBZ", "Denmark/VB" in "Zelenskyy thanks Denmark")."""
    return tok.pos_ in VERBAL_POS and not acronym(tok) and tok.ent_type_ not in NAME_ENTS


# A headline joins its two parties with a comma where running text writes "and": "Zambia, Malawi sign
# deal", "Putin, Xi hold talks". The model reads the first name as an aside to the clause, so the line
# is parsed with "and" in the comma's place.
PARTY_ENTS = frozenset({"GPE", "PERSON", "ORG", "NORP"})
MAX_NAME = 3  # words of one name before or after the comma


def _name_run(toks) -> int:
    """How many of ``toks`` (in order) make one name: capitalised words the tagger calls a name, or
    words the recogniser calls a party ("Philippines/NNS", "Orsi/JJ" at a headline's start)."""
    n = 0
    for t in toks:
        named = t.pos_ == "PROPN" and t.ent_type_ in PARTY_ENTS  # ("Côte d'Ivoire")
        capitalised = t.is_alpha and t.text[:1].isupper() \
            and (t.pos_ == "PROPN" or t.ent_type_ in PARTY_ENTS or t.pos_ in ("NOUN", "ADJ") and t.is_sent_start)
        if n == MAX_NAME or not (named or capitalised):
            break
        n += 1
    return n


def _party(span) -> bool:
    """A name the recogniser calls a party (a state, person, organisation or people)."""
    return all(t.ent_type_ in PARTY_ENTS for t in span)


def _leading_pair(sent: Span, countries_named: Callable[[str], frozenset[str]]) -> tuple[int, int] | None:
    """The last comma of a headline that opens with names joined by commas and goes on with a lower-case
    word (its verb), and that word: "Vietnam, Philippines vow to boost ...", "Mali, Burkina Faso,
    Niger quit ECOWAS". Not a place and its country ("Paris, France": one country), nor a place the
    tables do not know ("Maiduguri, Borno state"); a line that ends in a period is running text, never
    one of these."""
    if len(sent) < 4 or _ends_as_running_text(sent):
        return None
    first = _name_run(sent)
    if not first or first >= len(sent) - 2 or sent[first].text != ",":
        return None
    spans, commas, end = [sent[:first]], [], first
    while end < len(sent) - 1 and sent[end].text == ",":
        n = _name_run(sent[end + 1:])
        if not n:
            break
        commas.append(end)
        spans.append(sent[end + 1:end + 1 + n])
        end += 1 + n
    if not commas or end >= len(sent) or not sent[end].is_lower or not sent[end].is_alpha or not any(map(_party, spans)):
        return None  # (one of the names, at least, the recogniser calls a party: "Modi, Ramaphosa hold talks")
    countries = [countries_named(n.text) for n in spans]
    if any(a & b for i, a in enumerate(countries) for b in countries[i + 1:]) \
            or any(n[0].ent_type_ == "GPE" and not c for n, c in zip(spans, countries)):
        return None
    return sent[commas[-1]].i, sent[end].i


SUBJECT_DEPS = frozenset(SUBJ | PASS_SUBJ | {"expl"})


def _ends_as_running_text(sent: Span) -> bool:
    """A line that ends in a period, as running text does (a headline or a record need not)."""
    return sent[-1].text in (".", "!", "?") or sent[-1].is_punct and len(sent) > 1 and sent[-2].text == "."


def subjectless_present(sent: Span, known: Collection[str]) -> tuple[Token, str] | None:
    """A headline's present tense after its subject, which the parser did not make its subject ("Mali/amod
    expels French ambassador", "Trump/ROOT endorses/dobj Milei"): the first present-tense verb of a line
    with no final period, after a noun and with no subject of its own, with the verb it is. None where that
    verb has its subject ("Biden says ...") or the line is running text."""
    if len(sent) < MIN_TOKENS or _ends_as_running_text(sent):
        return None
    tok = next((t for t in sent[1:-1] if t.tag_ in PRESENT_TAGS and is_verb(t)), None)
    if tok is None or tok.dep_ in SUBORDINATE_DEPS or any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return None
    prev = tok.doc[tok.i - 1]
    if prev.pos_ not in SUBJECT_END_POS or prev.dep_ in SUBJECT_DEPS:
        return None
    lemma = verb_reading(tok, known)
    return (tok, lemma) if lemma is not None else None


def verb_as_subject(sent: Span, known: Collection[str]) -> tuple[Token, str] | None:
    """A headline's first present tense that the parser hung on its second as a subject or an adverbial
    clause ("Niger junta expels/NNS French ambassador, gives/VBZ him 48 hours to leave", "Pakistan
    expels/NNS Indian envoy, suspends/VBZ trade"): a third person the coder knows as a verb, before the
    root, right after a name or noun (its own subject), with its object after it, in a line with no
    final period; the root has no other subject."""
    root = sent.root
    if len(sent) < MIN_TOKENS or _ends_as_running_text(sent) or root.tag_ not in PRESENT_TAGS:
        return None
    first = next((c for c in root.children if c.dep_ in (*SUBJECT_DEPS, "advcl") and c.i < root.i), None)
    if first is None or first.i == sent.start or not _third_person(first) or first.ent_type_ in NAME_ENTS \
            or any(c.dep_ in SUBJECT_DEPS and c.i != first.i for c in root.children):
        return None
    prev = first.doc[first.i - 1]
    if not (prev.pos_ in SUBJECT_END_POS or prev.ent_type_ in NAME_ENTS) \
            or not any(t.i > first.i for t in first.subtree):
        return None  # its own subject before it, its object after it ("expels French ambassador")
    lemma = verb_reading(first, known)
    return (first, lemma) if lemma is not None else None


def verbless(sent: Span) -> bool:
    """No main clause: no finite verb but in a clause of another word ("Pinera lifts state of emergency
    as protests ease"); a participle alone makes no clause ("Thousands rally in Yerevan demanding ...")."""
    if len(sent) < MIN_TOKENS or is_verb(sent.root):
        return False
    return not any(is_verb(t) and (t.tag_ in FINITE_TAGS or t.pos_ == "AUX") and t.dep_ not in SUBORDINATE_DEPS
                   and not (t.dep_ == "conj" and t.head.dep_ in SUBORDINATE_DEPS)
                   and not _second_verb_of_a_noun(t) for t in sent)


def _second_verb_of_a_noun(tok: Token) -> bool:
    """A present tense with no subject conjoined to a root the parser read as a noun: the headline's second
    verb ("Pakistan expels/NNS Indian envoy, suspends/VBZ trade"), no main clause of its own."""
    return tok.dep_ == "conj" and tok.head.dep_ == "ROOT" and not is_verb(tok.head) \
        and not any(c.dep_ in SUBJ for c in tok.children)


def _third_person(tok: Token) -> bool:
    """A headline's present tense after a singular subject, as the tagger reads it: "hosts/NNS"."""
    return tok.lower_.endswith("s") and tok.tag_ in ("NNS", "VBZ")


class HeadlineParser:
    """Parses verbless sentences again with their verb in the past tense (see the module's docstring)."""

    def __init__(self, nlp, known: Collection[str], countries_named: Callable[[str], frozenset[str]] = lambda _: frozenset()) -> None:
        self.nlp = nlp
        self.known = known
        self.countries_named = countries_named  # the countries a name stands for (the actor tables)
        self.irregular, self.doubling = verb_forms(nlp)
        self.lemma_of_past = {past: lemma for lemma, past in self.irregular.items()}
        self.lemma_of_past.update((v, v) for v in SAME_PAST if v in known)  # "Govt 31 Dec cut internet"
        self.acronym_ids = tuple(nlp.vocab.strings.add(a) for a in ACRONYMS)

    def _verb_spelling(self, sent: Span) -> tuple[int, str] | None:
        """The word of a sentence with no verb at its root to read as its verb, and the spelling to parse it
        in: a past tense misread as a modifier (parsed as ``STAND_IN``) before a present tense read into
        a noun, in a verbless line or as a modifier, parsed in its past tense (in lower case: "U.S. lifted
        Travel Ban" parses where "Lifted" stays a name)."""
        past = _verb_as_modifier(sent, self.known, PAST_TAGS, after_apposition=True)
        if past is not None:
            return past[0].i, STAND_IN
        found = (_candidate(sent, self.known) if verbless(sent) else None) \
            or _verb_as_modifier(sent, self.known, PRESENT_TAGS) or subjectless_present(sent, self.known)
        if found is None:
            return None
        return found[0].i, past_tense(found[1], self.irregular, self.doubling)

    def _past_lemma(self, tok: Token) -> str | None:
        """The known verb a past form is ("defied" -> "defy", "banned" -> "ban", "overran" -> "overrun"), or None."""
        form = tok.lower_
        if form in self.lemma_of_past:
            return self.lemma_of_past[form]
        stems = (form[:-1], form[:-2], form[:-3] + "y", form[:-3]) if form.endswith("ed") else ()
        return next((s for s in stems if s in self.known and past_tense(s, self.irregular, self.doubling) == form), None)

    def _is_past(self, tok: Token) -> bool:
        """A simple past, whatever the tagger said: "defied/JJ", "seized/VBN", "took"."""
        return tok.tag_ in ("VBD", "VBN") or self._past_lemma(tok) is not None

    def _variant(self, doc: Doc, swaps: Mapping[int, str]) -> Doc:
        """``doc`` parsed with the words of ``swaps`` in place of its own (a stand-in is a word of its
        own: "29-30 July" is read as "from Monday to Tuesday")."""
        words = [swaps.get(t.i, t.text) for t in doc]
        apart = [bool(t.whitespace_) or t.i in swaps or t.i + 1 in swaps for t in doc]
        return self.nlp("".join(w + (" " if s else "") for w, s in zip(words, apart)))

    def __call__(self, doc: Doc) -> Doc:
        """``doc`` with each verbless sentence that has a verb reading parsed again as a clause;
        ``doc`` itself when there is none (the common case: one look at each sentence's root)."""
        swaps: dict[int, str] = {}
        verbs: set[int] = set()  # the words the new reading must take for verbs
        kept: set[int] = set()  # words whose own lemma the new reading keeps (a date's)
        names = _acronyms_read_as_words(doc, self.acronym_ids)
        swaps.update((i, ACRONYMS[doc[i].text]) for i in names)
        for sent in doc.sents:
            dated = _record_date(sent, self._is_past, names) if any(t.like_num for t in sent) else None
            if dated is not None:
                date, verb = dated
                swaps.update(zip(date, DATE_STAND_INS[len(date)]))
                if doc[verb].tag_ != "VBD":  # "defied/JJ ban", "overran/VBN": read in a past the model knows
                    swaps[verb] = STAND_IN
                verbs.add(verb)
                kept.update(date)
                continue
            pair = _leading_pair(sent, self.countries_named)
            if pair is not None:
                swaps[pair[0]] = "and"
                verb = verb_reading(doc[pair[1]], self.known)
                if verb is not None:  # its present tense read in the past, as in any headline: "Laos and Thailand signed"
                    swaps[pair[1]] = past_tense(verb, self.irregular, self.doubling)
                    verbs.add(pair[1])
            leading = _leading_date(sent)
            if leading is not None:
                day, month = leading
                swaps.update({day: doc[month].text, month: doc[day].text})
                kept.update(leading)
            if is_verb(sent.root):
                # a clause: the common case, told by one token; but a simple past is never a modifier,
                # whatever clause the parser built round it ("Myanmar's military/JJ seized/VBD power ...,
                # hours before Parliament was due to convene")
                past = _verb_as_modifier(sent, self.known, SIMPLE_PAST)
                if past is not None:
                    swaps[past[0].i] = STAND_IN
                    verbs.add(past[0].i)
                    continue
                found = subjectless_present(sent, self.known) or verb_as_subject(sent, self.known)
                # ("Mali/amod expels French ambassador"; "Niger junta expels/NNS French ambassador, gives him ...")
                if found is not None:
                    swaps[found[0].i] = past_tense(found[1], self.irregular, self.doubling)
                    verbs.add(found[0].i)
                continue
            repair = self._verb_spelling(sent)
            if repair is not None:
                swaps[repair[0]] = repair[1]
                verbs.add(repair[0])
        if not swaps:
            return doc
        variant = self._variant(doc, swaps)
        # a headline's third-person present ("Kenya's Ruto hosts Ethiopian Prime Minister Abiy") read again, in
        # the past, as a modifier of the name after it: the stand-in the model knows as a main verb, as for a
        # record's past tense (not a noun's modifier that merely reads as a verb: "the 3R rebel group")
        misread = {i for i in verbs if i in swaps and swaps[i] != STAND_IN and _third_person(doc[i])
                   and variant[i].dep_ in ("amod", "compound") and variant[i].head.i > i} \
            if len(variant) == len(doc) else set()
        if misread:
            swaps.update((i, STAND_IN) for i in misread)
            variant = self._variant(doc, swaps)
        if len(variant) != len(doc) or verbs and not any(variant[i].pos_ in VERBAL_POS for i in verbs):
            return doc  # the new spelling split differently, or still no verb: keep the first reading
        spaces = [bool(t.whitespace_) for t in doc]
        out = Doc(doc.vocab, words=[t.text for t in doc], spaces=spaces)
        # a stand-in date changes what the recogniser sees around it ("on Monday attacked Mirebalais"): a
        # record's names keep the entities its own words gave them
        attrs = PARSE_ATTRS if kept else ATTRS
        out.from_array(attrs, variant.to_array(attrs))
        if kept:
            out.ents = [Span(out, e.start, e.end, label=e.label_) for e in doc.ents]
        for i in kept:
            out[i].lemma_ = doc[i].lemma_
        for i in swaps.keys() - kept:
            if out[i].pos_ in VERBAL_POS:
                out[i].lemma_ = doc[i].lemma_ if doc[i].tag_ in ("VBD", "VBN") \
                    else self._past_lemma(doc[i]) or verb_reading(doc[i], self.known) or out[i].lemma_
        return out
