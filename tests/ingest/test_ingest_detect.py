"""Input checks: decoding and refusing uncodable text, one test per error kind."""
from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.config import Config
from eventwire.errors import InputError
from eventwire.ingest import ERROR_KINDS, check_text, decode_bytes
from eventwire.ingest.detect import foreign_language, normalise, not_article_reason

ARTICLE = (
    "Leaders meet in Geneva\n\n"
    "GENEVA (eventwire) - The foreign ministers of Egypt and Saudi Arabia met in Geneva on Tuesday and agreed "
    "to work together to reopen aid corridors into Sudan.\n"
    '"We have agreed to coordinate our efforts," the Egyptian minister told reporters after the meeting.\n'
)
GERMAN = (
    "Die Außenminister Ägyptens und Saudi-Arabiens haben sich am Dienstag in Genf getroffen und vereinbart, "
    "gemeinsam an der Wiederöffnung der humanitären Korridore in den Sudan zu arbeiten. Die beiden Minister "
    "sprachen mehr als vier Stunden lang mit dem Gesandten der Vereinten Nationen. In einer gemeinsamen Erklärung "
    "forderten sie die sudanesische Armee auf, Hilfskonvois aus dem Tschad passieren zu lassen.\n"
)


def error_of(text: str, config: Config | None = None) -> InputError:
    with pytest.raises(InputError) as info:
        check_text(text, config or Config())
    return info.value


def test_error_table_codes_are_unique_and_named():
    assert len(set(ERROR_KINDS.values())) == len(ERROR_KINDS)
    assert all(code.startswith("E") and len(code) == 4 for code in ERROR_KINDS)


# --- decode_bytes -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "data",
    [
        "Talks in Genève — “quoted”".encode("utf-8"),
        codecs.BOM_UTF8 + "Talks in Genève — “quoted”".encode("utf-8"),
        codecs.BOM_UTF16_LE + "Talks in Genève — “quoted”".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + "Talks in Genève — “quoted”".encode("utf-16-be"),
    ],
)
def test_decode_utf(data):
    assert decode_bytes(data, "x") == "Talks in Genève — “quoted”"


def test_decode_windows_1252():
    text = "The président met “leaders” in Genève on Tuesday, officials said — and agreed to talks."
    assert decode_bytes(text.encode("cp1252"), "x") == text


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary\x00data" * 10, bytes(range(0, 32)) * 20])
def test_decode_binary(data):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "file.bin")
    assert (info.value.code, info.value.kind) == ("E003", "binary")
    assert "file.bin" in info.value.message and "Supported input" in info.value.message


def test_decode_undecodable():
    with pytest.raises(InputError) as info:
        decode_bytes(bytes(range(128, 256)) * 4, "x")
    assert (info.value.code, info.value.kind) == ("E004", "encoding")


def test_decode_bad_utf16_after_bom():
    with pytest.raises(InputError) as info:
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8", "x")  # lone surrogate
    assert info.value.code == "E004"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_decode_bytes_raises_only_input_error(data):
    try:
        assert isinstance(decode_bytes(data, "x"), str)
    except InputError as exc:
        assert exc.code in ("E003", "E004")


def test_normalise_only_nfc_and_line_endings():
    assert normalise("Gene\u0300ve\r\nline\rx  y\t") == "Genève\nline\nx  y\t"  # lone CR (old Mac) too


# --- check_text: one case per error kind --------------------------------------------------

def test_good_article_passes():
    check_text(ARTICLE, Config())


@pytest.mark.parametrize("text", ["", "   \n\t\n"])
def test_empty(text):
    assert (error_of(text).code, error_of(text).kind) == ("E001", "empty")


def test_too_large_message_gives_size_and_limit():
    exc = error_of(ARTICLE * 10, Config(max_bytes=1000))
    assert (exc.code, exc.kind) == ("E002", "too_large")
    assert "1,000" in exc.message and f"{len((ARTICLE * 10).encode()):,}" in exc.message


