"""The DuckDB schema, defined once in Python with a comment per column.

Why a Python definition rather than a ``.sql`` file: the same objects create
the tables, put the comments into DuckDB (``COMMENT ON``), name the columns
the writer fills, and render ``SCHEMA.md`` (``python -m eventwire.store > SCHEMA.md``; a test checks the file is up to date).
"""
from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = 4
# Stores of these versions are upgraded on open: their tables lack only columns added since (``create`` adds them).
UPGRADABLE_FROM = frozenset({3})


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str
    comment: str
    values: tuple[str, ...] = ()  # every value an enum column can take (NULL aside)


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    comment: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    order_by: tuple[str, ...] = ()  # stable order for exports and comparisons

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def sort_key(self) -> tuple[str, ...]:
        return self.order_by or self.key

    def create_sql(self) -> str:
        cols = [f"    {c.name} {c.type}" for c in self.columns]
        cols.append(f"    PRIMARY KEY ({', '.join(self.key)})")
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n" + ",\n".join(cols) + "\n)"

    def insert_sql(self) -> str:
        marks = ", ".join("?" for _ in self.columns)
        return f"INSERT INTO {self.name} ({', '.join(self.names)}) VALUES ({marks}) ON CONFLICT DO NOTHING"


def C(name: str, type_: str, comment: str, values: tuple[str, ...] = ()) -> Column:
    return Column(name, type_, comment, tuple(values))


def _literal(tp) -> tuple[str, ...]:
    from typing import get_args

    return tuple(get_args(tp))


def _enums() -> dict[str, tuple[str, ...]]:
    """Enum values taken from the record types themselves, so the schema cannot drift from the code."""
    from ..ingest.detect import ERROR_KINDS
    from ..records import Actor, DateBasis, DatePrecision, Modality, Place, PubDateSource
    from .linking import LINK_RULE_VALUES

    from typing import get_type_hints

    place, actor = get_type_hints(Place), get_type_hints(Actor)
    place_feature, place_basis, kind = _literal(place["feature"]), _literal(place["basis"]), _literal(actor["kind"])
    return {
        "modality": _literal(Modality), "date_basis": _literal(DateBasis), "date_precision": _literal(DatePrecision),
        "pub_date_source": _literal(PubDateSource), "place_feature": place_feature, "place_basis": place_basis,
        "actor_kind": kind, "link_rule": LINK_RULE_VALUES, "reject_kind": tuple(sorted(set(ERROR_KINDS.values()) | {"internal", "bad_date"})),
    }


ENUMS = _enums()


def _actor_columns(prefix: str, what: str) -> tuple[Column, ...]:
    return (
        C(f"{prefix}_code", "VARCHAR", f"CAMEO code of the {what} (country + role, e.g. RUSGOV); NULL if none was found"),
        C(f"{prefix}_country", "VARCHAR", f"Country of the {what}: ISO 3166 alpha-3 / CAMEO country code"),
        C(f"{prefix}_role", "VARCHAR", f"CAMEO role of the {what} (GOV, MIL, OPP ...); NULL if only a country is named"),
        C(f"{prefix}_name", "VARCHAR", f"Normalised name of the {what} when a person or organisation is named"),
        C(f"{prefix}_text", "VARCHAR", f"Text of the {what} mention as written in the article"),
        C(f"{prefix}_start", "INTEGER", f"Character offset of the {what} mention in the article text (-1 if unknown)"),
        C(f"{prefix}_rule", "VARCHAR", f"Table or rule that coded the {what} (person, country, coref:surname ...)"),
    )


