"""User cue files named in the config overlay the packaged event lexicon.

A new module beside the lexicon, using only its public readers (so the
lexicon's own rules and data stay as they are): ``cue_files`` in the config
lists TSV files in the format of the packaged ``verbs.tsv`` (``lemma particle
code target note``) or ``nouns.tsv`` (``lemma modifiers code light_verbs target
note``), told apart by their header. Rows are validated by the lexicon's
readers (CAMEO codes, targets, duplicates; errors name ``file:line``). A user cue
replaces a packaged cue with the same key (``verb:visit``, ``noun:summit``).
An event a user cue produced carries ``user:<file>:`` before that cue in
``Event.cue``, so its explanation says that a user entry fired.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from ..records import CodedArticle
from .lexicon import DATA_DIR, Lexicon, LexiconError, build_lexicon, read_frames, read_lifts, read_nouns, read_verbs

VERB_HEADER = ("lemma", "particle", "code", "target", "note")
NOUN_HEADER = ("lemma", "modifiers", "code", "light_verbs", "target", "note")


@dataclasses.dataclass(frozen=True, slots=True)
class UserLexicon:
    lexicon: Lexicon
    marks: dict[str, str]  # cue key -> user file name


def _header(path: Path) -> tuple[str, ...]:
    if not path.is_file():
        raise LexiconError(f"user cue file {path}: no such file")
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return tuple(c.strip() for c in line.split("\t"))
    raise LexiconError(f"{path}: empty cue file (expected a header line)")


def overlay(cue_files=(), data_dir: Path = DATA_DIR) -> UserLexicon:
    """The packaged lexicon with the user cue files laid over it."""
    user_verbs, user_nouns, marks = [], [], {}
    for f in map(Path, cue_files):
        head = _header(f)
        if head == VERB_HEADER:
            cues = read_verbs(f)
            user_verbs += cues
        elif head == NOUN_HEADER:
            cues = read_nouns(f)
            user_nouns += cues
        else:
            raise LexiconError(f"{f}: header must be {'<TAB>'.join(VERB_HEADER)} (verbs) or "
                               f"{'<TAB>'.join(NOUN_HEADER)} (event nouns)")
        marks.update({c.key: f.name for c in cues})
    verbs = user_verbs + [c for c in read_verbs(data_dir / "verbs.tsv") if c.key not in marks]
    nouns = user_nouns + [c for c in read_nouns(data_dir / "nouns.tsv") if c.key not in marks]
    lexicon = build_lexicon(verbs, nouns, read_frames(data_dir / "frames.tsv"), read_lifts(data_dir / "lift.tsv"))
    return UserLexicon(lexicon, marks)


def _mark_cue(cue: str, marks: dict[str, str]) -> str:
    return ">".join(f"user:{marks[p]}:{p}" if p in marks else p for p in cue.split(">"))


def mark(coded: CodedArticle, user: UserLexicon | None) -> CodedArticle:
    """Say in ``Event.cue`` where a user cue fired."""
    if user is None or not user.marks or not coded.ok:
        return coded
    events = tuple(dataclasses.replace(e, cue=_mark_cue(e.cue, user.marks)) for e in coded.events)
    return dataclasses.replace(coded, events=events)
