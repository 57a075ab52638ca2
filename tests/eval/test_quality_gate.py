"""CI quality gate: the real coder on every development gold file must stay at or above the
floors pinned in ``quality/floors.json``, and the gold files must be the ones
the floors were measured on.

To raise floors after an improvement (or re-pin after a deliberate change):
``eventwire eval ../shared/gold/<file> --update-floors`` (lowering needs
``--allow-lower --reason "..."``).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.eval.floors import check_floors, load_floors
from eventwire.eval.gold import file_digest, load_gold
from eventwire.eval.plv import evaluate_plv
from eventwire.eval.run import code_golds
from eventwire.eval.score import score

ROOT = Path(__file__).resolve().parents[2]
FLOORS = ROOT / "quality" / "floors.json"
GOLD_FILES = ("plover_gsr_dev.json", "seed.expected.json")
PLV_FILES = ("plv_dev.tsv",)  # real news sentences with marked actors: recall only
HOW = "eventwire eval ../shared/gold/{name} --update-floors"


@pytest.fixture(scope="module")
def floors():
    pinned = load_floors(FLOORS)
    assert pinned, f"{FLOORS} is missing or empty"
    return pinned


@pytest.fixture(scope="module")
def results(shared, pipeline):
    """Both gold files coded in one batch through the shared Pipeline."""
    golds = [load_gold(shared / "gold" / name) for name in GOLD_FILES]
    coded = code_golds(golds, pipeline)
    out = {g.name: score(g, c) for g, c in zip(golds, coded)}
    out.update({name: evaluate_plv(shared / "gold" / name, pipeline=pipeline) for name in PLV_FILES})
    return out


@pytest.mark.parametrize("name", GOLD_FILES + PLV_FILES)
def test_gold_file_is_the_pinned_one(name, shared, floors):
    assert name in floors, f"no floors for {name}: run `{HOW.format(name=name)}`"
    digest = file_digest(shared / "gold" / name)
    assert digest == floors[name].sha256, (
        f"{name} changed since its floors were pinned (sha256 {digest[:12]}). Re-measure and re-pin with "
        f"`{HOW.format(name=name)} --allow-lower --reason \"...\"`"
    )


@pytest.mark.parametrize("name", GOLD_FILES + PLV_FILES)
def test_figures_at_or_above_floors(name, results, floors):
    failures = check_floors(results[name], floors.get(name), gold_arg=f"../shared/gold/{name}")
    assert not failures, "\n".join(failures)


def test_no_document_fails_to_code_except_known_input_refusals(results):
    """A crash inside the coder must never hide as a quietly lower recall."""
    crashes = {msg: n for name, r in results.items() if name in GOLD_FILES
               for msg, n in r.failure_kinds if msg.startswith("[E099]")}
    assert not crashes, crashes
    assert results["plv_dev.tsv"].rejected <= 2, "PLV sentences refused as input"
