"""The field's verb dictionary: PETRARCH2's CAMEO verbs, as generated into ``data/cameo_verbs.tsv``.

The hand-written lexicon (``verbs.tsv``, ``nouns.tsv``, ``frames.tsv``) says what a
verb means where the project has written it down; this dictionary widens coverage to
the ~1,000 verbs and ~2,000 verb + object patterns that TABARI and PETRARCH coders
built over two decades. It is consulted in three places:

* **sense by object**: a verb whose direct object matches one of its block's object
  patterns ("handed over *medicine*", "tightened the *curfew*") takes that pattern's
  code, before the verb's own cue: the object tells the sense apart;
* **sense by subject**: a subject pattern of one of the verb's blocks (``NEWSPAPER *``,
  ``DEMONSTRATORS *``, or an adverb: ``SHARPLY *``) selects the sense where it changes the
  root: "the newspaper attacked the president" is criticism (111), not an assault;
* **coverage**: a verb the hand lexicon does not list at all takes its block's
  default code when it is the block's own head verb (``---  MASSACRE [202] ---``);
  the WordNet synonyms a block gathers ("die", "best", "compete") are too loose to
  code alone, and light verbs (those nouns.tsv pairs with event nouns: "give",
  "hold", "launch" ...) mean nothing by themselves. Both still carry the block's
  verb + object patterns.

Every cue it returns is marked ``cameo:`` in its key, so an event says it came from
the dictionary and from which verb block.
"""
from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from ..actors.article import VIOLENCE_ROOTS
from .codes import is_code

PATH = Path(__file__).with_name("data") / "cameo_verbs.tsv"
COLUMNS = ("kind", "lemma", "particle", "object", "code", "block")
NULL_CODE = "---"  # PETRARCH's "no event" code
VERB_TARGETS = ("dobj", "prep:against", "prep:with", "prep:to", "prep:on", "prep:at")
OBJECT_TARGETS = ("prep:to", "prep:against", "prep:with", "prep:on", "prep:from", "prep:for", "prep:at", "dobj")


