"""Domain objects and rules of the workshop board: no I/O, no Qt."""

from workshop_app.domain.model import (
    CATEGORY_KEYS,
    Category,
    FocusArea,
    Note,
    Theme,
    Workshop,
    WorkshopContent,
)
from workshop_app.domain.rules import MAX_NOTE_LENGTH, check_note_text
from workshop_app.domain.templates import CategorySpec, FocusAreaSpec, Template

__all__ = [
    "CATEGORY_KEYS",
    "Category",
    "CategorySpec",
    "FocusArea",
    "FocusAreaSpec",
    "MAX_NOTE_LENGTH",
    "Note",
    "Template",
    "Theme",
    "Workshop",
    "WorkshopContent",
    "check_note_text",
]
