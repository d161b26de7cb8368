"""Export notes as CSV that is safe to open in a spreadsheet and imports back."""

from __future__ import annotations

import csv
import io

from workshop_app.domain.model import Workshop
from workshop_app.exchange.neutralise import neutralise_cell
from workshop_app.storage.project import Project

COLUMNS = ("workshop", "focus_area", "category", "text", "group", "author", "theme", "created_at", "id")


def export_csv(project: Project, workshops: list[Workshop]) -> str:
    """All live notes of ``workshops``, in board order, one row each."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for workshop in workshops:
        content = project.workshops.content(workshop.id)
        areas = {a.id: a for a in content.focus_areas}
        categories = {c.id: c for c in content.categories}
        themes = {t.id: t.title for t in content.themes}
        ordered = sorted(
            content.notes,
            key=lambda n: (_position(areas, n.focus_area_id), _position(categories, n.category_id)),
        )
        for note in ordered:
            writer.writerow(
                neutralise_cell(value)
                for value in (
                    workshop.title,
                    _name(areas, note.focus_area_id),
                    _name(categories, note.category_id),
                    note.text,
                    note.group_name,
                    note.author,
                    themes.get(note.theme_id or "", ""),
                    note.created_at,
                    note.id,
                )
            )
    return out.getvalue()


def _position(items: dict, item_id: str) -> int:
    """Board order; a note whose area or category is not its workshop's (a crafted file) goes last."""
    item = items.get(item_id)
    return item.position if item is not None else 1 << 62


def _name(items: dict, item_id: str) -> str:
    item = items.get(item_id)
    return item.name if item is not None else ""
