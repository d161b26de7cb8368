"""Rules for values a user types."""

from __future__ import annotations

from workshop_app.domain.errors import ValidationError

MAX_NOTE_LENGTH = 20_000
"""Longest note text accepted; far above what fits on a sticky note, low enough to stay usable."""


def check_note_text(text: str) -> str:
    """Return ``text`` unchanged if it may be stored as a note, else raise ValidationError.

    Notes are kept exactly as typed (markup, control characters, emoji, right-to-left text);
    only texts with nothing visible in them, and absurdly long ones, are refused.
    """
    if not isinstance(text, str):
        raise ValidationError("A note's text must be text.")
    if not text.strip():
        raise ValidationError("A note cannot be empty.")
    if len(text) > MAX_NOTE_LENGTH:
        raise ValidationError(f"A note can be at most {MAX_NOTE_LENGTH:,} characters long; this one has {len(text):,}.")
    return text


def check_name(text: str, what: str) -> str:
    """Return a stripped name (of a focus area, a theme, a workshop), refusing an empty one."""
    name = (text or "").strip()
    if not name:
        raise ValidationError(f"The {what} needs a name.")
    return name
