"""The normal board's layout: sizes in, positions and rectangles out; no QApplication."""

from __future__ import annotations

import pytest

from workshop_app.domain import board_layout as bl
from workshop_app.domain.room_layout import Rect

S = bl.Spacing(
    gap=6,
    pad=5,
    line=17,
    card_min_width=130,
    card_height=90,
    column_min_width=160,
    area_header_height=50,
    cell_header_height=24,
    theme_margin=3,
)
"""Measures of a 13-pixel font, as BoardMetrics gives them (round numbers for the arithmetic)."""


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def _card(point, columns: bl.Columns) -> Rect:
    return Rect(point[0], point[1], columns.card_width, S.card_height)


@pytest.mark.parametrize("width", [900, 1366, 1920, 2560])
def test_six_columns_share_the_width_and_never_overlap(width):
    columns = bl.fit_columns(width, 6, S)
    assert len(columns.xs) == 6
    assert columns.xs[0] == 2 * S.gap
    assert all(b - a == columns.width + S.gap for a, b in zip(columns.xs, columns.xs[1:]))
    right = columns.xs[-1] + columns.width + 2 * S.gap
    assert right <= width or columns.width == S.column_min_width  # too narrow: the board scrolls
    inner = columns.width - 2 * S.pad
    assert columns.per_row * columns.card_width + (columns.per_row - 1) * S.gap == pytest.approx(inner)
    assert columns.card_width >= S.card_min_width


def test_a_wide_column_takes_more_cards_in_a_row():
    assert bl.fit_columns(1000, 6, S).per_row == 1
    assert bl.fit_columns(6000, 6, S).per_row > 1


def test_cards_without_a_place_flow_in_rows_and_cards_with_one_keep_it_inside_the_cell():
    columns = bl.fit_columns(6000, 6, S)
    k = columns.per_row
    places = [(None, None)] * (k + 1) + [(40.0, 300.0), (-50.0, 0.0), (10_000.0, 500.0)]
    positions, height = bl.free_cell(places, columns, S)
    flowed = positions[: k + 1]
    assert [y for _x, y in flowed[:k]] == [S.cell_header_height] * k  # the first row
    assert flowed[k] == (S.pad, S.cell_header_height + S.card_height + S.gap)  # the next row begins left
    cards = [_card(p, columns) for p in flowed]
    assert not any(_overlap(a, b) for i, a in enumerate(cards) for b in cards[i + 1 :])
    assert positions[k + 1] == (40.0, 300.0)  # dragged there: it stays
    assert positions[k + 2] == (0.0, S.cell_header_height)  # kept below the cell's header, not left of it
    assert positions[k + 3][0] == columns.width - columns.card_width - S.pad  # not beyond the right edge
    assert height == 500.0 + S.card_height + S.pad  # the lowest card decides


def test_an_empty_cell_has_room_for_one_card():
    positions, height = bl.free_cell([], bl.fit_columns(1366, 6, S), S)
    assert positions == [] and height == S.cell_header_height + S.card_height + S.pad


def test_themes_stack_in_order_with_their_cards_inside_and_the_loose_cards_below():
    columns = bl.fit_columns(1366, 3, S)
    plan = bl.themed_cell([(3, 40.0), (0, 40.0), (1, 60.0)], 2, columns, S)
    assert len(plan.frames) == 3 and [len(c) for c in plan.cards] == [3, 0, 1]
    for before, after in zip(plan.frames, plan.frames[1:]):
        assert after.y >= before.bottom + S.gap  # in order, not overlapping
    for frame, cards in zip(plan.frames, plan.cards):
        assert frame.x == S.pad - S.theme_margin and frame.width == columns.width - 2 * frame.x
        for point in cards:
            assert frame.contains(_card(point, columns))
    assert plan.frames[1].height > 0  # an empty theme keeps a frame to drop cards in
    assert plan.loose_top >= plan.frames[-1].bottom
    assert all(y > plan.loose_top for _x, y in plan.loose)
    lowest = max(y for _x, y in plan.loose) + S.card_height
    assert plan.height > lowest  # room below to drop cards out of their themes


def test_rows_are_as_high_as_their_fullest_cell_and_the_board_holds_them_all():
    columns = bl.fit_columns(1366, 2, S)
    rows = bl.rows([[100.0, 250.0], [80.0, 40.0], []], columns, S)
    assert rows.heights == (250.0, 80.0, 0)
    assert rows.ys[0] == 2 * S.gap + S.area_header_height + S.gap
    assert rows.ys[1] == rows.ys[0] + 250.0 + S.gap
    assert rows.height == rows.ys[-1] + rows.heights[-1] + 2 * S.gap
    assert rows.width == columns.xs[-1] + columns.width + 2 * S.gap


def test_a_point_finds_its_cell_and_the_gaps_belong_to_the_neighbours():
    columns = bl.fit_columns(1366, 3, S)
    rows = bl.rows([[100.0] * 3, [100.0] * 3], columns, S)
    x1, y1 = columns.xs[1] + 5, rows.ys[1] + 5
    assert bl.grid_cell_at(x1, y1, columns, rows, S) == (1, 1)
    assert bl.grid_cell_at(columns.xs[1] - S.gap / 4, y1, columns, rows, S) == (1, 1)
    assert bl.grid_cell_at(0, y1, columns, rows, S) is None  # the margin left of the board
    assert bl.grid_cell_at(x1, rows.height + 50, columns, rows, S) is None
