"""The scorer on hand-built gold and predictions (SCORING.md, case by case)."""
from __future__ import annotations

import pytest
from evalkit import actor, coded, doc, event, gold_event, gold_file

from eventwire.eval.score import Prf, actor_countries, match_doc, score

RUS, FRA = actor("RUSGOV"), actor("FRAGOV")


def run(gdoc, *events):
    return score(gold_file(gdoc), [coded(*events)])


def test_exact_match_counts_everywhere():
    g = gold_event(("04",), (("RUS", "GOV"),), (("FRA", "GOV"),), preferred=("040",))
    r = run(doc(g), event("040", RUS, FRA))
    assert (r.root.tp, r.root.fp, r.root.fn) == (1, 0, 0)
    assert (r.triple.precision, r.triple.recall, r.triple.f1) == (1.0, 1.0, 1.0)
    assert (r.source_role.rate, r.target_role.rate, r.code_exact.rate) == (1.0, 1.0, 1.0)
    assert r.errors == ()


def test_wrong_root_is_a_miss_and_a_false_positive_at_both_levels():
    g = gold_event(("04",), (("RUS", None),), (("FRA", None),))
    r = run(doc(g), event("111", RUS, FRA))
    assert (r.root.tp, r.root.fp, r.root.fn) == (0, 1, 1)
    assert (r.triple.tp, r.triple.fp, r.triple.fn) == (0, 1, 1)
    assert [e.kind for e in r.errors] == ["miss", "fp"]
    assert r.errors[0].produced[0].code == "111"


def test_wrong_country_matches_root_but_not_triple():
    g = gold_event(("04",), (("RUS", None),), (("FRA", None),))
    r = run(doc(g), event("040", RUS, actor("DEUGOV")))
    assert (r.root.tp, r.root.fp, r.root.fn) == (1, 0, 0)
    assert (r.triple.tp, r.triple.fp, r.triple.fn) == (0, 1, 1)
    assert "actors do not" in r.errors[1].note


def test_swapped_pair_matches_only_when_reciprocal():
    recip = gold_event(("04",), (("RUS", "GOV"),), (("FRA", "MIL"),), reciprocal=True)
    one_way = gold_event(("04",), (("RUS", "GOV"),), (("FRA", "MIL"),), reciprocal=False)
    swapped = event("040", actor("FRAMIL"), actor("RUSGOV"))
    r = run(doc(recip), swapped)
    assert r.triple.tp == 1
    # roles follow the actors: gold source RUS GOV is our target RUSGOV, FRA MIL our source FRAMIL
    assert (r.source_role.rate, r.target_role.rate) == (1.0, 1.0)
    assert run(doc(one_way), swapped).triple.tp == 0
    assert run(doc(one_way), swapped).root.tp == 1


def test_alias_codes_match_iso(tmp_path):
    import json

    from eventwire.eval.gold import load_gold

    path = tmp_path / "anything.json"
    rec = {"id": "r1", "event": "CONSULT", "text": "Japan met Italy.",
           "source": [{"actorText": "Japan", "code": "JAP"}], "target": [{"actorText": "Italy", "code": "ITL"}]}
    path.write_text(json.dumps([{"event": "DOCUMENT", "id": "doc"}, rec]))
    g = load_gold(path)
    assert g.events[0].sources == {"JPN"} and g.events[0].targets == {"ITA"}
    r = score(g, [coded(event("040", actor("JPN"), actor("ITA")))])
    assert r.triple.tp == 1
    # the alias on our side is mapped too
    assert actor_countries(actor("VTNGOV", country=None)) == {"VNM"}


def test_generic_igo_code_matches_specific_organisation():
    g = gold_event(("03",), (("IGO", None),), (("LBR", "REF"),))
    un = actor("IGOUNO", country=None, role=None)
    r = run(doc(g), event("030", un, actor("LBRREF")))
    assert r.triple.tp == 1 and r.target_role.rate == 1.0
    assert run(doc(g), event("030", actor("UNO", country="IGOUNO", role=None), actor("LBRREF"))).triple.tp == 1
    ngo = actor("NGOXYZ", country=None, role=None)
    assert run(doc(g), event("030", ngo, actor("LBRREF"))).triple.tp == 0


def test_country_from_code_or_country_field():
    g = gold_event(("04",), (("RUS", None),), None)
    # Actor.country disagrees with the code: either one may match
    assert run(doc(g), event("040", actor("RUSGOV", country="XXX"), None)).triple.tp == 1
    assert run(doc(g), event("040", actor("GOV", country="RUS", role="GOV"), None)).triple.tp == 1


def test_two_predictions_for_one_gold_give_one_tp_one_fp():
    g = gold_event(("04",), (("RUS", None),), (("FRA", None),), preferred=("046",))
    first, exact = event("040", RUS, FRA, start=0), event("046", RUS, FRA, start=5)
    m = match_doc(doc(g), [first, exact])
    assert m.triple == {0: 1}  # the code-exact one wins the tie
    r = run(doc(g), first, exact)
    assert (r.triple.tp, r.triple.fp, r.triple.fn) == (1, 1, 0) and r.code_exact.rate == 1.0
    # full tie: the earlier prediction wins, deterministically
    assert match_doc(doc(g), [first, event("040", RUS, FRA, start=9)]).triple == {0: 0}


