"""The board in presentation mode: every cell on one screen, refitted as notes arrive.

The arithmetic (sizes in, rectangles out) is :mod:`workshop_app.domain.room_layout`; this module
measures the font, asks for a plan and moves the scene's items to it. The whole board shows every
focus area's three kinds; the one-area view (keys 1–9) fills the screen with one area's kinds side
by side. Cards the plan cannot hold are hidden and counted in their cell's "+N more" line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from workshop_app.domain.room_layout import CellPlan, RoomLayout, RoomRequest, TextMeasure, fit_room
from workshop_app.gui.board.board_parts import BoardParts
from workshop_app.gui.board.cell_items import CellItem
from workshop_app.gui.board.metrics import BoardMetrics, bold_of

if TYPE_CHECKING:
    pass

DEFAULT_ZOOM = 1.4
"""The presentation zoom a new user has (Preferences.presentation_zoom)."""

TEXT_PX_AT_DEFAULT_ZOOM = 32.0
"""The largest card text (pixels) at the default presentation zoom; Ctrl +/− scale it."""

BOARD_LINES = 4
"""At most this many lines on a card when the whole board is shown."""

AREA_LINES = 7
"""At most this many lines on a card in the one-area view, where there is room to read a note whole."""

WORD_SAMPLE = 60
"""The longest word is looked for among each cell's newest notes (the ones a full cell shows)."""

HIGHLIGHT_MS = 8000
"""How long a newly posted note stays highlighted."""


@dataclass
class RoomState:
    """What the room's board is fitted to.

    Attributes:
        width, height: the view's viewport in pixels (the view shows the scene at zoom 1).
        zoom: the presentation zoom; it scales the largest text, not the view.
        area: the index of the focus area shown alone, or None for the whole board.
        layout: the last plan (for tests and the "+N more" clicks).
    """

    width: float
    height: float
    zoom: float = DEFAULT_ZOOM
    area: int | None = None
    layout: RoomLayout | None = None


_MEASURES: dict[str, TextMeasure] = {}


class RoomBoard(BoardParts, Protocol):
    """What presentation mode's layout reads and moves of the board scene (gui.board.scene.BoardScene
    is one; a protocol, because the scene imports this module)."""

    room: RoomState

    @property
    def base_font(self) -> QFont: ...

    def restyle(self, metrics: BoardMetrics) -> None: ...

    def setSceneRect(self, rect: QRectF) -> None: ...


def text_measure(font: QFont) -> TextMeasure:
    """The font's line spacing and character width as multiples of its pixel size."""
    key = font.key()
    if key not in _MEASURES:
        probe = QFont(font)
        probe.setPixelSize(100)
        fm = QFontMetricsF(probe)
        _MEASURES[key] = TextMeasure(line=fm.lineSpacing() / 100, char=fm.averageCharWidth() / 100)
    return _MEASURES[key]


def _pixel_font(font: QFont, px: float, *, bold: bool = False) -> QFont:
    result = bold_of(font) if bold else QFont(font)
    result.setPixelSize(max(6, round(px)))
    return result


def room_metrics(font: QFont, layout: RoomLayout, measure: TextMeasure) -> BoardMetrics:
    """Board metrics whose sizes are the plan's (compact cards: text only, no label line)."""
    text = _pixel_font(font, layout.text_px)
    small = _pixel_font(font, layout.text_px * measure.small)
    header = _pixel_font(font, layout.text_px * measure.header, bold=True)
    fm = QFontMetricsF(text)
    return BoardMetrics(
        font=text,
        small_font=small,
        header_font=header,
        em=fm.height(),
        line=fm.lineSpacing(),
        card_min_width=layout.card_width,
        card_height=layout.card_height,
        text_lines=layout.lines,
        gap=layout.gap,
        pad=layout.pad,
        area_header_height=layout.header_height,
        cell_header_height=layout.cell_header_height,
        column_min_width=layout.card_width,
        compact=True,
        header_lines=layout.header_lines,
    )


def _look_key(metrics: BoardMetrics) -> tuple:
    return (
        metrics.font.pixelSize(),
        metrics.text_lines,
        metrics.card_height,
        metrics.card_min_width,
        metrics.area_header_height,
        metrics.header_lines,
        metrics.compact,
    )


