"""The event cue lexicon: which words trigger which CAMEO codes.

Knowledge lives in four TSV files under `data/` (header row, `#` comments):

- `verbs.tsv`  `lemma particle code target note`: a verb (optionally with a particle)
  that by itself justifies a CAMEO code, and where its target is.
- `nouns.tsv`  `lemma modifiers code light_verbs target note`: an event noun
  ("talks", "air strike") that becomes an event when it is the object of one of its
  light verbs ("held talks"); `*` accepts any governing verb.
- `frames.tsv` `lemma frame code needs note`: verbs (or predicate adjectives) whose clausal
  complement is an action they qualify ("agreed to cooperate", "threatened to attack");
  `needs` lists particles or prepositions without which the verb is no frame ("called *on*
  X to" appeals; "called X to discuss" is a telephone call).
- `lift.tsv`   `frame action code note`: how the complement's code becomes the frame's
  code ("intent" + 062 -> 0312), by longest prefix of the action code.

Why data, not code: the lexicon is what decides accuracy, it changes far more often
than the rules, and tests can validate every entry (codes exist, keys unique).

Particles: a cue's particle is matched against the `particles` the engine passes.
Besides spaCy `prt` children ("shot *down*", "called *off*") the engine may pass the
prepositions that make a prepositional verb ("called *for*", "called *on*", "warned *of*",
"sided *with*"): a particle cue wins whenever its particle is present; the bare cue
applies only when no particle cue of that lemma matches.

Targets: `dobj`, `dative` (indirect object: "gave *Tanzania* a grant"), `comp_subj` (the
subject the parser gives the verb's clausal complement: "allowed *the opposition* to
rally"), `prep:X` (object of preposition X), alternatives joined by `|` where
`prep:on|against` is short for `prep:on|prep:against`; empty means the cue takes no target.
`dobj!` is a direct object the verb's sense needs: without one the verb means something else
("returned the artefacts" gives back, "returned to Moscow" comes back) and the cue does not apply.
"""
from __future__ import annotations

import functools
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Literal, Mapping

from ..errors import EventwireError
from .codes import is_code
from .derivation import verbs_of

DATA_DIR = Path(__file__).with_name("data")
NO_EVENT = "---"  # an actor object's sense that is no CAMEO event (PETRARCH's null code)
DENIAL, ACCUSATION_ROOT = "016", "11"  # CAMEO: "deny responsibility" answers an accusation (root 11)
SIGNED_AGREEMENT, AGREEMENT_KIND = "057", "agreement"


def act_kind(code: str) -> str:
    """The kind of act a code is, as a later noun names it: its root, but a signed agreement (057) apart
    from the rest of diplomatic cooperation (05: praise, recognition), as "the deal" names only it."""
    return AGREEMENT_KIND if code.startswith(SIGNED_AGREEMENT) else code[:2]


FrameKind = Literal[
    "intent", "threat", "refuse", "demand", "appeal", "order", "consider", "cease",
    "accuse", "allege", "deny", "report", "culpable", "restrain",
]
Complement = Literal["lifted", "claimed", "alleged", "negated", "asserted"]
#: What becomes of the complement action of each frame kind:
#: lifted   -> not an event of its own; its code is lifted into the frame's code
#:             ("agreed to cooperate militarily" is 0312, not 062);
#: claimed  -> not an event: the accusation is ("accused X of attacking Y" is 112, no attack);
#: alleged  -> also emitted, with modality "alleged" ("X was responsible for the attacks");
#: negated  -> not asserted by the source ("denied attacking");
#: asserted -> emitted as is; the frame's own code (01x) only when nothing else fires.
FRAME_COMPLEMENT: Mapping[str, Complement] = MappingProxyType({
    "intent": "lifted", "threat": "lifted", "refuse": "lifted", "demand": "lifted",
    "appeal": "lifted", "order": "lifted", "consider": "lifted", "cease": "lifted",
    "accuse": "claimed", "allege": "claimed", "deny": "negated", "report": "asserted", "culpable": "alleged",
    "restrain": "lifted",  # no frame verb of its own: an intent whose act is negated ("promised not to attack")
})
KEEP = "="  # lift.tsv code meaning "keep the action's own code"
ANY_VERB = "*"
_TARGET_SLOTS = frozenset({"dobj", "dative", "comp_subj", "poss"})


