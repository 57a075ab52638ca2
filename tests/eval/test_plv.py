"""The PLV scorer (SCORING.md, last section) on hand-built rows and events: no model needed."""
from __future__ import annotations

import pytest

from eventwire.eval.gold import GoldFormatError
from eventwire.eval.plv import PlvRow, load_plv, row_matches, score_plv, words
from eventwire.records import Actor, CodedArticle, Article, Event, EventDate


def ev(root, src_text, tgt_text, code=None):
    def a(text):
        return None if text is None else Actor(text=text, code="X", country=None, role=None)

    return Event(event_id="e", code=code or root + "0", root=root, name="", quad_class=1, goldstein=0.0,
                 plover_type=None, plover_mode=None, plover_context=None, source=a(src_text), target=a(tgt_text),
                 modality="asserted", sentence="s", sentence_start=0, sentence_end=1, cue="c", rule="r", trigger="t",
                 trigger_start=0, trigger_end=1, confidence=1.0, date=EventDate(None, None, "none"))


def coded(sentence, *events):
    return CodedArticle(article=Article(text=sentence), structure=None, events=events)


def test_words_ignore_stop_words_commas_and_possessives():
    assert words("the President of the United States, and Iran's army") == {"president", "united", "states", "iran", "army"}


def test_root_and_triple_and_swaps():
    row = PlvRow("s", "The German government", "Iran", "ACCUSE")
    assert row_matches(row, ev("11", "German officials", "Iranian Iran")) == (True, True)
    assert row_matches(row, ev("11", "Berlin", "Iran")) == (True, False)
    assert row_matches(row, ev("12", "German government", "Iran")) == (False, False)
    assert row_matches(row, ev("11", "Iran", "the government")) == (True, False)  # only mutual labels swap
    meet = PlvRow("s", "Putin", "Macron", "CONSULT")
    assert row_matches(meet, ev("04", "Macron", "Putin")) == (True, True)
    assert row_matches(PlvRow("s", "Oslo", "Rome", "REQUEST"), ev("02", "Oslo", "Rome")) == (True, True)  # 02 or 10


def test_score_counts_rows_and_labels():
    rows = [PlvRow("s1", "Israel", "Hamas", "ASSAULT"), PlvRow("s1", "Hamas", "Israel", "ASSAULT"),
            PlvRow("s2", "Egypt", "Qatar", "CONSULT")]
    got = score_plv("plv.tsv", "abc", rows, {"s1": coded("s1", ev("19", "Israel", "Hamas")), "s2": coded("s2")})
    assert (got.root.correct, got.triple.correct, got.rows, got.sentences) == (2, 1, 3, 2)
    assert {x.label: (x.n, x.root, x.triple) for x in got.labels} == {"ASSAULT": (2, 2, 1), "CONSULT": (1, 0, 0)}
    assert [m.level for m in got.misses] == ["triple", "root"]
    assert got.figures() == {"root_recall": 2 / 3, "triple_recall": 1 / 3}


def test_loader_checks_columns_and_labels(tmp_path):
    good = tmp_path / "g.tsv"
    good.write_text("\tsentence\tsource\ttarget\tgold_root\n0\tA met B.\tA\tB\tCONSULT\n", encoding="utf-8")
    digest, rows = load_plv(good)
    assert rows == [PlvRow("A met B.", "A", "B", "CONSULT")] and len(digest) == 64
    bad = tmp_path / "b.tsv"
    bad.write_text("\tsentence\tsource\ttarget\tgold_root\n0\tA met B.\tA\tB\tHUG\n", encoding="utf-8")
    with pytest.raises(GoldFormatError):
        load_plv(bad)
    with pytest.raises(GoldFormatError):
        load_plv(tmp_path / "g.tsv" if False else _write(tmp_path / "n.tsv", "a\tb\n1\t2\n"))


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path
