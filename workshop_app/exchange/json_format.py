"""The app's own JSON: complete and lossless, and the way workshops move between laptops.

``{"format": "workshop-app", "version": 1, "workshops": [...]}``; each workshop carries its
metadata, focus areas, categories, conclusions, themes and notes (soft-deleted notes included,
with ``deleted_at``). Import merges by id: importing the same file twice adds nothing.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import Note, Workshop
from workshop_app.exchange.errors import ImportFileError
from workshop_app.storage.project import Project
from workshop_app.storage.store import dump_list

FORMAT = "workshop-app"
VERSION = 1


def workshop_to_dict(project: Project, workshop: Workshop) -> dict[str, Any]:
    areas = project.workshops.focus_areas(workshop.id)
    categories = project.workshops.categories(workshop.id)
    questions = project.workshops.category_questions(workshop.id)
    area_names = {a.id: a.name for a in areas}
    category_names = {c.id: c.name for c in categories}
    return {
        "id": workshop.id,
        "title": workshop.title,
        "date": workshop.date,
        "place": workshop.place,
        "organisations": list(workshop.organisations),
        "facilitator": workshop.facilitator,
        "purpose": workshop.purpose,
        "participants": workshop.participants,
        "language": workshop.language,
        "template_name": workshop.template_name,
        "hidden_round": workshop.hidden_round,
        "created_at": workshop.created_at,
        "updated_at": workshop.updated_at,
        "focus_areas": [
            {"id": a.id, "name": a.name, "description": a.description, "colour": a.colour, "position": a.position}
            for a in areas
        ],
        "categories": [
            {
                "id": c.id, "key": c.key, "name": c.name, "colour": c.colour, "icon": c.icon,
                "question": questions.get(c.id, ""), "position": c.position,
            }
            for c in categories
        ],
        "conclusions": [
            {"focus_area_id": area_id, "focus_area": area_names.get(area_id, ""), "text": text}
            for area_id, text in project.workshops.conclusions(workshop.id).items()
        ],
        "themes": [
            {
                "id": t.id, "focus_area_id": t.focus_area_id, "focus_area": area_names[t.focus_area_id],
                "category_id": t.category_id, "category": category_names[t.category_id],
                "title": t.title, "summary": t.summary, "origin": t.origin,
                "keywords": list(t.keywords), "position": t.position,
                "created_at": t.created_at, "updated_at": t.updated_at,
            }
            for t in project.themes.list(workshop.id)
        ],
        "notes": [
            {
                "id": n.id, "focus_area_id": n.focus_area_id, "focus_area": area_names[n.focus_area_id],
                "category_id": n.category_id, "category": category_names[n.category_id],
                "text": n.text, "group": n.group_name, "author": n.author, "colour": n.colour,
                "x": n.x, "y": n.y, "theme_id": n.theme_id, "hidden": n.hidden,
                "created_at": n.created_at, "updated_at": n.updated_at, "deleted_at": n.deleted_at,
            }
            for n in project.notes.list(workshop.id, include_deleted=True)
        ],
    }


def export_dict(project: Project, workshops: list[Workshop]) -> dict[str, Any]:
    from workshop_app.version import app_version

    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": app_version(),
        "workshops": [workshop_to_dict(project, w) for w in workshops],
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def load_json_file(path: Path) -> dict[str, Any]:
    from workshop_app.exchange.textfile import decode

    try:
        data = json.loads(decode(Path(path).read_bytes()))
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read ({exc.strerror or exc}).") from exc
    except json.JSONDecodeError as exc:
        raise ImportFileError(path, f"is not valid JSON ({exc.msg}).", exc.lineno) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFileError(path, "is not a workshop export (its \"format\" is not \"workshop-app\").")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise ImportFileError(
            path, f"was written by a newer version of the app (format version {data.get('version')!r})."
        )
    if not isinstance(data.get("workshops"), list):
        raise ImportFileError(path, "has no list of workshops.")
    return data


def import_dict(project: Project, data: dict[str, Any], source: Path, titles: list[str] | None = None) -> list[tuple[Workshop, int]]:
    """Merge the workshops of an export into ``project`` by id, in one transaction.

    Returns each workshop with the number of notes that were new.
    """
    wanted = {t.casefold() for t in titles or ()}
    results = []
    with project.transaction():
        for index, item in enumerate(data["workshops"]):
            try:
                if wanted and str(item.get("title", "")).casefold() not in wanted:
                    continue
                results.append(_merge_workshop(project, item))
            except ValidationError as exc:
                raise ImportFileError(source, f"workshop number {index + 1}: {exc}") from exc
            except (KeyError, TypeError, ValueError, AttributeError, sqlite3.IntegrityError) as exc:
                raise ImportFileError(
                    source, f"workshop number {index + 1} is incomplete or inconsistent ({exc!r})."
                ) from exc
        if wanted and not results:
            raise ImportFileError(source, f"has no workshop called {', '.join(titles or ())}.")
    return results


def _merge_workshop(project: Project, item: dict[str, Any]) -> tuple[Workshop, int]:
    db = project.conn
    workshop_id = str(item["id"])
    db.execute(
        "INSERT OR IGNORE INTO workshops (id, title, date, place, organisations, facilitator, purpose,"
        " participants, language, template_name, hidden_round, position, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,(SELECT coalesce(max(position), -1) + 1 FROM workshops),?,?)",
        (
            workshop_id, str(item["title"]), item.get("date") or "", item.get("place") or "",
            dump_list(item.get("organisations") or []), item.get("facilitator") or "",
            item.get("purpose") or "", item.get("participants"), item.get("language") or "sv",
            item.get("template_name") or "", int(bool(item.get("hidden_round"))),
            item["created_at"], item.get("updated_at") or item["created_at"],
        ),
    )
    db.executemany(
        "INSERT OR IGNORE INTO focus_areas (id, workshop_id, name, description, colour, position)"
        " VALUES (?,?,?,?,?,?)",
        [
            (str(a["id"]), workshop_id, str(a["name"]), a.get("description") or "", a.get("colour") or "", int(a.get("position", i)))
            for i, a in enumerate(item["focus_areas"])
        ],
    )
    db.executemany(
        "INSERT OR IGNORE INTO categories (id, workshop_id, key, name, colour, icon, question, position)"
        " VALUES (?,?,?,?,?,?,?,?)",
        [
            (
                str(c["id"]), workshop_id, str(c["key"]), str(c["name"]), c.get("colour") or "",
                c.get("icon") or "", c.get("question") or "", int(c.get("position", i)),
            )
            for i, c in enumerate(item["categories"])
        ],
    )
    db.executemany(
        "INSERT OR IGNORE INTO themes (id, workshop_id, focus_area_id, category_id, title, summary,"
        " origin, keywords, position, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                str(t["id"]), workshop_id, str(t["focus_area_id"]), str(t["category_id"]), str(t["title"]),
                t.get("summary") or "", t.get("origin") or "facilitator", dump_list(t.get("keywords") or []),
                int(t.get("position") or 0), t.get("created_at") or "", t.get("updated_at") or "",
            )
            for t in item.get("themes", [])
        ],
    )
    db.executemany(
        "INSERT OR IGNORE INTO conclusions (workshop_id, focus_area_id, text, updated_at) VALUES (?,?,?,?)",
        [(workshop_id, str(c["focus_area_id"]), str(c.get("text") or ""), "") for c in item.get("conclusions", [])],
    )
    notes = [
        Note(
            id=str(n["id"]), workshop_id=workshop_id, focus_area_id=str(n["focus_area_id"]),
            category_id=str(n["category_id"]), text=n["text"], group_name=n.get("group") or "",
            author=n.get("author") or "", colour=n.get("colour") or "", x=n.get("x"), y=n.get("y"),
            theme_id=n.get("theme_id"), hidden=bool(n.get("hidden")), created_at=n["created_at"],
            updated_at=n.get("updated_at") or n["created_at"], deleted_at=n.get("deleted_at"),
        )
        for n in item["notes"]
    ]
    added = project.notes.insert_many(notes) if notes else 0
    project.announce("workshop", "added", (workshop_id,), workshop_id)
    return project.workshops.get(workshop_id), added


def export_json(project: Project, workshops: list[Workshop]) -> str:
    return dumps(export_dict(project, workshops))