def test_too_large_counts_utf8_bytes_not_characters():
    text = ARTICLE + "é" * 600  # 600 characters, 1200 bytes
    assert len(text) < 1000 + len(ARTICLE) < len(text.encode())
    assert error_of(text, Config(max_bytes=len(text) + 10)).code == "E002"


def test_binary_text():
    assert error_of(ARTICLE + "\x00\x01\x02\x03" * 50).code == "E003"


def test_not_english():
    exc = error_of(GERMAN * 2)
    assert (exc.code, exc.kind) == ("E005", "not_english")
    assert "'de'" in exc.message


def test_language_check_can_be_switched_off():
    check_text(GERMAN * 2, Config(check_language=False))


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a parlé.",  # short foreign text: too short to judge
        ARTICLE + "Bundeskanzler sagte: Wir sind bereit.\n",  # English with a foreign quote
        "Ministers from Côte d'Ivoire, São Tomé and Príncipe met in Genève on Tuesday to discuss aid.",
    ],
)
def test_not_refused_as_foreign(text):
    assert foreign_language(text) is None


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("\n".join(f"https://example.org/story/{i}" for i in range(10)), "links"),
        ("\n".join(f"{i}, {i * 3.5}, {i % 7}" for i in range(20)), "numbers"),
        ("\n".join(f"name{i},country{i},value {i},note about item {i}" for i in range(20)), "table"),
        ("def main():\n    x = [1, 2]\n    for i in x:\n        print(i);\n    return {x}\n}\n", "code"),
        ("Talks.", "prose"),
        ("Geneva talks Sudan aid corridors ministers agreed\nCairo meeting next month officials Egypt Saudi\n", "sentence"),
    ],
)
def test_not_article(text, fragment):
    exc = error_of(text)
    assert (exc.code, exc.kind) == ("E006", "not_article")
    assert fragment in exc.message


def test_min_body_chars_is_configurable():
    text = "The ministers met in Geneva on Tuesday."
    assert error_of(text, Config(min_body_chars=100)).code == "E006"
    assert not_article_reason(text, Config(min_body_chars=20)) is None


def test_article_with_list_and_figures_is_still_an_article():
    text = ARTICLE + "Casualties by region:\n- Kyiv: 12\n- Lviv: 3\nOfficials said the figures would rise.\n"
    check_text(text, Config())


@pytest.mark.parametrize("text", [
    "Militants attacked a police post in Kandahar province",  # a conflict-event record: no final period
    "U.S. Lifts Travel Ban to Lebanon",  # a headline-style snippet
    "Russian forces shelled Kharkiv",  # a whole input of one short record: no grammar words needed
    "Iran released 20 prisoners.",  # three words and a number: a one-sentence record
])
def test_statements_without_final_punctuation_are_text(text):
    assert not_article_reason(text, Config()) is None


def test_short_keyword_lines_among_others_are_not_statements():
    text = "Russian forces Kharkiv shelling\nUkraine war news today\nLatest updates live blog"
    assert not_article_reason(text, Config()) == "no sentence-like lines"


def test_plain_english_needs_no_language_identifier():
    from eventwire.ingest.detect import _plainly_english

    english = ("The foreign ministers of Egypt and Saudi Arabia met in Geneva on Tuesday and agreed to work together "
               "to reopen humanitarian corridors into the Darfur region, where aid agencies say that hundreds of "
               "thousands of people face famine. The two ministers held talks for four hours with the envoy, "
               "officials said, and they called on both sides to allow convoys to cross from Chad.")
    french = ("Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés par la "
              "sécheresse. Le ministre a déclaré que les aides seraient versées avant la fin du mois et que les "
              "exploitations les plus touchées recevraient une aide supplémentaire, a précisé le ministère.")
    assert _plainly_english(english)
    assert not _plainly_english(french)
    assert foreign_language(french * 2) == "fr"  # the identifier still decides the rest
