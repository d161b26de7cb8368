"""Check a whole JSON export before anything of it is written, and make its ids fit the target.

A file from another laptop may be damaged, hand-edited or crafted. Its structure, types and
ranges are checked against ``json_schema.EXPORT`` (with the well-kept ``jsonschema`` library,
which reports the place of every problem); the rules a schema cannot say are checked here: no id
twice, every reference inside its own workshop, a note only in a theme of its own cell. Each
problem is one sentence naming the file and the place, such as ``workshops[0].notes[3].position``.

Ids that another workshop already uses in the target project (or earlier in the same file) are
given new ids, derived from the workshop's id and the old id (UUID 5), so the import is
complete, and importing the same file again finds the same new ids and adds nothing.
"""

from __future__ import annotations

import copy
import json
import math
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from workshop_app.exchange.errors import ImportFileError

REMAP_NAMESPACE = uuid.UUID("6f1d9a52-8a3e-4d6b-9c55-0e4a7b9a2c11")

_KINDS = (("focus_areas", "focus area"), ("categories", "category"), ("themes", "theme"), ("notes", "note"))
_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "null",
}


def parse_json(path: Path, text: str) -> Any:
    """``json.loads`` that turns every way a text can fail into one sentence about the file."""

    def no_constant(name: str) -> float:
        raise ValueError(f"{name} is not a number JSON allows")

    try:
        return json.loads(text, parse_constant=no_constant)
    except json.JSONDecodeError as exc:
        raise ImportFileError(path, f"is not valid JSON ({exc.msg}).", exc.lineno) from exc
    except RecursionError as exc:
        raise ImportFileError(path, "is nested too deeply to be a workshop export.") from exc
    except ValueError as exc:  # NaN/Infinity, or an integer with thousands of digits
        raise ImportFileError(path, f"is not valid JSON ({exc}).") from exc


def check_document(path: Path, data: Any) -> None:
    """Refuse ``data`` unless it is a complete, consistent export; nothing is written either way.

    Raises:
        ImportFileError: the first problem, in one sentence with its place (and how many more).
    """
    from jsonschema import Draft202012Validator

    from workshop_app.exchange.json_schema import EXPORT

    errors = list(Draft202012Validator(EXPORT).iter_errors(data))
    if errors:
        errors.sort(key=lambda e: _sort_key(e.absolute_path))
        _refuse(path, [_describe(e) for e in errors])
    _refuse(path, list(_rule_problems(data)))


def _refuse(path: Path, problems: list[str]) -> None:
    if not problems:
        return
    more = len(problems) - 1
    tail = f" ({more} more problem{'s' if more != 1 else ''} in the file)" if more else ""
    raise ImportFileError(path, f"{problems[0]}{tail}.")


def place(parts: Iterable[Any]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "the top level"


def _sort_key(parts) -> list[tuple[int, Any]]:
    return [(0, p) if isinstance(p, int) else (1, str(p)) for p in parts]


def _shown(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int) and abs(value) >= 2**60:
        return f"a number with {len(str(abs(value)))} digits"
    if isinstance(value, float) and not math.isfinite(value):
        return "too large"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value if len(value) <= 40 else value[:40] + "…", ensure_ascii=False)
    return _TYPE_WORDS.get({list: "array", dict: "object"}.get(type(value), ""), type(value).__name__)


def _describe(error) -> str:
    """One clause about a ``jsonschema`` error, in words a facilitator can follow."""
    where = place(error.absolute_path)
    kind, value, schema = error.validator, error.instance, error.schema
    if kind == "required":
        missing = next((k for k in error.validator_value if k not in value), error.validator_value[0])
        return f"{where} has no {missing!r}"
    if kind == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        words = " or ".join(_TYPE_WORDS.get(t, t) for t in wanted)
        return f"{where} must be {words}, not {_shown(value)}"
    if kind in ("minimum", "maximum"):
        low, high = schema.get("minimum"), schema.get("maximum")
        noun = "a whole number" if "integer" in str(schema.get("type")) else "a number"
        return f"{where} must be {noun} from {low} to {high}, not {_shown(value)}"
    if kind == "pattern" or (kind == "minLength" and not value):
        return f"{where} must not be empty"
    if kind == "maxLength":
        return f"{where} is too long ({len(value):,} characters; at most {error.validator_value:,})"
    if kind == "maxItems":
        return f"{where} has too many entries ({len(value):,}; at most {error.validator_value:,})"
    if kind == "enum":
        allowed = ", ".join(json.dumps(v) for v in error.validator_value if v is not None)
        return f"{where} must be one of {allowed}, not {_shown(value)}"
    if kind == "const":
        return f"{where} must be {json.dumps(error.validator_value)}, not {_shown(value)}"
    return f"{where} is not allowed ({kind})"


def _rule_problems(data: dict[str, Any]) -> Iterable[str]:
    """What the schema cannot say: unique ids, references inside the workshop, themes' cells."""
    workshops = data["workshops"]
    first_workshop: dict[str, int] = {}
    area_owner: dict[str, int] = {}
    for w, item in enumerate(workshops):
        if item["id"] in first_workshop:
            yield f"workshops[{w}].id repeats the id of workshops[{first_workshop[item['id']]}]"
        first_workshop.setdefault(item["id"], w)
        for area in item["focus_areas"]:
            area_owner.setdefault(area["id"], w)
    for w, item in enumerate(workshops):
        yield from _workshop_problems(w, item, area_owner)