class LexiconError(EventwireError):
    """A lexicon data file is malformed (bad code, duplicate key, bad target)."""

    code = "E121"


@dataclass(frozen=True, slots=True)
class VerbCue:
    lemma: str
    particle: str | None
    code: str
    targets: tuple[str, ...]
    note: str = ""
    needs_object: bool = False  # `dobj!`: no direct object (nor passive subject), another sense

    @property
    def key(self) -> str:
        return f"verb:{self.lemma}+{self.particle}" if self.particle else f"verb:{self.lemma}"

    @property
    def takes_dobj(self) -> bool:
        return "dobj" in self.targets

    @property
    def target(self) -> str:
        """The target slots as one comma-separated string ("dobj,prep:with"); prefer `targets`."""
        return ",".join(self.targets)

    @property
    def preps(self) -> tuple[str, ...]:
        """Prepositions whose object is the target, in preference order."""
        return tuple(t[5:] for t in self.targets if t.startswith("prep:"))


FORCE_MOVING = frozenset({"deploy", "send", "dispatch"})  # verbs that move forces
COPULAS = frozenset({"be", "remain", "become"})


@dataclass(frozen=True, slots=True)
class NounCue:
    lemma: str
    modifiers: tuple[str, ...]
    code: str
    light_verbs: frozenset[str]
    targets: tuple[str, ...]
    note: str = ""

    @property
    def key(self) -> str:
        return "noun:" + " ".join((*self.modifiers, self.lemma))

    @property
    def any_verb(self) -> bool:
        return ANY_VERB in self.light_verbs

    @property
    def is_force(self) -> bool:
        """A body of forces or their arms ("troops", "police officers", "warships"), an event only with a
        verb that moves it ("deployed troops"): whoever threatens or accuses soldiers acts on them."""
        return self.code[:2] == "15" and bool(self.light_verbs & FORCE_MOVING)

    @property
    def is_predicate(self) -> bool:
        """An agent noun that is an event only as a copula's predicate ("is the largest donor to the
        agency"): not an act a frame governs ("appealed to donors for aid")."""
        return self.light_verbs <= COPULAS

    @property
    def target(self) -> str:
        """The target slots as one comma-separated string ("dobj,prep:with"); prefer `targets`."""
        return ",".join(self.targets)

    @property
    def preps(self) -> tuple[str, ...]:
        return tuple(t[5:] for t in self.targets if t.startswith("prep:"))

    def accepts(self, verb_lemma: str, particles: Collection[str] = ()) -> bool:
        """Whether `verb_lemma` (with `particles`) is one of this noun's light verbs.

        Phrasal light verbs are written "carry out"; they match the verb "carry" with
        the particle "out", or the string "carry out" itself.
        """
        if self.any_verb or verb_lemma in self.light_verbs:
            return True
        return any(f"{verb_lemma} {p}" in self.light_verbs for p in particles)


