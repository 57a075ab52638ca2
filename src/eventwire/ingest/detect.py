"""Input checks: decoding bytes and refusing what cannot be coded.

Why here and not in each reader: every reader (text, JSON Lines, HTML, stdin)
must refuse the same inputs with the same codes, so the CLI and the store can
report rejections uniformly. Cheap checks run first (size before anything that
scans the text, binary before language identification).
"""
from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from typing import Any

from ..config import Config
from ..errors import InputError

# Error codes of this stage: code -> kind. Readers put these into DocError records.
ERROR_KINDS: dict[str, str] = {
    "E001": "empty",
    "E002": "too_large",
    "E003": "binary",
    "E004": "encoding",
    "E005": "not_english",
    "E006": "not_article",
    "E007": "not_found",
    "E008": "unreadable",
    "E009": "bad_record",
}

SUPPORTED = (
    "Supported input: English news articles as UTF-8 (or UTF-16 with BOM) plain text, "
    "HTML pages, or JSON Lines records with a 'text' field; each optionally gzipped."
)


def input_error(code: str, message: str) -> InputError:
    """Build an InputError whose kind is looked up from the code table."""
    return InputError(code, ERROR_KINDS[code], message)


# --- bytes -> str -----------------------------------------------------------------

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}
_SNIFF_BYTES = 8192


def looks_binary(data: bytes | str) -> bool:
    """True for NUL bytes or a high share of control characters in the first 8 KiB.

    UTF-16 text contains NUL bytes, so callers test for a UTF-16 BOM first.
    """
    head = data[:_SNIFF_BYTES]
    if not head:
        return False
    if isinstance(head, bytes):
        if b"\x00" in head:
            return True
        controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 11, 27))
    else:
        if "\x00" in head:
            return True
        controls = sum(1 for c in head if unicodedata.category(c) == "Cc" and c not in _CONTROL_OK)
    return controls / len(head) > 0.05


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a document's bytes to text, or raise InputError (binary / encoding).

    Order: UTF-8 (with or without BOM), UTF-16/32 by BOM, then a charset-normalizer
    guess that must be coherent; English text in a legacy 8-bit encoding is most
    often Windows-1252, which is preferred when the guess is another 8-bit table.
    """
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise input_error("E004", f"{source}: invalid {enc} after a byte-order mark ({exc.reason}). {SUPPORTED}") from None
    if looks_binary(data):
        raise input_error("E003", f"{source}: looks like binary data (NUL or control bytes), not text. {SUPPORTED}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _guess_decode(data, source)


def _guess_decode(data: bytes, source: str) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset-normalizer ships with requests/trafilatura
        from_bytes = None
    best: Any = from_bytes(data[:200_000]).best() if from_bytes is not None else None
    if best is None or best.chaos > 0.25:
        raise input_error("E004", f"{source}: not valid UTF-8 and no plausible text encoding found. {SUPPORTED}")
    encoding = best.encoding
    if _is_single_byte(encoding):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise input_error("E004", f"{source}: could not decode as {encoding}. {SUPPORTED}") from None


def _is_single_byte(encoding: str) -> bool:
    name = codecs.lookup(encoding).name
    return name.startswith(("cp12", "iso8859", "latin", "mac-", "cp85", "cp437", "koi8"))


def normalise(text: str) -> str:
    """NFC and ``\\r\\n`` -> ``\\n``; nothing else, so offsets refer to what the user gave."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n"))


# --- str checks -------------------------------------------------------------------

def check_size(n_bytes: int, limit: int, source: str) -> None:
    if n_bytes > limit:
        raise input_error(
            "E002",
            f"{source}: {n_bytes:,} bytes is over the limit of {limit:,} bytes per document "
            "(set max_bytes in the config to raise it; split corpora into JSON Lines records).",
        )


def check_text(text: str, config: Config | None = None, *, source: str = "input") -> None:
    """Raise InputError when ``text`` cannot be coded as an English news article.

    Checks, cheapest first: too large (E002), empty (E001), binary (E003),
    not an article (E006), not English (E005, only when long enough to tell).
    """
    config = config or Config()
    if len(text) > config.max_bytes:
        check_size(len(text.encode("utf-8", "surrogatepass")), config.max_bytes, source)
    elif len(text) * 4 > config.max_bytes:
        check_size(len(text.encode("utf-8", "surrogatepass")), config.max_bytes, source)
    if not text.strip():
        raise input_error("E001", f"{source}: the document is empty or only whitespace. {SUPPORTED}")
    if looks_binary(text):
        raise input_error("E003", f"{source}: contains NUL or control characters, not text. {SUPPORTED}")
    reason = not_article_reason(text, config)
    if reason:
        raise input_error("E006", f"{source}: does not look like a news article: {reason}. {SUPPORTED}")
    if config.check_language:
        lang = foreign_language(text)
        if lang:
            raise input_error("E005", f"{source}: the text looks like language '{lang}', not English. "
                              "eventwire codes English news only.")


