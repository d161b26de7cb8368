"""Triage: the loose notes of a workshop one at a time, each with the themes of its cell it fits best.

The facilitator decides each note (a theme, a new theme, or skip); the suggestions for the next note
are read from the project as it is then, so every decision teaches the next suggestion. This module
keeps the queue and ranks; the GUI (workshop_app.gui.triage) makes each decision one undoable step.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.domain.model import Note, WorkshopContent
from workshop_app.storage.project import Project

#: How many themes are offered per note (keys 1-3).
SHOWN = 3


@dataclass(frozen=True)
class Suggestion:
    """A theme offered for the current note: its id, title, fit (0..1), the words that tie them, how
    many notes the theme has, and what the note shares with it (``Fit.shared``: compared with
    ``DEFAULT_MIN_SIMILARITY``)."""

    theme_id: str
    title: str
    score: float
    words: tuple[str, ...]
    size: int = 0
    shared: float = 0.0


class TriageQueue:
    """The loose notes of one workshop in board order (focus areas, then kinds, then the cell's order),
    hidden notes left out; a position in that list, and the decisions made so far."""

    def __init__(self, project: Project, workshop_id: str):
        self.project = project
        self.workshop_id = workshop_id
        self.content: WorkshopContent = project.workshops.content(workshop_id)
        self.note_ids: list[str] = [
            note.id
            for area in self.content.focus_areas
            for category in self.content.categories
            for note in self.content.notes_in(area.id, category.id)
            if note.theme_id is None and not note.hidden
        ]
        self.position = 0

    @property
    def total(self) -> int:
        return len(self.note_ids)

    @property
    def left(self) -> int:
        """Notes not yet decided (the current one included)."""
        return self.total - self.position

    @property
    def done(self) -> bool:
        return self.position >= self.total

    def reload(self) -> None:
        """Read the workshop again after an edit: the next suggestions learn from it."""
        self.content = self.project.workshops.content(self.workshop_id)

    def current(self) -> Note | None:
        """The note to decide now; notes that left the board (deleted) are passed over."""
        notes = {n.id: n for n in self.content.notes}
        while not self.done and self.note_ids[self.position] not in notes:
            del self.note_ids[self.position]
        return notes[self.note_ids[self.position]] if not self.done else None

    def advance(self) -> None:
        self.position = min(self.total, self.position + 1)

    def back(self) -> None:
        self.position = max(0, self.position - 1)

    def cell_label(self, note: Note) -> tuple[str, str]:
        """(focus area name, kind of note name) of a note."""
        return self.content.focus_area(note.focus_area_id).name, self.content.category(note.category_id).name

    def suggestions(self, note: Note, count: int = SHOWN) -> list[Suggestion]:
        """The ``count`` themes of the note's cell it fits best, best first, with the words that tie."""
        from workshop_app.theming.placement import cell_sorter

        themes = {t.id: t for t in self.content.themes_in(note.focus_area_id, note.category_id)}
        if not themes:
            return []
        sorter = cell_sorter(self.content, note.focus_area_id, note.category_id)
        ranked = sorter.rank(note.text)[:count]
        sizes = {theme.theme_id: len(theme.members) for theme in sorter.themes}
        return [
            Suggestion(fit.theme_id, themes[fit.theme_id].title, fit.score, fit.words, sizes[fit.theme_id], fit.shared)
            for fit in ranked
        ]