@dataclass(frozen=True, slots=True)
class Frame:
    lemma: str
    frame: FrameKind
    code: str
    note: str = ""
    needs: tuple[str, ...] = ()  # particles or prepositions without which the verb is no frame ("call on")

    @property
    def key(self) -> str:
        return f"frame:{self.lemma}"

    @property
    def complement(self) -> Complement:
        return FRAME_COMPLEMENT[self.frame]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All cues, indexed for the lookups the extraction rules make."""

    verbs: Mapping[str, tuple[VerbCue, ...]]
    nouns: Mapping[str, tuple[NounCue, ...]]
    frames: Mapping[str, Frame]
    lifts: Mapping[str, Mapping[str, str]]
    light_verbs: frozenset[str] = field(default=frozenset())

    def verb(self, lemma: str, particles: Collection[str] = ()) -> VerbCue | None:
        """The cue for a verb: a particle cue whose particle is present, else the bare cue.

        Several matching particle cues: the one listed first in verbs.tsv wins.
        """
        cues = self.verbs.get(lemma.lower(), ())
        present = {p.lower() for p in particles}
        for cue in cues:
            if cue.particle is not None and cue.particle in present:
                return cue
        return next((c for c in cues if c.particle is None), None)

    def noun_roots(self, lemma: str) -> frozenset[str]:
        """The CAMEO roots an event noun's senses code ("attack": 18, 19, 20, ...): the kinds of act it may name."""
        return frozenset(c.code[:2] for c in self.nouns.get(lemma.lower(), ()))

    def act_roots(self, lemma: str, modifiers: Collection[str] | None = None) -> frozenset[str]:
        """The kinds of act a noun may name: its own senses' roots (with ``modifiers``, those of the
        senses they fit: "the attack" is no "bitter attack", 111), else those of the verb it is the
        act of ("seizure": 17 and 18, as "seize" a thing or a person; events/derivation.py). A noun
        one denies (016: "the claim", "the allegations") names the accusation it answers (11); a
        signed agreement (057) is a kind of its own in its root, whose other acts ("praised", 051) no
        "deal" names (``act_kind``)."""
        senses = self.nouns.get(lemma.lower(), ()) if modifiers is None else self._senses(lemma, modifiers)
        # what a denial denies is an accusation: "rejected the claim" answers the story's last accusation
        roots = frozenset(ACCUSATION_ROOT if c.code == DENIAL else act_kind(c.code) for c in senses)
        if roots:
            return roots
        verbs = verbs_of(lemma, self.verbs)
        senses = actor_object_senses()  # and the sense it has with a person as its object ("seizure": 18 too)
        # (a particle cue is no sense of the bare noun: not "ruling" as "rule out")
        return frozenset(act_kind(c.code) for verb in verbs for c in self.verbs[verb] if c.particle is None) \
            | frozenset(act_kind(senses[v]) for v in verbs if senses.get(v, NO_EVENT) != NO_EVENT)

    def _senses(self, lemma: str, modifiers: Collection[str]) -> list[NounCue]:
        """Cues of the longest modifier match (one per sense), in file order."""
        present = {m.lower() for m in modifiers}
        fitting = [c for c in self.nouns.get(lemma.lower(), ()) if set(c.modifiers) <= present]
        if not fitting:
            return []
        longest = max(len(c.modifiers) for c in fitting)
        return [c for c in fitting if len(c.modifiers) == longest]

    def noun(self, lemma: str, modifiers: Collection[str] = ()) -> NounCue | None:
        """The cue whose required modifiers are all present, the most of them winning.

        Where the noun has several senses (told apart by light verbs) the first listed
        one, its primary sense, is returned: this is the code a frame lifts
        ("demanded the release of ...").
        """
        senses = self._senses(lemma, modifiers)
        return senses[0] if senses else None

    def sense_of_kind(self, lemma: str, modifiers: Collection[str], roots: Collection[str]) -> NounCue | None:
        """The noun's first sense of one of these CAMEO roots ("fire" as gunfire, 19, where its primary sense
        is setting fire, 17): what a construction that allows only such acts means by it."""
        return next((c for c in self._senses(lemma, modifiers) if c.code[:2] in roots), None)

    def joint_sense(self, lemma: str) -> NounCue | None:
        """The noun's sense when two parties do it together ("joint exercise", "joint patrol": 062), or
        None where it has none of its own."""
        cue = self.noun(lemma, ("joint",))
        return cue if cue is not None and "joint" in cue.modifiers else None

    def noun_by_phrase(self, lemma: str, modifiers: Collection[str], preps: Collection[str]) -> NounCue | None:
        """With no light verb to tell its senses apart, the sense whose target slot the noun's own
        phrase fills: "a strike on a school bus" is an attack (prep:on), "a strike by dockers" the
        labour strike listed first; else the first sense."""
        senses = self._senses(lemma, modifiers)
        wanted = {p.lower() for p in preps}
        return next((c for c in senses if wanted.intersection(c.preps)), None) or (senses[0] if senses else None)

    def noun_for_light_verb(
        self, noun_lemma: str, modifiers: Collection[str], verb_lemma: str,
        particles: Collection[str] = (),
    ) -> NounCue | None:
        """The noun's cue if `verb_lemma` (+ `particles`) is one of its light verbs.

        Longest modifier match first, then the sense whose light verbs include the verb:
        "lifted sanctions" is 085, "imposed sanctions" 163; a verb that no sense of the
        longest match lists gives None (no fallback to fewer modifiers).
        """
        verb = verb_lemma.lower()
        parts = {p.lower() for p in particles}
        senses = self._senses(noun_lemma, modifiers)
        phrasal = next((c for c in senses if any(f"{verb} {p}" in c.light_verbs for p in parts)), None)
        if phrasal is not None:  # "called off the strike" is not "called the strike"
            return phrasal
        return next((c for c in senses if c.accepts(verb, parts)), None)

    def frame(self, lemma: str) -> Frame | None:
        return self.frames.get(lemma.lower())

    def lift(self, frame: str | Frame, action_code: str, lemma: str | None = None) -> str:
        """The frame's code for a complement action coded `action_code`.

        Longest matching prefix in lift.tsv, the frame verb's own rows (`kind:lemma`, from the Frame or
        ``lemma``) before its kind's (`=` keeps the action's code). Without one:
        the kind's `*` row when that is `=` (order), else the Frame's own
        code when a Frame is given (invite -> 026), else the kind's `*` code.
        """
        kind = frame.frame if isinstance(frame, Frame) else frame
        rows = self.lifts.get(kind)
        if rows is None:
            raise KeyError(f"[E122] unknown frame kind {kind!r}: expected one of {sorted(self.lifts)}")
        lemma = frame.lemma if isinstance(frame, Frame) else lemma
        own = self.lifts.get(f"{kind}:{lemma}", {}) if lemma else {}
        for n in range(len(action_code), 0, -1):  # a verb's own rows ("cease:cancel") before its kind's
            code = own.get(action_code[:n]) or rows.get(action_code[:n])
            if code is not None:
                return action_code if code == KEEP else code
        default = rows[ANY_VERB]
        if default == KEEP:
            return action_code
        return frame.code if isinstance(frame, Frame) else default


