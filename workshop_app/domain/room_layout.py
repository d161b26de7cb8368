"""The board for the room: every cell on one screen, sizes in and rectangles out (no Qt).

Presentation mode shows the whole board without scrolling. Given the screen's size in pixels, the
grid of cells (rows × columns) and how many notes each cell holds, :func:`fit_room` chooses the
largest text size at which every note fits as a compact card (its first lines), and places the
headers, the cells and the cards. When even the smallest allowed size cannot hold them all, the
cells collapse: each shows its newest notes and a "+N more" line for the rest, so no note is ever
off-screen without the screen saying so.

All lengths are pixels on the screen. The caller measures its font once (:class:`TextMeasure`)
and turns the plan into items; nothing here knows about Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

READABLE_PX = 18
"""Text this high (in pixels) reads from the back of a room on a 1080p projector."""

SMALLEST_PX = 14
"""The smallest text used to show every note; when even that cannot hold them, the cells collapse."""

COLLAPSED_PX = 18
"""The text size when the cells collapse to their newest notes (readable again, see READABLE_PX)."""

COMFORT_CHARS = 60
"""A card that shows this many characters shows most notes whole (the example's average is 46)."""

GOOD_CHARS = 36
"""A card that shows this many characters shows the gist of a note."""

MIN_CARD_CHARS = 18
"""No card shows fewer characters than this: the first words must be readable."""

MIN_LINE_CHARS = 16
"""No card narrower than this many characters: narrower lines break Swedish compounds mid-word."""

LONG_WORD_CHARS = 22
"""Cards are made wide enough for the notes' longest word up to this length (longer ones may break)."""


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width

    def contains(self, other: "Rect") -> bool:
        eps = 1e-6
        return (
            other.x >= self.x - eps
            and other.y >= self.y - eps
            and other.right <= self.right + eps
            and other.bottom <= self.bottom + eps
        )


@dataclass(frozen=True)
class TextMeasure:
    """How the board's font measures, as multiples of its pixel size (the GUI measures it once).

    Attributes:
        line: line spacing of the card text.
        char: average character width of the card text.
        small: the small font (cell headers, "+N more") relative to the card text.
        header: the area headers' font relative to the card text (bold).
    """

    line: float = 1.2
    char: float = 0.52
    small: float = 0.85
    header: float = 1.15


@dataclass(frozen=True)
class RoomRequest:
    """What to fit.

    Attributes:
        width, height: the screen area for the board, in pixels.
        counts: notes per cell, ``counts[row][column]``.
        max_text_px: the largest text wanted (a nearly empty board does not shout).
        max_lines: the most lines of text a card shows.
        single_header: one header over all columns (one focus area's kinds) instead of one per column.
        header_chars: characters in the longest header title (a title wider than its column
            wraps to a second line).
        longest_word: characters in the longest word of the notes (cards try to fit it on a line).
    """

    width: float
    height: float
    counts: tuple[tuple[int, ...], ...]
    max_text_px: float = 32.0
    max_lines: int = 4
    single_header: bool = False
    header_chars: int = 0
    longest_word: int = 0
    measure: TextMeasure = field(default_factory=TextMeasure)


@dataclass(frozen=True)
class CellPlan:
    """One cell: where it is, the cards it shows (its newest notes) and what it leaves out.

    Attributes:
        rect: the cell.
        cards: one rectangle per shown card, in posting order (oldest first).
        more: how many of the cell's (older) notes are not shown.
        more_rect: where the "+N more" line goes (None when nothing is left out).
    """

    rect: Rect
    cards: tuple[Rect, ...]
    more: int = 0
    more_rect: Rect | None = None

    @property
    def shown(self) -> int:
        return len(self.cards)


@dataclass(frozen=True)
class RoomLayout:
    """The plan: sizes, the headers and every cell's cards.

    Attributes:
        text_px: the card text's pixel size.
        lines: the most lines of text a card has (``row_lines``: per row; a row of few notes
            may get more lines than a crowded one).
        card_height: the tallest card; each card's rectangle has its own.
        collapsed: True when some cell shows only its newest notes.
        header_lines: lines of the headers' titles (1 or 2).
        headers: one rectangle per column, or one over all columns (``single_header``).
        cells: ``cells[row][column]``.
    """

    text_px: int
    lines: int
    row_lines: tuple[int, ...]
    pad: float
    gap: float
    card_width: float
    card_height: float
    header_height: float
    header_lines: int
    cell_header_height: float
    more_height: float
    collapsed: bool
    headers: tuple[Rect, ...]
    cells: tuple[tuple[CellPlan, ...], ...]
    width: float
    height: float

    def cell(self, row: int, column: int) -> CellPlan:
        return self.cells[row][column]


@dataclass(frozen=True)
class _Sizes:
    """Every length that follows from one text size and one number of lines."""

    text_px: int
    lines: int
    pad: float
    gap: float
    line: float
    char: float
    small_line: float
    header_height: float
    header_lines: int
    cell_header_height: float
    more_height: float
    card_height: float


def _sizes(px: int, lines: int, request: RoomRequest) -> _Sizes:
    m = request.measure
    line = px * m.line
    small_line = px * m.small * m.line
    pad = max(3.0, round(px * 0.35))
    gap = max(3.0, round(px * 0.35))
    header_line = px * m.header * m.line
    # the colour band, the title's lines and the count under them (see AreaHeaderItem)
    _n, column_width = _columns(request, gap)
    title_width = request.header_chars * px * m.header * m.char * 1.1  # bold is wider
    header_lines = 1 if request.single_header or title_width <= column_width - pad else 2
    header_height = round(pad * 1.6 + header_line * header_lines + small_line + pad * 0.6)
    return _Sizes(
        text_px=px,
        lines=lines,
        pad=pad,
        gap=gap,
        line=line,
        char=px * m.char,
        small_line=small_line,
        header_height=header_height,
        header_lines=header_lines,
        cell_header_height=round(small_line + pad * 1.2),
        more_height=round(small_line + pad),
        card_height=round(line * lines + pad * 1.4),
    )


def _columns(request: RoomRequest, gap: float) -> tuple[int, float]:
    n = max(1, max((len(row) for row in request.counts), default=1))
    width = (request.width - 2 * gap - gap * (n - 1)) / n
    return n, width


def _card_layouts(
    s: _Sizes, column_width: float, longest_word: int = 0, *, min_chars: int = MIN_CARD_CHARS
) -> list[tuple[int, float, int]]:
    """(cards per row, card width, characters a card shows), widest cards first."""
    least_line = max(MIN_LINE_CHARS, min(longest_word, LONG_WORD_CHARS))
    inner = column_width - 2 * s.pad
    options = []
    per_row = 1
    while True:
        width = (inner - s.gap * (per_row - 1)) / per_row
        chars_per_line = math.floor((width - 2 * s.pad) / s.char)
        if chars_per_line < least_line or chars_per_line * s.lines < min_chars:
            break
        options.append((per_row, width, chars_per_line * s.lines))
        per_row += 1
    return options


def _rows_needed(count: int, per_row: int) -> int:
    return -(-count // per_row)


def _row_height(s: _Sizes, card_rows: int) -> float:
    body = card_rows * s.card_height + max(0, card_rows - 1) * s.gap
    return s.cell_header_height + body + s.pad


def _card_rows(row: tuple[int, ...], per_row: int) -> int:
    return max(1, max((_rows_needed(c, per_row) for c in row), default=1))


def _needed(request: RoomRequest, rows: list[_Sizes], per_row: int) -> float:
    """The height the whole board takes with every note shown."""
    s = rows[0] if rows else None
    if s is None:
        return 0.0
    return (
        s.header_height
        + 2 * s.gap
        + sum(_row_height(r, _card_rows(counts, per_row)) + s.gap for r, counts in zip(rows, request.counts))
    )


def _more_lines(request: RoomRequest, px: int, per_row: int, per_line: int) -> list[_Sizes] | None:
    """Each row's card sizes when every note is shown: as few lines as a readable card needs,
    then one more line at a time for the row with the fewest (then the most notes per pixel the
    line costs) while the screen has room. None when even the fewest do not fit."""
    first = 1 if per_line >= MIN_CARD_CHARS else 2
    if first > request.max_lines:
        return None
    sizes = {n: _sizes(px, n, request) for n in range(first, request.max_lines + 1)}
    lines = [first] * len(request.counts)
    if _needed(request, [sizes[n] for n in lines], per_row) > request.height:
        return None
    notes = [sum(row) for row in request.counts]
    cost = [_card_rows(row, per_row) for row in request.counts]
    open_rows = [r for r in range(len(lines)) if notes[r] and lines[r] < request.max_lines]
    while open_rows:
        r = min(open_rows, key=lambda i: (lines[i], -notes[i] / cost[i], i))
        trial = list(lines)
        trial[r] += 1
        if _needed(request, [sizes[n] for n in trial], per_row) > request.height:
            open_rows.remove(r)
            continue
        lines = trial
        if lines[r] >= request.max_lines:
            open_rows.remove(r)
    return [sizes[n] for n in lines]


def _average_chars(request: RoomRequest, rows: list[_Sizes], per_line: int) -> float:
    """Characters a card shows, averaged over the notes (a row of many notes weighs more)."""
    notes = [sum(row) for row in request.counts]
    if not sum(notes):
        return float(per_line * max((r.lines for r in rows), default=1))
    return sum(n * per_line * r.lines for n, r in zip(notes, rows)) / sum(notes)


def fit_room(request: RoomRequest) -> RoomLayout:
    """The largest readable layout that shows every note, or collapsed cells when none does.

    The search, in passes, each from the largest text down: at READABLE_PX or larger, cards that
    show COMFORT_CHARS, then GOOD_CHARS, then MIN_CARD_CHARS characters; then down to SMALLEST_PX,
    cards that show GOOD_CHARS. Each pass first asks for lines as wide as the notes' longest
    word (up to LONG_WORD_CHARS), then lets long words break. When none fits, the cells collapse at COLLAPSED_PX (never above
    ``max_text_px``): each shows its newest notes and "+N more". Within one size the cards that
    show the most text win.
    """
    if not request.counts:  # no kinds of note: the headers alone
        request = replace(request, counts=((),))
    top = max(SMALLEST_PX, int(request.max_text_px))
    least_line = max(MIN_LINE_CHARS, min(request.longest_word, LONG_WORD_CHARS))
    # every layout that shows all notes, found once, per text size:
    # (each row's sizes, cards per row, card width, characters a card shows on average, whole words)
    fitting: dict[int, list[tuple[list[_Sizes], int, float, float, bool]]] = {}
    for px in range(top, SMALLEST_PX - 1, -1):
        s = _sizes(px, 1, request)
        _n, column_width = _columns(request, s.gap)
        for per_row, card_width, _chars in _card_layouts(s, column_width, min_chars=0):
            per_line = math.floor((card_width - 2 * s.pad) / s.char)
            rows = _more_lines(request, px, per_row, per_line)
            if rows is not None:
                fitting.setdefault(px, []).append(
                    (rows, per_row, card_width, _average_chars(request, rows, per_line), per_line >= least_line)
                )
    readable = [(COMFORT_CHARS, READABLE_PX), (GOOD_CHARS, READABLE_PX), (MIN_CARD_CHARS, READABLE_PX)]
    # whole words first (a long word broken mid-line is still better than text below READABLE_PX)
    passes = (
        [(c, px, True) for c, px in readable]
        + [(c, px, False) for c, px in readable]
        + [(GOOD_CHARS, SMALLEST_PX, True), (GOOD_CHARS, SMALLEST_PX, False)]
    )
    for least_chars, lowest, whole_words in passes:
        for px in range(top, min(lowest, top) - 1, -1):
            options = [o for o in fitting.get(px, ()) if o[3] >= least_chars and (o[4] or not whole_words)]
            if options:
                # most text per card; then fewer lines (shorter cards, less to scan)
                rows, per_row, card_width, _chars, _whole = max(
                    options, key=lambda o: (min(o[3], COMFORT_CHARS * 2), -sum(r.lines for r in o[0]))
                )
                return _place(request, rows, per_row, card_width, collapse=False)
    px = max(SMALLEST_PX, min(COLLAPSED_PX, int(request.max_text_px)))
    best = None
    for longest_word in (request.longest_word, 0):  # broken words only when whole ones leave no layout at all
        for lines in range(min(2, request.max_lines), 0, -1):
            s = _sizes(px, lines, request)
            _n, column_width = _columns(request, s.gap)
            for per_row, card_width, chars in _card_layouts(s, column_width, longest_word):
                layout = _place(request, [s] * len(request.counts), per_row, card_width, collapse=True)
                shown = sum(plan.shown for row in layout.cells for plan in row)
                # the most text on the screen: cards times what each shows
                key = (shown * min(chars, COMFORT_CHARS), lines)
                if best is None or key > best[0]:
                    best = (key, layout)
        if best is not None:
            break
    if best is not None:
        return best[1]
    s = _sizes(px, 1, request)
    _n, column_width = _columns(request, s.gap)
    return _place(request, [s] * len(request.counts), 1, column_width - 2 * s.pad, collapse=True)


def _row_heights(request: RoomRequest, rows: list[_Sizes], per_row: int, collapse: bool) -> list[float]:
    """Each row's height: what it needs, then the screen's spare height shared in proportion to it
    (collapsed: as many card rows as fit, given where one more shows the most notes)."""
    s = rows[0]
    needs = [_row_height(r, _card_rows(counts, per_row)) for r, counts in zip(rows, request.counts)]
    free = request.height - s.header_height - 2 * s.gap - s.gap * len(needs)
    if not needs:
        return []
    if not collapse:
        spare = max(0.0, free - sum(needs))
        total = sum(needs)
        return [n + spare * n / total for n in needs]
    # Collapsed: card rows are handed out one at a time, in turn (the row with the fewest first, then
    # where one more shows the most notes), while the screen has room; a row that cannot show all
    # its notes gets the "+N more" line.
    card_rows = [1] * len(needs)
    wanted = [_card_rows(row, per_row) for row in request.counts]

    def height(r: int, rows: int) -> float:
        return _row_height(s, rows) + (s.more_height if rows < wanted[r] else 0)

    def gain(r: int) -> int:
        shown = card_rows[r] * per_row
        return sum(min(per_row, max(0, c - shown)) for c in request.counts[r])

    open_rows = {r for r in range(len(needs)) if card_rows[r] < wanted[r]}
    while open_rows:
        r = max(sorted(open_rows), key=lambda i: (-card_rows[i], gain(i)))
        used = sum(height(i, n) for i, n in enumerate(card_rows))
        if used - height(r, card_rows[r]) + height(r, card_rows[r] + 1) > free:
            open_rows.discard(r)
            continue
        card_rows[r] += 1
        if card_rows[r] >= wanted[r]:
            open_rows.discard(r)
    heights = [height(r, n) for r, n in enumerate(card_rows)]
    if sum(heights) > free:  # not even one card per row: the rows share the screen ("+N more" only)
        return [h * max(0.0, free) / sum(heights) for h in heights]
    spare = free - sum(heights)
    return [h + spare / len(heights) for h in heights]


def _place(
    request: RoomRequest, row_sizes: list[_Sizes], per_row: int, card_width: float, *, collapse: bool
) -> RoomLayout:
    s = row_sizes[0]
    n, column_width = _columns(request, s.gap)
    xs = [s.gap + i * (column_width + s.gap) for i in range(n)]
    top = s.gap
    if request.single_header:
        headers = (Rect(xs[0], top, n * column_width + (n - 1) * s.gap, s.header_height),)
    else:
        headers = tuple(Rect(x, top, column_width, s.header_height) for x in xs)
    y = top + s.header_height + s.gap
    heights = _row_heights(request, row_sizes, per_row, collapse)
    rows: list[tuple[CellPlan, ...]] = []
    collapsed = False
    for row_counts, height, row_s in zip(request.counts, heights, row_sizes):
        height = math.floor(height)
        plans = []
        for index, count in enumerate(row_counts):
            rect = Rect(xs[index], y, column_width, height)
            plan = _plan_cell(rect, count, row_s, per_row, card_width)
            collapsed = collapsed or plan.more > 0
            plans.append(plan)
        rows.append(tuple(plans))
        y += height + s.gap
    return RoomLayout(
        text_px=s.text_px,
        lines=max(r.lines for r in row_sizes),
        row_lines=tuple(r.lines for r in row_sizes),
        pad=s.pad,
        gap=s.gap,
        card_width=card_width,
        card_height=max(r.card_height for r in row_sizes),
        header_height=s.header_height,
        header_lines=s.header_lines,
        cell_header_height=s.cell_header_height,
        more_height=s.more_height,
        collapsed=collapsed,
        headers=headers,
        cells=tuple(rows),
        width=request.width,
        height=request.height,
    )


def _plan_cell(rect: Rect, count: int, s: _Sizes, per_row: int, card_width: float) -> CellPlan:
    body = rect.height - s.cell_header_height - s.pad
    card_rows = max(0, math.floor((body + s.gap) / (s.card_height + s.gap)))
    capacity = card_rows * per_row
    more = 0
    if count > capacity:
        # room for the "+N more" line under the cards
        card_rows = max(0, math.floor((body - s.more_height + s.gap) / (s.card_height + s.gap)))
        capacity = card_rows * per_row
        more = count - capacity
    shown = min(count, capacity)
    cards = []
    for slot in range(shown):
        cards.append(
            Rect(
                rect.x + s.pad + (slot % per_row) * (card_width + s.gap),
                rect.y + s.cell_header_height + (slot // per_row) * (s.card_height + s.gap),
                card_width,
                s.card_height,
            )
        )
    more_rect = None
    if more:
        height = min(s.more_height, rect.height - s.pad * 0.5)  # a very short cell: the line is all it has
        more_rect = Rect(rect.x + s.pad, rect.bottom - s.pad * 0.5 - height, rect.width - 2 * s.pad, max(0.0, height))
    return CellPlan(rect, tuple(cards), more, more_rect)
