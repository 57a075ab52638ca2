"""Named exceptions with codes; turned into CLI messages only at the edge."""
from __future__ import annotations


class EventwireError(Exception):
    code = "E000"
    kind = "error"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputError(EventwireError):
    """A document that cannot be coded; recorded per document, never fatal to a batch."""

    def __init__(self, code: str, kind: str, message: str) -> None:
        self.code = code
        self.kind = kind
        super().__init__(message)


class ModelNotFound(EventwireError):
    code = "E080"
