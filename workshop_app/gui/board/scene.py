"""The board scene: builds the focus areas, kinds of note, cards and themes of one workshop.

What it does with them lives beside it: the normal board's layout in :mod:`.flow` (its arithmetic
in domain.board_layout), presentation mode's in :mod:`.room`, following the project's changes in
:mod:`.feed`, what a drop means in :mod:`.drops`, moving with the arrow keys in :mod:`.navigation`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from workshop_app.domain.model import Note, Theme, WorkshopContent
from workshop_app.gui.board import drops, navigation
from workshop_app.gui.board.cell_items import AreaHeaderItem, CellItem
from workshop_app.gui.board.feed import FollowsProject
from workshop_app.gui.board.flow import FlowState, apply_flow, flow_cell_at, place_cell, place_rows
from workshop_app.gui.board.metrics import BoardMetrics
from workshop_app.gui.board.note_item import NoteItem
from workshop_app.gui.board.protocols import BatchingSession
from workshop_app.gui.board.rings import NewNoteRings
from workshop_app.gui.board.room import RoomState, apply_room, leave_room, room_cell_at
from workshop_app.gui.board.style import BoardStyle
from workshop_app.gui.board.theme_items import ThemeItem

log = logging.getLogger(__name__)

Cell = tuple[str, str]


class BoardScene(FollowsProject, QGraphicsScene):
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

    def __init__(
        self,
        session,
        workshop_id: str,
        font: QFont,
        *,
        scale: float = 1.0,
        high_contrast: bool = False,
        available_width: float = 1200.0,
        parent=None,
    ):
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
        self.flow = FlowState(available_width)
        """The normal board's fit to the view's width (gui.board.flow)."""
        self._filter = ""
        self._drag_start: dict[NoteItem, QPointF] = {}
        self.room: RoomState | None = None
        """Presentation mode's fit to the screen (None: the normal, scrolling board)."""
        self.rings = NewNoteRings(self.items_by_id, self)
        """Presentation mode rings the notes just posted (gui.board.rings)."""
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
    def set_look(
        self, *, scale: float | None = None, high_contrast: bool | None = None, font: QFont | None = None
    ) -> None:
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
        if abs(width - self.flow.available_width) >= 1:
            self.flow.available_width = width
            self.layout_all()

    # --- presentation mode: the whole board on the screen ------------------------------------
    def set_room(self, size: tuple[float, float] | None, zoom: float | None = None) -> None:
        """Fit the board to a screen of ``size`` pixels (shown at zoom 1), refitting as notes
        arrive; None goes back to the normal board. ``zoom`` (the presentation zoom) scales the
        largest text."""
        if size is None:
            if self.room is not None:
                self.room = None
                self.rings.clear()  # the rings belong to the room
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

    @property
    def highlight_ms(self) -> int:
        """How long a note just posted is ringed in presentation mode."""
        return self.rings.duration_ms

    @highlight_ms.setter
    def highlight_ms(self, ms: int) -> None:
        self.rings.duration_ms = ms

    def highlighted_ids(self) -> list[str]:
        return [i.note_id for i in self.items_by_id.values() if i.highlighted]

    def layout_all(self) -> None:
        if self.room is not None:
            apply_room(self)
        else:
            apply_flow(self)

    def relayout_cells(self, cells) -> None:
        if self._deferring:
            self._dirty_cells.update(cells)
            return
        if self.room is not None:  # a note more or less can change every size on the screen
            apply_room(self)
            return
        for cell in cells:
            place_cell(self, cell)
            # cards repaint where they move and a new size repaints the cell; its own drawing that
            # changes is the count in its header (and, with themes, the "not in a theme" line)
            if cell.theme_ids:
                cell.update()
            else:
                cell.update_part(QRectF(0, 0, cell.width, self.metrics.cell_header_height))
        place_rows(self)

    def cell_at(self, point: QPointF) -> CellItem | None:
        if self.room is not None:
            return room_cell_at(self, point)
        return flow_cell_at(self, point)

    @property
    def column_width(self) -> float:
        return self.flow.columns.width

    def column_rect(self, area_id: str) -> QRectF:
        index = [a.id for a in self.areas].index(area_id)
        return QRectF(self.flow.columns.xs[index], 0, self.flow.columns.width, self.sceneRect().height())

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
            self.relayout_cells(touched)

    # --- "fits in" hints on new loose notes -----------------------------------------------------
    def set_theme_hint(self, note_id: str, theme_id: str | None) -> bool:
        """Show on a loose card that it fits ``theme_id`` (a theme of its cell); None takes it away."""
        item = self.items_by_id.get(note_id)
        if item is None:
            return False
        theme = self.themes.get(theme_id) if theme_id else None
        if (
            theme is None
            or item.note.theme_id
            or item.note.hidden
            or (theme.focus_area_id, theme.category_id) != (item.note.focus_area_id, item.note.category_id)
        ):
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
        if (
            self.room is not None
            and event.button() == Qt.MouseButton.LeftButton
            and self._room_clicked(event.scenePos())
        ):
            self._room_click = True  # its release is this click's too
            event.accept()
            return
        super().mousePressEvent(event)
        if isinstance(self.mouseGrabberItem(), ThemeItem):
            self._drag_start = {}
            self._theme_drag_start = {i: i.pos() for i in self.selectedItems() if isinstance(i, ThemeItem)}
            for item in self._theme_drag_start:
                item.setZValue(2)
                item.parentItem().setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape, False)
            return
        self._theme_drag_start = {}
        self._drag_start = {i: i.scenePos() for i in self.selectedItems() if isinstance(i, NoteItem)}
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
            for item in themes_started:
                item.setZValue(-0.5)
            cells = {i.parentItem() for i in themes_started if i.scene() is self}
            drop = drops.theme_drop(self, themes_started, event.scenePos())
            if drop is not None:
                self.grouping_dropped.emit(drop)
            if cells := {c for c in cells if c.scene() is self}:  # the edit may have rebuilt the board
                self.relayout_cells(cells)
            return
        moved = {i: p for i, p in started.items() if i.scene() is self and i.scenePos() != p}
        if not moved:
            return
        if self.room is not None:
            # the room's cards keep the fitted order: a card moves to another cell or snaps back
            moves = drops.room_moves(self, list(moved))
            self.relayout_cells({i.parentItem() for i in moved})
            if moves:
                self.notes_dropped.emit(moves)
            return
        grouping = drops.grouping_drop(self, list(moved), event.scenePos())
        if grouping is not None:
            cell, drop = grouping
            if drop is not None:
                self.grouping_dropped.emit(drop)
            if cell.scene() is self:
                self.relayout_cells({cell})
            return
        moves, snap_back = drops.card_moves(self, list(moved), event.scenePos())
        if snap_back:
            self.relayout_cells(snap_back)
        if moves:
            self.notes_dropped.emit(moves)

    def _room_clicked(self, point: QPointF) -> bool:
        """Presentation mode: a click on an area's header shows that area alone (and back); a
        click on a cell's "+N more" shows its area, where there is room for more."""
        for item in self.items(point):
            if isinstance(item, AreaHeaderItem):
                index = item.index if self.room.area is None else None
                return self.show_room_area(index)
            if isinstance(item, CellItem):
                if item.more and item.more_rect is not None and item.more_rect.contains(item.mapFromScene(point)):
                    return self.show_room_area(
                        self.areas.index(item.area) if self.room.area is None else self.room.area
                    )
                return False
        return False

    def snap_back(self, note_ids) -> None:
        """Put cards back where their notes are (after a refused drop)."""
        cells = {self.items_by_id[i].parentItem() for i in note_ids if i in self.items_by_id}
        self.relayout_cells(cells)

    # --- keyboard navigation (gui.board.navigation) ------------------------------------------
    def ordered_items(self) -> list[NoteItem]:
        """Cards in reading order: column by column, each category top to bottom."""
        return navigation.reading_order(self.areas, self.categories, self.cells, self.items_by_id)

    def neighbour(self, item: QGraphicsItem | None, dx: int, dy: int) -> NoteItem | None:
        """The card left/right (dx) or above/below (dy) of ``item``; the first card if none."""
        return navigation.neighbour(
            self.ordered_items(), item, dx, dy, self.flow.columns.card_width, self.metrics.card_height
        )
