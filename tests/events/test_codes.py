"""The shipped CAMEO/PLOVER table: complete, consistent, and reproducible from ../shared."""
from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

from eventwire.events.codes import CameoCode, cameo, is_code, load_codes

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
REFERENCE = SHARED / "reference" / "cameo_event_codes.tsv"
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
    "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
}


def reference_codes() -> list[dict[str, str]]:
    if not REFERENCE.exists():
        pytest.skip("../shared reference tables not available")
    with open(REFERENCE, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_every_reference_code_is_present_with_its_name_and_quad_class():
    codes = load_codes()
    ref = reference_codes()
    assert len(codes) == len(ref) == 312
    for rec in ref:
        entry = codes[rec["code"]]
        assert entry.name == rec["name"]
        assert entry.quad_class == int(rec["quad_class"])


def test_all_twenty_roots_present():
    codes = load_codes()
    for n in range(1, 21):
        root = f"{n:02d}"
        assert root in codes
        assert codes[root].level == 2


@pytest.mark.parametrize("entry", list(load_codes().values()), ids=lambda e: e.code)
def test_entry_is_well_formed(entry: CameoCode):
    assert entry.code.isdigit() and 2 <= len(entry.code) <= 4
    assert entry.root == entry.code[:2]
    assert entry.quad_class in {1, 2, 3, 4}
    assert -10.0 <= entry.goldstein <= 10.0
    assert entry.name
    if entry.root in {"01", "02"}:
        # The PLOVER manual drops CAMEO statements and appeals: nothing to map to.
        assert entry.plover_type is None
    else:
        assert entry.plover_type in PLOVER_TYPES
    if entry.parent is not None:
        assert entry.parent in load_codes()


def test_goldstein_is_gdelts_column_with_icews_fallback():
    by_code = {rec["code"]: rec for rec in reference_codes()}
    for code, entry in load_codes().items():
        want = by_code[code]["goldstein_gdelt"] or by_code[code]["goldstein_icews"]
        assert entry.goldstein == pytest.approx(float(want))
    # 164/165 are among the codes where GDELT and ICEWS disagree.
    assert cameo("164").goldstein == -7.0


def test_plover_table_kept_as_written():
    assert cameo("163").plover_type == "COERCE"  # not SANCTION, as the 2021 table says
    assert cameo("1712").plover_type == "ASSAULT"
    assert cameo("191").plover_type == "COERCE"
    assert cameo("195").plover_type == "ASSAULT"
    assert cameo("0841").plover_type == "RETREAT"
    assert cameo("0841").plover_mode == "release"
    assert cameo("081").plover_type == "CONCEDE"
    assert cameo("08").plover_type == "CONCEDE"  # first of the two '08' rows
    assert cameo("1121").plover_context == "crime; corruption"
    assert cameo("040").plover_mode is None


def test_cameo_lookup_and_unknown_codes():
    assert cameo("111").name == "Criticize or denounce"
    assert is_code("0312") and not is_code("312") and not is_code("1214")
    for bad in ["999", "", "19a", "1214", "312"]:
        with pytest.raises(KeyError, match=r"E120.*unknown CAMEO event code"):
            cameo(bad)


def test_load_codes_is_cached():
    assert load_codes() is load_codes()


def _build_module():
    spec = importlib.util.spec_from_file_location("build_event_tables", REPO / "scripts" / "build_event_tables.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_shipped_table_matches_a_fresh_build():
    reference_codes()  # skips without ../shared
    build = _build_module()
    shipped = (REPO / "src" / "eventwire" / "events" / "data" / "cameo_codes.tsv").read_text("utf-8")
    assert shipped == build.render(*build.build_rows(SHARED))


def test_build_parses_plover_lines_and_inherits_from_parents(tmp_path):
    build = _build_module()
    ref = tmp_path / "reference"
    ref.mkdir()
    (ref / "cameo_to_plover_2021.txt").write_text(
        "# comment\n19: ASSAULT\n190: ASSAULT, , military # Use force\n"
        "190: FIGHT, x, y # duplicate ignored\n084: RETREAT,   ,  # Return\n"
    )
    (ref / "cameo_event_codes.tsv").write_text(
        "code\troot\tlevel\tname\tquad_class\tgoldstein_gdelt\tgoldstein_icews\tdescription\tusage_notes\n"
        "190\t19\t3\tUse force\t4\t-10.0\t-10\tUse it.\t\n"
        "1901\t19\t4\tMade up\t4\t\t-9\tChild.\t\n"
        "0841\t08\t4\tRelease\t2\t7.0\t7\tRelease.\t\n"
        "020\t02\t3\tAppeal\t1\t3.0\t3\tAsk.\t\n"
    )
    rows, fallbacks, inherited = build.build_rows(tmp_path)
    by_code = {r["code"]: r for r in rows}
    assert (by_code["190"]["plover_type"], by_code["190"]["plover_context"]) == ("ASSAULT", "military")
    assert by_code["1901"]["plover_context"] == "military" and by_code["1901"]["goldstein"] == "-9.0"
    assert by_code["0841"]["plover_type"] == "RETREAT"
    assert by_code["020"]["plover_type"] == ""
    assert fallbacks == ["1901"]
    assert inherited == ["1901", "0841"]