_WORD = re.compile(r"[^\W\d_]{2,}")
_URL_LINE = re.compile(r"^\s*(?:[-*•]\s*)?(?:https?://|www\.)\S+\s*$", re.I)
_NUMERIC_LINE = re.compile(r"^[\s\d.,:;%$€£+\-/()|#]*$")
# a word (or a number: "rose to more than 200.") closing a sentence, maybe inside quotes/brackets/braces
_SENTENCE = re.compile(r"(?:[^\W\d_]{2,}|\d+)[\"'”’)}\]]*[.!?][\"'”’)}\]]*(?:\s|$)")
_CODE_LINE = re.compile(
    r"^\s*(?:[{}\[\]();]+\s*$|(?:def|class|import|from|return|function|var|let|const|public|private|"
    r"#include|if|for|while|else)\b.*[:{;(]\s*$|.*[;{]\s*$|.*\)\s*\{|<[/a-zA-Z][^>]*>\s*$|\w+\s*=\s*[\[{(\"'\d])"
)


# A line of this many words is a statement even without final punctuation: a
# headline-style snippet or a one-sentence record from an event dataset.
_RECORD_WORDS = 5


_FUNCTION_WORDS = frozenset("the a an of to in on at for with by from and has have had is are was were will "
                            "after over against into its their his her".split())


def _statement(line: str) -> bool:
    """A line worded like a statement, final punctuation or not: enough words, and grammar
    words among them ("Militants attacked a police post in Kandahar"), not a list of keywords."""
    words = _WORD.findall(line)
    return len(words) >= _RECORD_WORDS and any(w.lower() in _FUNCTION_WORDS for w in words)


def _prose_line(line: str) -> bool:
    words = _WORD.findall(line)
    return len(words) >= 4 and sum(map(len, words)) >= 0.5 * len(line.strip())


def not_article_reason(text: str, config: Config) -> str | None:
    """Say why ``text`` is not prose news, or None when it may be.

    Deliberately lenient: only clear cases (lists of links or numbers, code,
    CSV dumps, too little prose) are refused.
    """
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    prose = [ln for ln in lines if _prose_line(ln)]
    prose_chars = sum(len(ln) for ln in prose)
    if len(lines) >= 4:
        links = sum(1 for ln in lines if _URL_LINE.match(ln))
        if links / len(lines) > 0.5:
            return f"{links} of {len(lines)} lines are links"
        numbers = sum(1 for ln in lines if _NUMERIC_LINE.match(ln))
        if numbers / len(lines) > 0.5:
            return f"{numbers} of {len(lines)} lines are numbers"
        code = sum(1 for ln in lines if _CODE_LINE.match(ln))
        if code / len(lines) > 0.3:
            return f"{code} of {len(lines)} lines look like program code"
        if _looks_tabular(lines):
            return "it looks like a CSV/TSV table"
    if prose_chars < config.min_body_chars:
        return f"only {prose_chars} characters of prose (at least {config.min_body_chars} needed)"
    if not any(_SENTENCE.search(ln) or _statement(ln) for ln in prose):
        return "no sentence-like lines"
    return None


def _looks_tabular(lines: list[str]) -> bool:
    """Most lines share the same number (>= 2) of one delimiter: a table, not prose."""
    sample = lines[:200]
    for delim in (",", "\t", ";", "|"):
        counts = [ln.count(delim) for ln in sample]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        if mode >= 2 and counts.count(mode) / len(counts) > 0.6:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    """The py3langid model with normalised probabilities (loaded once, ~0.7 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


_MIN_LANG_LETTERS = 200


def foreign_language(text: str) -> str | None:
    """The language code when ``text`` is clearly not English, else None.

    Short texts are never refused: identification is unreliable under a few
    hundred letters, and a short English text must not be lost.
    """
    sample = _lang_sample(text)
    if sum(c.isalpha() for c in sample) < _MIN_LANG_LETTERS:
        return None
    lang, prob = _identifier().classify(sample)
    if lang == "en" or prob < 0.95:
        return None
    ranks = dict(_identifier().rank(sample))
    if ranks.get("en", 0.0) > 0.01:
        return None
    return lang


def _lang_sample(text: str, size: int = 1500) -> str:
    """Up to three slices (start, middle, end) so a long header cannot decide alone."""
    if len(text) <= 3 * size:
        return text
    mid = len(text) // 2
    return "\n".join((text[:size], text[mid:mid + size], text[-size:]))
