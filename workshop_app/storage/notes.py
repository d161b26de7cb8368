"""Notes: add, edit, move, colour, group, soft-delete and restore."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from workshop_app.domain.errors import NotFoundError, ValidationError
from workshop_app.domain.ids import new_id, now
from workshop_app.domain.model import Note
from workshop_app.domain.rules import check_note_text
from workshop_app.storage.store import Store, chunks, marks

_COLUMNS = (
    "id, workshop_id, focus_area_id, category_id, text, group_name, author, colour, x, y,"
    " theme_id, hidden, created_at, updated_at, deleted_at"
)


def note_from_row(row: Sequence[Any]) -> Note:
    return Note(
        id=row[0],
        workshop_id=row[1],
        focus_area_id=row[2],
        category_id=row[3],
        text=row[4],
        group_name=row[5] or "",
        author=row[6] or "",
        colour=row[7] or "",
        x=row[8],
        y=row[9],
        theme_id=row[10],
        hidden=bool(row[11]),
        created_at=row[12],
        updated_at=row[13] or row[12],
        deleted_at=row[14],
    )


class NoteStore(Store):
    def add(
        self,
        workshop_id: str,
        focus_area_id: str,
        category_id: str,
        text: str,
        *,
        group_name: str = "",
        author: str = "",
        colour: str = "",
        hidden: bool | None = None,
        note_id: str | None = None,
        request_id: str | None = None,
    ) -> Note:
        """Post one note; it is on disk when this returns.

        Args:
            hidden: face down until revealed; None follows the workshop's hidden round.
            note_id: given by undo/redo so that the same note comes back.
            request_id: the id a phone made for this post (see :meth:`find_request`); unique
                within the workshop.
        """
        check_note_text(text)
        self._check_cell(workshop_id, focus_area_id, category_id)
        if hidden is None:
            row = self._conn.execute("SELECT hidden_round FROM workshops WHERE id = ?", (workshop_id,)).fetchone()
            hidden = bool(row and row[0])
        note_id = note_id or new_id()
        stamp = now()
        with self._transaction():
            self._conn.execute(
                "INSERT INTO notes (id, workshop_id, focus_area_id, category_id, text, group_name,"
                " author, colour, hidden, created_at, updated_at, request_id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    note_id,
                    workshop_id,
                    focus_area_id,
                    category_id,
                    text,
                    group_name or "",
                    author or "",
                    colour or "",
                    int(hidden),
                    stamp,
                    stamp,
                    request_id,
                ),
            )
            self._announce("note", "added", (note_id,), workshop_id)
        return self.get(note_id)

    def find_request(self, workshop_id: str, request_id: str) -> str | None:
        """The id of the note posted with ``request_id`` in the workshop, deleted or not, if any.

        A phone sends a note again until it hears that it was stored; this tells a repeat from a
        new note, also after the server was restarted.
        """
        row = self._conn.execute(
            "SELECT id FROM notes WHERE workshop_id = ? AND request_id = ?", (workshop_id, request_id)
        ).fetchone()
        return row[0] if row else None

    def insert_many(self, notes: Iterable[Note]) -> int:
        """Insert complete notes (ids and times included) for import; existing ids are skipped.

        Runs inside the caller's transaction, so an import is all or nothing.
        """
        rows = [
            (
                n.id,
                n.workshop_id,
                n.focus_area_id,
                n.category_id,
                check_note_text(n.text),
                n.group_name,
                n.author,
                n.colour,
                n.x,
                n.y,
                n.theme_id,
                int(n.hidden),
                n.created_at or now(),
                n.updated_at or n.created_at or now(),
                n.deleted_at,
            )
            for n in notes
        ]
        with self._transaction():
            cursor = self._conn.executemany(
                f"INSERT OR IGNORE INTO notes ({_COLUMNS}) VALUES ({','.join('?' * 15)})", rows
            )
            if rows:
                self._announce("note", "added", (r[0] for r in rows), rows[0][1])
        return cursor.rowcount

    def get(self, note_id: str) -> Note:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchone()
        if row is None:
            raise NotFoundError("The note does not exist any more.")
        return note_from_row(row)

    def list(self, workshop_id: str, *, include_deleted: bool = False) -> list[Note]:
        """The workshop's notes in the order they were posted."""
        where = "" if include_deleted else " AND deleted_at IS NULL"
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM notes WHERE workshop_id = ?{where} ORDER BY created_at, rowid",
            (workshop_id,),
        ).fetchall()
        return [note_from_row(r) for r in rows]

    def count(self, workshop_id: str) -> int:
        return self._conn.execute(
            "SELECT count(*) FROM notes WHERE workshop_id = ? AND deleted_at IS NULL", (workshop_id,)
        ).fetchone()[0]

    def edit_text(self, note_id: str, text: str) -> Note:
        check_note_text(text)
        return self._update((note_id,), {"text": text})[0]

    def move(self, note_id: str, focus_area_id: str, category_id: str) -> Note:
        """Move a note to another cell; it leaves its theme, which belongs to the old cell."""
        note = self.get(note_id)
        self._check_cell(note.workshop_id, focus_area_id, category_id)
        changes: dict[str, Any] = {"focus_area_id": focus_area_id, "category_id": category_id}
        if (focus_area_id, category_id) != (note.focus_area_id, note.category_id):
            changes["theme_id"] = None
        return self._update((note_id,), changes)[0]

    def set_position(self, note_id: str, x: float | None, y: float | None) -> Note:
        return self._update((note_id,), {"x": x, "y": y})[0]

    def set_colour(self, note_ids: Sequence[str], colour: str) -> list[Note]:
        return self._update(note_ids, {"colour": colour or ""})

    def set_group(self, note_ids: Sequence[str], group_name: str) -> list[Note]:
        return self._update(note_ids, {"group_name": (group_name or "").strip()})

    def set_theme(self, note_ids: Sequence[str], theme_id: str | None) -> list[Note]:
        """Put notes in a theme of their own cell, or make them loose (None)."""
        notes = self._get_many(note_ids)
        if theme_id is not None:
            theme = self._project.themes.get(theme_id)
            for note in notes:
                if (note.focus_area_id, note.category_id) != (theme.focus_area_id, theme.category_id):
                    raise ValidationError("A note can only join a theme in its own focus area and category.")
        return self._update(note_ids, {"theme_id": theme_id}, notes=notes)

    def delete(self, note_ids: Sequence[str]) -> list[Note]:
        """Soft delete: the notes disappear from the board and can be restored."""
        return self._update(note_ids, {"deleted_at": now()}, action="removed")

    def restore(self, note_ids: Sequence[str]) -> list[Note]:
        return self._update(note_ids, {"deleted_at": None}, action="added")

    def deleted(self, workshop_id: str) -> list[Note]:
        return [n for n in self.list(workshop_id, include_deleted=True) if n.deleted_at]

    def reveal(self, workshop_id: str) -> list[str]:
        """Turn every face-down note of the workshop face up; returns the ids turned."""
        ids = [
            r[0]
            for r in self._conn.execute(
                "SELECT id FROM notes WHERE workshop_id = ? AND hidden = 1", (workshop_id,)
            ).fetchall()
        ]
        if ids:
            self._update(ids, {"hidden": 0})
        return ids

    def hide(self, note_ids: Sequence[str]) -> list[Note]:
        return self._update(note_ids, {"hidden": 1})

    # --- helpers ---------------------------------------------------------------------------
    def _get_many(self, note_ids: Sequence[str]) -> list[Note]:
        """The notes with ``note_ids``, in that order, read in a few queries (not one per note)."""
        found: dict[str, Note] = {}
        ids = list(dict.fromkeys(note_ids))
        for chunk in chunks(ids):
            rows = self._conn.execute(f"SELECT {_COLUMNS} FROM notes WHERE id IN ({marks(chunk)})", chunk).fetchall()
            found.update((row[0], note_from_row(row)) for row in rows)
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFoundError("The note does not exist any more.")
        return [found[i] for i in note_ids]

    def _update(
        self,
        note_ids: Sequence[str],
        values: dict[str, Any],
        action: str = "updated",
        *,
        notes: list[Note] | None = None,
    ) -> list[Note]:
        """Set the same ``values`` (column -> value) on every note; returns the updated notes.

        Args:
            notes: the notes as already read by the caller, to save reading them again.
        """
        if notes is None:
            notes = self._get_many(note_ids)
        if not notes:
            return []
        ids = list(dict.fromkeys(n.id for n in notes))
        assignments = ", ".join(f"{column} = ?" for column in values)
        stamp = now()
        with self._transaction():
            for chunk in chunks(ids):
                self._conn.execute(
                    f"UPDATE notes SET {assignments}, updated_at = ? WHERE id IN ({marks(chunk)})",
                    (*values.values(), stamp, *chunk),
                )
            self._announce("note", action, ids, notes[0].workshop_id)
        fields = {column: bool(v) if column == "hidden" else v for column, v in values.items()}
        return [replace(note, **fields, updated_at=stamp) for note in notes]

    def _check_cell(self, workshop_id: str, focus_area_id: str, category_id: str) -> None:
        row = self._conn.execute(
            "SELECT (SELECT count(*) FROM focus_areas WHERE id = ? AND workshop_id = ?),"
            " (SELECT count(*) FROM categories WHERE id = ? AND workshop_id = ?)",
            (focus_area_id, workshop_id, category_id, workshop_id),
        ).fetchone()
        if not row[0]:
            raise ValidationError("That focus area does not belong to this workshop.")
        if not row[1]:
            raise ValidationError("That category does not belong to this workshop.")
