"""The things a workshop is made of, as plain immutable values.

Storage returns these; the GUI adapts them (a note card holds a note's id and redraws from a
fresh ``Note`` when told it changed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

CATEGORY_KEYS = ("possibility", "obstacle", "support")
"""Stable keys of the three kinds of note; their names (möjlighet, hinder, behov av stöd) are data."""


@dataclass(frozen=True, slots=True)
class FocusArea:
    id: str
    workshop_id: str
    name: str
    description: str = ""
    colour: str = "#9e9e9e"
    position: int = 0


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    workshop_id: str
    key: str
    name: str
    colour: str = "#fff59d"
    icon: str = ""
    position: int = 0


METADATA_FIELDS = (
    "title",
    "date",
    "place",
    "organisations",
    "facilitator",
    "purpose",
    "participants",
    "language",
    "hidden_round",
)
"""The workshop's fields a facilitator edits (the properties dialog, an import)."""


@dataclass(frozen=True, slots=True)
class Workshop:
    id: str
    title: str
    date: str = ""
    place: str = ""
    organisations: tuple[str, ...] = ()
    facilitator: str = ""
    purpose: str = ""
    participants: int | None = None
    language: str = "sv"
    template_name: str = ""
    hidden_round: bool = False
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Note:
    id: str
    workshop_id: str
    focus_area_id: str
    category_id: str
    text: str
    group_name: str = ""
    author: str = ""
    colour: str = ""
    x: float | None = None
    y: float | None = None
    theme_id: str | None = None
    hidden: bool = False
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    workshop_id: str
    focus_area_id: str
    category_id: str
    title: str
    summary: str = ""
    origin: str = "facilitator"
    keywords: tuple[str, ...] = ()
    position: int = 0
    created_at: str = ""
    updated_at: str = ""


AUTO = "auto"
"""A theme's origin when clustering proposed it (a new proposal replaces it)."""
FACILITATOR = "facilitator"
"""A theme's origin when the facilitator made or changed it (proposals keep it)."""


@dataclass(frozen=True)
class ThemeDraft:
    """A theme to create: what clustering proposes or an import brings."""

    title: str
    note_ids: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    summary: str = ""
    theme_id: str | None = None  # fixed in advance so that redo recreates the same theme


@dataclass(frozen=True)
class ThemeSnapshot:
    """Themes and memberships of some cells, so that a replacement can be undone exactly."""

    themes: tuple[Theme, ...]
    members: Mapping[str, tuple[str, ...]]
    loose_note_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WorkshopContent:
    """One workshop with everything in it, as read in one go for the board or the report."""

    workshop: Workshop
    focus_areas: tuple[FocusArea, ...]
    categories: tuple[Category, ...]
    notes: tuple[Note, ...]
    themes: tuple[Theme, ...]
    conclusions: dict[str, str] = field(default_factory=dict)

    def focus_area(self, focus_area_id: str) -> FocusArea:
        return next(a for a in self.focus_areas if a.id == focus_area_id)

    def category(self, category_id: str) -> Category:
        return next(c for c in self.categories if c.id == category_id)

    def notes_in(self, focus_area_id: str, category_id: str) -> list[Note]:
        return [n for n in self.notes if n.focus_area_id == focus_area_id and n.category_id == category_id]

    def themes_in(self, focus_area_id: str, category_id: str) -> list[Theme]:
        return [t for t in self.themes if t.focus_area_id == focus_area_id and t.category_id == category_id]


@dataclass(frozen=True)
class Placement:
    """Where a note is: its cell, its own position in the cell (None: laid out) and its theme."""

    area_id: str
    category_id: str
    x: float | None = None
    y: float | None = None
    theme_id: str | None = None

    @classmethod
    def of(cls, note: Note) -> "Placement":
        return cls(note.focus_area_id, note.category_id, note.x, note.y, note.theme_id)
