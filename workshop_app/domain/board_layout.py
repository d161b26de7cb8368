"""The normal (scrolling) board's layout: sizes in, positions and rectangles out (no Qt).

Focus areas are columns of equal width fitted to the view's width; the kinds of note are rows as
high as their fullest cell. In a cell without themes the cards flow in rows (a card a facilitator
dragged keeps its own place); in a cell with themes each theme is a frame holding its cards, in
the themes' order, and the loose cards flow below them. Presentation mode's one-screen layout is
:mod:`workshop_app.domain.room_layout`.

All lengths are scene units (one unit is one pixel at zoom 1). The GUI measures its font into a
:class:`Spacing` and moves its items to what these functions return.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from workshop_app.domain.room_layout import Rect

Point = tuple[float, float]


@dataclass(frozen=True)
class Spacing:
    """The board's measures (gui.board.metrics.BoardMetrics holds them for a font)."""

    gap: float
    pad: float
    line: float
    card_min_width: float
    card_height: float
    column_min_width: float
    area_header_height: float
    cell_header_height: float
    theme_margin: float


@dataclass(frozen=True)
class Columns:
    """The focus areas' columns: their left edges, their width, and the cards' width in them."""

    xs: tuple[float, ...]
    width: float
    card_width: float
    per_row: int


@dataclass(frozen=True)
class ThemedCell:
    """Where a cell with themes puts its parts (positions relative to the cell).

    Attributes:
        frames: each theme's frame, in the themes' order.
        cards: each theme's cards' positions, in the same order.
        loose: the loose cards' positions (below the themes).
        loose_top: where the "not in a theme" part begins.
        height: the height the cell's content needs.
    """

    frames: tuple[Rect, ...]
    cards: tuple[tuple[Point, ...], ...]
    loose: tuple[Point, ...]
    loose_top: float
    height: float


@dataclass(frozen=True)
class Rows:
    """The kinds of note's rows: their tops and heights, and the size of the whole board."""

    ys: tuple[float, ...]
    heights: tuple[float, ...]
    width: float
    height: float


def header_top(s: Spacing) -> float:
    """Where the area headers sit (the board's margin)."""
    return s.gap * 2


def fit_columns(available_width: float, areas: int, s: Spacing) -> Columns:
    """Columns for ``areas`` focus areas in ``available_width``; never narrower than the minimum
    (the board then scrolls sideways). The cards share a column's inner width evenly."""
    n = max(1, areas)
    margin = s.gap * 2
    usable = available_width - 2 * margin - s.gap * (n - 1)
    width = max(s.column_min_width, math.floor(usable / n))
    inner = width - 2 * s.pad
    per_row = max(1, int((inner + s.gap) // (s.card_min_width + s.gap)))
    card_width = (inner - s.gap * (per_row - 1)) / per_row
    return Columns(tuple(margin + i * (width + s.gap) for i in range(n)), width, card_width, per_row)


def free_cell(
    own_places: list[tuple[float | None, float | None]], columns: Columns, s: Spacing
) -> tuple[list[Point], float]:
    """A cell without themes: each card at its own place (kept inside the cell) or, without one,
    in the next slot of the flow. Returns the positions and the height the content needs."""
    width, k = columns.card_width, columns.per_row
    slot = 0
    bottom = s.cell_header_height + s.card_height + s.pad
    max_x = max(s.pad, columns.width - width - s.pad)
    positions: list[Point] = []
    for x, y in own_places:
        if x is not None and y is not None:
            x = min(max(0.0, x), max_x)
            y = max(s.cell_header_height, y)
        else:
            x = s.pad + (slot % k) * (width + s.gap)
            y = s.cell_header_height + (slot // k) * (s.card_height + s.gap)
            slot += 1
        positions.append((x, y))
        bottom = max(bottom, y + s.card_height + s.pad)
    return positions, bottom


def flow(count: int, top: float, columns: Columns, s: Spacing) -> tuple[list[Point], float]:
    """``count`` cards in rows from ``top``; returns their positions and the y below the last row."""
    width, k = columns.card_width, columns.per_row
    positions = [
        (s.pad + (slot % k) * (width + s.gap), top + (slot // k) * (s.card_height + s.gap)) for slot in range(count)
    ]
    rows = -(-count // k)
    return positions, top + rows * (s.card_height + s.gap) - (s.gap if rows else 0)


def theme_frame(columns: Columns, s: Spacing) -> tuple[float, float]:
    """A theme frame's left edge and width in its cell (its cards line up with loose cards)."""
    x = s.pad - s.theme_margin
    return x, columns.width - 2 * x


def themed_cell(themes: list[tuple[int, float]], loose: int, columns: Columns, s: Spacing) -> ThemedCell:
    """A cell with themes: ``themes`` gives each theme's number of cards and its header's height,
    in order; ``loose`` cards follow them. An empty theme keeps a small frame to drop cards in,
    and there is room below everything to drop cards out of their themes."""
    frame_x, frame_w = theme_frame(columns, s)
    y = s.cell_header_height
    frames: list[Rect] = []
    cards: list[tuple[Point, ...]] = []
    for count, header_height in themes:
        top = y + header_height + s.theme_margin / 2
        if count:
            positions, bottom = flow(count, top, columns, s)
        else:
            positions, bottom = [], top + s.card_height * 0.4
        frames.append(Rect(frame_x, y, frame_w, bottom - y + s.theme_margin))
        cards.append(tuple(positions))
        y = bottom + s.theme_margin + s.gap
    loose_top = y
    loose_positions: list[Point] = []
    if loose:
        loose_positions, y = flow(loose, y + s.line, columns, s)
    height = y + max(s.card_height * 0.5, s.line * 1.5) + s.pad
    return ThemedCell(tuple(frames), tuple(cards), tuple(loose_positions), loose_top, height)


def rows(content_heights: list[list[float]], columns: Columns, s: Spacing) -> Rows:
    """Rows as high as their fullest cell (``content_heights``: per row, each cell's need)."""
    top = s.gap * 2 + s.area_header_height + s.gap
    ys: list[float] = []
    heights: list[float] = []
    for row in content_heights:
        height = max(row, default=0)
        ys.append(top)
        heights.append(height)
        top += height + s.gap
    right = (columns.xs[-1] + columns.width + s.gap * 2) if columns.xs else 100
    return Rows(tuple(ys), tuple(heights), right, top + s.gap)


def growing_room(height: float, s: Spacing) -> float:
    """How far below a row of ``height`` its cells' bounds may reach, so that it grows by a
    row of cards at a time without new bounds: half its height, at least a dozen rows of cards
    (new bounds repaint the whole row; growing inside them only the new row of cards). Nothing
    of it is drawn; the layout is the same with or without it."""
    return max(height / 2, 12 * (s.card_height + s.gap))


def grid_cell_at(x: float, y: float, columns: Columns, board_rows: Rows, s: Spacing) -> tuple[int, int] | None:
    """The (column, row) of the cell at ``x, y``, the gaps between cells shared by their
    neighbours; None outside the grid."""
    half = s.gap / 2
    for c_index, left in enumerate(columns.xs):
        if left - half <= x <= left + columns.width + half:
            for r_index, top in enumerate(board_rows.ys):
                if top - half <= y <= top + board_rows.heights[r_index] + half:
                    return c_index, r_index
    return None
