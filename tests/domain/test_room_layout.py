"""The room's layout: sizes in, rectangles out; no QApplication."""

from __future__ import annotations

import itertools

import pytest

from workshop_app.domain.room_layout import (
    COLLAPSED_PX,
    READABLE_PX,
    Rect,
    RoomRequest,
    TextMeasure,
    fit_room,
)

EXAMPLE = ((6, 5, 5, 5, 4, 4), (5, 5, 5, 4, 4, 5), (3, 3, 3, 2, 3, 3))
"""Notes per kind (rows) and focus area (columns) in the shipped example workshop (74 notes)."""

DEJAVU = TextMeasure(line=1.164, char=0.55)
"""DejaVu Sans, the font of the test machines, as the GUI measures it."""

SCREENS = {
    "1920x1080": (1920, 852),  # the board's part of a full-screen window at 1080p
    "1366x768": (1366, 540),
    "a small window": (900, 300),
}


def _cells(layout):
    return [plan for row in layout.cells for plan in row]


def _check_plan(request: RoomRequest, layout) -> None:
    screen = Rect(0, 0, request.width, request.height)
    for header in layout.headers:
        assert screen.contains(header)
    for counts, plans in zip(request.counts, layout.cells):
        assert len(plans) == len(counts)
        for count, plan in zip(counts, plans):
            assert screen.contains(plan.rect)
            # never a note silently off-screen: shown + "+N more" is the cell's count
            assert plan.shown + plan.more == count
            assert (plan.more_rect is not None) == (plan.more > 0)
            boxes = list(plan.cards) + ([plan.more_rect] if plan.more_rect else [])
            for box in boxes:
                assert plan.rect.contains(box)
            for a, b in itertools.combinations(boxes, 2):
                assert (
                    a.right <= b.x + 1e-6 or b.right <= a.x + 1e-6 or a.bottom <= b.y + 1e-6 or b.bottom <= a.y + 1e-6
                ), (a, b)
    cells = _cells(layout)
    for a, b in itertools.combinations(cells, 2):
        assert (
            a.rect.right <= b.rect.x
            or b.rect.right <= a.rect.x
            or a.rect.bottom <= b.rect.y
            or b.rect.bottom <= a.rect.y
        )


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("per_cell", [0, 1, 4, 9, 17, 40, 300])
def test_every_note_is_shown_or_counted(screen, per_cell):
    width, height = SCREENS[screen]
    counts = tuple(tuple(per_cell + (r + c) % 3 for c in range(6)) for r in range(3))
    request = RoomRequest(width, height, counts, measure=DEJAVU, header_chars=34)
    layout = fit_room(request)
    _check_plan(request, layout)
    assert layout.text_px >= 12


def test_example_workshop_is_whole_and_readable_at_1080p():
    request = RoomRequest(*SCREENS["1920x1080"], EXAMPLE, measure=DEJAVU, header_chars=34)
    layout = fit_room(request)
    assert not layout.collapsed
    assert layout.text_px >= READABLE_PX
    assert all(plan.more == 0 for plan in _cells(layout))


def test_300_notes_stay_at_least_12_px_or_collapse_to_the_newest():
    counts = ((28, 23, 16, 16, 14, 14), (25, 15, 16, 14, 14, 16), (23, 13, 13, 13, 14, 13))
    assert sum(map(sum, counts)) == 300
    for name, (width, height) in SCREENS.items():
        request = RoomRequest(width, height, counts, measure=DEJAVU, header_chars=34)
        layout = fit_room(request)
        _check_plan(request, layout)
        assert layout.text_px >= 12
        if layout.collapsed:
            assert layout.text_px >= COLLAPSED_PX
            if name != "a small window":
                # on a projector, collapsed cells still show their newest notes, not only a count
                assert all(plan.shown >= 1 for plan in _cells(layout))


