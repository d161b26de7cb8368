"""What a drop on the board means: cards or theme headers let go somewhere become one intent.

The scene tracks the drag and hands the items it moved to these functions; they read where the
items landed and say what the facilitator meant: a move to another cell or place (``moves``), a
new theme, joining or leaving a theme (:class:`GroupDrop`), a merge of themes (:class:`MergeDrop`)
or another order of a cell's themes (:class:`ReorderDrop`). The window turns each intent into one
undoable command; the scene puts back what did not move.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from workshop_app.domain.model import Placement, Theme
from workshop_app.gui.board.cell_items import CellItem
from workshop_app.gui.board.note_item import NoteItem
from workshop_app.gui.board.theme_items import ThemeItem

Cell = tuple[str, str]
Moves = dict[str, tuple[Placement, Placement]]
"""{note id: (where it was, where it goes)}: what the MoveNotes command takes."""


@dataclass(frozen=True)
class GroupDrop:
    """Cards dropped within their own cell: on a card ("new" theme), a theme ("join") or the loose area."""

    kind: str  # "new" | "join" | "ungroup"
    note_ids: tuple[str, ...]
    cell: Cell
    target_note_id: str | None = None
    theme_id: str | None = None


@dataclass(frozen=True)
class MergeDrop:
    """A theme header dropped on another theme of the same cell."""

    target_id: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class ReorderDrop:
    """A theme header dragged to another place among its cell's themes."""

    cell: Cell
    order: tuple[str, ...]


class DropBoard(Protocol):
    """What the drop functions read of the board scene (gui.board.scene.BoardScene is one)."""

    themes: dict[str, Theme]
    items_by_id: dict[str, NoteItem]
    theme_items: dict[str, ThemeItem]

    def cell_at(self, point: QPointF) -> CellItem | None: ...

    def items(self, point: QPointF) -> list[QGraphicsItem]: ...


def drop_target(board: DropBoard, point: QPointF, exclude) -> NoteItem | ThemeItem | None:
    """The card or theme under ``point``, not counting the dragged items ``exclude``."""
    for item in board.items(point):
        if item in exclude:
            continue
        if isinstance(item, (NoteItem, ThemeItem)):
            return item
    return None


def theme_at(board: DropBoard, point: QPointF, exclude) -> Theme | None:
    """The theme under ``point``: its frame, or a card in it."""
    target = drop_target(board, point, exclude)
    if isinstance(target, ThemeItem):
        return board.themes.get(target.theme_id)
    if isinstance(target, NoteItem) and target.note.theme_id:
        return board.themes.get(target.note.theme_id)
    return None


def card_moves(board: DropBoard, moved: list[NoteItem], point: QPointF) -> tuple[Moves, set[CellItem]]:
    """Cards let go at ``point`` on the normal board: each to its new place in its own cell, or
    loose into another cell (into the theme it was dropped on, when that is the other cell's).
    Returns the moves and the cells whose cards go back (dropped outside, or not moved)."""
    moves: Moves = {}
    snap_back: set[CellItem] = set()
    theme = theme_at(board, point, set(moved))
    for item in moved:
        old_cell: CellItem = item.parentItem()
        old = Placement.of(item.note)
        target = board.cell_at(item.sceneBoundingRect().center())
        if target is None:
            snap_back.add(old_cell)
            continue
        if target is old_cell:
            pos = item.pos()
            new = Placement(old.area_id, old.category_id, round(pos.x(), 1), round(pos.y(), 1), old.theme_id)
        else:
            # dropped on a theme of the other cell: into that theme, in the same step
            theme_id = (
                theme.id
                if theme is not None
                and (theme.focus_area_id, theme.category_id) == (target.area.id, target.category.id)
                else None
            )
            new = Placement(target.area.id, target.category.id, None, None, theme_id)
        if new != old:
            moves[item.note_id] = (old, new)
        else:
            snap_back.add(old_cell)
    return moves, snap_back


def grouping_drop(board: DropBoard, moved: list[NoteItem], point: QPointF) -> tuple[CellItem, GroupDrop | None] | None:
    """Cards dropped in their own cell group or ungroup: returns the cell and the intent (None:
    nothing to do, the cards go back). None for other drops (a move, see :func:`card_moves`)."""
    cell = board.cell_at(point)
    if cell is None or any(i.parentItem() is not cell for i in moved):
        return None
    target = drop_target(board, point, set(moved))
    key = (cell.area.id, cell.category.id)
    ids = tuple(
        i.note_id for i in sorted(moved, key=lambda i: cell.order.index(i.note_id) if i.note_id in cell.order else 0)
    )
    drop = None
    if isinstance(target, NoteItem) and target.parentItem() is cell:
        theme_id = target.note.theme_id if target.note.theme_id in board.themes else None
        if theme_id:
            drop = GroupDrop("join", ids, key, target.note_id, theme_id)
        else:
            drop = GroupDrop("new", ids, key, target.note_id)
    elif isinstance(target, ThemeItem) and target.parentItem() is cell:
        drop = GroupDrop("join", ids, key, None, target.theme_id)
    elif cell.theme_ids:
        grouped = tuple(i for i in ids if board.items_by_id[i].note.theme_id)
        if grouped:
            drop = GroupDrop("ungroup", grouped, key)
    else:
        return None  # a cell without themes: the card keeps its own place (a move)
    return cell, drop


def theme_drop(board: DropBoard, started: dict[ThemeItem, QPointF], point: QPointF) -> MergeDrop | ReorderDrop | None:
    """Theme headers let go at ``point`` (``started``: where each drag began): on another theme
    of their cell a merge, elsewhere in their cell another order; None when nothing changes."""
    moved = [i for i, p in started.items() if i.scene() is not None and i.pos() != p]
    if not moved:
        return None
    cell = moved[0].parentItem()
    target = next((i for i in board.items(point) if isinstance(i, ThemeItem) and i not in started), None)
    if target is not None and all(i.parentItem() is target.parentItem() for i in moved):
        return MergeDrop(target.theme_id, tuple(i.theme_id for i in moved))
    if len(moved) == 1 and board.cell_at(point) is cell:
        item = moved[0]
        others = [board.theme_items[t] for t in cell.theme_ids if t != item.theme_id]
        index = sum(1 for o in others if o.pos().y() < item.pos().y())
        order = [o.theme_id for o in others]
        order.insert(index, item.theme_id)
        if order != cell.theme_ids:
            return ReorderDrop((cell.area.id, cell.category.id), tuple(order))
    return None


def room_moves(board: DropBoard, moved: list[NoteItem]) -> Moves:
    """Presentation mode: a card dropped in another cell moves there (loose); anything else goes
    back (the room's cards keep the fitted order: no free places, no grouping)."""
    moves: Moves = {}
    for item in moved:
        old_cell = item.parentItem()
        target = board.cell_at(item.sceneBoundingRect().center())
        if target is not None and target is not old_cell:
            old = Placement.of(item.note)
            moves[item.note_id] = (old, Placement(target.area.id, target.category.id, None, None, None))
    return moves
