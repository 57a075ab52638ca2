"""Gold standards as typed records.

Two formats exist (see ``shared/gold/SCORING.md``) and are told apart by their
content, not their file name, so a renamed or new gold file still loads:

* PLOVER gold-standard records: a JSON list of records with ``event`` and
  ``text``; every record is a one-sentence document of its own.
* article format: a JSON object with ``required_events``; one article whose
  text is the file named by ``document`` (relative to the ``shared`` folder).

Both become a :class:`GoldFile` of :class:`GoldDoc` s holding
:class:`GoldEvent` s, so the scorer never looks at raw JSON.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..errors import EventwireError

GoldKind = Literal["required", "acceptable"]
GoldFormat = Literal["plover", "article"]

# PLOVER 0.5b1 category -> accepted CAMEO roots (SCORING.md, verbatim).
PLOVER_ROOTS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"03"}),
    "CONSULT": frozenset({"04"}),
    "SUPPORT": frozenset({"05"}),
    "COOPERATE": frozenset({"06"}),
    "AID": frozenset({"07"}),
    "CONCEDE": frozenset({"08"}),
    "RETREAT": frozenset({"08"}),
    "INVESTIGATE": frozenset({"09"}),
    "DEMAND": frozenset({"10"}),
    "DISAPPROVE": frozenset({"11"}),
    "REJECT": frozenset({"12"}),
    "THREATEN": frozenset({"13"}),
    "PROTEST": frozenset({"14"}),
    "MOBILIZE": frozenset({"15"}),
    "SANCTION": frozenset({"16"}),
    "COERCE": frozenset({"17"}),
    "ASSAULT": frozenset({"18", "20"}),
    "FIGHT": frozenset({"19", "20"}),
}

# The non-state "countries" of SCORING.md: a predicted organisation matches the bare generic code
GENERIC_COUNTRIES = frozenset({"IGO", "IMG", "NGO", "ISM"})
# Country codes the PLOVER records use that are not ISO 3166 alpha-3.
# PLOVER's old codes, and Kosovo's: CAMEO codes it KSV, ISO's user-assigned code is XKX, and much
# hand-coded gold writes KOS
COUNTRY_ALIASES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "XKX": "KSV", "KOS": "KSV"}

PLOVER_PUB_DATE = dt.date(2000, 1, 1)
UNKNOWN_ROLE = "***"


class GoldFormatError(EventwireError):
    """A gold file that is neither PLOVER records nor the article format."""

    code = "E070"


def norm_country(code: str | None) -> str | None:
    """Upper-case a country code and map the aliases above to the codes the coder gives (ISO 3166, CAMEO for Kosovo)."""
    if not code:
        return None
    code = code.strip().upper()
    if len(code) > 3 and code[:3] in GENERIC_COUNTRIES:
        code = code[:3]  # an organisation written whole ("IGOUNO", "IGOEUIGO"): SCORING.md compares three letters
    return COUNTRY_ALIASES.get(code, code) or None


def norm_role(role: str | None) -> str | None:
    """First three letters, upper case; ``***`` and empty mean unknown (None)."""
    if not role:
        return None
    role = role.strip()[:3].upper()
    return None if not role or role == UNKNOWN_ROLE else role


@dataclass(frozen=True, slots=True)
class GoldActor:
    """One gold actor: country code after alias mapping and role (None = not scored)."""

    country: str
    role: str | None
    text: str = ""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event.

    ``sources``/``targets`` hold every acceptable country (compound actors list
    several); ``targets`` is None where the gold gives no target, and then the
    target is not checked. An empty ``sources`` likewise means "not checked"
    (one PLOVER record has no source). ``source_roles``/``target_roles`` keep the
    per-actor roles so that the role of the actor actually matched is scored.
    ``modality`` is set where the gold accepts only one modality (the seed's
    "alleged" attack).
    """

    id: str
    sentence_anchor: str
    roots: frozenset[str]
    sources: frozenset[str]
    targets: frozenset[str] | None
    source_roles: tuple[GoldActor, ...]
    target_roles: tuple[GoldActor, ...]
    reciprocal: bool
    preferred_codes: tuple[str, ...]
    date: str | None
    kind: GoldKind
    category: str
    modality: str | None = None

    def roles_for(self, side: Literal["source", "target"], country: str | None) -> frozenset[str]:
        """Known gold roles of the ``side`` actors whose country is ``country``."""
        actors = self.source_roles if side == "source" else self.target_roles
        return frozenset(a.role for a in actors if a.role and a.country == country)

    def describe_actors(self, side: Literal["source", "target"]) -> str:
        actors = self.source_roles if side == "source" else self.target_roles
        if side == "target" and self.targets is None:
            return "-"
        return "/".join(a.country + (a.role or "") for a in actors) or "-"


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One document to code and the gold events it holds.

    ``anchored`` is False for PLOVER records: the whole document is the gold
    sentence, so the "where" condition holds for every event coded from it.
    """

    id: str
    text: str
    pub_date: dt.date | None
    events: tuple[GoldEvent, ...]
    anchored: bool


@dataclass(frozen=True, slots=True)
class GoldQuote:
    speaker: str
    speaker_actor: str
    starts_with: str


@dataclass(frozen=True, slots=True)
class GoldCaption:
    text: str
    credit: str | None


@dataclass(frozen=True, slots=True)
class GoldStructure:
    headline: str | None
    subheadline: str | None
    captions: tuple[GoldCaption, ...]
    body_starts_with: str | None


@dataclass(frozen=True, slots=True)
class GoldFile:
    """A loaded gold file. ``salient_only``: the gold lists only the most salient
    events, so precision is a lower bound (said next to the figure)."""

    name: str
    path: Path
    sha256: str
    format: GoldFormat
    docs: tuple[GoldDoc, ...]
    salient_only: bool = False
    quotes: tuple[GoldQuote, ...] = ()
    structure: GoldStructure | None = None
    forbidden: tuple[str, ...] = ()

    @property
    def events(self) -> tuple[GoldEvent, ...]:
        return tuple(e for d in self.docs for e in d.events)

    def limited(self, n: int | None) -> "GoldFile":
        """The first ``n`` documents only (``--limit``)."""
        if n is None or n >= len(self.docs):
            return self
        from dataclasses import replace

        return replace(self, docs=self.docs[:n])


def file_digest(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def load_gold(path: str | Path, *, shared_dir: str | Path | None = None) -> GoldFile:
    """Load a gold file of either format, detected from its content.

    ``shared_dir`` is where the article format's ``document`` path is resolved;
    by default the parent of the gold file's folder (``shared/gold/x.json`` ->
    ``shared``), then the gold file's own folder.
    """
    path = Path(path)
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"{path}: not a JSON file ({exc})") from exc
    digest = hashlib.sha256(raw).hexdigest()
    if isinstance(data, list) and any(isinstance(r, dict) and "event" in r and "text" in r for r in data):
        return GoldFile(path.name, path, digest, "plover", _plover_docs(data))
    if isinstance(data, dict) and "required_events" in data:
        return _article_file(data, path, digest, shared_dir)
    raise GoldFormatError(
        f"{path}: unknown gold format; expected a list of PLOVER records (items with 'event' and 'text') "
        "or an article object with 'required_events'"
    )


# --- PLOVER records --------------------------------------------------------

def _plover_actors(value: Any) -> tuple[GoldActor, ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for a in value:
        country = norm_country(a.get("code")) if isinstance(a, dict) else None
        if country:
            out.append(GoldActor(country, norm_role(a.get("sector")), a.get("actorText", "")))
    return tuple(out)


def _plover_docs(records: list[Any]) -> tuple[GoldDoc, ...]:
    docs = []
    for i, rec in enumerate(records):
        if not isinstance(rec, dict) or rec.get("event") == "DOCUMENT" or "text" not in rec:
            continue
        category = str(rec["event"]).upper()
        if category not in PLOVER_ROOTS:
            raise GoldFormatError(f"record {rec.get('id', i)}: unknown PLOVER category {category!r}")
        sources = _plover_actors(rec.get("source"))
        targets = _plover_actors(rec.get("target"))
        text = str(rec["text"]).strip()
        rid = str(rec.get("id") or f"record-{i}")
        event = GoldEvent(
            id=rid,
            sentence_anchor=text,
            roots=PLOVER_ROOTS[category],
            sources=frozenset(a.country for a in sources),
            targets=frozenset(a.country for a in targets) if targets else None,
            source_roles=sources,
            target_roles=targets,
            reciprocal=False,
            preferred_codes=(),
            date=None,  # the records' date is a placeholder publication date
            kind="required",
            category=category,
        )
        docs.append(GoldDoc(rid, text, PLOVER_PUB_DATE, (event,), anchored=False))
    return tuple(docs)


# --- article format ----------------------------------------------------------

def _side(value: Any) -> tuple[GoldActor, ...]:
    if not isinstance(value, dict):
        return ()
    country = norm_country(value.get("country"))
    if not country:
        return ()
    return (GoldActor(country, norm_role(value.get("role")), value.get("name") or ""),)


def _preferred(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, list):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return tuple(p.strip() for p in str(value).replace(",", " or ").split(" or ") if p.strip())


def _article_event(entry: dict[str, Any], kind: GoldKind) -> GoldEvent:
    sources = _side(entry.get("source"))
    targets = _side(entry.get("target"))
    roots = frozenset(str(r).zfill(2) for r in entry.get("cameo_root", ()))
    if not roots or not entry.get("anchor"):
        raise GoldFormatError(f"gold event {entry.get('id')!r}: needs 'cameo_root' and 'anchor'")
    return GoldEvent(
        id=str(entry.get("id", "")),
        sentence_anchor=str(entry["anchor"]),
        roots=roots,
        sources=frozenset(a.country for a in sources),
        targets=frozenset(a.country for a in targets) if targets else None,
        source_roles=sources,
        target_roles=targets,
        reciprocal=bool(entry.get("reciprocal", False)),
        preferred_codes=_preferred(entry.get("preferred_code")),
        date=entry.get("date") or None,
        kind=kind,
        category="/".join(sorted(roots)),
        modality=entry.get("modality") or None,
    )


def _article_file(data: dict[str, Any], path: Path, digest: str, shared_dir: str | Path | None) -> GoldFile:
    doc_rel = data.get("document")
    if not doc_rel:
        raise GoldFormatError(f"{path}: article gold needs 'document' (path of the article text)")
    candidates = [Path(shared_dir) / doc_rel] if shared_dir else [path.parent.parent / doc_rel, path.parent / doc_rel]
    doc_path = next((c for c in candidates if c.is_file()), None)
    if doc_path is None:
        raise GoldFormatError(f"{path}: article text {doc_rel!r} not found (looked in {[str(c) for c in candidates]})")
    events = tuple(_article_event(e, "required") for e in data["required_events"])
    events += tuple(_article_event(e, "acceptable") for e in data.get("acceptable_events", ()))
    pub = data.get("pub_date")
    doc = GoldDoc(
        id=str(doc_rel),
        text=doc_path.read_text(encoding="utf-8"),
        pub_date=dt.date.fromisoformat(pub) if pub else None,
        events=events,
        anchored=True,
    )
    st = data.get("structure") or {}
    structure = GoldStructure(
        headline=st.get("headline"),
        subheadline=st.get("subheadline"),
        captions=tuple(GoldCaption(c["text"], c.get("credit")) for c in st.get("captions", ())),
        body_starts_with=st.get("body_starts_with"),
    ) if st else None
    quotes = tuple(
        GoldQuote(q["speaker"], q.get("speaker_actor", ""), q["starts_with"]) for q in data.get("quotes", ())
    )
    return GoldFile(
        name=path.name,
        path=path,
        sha256=digest,
        format="article",
        docs=(doc,),
        salient_only=True,
        quotes=quotes,
        structure=structure,
        forbidden=tuple(str(f) for f in data.get("forbidden", ())),
    )
