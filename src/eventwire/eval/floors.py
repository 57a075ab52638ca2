"""The quality gate: pinned floors per gold file, and the one way to move them.

``quality/floors.json`` holds, per gold file name, the sha256 of that file and
the figures the coder must not fall below (``floors``) or rise above
(``ceilings``, e.g. forbidden-output violations). The digest pins the gold, so
a figure can never improve because someone edited the answers. Floors only go
up through :func:`update_floors` (``eventwire eval GOLD --update-floors``),
which rounds figures *down* to 3 decimals and refuses to lower any floor
unless given ``allow_lower`` and a reason, which it records in the file.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EventwireError
from .score import EvalResult

# Figures the gate pins (when the gold file yields them: code_exact needs
# preferred codes, the rest of the seed-only figures need the article format).
FLOOR_METRICS = ("root_precision", "root_recall", "root_f1", "triple_f1", "triple_recall", "source_role_accuracy", "code_exact",
                 "required_recall", "quotes_found")
CEILING_METRICS = ("forbidden_violations",)
EPSILON = 1e-6
UPDATE_HINT = "run `eventwire eval {gold} --update-floors` (add --allow-lower --reason \"...\" to lower a floor)"


class FloorsError(EventwireError):
    """Refused floor update, or a floors file that cannot be read."""

    code = "E075"


@dataclass(frozen=True, slots=True)
class GoldFloors:
    sha256: str
    floors: dict[str, float | int] = field(default_factory=dict)
    ceilings: dict[str, float | int] = field(default_factory=dict)
    history: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "floors": dict(sorted(self.floors.items())),
                "ceilings": dict(sorted(self.ceilings.items())), "history": list(self.history)}


def default_floors_path() -> Path:
    """``quality/floors.json`` of the repository: searched upwards from the
    working directory, else beside the source tree (src layout)."""
    for d in (Path.cwd(), *Path.cwd().parents):
        if (d / "quality" / "floors.json").is_file():
            return d / "quality" / "floors.json"
    return Path(__file__).resolve().parents[3] / "quality" / "floors.json"


def load_floors(path: str | Path) -> dict[str, GoldFloors]:
    path = Path(path)
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {name: GoldFloors(v["sha256"], dict(v.get("floors", {})), dict(v.get("ceilings", {})),
                                 tuple(v.get("history", ()))) for name, v in data.get("files", {}).items()}
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise FloorsError(f"{path}: unreadable floors file ({exc})") from exc


def save_floors(path: str | Path, files: dict[str, GoldFloors]) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "about": "Quality gate: per gold file, its sha256 and the figures eventwire must not fall below "
                 "(floors) or rise above (ceilings). Raise with `eventwire eval GOLD --update-floors`; "
                 "lowering needs --allow-lower --reason, recorded in history.",
        "files": {name: f.to_dict() for name, f in sorted(files.items())},
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def check_floors(result: EvalResult, floors: GoldFloors | None, *, gold_arg: str | None = None) -> list[str]:
    """Every way ``result`` fails the gate, as messages; empty when it passes."""
    hint = UPDATE_HINT.format(gold=gold_arg or result.gold_name)
    if floors is None:
        return [f"no floors pinned for {result.gold_name}; {hint}"]
    if floors.sha256 != result.gold_sha256:
        return [f"{result.gold_name} changed (sha256 {result.gold_sha256[:12]} != pinned {floors.sha256[:12]}); "
                f"re-measure and re-pin: {hint}"]
    figs = result.figures()
    out = []
    for name, floor in sorted(floors.floors.items()):
        got = figs.get(name)
        if got is None or got < floor - EPSILON:
            out.append(f"{result.gold_name}: {name} = {_fmt(got)} is below its floor {floor}")
    for name, ceiling in sorted(floors.ceilings.items()):
        got = figs.get(name)
        if got is None or got > ceiling + EPSILON:
            out.append(f"{result.gold_name}: {name} = {_fmt(got)} is above its ceiling {ceiling}")
    return out


def round_down(x: float) -> float:
    """Round down to 3 decimals, so a pinned floor never exceeds what was measured."""
    return math.floor(x * 1000 + 1e-9) / 1000


@dataclass(frozen=True, slots=True)
class FloorChange:
    metric: str
    old: float | int | None
    new: float | int

    @property
    def worse(self) -> bool:
        if self.old is None:
            return False
        return self.new > self.old if self.metric in CEILING_METRICS else self.new < self.old


def proposed_floors(result: EvalResult) -> GoldFloors:
    figs = result.figures()
    floors = {m: _pin(figs[m]) for m in FLOOR_METRICS if figs.get(m) is not None}
    ceilings = {m: figs[m] for m in CEILING_METRICS if figs.get(m) is not None}
    return GoldFloors(result.gold_sha256, floors, ceilings)


def update_floors(path: str | Path, result: EvalResult, *, allow_lower: bool = False, reason: str | None = None,
                  today: dt.date | None = None) -> list[FloorChange]:
    """Pin ``result``'s figures as the floors of its gold file and return the changes.

    Refuses (``FloorsError``) to lower a floor, raise a ceiling or re-pin a
    changed gold file unless ``allow_lower`` and a ``reason`` are given; those
    changes are recorded with the reason in the file's history."""
    files = load_floors(path)
    old = files.get(result.gold_name)
    new = proposed_floors(result)
    old_vals = {**(old.floors if old else {}), **(old.ceilings if old else {})}
    new_vals = {**new.floors, **new.ceilings}
    changes = [FloorChange(m, old_vals.get(m), v) for m, v in sorted(new_vals.items()) if old_vals.get(m) != v]
    dropped = sorted(set(old_vals) - set(new_vals))
    worse = [c for c in changes if c.worse]
    digest_changed = old is not None and old.sha256 != new.sha256
    if (worse or dropped or digest_changed) and not (allow_lower and reason):
        what = [f"{c.metric} {c.old} -> {c.new}" for c in worse] + [f"{m} no longer measured" for m in dropped]
        if digest_changed:
            what.append("gold file changed (new sha256)")
        raise FloorsError(f"refusing to lower the gate for {result.gold_name}: {'; '.join(what)}. "
                          "Pass --allow-lower --reason \"why\" to do it anyway (recorded in the floors file).")
    history = list(old.history if old else ())
    date = (today or dt.date.today()).isoformat()
    if worse or dropped or digest_changed:
        history.append({"date": date, "lowered": {c.metric: [c.old, c.new] for c in worse},
                        "dropped": dropped, "gold_changed": digest_changed, "reason": reason})
    elif changes:
        history.append({"date": date, "raised": {c.metric: [c.old, c.new] for c in changes}})
    files[result.gold_name] = GoldFloors(new.sha256, new.floors, new.ceilings, tuple(history))
    save_floors(path, files)
    return changes


def _pin(x: float | int) -> float | int:
    """Counts stay integers; rates are rounded down."""
    return x if isinstance(x, int) else round_down(x)


def _fmt(x: float | int | None) -> str:
    return "n/a" if x is None else f"{x:.4f}" if isinstance(x, float) else str(x)
