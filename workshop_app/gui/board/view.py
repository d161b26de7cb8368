"""The board view: zoom, columns fitted to the width, keyboard navigation, tooltips, in-place editing."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPixmapCache
from PySide6.QtWidgets import QFrame, QGraphicsView, QToolTip

from workshop_app.gui.board.cell_items import AreaHeaderItem
from workshop_app.gui.board.editors import NoteEditor, ThemeTitleEditor
from workshop_app.gui.board.note_item import NoteItem
from workshop_app.gui.board.protocols import FittedBoard
from workshop_app.gui.board.sticky_header import StickyBand, StickyHeader, sticky_header_height
from workshop_app.gui.board.theme_items import ThemeItem
from workshop_app.gui.widgets import focus_frame_style, is_keyboard_menu

MAX_TOOLTIP_CHARS = 6000


def tooltip_html(text: str, pixels: int | None = None) -> str:
    """A note's text as a tooltip that shows it exactly (escaped: never read as markup); in
    ``pixels`` high text when given (presentation mode: as large as the cards)."""
    import html  # only when a tooltip is shown: 2 ms less at start-up

    if len(text) > MAX_TOOLTIP_CHARS:
        text = text[:MAX_TOOLTIP_CHARS] + " …"
    size = f"; font-size:{int(pixels)}px" if pixels else ""
    return f"<p style='white-space:pre-wrap{size}'>{html.escape(text)}</p>"


class BoardView(QGraphicsView):
    """Shows a :class:`BoardScene`; fits its columns to the width at the current zoom.

    Signals:
        edit_finished: (note id, old text, new text) from the in-place editor.
        zoom_changed: the new zoom factor.
        item_menu_requested: (the card or theme with the keyboard focus, or None; where in the
            viewport its menu opens) after the Menu key or Shift+F10.
    """

    edit_finished = Signal(str, str, str)
    theme_renamed = Signal(str, str, str)
    zoom_changed = Signal(float)
    item_menu_requested = Signal(object, QPoint)
    room_area_changed = Signal()  # presentation mode: one focus area shown alone, or the whole board again

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("board")
        self.setAccessibleName(QCoreApplication.translate("BoardView", "Board"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(focus_frame_style("QGraphicsView#board"))
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The columns are refitted to the width, so keep the top left still rather than the centre.
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Cards cache their pixmaps (DeviceCoordinateCache): leave room for a projector's worth.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 48 * 1024))
        self._zoom = 1.0
        self._press_at = QPointF()
        self._keys_by_keyboard = False
        self.room = False
        """Presentation mode: the scene fits itself to the viewport, shown at zoom 1, no scrolling."""
        self.editor: NoteEditor | ThemeTitleEditor | None = None
        self._sticky_band = StickyBand()
        self._fit_pending = False
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_columns)

    # --- scene and zoom ----------------------------------------------------------------------
    def setScene(self, scene) -> None:
        old = self.scene()
        if old is not None:
            signals = [(old.focusItemChanged, self._on_focus_item)]
            if isinstance(old, FittedBoard):
                signals.append((old.structure_changed, self._repaint_sticky_header))
                signals.append((old.room_area_changed, self.room_area_changed))
            for signal, slot in signals:
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        super().setScene(scene)
        # The board paints every pixel it exposes (its opaque background first). Said outright,
        # scrolling moves the pixels already drawn and paints only the strip that comes into view:
        # the focus frame's style sheet otherwise makes Qt repaint the whole view on every scroll
        # (and every post that scrolls to its card). Without a scene nothing is painted.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, isinstance(scene, FittedBoard))
        if scene is not None:
            scene.focusItemChanged.connect(self._on_focus_item)
            if isinstance(scene, FittedBoard):
                scene.structure_changed.connect(self._repaint_sticky_header)  # areas renamed, recoloured, reordered
                scene.room_area_changed.connect(self.room_area_changed)
            self._fit_columns()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        zoom = max(0.3, min(4.0, zoom))
        if abs(zoom - self._zoom) < 1e-3:
            return
        self._zoom = zoom
        self._apply_transform()
        self._fit_columns()
        self.zoom_changed.emit(zoom)

    def _apply_transform(self) -> None:
        self.resetTransform()
        if not self.room:  # the room's board sizes its text itself: one scene unit is one pixel
            self.scale(self._zoom, self._zoom)

    def set_room(self, on: bool) -> None:
        """Presentation mode's board: the scene fits the whole board to the viewport (the zoom
        then scales its largest text), or the normal scrolling board at the zoom."""
        if on == self.room:
            return
        self.room = on
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)
        self._apply_transform()
        scene = self.scene()
        if not on and scene is not None and isinstance(scene, FittedBoard):
            scene.set_room(None)
        self._fit_columns()

    def zoom_in(self) -> None:
        self.set_zoom(round(self._zoom * 1.15, 3))

    def zoom_out(self) -> None:
        self.set_zoom(round(self._zoom / 1.15, 3))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def available_width(self, zoom: float | None = None) -> float:
        """The width, in scene units, that the columns get (before the window is shown: what
        they will get, the view being as wide as the window, so the first layout is the last)."""
        scrollbar = self.verticalScrollBar().sizeHint().width()
        if self.isVisible():
            width = self.viewport().width()
            if not self.verticalScrollBar().isVisible():
                width -= scrollbar  # leave room so that a scroll bar appearing does not refit
        else:
            width = self.window().width() - scrollbar
        return max(200.0, width / (zoom or self._zoom))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_timer.start()

    def _fit_columns(self) -> None:
        scene = self.scene()
        if not self.isVisible():
            # the viewport has no real size yet (before the window is shown, or behind the list):
            # laying out 1,000 cards for it is wasted; fit once it is shown
            self._fit_pending = scene is not None
            return
        self._fit_pending = False
        if self.room and scene is not None and isinstance(scene, FittedBoard):
            size = self.viewport().size()
            scene.set_room((float(size.width()), float(size.height())), self._zoom)
            for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
                bar.setValue(bar.minimum())
            return
        if scene is not None and isinstance(scene, FittedBoard):
            bars = (self.horizontalScrollBar(), self.verticalScrollBar())
            at_start = [bar.value() == bar.minimum() for bar in bars]
            width = scene.flow.available_width
            scene.set_available_width(self.available_width())
            for bar, was_at_start in zip(bars, at_start):
                if was_at_start:  # QGraphicsView re-centres on a resized scene; stay at the top left
                    bar.setValue(bar.minimum())
            if scene.flow.available_width != width:
                # Every card moved or changed size, and the view may have scrolled meanwhile: the
                # viewport's pixels, moved by the scroll, would keep strips of the cards' old places
                # (it is opaque), so paint all of it once.
                self.viewport().update()
            self._repaint_sticky_header()

    # --- the focus areas' names over the columns, while scrolling ----------------------------
    def _headers(self) -> list[AreaHeaderItem]:
        scene = self.scene()
        return list(getattr(scene, "headers", {}).values()) if scene is not None else []

    def _sticky_shown_at(self, top: float, headers: list[AreaHeaderItem]) -> bool:
        """Whether the band is needed when the view shows the scene from ``top`` down: once the
        headers' colour strips are scrolled out of sight."""
        return bool(headers) and top > headers[0].y() + headers[0].boundingRect().top() + self.scene().metrics.pad

    def sticky_header(self) -> StickyHeader | None:
        """The band to paint over the top of the viewport for the current scroll and zoom, or
        None while the real headers are in view."""
        headers = self._headers()
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if not self._sticky_shown_at(visible.top(), headers):
            return None
        height = sticky_header_height(self.scene().metrics)
        columns = tuple((h, QRectF(h.x(), visible.top(), h.boundingRect().width(), height)) for h in headers)
        return StickyHeader(QRectF(visible.left(), visible.top(), visible.width(), height), columns)

    def _sticky_viewport_height(self) -> int:
        return math.ceil(sticky_header_height(self.scene().metrics) * self.transform().m22()) + 2

    def _repaint_sticky_header(self) -> None:
        """Repaint the band where it is: the scene repaints only what moved under it, and the
        band's columns move with the headers, which are scrolled out of sight."""
        if self.sticky_header() is not None:
            self.viewport().update(QRect(0, 0, self.viewport().width(), self._sticky_viewport_height()))

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        sticky = self.sticky_header()
        if sticky is None or not sticky.rect.intersects(rect):
            return  # the usual case while cards are posted: nothing to do here
        transform = painter.worldTransform()
        origin = transform.map(sticky.rect.topLeft())
        scene = self.scene()
        ratio = self.viewport().devicePixelRatioF()
        band = self._sticky_band.pixmap(
            sticky, scene.metrics, scene.style, transform, origin, ratio, self.renderHints()
        )
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(QPointF(round(origin.x()), round(origin.y())), band)
        painter.restore()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        headers = self._headers()
        if not headers:
            return
        # The viewport scrolls its pixels, the band with them: repaint where it was and where it goes.
        top = self.mapToScene(0, 0).y()
        if self._sticky_shown_at(top, headers) or self._sticky_shown_at(top + dy / self.transform().m22(), headers):
            band = QRect(0, 0, self.viewport().width(), self._sticky_viewport_height())
            self.viewport().update(band)
            self.viewport().update(band.translated(0, dy))

    def _clear_sticky_header(self, item: NoteItem) -> None:
        """Scroll a card that the band would cover down into sight."""
        if self.sticky_header() is None:
            return
        covered = self._sticky_viewport_height() - self.mapFromScene(item.sceneBoundingRect()).boundingRect().top()
        if covered > 0:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() - covered - 4)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    # --- cards -------------------------------------------------------------------------------
    def current_item(self) -> NoteItem | None:
        item = self.scene().focusItem() if self.scene() else None
        if isinstance(item, NoteItem):
            return item
        selected = [i for i in self.scene().selectedItems() if isinstance(i, NoteItem)] if self.scene() else []
        return selected[0] if len(selected) == 1 else None

    def focus_note(self, item: NoteItem, *, select: bool = True) -> None:
        scene = self.scene()
        if select:
            scene.clearSelection()
            item.setSelected(True)
        scene.setFocusItem(item, Qt.FocusReason.OtherFocusReason)
        self.ensureVisible(item.sceneBoundingRect(), 20, 20)
        self._clear_sticky_header(item)
        self._show_full_text(item)

    def _on_focus_item(self, new, old, reason) -> None:
        if isinstance(new, ThemeItem):
            self.setAccessibleDescription(new.accessible_text())
        elif isinstance(new, NoteItem):
            self.setAccessibleDescription(new.accessible_text())

    def _show_full_text(self, item: NoteItem) -> None:
        if item.note.hidden or not self.isVisible():
            return
        rect = self.mapFromScene(item.sceneBoundingRect()).boundingRect()
        QToolTip.showText(
            self.viewport().mapToGlobal(rect.bottomLeft()),
            tooltip_html(item.note.text, self._tooltip_pixels()),
            self.viewport(),
        )

    def request_item_menu(self) -> None:
        """Open the menu of the card (or theme) that has the keyboard focus, over that card."""
        scene = self.scene()
        item = scene.focusItem() if scene is not None else None
        if not isinstance(item, (NoteItem, ThemeItem)):
            item = self.current_item() if scene is not None else None
        if item is None:
            self.item_menu_requested.emit(None, QPoint(8, 8))
            return
        rect = item.sceneBoundingRect()
        if isinstance(item, ThemeItem):
            rect = item.mapRectToScene(item.header_rect())
        self.ensureVisible(rect, 20, 20)
        on_screen = self.mapFromScene(rect).boundingRect().intersected(self.viewport().rect())
        self.item_menu_requested.emit(item, on_screen.center())

    def event(self, event) -> bool:
        # the Menu key, Shift+F10, and the platform's own keyboard context menu (Windows sends
        # one for either key; it would open at the view's top left): the card's menu at the card
        if is_keyboard_menu(event):
            self.request_item_menu()
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        scene = self.scene()
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if scene is not None and event.key() in moves and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            dx, dy = moves[event.key()]
            target = scene.neighbour(scene.focusItem(), dx, dy)
            if target is not None:
                extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.focus_note(target, select=not extend)
                if extend:
                    target.setSelected(True)
            event.accept()
            return
        if (
            scene is not None
            and event.key() == Qt.Key.Key_Space
            and isinstance(scene.focusItem(), NoteItem)
            and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier  # Space alone types in the note field
            )
        ):
            item = scene.focusItem()
            item.setSelected(not item.isSelected())
            event.accept()
            return
        super().keyPressEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            item = self.itemAt(event.pos())
            if isinstance(item, NoteItem) and not item.note.hidden:
                QToolTip.showText(
                    event.globalPos(), tooltip_html(item.note.text, self._tooltip_pixels()), self.viewport()
                )
            elif isinstance(item, ThemeItem):
                text = item.accessible_text()
                if item.theme.summary:
                    text += "\n\n" + item.theme.summary
                QToolTip.showText(event.globalPos(), tooltip_html(text), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _tooltip_pixels(self) -> int | None:
        """Presentation mode shows a note's whole text as large as its card's."""
        scene = self.scene()
        return scene.metrics.font.pixelSize() if self.room and scene is not None else None

    @property
    def keys_given_by_keyboard(self) -> bool:
        """Whether the board has the keys because someone gave them to it (Ctrl+B, Tab), rather
        than through a click on a card; a click leaves typed characters to the note field."""
        return self._keys_by_keyboard and self.hasFocus()

    def focusInEvent(self, event) -> None:
        self._keys_by_keyboard = event.reason() != Qt.FocusReason.MouseFocusReason
        super().focusInEvent(event)

    def mousePressEvent(self, event) -> None:
        self._press_at = event.position()
        self._keys_by_keyboard = False
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        """Presentation mode: a click (not a drag) on a card shows its whole text, large, for the room."""
        item = self.itemAt(event.position().toPoint()) if self.room else None
        clicked = (event.position() - self._press_at).manhattanLength() < 4
        super().mouseReleaseEvent(event)
        if isinstance(item, NoteItem) and clicked and item.scene() is self.scene():
            self._show_full_text(item)

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, NoteItem):
            self.edit_note(item)
            event.accept()
            return
        if isinstance(item, ThemeItem):
            self.edit_theme_title(item)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # --- in-place editing --------------------------------------------------------------------
    def edit_note(self, item: NoteItem | None = None) -> NoteEditor | None:
        """Open the in-place editor over ``item`` (the current card when None)."""
        item = item or self.current_item()
        if item is None or item.note.hidden:
            return None
        if self.editor is not None:
            self.editor.finish(save=True)
        rect = self.mapFromScene(item.sceneBoundingRect()).boundingRect()
        editor = NoteEditor(item.note_id, item.note.text, self.viewport())
        editor.setFont(item.scene().metrics.font)
        height = max(rect.height(), int(editor.fontMetrics().lineSpacing() * 7))
        width = max(rect.width(), int(editor.fontMetrics().averageCharWidth() * 32))
        geometry = QRectF(rect.x(), rect.y(), width, height).toRect()
        editor.setGeometry(
            geometry.intersected(self.viewport().rect())
            if self.viewport().rect().contains(geometry.topLeft())
            else geometry
        )
        editor.finished.connect(self._editor_finished)
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor = editor
        return editor

    def edit_theme_title(self, item: ThemeItem) -> ThemeTitleEditor:
        """Open the inline editor over a theme's header."""
        if self.editor is not None:
            self.editor.finish(save=True)
        rect = self.mapFromScene(item.mapRectToScene(item.header_rect())).boundingRect()
        editor = ThemeTitleEditor(item.theme_id, item.theme.title, self.viewport())
        font = item.scene().metrics.font
        editor.setFont(font)
        width = max(rect.width(), int(editor.fontMetrics().averageCharWidth() * 30))
        editor.setGeometry(rect.x(), rect.y(), width, max(editor.sizeHint().height(), rect.height() // 2))
        editor.finished.connect(self._title_finished)
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor = editor
        return editor

    def _title_finished(self, theme_id: str, old: str, new: str) -> None:
        self.editor = None
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        scene = self.scene()
        item = scene.theme_items.get(theme_id) if scene is not None else None
        if item is not None:
            scene.setFocusItem(item)
        if new != old:
            self.theme_renamed.emit(theme_id, old, new)

    def _editor_finished(self, note_id: str, old: str, new: str) -> None:
        self.editor = None
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        item = self.scene().items_by_id.get(note_id) if self.scene() else None
        if item is not None:
            self.scene().setFocusItem(item)
        if new != old:
            self.edit_finished.emit(note_id, old, new)
