"""Workshops, their focus areas and categories, and the conclusions per focus area."""

from __future__ import annotations

from typing import Any

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.ids import new_id, now
from workshop_app.domain.model import METADATA_FIELDS, Category, FocusArea, Workshop, WorkshopContent
from workshop_app.domain.rules import check_name
from workshop_app.domain.templates import Template
from workshop_app.storage.store import Store, dump_list, load_list
from workshop_app.storage.templates import template_named


def workshop_from_row(row: dict[str, Any]) -> Workshop:
    return Workshop(
        id=row["id"],
        title=row["title"],
        date=row["date"] or "",
        place=row["place"] or "",
        organisations=load_list(row["organisations"]),
        facilitator=row["facilitator"] or "",
        purpose=row["purpose"] or "",
        participants=row["participants"],
        language=row["language"] or "sv",
        template_name=row["template_name"] or "",
        hidden_round=bool(row["hidden_round"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _area_from_row(row: dict[str, Any]) -> FocusArea:
    return FocusArea(
        id=row["id"],
        workshop_id=row["workshop_id"],
        name=row["name"],
        description=row["description"] or "",
        colour=row["colour"] or "#9e9e9e",
        position=row["position"],
    )


def _category_from_row(row: dict[str, Any]) -> Category:
    return Category(
        id=row["id"],
        workshop_id=row["workshop_id"],
        key=row["key"],
        name=row["name"],
        colour=row["colour"] or "#fff59d",
        icon=row["icon"] or "",
        position=row["position"],
    )


def _clean_metadata(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(METADATA_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown workshop field: {', '.join(sorted(unknown))}.")
    values: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "title":
            values[key] = check_name(value, "workshop")
        elif key == "organisations":
            values[key] = dump_list(o.strip() for o in (value or ()) if o and o.strip())
        elif key == "participants":
            values[key] = _participants(value)
        elif key == "hidden_round":
            values[key] = int(bool(value))
        elif key == "language":
            values[key] = value if value in ("sv", "en") else "sv"
        else:
            values[key] = (value or "").strip() if isinstance(value, str) or value is None else str(value)
    return values


def _participants(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"The number of participants must be a whole number, not {value!r}.") from None
    if number < 0:
        raise ValidationError("The number of participants cannot be negative.")
    return number


class WorkshopStore(Store):
    # --- workshops -------------------------------------------------------------------------
    def create(
        self,
        title: str,
        template: Template | str | None = None,
        *,
        workshop_id: str | None = None,
        **metadata: Any,
    ) -> Workshop:
        """Create a workshop with a copy of ``template``'s focus areas and categories."""
        if not isinstance(template, Template):
            template = template_named(template)
        stamp = now()
        values = _clean_metadata({"title": title, **metadata})
        values.setdefault("language", template.language)
        workshop_id = workshop_id or new_id()
        position = self._next_workshop_position()
        with self._transaction():
            self._db["workshops"].insert(
                {
                    "id": workshop_id,
                    "template_name": template.name,
                    "position": position,
                    "created_at": stamp,
                    "updated_at": stamp,
                    **values,
                }
            )
            self._db["focus_areas"].insert_all(
                {
                    "id": new_id(),
                    "workshop_id": workshop_id,
                    "name": spec.name,
                    "description": spec.description,
                    "colour": spec.colour,
                    "position": index,
                }
                for index, spec in enumerate(template.focus_areas)
            )
            self._db["categories"].insert_all(
                {
                    "id": new_id(),
                    "workshop_id": workshop_id,
                    "key": spec.key,
                    "name": spec.name,
                    "colour": spec.colour,
                    "icon": spec.icon,
                    "question": spec.question,
                    "position": index,
                }
                for index, spec in enumerate(template.categories)
            )
            self._announce("workshop", "added", (workshop_id,), workshop_id)
        return self.get(workshop_id)

    def get(self, workshop_id: str) -> Workshop:
        return workshop_from_row(self._one("SELECT * FROM workshops WHERE id = ?", (workshop_id,), "workshop"))

    def exists(self, workshop_id: str) -> bool:
        return self._conn.execute("SELECT 1 FROM workshops WHERE id = ?", (workshop_id,)).fetchone() is not None

    def list(self) -> list[Workshop]:
        return [workshop_from_row(r) for r in self._rows("SELECT * FROM workshops ORDER BY position, created_at")]

    def find(self, title: str) -> list[Workshop]:
        """Workshops whose title matches ``title`` (case-insensitively)."""
        wanted = title.strip().casefold()
        return [w for w in self.list() if w.title.casefold() == wanted]

    def update(self, workshop_id: str, **metadata: Any) -> Workshop:
        values = _clean_metadata(metadata)
        self.get(workshop_id)
        with self._transaction():
            self._db["workshops"].update(workshop_id, {**values, "updated_at": now()})
            self._announce("workshop", "updated", (workshop_id,), workshop_id)
        return self.get(workshop_id)

    def delete(self, workshop_id: str) -> None:
        """Remove a workshop with everything in it (the GUI asks first)."""
        self.get(workshop_id)
        with self._transaction():
            self._conn.execute(
                "DELETE FROM votes WHERE round_id IN (SELECT id FROM vote_rounds WHERE workshop_id = ?)",
                (workshop_id,),
            )
            for table in ("vote_rounds", "conclusions", "notes", "themes", "focus_areas", "categories"):
                self._conn.execute(f"DELETE FROM {table} WHERE workshop_id = ?", (workshop_id,))
            self._conn.execute("DELETE FROM workshops WHERE id = ?", (workshop_id,))
            self._announce("workshop", "removed", (workshop_id,), workshop_id)

    # --- focus areas and categories --------------------------------------------------------
    def focus_areas(self, workshop_id: str) -> list[FocusArea]:
        return [
            _area_from_row(r)
            for r in self._rows("SELECT * FROM focus_areas WHERE workshop_id = ? ORDER BY position", (workshop_id,))
        ]

    def categories(self, workshop_id: str) -> list[Category]:
        return [
            _category_from_row(r)
            for r in self._rows("SELECT * FROM categories WHERE workshop_id = ? ORDER BY position", (workshop_id,))
        ]

    def category_questions(self, workshop_id: str) -> dict[str, str]:
        """The question asked for each category (category id -> question), for the report."""
        return {
            r["id"]: r["question"] or ""
            for r in self._rows("SELECT id, question FROM categories WHERE workshop_id = ?", (workshop_id,))
        }

    def focus_area(self, area_id: str) -> FocusArea:
        return _area_from_row(self._one("SELECT * FROM focus_areas WHERE id = ?", (area_id,), "focus area"))

    def add_focus_area(
        self,
        workshop_id: str,
        name: str,
        description: str = "",
        colour: str = "#9e9e9e",
        *,
        position: int | None = None,
        area_id: str | None = None,
    ) -> FocusArea:
        """Add an area at ``position`` (at the end when None); ``area_id`` lets undo restore one."""
        name = check_name(name, "focus area")
        self.get(workshop_id)
        areas = self.focus_areas(workshop_id)
        if any(a.name.casefold() == name.casefold() for a in areas):
            raise ValidationError(f"The workshop already has a focus area called {name!r}.")
        order = [a.id for a in areas]
        area_id = area_id or new_id()
        order.insert(len(order) if position is None else max(0, min(position, len(order))), area_id)
        with self._transaction():
            self._db["focus_areas"].insert(
                {
                    "id": area_id,
                    "workshop_id": workshop_id,
                    "name": name,
                    "description": description or "",
                    "colour": colour or "#9e9e9e",
                    "position": len(order),
                }
            )
            self._write_order(order)
            self._announce("focus_area", "added", (area_id,), workshop_id)
        return self.focus_area(area_id)

    def update_focus_area(self, area_id: str, **fields: Any) -> FocusArea:
        area = self.focus_area(area_id)
        values: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "name":
                name = check_name(value, "focus area")
                clash = [
                    a
                    for a in self.focus_areas(area.workshop_id)
                    if a.id != area_id and a.name.casefold() == name.casefold()
                ]
                if clash:
                    raise ValidationError(f"The workshop already has a focus area called {name!r}.")
                values["name"] = name
            elif key in ("description", "colour"):
                values[key] = value or ""
            else:
                raise ValidationError(f"Unknown focus area field: {key}.")
        with self._transaction():
            self._db["focus_areas"].update(area_id, values)
            self._announce("focus_area", "updated", (area_id,), area.workshop_id)
        return self.focus_area(area_id)

    def move_focus_area(self, area_id: str, position: int) -> None:
        area = self.focus_area(area_id)
        order = [a.id for a in self.focus_areas(area.workshop_id) if a.id != area_id]
        order.insert(max(0, min(position, len(order))), area_id)
        with self._transaction():
            self._write_order(order)
            self._announce("focus_area", "updated", tuple(order), area.workshop_id)

    def remove_focus_area(self, area_id: str) -> None:
        """Remove an empty focus area; one that still has notes or themes is refused."""
        area = self.focus_area(area_id)
        used = self._conn.execute(
            "SELECT (SELECT count(*) FROM notes WHERE focus_area_id = :a AND deleted_at IS NULL)"
            " + (SELECT count(*) FROM themes WHERE focus_area_id = :a AND deleted_at IS NULL)",
            {"a": area_id},
        ).fetchone()[0]
        if used:
            raise ValidationError(f"The focus area {area.name!r} still has notes or themes; move or delete them first.")
        if len(self.focus_areas(area.workshop_id)) == 1:
            raise ValidationError("A workshop needs at least one focus area.")
        with self._transaction():
            for table in ("conclusions", "notes", "themes"):
                self._conn.execute(f"DELETE FROM {table} WHERE focus_area_id = ?", (area_id,))
            self._conn.execute("DELETE FROM focus_areas WHERE id = ?", (area_id,))
            order = [a.id for a in self.focus_areas(area.workshop_id)]
            self._write_order(order)
            self._announce("focus_area", "removed", (area_id,), area.workshop_id)

    def _write_order(self, order: list[str]) -> None:
        self._conn.executemany(
            "UPDATE focus_areas SET position = ? WHERE id = ?",
            [(index, area_id) for index, area_id in enumerate(order)],
        )

    # --- conclusions -----------------------------------------------------------------------
    def conclusions(self, workshop_id: str) -> dict[str, str]:
        """The facilitator's conclusion per focus area (area id -> text)."""
        return {
            r["focus_area_id"]: r["text"]
            for r in self._rows("SELECT focus_area_id, text FROM conclusions WHERE workshop_id = ?", (workshop_id,))
            if r["text"]
        }

    def set_conclusion(self, focus_area_id: str, text: str) -> None:
        area = self.focus_area(focus_area_id)
        with self._transaction():
            self._db["conclusions"].upsert(
                {
                    "workshop_id": area.workshop_id,
                    "focus_area_id": focus_area_id,
                    "text": text or "",
                    "updated_at": now(),
                },
                pk=("workshop_id", "focus_area_id"),
            )
            self._announce("conclusion", "updated", (focus_area_id,), area.workshop_id)

    # --- everything at once ----------------------------------------------------------------
    def content(self, workshop_id: str) -> WorkshopContent:
        """The workshop with its areas, categories, live notes and themes, read in one go."""
        project = self._project
        return WorkshopContent(
            workshop=self.get(workshop_id),
            focus_areas=tuple(self.focus_areas(workshop_id)),
            categories=tuple(self.categories(workshop_id)),
            notes=tuple(project.notes.list(workshop_id)),
            themes=tuple(project.themes.list(workshop_id)),
            conclusions=self.conclusions(workshop_id),
        )

    def _next_workshop_position(self) -> int:
        row = self._conn.execute("SELECT coalesce(max(position), -1) + 1 FROM workshops").fetchone()
        return int(row[0])
