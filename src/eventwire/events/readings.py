"""Readings of a verb's clause in which its cue codes no act: a source's anonymity ("asked not to be
named"), what a standing text provides ("the rules forbid it"), how someone went ("forced their way
in"), moving someone somewhere ("pushed the crowd back"), insisting on what is so ("insists they
were arrested") and publishing a depiction ("released a video of the hostages")."""
from __future__ import annotations

from typing import Collection

from spacy.tokens import Token

from ..nlp import children
from .arguments import subject_tokens
from .modality import infinitive
from .protests import PROTESTERS
from .syntax import DEPICTIONS, PASS_SUBJ, SUBJ, _children, _prep_objects


# Verbs of citing a source: asking not to be named, identified or quoted is the reporting's convention
CITING = frozenset({"name", "identify", "quote", "cite"})


def anonymity(comp: Token) -> bool:
    """'asked not to be named', 'requested not to be identified': the asker's own anonymity."""
    return comp.lemma_.lower() in CITING and any(c.dep_ == "auxpass" for c in children(comp)) \
        and not _children(comp, PASS_SUBJ | SUBJ)


QUESTION_MARKS = frozenset({"whether", "if"})
QUESTION_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def asks_a_question(comp: Token) -> bool:
    """'asked whether Modi would meet Xi', 'asked if the army would withdraw', 'asked why troops were sent':
    a clause of "ask" opened by whether, if or a wh-word is a question put, not a request made."""
    return comp.dep_ == "ccomp" and _opens_question(comp)


ASKING = frozenset({"ask", "wonder", "inquire", "enquire"})


def in_question(verb: Token) -> bool:
    """'was asked whether he was ready to denuclearise', 'Asked when he would meet Kim again, ...': an act
    inside a question put to or by someone is not told as done. (A "when" clause beside another object
    of "ask" tells when the asking was: "asked for talks when the troops arrived".)"""
    node = verb
    for _ in range(4):
        head = node.head
        if head == node:
            return False
        if head.lemma_.lower() in ASKING and _opens_question(node) \
                and (node.dep_ == "ccomp" or node.dep_ == "advcl" and not _asks_for_more(head, node)):
            return True
        if node.dep_ not in ("conj", "xcomp", "ccomp", "acomp"):
            return False
        node = head
    return False


def _asks_for_more(ask: Token, clause: Token) -> bool:
    """Whether "ask" has an object besides the clause: then a "when" clause dates the asking."""
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in children(ask) if c is not clause)


def _opens_question(comp: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in children(comp)) \
        or comp.doc[comp.left_edge.i].tag_ in QUESTION_TAGS


# What a standing text provides is no act: "the rules of engagement forbid it", "a new rule took effect
# allowing its coast guard to detain foreigners", "the deal allows Rwanda 90 days". Who made the text,
# and when, is the event; these verbs with the text as their doer report its content.
PROVIDING = frozenset({"allow", "permit", "forbid", "prohibit", "require", "oblige", "authorise", "authorize",
                       "entitle", "empower"})
PROVISIONS = frozenset({"rule", "law", "constitution", "treaty", "regulation", "decree", "bill", "charter", "code",
                        "provision", "clause", "agreement", "deal", "accord", "pact", "ceasefire", "truce",
                        "resolution", "mandate", "policy", "guideline", "statute", "act", "legislation"})


def provision(verb: Token) -> bool:
    """A verb of permitting or obliging whose doer is a text: its own subject, or the noun a participle
    describes ("a new rule ... allowing its coast guard to detain")."""
    if verb.lemma_.lower() not in PROVIDING:
        return False
    doers = _children(verb, SUBJ)
    if not doers and verb.dep_ == "acl" and verb.tag_ == "VBG":
        doers = [verb.head]
    elif not doers and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        doers = _children(verb.head, SUBJ)  # "a new rule took effect, allowing ..."
    return bool(doers) and all(d.pos_ == "NOUN" and d.lemma_.lower() in PROVISIONS for d in doers)


def ones_way(verb: Token) -> bool:
    """"forced / pushed / fought their way into": the verb says how someone went, with "way" and its owner
    as the object; nothing is done to anyone."""
    doers = [t for s in subject_tokens(verb)[0] for t in (s, *_prep_objects([s], {"of"}))]
    if verb.lemma_.lower() not in WAY_VERBS or any(t.lemma_.lower() in PROTESTERS for t in doers):
        return False  # protesters forcing their way into parliament storm it
    return any(c.dep_ == "dobj" and c.lower_ == "way" and any(p.dep_ == "poss" for p in children(c)) for c in children(verb))


WAY_VERBS = frozenset({"force", "push", "make", "elbow", "shove", "muscle", "bulldoze", "barge", "work", "wind"})  # not "fought their way in"