def apply_room(scene: "RoomBoard") -> None:
    """Fit the whole board (or one area) to the room's screen and move every item to its plan."""
    state = scene.room
    areas, categories = list(scene.areas), list(scene.categories)
    if state.area is not None and state.area >= len(areas):
        state.area = None
    if state.area is None:
        grid = [[scene.cells[(a.id, c.id)] for a in areas] for c in categories]
        headers = [scene.headers[a.id] for a in areas]
        single, max_lines = False, BOARD_LINES
    else:
        area = areas[state.area]
        grid = [[scene.cells[(area.id, c.id)] for c in categories]]
        headers = [scene.headers[area.id]]
        single, max_lines = True, AREA_LINES
    measure = text_measure(scene.base_font)
    request = RoomRequest(
        width=state.width,
        height=state.height,
        counts=tuple(tuple(len(cell.note_ids) for cell in row) for row in grid),
        max_text_px=TEXT_PX_AT_DEFAULT_ZOOM * state.zoom / DEFAULT_ZOOM,
        max_lines=max_lines,
        single_header=single,
        header_chars=max((len(h.title()) for h in headers), default=0),
        longest_word=max(
            (scene.items_by_id[i].longest_word() for row in grid for cell in row for i in cell.note_ids[-WORD_SAMPLE:]),
            default=0,
        ),
        measure=measure,
    )
    layout = fit_room(request)
    state.layout = layout
    metrics = room_metrics(scene.base_font, layout, measure)
    if _look_key(metrics) != _look_key(scene.metrics):
        scene.restyle(metrics)
    m, style = scene.metrics, scene.style
    shown_headers = set(map(id, headers))
    for header in scene.headers.values():
        header.setVisible(id(header) in shown_headers)
        header.alone = single
        header.count = sum(len(scene.cells[(header.area.id, c.id)].note_ids) for c in categories)
    for header, rect in zip(headers, layout.headers):
        header.set_geometry(rect.width, m, style)
        header.setPos(rect.x, rect.y)
    shown_cells = {id(cell) for row in grid for cell in row}
    for cell in scene.cells.values():
        if id(cell) not in shown_cells:
            cell.setVisible(False)
            cell.order = []
    for theme_item in scene.theme_items.values():
        theme_item.setVisible(False)  # themes are the facilitator's work: the normal board shows them
    for row, cells, lines in zip(layout.cells, grid, layout.row_lines):
        for plan, cell in zip(row, cells):
            _place_cell(scene, cell, plan, lines)
    scene.setSceneRect(QRectF(0, 0, state.width, state.height))


def _place_cell(scene: "RoomBoard", cell: CellItem, plan: CellPlan, lines: int) -> None:
    rect = plan.rect
    cell.setVisible(True)
    cell.set_size(rect.width, rect.height)
    cell.setPos(rect.x, rect.y)
    cell.content_height = rect.height
    cell.loose_top, cell.loose_count = None, 0
    ids = cell.note_ids
    shown = ids[len(ids) - plan.shown :] if plan.shown else []
    hidden = ids[: len(ids) - plan.shown]
    items = scene.items_by_id
    placed = (list(ids), plan.shown)
    if cell.room_placed != placed:  # a post touches one cell: the others' hidden cards stay as they are
        cell.room_placed = placed
        for note_id in hidden:
            items[note_id].setVisible(False)
    for note_id, card in zip(shown, plan.cards):
        item = items[note_id]
        item.setVisible(True)
        item.set_room_card(card.width, card.height, lines)
        item.setPos(card.x - rect.x, card.y - rect.y)
    cell.order = list(shown)
    more_rect = None
    if plan.more_rect is not None:
        r = plan.more_rect
        more_rect = QRectF(r.x - rect.x, r.y - rect.y, r.width, r.height)
    cell.set_more(plan.more, more_rect)
    cell.update()


def leave_room(scene: "RoomBoard") -> None:
    """Everything visible again; the scene then lays itself out as the normal board."""
    for item in (
        *scene.headers.values(),
        *scene.cells.values(),
        *scene.items_by_id.values(),
        *scene.theme_items.values(),
    ):
        item.setVisible(True)
    for cell in scene.cells.values():
        cell.set_more(0, None)
        cell.room_placed = None
    for header in scene.headers.values():
        header.alone = False


def room_cell_at(scene: "RoomBoard", point: QPointF) -> CellItem | None:
    """The shown cell under ``point`` (the room's cells are not a regular grid in the one-area view)."""
    for cell in scene.cells.values():
        if cell.isVisible() and cell.scene_rect().contains(point):
            return cell
    return None