# ---------------------------------------------------------------- loading


def _read(path: Path, columns: tuple[str, ...]) -> Iterable[tuple[int, dict[str, str]]]:
    """Rows of a TSV with a header, skipping blank and `#` lines; strips every cell."""
    lines = [(n, line) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if line.strip() and not line.lstrip().startswith("#")]
    header = [h.strip() for h in lines[0][1].split("\t")]
    if tuple(header) != columns:
        raise LexiconError(f"{path.name}: header {header} is not {list(columns)}")
    for n, line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) > len(columns):
            raise LexiconError(f"{path.name}:{n}: {len(cells)} cells, expected at most {len(columns)}")
        cells += [""] * (len(columns) - len(cells))
        yield n, dict(zip(columns, cells))


def parse_targets(spec: str, where: str = "") -> tuple[str, ...]:
    """`dobj|prep:on|against` -> ("dobj", "prep:on", "prep:against")."""
    out: list[str] = []
    in_prep = False
    for part in filter(None, (p.strip() for p in spec.split("|"))):
        if part.startswith("prep:"):
            in_prep = True
            part = part[5:]
        elif part in _TARGET_SLOTS:
            in_prep = False
            out.append(part)
            continue
        if not in_prep or not part.replace("_", "").isalpha():
            raise LexiconError(f"{where}: bad target {spec!r} (use dobj, dative, comp_subj, poss, prep:X, joined by |)")
        out.append(f"prep:{part}")
    return tuple(out)


