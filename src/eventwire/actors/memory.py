"""Per-article memory of the persons already coded.

News prose names a person in full once ("Francois Hollande") and then by
surname ("Mr Hollande", "Hollande") or pronoun ("he", "his"); the memory lets
the coder give those later mentions the first mention's code. It is created
per article and mutated as the article is read; nothing is shared between
articles.
"""
from __future__ import annotations

import re

from ..records import Actor
from .tables import normalise

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "mme", "m",
                        # ranks and titles before a surname ("Gen Brawner", "Lt. Col. Vindman", "Sen. Warren")
                        "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "capt", "captain", "adm",
                        "admiral", "sgt", "sergeant", "brig", "brigadier", "cmdr", "commander", "gov", "sen", "rep",
                        "rev"})
PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
# Words of a mention that give the person's gender: honorifics, titles of nobility and office, kin
GENDERED_WORDS = {
    **dict.fromkeys(("mr", "sir", "monsieur", "king", "prince", "emir", "sultan", "lord", "baron", "duke", "count",
                     "spokesman", "congressman", "chairman", "businessman", "statesman", "father", "son", "brother",
                     "husband", "uncle", "nephew", "grandson"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "madam", "madame", "mme", "queen", "princess", "empress", "lady", "dame",
                     "baroness", "duchess", "countess", "sheikha", "spokeswoman", "congresswoman", "chairwoman",
                     "businesswoman", "stateswoman", "mother", "daughter", "sister", "wife", "aunt", "niece",
                     "granddaughter", "widow"), "f"),
}
# Singular nouns for one holder of an office: "the Iranian president" may be the he/his that follows
# (not "the government", "the ministry": bodies are "it").
OFFICE_NOUNS = frozenset({
    "president", "premier", "minister", "chancellor", "king", "queen", "emir", "sultan", "monarch", "prince",
    "leader", "chief", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "mayor",
    "senator", "lawmaker", "congressman", "congresswoman", "secretary", "general", "commander", "judge",
    "prosecutor", "diplomat", "negotiator", "representative", "official", "ruler", "dictator", "strongman",
})

_PARENTHESISED = re.compile(r"\(([A-Z][A-Z0-9-]{1,7})\b")
_NAME_WORD = re.compile(r"[A-Za-z][\w'-]*")
_LINKS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "al", "el"})


def acronyms(text: str) -> set[str]:
    """Short forms a coded organisation or force may be called by later: the one it is given in
    parentheses ("Rapid Support Forces (RSF)") and the initials of its trailing run of capitalised
    words, three or more ("Rapid Support Forces" -> RSF; not "Sudan's" in front of it)."""
    out = set(_PARENTHESISED.findall(text))
    words = [w for w in _NAME_WORD.findall(text.split("(")[0]) if w.lower() not in _LINKS]
    run: list[str] = []
    for w in reversed(words):
        if not w[0].isupper() or w.endswith("'s"):
            break
        run.insert(0, w)
    if len(run) >= 3:
        out.add("".join(w[0] for w in run).upper())
    return out


# Generational suffixes after a family name: "Romeo Brawner Jr" is "Brawner" later on
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def strip_honorific(words: list[str]) -> list[str]:
    """The name's words without the honorifics before it nor a generational suffix after it."""
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    while len(words) > 1 and words[-1].rstrip(".") in NAME_SUFFIXES:
        words = words[:-1]
    return words


def _named_texts(text: str, name: str) -> set[str]:
    """The person's name and the part of the mention that holds it, apposition and parenthesis cut
    off: the tails of "Viktor Orban, a longstanding ally of Dodik" or of "Lithuania's charge d'affaires
    in Moscow, Virginija Umbrasiene" ("Dodik", "Moscow") are not names of the person."""
    last = normalise(name).split()[-1:]
    parts = _APPOSITION.split(text)
    named = [p for p in parts if last and last[0] in normalise(p).split()]
    return {name, *(named or parts[:1])}  # (the head part, where the name is a title's: "Trump's adviser Jared Kushner")


_APPOSITION = re.compile(r"[,(\u2014\u2013]| - ")


