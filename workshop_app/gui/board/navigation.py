"""Moving between cards with the arrow keys: the reading order and the nearest card in a direction.

The choice itself is plain arithmetic on the cards' centres (:func:`nearest`); :func:`neighbour`
asks it about the cards on the board.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtWidgets import QGraphicsItem

from workshop_app.gui.board.note_item import NoteItem


def nearest(
    centre: tuple[float, float],
    others: Sequence[tuple[float, float]],
    dx: int,
    dy: int,
    card_width: float,
    card_height: float,
) -> int | None:
    """The index in ``others`` of the centre nearest to ``centre`` in direction ``dx`` (left −1,
    right 1) or ``dy`` (up −1, down 1); None when there is none that way. A card sideways must be
    roughly on the same row, a card up or down roughly in the same column; sideways, distance
    along the row counts more than a difference in height."""
    best, best_score = None, math.inf
    for index, (x, y) in enumerate(others):
        ddx, ddy = x - centre[0], y - centre[1]
        if dx and (ddx * dx <= 1 or abs(ddy) > abs(ddx) * 3 + card_height):
            continue
        if dy and (ddy * dy <= 1 or abs(ddx) > abs(ddy) + card_width / 2):
            continue
        score = ddx * ddx + ddy * ddy * (4 if dx else 1)
        if score < best_score:
            best, best_score = index, score
    return best


def reading_order(areas, categories, cells, items_by_id) -> list[NoteItem]:
    """Cards in reading order: column by column, each category top to bottom."""
    result = []
    for area in areas:
        for category in categories:
            result.extend(items_by_id[i] for i in cells[(area.id, category.id)].order)
    return result


def neighbour(
    cards: list[NoteItem], item: QGraphicsItem | None, dx: int, dy: int, card_width: float, card_height: float
) -> NoteItem | None:
    """The card left/right (dx) or above/below (dy) of ``item`` among ``cards``; the first card
    when ``item`` is not a card."""
    if not cards:
        return None
    if not isinstance(item, NoteItem):
        return cards[0]
    others = [other for other in cards if other is not item]
    centre = item.sceneBoundingRect().center()
    centres = [(c.x(), c.y()) for c in (other.sceneBoundingRect().center() for other in others)]
    index = nearest((centre.x(), centre.y()), centres, dx, dy, card_width, card_height)
    return others[index] if index is not None else None