def _workshop_problems(w: int, item: dict[str, Any], area_owner: dict[str, int]) -> Iterable[str]:
    here = f"workshops[{w}]"
    for kind, _noun in _KINDS:
        seen: dict[str, int] = {}
        for j, obj in enumerate(item.get(kind) or ()):
            if obj["id"] in seen:
                yield f"{here}.{kind}[{j}].id repeats the id of {here}.{kind}[{seen[obj['id']]}]"
            seen.setdefault(obj["id"], j)
    keys: dict[str, int] = {}
    for j, category in enumerate(item["categories"]):
        if category["key"] in keys:
            yield f"{here}.categories[{j}].key repeats {category['key']!r} of {here}.categories[{keys[category['key']]}]"
        keys.setdefault(category["key"], j)
    areas = {a["id"] for a in item["focus_areas"]}
    categories = {c["id"] for c in item["categories"]}
    themes = {t["id"]: (t["focus_area_id"], t["category_id"]) for t in item.get("themes") or ()}

    def area_problem(at: str, area_id: str) -> str | None:
        if area_id in areas:
            return None
        other = area_owner.get(area_id)
        if other is not None:
            return f"{at} names a focus area of workshops[{other}], not of its own workshop"
        return f"{at} names no focus area of its workshop"

    def category_problem(at: str, category_id: str) -> str | None:
        return None if category_id in categories else f"{at} names no category of its workshop"

    for kind in ("themes", "notes"):
        for j, obj in enumerate(item.get(kind) or ()):
            at = f"{here}.{kind}[{j}]"
            for problem in (
                area_problem(f"{at}.focus_area_id", obj["focus_area_id"]),
                category_problem(f"{at}.category_id", obj["category_id"]),
            ):
                if problem:
                    yield problem
            theme_id = obj.get("theme_id") if kind == "notes" else None
            if theme_id is not None:
                if theme_id not in themes:
                    yield f"{at}.theme_id names no theme of its workshop"
                elif themes[theme_id] != (obj["focus_area_id"], obj["category_id"]):
                    yield f"{at}.theme_id names a theme of another focus area or category"
    for j, conclusion in enumerate(item.get("conclusions") or ()):
        problem = area_problem(f"{here}.conclusions[{j}].focus_area_id", conclusion["focus_area_id"])
        if problem:
            yield problem
    yield from _voting_problems(here, item, area_problem)


def _voting_problems(here: str, item: dict[str, Any], area_problem) -> Iterable[str]:
    from workshop_app.exchange.json_schema import MAX_VOTES

    total = sum(t.get("votes") or 0 for t in item.get("themes") or ())
    if total > MAX_VOTES:
        yield f"{here}.themes hold {total} votes together, more than {MAX_VOTES}"
    voting = item.get("voting") or {}
    if voting.get("focus_area_id") is not None:
        problem = area_problem(f"{here}.voting.focus_area_id", voting["focus_area_id"])
        if problem:
            yield problem
    if voting.get("max_per_theme", 0) > voting.get("dots_per_person", 99):
        yield f"{here}.voting.max_per_theme is more than its dots_per_person"


def fit_ids(data: dict[str, Any], owners) -> tuple[dict[str, Any], int]:
    """A copy of a checked export whose ids clash with no other workshop; and how many changed.

    Args:
        owners: ``owners(kind, ids) -> {id: workshop id}`` for the ids the target already has.

    Raises:
        ValueError: a new id clashes too (only a file made to do so gets here).
    """
    data = copy.deepcopy(data)
    taken: dict[tuple[str, str], str] = {}  # (kind, id) -> workshop id, for this file's ids
    changed = 0
    for item in data["workshops"]:
        workshop_id = item["id"]
        renames: dict[str, dict[str, str]] = {}
        for kind, _noun in _KINDS:
            objects = item.get(kind) or []
            ids = [o["id"] for o in objects]
            known = owners(kind, ids)
            mapping: dict[str, str] = {}
            for old in ids:
                owner = known.get(old, taken.get((kind, old), workshop_id))
                if owner != workshop_id:
                    new = str(uuid.uuid5(REMAP_NAMESPACE, f"{workshop_id}/{kind}/{old}"))
                    clash = owners(kind, [new]).get(new, taken.get((kind, new), workshop_id))
                    if clash != workshop_id:
                        raise ValueError(f"the id {old!r} clashes with another workshop")
                    mapping[old] = new
            for obj in objects:
                obj["id"] = mapping.get(obj["id"], obj["id"])
                taken[(kind, obj["id"])] = workshop_id
            renames[kind] = mapping
            changed += len(mapping)
        _rename_references(item, renames)
    return data, changed


def _rename_references(item: dict[str, Any], renames: dict[str, dict[str, str]]) -> None:
    areas, categories, themes = renames["focus_areas"], renames["categories"], renames["themes"]
    for obj in [*(item.get("themes") or ()), *(item.get("notes") or ())]:
        obj["focus_area_id"] = areas.get(obj["focus_area_id"], obj["focus_area_id"])
        obj["category_id"] = categories.get(obj["category_id"], obj["category_id"])
        if obj.get("theme_id") is not None:
            obj["theme_id"] = themes.get(obj["theme_id"], obj["theme_id"])
    for conclusion in item.get("conclusions") or ():
        conclusion["focus_area_id"] = areas.get(conclusion["focus_area_id"], conclusion["focus_area_id"])
    voting = item.get("voting")
    if voting and voting.get("focus_area_id") is not None:
        voting["focus_area_id"] = areas.get(voting["focus_area_id"], voting["focus_area_id"])
