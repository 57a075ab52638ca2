"""Sanitising, honest decoding, line endings and the script check (units; no spaCy)."""
from __future__ import annotations

import codecs

import pytest

from eventwire.config import Config
from eventwire.errors import InputError
from eventwire.ingest import check_text, read_text
from eventwire.ingest.detect import decode_with_warnings, foreign_script, utf16_without_bom
from eventwire.ingest.sanitise import WARNING_KINDS, normalise, sanitise, sanitise_value

ARTICLE = (
    "Leaders meet in Geneva\n\n"
    "GENEVA (eventwire) - The foreign ministers of Egypt and Saudi Arabia met in Geneva on Tuesday and agreed "
    "to work together to reopen aid corridors into Sudan, officials said.\n"
)


def test_warning_codes_are_unique():
    assert len(WARNING_KINDS) == len(set(WARNING_KINDS.values()))


def test_sanitise_replaces_surrogates_and_drops_controls_with_warnings():
    text, warnings = sanitise("a\ud800b\x00c\x07d\x9fe\tf\ng")
    assert text == "a\ufffdbcde\tf\ng"
    assert [w[:6] for w in warnings] == ["[W001]", "[W002]"]
    text.encode("utf-8")
    assert sanitise("plain ASCII\twith tab\n") == ("plain ASCII\twith tab\n", [])


def test_sanitise_value_reaches_nested_strings_and_keys():
    found: list[str] = []
    value = sanitise_value({"k\ud800": ["x\x00", {"y": "z\udfff"}], "n": 3}, "metadata", found)
    assert value == {"k\ufffd": ["x", {"y": "z\ufffd"}], "n": 3} and len(found) == 3


def test_cr_and_crlf_line_endings_become_lf():
    assert normalise("Headline\rSub\r\nBody") == "Headline\nSub\nBody"
    art = read_text(ARTICLE.replace("\n", "\r"))
    assert art.text == ARTICLE and art.text.split("\n")[0] == "Leaders meet in Geneva"


def test_read_text_sanitises_every_field_and_records_it():
    art = read_text(ARTICLE + "nul \x00 here.", id="a\ud800", title="T\udfff", outlet="o\x01",
                    metadata={"tag": "\ud800"})
    assert art.id == "a\ufffd" and art.title == "T\ufffd" and art.outlet == "o" and art.metadata == {"tag": "\ufffd"}
    assert {w[:6] for w in art.warnings} == {"[W001]", "[W002]"} and len(art.warnings) == 5


def test_damaged_utf8_is_repaired_with_a_warning():
    data = ARTICLE.replace("Geneva on", "Genève on").encode("utf-8").replace(b"Saudi", b"Sa\xffudi")
    text, warnings = decode_with_warnings(data, "x")
    assert "Genève" in text and "Sa\ufffdudi" in text and warnings[0].startswith("[W003]")


def test_heavily_damaged_utf8_is_refused():
    data = "é".encode("utf-8") + b"\xff\xfe\xfa" * 200 + ARTICLE.encode("utf-8")
    with pytest.raises(InputError) as info:
        decode_with_warnings(data, "x")
    assert info.value.code == "E004"


def test_legacy_8bit_text_is_read_as_cp1252_with_a_warning():
    text = "The président met “leaders” in Genève on Tuesday, officials said — and agreed to talks."
    got, warnings = decode_with_warnings(text.encode("cp1252"), "x")
    assert got == text and warnings[0].startswith("[W004]")


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(enc):
    data = ARTICLE.encode(enc)
    assert utf16_without_bom(data) == enc
    text, warnings = decode_with_warnings(data, "x")
    assert text == ARTICLE and warnings[0].startswith("[W005]")


def test_utf16_sniff_leaves_binary_and_utf8_alone():
    assert utf16_without_bom(bytes(range(256)) * 4) is None
    assert utf16_without_bom(ARTICLE.encode("utf-8")) is None
    assert decode_with_warnings(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "x") == (ARTICLE, [])


@pytest.mark.parametrize("text, script", [
    ("مصر والسعودية تتفقان على فتح ممرات المساعدات إلى السودان بعد محادثات في جنيف", "Arabic"),
    ("埃及和沙特阿拉伯外交部长周二在日内瓦会晤，同意共同努力重新开放人道主义走廊。", "Cjk"),
    ("Министры иностранных дел встретились во вторник в Женеве", "Cyrillic"),
])
def test_text_in_another_script_is_not_english_whatever_its_length(text, script):
    assert foreign_script(text) == script
    with pytest.raises(InputError) as info:
        check_text(text, Config())
    assert info.value.code == "E005"


def test_english_with_foreign_names_and_accents_passes_the_script_check():
    assert foreign_script(ARTICLE + " Président Erdoğan met Ελλάδα's envoy in Genève; 北京 was not there.") is None


def test_text_over_max_chars_is_refused():
    with pytest.raises(InputError) as info:
        check_text(ARTICLE * 10, Config(max_chars=500))
    assert info.value.code == "E002" and "max_chars" in info.value.message