# What moves a thing or people somewhere: a particle or a preposition of direction. A frame verb with one and
# no clause of its own moves its object, it asks nothing ("pushed the demonstrators back", "pushing the crowd
# towards the square", "pushing militants across the border")
DIRECTIONS = frozenset({"back", "away", "out", "aside", "down", "off", "forward", "forwards", "backwards"})
PATHS = frozenset({"towards", "toward", "across", "into", "onto", "through", "out", "back", "off", "along",
                   "past", "behind", "beyond"})  # not "over", "against": "pressed Russia over Ukraine", "warned X against"


# Demand verbs that are also verbs of saying: "insisted that X" asserts it or demands it, as its clause says
# ("demand" itself always asks)
ASSERTING = frozenset({"insist"})
# Verbs of a finding (frames.tsv, allege): an accusation only of a wrong act named in a that-clause
# ("determined that the RSF had committed genocide"); never of an object ("found the bodies") nor of
# a clause that names no act ("found that the government had acted lawfully")
FINDINGS = frozenset({"determine", "conclude", "find"})


def told_as_fact(comp: Token) -> bool:
    """A demand verb's that-clause in the past or perfect, the verb with no object ("insisted the force had
    failed", "insists they were arrested"; not an attribution the parser hung on "demanded the withdrawal
    ..., diplomats quoted"): it tells what is so; what is demanded is in the subjunctive or a modal
    ("insisted that he resign", "demanded that Israel must withdraw")."""
    if comp.dep_ != "ccomp" or infinitive(comp):
        return False
    auxes = [c for c in children(comp) if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    # (a past spelt as its base, "cut", "put", may be the subjunctive: "demanded that Washington cut aid")
    return comp.tag_ == "VBD" and comp.lower_ != comp.lemma_.lower() \
        or any(a.tag_ == "VBD" or a.lower_ in ("has", "have", "had") for a in auxes)


def directive(verb: Token, acts: Collection[str] = ()) -> bool:
    """A verb of saying with an object and a to-infinitive: "told Pakistan to broaden its tax base",
    "reminded the ministry to pay": an instruction to the object (English grammar's directive
    complement), not a statement reported ("told reporters that ..."; "told Reuters it would"). An
    act declared is instructed nothing: its infinitive says what it is for ("declared a ceasefire to
    allow relief work"; ``acts``: the nouns that name acts)."""
    return any(c.dep_ == "dobj" and not (c.pos_ == "NOUN" and c.lemma_.lower() in acts) for c in children(verb)) and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and infinitive(c) for c in children(verb))


def moved(verb: Token) -> bool:
    """Whether the verb moves its object somewhere (see DIRECTIONS, PATHS); the parser may hang the
    direction on the object ("pushing the crowd towards the square")."""
    objs = [c for c in children(verb) if c.dep_ == "dobj"]
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in DIRECTIONS or c.dep_ == "prep" and c.lower_ in PATHS
               for c in (*children(verb), *(p for o in objs for p in children(o))))


# Verbs that free people or return things, and that publish when their object is a depiction
PUBLISHING = frozenset({"release"})
# What is known or counted, which one releases by making it public: "has not released casualty figures",
# "released the results", "released the names of the dead"
INFORMATION = frozenset({"figure", "data", "detail", "result", "finding", "information", "statistic", "toll",
                         "text", "transcript", "document", "communique", "name", "number", "estimate", "tally"})


def published(verb: Token) -> bool:
    """'Hamas released a video of two hostages', 'the ministry released its report', 'has not released
    casualty figures': a depiction, an account or information released is published, no one freed and
    nothing returned."""
    return verb.lemma_.lower() in PUBLISHING and any(
        o.lemma_.lower() in DEPICTIONS | INFORMATION for o in _children(verb, {"dobj", *PASS_SUBJ}))


# Works of fiction, whose plot a sentence may tell ("In the film, a general declares war on ..."): never
# a book, a show, a story or an episode, which may report real acts ("in his book, Bolton accused ...")
FICTION_NOUNS = frozenset({"film", "movie", "novel", "sequel", "prequel", "sitcom", "thriller", "miniseries", "musical",
                           "opera", "cartoon", "anime", "videogame"})
NARRATING = frozenset({"follow", "depict", "portray", "chronicle", "centre", "center", "revolve", "imagine"})


def _fiction(noun: Token) -> bool:
    """A work of fiction, or a part of one ("the film's climax")."""
    return noun.lemma_.lower() in FICTION_NOUNS or any(
        p.dep_ == "poss" and p.lemma_.lower() in FICTION_NOUNS for p in children(noun))


def told_in_fiction(verb: Token) -> bool:
    """Whether a clause tells a work of fiction's plot: it, or a clause above it, is set "in the film" (in
    the novel, in the film's climax), or is what "the novel follows" or "the film depicts"."""
    for clause in (verb, *verb.ancestors):
        if any(p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and _fiction(o) for o in children(p))
               for p in children(clause)):
            return True
        if clause.lemma_.lower() in NARRATING and any(_fiction(s) for s in _children(clause, SUBJ)):
            return True
    return False