DOCUMENTS = Table(
    "documents",
    "One row per coded article. Failed articles are in `rejects` instead.",
    (
        C("doc_id", "VARCHAR", "Article id: content hash of url + text (Article.id) unless the input supplied one"),
        C("source", "VARCHAR", "File the article was read from (path or <stdin>)"),
        C("url", "VARCHAR", "Article URL when the input gave one"),
        C("outlet", "VARCHAR", "News outlet when the input gave one"),
        C("pub_date", "DATE", "Publication date; relative time expressions are resolved against it"),
        C("pub_date_source", "VARCHAR", "Where pub_date came from: record (JSON Lines field), html_meta, given "
          "(--pub-date or the caller), dateline; NULL when the article has no date", ENUMS["pub_date_source"]),
        C("headline", "VARCHAR", "Headline found by the clean stage (or the input title)"),
        C("subheadline", "VARCHAR", "Subheadline found by the clean stage"),
        C("dateline_place", "VARCHAR", "Place named in the dateline (e.g. MOSCOW)"),
        C("n_events", "INTEGER", "Number of events coded in the article"),
        C("n_chars", "INTEGER", "Length of the article text in characters"),
        C("tone", "DOUBLE", "Document tone, -100..+100: 100 * (positive - negative proportion) by the VADER "
          "lexicon (eventwire/tone.py); GDELT AvgTone / MentionDocTone"),
        C("lead_end", "INTEGER", "End offset of the first body paragraph (events before it are 'root' events); NULL if no body"),
        C("ingested_at", "TIMESTAMP", "When the article was stored (UTC); like every *_at / date_added column it differs between runs"),
        C("metadata", "JSON", "Input metadata that has no column of its own"),
        C("text_hash", "VARCHAR", "Hash of the article text: a second, different text under the same input id is stored "
          "under the derived id `<id>~<text_hash[:8]>` (its metadata says `id_conflict_with`), never dropped"),
        C("warnings", "JSON", "Coded notes of what the reader changed ([W001] lone surrogates replaced, [W002] control "
          "characters removed, [W003] invalid UTF-8 repaired, [W004] read as Windows-1252, [W005] UTF-16 without "
          "byte-order mark, [W006] id conflict); empty list when none"),
    ),
    key=("doc_id",),
)

EVENTS = Table(
    "events",
    "One row per coded event mention, each traceable to its sentence.",
    (
        C("event_id", "VARCHAR", "Event id: content hash (Event.event_id)"),
        C("doc_id", "VARCHAR", "Article the event was coded from (documents.doc_id)"),
        C("code", "VARCHAR", "CAMEO event code, e.g. 043"),
        C("root", "VARCHAR", "CAMEO root code (first two digits), e.g. 04"),
        C("name", "VARCHAR", "CAMEO name of the event code"),
        C("quad_class", "TINYINT", "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"),
        C("goldstein", "DOUBLE", "Goldstein score of the event code (-10 .. +10)"),
        C("plover_type", "VARCHAR", "PLOVER event type"),
        C("plover_mode", "VARCHAR", "PLOVER mode"),
        C("plover_context", "VARCHAR", "PLOVER context"),
        C("modality", "VARCHAR", "Modality of the event; linking joins negated only with negated, future/conditional only with each other", ENUMS["modality"]),
        C("reciprocal", "BOOLEAN", "Symmetric event (meet, talk): source and target may be swapped when linking"),
        *_actor_columns("source", "source actor"),
        *_actor_columns("target", "target actor"),
        C("event_date", "VARCHAR", "Event date as ISO text at its precision (YYYY-MM-DD, YYYY-MM or YYYY)"),
        C("date_precision", "VARCHAR", "Precision of event_date; NULL when no date is known", ENUMS["date_precision"]),
        C("date_basis", "VARCHAR", "text (a time expression in the sentence), lead (the story's first dated event, "
          "for a sentence with no date of its own), pub_date (the publication date) or none", ENUMS["date_basis"]),
        C("date_text", "VARCHAR", "The time expression that gave the date"),
        C("date_lo", "DATE", "First day the event date can denote (publication date when the event has none)"),
        C("date_hi", "DATE", "Last day the event date can denote"),
        C("place_name", "VARCHAR", "Place of the event (gazetteer name)"),
        C("place_country", "VARCHAR", "Country of the place, ISO 3166 alpha-3"),
        C("place_lat", "DOUBLE", "Latitude of the place"),
        C("place_lon", "DOUBLE", "Longitude of the place"),
        C("place_feature", "VARCHAR", "Precision of the place: city, admin (first-level division), country "
          "(the point is the capital's; only the country is meant) or region", ENUMS["place_feature"]),
        C("place_basis", "VARCHAR", "Where the place was found", ENUMS["place_basis"]),
        C("sentence", "VARCHAR", "The sentence the event was coded from"),
        C("sentence_start", "INTEGER", "Character offset of the sentence in the article text"),
        C("sentence_end", "INTEGER", "End offset of the sentence"),
        C("cue", "VARCHAR", "Lexicon entry that fired, e.g. verb:criticize"),
        C("rule", "VARCHAR", "Dependency rule that fired, e.g. svo, passive"),
        C("trigger", "VARCHAR", "Text of the trigger tokens"),
        C("trigger_start", "INTEGER", "Character offset of the trigger"),
        C("trigger_end", "INTEGER", "End offset of the trigger"),
        C("confidence", "DOUBLE", "Coder confidence in the event (0..1)"),
        C("quote_id", "VARCHAR", "Quote the event was coded inside (quotes.quote_id)"),
        C("block_key", "VARCHAR", "Linking block: root|actor keys sorted (country, else code; - for no actor); "
          "only events of one block can link. An event with one bare-role actor (GOV, no country) and a known "
          "other party has root|known party's key: it may join a cluster of a block root|key|* or root|*|key"),
        C("cluster_id", "VARCHAR", "Real-world event this report belongs to (clusters.cluster_id)"),
        C("link_rule", "VARCHAR", "How the event's cluster was decided: signature (its own actors, root, dates, "
          "place and polarity, linking.py), partial-actor (a bare-role actor such as GOV with no country: joined "
          "the one cluster compatible with it, which gives the role its country, link_country), partial-ambiguous "
          "(several clusters were compatible: kept alone) or partial-alone (none was, or the other party is "
          "unknown or a bare role too: kept alone); NULL until linked", ENUMS["link_rule"]),
        C("link_country", "VARCHAR", "Country (ISO alpha-3) the joined cluster gives the event's bare-role actor "
          "(link_rule partial-actor); the actor's own columns keep what the article said"),
    ),
    key=("doc_id", "event_id"),
)