def _check_code(code: str, where: str) -> str:
    if not is_code(code):
        raise LexiconError(f"{where}: {code!r} is not a CAMEO event code")
    return code


def _lemma(value: str, where: str) -> str:
    if not value or value != value.lower():
        raise LexiconError(f"{where}: lemma {value!r} must be non-empty lower case")
    return value


def read_verbs(path: Path) -> list[VerbCue]:
    cues, seen = [], set()
    for n, row in _read(path, ("lemma", "particle", "code", "target", "note")):
        where = f"{path.name}:{n}"
        needs = "dobj!" in row["target"].split("|")
        cue = VerbCue(_lemma(row["lemma"], where), row["particle"] or None, _check_code(row["code"], where),
                      parse_targets(row["target"].replace("dobj!", "dobj"), where), row["note"], needs)
        if cue.key in seen:
            raise LexiconError(f"{where}: duplicate verb cue {cue.key}")
        seen.add(cue.key)
        cues.append(cue)
    return cues


def read_verb_classes(path: Path) -> dict[str, frozenset[str]]:
    """Named classes of light verbs (``verb_classes.tsv``) that noun cues refer to as ``@class``."""
    if not path.exists():
        return {}
    classes: dict[str, frozenset[str]] = {}
    for n, row in _read(path, ("class", "verbs", "note")):
        verbs = frozenset(v.strip() for v in row["verbs"].split("|") if v.strip())
        if not row["class"].isalpha() or not verbs or row["class"] in classes:
            raise LexiconError(f"{path.name}:{n}: a class needs a new alphabetic name and verbs")
        classes[row["class"]] = verbs
    return classes


def _expand(verbs: Iterable[str], classes: Mapping[str, frozenset[str]], where: str) -> frozenset[str]:
    out: set[str] = set()
    for v in verbs:
        if v.startswith("@"):
            if v[1:] not in classes:
                raise LexiconError(f"{where}: unknown verb class {v!r}")
            out |= classes[v[1:]]
        else:
            out.add(v)
    return frozenset(out)


def read_nouns(path: Path, classes: Mapping[str, frozenset[str]] | None = None) -> list[NounCue]:
    """Noun cues; ``@class`` light verbs expand from ``classes``, by default the ``verb_classes.tsv`` beside."""
    if classes is None:
        classes = read_verb_classes(path.with_name("verb_classes.tsv"))
    cues, seen = [], set()
    for n, row in _read(path, ("lemma", "modifiers", "code", "light_verbs", "target", "note")):
        where = f"{path.name}:{n}"
        mods = tuple(m.strip() for m in row["modifiers"].split("|") if m.strip())
        verbs = _expand((v.strip() for v in row["light_verbs"].split("|") if v.strip()), classes, where)
        if not verbs:
            raise LexiconError(f"{where}: noun cue needs light verbs or '*'")
        cue = NounCue(_lemma(row["lemma"], where), mods, _check_code(row["code"], where),
                      verbs, parse_targets(row["target"], where), row["note"])
        for verb in verbs:  # senses of one noun must not share a light verb
            key = (cue.lemma, frozenset(mods), verb)
            if key in seen:
                raise LexiconError(f"{where}: {cue.key} already has a sense with light verb {verb!r}")
            seen.add(key)
        cues.append(cue)
    return cues