def test_root_matching_prefers_a_triple_match():
    g = gold_event(("04",), (("RUS", None),), (("FRA", None),))
    wrong_actors, right = event("040", actor("DEU"), FRA), event("040", RUS, FRA, start=3)
    m = match_doc(doc(g), [wrong_actors, right])
    assert m.root == {0: 1} and m.triple == {0: 1}


def test_empty_predictions_recall_zero_precision_na():
    r = run(doc(gold_event(("04",), (("RUS", None),), None)))
    assert r.root.recall == 0.0 and r.root.precision is None and r.root.f1 == 0.0
    assert r.source_role.rate is None and r.code_exact.rate is None


def test_empty_gold_recall_na_every_prediction_is_fp():
    r = run(doc(), event("040", RUS, FRA))
    assert (r.root.tp, r.root.fp, r.root.fn) == (0, 1, 0)
    assert r.root.recall is None and r.root.precision == 0.0 and r.root.f1 == 0.0
    assert Prf(0, 0, 0).f1 is None


def test_compound_source_any_listed_country_and_missing_target_not_checked():
    g = gold_event(("03",), (("ISR", None), ("PSE", None)), None)
    assert run(doc(g), event("030", actor("PSE"), actor("USA"))).triple.tp == 1
    assert run(doc(g), event("030", actor("EGY"), actor("ISR"))).triple.tp == 0


def test_anchor_must_be_in_the_evidence_sentence():
    g = gold_event(("11",), (("RUS", None),), (("TUR", None),), anchor="Putin  criticized the Turkish")
    d = doc(g, anchored=True)
    inside = event("111", RUS, actor("TURGOV"), "During it, putin criticized the Turkish government.")
    outside = event("111", RUS, actor("TURGOV"), "Putin condemned Turkey.")
    assert run(d, inside).triple.tp == 1
    r = run(d, outside)
    assert (r.root.tp, r.root.fp) == (0, 1)
    assert r.confusion_matrix() == {"CAT": {"none": 1}}


def test_role_accuracy_first_three_letters_and_unknown_not_scored():
    g = gold_event(("14",), (("SRB", "CVLalb"),), (("SRB", "***"),))
    r = run(doc(g), event("140", actor("SRBCVL"), actor("SRBGOV")))
    assert r.source_role == type(r.source_role)(1, 1)
    assert r.target_role.n == 0
    wrong = run(doc(g), event("140", actor("SRBGOV"), actor("SRBGOV", name="x")))
    assert wrong.source_role.rate == 0.0 and wrong.triple.tp == 1


def test_acceptable_matches_are_neither_tp_nor_fp_and_required_first():
    req = gold_event(("04",), (("RUS", None),), (("FRA", None),), gid="req")
    acc = gold_event(("04",), (("RUS", None),), (("FRA", None),), kind="acceptable", gid="acc")
    extra = gold_event(("05",), (("RUS", None),), (("FRA", None),), kind="acceptable", gid="acc2")
    r = run(doc(acc, req, extra), event("040", RUS, FRA), event("040", RUS, FRA, start=4),
            event("051", RUS, FRA, start=9), event("120", RUS, FRA, start=12))
    assert (r.triple.tp, r.triple.fp, r.triple.fn, r.triple.acceptable) == (1, 1, 0, 2)
    assert r.triple.precision == 0.5
    assert match_doc(doc(acc, req), [event("040", RUS, FRA)]).triple == {1: 0}


def test_gold_modality_must_match():
    g = gold_event(("18", "19"), (("RUS", None),), (("SYR", "REB"),), kind="acceptable", modality="alleged")
    assert run(doc(g), event("190", RUS, actor("SYRREB"), modality="alleged")).triple.acceptable == 1
    r = run(doc(g), event("190", RUS, actor("SYRREB")))
    assert (r.triple.acceptable, r.triple.fp) == (0, 1)


def test_categories_confusion_and_dates():
    a = gold_event(("04",), (("RUS", None),), None, category="CONSULT", date="2015-11-26")
    b = gold_event(("11",), (("RUS", None),), None, category="DISAPPROVE", gid="b")
    r = score(gold_file(doc(a, did="1"), doc(b, did="2")),
              [coded(event("040", RUS, None, date="2015-11-25")), coded(event("040", RUS, None), event("120", RUS, None))])
    rows = {c.category: c for c in r.categories}
    assert (rows["CONSULT"].n, rows["CONSULT"].triple_recall) == (1, 1.0)
    assert rows["DISAPPROVE"].root_recall == 0.0
    assert r.confusion_matrix() == {"CONSULT": {"04": 1}, "DISAPPROVE": {"04": 1, "12": 1}}
    assert r.date_accuracy.rate == 0.0 and r.dates[0].got == "2015-11-25"


def test_mismatched_lengths_refused():
    with pytest.raises(ValueError, match="E071"):
        score(gold_file(doc(), doc()), [coded()])


def test_to_dict_is_json_and_has_the_figures():
    import json

    g = gold_event(("04",), (("RUS", None),), None)
    d = json.loads(json.dumps(run(doc(g), event("040", RUS, None)).to_dict()))
    assert d["figures"]["triple_f1"] == 1.0 and d["root"]["tp"] == 1 and "errors" in d
