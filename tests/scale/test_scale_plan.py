"""The plan: which copy of each input is coded and under which id, as a local ingest would choose."""
from __future__ import annotations

from eventwire.scale.plan import Stored, derived_id, make_plan


def _art(iid, h, pos, date=False, meta=0):
    return {"item_id": iid, "reject": False, "text_hash": h, "has_date": date, "n_meta": meta,
            "has_title": False, "file_no": pos[0], "rec_no": pos[1]}


def _rej(rid, pos):
    return {"item_id": rid, "reject": True, "text_hash": "", "has_date": False, "n_meta": 0,
            "has_title": False, "file_no": pos[0], "rec_no": pos[1]}


def test_the_richer_copy_is_coded_and_the_first_on_ties():
    plan = make_plan([_art("a", "h1", (0, 0)), _art("a", "h1", (1, 0), date=True), _art("a", "h1", (1, 1), date=True),
                      _art("b", "h2", (0, 1), meta=1), _art("b", "h2", (0, 2), meta=1)], {}, set())
    assert plan.chosen == {(1, 0): "a", (0, 1): "b"}
    assert (plan.read, plan.duplicates, plan.skipped, plan.replaced) == (5, 3, 0, 1)


def test_a_reused_id_gives_the_later_text_a_derived_id_and_the_stored_text_keeps_it():
    plan = make_plan([_art("x", "h1", (0, 0)), _art("x", "h2", (0, 1))], {}, set())
    assert plan.chosen == {(0, 0): "x", (0, 1): derived_id("x", "h2")} and plan.renamed == 1
    stored = {"x": Stored("h2", False, 0, False)}
    plan = make_plan([_art("x", "h1", (0, 0)), _art("x", "h2", (0, 1))], stored, set())
    assert plan.chosen == {(0, 0): derived_id("x", "h1")} and plan.skipped == 1


def test_a_stored_document_is_replaced_only_by_a_richer_copy_and_written_items_are_not_coded_again():
    stored = {"a": Stored("h1", True, 1, False), "b": Stored("h2", False, 0, False)}
    plan = make_plan([_art("a", "h1", (0, 0), date=True, meta=1), _art("b", "h2", (0, 1), date=True),
                      _art("c", "h3", (0, 2))], stored, {"c"})
    assert plan.chosen == {(0, 1): "b"} and plan.replaced == 1 and plan.skipped == 2


def test_an_unreadable_input_is_coded_once_per_reject_id():
    plan = make_plan([_rej("r1", (0, 0)), _rej("r1", (1, 0)), _rej("r2", (1, 1))], {"r2": Stored(None, False, 0, False)},
                     set())
    assert plan.chosen == {(0, 0): "r1"} and plan.input_rejects_known == 2