def main_subject(tok) -> bool:
    """The subject of the sentence's main clause: the person a following he/she most likely continues."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"


def pronoun_gender(pronoun: str) -> str:
    return "f" if pronoun.lower() in FEMININE_PRONOUNS else "m"


def mention_gender(text: str) -> str | None:
    """The gender the words of a mention give the person ("Mr Hollande", "Queen Rania", "Maria Zakharova,
    the ministry's spokeswoman"), or None where they give none or both."""
    found = {g for w in _NAME_WORD.findall(text.lower()) if (g := GENDERED_WORDS.get(w.rstrip(".")))}
    return found.pop() if len(found) == 1 else None


class ArticleMemory:
    """Persons seen so far in one article, indexed by full name and surname."""

    def __init__(self) -> None:
        self._by_name: dict[str, Actor] = {}
        self._by_first: dict[str, Actor | None] = {}  # first word of a two-word name; None where two persons share it
        self._last_person: Actor | None = None
        self._persons: list[Actor] = []  # every person remembered, in order
        self._gender: dict[str, str] = {}  # person key -> "m" or "f", from a title (a pronoun's reading may be wrong)
        self._subject: Actor | None = None  # the person last the subject of a main clause
        self.states: frozenset[str] = frozenset()  # the states the article names: which same-named place it means
        self._subject_age = 0  # sentences read since
        self._actors: list[Actor] = []

    @property
    def last_person(self) -> Actor | None:
        """The most recently remembered person: the referent of he/she/his/her."""
        return self._last_person

    def next_sentence(self) -> None:
        self._subject_age += 1

    @property
    def centre(self) -> Actor | None:
        """The person last the subject of a main clause, in this sentence or the one before."""
        return self._subject if self._subject_age <= 1 else None

    def note_subject(self, person: Actor) -> None:
        """``person`` is the subject of this sentence's main clause: the centre a he/she subject of this
        sentence or the next continues ("Rubio said ... Maduro ... He also thanked Holness": Rubio)."""
        self._subject, self._subject_age = person, 0

    def referent(self, pronoun: str, subject: bool = False) -> Actor | None:
        """The person a he/she/his/her names: the last one remembered, unless a title gave them the other
        gender ("Baron Scarpia ... she"); then the last before known to be of its gender, if any
        (one of unknown gender is as likely a person the tables do not know, and were not remembered).
        A pronoun that is a main clause's subject names the person last such a subject, in the sentence
        before, where there is one of no other gender (subject continues subject)."""
        gender = pronoun_gender(pronoun)
        centre = self.centre
        if subject and centre is not None and self._gender.get(centre.key, gender) == gender:
            return centre
        last = self._last_person
        if last is None or self._gender.get(last.key, gender) == gender:
            return last
        return next((p for p in reversed(self._persons) if self._gender.get(p.key) == gender), None)

    def person_at(self, char: int) -> Actor | None:
        """The person remembered from the mention that covers this character offset, if any."""
        return next((p for p in reversed(self._persons) if p.start <= char < p.end), None)

    def person_before(self, person: Actor, pronoun: str = "") -> Actor | None:
        """The most recent person other than ``person`` and of no other gender than ``pronoun``'s: whom
        "him" refers to when ``person`` is the clause's own subject ("Kiir pardoned him")."""
        gender = pronoun_gender(pronoun) if pronoun else None
        return next((p for p in reversed(self._persons)
                     if p.key != person.key and (gender is None or self._gender.get(p.key, gender) == gender)), None)

    def remember_office_holder(self, actor: Actor) -> None:
        """An unnamed holder of an office with a state ("the Iranian president", "Japan's foreign
        minister") is who a later he/his/she/her names, unless the person last named holds that very
        office (then the name is kept: "President Rouhani ... the president said he")."""
        last = self._last_person
        if actor.country and (last is None or last.code != actor.code):
            self._last_person = actor
            self._note_gender(actor)

    @property
    def actors(self) -> tuple[Actor, ...]:
        return tuple(self._actors)

    def remember(self, actor: Actor, pronoun: bool = True) -> None:
        """Index a coded actor; persons by their full name and every tail of it ("al-Assad", "Assad").
        With ``pronoun`` False the person is found by name only, not as the referent of he/she."""
        self._actors.append(actor)
        if actor.kind != "person" or not actor.name:
            return
        if pronoun:
            self._last_person = actor
            self._persons.append(actor)
            self._note_gender(actor)
        for source in _named_texts(actor.text, actor.name):
            words = strip_honorific(normalise(source).split())
            for i in range(len(words)):
                tail = " ".join(words[i:])
                if tail and (i == 0 or tail not in HONORIFICS):
                    self._by_name[tail] = actor
        name = strip_honorific(normalise(actor.name).split())
        if len(name) >= 2 and name[0] not in HONORIFICS and actor.code:
            # a family name written first ("Wang Yi" ... "Wang", "Yoon Suk Yeol" ... "Mr Yoon"), or a name
            # used alone ("Anwar Ibrahim" ... "Anwar"): the first word of a coded person's name, while no
            # one else has it
            prior = self._by_first.get(name[0], actor)
            self._by_first[name[0]] = actor if prior is not None and prior.key == actor.key else None

    def gender(self, person: Actor) -> str | None:
        """"m" or "f" where a title or the words of a mention gave the person's gender, else None."""
        return self._gender.get(person.key) or mention_gender(person.text)

    def _note_gender(self, actor: Actor) -> None:
        gender = mention_gender(actor.text)
        if gender is not None:
            self._gender.setdefault(actor.key, gender)

    def remember_short_forms(self, actor: Actor) -> None:
        """Index a coded organisation or armed force by its acronyms, unless a person already has the key."""
        if not actor.code or actor.kind == "person":
            return
        for short in acronyms(actor.text):
            key = normalise(short)
            if key and key not in self._by_name:
                self._by_name[key] = actor

    def resolve_name(self, text: str, first: bool = True) -> Actor | None:
        """The person earlier called ``text`` ("Mr Hollande", "Hollande"), or None; with ``first`` False
        not by the first word of a name alone ("Israel", once the article has named Israel Katz)."""
        words = strip_honorific(normalise(text).split())
        if not words:
            return None
        known = self._by_name.get(" ".join(words))
        if known is None and len(words) == 1 and first:
            known = self._by_first.get(words[0])
        return known