@dataclass(frozen=True, slots=True)
class DictCue:
    """A dictionary verb cue: same interface as the hand lexicon's VerbCue."""

    lemma: str
    particle: str | None
    code: str
    targets: tuple[str, ...]
    block: str
    object: str | None = None
    subject: str | None = None  # the subject head or adverb that selected the sense

    @property
    def key(self) -> str:
        word = self.lemma + (f"+{self.particle}" if self.particle else "")
        before = f"{self.subject}*" if self.subject else ""
        return f"cameo:{before}{word}" + (f">{self.object}" if self.object else "") + f"[{self.block}]"

    @property
    def note(self) -> str:
        return f"CAMEO.2.0 verb block {self.block}"


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    defaults: Mapping[str, tuple[str, str]]  # lemma -> (code, block)
    phrasal: Mapping[tuple[str, str], tuple[str, str]]  # (lemma, particle) -> (code, block)
    blocks: Mapping[str, tuple[str, ...]]  # lemma -> blocks it belongs to (no own code)
    objects: Mapping[tuple[str, str], tuple[tuple[str, str], ...]]  # (block, object) -> ((particle, code), ...)
    statement_blocks: frozenset[str] = frozenset()  # blocks of verbs of saying (their verbs mostly code 01x)
    subjects: Mapping[tuple[str, str], str] = field(default_factory=dict)  # (block, subject or adverb) -> code
    # ("object"/"subject", block, head) -> the verbs PETRARCH's null code is for ("": every verb of the block)
    nulls: Mapping[tuple[str, str, str], frozenset[str]] = field(default_factory=dict)
    # (block, preposition, noun) -> ((verb the pattern is for, "" = every verb of the block, code), ...)
    preps: Mapping[tuple[str, str, str], tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # lemma -> (code, block): the member verbs of a block of violence ("hit", "hammer" in PHYSICAL_CONFLICT)
    violent: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    def default(self, lemma: str, particles: Collection[str] = ()) -> DictCue | None:
        """The verb's own code: a phrasal entry whose particle is present, else the block default."""
        for p in particles:
            hit = self.phrasal.get((lemma, p))
            if hit:
                return DictCue(lemma, p, hit[0], VERB_TARGETS, hit[1])
        hit = self.defaults.get(lemma)
        return DictCue(lemma, None, hit[0], VERB_TARGETS, hit[1]) if hit else None

    def violent_member(self, lemma: str) -> DictCue | None:
        """The code of a block of violence the verb belongs to without heading it ("drones hit a refinery":
        PHYSICAL_CONFLICT): too loose alone ("hit a record"), an attack when armed forces or their weapons
        do it (the caller checks the doer)."""
        hit = self.violent.get(lemma)
        return DictCue(lemma, None, hit[0], ("dobj",), hit[1]) if hit else None

    def with_object(self, lemma: str, particles: Collection[str], obj: str) -> DictCue | None:
        """The code of a verb + object pattern of one of the verb's blocks ("rush aid": 070).

        Not violence under a verb of saying: PETRARCH lets a block's patterns apply to all its verbs,
        so "REPORT * ATTACK [190]" would make whoever cites, describes or mentions an attack its
        attacker. The attack is coded from its own clause or noun, by its own doer. (Acts a statement
        performs stay: "declared a curfew" is the curfew.)"""
        present = set(particles)
        for block in self.blocks.get(lemma, ()):
            for particle, code in self.objects.get((block, obj), ()):
                if block in self.statement_blocks and code[:2] in VIOLENCE_ROOTS:
                    continue
                if not particle or particle in present:
                    return DictCue(lemma, particle or None, code, OBJECT_TARGETS, block, obj)
        return None


    def with_prep_object(self, lemma: str, prep: str, obj: str) -> DictCue | None:
        """The code of a one-phrase pattern of one of the verb's blocks ("WARN * (OF RESPONSE)": 130,
        "KEEP * (IN &DETENTION)": 173), for the verb it was written for (or, unnamed, the block's own
        head verb); not violence under a verb of saying (see ``with_object``)."""
        for block in self.blocks.get(lemma, ()):
            for only, code in self.preps.get((block, prep, obj), ()):
                if (only == lemma or not only and block.lower() == lemma) \
                        and not (block in self.statement_blocks and code[:2] in VIOLENCE_ROOTS):
                    return DictCue(lemma, prep, code, OBJECT_TARGETS, block, obj)
        return None

    def is_null(self, lemma: str, objects: Collection[str], subjects: Collection[str] = ()) -> bool:
        """Whether the dictionary says the verb reports no event with one of these object or subject heads
        ("committed suicide", "seized heroin", "fought racism", "a quake killed": ``[---]`` patterns of the
        verb's blocks, written for this verb or for every verb of the block)."""
        if not self.nulls:
            return False
        for block in self.blocks.get(lemma, ()):
            for kind, words in (("object", objects), ("subject", subjects)):
                for w in words:
                    verbs = self.nulls.get((kind, block, w))
                    if verbs is not None and ("" in verbs or lemma in verbs):
                        return True
        return False

    def with_subject(self, lemma: str, words: Collection[str]) -> DictCue | None:
        """The code of a subject pattern of one of the verb's blocks: the doer or an adverb selects the
        sense ("the newspaper attacked the president": 111, "tanks entered the town": 192); ``words``
        are the subject's head and the verb's adverbs, in that order."""
        for block in self.blocks.get(lemma, ()):
            for word in words:
                code = self.subjects.get((block, word))
                if code is not None:
                    return DictCue(lemma, None, code, VERB_TARGETS, block, subject=word)
        return None


def read_dictionary(path: Path = PATH, *, light_verbs: Collection[str] = ()) -> VerbDictionary:
    defaults: dict[str, tuple[str, str]] = {}
    phrasal: dict[tuple[str, str], tuple[str, str]] = {}
    blocks: dict[str, list[str]] = {}
    objects: dict[tuple[str, str], list[tuple[str, str]]] = {}
    subjects: dict[tuple[str, str], str] = {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    if tuple(lines[0].split("\t")) != COLUMNS:
        raise ValueError(f"[E123] {path.name}: header is not {COLUMNS}")
    verb_codes: dict[str, Counter[str]] = {}
    members: dict[str, tuple[str, str]] = {}
    nulls: dict[tuple[str, str, str], set[str]] = {}
    preps: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for n, line in enumerate(lines[1:], 2):
        kind, lemma, particle, obj, code, block = (line.split("\t") + [""] * 6)[:6]
        if code == NULL_CODE and kind in ("object", "subject"):
            nulls.setdefault((kind, block, obj), set()).add(lemma)
            continue
        if code and not is_code(code):
            continue  # PETRARCH codes outside CAMEO 1.1b3 are not used
        if kind == "verb":
            blocks.setdefault(lemma, []).append(block)
            if code:
                verb_codes.setdefault(block, Counter())[code[:2]] += 1
            if code and lemma not in light_verbs and block.lower() == lemma:
                defaults.setdefault(lemma, (code, block))
            elif code[:2] in VIOLENCE_ROOTS and lemma not in light_verbs:
                members.setdefault(lemma, (code, block))
        elif kind == "phrasal" and code:
            phrasal.setdefault((lemma, particle), (code, block))
        elif kind == "object" and code:
            objects.setdefault((block, obj), []).append((particle, code))
        elif kind == "subject" and code:
            subjects.setdefault((block, obj), code)
        elif kind == "pp" and code:
            preps.setdefault((block, particle, obj), []).append((lemma, code))
        elif kind not in ("verb", "phrasal", "object", "subject", "pp"):
            raise ValueError(f"[E123] {path.name}:{n}: unknown kind {kind!r}")
    return VerbDictionary(
        MappingProxyType(defaults), MappingProxyType(phrasal),
        MappingProxyType({k: tuple(v) for k, v in blocks.items()}),
        MappingProxyType({k: tuple(v) for k, v in objects.items()}),
        frozenset(b for b, c in verb_codes.items() if c.most_common(1)[0][0] == "01"),
        MappingProxyType(subjects),
        MappingProxyType({k: frozenset(v) for k, v in nulls.items()}),
        MappingProxyType({k: tuple(v) for k, v in preps.items()}),
        # (a member of a block whose verbs mostly code otherwise is not: CANE in DENOUNCE)
        MappingProxyType({k: v for k, v in members.items() if verb_codes[v[1]].most_common(1)[0][0] in VIOLENCE_ROOTS}),
    )


@functools.cache
def load_dictionary(light_verbs: frozenset[str] = frozenset()) -> VerbDictionary:
    return read_dictionary(PATH, light_verbs=light_verbs)
