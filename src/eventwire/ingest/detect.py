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
from .sanitise import normalise, warning  # noqa: F401 - normalise re-exported

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
    "E010": "over_limit",
    "E011": "bad_file",
    "E012": "reader_failed",
}

SUPPORTED = (
    "Supported input: English news articles as UTF-8 (or UTF-16) plain text, "
    "HTML pages, or JSON Lines records with a 'text' field; each optionally gzipped."
)


def input_error(code: str, message: str) -> InputError:
    """Build an InputError whose kind is looked up from the code table."""
    return InputError(code, ERROR_KINDS[code], message)


# --- bytes -> str -----------------------------------------------------------------

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}
# Unicode category Cc is U+0000-U+001F and U+007F-U+009F; less the line and tab controls above
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
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
        controls = len(_CONTROLS.findall(head))  # a regex, not 8,192 category lookups per article
    return controls / len(head) > 0.05


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a document's bytes to text, or raise InputError (binary / encoding)."""
    return decode_with_warnings(data, source)[0]


def decode_with_warnings(data: bytes, source: str) -> tuple[str, list[str]]:
    """Decode bytes to text and say what was not plain UTF-8, or raise InputError.

    Order: a byte-order mark (UTF-8/16/32); UTF-16 without one (NULs on every
    other byte); binary refused (E003); strict UTF-8. What is left is never
    silently re-read as another code page: UTF-8 with a few broken sequences
    is repaired with U+FFFD (W003), text with no UTF-8 multi-byte sequence at
    all is read as Windows-1252 (W004, the legacy encoding of English text),
    anything else is refused (E004).
    """
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), []
            except UnicodeDecodeError as exc:
                raise input_error("E004", f"{source}: invalid {enc} after a byte-order mark ({exc.reason}). {SUPPORTED}") from None
    utf16 = utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), [warning("W005", f"{source}: read as {utf16} (no byte-order mark)")]
        except UnicodeDecodeError as exc:
            raise input_error("E004", f"{source}: looks like {utf16} but does not decode ({exc.reason}). {SUPPORTED}") from None
    if looks_binary(data):
        raise input_error("E003", f"{source}: looks like binary data (NUL or control bytes), not text. {SUPPORTED}")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    return _repair_or_legacy(data, source)


_MAX_BAD_UTF8 = 0.01  # share of bytes in broken sequences that is still repaired rather than refused


def _repair_or_legacy(data: bytes, source: str) -> tuple[str, list[str]]:
    repaired = data.decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    multibyte = sum(1 for c in repaired if ord(c) > 127 and c != "\ufffd")
    if multibyte:  # real UTF-8 with some damage
        if bad <= max(1, _MAX_BAD_UTF8 * len(data)):
            return repaired, [warning("W003", f"{source}: {bad} invalid UTF-8 sequence(s) replaced by U+FFFD")]
        raise input_error("E004", f"{source}: UTF-8 with {bad} invalid sequences in {len(data):,} bytes; "
                          f"too damaged to repair. {SUPPORTED}")
    if not _plausible_legacy(data):
        raise input_error("E004", f"{source}: not valid UTF-8 and no plausible text encoding found. {SUPPORTED}")
    text = data.decode("cp1252", errors="replace")
    return text, [warning("W004", f"{source}: not UTF-8; read as Windows-1252 ({bad} byte(s) outside ASCII)")]