ACTORS = Table(
    "actors",
    "One row per coded actor mention.",
    (
        C("doc_id", "VARCHAR", "Article of the mention"),
        C("actor_no", "INTEGER", "Position of the mention in the article's actor list (0-based)"),
        C("text", "VARCHAR", "Mention text as written"),
        C("code", "VARCHAR", "CAMEO actor code (country + role)"),
        C("country", "VARCHAR", "ISO 3166 alpha-3 / CAMEO country code"),
        C("role", "VARCHAR", "CAMEO role code"),
        C("name", "VARCHAR", "Normalised person or organisation name"),
        C("start_char", "INTEGER", "Character offset of the mention"),
        C("end_char", "INTEGER", "End offset of the mention"),
        C("rule", "VARCHAR", "Table or rule that coded the mention"),
        C("kind", "VARCHAR", "What the mention names", ENUMS["actor_kind"]),
    ),
    key=("doc_id", "actor_no"),
)

QUOTES = Table(
    "quotes",
    "Direct quotations and their speakers.",
    (
        C("quote_id", "VARCHAR", "Quote id: content hash (Quote.quote_id)"),
        C("doc_id", "VARCHAR", "Article of the quote"),
        C("text", "VARCHAR", "Quoted text"),
        C("start_char", "INTEGER", "Character offset of the quote"),
        C("end_char", "INTEGER", "End offset of the quote"),
        C("speaker_code", "VARCHAR", "CAMEO code of the speaker"),
        C("speaker_country", "VARCHAR", "Country of the speaker"),
        C("speaker_role", "VARCHAR", "Role of the speaker"),
        C("speaker_name", "VARCHAR", "Normalised speaker name"),
        C("speaker_text", "VARCHAR", "Speaker as written"),
        C("rule", "VARCHAR", "Rule that attributed the quote"),
    ),
    key=("doc_id", "quote_id"),
)

