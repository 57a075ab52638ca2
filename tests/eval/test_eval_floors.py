"""The quality gate's floors: check, raise, refuse to lower, digest pin; and the CLI."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from evalkit import actor, coded, doc, event, gold_event, gold_file

from eventwire.eval import cli as eval_cli
from eventwire.eval.floors import FloorsError, check_floors, load_floors, round_down, update_floors
from eventwire.eval.score import score

G1 = gold_event(("04",), (("RUS", "GOV"),), (("FRA", None),), gid="1")
G2 = gold_event(("11",), (("RUS", "GOV"),), None, gid="2")
GOLD = gold_file(doc(G1, did="1"), doc(G2, did="2"), doc(G1, did="3"), name="g.json")


def result(*hits: bool):
    """One prediction per doc: the right one where ``hits`` says so, a wrong root elsewhere."""
    right = {"1": "040", "2": "111", "3": "040"}
    preds = [coded(event(right[d.id] if h else "190", actor("RUSGOV"), actor("FRAGOV")))
             for d, h in zip(GOLD.docs, hits)]
    return score(GOLD, preds)


def test_round_down():
    assert round_down(2 / 3) == 0.666 and round_down(1.0) == 1.0 and round_down(0.1 + 0.2) == 0.3


def test_update_then_check_passes_and_worse_fails(tmp_path):
    path = tmp_path / "q" / "floors.json"
    r = result(True, True, False)
    update_floors(path, r, today=dt.date(2024, 1, 1))
    pinned = load_floors(path)["g.json"]
    assert pinned.floors["root_recall"] == 0.666 and pinned.sha256 == r.gold_sha256
    assert check_floors(r, pinned) == []
    worse = check_floors(result(True, False, False), pinned)
    assert any("root_recall" in m and "below its floor 0.666" in m for m in worse)
    assert "no floors pinned" in check_floors(r, None)[0]


def test_raising_is_recorded_lowering_refused_unless_reason(tmp_path):
    path = tmp_path / "floors.json"
    update_floors(path, result(True, False, False))
    changes = update_floors(path, result(True, True, True))
    assert {c.metric for c in changes} >= {"root_recall", "root_f1"}
    assert "raised" in load_floors(path)["g.json"].history[-1]
    with pytest.raises(FloorsError, match="refusing to lower.*root_recall 1.0 -> 0.333"):
        update_floors(path, result(True, False, False))
    with pytest.raises(FloorsError):
        update_floors(path, result(True, False, False), allow_lower=True)  # a reason is required
    update_floors(path, result(True, False, False), allow_lower=True, reason="lexicon rewrite")
    f = load_floors(path)["g.json"]
    assert f.floors["root_recall"] == 0.333 and f.history[-1]["reason"] == "lexicon rewrite"


def test_changed_gold_digest_fails_with_update_hint(tmp_path):
    path = tmp_path / "floors.json"
    update_floors(path, result(True, True, True))
    changed = dataclasses.replace(result(True, True, True), gold_sha256="f" * 64)
    msg = check_floors(changed, load_floors(path)["g.json"])
    assert len(msg) == 1 and "changed" in msg[0] and "--update-floors" in msg[0]
    with pytest.raises(FloorsError, match="gold file changed"):
        update_floors(path, changed)


def test_forbidden_violations_are_a_ceiling(tmp_path):
    from eventwire.eval.floors import GoldFloors

    from eventwire.eval.score import ArticleChecks, Violation

    r = result(True, True, True)
    floors = GoldFloors(r.gold_sha256, {}, {"forbidden_violations": 0})
    # a result that does not measure the ceiling fails it rather than passing silently
    assert "above its ceiling" in check_floors(r, floors)[0]
    clean = dataclasses.replace(r, checks=ArticleChecks((), (), ()))
    assert check_floors(clean, floors) == []
    dirty = dataclasses.replace(r, checks=ArticleChecks((Violation("self", "x"),), (), ()))
    assert "forbidden_violations = 1 is above its ceiling 0" in check_floors(dirty, floors)[0]


def run_cli(monkeypatch, capsys, argv, res):
    monkeypatch.setattr(eval_cli, "evaluate", lambda *a, **k: res)
    from eventwire.cli import main

    code = main(["eval", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_plain_json_errors_and_gate(monkeypatch, capsys, tmp_path):
    r = result(True, False, True)
    code, out, _ = run_cli(monkeypatch, capsys, ["g.json", "--by-category", "--errors"], r)
    assert code == 0 and "triple" in out and "66.7%" in out and "MISS 2" in out and "FP   190" in out
    assert "confusion: gold category x predicted root" in out
    code, out, _ = run_cli(monkeypatch, capsys, ["g.json", "--json"], r)
    assert code == 0 and json.loads(out)["root"]["tp"] == 2 and "errors" not in json.loads(out)
    floors = tmp_path / "floors.json"
    code, _, err = run_cli(monkeypatch, capsys, ["g.json", "--check-floors", "--floors", str(floors)], r)
    assert code == 1 and "no floors pinned" in err
    assert run_cli(monkeypatch, capsys, ["g.json", "--update-floors", "--floors", str(floors)], r)[0] == 0
    assert run_cli(monkeypatch, capsys, ["g.json", "--check-floors", "--floors", str(floors)], r)[0] == 0
    worse = result(False, False, True)
    code, _, err = run_cli(monkeypatch, capsys, ["g.json", "--update-floors", "--floors", str(floors)], worse)
    assert code == 1 and "refusing to lower" in err
    code, _, err = run_cli(monkeypatch, capsys, ["g.json", "--update-floors", "--allow-lower", "--reason", "r",
                                                 "--floors", str(floors)], worse)
    assert code == 0
    assert run_cli(monkeypatch, capsys, ["g.json", "--update-floors", "--limit", "2"], r)[0] == 2


def test_cli_bad_gold_file(capsys, tmp_path):
    from eventwire.cli import main

    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    assert main(["eval", str(bad)]) == 2
    assert "unknown gold format" in capsys.readouterr().err


def test_cli_help_mentions_every_option(capsys):
    from eventwire.cli import main

    with pytest.raises(SystemExit):
        main(["eval", "--help"])
    out = capsys.readouterr().out
    for opt in ("--json", "--errors", "--by-category", "--limit", "--update-floors", "--allow-lower", "--reason"):
        assert opt in out
