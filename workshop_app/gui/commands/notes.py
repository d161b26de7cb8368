"""Undoable edits of notes: post, edit, move, colour, delete, restore, reveal."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.model import Note, Placement
from workshop_app.gui.commands.base import Command

EDIT_TEXT_ID = 1001


class AddNote(Command):
    """Post a note. Undo deletes it (softly); redo restores the same note."""

    def __init__(self, project, workshop_id: str, area_id: str, category_id: str, text: str, *, group_name: str = ""):
        super().__init__(project, QCoreApplication.translate("Commands", "Add note"))
        self.workshop_id = workshop_id
        self.area_id = area_id
        self.category_id = category_id
        self.text_value = text
        self.group_name = group_name
        self.note: Note | None = None

    def apply(self) -> None:
        if self.note is None:
            self.note = self.project.notes.add(
                self.workshop_id,
                self.area_id,
                self.category_id,
                self.text_value,
                group_name=self.group_name,
            )
        else:
            self.project.notes.restore([self.note.id])

    def revert(self) -> None:
        self.project.notes.delete([self.note.id])


class ReceivedNote(AddNote):
    """A note a phone posted (already stored): undo deletes it, redo brings it back."""

    def __init__(self, project, note: Note):
        super().__init__(
            project, note.workshop_id, note.focus_area_id, note.category_id, note.text, group_name=note.group_name
        )
        self.setText(QCoreApplication.translate("Commands", "Note from a phone"))
        self.note = note


class EditNoteText(Command):
    """Change a note's text; consecutive edits of the same note merge into one step."""

    def __init__(self, project, note_id: str, old: str, new: str):
        super().__init__(project, QCoreApplication.translate("Commands", "Edit note"))
        self.note_id = note_id
        self.old = old
        self.new = new

    def id(self) -> int:
        return EDIT_TEXT_ID

    def mergeWith(self, other) -> bool:
        if not isinstance(other, EditNoteText) or other.note_id != self.note_id:
            return False
        self.new = other.new
        return True

    def apply(self) -> None:
        self.project.notes.edit_text(self.note_id, self.new)

    def revert(self) -> None:
        self.project.notes.edit_text(self.note_id, self.old)


class MoveNotes(Command):
    """Move notes to another cell or position (drag and drop, or the Move menu).

    Moving a note out of its cell takes it out of its theme; undo puts it back in. A new placement
    with a theme (a card dropped on a theme of another cell) moves the note into that theme too.
    """

    def __init__(self, project, moves: dict[str, tuple[Placement, Placement]]):
        n = len(moves)
        into_theme = any(new.theme_id and new.theme_id != old.theme_id for old, new in moves.values())
        if into_theme:
            text = QCoreApplication.translate("Commands", "Move %n note(s) into the theme", None, n)
        else:
            text = (
                QCoreApplication.translate("Commands", "Move note")
                if n == 1
                else QCoreApplication.translate("Commands", "Move %n notes", None, n)
            )
        super().__init__(project, text)
        self.moves = moves

    def _place(self, note_id: str, where: Placement, *, with_theme: bool) -> None:
        notes = self.project.notes
        current = notes.get(note_id)
        if (current.focus_area_id, current.category_id) != (where.area_id, where.category_id):
            notes.move(note_id, where.area_id, where.category_id)
        if (current.x, current.y) != (where.x, where.y):
            notes.set_position(note_id, where.x, where.y)
        if with_theme and notes.get(note_id).theme_id != where.theme_id:
            # into a theme, or out of one within the same cell (undo of a move into a theme)
            notes.set_theme([note_id], where.theme_id)

    def apply(self) -> None:
        for note_id, (_old, new) in self.moves.items():
            self._place(note_id, new, with_theme=True)

    def revert(self) -> None:
        for note_id, (old, _new) in self.moves.items():
            self._place(note_id, old, with_theme=True)


class SetColour(Command):
    def __init__(self, project, notes: Sequence[Note], colour: str):
        super().__init__(project, QCoreApplication.translate("Commands", "Change colour"))
        self.old = {n.id: n.colour for n in notes}
        self.colour = colour

    def apply(self) -> None:
        self.project.notes.set_colour(list(self.old), self.colour)

    def revert(self) -> None:
        by_colour: dict[str, list[str]] = {}
        for note_id, colour in self.old.items():
            by_colour.setdefault(colour, []).append(note_id)
        for colour, ids in by_colour.items():
            self.project.notes.set_colour(ids, colour)


class DeleteNotes(Command):
    def __init__(self, project, note_ids: Sequence[str]):
        n = len(note_ids)
        super().__init__(
            project,
            QCoreApplication.translate("Commands", "Delete note")
            if n == 1
            else QCoreApplication.translate("Commands", "Delete %n notes", None, n),
        )
        self.note_ids = list(note_ids)

    def apply(self) -> None:
        self.project.notes.delete(self.note_ids)

    def revert(self) -> None:
        self.project.notes.restore(self.note_ids)


class RestoreNotes(Command):
    def __init__(self, project, note_ids: Sequence[str]):
        n = len(note_ids)
        super().__init__(
            project,
            QCoreApplication.translate("Commands", "Restore note")
            if n == 1
            else QCoreApplication.translate("Commands", "Restore %n notes", None, n),
        )
        self.note_ids = list(note_ids)

    def apply(self) -> None:
        self.project.notes.restore(self.note_ids)

    def revert(self) -> None:
        self.project.notes.delete(self.note_ids)


class RevealNotes(Command):
    """Turn every face-down note face up ("Show all notes"); undo turns the same ones down again."""

    def __init__(self, project, workshop_id: str):
        super().__init__(project, QCoreApplication.translate("Commands", "Show all notes"))
        self.workshop_id = workshop_id
        self.revealed: list[str] = []

    def apply(self) -> None:
        self.revealed = self.project.notes.reveal(self.workshop_id)

    def revert(self) -> None:
        if self.revealed:
            self.project.notes.hide(self.revealed)
