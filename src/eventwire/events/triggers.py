"""What fired and what it became: a Trigger (cue on tokens, before its arguments are known) and a
Candidate (trigger plus coded actors), the records the event rules pass between their steps."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Token

from ..records import Actor

COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})  # acts one can decline (a refusal is 12x)
HOSTILE_ROOTS = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})  # acts one can forswear


@dataclass(frozen=True, slots=True)
class Trigger:
    """What fired: a cue (or frame) on some tokens, before its arguments are known."""

    code: str
    cue: str
    rule: str
    verb: Token  # the clause head whose subject is the source
    tokens: tuple[Token, ...]
    target_specs: tuple[str, ...] = ("dobj",)
    target_heads: tuple[Token, ...] = ()  # tokens whose children hold the target
    target_override: tuple[Token, ...] = ()  # explicit target heads (frames, accusations)
    source_override: tuple[Token, ...] = ()
    modality: str | None = None  # forced modality (a frame noun's act is made; a culpability's alleged)
    frame: str | None = None


@dataclass(slots=True)
class Candidate:
    """An event before records are built: trigger plus coded actors."""

    trigger: Trigger
    code: str
    source: Actor | None  # None: the text does not name who did it (agentless passive, "a bomb killed")
    target: Actor | None
    modality: str
    reciprocal: bool
    rule: str
    confidence: float


ActorFn = Callable[[Token], "list[Actor]"]

def is_dictionary_default(trig: Trigger) -> bool:
    """A verb coded by the CAMEO dictionary's block default: general verbs, weak evidence alone."""
    return trig.cue.startswith("cameo:") and trig.rule in ("verb", "passive")