def read_frames(path: Path) -> list[Frame]:
    frames, seen = [], set()
    for n, row in _read(path, ("lemma", "frame", "code", "needs", "note")):
        where = f"{path.name}:{n}"
        if row["frame"] not in FRAME_COMPLEMENT:
            raise LexiconError(f"{where}: unknown frame kind {row['frame']!r}")
        needs = tuple(p for p in row["needs"].split("|") if p)
        if any(not p.isalpha() or not p.islower() for p in needs):
            raise LexiconError(f"{where}: bad needs {row['needs']!r} (lower-case particles joined by |)")
        frame = Frame(_lemma(row["lemma"], where), row["frame"], _check_code(row["code"], where), row["note"], needs)
        if frame.lemma in seen:
            raise LexiconError(f"{where}: duplicate frame {frame.lemma}")
        seen.add(frame.lemma)
        frames.append(frame)
    return frames


def read_lifts(path: Path) -> dict[str, dict[str, str]]:
    lifts: dict[str, dict[str, str]] = {}
    for n, row in _read(path, ("frame", "action", "code", "note")):
        where = f"{path.name}:{n}"
        kind, action, code = row["frame"], row["action"], row["code"]
        if kind.partition(":")[0] not in FRAME_COMPLEMENT:  # a kind, or "kind:lemma" for one verb's own lifts
            raise LexiconError(f"{where}: unknown frame kind {kind!r}")
        if action != ANY_VERB:
            _check_code(action, where)
        if code != KEEP:
            _check_code(code, where)
        rows = lifts.setdefault(kind, {})
        if action in rows:
            raise LexiconError(f"{where}: duplicate lift {kind} {action}")
        rows[action] = code
    for kind in FRAME_COMPLEMENT:
        if ANY_VERB not in lifts.get(kind, {}):
            raise LexiconError(f"{path.name}: frame kind {kind!r} has no default ('*') row")
    return lifts


def build_lexicon(verbs: list[VerbCue], nouns: list[NounCue], frames: list[Frame],
                  lifts: dict[str, dict[str, str]]) -> Lexicon:
    by_verb: dict[str, list[VerbCue]] = {}
    for cue in verbs:
        by_verb.setdefault(cue.lemma, []).append(cue)
    by_noun: dict[str, list[NounCue]] = {}
    for cue in nouns:
        by_noun.setdefault(cue.lemma, []).append(cue)
    light = frozenset(v.split()[0] for cue in nouns for v in cue.light_verbs if v != ANY_VERB)
    return Lexicon(
        verbs=MappingProxyType({k: tuple(v) for k, v in by_verb.items()}),
        nouns=MappingProxyType({k: tuple(v) for k, v in by_noun.items()}),
        frames=MappingProxyType({f.lemma: f for f in frames}),
        lifts=MappingProxyType({k: MappingProxyType(v) for k, v in lifts.items()}),
        light_verbs=light,
    )


def load_lexicon_from(directory: Path) -> Lexicon:
    """Load and validate the four files from `directory` (tests use tmp dirs)."""
    return build_lexicon(
        read_verbs(directory / "verbs.tsv"),
        read_nouns(directory / "nouns.tsv"),
        read_frames(directory / "frames.tsv"), read_lifts(directory / "lift.tsv"),
    )


@functools.cache
def load_lexicon() -> Lexicon:
    """The packaged lexicon, loaded and validated once per process."""
    return load_lexicon_from(DATA_DIR)


@functools.cache
def actor_object_senses() -> Mapping[str, str]:
    """lemma -> the code a verb takes when its direct object is an actor (``actor_objects.tsv``);
    ``NO_EVENT`` where that sense is no event of CAMEO's ("fired the minister")."""
    path = DATA_DIR / "actor_objects.tsv"
    out: dict[str, str] = {}
    for n, row in _read(path, ("lemma", "code", "note")):
        code = row["code"] if row["code"] == NO_EVENT else _check_code(row["code"], f"{path.name}:{n}")
        out[_lemma(row["lemma"], f"{path.name}:{n}")] = code
    return MappingProxyType(out)
