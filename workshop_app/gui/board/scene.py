"""The board scene: lays out focus areas, categories and note cards, and follows the project's changes."""

from __future__ import annotations

import bisect
import logging
import math
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from workshop_app.domain.errors import NotFoundError
from workshop_app.domain.model import Note, Theme, WorkshopContent
from workshop_app.gui.board.cell_items import AreaHeaderItem, CellItem
from workshop_app.gui.board.metrics import BoardMetrics
from workshop_app.gui.board.note_item import NoteItem
from workshop_app.gui.board.protocols import BatchingSession
from workshop_app.gui.board.room import HIGHLIGHT_MS, RoomState, apply_room, leave_room, room_cell_at
from workshop_app.gui.board.style import BoardStyle
from workshop_app.gui.board.theme_items import ThemeItem
from workshop_app.gui.commands.notes import Placement
from workshop_app.storage.changes import Change

log = logging.getLogger(__name__)

Cell = tuple[str, str]


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

BULK = 200
"""More notes than this in one change and the board reloads instead of adding them one by one."""


class BoardScene(QGraphicsScene):
    """Focus areas as columns, the three categories as rows; cards flow in their cell.

    Signals:
        notes_dropped: {note_id: (old Placement, new Placement)} after a drag; the window turns it
            into one undoable command.
        workshop_changed: the workshop's metadata (title, hidden round...) changed.
        structure_changed: focus areas or categories changed (the entry bar rebuilds its buttons).
    """

    notes_dropped = Signal(dict)
    grouping_dropped = Signal(object)
    workshop_changed = Signal()
    structure_changed = Signal()
    notes_changed = Signal()
    theme_hint_accepted = Signal(str)  # note id: the facilitator clicked "Fits in: <theme>"
    room_area_changed = Signal()  # presentation mode switched between the whole board and one area

    def __init__(self, session, workshop_id: str, font: QFont, *, scale: float = 1.0,
                 high_contrast: bool = False, available_width: float = 1200.0, parent=None):
        super().__init__(parent)
        self.session = session
        self.project = session.project
        self.workshop_id = workshop_id
        self._font = QFont(font)
        self._scale = scale
        self.metrics = BoardMetrics.from_font(font, scale)
        self.style = BoardStyle.high_contrast() if high_contrast else BoardStyle.normal()
        self.content: WorkshopContent | None = None
        self.items_by_id: dict[str, NoteItem] = {}
        self._rank: dict[str, int] = {}
        self.cells: dict[tuple[str, str], CellItem] = {}
        self.headers: dict[str, AreaHeaderItem] = {}
        self.themes: dict[str, Theme] = {}
        self.theme_items: dict[str, ThemeItem] = {}
        self._deferring = False
        self._reload_pending = False
        self._dirty_cells: set[CellItem] = set()
        self._theme_drag_start: dict[ThemeItem, QPointF] = {}
        self._available_width = available_width
        self._column_width = self.metrics.column_min_width
        self._card_width = self.metrics.card_min_width
        self._per_row = 1
        self._column_x: list[float] = []
        self._row_y: list[float] = []
        self._row_heights: list[float] = []
        self._filter = ""
        self._drag_start: dict[NoteItem, QPointF] = {}
        self.room: RoomState | None = None
        """Presentation mode's fit to the screen (None: the normal, scrolling board)."""
        self.highlight_ms = HIGHLIGHT_MS
        self._highlights: list[tuple[str, int]] = []  # (note id, when its ring ends), oldest first
        self._clock = QElapsedTimer()
        self._clock.start()
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.timeout.connect(self._end_highlights)
        self._room_click = False
        self.setBackgroundBrush(self.style.background)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        session.signals.changed.connect(self._on_change)
        if isinstance(session, BatchingSession):
            session.batch_begun.connect(self._begin_batch)
            session.batch_ended.connect(self._end_batch)
        self.load()

    # --- building ----------------------------------------------------------------------------
    @property
    def workshop(self):
        return self.content.workshop

    @property
    def areas(self):
        return self.content.focus_areas

    @property
    def categories(self):
        return self.content.categories

    def load(self) -> None:
        """(Re)build every item from one read of the workshop."""
        focus_id = self.focusItem().note_id if isinstance(self.focusItem(), NoteItem) else None
        selected = set(self.selected_note_ids())
        hints = {i.note_id: i.hint_theme_id for i in self.hinted_items()}
        self.clearFocus()
        self.clear()
        self.items_by_id.clear()
        self.cells.clear()
        self.headers.clear()
        self.theme_items.clear()
        self.themes.clear()
        self._dirty_cells.clear()
        self.content = self.project.workshops.content(self.workshop_id)
        m, s = self.metrics, self.style
        categories = {c.id: c for c in self.categories}
        for index, area in enumerate(self.areas):
            header = AreaHeaderItem(area, index, m, s)
            self.addItem(header)
            self.headers[area.id] = header
            for category in self.categories:
                cell = CellItem(area, category, m, s)
                self.addItem(cell)
                self.cells[(area.id, category.id)] = cell
        # The storage's order (posting time, then the order of an import): a card that comes back
        # (undo of a delete, a move back) returns to its place among notes with the same time.
        self._rank = {note.id: i for i, note in enumerate(self.content.notes)}
        for note in self.content.notes:
            cell = self.cells.get((note.focus_area_id, note.category_id))
            if cell is None:
                continue
            item = NoteItem(note, categories[note.category_id], m, s)
            item.setParentItem(cell)
            cell.note_ids.append(note.id)
            self.items_by_id[note.id] = item
        self._place_theme_items(self.content.themes)
        self._apply_filter_all()
        self.layout_all()
        for note_id in selected:
            if note_id in self.items_by_id:
                self.items_by_id[note_id].setSelected(True)
        if focus_id in self.items_by_id:
            self.setFocusItem(self.items_by_id[focus_id])
        for note_id, theme_id in hints.items():
            self.set_theme_hint(note_id, theme_id)

    # --- look --------------------------------------------------------------------------------
    def set_look(self, *, scale: float | None = None, high_contrast: bool | None = None,
                 font: QFont | None = None) -> None:
        if scale is not None:
            self._scale = scale
        if font is not None:
            self._font = QFont(font)
        if high_contrast is not None:
            self.style = BoardStyle.high_contrast() if high_contrast else BoardStyle.normal()
        self.setBackgroundBrush(self.style.background)
        self.restyle(BoardMetrics.from_font(self._font, self._scale))
        self.layout_all()
        self.update()

    @property
    def base_font(self) -> QFont:
        """The application's font that the board's sizes start from."""
        return self._font

    def restyle(self, metrics: BoardMetrics) -> None:
        """Give every item new sizes (presentation mode's fitted metrics)."""
        self.metrics = metrics
        for header in self.headers.values():
            header.set_geometry(header.width, metrics, self.style)
        for cell in self.cells.values():
            cell.set_look(metrics, self.style)
        for item in self.items_by_id.values():
            item.set_look(metrics, self.style)
        for theme_item in self.theme_items.values():
            theme_item.set_look(metrics, self.style)

    @property
    def high_contrast(self) -> bool:
        return self.style.cell_alpha == 0

    # --- layout ------------------------------------------------------------------------------
    def set_available_width(self, width: float) -> None:
        """Fit the columns to ``width`` scene units (the view's width at its zoom)."""
        if abs(width - self._available_width) >= 1:
            self._available_width = width
            self.layout_all()

    # --- presentation mode: the whole board on the screen ------------------------------------
    def set_room(self, size: tuple[float, float] | None, zoom: float | None = None) -> None:
        """Fit the board to a screen of ``size`` pixels (shown at zoom 1), refitting as notes
        arrive; None goes back to the normal board. ``zoom`` (the presentation zoom) scales the
        largest text."""
        if size is None:
            if self.room is not None:
                self.room = None
                for note_id, _end in self._highlights:  # the rings belong to the room
                    if note_id in self.items_by_id:
                        self.items_by_id[note_id].set_highlight(False)
                self._highlights.clear()
                leave_room(self)
                self.set_look()
            return
        width, height = size
        if self.room is None:
            self.room = RoomState(width, height)
        elif (width, height, zoom or self.room.zoom) == (self.room.width, self.room.height, self.room.zoom):
            return
        self.room.width, self.room.height = width, height
        if zoom is not None:
            self.room.zoom = zoom
        self.layout_all()
        self.update()

    def show_room_area(self, index: int | None) -> bool:
        """Presentation mode: fill the screen with focus area ``index``'s kinds (None: the whole
        board). Returns False when there is no such area or presentation mode is off."""
        if self.room is None or (index is not None and not 0 <= index < len(self.areas)):
            return False
        if index != self.room.area:
            self.room.area = index
            self.layout_all()
            self.update()
            self.room_area_changed.emit()
        return True

    def _highlight(self, item: NoteItem) -> None:
        """Ring a note just posted for ``highlight_ms`` (presentation mode)."""
        item.set_highlight(True)
        self._highlights.append((item.note_id, self._clock.elapsed() + self.highlight_ms))
        if not self._highlight_timer.isActive():
            self._highlight_timer.start(self.highlight_ms)

    def _end_highlights(self) -> None:
        """Take the ring off the notes whose time is up; wait for the next one."""
        now = self._clock.elapsed()
        while self._highlights and self._highlights[0][1] <= now:
            item = self.items_by_id.get(self._highlights.pop(0)[0])
            if item is not None:
                item.set_highlight(False)
        if self._highlights:
            self._highlight_timer.start(max(1, self._highlights[0][1] - now))

    def highlighted_ids(self) -> list[str]:
        return [i.note_id for i in self.items_by_id.values() if i.highlighted]

    def layout_all(self) -> None:
        if self.room is not None:
            apply_room(self)
            return
        m = self.metrics
        n = max(1, len(self.areas))
        margin = m.gap * 2
        usable = self._available_width - 2 * margin - m.gap * (n - 1)
        self._column_width = max(m.column_min_width, math.floor(usable / n))
        inner = self._column_width - 2 * m.pad
        self._per_row = max(1, int((inner + m.gap) // (m.card_min_width + m.gap)))
        self._card_width = (inner - m.gap * (self._per_row - 1)) / self._per_row
        self._column_x = [margin + i * (self._column_width + m.gap) for i in range(n)]
        for index, area in enumerate(self.areas):
            header = self.headers[area.id]
            header.set_geometry(self._column_width, m, self.style)
            header.setPos(self._column_x[index], margin)
        for cell in self.cells.values():
            self._layout_cell(cell)
        self._layout_rows()

    def _layout_cell(self, cell: CellItem) -> float:
        """Place the cell's cards; returns the height its content needs."""
        if cell.theme_ids:
            return self._layout_themed_cell(cell)
        cell.order = cell.note_ids
        cell.loose_top, cell.loose_count = None, 0
        m = self.metrics
        width, k = self._card_width, self._per_row
        slot = 0
        bottom = m.cell_header_height + m.card_height + m.pad
        max_x = max(m.pad, self._column_width - width - m.pad)
        for note_id in cell.note_ids:
            item = self.items_by_id[note_id]
            item.set_width(width)
            note = item.note
            if note.x is not None and note.y is not None:
                x = min(max(0.0, note.x), max_x)
                y = max(m.cell_header_height, note.y)
            else:
                x = m.pad + (slot % k) * (width + m.gap)
                y = m.cell_header_height + (slot // k) * (m.card_height + m.gap)
                slot += 1
            item.setPos(x, y)
            bottom = max(bottom, y + m.card_height + m.pad)
        cell.content_height = bottom
        return bottom

    def _flow(self, items: list[NoteItem], top: float) -> float:
        """Lay ``items`` out in rows from ``top``; returns the y below the last row."""
        m = self.metrics
        width, k = self._card_width, self._per_row
        for slot, item in enumerate(items):
            item.setPos(m.pad + (slot % k) * (width + m.gap), top + (slot // k) * (m.card_height + m.gap))
        rows = -(-len(items) // k)
        return top + rows * (m.card_height + m.gap) - (m.gap if rows else 0)

    def _layout_themed_cell(self, cell: CellItem) -> float:
        """A cell with themes: each theme's frame with its cards, in order, then the loose cards."""
        m = self.metrics
        members: dict[str, list[NoteItem]] = {tid: [] for tid in cell.theme_ids}
        loose: list[NoteItem] = []
        for note_id in cell.note_ids:
            item = self.items_by_id[note_id]
            item.set_width(self._card_width)
            group = members.get(item.note.theme_id)
            (group if group is not None else loose).append(item)
        frame_x = m.pad - m.theme_margin
        frame_w = self._column_width - 2 * frame_x
        y = m.cell_header_height
        order: list[str] = []
        for theme_id in cell.theme_ids:
            theme_item = self.theme_items[theme_id]
            items = members[theme_id]
            theme_item.set_width(frame_w)
            theme_item.setPos(frame_x, y)
            top = y + theme_item.header_height() + m.theme_margin / 2
            bottom = self._flow(items, top) if items else top + m.card_height * 0.4
            theme_item.set_size(frame_w, bottom - y + m.theme_margin)
            theme_item.set_count(len(items))
            order.extend(i.note_id for i in items)
            y = bottom + m.theme_margin + m.gap
        cell.loose_top = y
        cell.loose_count = len(loose)
        if loose:
            y = self._flow(loose, y + m.line)
            order.extend(i.note_id for i in loose)
        cell.order = order
        # room below to drop cards out of their themes
        bottom = y + max(m.card_height * 0.5, m.line * 1.5) + m.pad
        cell.content_height = bottom
        return bottom

    def _layout_rows(self) -> None:
        m = self.metrics
        top = m.gap * 2 + m.area_header_height + m.gap
        self._row_y, self._row_heights = [], []
        for category in self.categories:
            height = max((self.cells[(a.id, category.id)].content_height for a in self.areas), default=0)
            self._row_y.append(top)
            self._row_heights.append(height)
            for index, area in enumerate(self.areas):
                cell = self.cells[(area.id, category.id)]
                cell.set_size(self._column_width, height)
                cell.setPos(self._column_x[index], top)
            top += height + m.gap
        right = (self._column_x[-1] + self._column_width + m.gap * 2) if self._column_x else 100
        self.setSceneRect(QRectF(0, 0, right, top + m.gap))
        for area in self.areas:
            header = self.headers[area.id]
            header.count = sum(len(self.cells[(area.id, c.id)].note_ids) for c in self.categories)
            header.update()

    def _relayout_cells(self, cells) -> None:
        if self._deferring:
            self._dirty_cells.update(cells)
            return
        if self.room is not None:  # a note more or less can change every size on the screen
            apply_room(self)
            return
        rows_before = list(self._row_heights)
        for cell in cells:
            self._layout_cell(cell)
            # cards repaint where they move and a new size repaints the cell; its own drawing that
            # changes is the count in its header (and, with themes, the "not in a theme" line)
            cell.update(QRectF(0, 0, cell.width, self.metrics.cell_header_height) if not cell.theme_ids else cell.boundingRect())
        self._layout_rows()
        if rows_before != self._row_heights:
            self.update()

    def cell_at(self, point: QPointF) -> CellItem | None:
        if self.room is not None:
            return room_cell_at(self, point)
        for c_index, x in enumerate(self._column_x):
            if x - self.metrics.gap / 2 <= point.x() <= x + self._column_width + self.metrics.gap / 2:
                for r_index, y in enumerate(self._row_y):
                    if y - self.metrics.gap / 2 <= point.y() <= y + self._row_heights[r_index] + self.metrics.gap / 2:
                        return self.cells[(self.areas[c_index].id, self.categories[r_index].id)]
        return None

    @property
    def column_width(self) -> float:
        return self._column_width

    def column_rect(self, area_id: str) -> QRectF:
        index = [a.id for a in self.areas].index(area_id)
        return QRectF(self._column_x[index], 0, self._column_width, self.sceneRect().height())

    # --- batches: one layout after an edit, however many changes it announced ---------------------
    def _begin_batch(self) -> None:
        self._deferring = True

    def _end_batch(self) -> None:
        self._deferring = False
        if self._reload_pending:
            self._reload_pending = False
            self.load()
            return
        dirty, self._dirty_cells = self._dirty_cells, set()
        dirty = {c for c in dirty if c.scene() is self}
        if dirty:
            self._relayout_cells(dirty)

    # --- themes ------------------------------------------------------------------------------
    def _place_theme_items(self, themes) -> set[CellItem]:
        """Make the theme items match ``themes``; returns the cells whose themes changed."""
        touched: set[CellItem] = set()
        wanted = {t.id: t for t in themes if (t.focus_area_id, t.category_id) in self.cells}
        for theme_id in [i for i in self.theme_items if i not in wanted]:
            item = self.theme_items.pop(theme_id)
            touched.add(item.parentItem())
            if self.focusItem() is item:
                self.clearFocus()
            self.removeItem(item)
        for theme in wanted.values():
            item = self.theme_items.get(theme.id)
            cell = self.cells[(theme.focus_area_id, theme.category_id)]
            if item is None:
                item = ThemeItem(theme, self.metrics, self.style)
                item.setParentItem(cell)
                self.theme_items[theme.id] = item
                touched.add(cell)
            elif item.theme != theme:
                if item.theme.position != theme.position:
                    touched.add(cell)
                item.update_from(theme)
        self.themes = wanted
        by_cell: dict[CellItem, list[Theme]] = {cell: [] for cell in self.cells.values()}
        for theme in wanted.values():
            by_cell[self.cells[(theme.focus_area_id, theme.category_id)]].append(theme)
        for cell, cell_themes in by_cell.items():
            cell_themes.sort(key=lambda t: (t.position, t.created_at))
            ids = [t.id for t in cell_themes]
            if ids != cell.theme_ids:
                cell.theme_ids = ids
                touched.add(cell)
        return touched

    def _themes_changed(self) -> None:
        touched = self._place_theme_items(self.project.themes.list(self.workshop_id))
        for item in self.hinted_items():
            self.set_theme_hint(item.note_id, item.hint_theme_id)  # renamed or gone
        if touched:
            self._relayout_cells(touched)

    # --- "fits in" hints on new loose notes -----------------------------------------------------
    def set_theme_hint(self, note_id: str, theme_id: str | None) -> bool:
        """Show on a loose card that it fits ``theme_id`` (a theme of its cell); None takes it away."""
        item = self.items_by_id.get(note_id)
        if item is None:
            return False
        theme = self.themes.get(theme_id) if theme_id else None
        if theme is None or item.note.theme_id or item.note.hidden or \
                (theme.focus_area_id, theme.category_id) != (item.note.focus_area_id, item.note.category_id):
            item.set_theme_hint(None)
            return False
        item.set_theme_hint(theme.id, theme.title)
        return True

    def hinted_items(self) -> list[NoteItem]:
        """The cards that show a hint now, in posting order (the newest last)."""
        if not self.themes:  # hints name a theme: none without themes (and no need to look at 5,000 cards)
            return []
        return sorted((i for i in self.items_by_id.values() if i.hint_theme_id), key=lambda i: i.note.created_at)

    def themes_in(self, cell: CellItem) -> list[Theme]:
        return [self.themes[i] for i in cell.theme_ids]

    def selected_theme_ids(self) -> list[str]:
        return [i.theme_id for i in self.selectedItems() if isinstance(i, ThemeItem)]

    # --- following the project ---------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.workshop_id not in (None, self.workshop_id):
            return
        if self._reload_pending and change.kind in ("note", "theme"):
            if change.kind == "note":
                self.notes_changed.emit()
            return  # the whole board is read again at the end of this edit
        if change.kind == "note":
            if len(change.ids) > BULK:
                if self._deferring:
                    self._reload_pending = True
                else:
                    self.load()
            else:
                self._notes_changed(change)
            self.notes_changed.emit()
        elif change.kind in ("focus_area", "category"):
            self.load()
            self.structure_changed.emit()
        elif change.kind == "theme":
            self._themes_changed()
        elif change.kind == "workshop":
            if change.action == "removed":
                return
            self.content = self.project.workshops.content(self.workshop_id)
            self.workshop_changed.emit()

    def _notes_changed(self, change: Change) -> None:
        touched: set[CellItem] = set()
        categories = {c.id: c for c in self.categories}
        for note_id in change.ids:
            item = self.items_by_id.get(note_id)
            try:
                note = self.project.notes.get(note_id)
            except NotFoundError:
                note = None
            alive = note is not None and note.deleted_at is None and \
                (note.focus_area_id, note.category_id) in self.cells
            if item is not None and not alive:
                cell = item.parentItem()
                cell.note_ids.remove(note_id)
                touched.add(cell)
                del self.items_by_id[note_id]
                self.removeItem(item)
            elif item is None and alive:
                cell = self.cells[(note.focus_area_id, note.category_id)]
                item = NoteItem(note, categories[note.category_id], self.metrics, self.style)
                self.items_by_id[note_id] = item
                self._insert_into(cell, item)
                touched.add(cell)
                self._apply_filter(item)
                if self.room is not None and change.action == "added":
                    self._highlight(item)
            elif item is not None:
                old_cell = item.parentItem()
                new_cell = self.cells[(note.focus_area_id, note.category_id)]
                item.update_from(note, categories[note.category_id])
                if old_cell is not new_cell:
                    old_cell.note_ids.remove(note_id)
                    self._insert_into(new_cell, item)
                    touched.add(old_cell)
                touched.add(new_cell)
                self._apply_filter(item)
        if touched:
            self._relayout_cells(touched)

    def _insert_into(self, cell: CellItem, item: NoteItem) -> None:
        """Put a card in a cell, keeping the cell in posting order (newest last)."""
        item.setParentItem(cell)
        last = len(self._rank)  # a note posted since the board was built: after those of its time
        key = (item.note.created_at, self._rank.get(item.note_id, last))
        ids = cell.note_ids
        if not ids or key >= (self.items_by_id[ids[-1]].note.created_at, self._rank.get(ids[-1], last)):
            ids.append(item.note_id)  # the usual case, a note just posted: no need to look further
            return
        keys = [(self.items_by_id[i].note.created_at, self._rank.get(i, last)) for i in ids]
        ids.insert(bisect.bisect_right(keys, key), item.note_id)

    # --- selection, search -------------------------------------------------------------------
    def selected_note_ids(self) -> list[str]:
        return [i.note_id for i in self.selectedItems() if isinstance(i, NoteItem)]

    def selected_notes(self) -> list[Note]:
        return [i.note for i in self.selectedItems() if isinstance(i, NoteItem)]

    def select_all_notes(self) -> None:
        for item in self.items_by_id.values():
            item.setSelected(True)

    def set_filter(self, text: str) -> int:
        """Dim the cards that do not contain ``text``; returns how many match."""
        self._filter = text.strip().casefold()
        return self._apply_filter_all()

    def _apply_filter_all(self) -> int:
        return sum(self._apply_filter(item) for item in self.items_by_id.values())

    def _apply_filter(self, item: NoteItem) -> bool:
        wanted = self._filter
        if not wanted:
            matches = True
        elif item.note.hidden:
            matches = False
        else:
            note = item.note
            matches = wanted in note.text.casefold() or wanted in note.group_name.casefold()
        item.matches = matches
        item.setOpacity(1.0 if matches else self.style.dimmed_opacity)
        return matches

    # --- drag and drop -----------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.room is not None and event.button() == Qt.MouseButton.LeftButton and self._room_clicked(event.scenePos()):
            self._room_click = True  # its release is this click's too
            event.accept()
            return
        super().mousePressEvent(event)
        if isinstance(self.mouseGrabberItem(), ThemeItem):
            self._drag_start = {}
            self._theme_drag_start = {
                i: i.pos() for i in self.selectedItems() if isinstance(i, ThemeItem)
            }
            for item in self._theme_drag_start:
                item.setZValue(2)
                item.parentItem().setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape, False)
            return
        self._theme_drag_start = {}
        self._drag_start = {
            i: i.scenePos() for i in self.selectedItems() if isinstance(i, NoteItem)
        }
        for item in self._drag_start:
            item.parentItem().setZValue(-0.5)
            item.parentItem().setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape, False)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._room_click:
            self._room_click = False
            event.accept()
            return
        super().mouseReleaseEvent(event)
        started, self._drag_start = self._drag_start, {}
        themes_started, self._theme_drag_start = self._theme_drag_start, {}
        for cell in self.cells.values():
            cell.setZValue(-1)
            cell.setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape, True)
        if themes_started:
            self._themes_released(themes_started, event.scenePos())
            return
        moved = {i: p for i, p in started.items() if i.scene() is self and i.scenePos() != p}
        if not moved:
            return
        if self.room is not None and self._room_released(list(moved)):
            return
        if self._grouping_released(list(moved), event.scenePos()):
            return
        moves: dict[str, tuple[Placement, Placement]] = {}
        snap_back: set[CellItem] = set()
        theme = self._theme_at(event.scenePos(), set(moved))
        for item in moved:
            old_cell: CellItem = item.parentItem()
            old = Placement.of(item.note)
            target = self.cell_at(item.sceneBoundingRect().center())
            if target is None:
                snap_back.add(old_cell)
                continue
            if target is old_cell:
                pos = item.pos()
                new = Placement(old.area_id, old.category_id, round(pos.x(), 1), round(pos.y(), 1), old.theme_id)
            else:
                # dropped on a theme of the other cell: into that theme, in the same step
                theme_id = theme.id if theme is not None and \
                    (theme.focus_area_id, theme.category_id) == (target.area.id, target.category.id) else None
                new = Placement(target.area.id, target.category.id, None, None, theme_id)
            if new != old:
                moves[item.note_id] = (old, new)
            else:
                snap_back.add(old_cell)
        if snap_back:
            self._relayout_cells(snap_back)
        if moves:
            self.notes_dropped.emit(moves)

    def _drop_target(self, point: QPointF, exclude) -> NoteItem | ThemeItem | None:
        for item in self.items(point):
            if item in exclude:
                continue
            if isinstance(item, (NoteItem, ThemeItem)):
                return item
        return None

    def _theme_at(self, point: QPointF, exclude) -> Theme | None:
        """The theme under ``point``: its frame, or a card in it."""
        target = self._drop_target(point, exclude)
        if isinstance(target, ThemeItem):
            return self.themes.get(target.theme_id)
        if isinstance(target, NoteItem) and target.note.theme_id:
            return self.themes.get(target.note.theme_id)
        return None

    def _grouping_released(self, moved: list[NoteItem], point: QPointF) -> bool:
        """Cards dropped in their own cell group or ungroup; returns False for other drops."""
        cell = self.cell_at(point)
        if cell is None or any(i.parentItem() is not cell for i in moved):
            return False
        target = self._drop_target(point, set(moved))
        key = (cell.area.id, cell.category.id)
        ids = tuple(i.note_id for i in sorted(moved, key=lambda i: cell.order.index(i.note_id)
                                               if i.note_id in cell.order else 0))
        drop = None
        if isinstance(target, NoteItem) and target.parentItem() is cell:
            theme_id = target.note.theme_id if target.note.theme_id in self.themes else None
            if theme_id:
                drop = GroupDrop("join", ids, key, target.note_id, theme_id)
            else:
                drop = GroupDrop("new", ids, key, target.note_id)
        elif isinstance(target, ThemeItem) and target.parentItem() is cell:
            drop = GroupDrop("join", ids, key, None, target.theme_id)
        elif cell.theme_ids:
            grouped = tuple(i for i in ids if self.items_by_id[i].note.theme_id)
            if grouped:
                drop = GroupDrop("ungroup", grouped, key)
        else:
            return False  # a cell without themes: the card keeps its own place (a move)
        if drop is not None:
            self.grouping_dropped.emit(drop)
        if cell.scene() is self:
            self._relayout_cells({cell})
        return True

    def _themes_released(self, started: dict[ThemeItem, QPointF], point: QPointF) -> None:
        for item in started:
            item.setZValue(-0.5)
        moved = [i for i, p in started.items() if i.scene() is self and i.pos() != p]
        cells = {i.parentItem() for i in started if i.scene() is self}
        if moved:
            cell = moved[0].parentItem()
            target = next((i for i in self.items(point) if isinstance(i, ThemeItem) and i not in started), None)
            if target is not None and all(i.parentItem() is target.parentItem() for i in moved):
                self.grouping_dropped.emit(MergeDrop(target.theme_id, tuple(i.theme_id for i in moved)))
            elif len(moved) == 1 and self.cell_at(point) is cell:
                item = moved[0]
                others = [self.theme_items[t] for t in cell.theme_ids if t != item.theme_id]
                index = sum(1 for o in others if o.pos().y() < item.pos().y())
                order = [o.theme_id for o in others]
                order.insert(index, item.theme_id)
                if order != cell.theme_ids:
                    self.grouping_dropped.emit(ReorderDrop((cell.area.id, cell.category.id), tuple(order)))
        cells = {c for c in cells if c.scene() is self}
        if cells:
            self._relayout_cells(cells)

    def _room_clicked(self, point: QPointF) -> bool:
        """Presentation mode: a click on an area's header shows that area alone (and back); a
        click on a cell's "+N more" shows its area, where there is room for more."""
        for item in self.items(point):
            if isinstance(item, AreaHeaderItem):
                index = item.index if self.room.area is None else None
                return self.show_room_area(index)
            if isinstance(item, CellItem):
                if item.more and item.more_rect is not None and item.more_rect.contains(item.mapFromScene(point)):
                    return self.show_room_area(self.areas.index(item.area) if self.room.area is None else self.room.area)
                return False
        return False

    def _room_released(self, moved: list[NoteItem]) -> bool:
        """Presentation mode: a card dropped in another cell moves there; anything else snaps
        back (the room's cards keep the fitted order: no free places, no grouping)."""
        moves: dict[str, tuple[Placement, Placement]] = {}
        for item in moved:
            old_cell = item.parentItem()
            target = self.cell_at(item.sceneBoundingRect().center())
            if target is not None and target is not old_cell:
                old = Placement.of(item.note)
                moves[item.note_id] = (old, Placement(target.area.id, target.category.id, None, None, None))
        self._relayout_cells({i.parentItem() for i in moved})
        if moves:
            self.notes_dropped.emit(moves)
        return True

    def snap_back(self, note_ids) -> None:
        """Put cards back where their notes are (after a refused drop)."""
        cells = {self.items_by_id[i].parentItem() for i in note_ids if i in self.items_by_id}
        self._relayout_cells(cells)

    # --- keyboard navigation -----------------------------------------------------------------
    def ordered_items(self) -> list[NoteItem]:
        """Cards in reading order: column by column, each category top to bottom."""
        result = []
        for area in self.areas:
            for category in self.categories:
                result.extend(self.items_by_id[i] for i in self.cells[(area.id, category.id)].order)
        return result

    def neighbour(self, item: QGraphicsItem | None, dx: int, dy: int) -> NoteItem | None:
        """The card left/right (dx) or above/below (dy) of ``item``; the first card if none."""
        cards = self.ordered_items()
        if not cards:
            return None
        if not isinstance(item, NoteItem):
            return cards[0]
        centre = item.sceneBoundingRect().center()
        best, best_score = None, math.inf
        for other in cards:
            if other is item:
                continue
            c = other.sceneBoundingRect().center()
            ddx, ddy = c.x() - centre.x(), c.y() - centre.y()
            if dx and (ddx * dx <= 1 or abs(ddy) > abs(ddx) * 3 + self.metrics.card_height):
                continue
            if dy and (ddy * dy <= 1 or abs(ddx) > abs(ddy) + self._card_width / 2):
                continue
            score = ddx * ddx + ddy * ddy * (4 if dx else 1)
            if score < best_score:
                best, best_score = other, score
        return best