def _plausible_legacy(data: bytes) -> bool:
    """Mostly ASCII with a few high bytes: an 8-bit legacy text, not noise."""
    high = sum(1 for b in data if b > 127)
    return high <= 0.3 * len(data)


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when NULs sit on nearly every other byte of the head (ASCII-range text)."""
    head = data[:_SNIFF_BYTES]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    z_even, z_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if z_odd > 0.6 and z_even < 0.05:
        return "utf-16-le"
    if z_even > 0.6 and z_odd < 0.05:
        return "utf-16-be"
    return None


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
    if len(text) > config.max_chars:
        raise input_error("E002", f"{source}: {len(text):,} characters of text is over the limit of "
                          f"{config.max_chars:,} per article (max_chars in the config); split the document.")
    if not text.strip():
        raise input_error("E001", f"{source}: the document is empty or only whitespace. {SUPPORTED}")
    if looks_binary(text):
        raise input_error("E003", f"{source}: contains NUL or control characters, not text. {SUPPORTED}")
    script = foreign_script(text) if config.check_language else None
    if script:
        raise input_error("E005", f"{source}: the text is mostly in {script} script, not English. "
                          "eventwire codes English news only.")
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


# A whole input that is one line of at least this many words is a record to code ("Russian
# forces shelled Kharkiv"): a one-sentence record says what it says in few words.
_ONE_LINE_WORDS = 3


def _statement(line: str, alone: bool = False) -> bool:
    """A line worded like a statement, final punctuation or not: enough words, and grammar
    words among them ("Militants attacked a police post in Kandahar"), not a list of keywords;
    where the line is the whole input (``alone``), a few words are enough."""
    words = _WORD.findall(line)
    if alone:
        return len(words) >= _ONE_LINE_WORDS
    return len(words) >= _RECORD_WORDS and any(w.lower() in _FUNCTION_WORDS for w in words)


def _prose_line(line: str, alone: bool = False) -> bool:
    """Mostly words, and enough of them; a line that is the whole input needs fewer ("Iran
    released 20 prisoners.": a one-sentence record, its number no word)."""
    words = _WORD.findall(line)
    return len(words) >= (_ONE_LINE_WORDS if alone else 4) and sum(map(len, words)) >= 0.5 * len(line.strip())


def not_article_reason(text: str, config: Config) -> str | None:
    """Say why ``text`` is not prose news, or None when it may be.

    Deliberately lenient: only clear cases (lists of links or numbers, code,
    CSV dumps, too little prose) are refused.
    """
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    prose = [ln for ln in lines if _prose_line(ln, alone=len(lines) == 1)]
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
    if not any(_SENTENCE.search(ln) or _statement(ln, alone=len(lines) == 1) for ln in prose):
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


_MIN_SCRIPT_LETTERS = 20
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))  # [A-Za-z]


def foreign_script(text: str) -> str | None:
    """The main script's name when most letters are not Latin (Arabic, CJK, Cyrillic ...), else None.

    Cheap and certain where language identification is not: a short Arabic or
    Chinese text is as clearly not English as a long one, and Chinese has no
    spaces for the prose checks to count words by.
    """
    sample = _lang_sample(text)
    ascii_only = sample.encode("ascii", "ignore")
    # the [A-Za-z] letters, counted in C: the ASCII bytes less those left when the letters are deleted
    ascii_letters = len(ascii_only) - len(ascii_only.translate(None, _ASCII_LETTERS))
    if ascii_letters >= _MIN_SCRIPT_LETTERS and 2 * ascii_letters >= ascii_letters + len(sample) - len(ascii_only):
        return None  # Latin letters are at least half of any letters there can be: the common case, decided in C
    letters = list(filter(str.isalpha, sample))
    if len(letters) < _MIN_SCRIPT_LETTERS:
        return None
    scripts: dict[str, int] = {}
    for c in letters:
        if c.isascii():
            scripts["LATIN"] = scripts.get("LATIN", 0) + 1
            continue
        name = unicodedata.name(c, "UNKNOWN").split(" ", 1)[0]
        scripts[name] = scripts.get(name, 0) + 1
    if scripts.get("LATIN", 0) >= 0.5 * len(letters):
        return None
    return max(scripts, key=lambda k: scripts[k]).title()


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
    if sum(map(str.isalpha, sample)) < _MIN_LANG_LETTERS:
        return None
    if _plainly_english(sample):
        return None  # most news is: the identifier (about 1 ms a document) is for the rest
    lang, prob = _identifier().classify(sample)
    if lang == "en" or prob < 0.95:
        return None
    ranks = dict(_identifier().rank(sample))
    if ranks.get("en", 0.0) > 0.01:
        return None
    return lang


# Function words of English that other languages written in Latin script do not share (not
# "a", "in", "on", "is", which Romance, Germanic or Slavic languages also write).
_ENGLISH_FUNCTION_WORDS = frozenset({"the", "and", "of", "to", "that", "with", "for", "was", "were", "said", "from",
                                     "has", "have", "by", "this", "which", "would", "will", "its", "their", "they"})
_WORD = re.compile(r"[^\W\d_]+")


def _plainly_english(sample: str, share: float = 0.12) -> bool:
    """At least ``share`` of the words are English function words (English prose: about a
    fifth; another language, next to none)."""
    words = _WORD.findall(sample.lower())
    return len(words) >= 40 and sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, words)) >= share * len(words)


def _lang_sample(text: str, size: int = 1500) -> str:
    """Up to three slices (start, middle, end) so a long header cannot decide alone."""
    if len(text) <= 3 * size:
        return text
    mid = len(text) // 2
    return "\n".join((text[:size], text[mid:mid + size], text[-size:]))
