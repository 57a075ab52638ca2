"""Loading gold files: format detected from content, PLOVER table, aliases."""
from __future__ import annotations

import json

import pytest

from eventwire.eval.gold import PLOVER_ROOTS, GoldFormatError, load_gold, norm_country, norm_role


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_text(json.dumps(data))
    return p


def test_plover_table_is_scoring_md():
    assert PLOVER_ROOTS["ASSAULT"] == {"18", "20"} and PLOVER_ROOTS["FIGHT"] == {"19", "20"}
    assert PLOVER_ROOTS["CONCEDE"] == PLOVER_ROOTS["RETREAT"] == {"08"}
    assert len(PLOVER_ROOTS) == 18


def test_norms():
    assert [norm_country(c) for c in ("JAP", "itl", "VTN", "USA", "", None)] == ["JPN", "ITA", "VNM", "USA", None, None]
    assert [norm_country(c) for c in ("KOS", "XKX", "KSV")] == ["KSV"] * 3  # Kosovo as gold writes it, and as CAMEO does
    # an organisation's whole code in hand-written gold is its generic three letters (SCORING.md)
    assert [norm_country(c) for c in ("IGOUNO", "igoeuigo", "NGOHRW", "IGO", "IGN")] == ["IGO", "IGO", "NGO", "IGO", "IGN"]
    assert [norm_role(r) for r in ("CVLalb", "gov", "***", None, "REBkur")] == ["CVL", "GOV", None, None, "REB"]


def test_plover_records_detected_by_content(tmp_path):
    recs = [
        {"id": "D", "event": "DOCUMENT", "eventText": "docs"},
        {"id": "a", "event": "FIGHT", "text": " Rebels fought troops. ",
         "source": [{"code": "SDN", "sector": "REB"}, {"code": "TCD"}], "target": ""},
        {"id": "b", "event": "REJECT", "text": "X rejected Y.", "source": None,
         "target": [{"code": "ITL", "sector": "GOV"}]},
    ]
    g = load_gold(write(tmp_path, "whatever.txt", recs))
    assert g.format == "plover" and [d.id for d in g.docs] == ["a", "b"]
    a, b = g.events
    assert a.roots == {"19", "20"} and a.sources == {"SDN", "TCD"} and a.targets is None
    assert a.sentence_anchor == "Rebels fought troops." and g.docs[0].pub_date.isoformat() == "2000-01-01"
    assert a.roles_for("source", "SDN") == {"REB"} and a.roles_for("source", "TCD") == frozenset()
    assert b.sources == frozenset() and b.targets == {"ITA"}
    assert not g.docs[0].anchored and g.limited(1).docs == g.docs[:1]


def test_unknown_category_and_unknown_format_refused(tmp_path):
    with pytest.raises(GoldFormatError, match="E070"):
        load_gold(write(tmp_path, "x.json", [{"event": "HUG", "text": "t"}]))
    with pytest.raises(GoldFormatError, match="unknown gold format"):
        load_gold(write(tmp_path, "y.json", {"events": []}))


def test_article_format(tmp_path):
    (tmp_path / "seed").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "seed" / "a.txt").write_text("Body.")
    data = {"document": "seed/a.txt", "pub_date": "2015-11-27",
            "required_events": [{"id": "t", "source": {"country": "RUS", "role": "GOV"},
                                 "target": {"country": "FRA", "role": None}, "reciprocal": True,
                                 "cameo_root": ["04"], "preferred_code": "040 or 046", "date": "2015-11-26",
                                 "anchor": "held talks"}],
            "acceptable_events": [{"id": "c", "source": {"country": "RUS"}, "target": None,
                                   "cameo_root": ["01", "02"], "anchor": "coalition", "modality": "alleged"}],
            "quotes": [{"speaker": "V P", "speaker_actor": "RUSGOV", "starts_with": "Me"}]}
    g = load_gold(write(tmp_path / "gold", "seed.json", data))
    assert g.format == "article" and g.salient_only and g.docs[0].text == "Body." and g.docs[0].anchored
    t, c = g.events
    assert (t.kind, t.reciprocal, t.preferred_codes, t.date, t.category) == ("required", True, ("040", "046"),
                                                                             "2015-11-26", "04")
    assert t.roles_for("target", "FRA") == frozenset()
    assert (c.kind, c.targets, c.modality, c.roots) == ("acceptable", None, "alleged", {"01", "02"})
    data["document"] = "seed/missing.txt"
    with pytest.raises(GoldFormatError, match="not found"):
        load_gold(write(tmp_path / "gold", "seed2.json", data))


def test_real_gold_files_load(shared):
    p = load_gold(shared / "gold" / "plover_gsr_dev.json")
    assert len(p.docs) == 164 and all(len(d.events) == 1 for d in p.docs)
    assert not any(c in e.sources | (e.targets or set()) for e in p.events for c in ("JAP", "ITL", "VTN"))
    s = load_gold(shared / "gold" / "seed.expected.json")
    assert sum(e.kind == "required" for e in s.events) == 6 and len(s.quotes) == 4
    assert s.docs[0].pub_date.isoformat() == "2015-11-27" and s.structure.captions[0].credit == "REUTERS"