MENTIONS = Table(
    "mentions",
    "One row per event mention in an article (like GDELT Mentions); join events on (doc_id, event_id) for the cluster.",
    (
        C("event_id", "VARCHAR", "Mentioned event (events.event_id)"),
        C("doc_id", "VARCHAR", "Mentioning article"),
        C("outlet", "VARCHAR", "Outlet of the article"),
        C("source_key", "VARCHAR", "Independent-source key: outlet, else URL host, else doc:<doc_id>"),
        C("url", "VARCHAR", "URL of the article"),
        C("pub_date", "DATE", "Publication date of the article"),
        C("sentence_no", "INTEGER", "1-based number of the event's sentence among the article's body sentences (GDELT SentenceID)"),
        C("sentence_start", "INTEGER", "Character offset of the sentence"),
        C("sentence_end", "INTEGER", "End offset of the sentence"),
        C("source_start", "INTEGER", "Offset of the source actor (-1 if none)"),
        C("target_start", "INTEGER", "Offset of the target actor (-1 if none)"),
        C("trigger_start", "INTEGER", "Offset of the event trigger"),
        C("in_lead", "BOOLEAN", "Sentence lies in the first body paragraph"),
        C("in_raw_text", "BOOLEAN", "No actor of the event needed coreference (GDELT InRawText)"),
        C("confidence", "DOUBLE", "Coder confidence (0..1)"),
        C("doc_len", "INTEGER", "Article length in characters"),
    ),
    key=("doc_id", "event_id"),
)

CLUSTERS = Table(
    "clusters",
    "Real-world events: reports of the same event linked across articles (see linking.py for the rules).",
    (
        C("cluster_id", "VARCHAR", "clu_ + hash of the smallest (event_id, doc_id) member: depends only on membership"),
        C("global_event_id", "BIGINT", "Stable positive integer from cluster_id (GDELT GLOBALEVENTID)"),
        C("block_key", "VARCHAR", "Linking block of the members"),
        C("root", "VARCHAR", "CAMEO root code shared by all members"),
        C("code", "VARCHAR", "Most frequent CAMEO code among members (ties: smallest code)"),
        C("name", "VARCHAR", "CAMEO name of that code"),
        C("quad_class", "TINYINT", "Quad class of that code"),
        C("goldstein", "DOUBLE", "Goldstein score of that code"),
        C("source_code", "VARCHAR", "Most frequent source actor code (of the most frequent source/target pair)"),
        C("source_country", "VARCHAR", "Country of that source actor"),
        C("source_role", "VARCHAR", "Role of that source actor"),
        C("target_code", "VARCHAR", "Most frequent target actor code (same pair)"),
        C("target_country", "VARCHAR", "Country of that target actor"),
        C("target_role", "VARCHAR", "Role of that target actor"),
        C("event_date", "VARCHAR", "Representative date: most frequent text-based date, ties earliest; else of all dates"),
        C("date_lo", "DATE", "Earliest first day among member dates"),
        C("date_hi", "DATE", "Latest last day among member dates"),
        C("place_name", "VARCHAR", "Most frequent place among members that have one"),
        C("place_country", "VARCHAR", "Country of that place (ISO alpha-3)"),
        C("place_lat", "DOUBLE", "Latitude of that place"),
        C("place_lon", "DOUBLE", "Longitude of that place"),
        C("place_feature", "VARCHAR", "Precision of that place", ENUMS["place_feature"]),
        C("num_mentions", "INTEGER", "Event mentions (events rows) in the cluster"),
        C("num_articles", "INTEGER", "Distinct articles"),
        C("num_sources", "INTEGER", "Distinct independent sources (mentions.source_key)"),
        C("first_seen", "DATE", "Earliest publication date of a member article (ingest date if none has one)"),
        C("first_doc_id", "VARCHAR", "Earliest member article (pub_date, then doc_id)"),
        C("source_url", "VARCHAR", "URL of the earliest member article"),
        C("date_added", "TIMESTAMP", "Earliest ingested_at of a member article"),
        C("confidence", "DOUBLE", "1 - prod(1 - c_s) over distinct sources s; c_s = best member confidence of s"),
        C("num_partial", "INTEGER", "Members that joined by a bare-role actor (events.link_rule = partial-actor); "
          "they count in every figure above except the block and the actor columns, which come from the others"),
    ),
    key=("cluster_id",),
)

