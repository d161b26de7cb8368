"""The parts of the board scene that its layouts read and move, named once for both of them (the
normal board's flow and presentation mode's fit to the screen)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from workshop_app.domain.model import Category, FocusArea
    from workshop_app.gui.board.cell_items import AreaHeaderItem, CellItem
    from workshop_app.gui.board.metrics import BoardMetrics
    from workshop_app.gui.board.note_item import NoteItem
    from workshop_app.gui.board.style import BoardStyle
    from workshop_app.gui.board.theme_items import ThemeItem


class BoardParts(Protocol):
    """The focus areas and kinds of note, the items made for them, and the measures and colours
    they are drawn with (gui.board.scene.BoardScene is one; a protocol, because the scene imports
    the layouts that take it)."""

    areas: tuple[FocusArea, ...]
    categories: tuple[Category, ...]
    cells: dict[tuple[str, str], CellItem]
    headers: dict[str, AreaHeaderItem]
    items_by_id: dict[str, NoteItem]
    theme_items: dict[str, ThemeItem]
    metrics: BoardMetrics
    style: BoardStyle
