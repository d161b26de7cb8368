"""The normal, scrolling board: columns fitted to the view's width, cards flowing in their cells.

The arithmetic (sizes in, positions out) is :mod:`workshop_app.domain.board_layout`; this module
asks it for the plan and moves the scene's items there, the way :mod:`.room` does for
presentation mode. :class:`FlowState` keeps the last plan, which says what lies under a point.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, QRectF

from workshop_app.domain import board_layout
from workshop_app.gui.board.board_parts import BoardParts
from workshop_app.gui.board.cell_items import CellItem

if TYPE_CHECKING:
    from workshop_app.gui.board.note_item import NoteItem


@dataclass
class FlowState:
    """The width the columns fit and the last plan (None before the first layout)."""

    available_width: float
    spacing: board_layout.Spacing | None = None
    columns: board_layout.Columns | None = None
    rows: board_layout.Rows | None = None


class FlowBoard(BoardParts, Protocol):
    """What the flow layout reads and moves of the board scene (gui.board.scene.BoardScene is
    one; a protocol, because the scene imports this module)."""

    flow: FlowState

    def setSceneRect(self, rect: QRectF) -> None: ...


def apply_flow(scene: FlowBoard) -> None:
    """Fit the columns to the available width and place every header, cell and card."""
    m, state = scene.metrics, scene.flow
    state.spacing = m.spacing()
    state.columns = columns = board_layout.fit_columns(state.available_width, len(scene.areas), state.spacing)
    top = board_layout.header_top(state.spacing)
    for index, area in enumerate(scene.areas):
        header = scene.headers[area.id]
        header.set_geometry(columns.width, m, scene.style)
        header.setPos(columns.xs[index], top)
    for cell in scene.cells.values():
        place_cell(scene, cell)
    place_rows(scene)


def place_cell(scene: FlowBoard, cell: CellItem) -> float:
    """Place the cell's cards; returns the height its content needs."""
    if cell.theme_ids:
        return _place_themed_cell(scene, cell)
    state = scene.flow
    cell.order = cell.note_ids
    cell.loose_top, cell.loose_count = None, 0
    items = [scene.items_by_id[note_id] for note_id in cell.note_ids]
    positions, bottom = board_layout.free_cell([(i.note.x, i.note.y) for i in items], state.columns, state.spacing)
    for item, (x, y) in zip(items, positions):
        item.set_width(state.columns.card_width)
        item.setPos(x, y)
    cell.content_height = bottom
    return bottom


def _place_themed_cell(scene: FlowBoard, cell: CellItem) -> float:
    """A cell with themes: each theme's frame with its cards, in order, then the loose cards."""
    state = scene.flow
    members: dict[str, list[NoteItem]] = {tid: [] for tid in cell.theme_ids}
    loose: list[NoteItem] = []
    for note_id in cell.note_ids:
        item = scene.items_by_id[note_id]
        item.set_width(state.columns.card_width)
        group = members.get(item.note.theme_id)
        (group if group is not None else loose).append(item)
    _x, frame_w = board_layout.theme_frame(state.columns, state.spacing)
    theme_items = [scene.theme_items[theme_id] for theme_id in cell.theme_ids]
    for theme_item in theme_items:
        theme_item.set_width(frame_w)  # first: the header's height follows the width
    plan = board_layout.themed_cell(
        [(len(members[t.theme_id]), t.header_height()) for t in theme_items], len(loose), state.columns, state.spacing
    )
    order: list[str] = []
    for theme_item, frame, positions in zip(theme_items, plan.frames, plan.cards):
        items = members[theme_item.theme_id]
        theme_item.setPos(frame.x, frame.y)
        theme_item.set_size(frame.width, frame.height)
        theme_item.set_count(len(items))
        for item, (x, y) in zip(items, positions):
            item.setPos(x, y)
        order.extend(i.note_id for i in items)
    for item, (x, y) in zip(loose, plan.loose):
        item.setPos(x, y)
    order.extend(i.note_id for i in loose)
    cell.order = order
    cell.loose_top = plan.loose_top
    cell.loose_count = len(loose)
    cell.content_height = plan.height
    return plan.height


def place_rows(scene: FlowBoard) -> None:
    """Rows as high as their fullest cell; the scene's rectangle and the headers' counts follow."""
    state = scene.flow
    columns = state.columns
    state.rows = board_rows = board_layout.rows(
        [[scene.cells[(a.id, c.id)].content_height for a in scene.areas] for c in scene.categories],
        columns,
        state.spacing,
    )
    for category, top, height in zip(scene.categories, board_rows.ys, board_rows.heights):
        spare = board_layout.growing_room(height, state.spacing)
        for index, area in enumerate(scene.areas):
            cell = scene.cells[(area.id, category.id)]
            cell.set_size(columns.width, height, spare=spare)
            cell.setPos(columns.xs[index], top)
    scene.setSceneRect(QRectF(0, 0, board_rows.width, board_rows.height))
    for area in scene.areas:
        header = scene.headers[area.id]
        header.count = sum(len(scene.cells[(area.id, c.id)].note_ids) for c in scene.categories)
        header.update()


def flow_cell_at(scene: FlowBoard, point: QPointF) -> CellItem | None:
    """The cell under ``point`` (the gaps between cells count to their neighbours)."""
    state = scene.flow
    if state.rows is None:
        return None
    found = board_layout.grid_cell_at(point.x(), point.y(), state.columns, state.rows, state.spacing)
    if found is None:
        return None
    column, row = found
    return scene.cells[(scene.areas[column].id, scene.categories[row].id)]


def row_heights(scene: FlowBoard) -> tuple[float, ...]:
    return scene.flow.rows.heights if scene.flow.rows is not None else ()