REJECTS = Table(
    "rejects",
    "Inputs and articles that could not be coded, with the reason; a run never stops for them.",
    (
        C("reject_id", "VARCHAR", "Hash of the failed content (article id and text, or the bytes of an unreadable "
          "input), its resolved source and the code: the same failure is stored once, however the path was spelled. "
          "Rejected articles are coded again by the next run; a success deletes the reject, and a new failure at "
          "the same source replaces it (one row per source: its latest state)"),
        C("source", "VARCHAR", "File (resolved absolute path, and line) the input came from"),
        C("doc_id", "VARCHAR", "Article id when one was known (empty for unreadable inputs)"),
        C("code", "VARCHAR", "Error code, e.g. E001"),
        C("kind", "VARCHAR", "Kind of failure", ENUMS["reject_kind"]),
        C("stage", "VARCHAR", "Stage that failed: ingest, check, clean, code or store"),
        C("message", "VARCHAR", "What went wrong"),
        C("rejected_at", "TIMESTAMP", "When the failure was recorded (UTC)"),
    ),
    key=("reject_id",),
)

TEXTS = Table(
    "texts",
    "The text of each stored article and its labelled lines, so an event's offsets can be shown in context.",
    (
        C("doc_id", "VARCHAR", "Article (documents.doc_id)"),
        C("text", "VARCHAR", "Article text as coded; every *_start / *_end offset points into it"),
        C("segments", "JSON", "Labelled lines in order: [kind, start, end] with kind headline, subheadline, dateline, dyad, caption, credit, body, repeat or boilerplate"),
    ),
    key=("doc_id",),
)

STORE_INFO = Table(
    "store_info",
    "Settings the stored data depends on (schema_version, link_window_days, link_rules: the version of the linking rules).",
    (
        C("key", "VARCHAR", "Setting name"),
        C("value", "VARCHAR", "Setting value"),
    ),
    key=("key",),
)

TABLES: tuple[Table, ...] = (DOCUMENTS, EVENTS, ACTORS, QUOTES, MENTIONS, CLUSTERS, REJECTS, TEXTS, STORE_INFO)
TIME_COLUMNS = frozenset({"ingested_at", "rejected_at", "date_added"})  # differ between runs by nature


def table(name: str) -> Table:
    for t in TABLES:
        if t.name == name:
            return t
    raise KeyError(f"[E305] no table {name!r}; tables: {[t.name for t in TABLES]}")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def create(con) -> None:
    """Create missing tables, add missing columns (an upgrade, ``UPGRADABLE_FROM``), (re)write the comments."""
    for t in TABLES:
        con.execute(t.create_sql())
        have = {r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND table_schema = current_schema()",
            [t.name]).fetchall()}
        for c in t.columns:
            if c.name not in have:
                con.execute(f"ALTER TABLE {t.name} ADD COLUMN {c.name} {c.type}")
        con.execute(f"COMMENT ON TABLE {t.name} IS {_quote(t.comment)}")
        for c in t.columns:
            con.execute(f"COMMENT ON COLUMN {t.name}.{c.name} IS {_quote(c.comment)}")


def _meaning(c: Column) -> str:
    text = c.comment.replace("|", "/")
    if c.values:
        text += ". Values: " + ", ".join(f"`{v}`" for v in c.values)
    return text


def render_markdown() -> str:
    from .gdelt import GDELT_NOTES

    lines = [
        "# eventwire store schema",
        "",
        "<!-- Generated by `python -m eventwire.store > SCHEMA.md`; do not edit by hand. -->",
        "",
        f"DuckDB file written by `eventwire ingest` (schema version {SCHEMA_VERSION}). "
        "Column comments are also stored in the database (`COMMENT ON`).",
        "",
    ]
    for t in TABLES:
        lines += [f"## `{t.name}`", "", t.comment, "", f"Key: ({', '.join(t.key)})", ""]
        lines += ["| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{c.name}` | {c.type} | {_meaning(c)} |" for c in t.columns]
        lines.append("")
    lines += GDELT_NOTES.strip("\n").splitlines()
    return "\n".join(lines) + "\n"