def test_every_arrival_gets_a_plan_that_shows_or_counts_every_note():
    counts = [[0] * 6 for _ in range(3)]
    seen = []
    for n in range(300):
        counts[n % 3][(n // 3) % 6] += 1
        request = RoomRequest(1920, 852, tuple(map(tuple, counts)), measure=DEJAVU, header_chars=34)
        layout = fit_room(request)
        _check_plan(request, layout)
        seen.append(layout)
    # readable while the notes fit, and collapsed (at a readable size again) once they do not
    assert seen[0].text_px > seen[-1].text_px >= 12
    assert not seen[73].collapsed and seen[73].text_px >= READABLE_PX
    assert seen[-1].collapsed and seen[-1].text_px >= COLLAPSED_PX


def test_largest_text_follows_the_wish_for_a_nearly_empty_board():
    small = fit_room(RoomRequest(1920, 852, ((1,) * 6,) * 3, max_text_px=20, measure=DEJAVU))
    large = fit_room(RoomRequest(1920, 852, ((1,) * 6,) * 3, max_text_px=26, measure=DEJAVU))
    assert small.text_px == 20 and large.text_px == 26


def test_one_area_view_has_one_header_over_three_wide_columns():
    request = RoomRequest(1920, 852, ((6, 5, 3),), single_header=True, max_lines=7, measure=DEJAVU)
    layout = fit_room(request)
    _check_plan(request, layout)
    assert len(layout.headers) == 1
    header = layout.headers[0]
    columns = layout.cells[0]
    assert header.x == columns[0].rect.x and header.right == pytest.approx(columns[-1].rect.right)
    assert columns[0].rect.width > 600
    board = fit_room(RoomRequest(1920, 852, EXAMPLE, measure=DEJAVU))
    # one area's notes get more text per card than the whole board's
    assert layout.lines * layout.card_width > board.lines * board.card_width


def test_a_long_area_name_takes_a_second_header_line_only_when_it_must():
    wide = fit_room(RoomRequest(1920, 852, EXAMPLE, measure=DEJAVU, header_chars=10))
    long = fit_room(RoomRequest(1920, 852, EXAMPLE, measure=DEJAVU, header_chars=34))
    assert wide.header_lines == 1 and long.header_lines == 2
    assert wide.header_height < long.header_height


def test_cards_are_made_wide_enough_for_the_longest_word():
    counts = ((6, 5, 3),)
    for word in (16, 20):
        layout = fit_room(
            RoomRequest(1920, 852, counts, single_header=True, max_lines=7, longest_word=word, measure=DEJAVU)
        )
        chars_per_line = (layout.card_width - 2 * layout.pad) / (layout.text_px * DEJAVU.char)
        assert chars_per_line >= word
    # a very long word does not shrink everything: it may break once the cards cannot be wider
    board = fit_room(RoomRequest(1366, 540, EXAMPLE, longest_word=60, measure=DEJAVU))
    assert board.text_px >= READABLE_PX


def test_rows_with_fewer_notes_get_more_lines_in_the_spare_height():
    request = RoomRequest(*SCREENS["1920x1080"], EXAMPLE, measure=DEJAVU, header_chars=34)
    layout = fit_room(request)
    lines = layout.row_lines
    assert len(lines) == 3 and lines[2] >= lines[0] and max(lines) > min(lines)
    for row, _lines in zip(layout.cells, lines):
        heights = {card.height for plan in row for card in plan.cards}
        assert len(heights) == 1  # one row, one card size
    # cards of a row with more lines are taller
    first, last = layout.cells[0][0].cards[0], layout.cells[2][0].cards[0]
    assert last.height > first.height


@pytest.mark.parametrize("counts", [(), ((),), ((0, 0),), ((), ())])
def test_a_board_without_areas_or_kinds_still_gets_a_plan(counts):
    layout = fit_room(RoomRequest(1366, 540, counts, measure=DEJAVU))
    assert layout.text_px >= 12 and all(plan.shown == 0 for plan in _cells(layout))
