"""Per-article memory of the persons already coded.

News prose names a person in full once ("Francois Hollande") and then by
surname ("Mr Hollande", "Hollande") or pronoun ("he", "his"); the memory lets
the coder give those later mentions the first mention's code. It is created
per article and mutated as the article is read; nothing is shared between
articles.
"""
from __future__ import annotations

from ..records import Actor
from .tables import normalise

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "mme", "m"})
PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


def strip_honorific(words: list[str]) -> list[str]:
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return words


class ArticleMemory:
    """Persons seen so far in one article, indexed by full name and surname."""

    def __init__(self) -> None:
        self._by_name: dict[str, Actor] = {}
        self._last_person: Actor | None = None
        self._actors: list[Actor] = []

    @property
    def last_person(self) -> Actor | None:
        """The most recently remembered person: the referent of he/she/his/her."""
        return self._last_person

    @property
    def actors(self) -> tuple[Actor, ...]:
        return tuple(self._actors)

    def remember(self, actor: Actor) -> None:
        """Index a coded actor; persons by their full name and every tail of it ("al-Assad", "Assad")."""
        self._actors.append(actor)
        if actor.kind != "person" or not actor.name:
            return
        self._last_person = actor
        for source in {actor.name, actor.text}:
            words = strip_honorific(normalise(source).split())
            for i in range(len(words)):
                tail = " ".join(words[i:])
                if tail and (i == 0 or tail not in HONORIFICS):
                    self._by_name[tail] = actor

    def resolve_name(self, text: str) -> Actor | None:
        """The person earlier called ``text`` ("Mr Hollande", "Hollande"), or None."""
        words = strip_honorific(normalise(text).split())
        if not words:
            return None
        return self._by_name.get(" ".join(words))
