"""The arrow keys' choice of the next card, as arithmetic on the cards' centres (no QApplication)."""

from __future__ import annotations

from workshop_app.gui.board.navigation import nearest

W, H = 130.0, 90.0
"""A card's width and height."""

GRID = [(x * 140.0, y * 100.0) for y in range(3) for x in range(3)]
"""Nine cards' centres, three rows of three; index = row * 3 + column."""


def step(index: int, dx: int = 0, dy: int = 0) -> int | None:
    others = [c for i, c in enumerate(GRID) if i != index]
    found = nearest(GRID[index], others, dx, dy, W, H)
    if found is None:
        return None
    return GRID.index(others[found])


def test_the_arrow_keys_go_to_the_neighbour_in_their_direction():
    assert step(4, dx=1) == 5 and step(4, dx=-1) == 3
    assert step(4, dy=1) == 7 and step(4, dy=-1) == 1


def test_at_the_edge_there_is_no_card_that_way():
    assert step(2, dx=1) is None and step(0, dy=-1) is None


def test_sideways_a_card_on_the_same_row_wins_over_a_nearer_one_two_rows_down():
    centre = (0.0, 0.0)
    others = [(150.0, 200.0), (400.0, 5.0)]  # the first is nearer, but two rows lower
    assert nearest(centre, others, 1, 0, W, H) == 1


def test_up_and_down_stay_in_the_column():
    centre = (0.0, 0.0)
    others = [(300.0, 100.0), (10.0, 300.0)]  # the first is nearer, but two columns aside
    assert nearest(centre, others, 0, 1, W, H) == 1
