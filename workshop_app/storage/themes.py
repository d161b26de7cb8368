"""Themes: groups of notes within one focus area and category."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.ids import new_id, now
from workshop_app.domain.model import AUTO, FACILITATOR, Theme, ThemeDraft, ThemeSnapshot
from workshop_app.domain.rules import check_name
from workshop_app.storage.store import Store, dump_list, load_list


def theme_from_row(row: dict[str, Any]) -> Theme:
    return Theme(
        id=row["id"],
        workshop_id=row["workshop_id"],
        focus_area_id=row["focus_area_id"],
        category_id=row["category_id"],
        title=row["title"],
        summary=row["summary"] or "",
        origin=row["origin"],
        keywords=load_list(row["keywords"]),
        position=row["position"] or 0,
        created_at=row["created_at"] or "",
        updated_at=row["updated_at"] or "",
    )


class ThemeStore(Store):
    def get(self, theme_id: str) -> Theme:
        return theme_from_row(
            self._one("SELECT * FROM themes WHERE id = ? AND deleted_at IS NULL", (theme_id,), "theme")
        )

    def list(self, workshop_id: str) -> list[Theme]:
        return [
            theme_from_row(r)
            for r in self._rows(
                "SELECT * FROM themes WHERE workshop_id = ? AND deleted_at IS NULL ORDER BY position, created_at",
                (workshop_id,),
            )
        ]

    def member_ids(self, theme_id: str) -> list[str]:
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT id FROM notes WHERE theme_id = ? AND deleted_at IS NULL ORDER BY created_at",
                (theme_id,),
            ).fetchall()
        ]

    def create(
        self,
        workshop_id: str,
        focus_area_id: str,
        category_id: str,
        title: str,
        *,
        note_ids: Sequence[str] = (),
        summary: str = "",
        keywords: Iterable[str] = (),
        origin: str = FACILITATOR,
        theme_id: str | None = None,
        position: int | None = None,
    ) -> Theme:
        """Create a theme in one cell and put ``note_ids`` in it."""
        title = check_name(title, "theme")
        if origin not in (AUTO, FACILITATOR):
            raise ValidationError(f"Unknown theme origin {origin!r}.")
        theme_id = theme_id or new_id()
        stamp = now()
        if position is None:
            position = self._conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM themes WHERE workshop_id = ?"
                " AND focus_area_id = ? AND category_id = ?",
                (workshop_id, focus_area_id, category_id),
            ).fetchone()[0]
        with self._transaction():
            self._conn.execute(
                "INSERT INTO themes (id, workshop_id, focus_area_id, category_id, title, summary,"
                " origin, keywords, position, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    theme_id,
                    workshop_id,
                    focus_area_id,
                    category_id,
                    title,
                    summary or "",
                    origin,
                    dump_list(keywords),
                    position,
                    stamp,
                    stamp,
                ),
            )
            if note_ids:
                self._project.notes.set_theme(note_ids, theme_id)
            self._announce("theme", "added", (theme_id,), workshop_id)
        return self.get(theme_id)

    def update(self, theme_id: str, **fields: Any) -> Theme:
        """Rename or summarise a theme; an edited proposal becomes the facilitator's own."""
        theme = self.get(theme_id)
        values: dict[str, Any] = {"origin": FACILITATOR, "updated_at": now()}
        for key, value in fields.items():
            if key == "title":
                values["title"] = check_name(value, "theme")
            elif key == "summary":
                values["summary"] = value or ""
            elif key == "position":
                values["position"] = int(value)
            elif key == "origin":
                values["origin"] = value
            else:
                raise ValidationError(f"Unknown theme field: {key}.")
        with self._transaction():
            self._db["themes"].update(theme_id, values)
            self._announce("theme", "updated", (theme_id,), theme.workshop_id)
        return self.get(theme_id)

    def delete(self, theme_id: str) -> list[str]:
        """Dissolve a theme; its notes become loose. Returns their ids (for undo)."""
        theme = self.get(theme_id)
        members = self.member_ids(theme_id)
        with self._transaction():
            if members:
                self._project.notes.set_theme(members, None)
            self._db["themes"].update(theme_id, {"deleted_at": now()})
            self._announce("theme", "removed", (theme_id,), theme.workshop_id)
        return members

    def restore(self, theme_id: str, note_ids: Sequence[str] = ()) -> Theme:
        row = self._one("SELECT workshop_id FROM themes WHERE id = ?", (theme_id,), "theme")
        with self._transaction():
            self._db["themes"].update(theme_id, {"deleted_at": None})
            if note_ids:
                self._project.notes.set_theme(note_ids, theme_id)
            self._announce("theme", "added", (theme_id,), row["workshop_id"])
        return self.get(theme_id)

    def merge(self, target_id: str, source_ids: Sequence[str]) -> dict[str, list[str]]:
        """Move the notes of ``source_ids`` into ``target_id`` and dissolve the sources.

        Returns the sources' former members, for undo.
        """
        target = self.get(target_id)
        former: dict[str, list[str]] = {}
        with self._transaction():
            for source_id in source_ids:
                if source_id == target_id:
                    continue
                members = self.delete(source_id)
                former[source_id] = members
                if members:
                    self._project.notes.set_theme(members, target_id)
            self._db["themes"].update(target_id, {"origin": FACILITATOR, "updated_at": now()})
            self._announce("theme", "updated", (target_id,), target.workshop_id)
        return former

    # --- replacing proposals -----------------------------------------------------------------
    def snapshot(self, workshop_id: str, cells: Iterable[tuple[str, str]]) -> ThemeSnapshot:
        """Record the themes and memberships of ``cells`` (focus area id, category id)."""
        wanted = set(cells)
        themes = tuple(t for t in self.list(workshop_id) if (t.focus_area_id, t.category_id) in wanted)
        members = {t.id: tuple(self.member_ids(t.id)) for t in themes}
        loose = tuple(
            n.id
            for n in self._project.notes.list(workshop_id)
            if n.theme_id is None and (n.focus_area_id, n.category_id) in wanted
        )
        return ThemeSnapshot(themes, members, loose)

    def replace_proposals(
        self, workshop_id: str, proposals: Mapping[tuple[str, str], Sequence[ThemeDraft]]
    ) -> list[Theme]:
        """Replace the automatic themes of each given cell by new proposals.

        The facilitator's own themes are kept; a proposal may only take notes that are loose or
        in an automatic theme of the same cell.
        """
        created: list[Theme] = []
        with self._transaction():
            for (area_id, category_id), drafts in proposals.items():
                for theme in self.list(workshop_id):
                    if (theme.focus_area_id, theme.category_id, theme.origin) == (area_id, category_id, AUTO):
                        self._drop(theme)
                taken = self._notes_in_facilitator_themes(workshop_id, area_id, category_id)
                for draft in drafts:
                    members = [i for i in draft.note_ids if i not in taken]
                    if not members:
                        continue
                    created.append(
                        self.create(
                            workshop_id,
                            area_id,
                            category_id,
                            draft.title,
                            note_ids=members,
                            summary=draft.summary,
                            keywords=draft.keywords,
                            origin=AUTO,
                            theme_id=draft.theme_id,
                        )
                    )
        return created

    def restore_snapshot(self, workshop_id: str, snapshot: ThemeSnapshot, remove: Sequence[str]) -> None:
        """Undo a replacement: drop the themes in ``remove`` and bring back ``snapshot``."""
        with self._transaction():
            for theme_id in remove:
                rows = self._rows("SELECT * FROM themes WHERE id = ?", (theme_id,))
                if rows:
                    self._drop(theme_from_row(rows[0]))
            for theme in snapshot.themes:
                self._db["themes"].upsert(
                    {
                        "id": theme.id,
                        "workshop_id": theme.workshop_id,
                        "focus_area_id": theme.focus_area_id,
                        "category_id": theme.category_id,
                        "title": theme.title,
                        "summary": theme.summary,
                        "origin": theme.origin,
                        "keywords": dump_list(theme.keywords),
                        "position": theme.position,
                        "created_at": theme.created_at,
                        "updated_at": theme.updated_at,
                        "deleted_at": None,
                    },
                    pk="id",
                )
                if snapshot.members.get(theme.id):
                    self._project.notes.set_theme(snapshot.members[theme.id], theme.id)
            if snapshot.loose_note_ids:
                self._project.notes.set_theme(snapshot.loose_note_ids, None)
            self._announce("theme", "updated", [t.id for t in snapshot.themes], workshop_id)

    def _drop(self, theme: Theme) -> None:
        members = self.member_ids(theme.id)
        if members:
            self._project.notes.set_theme(members, None)
        self._conn.execute("DELETE FROM themes WHERE id = ?", (theme.id,))
        self._announce("theme", "removed", (theme.id,), theme.workshop_id)

    def _notes_in_facilitator_themes(self, workshop_id: str, area_id: str, category_id: str) -> set[str]:
        return {
            r[0]
            for r in self._conn.execute(
                "SELECT n.id FROM notes n JOIN themes t ON t.id = n.theme_id"
                " WHERE t.workshop_id = ? AND t.focus_area_id = ? AND t.category_id = ?"
                " AND t.origin = ? AND t.deleted_at IS NULL",
                (workshop_id, area_id, category_id, FACILITATOR),
            ).fetchall()
        }
