"""Colours of the board, normal and high contrast; icon pixmaps cached per size."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QPixmap

from workshop_app.gui.icons import icon

HIDDEN_ICON = "mdi6.eye-off-outline"


@dataclass(frozen=True)
class BoardStyle:
    background: QColor
    text: QColor
    header_text: QColor
    card_text: QColor
    card_border: QColor
    card_border_width: float
    selection: QColor
    focus: QColor
    cell_alpha: int
    hidden_card: QColor
    dimmed_opacity: float
    match: QColor
    fresh: QColor
    """The ring around a note just posted (presentation mode)."""

    @classmethod
    def normal(cls) -> "BoardStyle":
        return cls(
            background=QColor("#f4f1ea"),
            text=QColor("#202020"),
            header_text=QColor("#111111"),
            card_text=QColor("#111111"),
            card_border=QColor(0, 0, 0, 70),
            card_border_width=1.0,
            selection=QColor("#1565c0"),
            focus=QColor("#0d47a1"),
            cell_alpha=70,
            hidden_card=QColor("#90a4ae"),
            dimmed_opacity=0.22,
            match=QColor("#e65100"),
            fresh=QColor("#d50000"),
        )

    @classmethod
    def high_contrast(cls) -> "BoardStyle":
        return cls(
            background=QColor("#000000"),
            text=QColor("#ffffff"),
            header_text=QColor("#ffffff"),
            card_text=QColor("#000000"),
            card_border=QColor("#ffffff"),
            card_border_width=2.5,
            selection=QColor("#00e5ff"),
            focus=QColor("#ffea00"),
            cell_alpha=0,
            hidden_card=QColor("#b0bec5"),
            dimmed_opacity=0.3,
            match=QColor("#ffea00"),
            fresh=QColor("#ff6d00"),
        )


@lru_cache(maxsize=128)
def icon_pixmap(name: str, size: int, colour: str = "#202020") -> QPixmap:
    """A pixmap of qtawesome icon ``name``; rendered once per (name, size, colour)."""
    return icon(name, colour).pixmap(size, size)
