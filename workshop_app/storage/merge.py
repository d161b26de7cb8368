"""Merging checked workshop records (from a JSON export or another project) into a project.

The records have been checked whole and their ids fitted to this project before they get here
(``exchange.json_check``), so an id that exists already belongs to the same workshop: that row
is kept as it is, and importing the same file twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from workshop_app.domain.model import Note, Workshop
from workshop_app.storage.store import chunks, dump_list, marks

if TYPE_CHECKING:
    from workshop_app.storage.project import Project

_TABLES = {"focus_areas", "categories", "themes", "notes"}


def owners(project: "Project", kind: str, ids: Sequence[str]) -> dict[str, str]:
    """The workshop id of each of ``ids`` that ``kind`` ("focus_areas", "categories", "themes"
    or "notes") already holds in ``project``."""
    if kind not in _TABLES:
        raise ValueError(f"unknown kind {kind!r}")
    found: dict[str, str] = {}
    ids = list(dict.fromkeys(ids))
    for chunk in chunks(ids):
        found.update(project.conn.execute(f"SELECT id, workshop_id FROM {kind} WHERE id IN ({marks(chunk)})", chunk))
    return found


def _int(value: Any, default: int = 0) -> int:
    return default if value is None else int(value)


def merge_workshop(project: "Project", item: dict[str, Any]) -> tuple[Workshop, int]:
    """Add the workshop ``item`` (or what it has that the project lacks) in the current
    transaction; returns the workshop and the number of notes that were new."""
    db = project.conn
    workshop_id = item["id"]
    db.execute(
        "INSERT OR IGNORE INTO workshops (id, title, date, place, organisations, facilitator, purpose,"
        " participants, language, template_name, hidden_round, position, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,(SELECT coalesce(max(position), -1) + 1 FROM workshops),?,?)",
        (
            workshop_id,
            item["title"].strip(),
            item.get("date") or "",
            item.get("place") or "",
            dump_list(o.strip() for o in item.get("organisations") or ()),
            item.get("facilitator") or "",
            item.get("purpose") or "",
            item.get("participants"),
            item.get("language") or "sv",
            item.get("template_name") or "",
            int(bool(item.get("hidden_round"))),
            item["created_at"],
            item.get("updated_at") or item["created_at"],
        ),
    )
    db.executemany(
        "INSERT OR IGNORE INTO focus_areas (id, workshop_id, name, description, colour, position) VALUES (?,?,?,?,?,?)",
        [
            (
                a["id"],
                workshop_id,
                a["name"].strip(),
                a.get("description") or "",
                a.get("colour") or "",
                _int(a.get("position"), i),
            )
            for i, a in enumerate(item["focus_areas"])
        ],
    )
    db.executemany(
        "INSERT OR IGNORE INTO categories (id, workshop_id, key, name, colour, icon, question, position)"
        " VALUES (?,?,?,?,?,?,?,?)",
        [
            (
                c["id"],
                workshop_id,
                c["key"],
                c["name"].strip(),
                c.get("colour") or "",
                c.get("icon") or "",
                c.get("question") or "",
                _int(c.get("position"), i),
            )
            for i, c in enumerate(item["categories"])
        ],
    )
    db.executemany(
        "INSERT OR IGNORE INTO themes (id, workshop_id, focus_area_id, category_id, title, summary,"
        " origin, keywords, position, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                t["id"],
                workshop_id,
                t["focus_area_id"],
                t["category_id"],
                t["title"].strip(),
                t.get("summary") or "",
                t.get("origin") or "facilitator",
                dump_list(t.get("keywords") or []),
                _int(t.get("position")),
                t.get("created_at") or "",
                t.get("updated_at") or "",
            )
            for t in item.get("themes") or ()
        ],
    )
    db.executemany(
        "INSERT OR IGNORE INTO conclusions (workshop_id, focus_area_id, text, updated_at) VALUES (?,?,?,?)",
        [(workshop_id, c["focus_area_id"], c.get("text") or "", "") for c in item.get("conclusions") or ()],
    )
    notes = [
        Note(
            id=n["id"],
            workshop_id=workshop_id,
            focus_area_id=n["focus_area_id"],
            category_id=n["category_id"],
            text=n["text"],
            group_name=n.get("group") or "",
            author=n.get("author") or "",
            colour=n.get("colour") or "",
            x=n.get("x"),
            y=n.get("y"),
            theme_id=n.get("theme_id"),
            hidden=bool(n.get("hidden")),
            created_at=n["created_at"],
            updated_at=n.get("updated_at") or n["created_at"],
            deleted_at=n.get("deleted_at"),
        )
        for n in item["notes"]
    ]
    added = project.notes.insert_many(notes) if notes else 0
    project.votes.import_totals(
        workshop_id, {t["id"]: t.get("votes") or 0 for t in item.get("themes") or ()}, item.get("voting") or {}
    )
    project.announce("workshop", "added", (workshop_id,), workshop_id)
    return project.workshops.get(workshop_id), added
