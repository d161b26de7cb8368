"""A note card on the board: an adapter holding a note id that redraws from the note it is given."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyle, QStyleOptionGraphicsItem

from workshop_app.domain.model import Category, Note
from workshop_app.gui.board.metrics import BoardMetrics, is_right_to_left, wrap_plain
from workshop_app.gui.board.protocols import HintingBoard
from workshop_app.gui.board.style import HIDDEN_ICON, BoardStyle, icon_pixmap

MARGIN = 3.0
"""Room around the card for the selection and focus frames."""

HINT_ICON = "mdi6.tray-arrow-down"
"""The icon of "Passar i: <tema>" on a new loose card (the same as "Sort in new notes")."""


# made once, not per card: a board of 1,000 cards is built on the way to the first frame
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)
_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


class NoteItem(QGraphicsRectItem):
    """One sticky note. Painted directly (no child items) so a board of 5,000 stays light.

    A QGraphicsRectItem so that its bounding rectangle is answered in C++: the scene asks every
    card for it on every repaint, and 5,000 calls into Python cost more than the painting
    (a repaint after posting a note took 15 ms, most of it in ``boundingRect``).

    The card shows the category's colour *and* its icon, the group name, and as much of the text
    as fits (elided); a face-down note (hidden round) shows its back only.
    """

    Type = QGraphicsItem.UserType + 1

    def __init__(self, note: Note, category: Category, metrics: BoardMetrics, style: BoardStyle):
        super().__init__()
        self.note = note
        self.category = category
        self._metrics = metrics
        self._style = style
        self._width = metrics.card_min_width
        self._height: float | None = None  # presentation mode's own size, else the metrics'
        self._max_lines: int | None = None
        self._lines: list[str] | None = None
        self.matches = True
        self.hint_theme_id: str | None = None
        """A theme of the cell this loose note fits (shown as a line on the card until accepted)."""
        self.hint_title = ""
        self.highlighted = False
        self._longest: tuple[str, int] | None = None
        """Just posted: presentation mode rings it for a few seconds."""
        self.setPen(_NO_PEN)
        self._update_rect()
        self.setFlags(_FLAGS)
        # Painted once, then blitted: a full board repaint costs a quarter (see bench_gui.py).
        self.setCacheMode(_CACHE)

    # --- adapter -----------------------------------------------------------------------------
    @property
    def note_id(self) -> str:
        return self.note.id

    def type(self) -> int:
        return self.Type

    def update_from(self, note: Note, category: Category) -> None:
        """Redraw from a fresh copy of the note (after a Change)."""
        if note.text != self.note.text:
            self._lines = None
        moved = (note.focus_area_id, note.category_id) != (self.note.focus_area_id, self.note.category_id)
        self.note = note
        self.category = category
        if self.hint_theme_id and (moved or note.theme_id or note.hidden or note.deleted_at):
            self.set_theme_hint(None)
        self.update()

    def set_theme_hint(self, theme_id: str | None, title: str = "") -> None:
        """Show (or with None take away) the line "Fits in: <title>" at the bottom of the card."""
        if (theme_id, title if theme_id else "") == (self.hint_theme_id, self.hint_title):
            return
        self.hint_theme_id = theme_id
        self.hint_title = title if theme_id else ""
        self._lines = None
        self.setAcceptHoverEvents(theme_id is not None)
        if theme_id is None:
            self.unsetCursor()
        self.update()

    def longest_word(self) -> int:
        """Characters in the note's longest word (0 for a face-down note): the room's cards try
        to be wide enough for it."""
        if self._longest is None or self._longest[0] != self.note.text:
            words = self.note.text[:2000].split()
            self._longest = (self.note.text, max(map(len, words), default=0))
        return 0 if self.note.hidden else self._longest[1]

    def set_highlight(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def hint_text(self) -> str:
        return QCoreApplication.translate("NoteItem", "Fits in: %1").replace("%1", self.hint_title)

    def hint_rect(self) -> QRectF:
        """Where the hint line is, in item coordinates (a click there accepts it)."""
        m = self._metrics
        if m.compact:
            return QRectF()  # a compact card shows no hint
        height = m.line
        return QRectF(m.pad * 0.5, self._metrics.card_height - height - m.pad * 0.4, self._width - m.pad, height)

    def hoverMoveEvent(self, event) -> None:
        if self.hint_theme_id and self.hint_rect().contains(event.pos()):
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.unsetCursor()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event) -> None:
        """One click on the hint line puts the note in that theme (an undoable command)."""
        if (
            self.hint_theme_id
            and event.button() == Qt.MouseButton.LeftButton
            and self.hint_rect().contains(event.pos())
            and self.scene() is not None
            and isinstance(self.scene(), HintingBoard)
        ):
            event.accept()
            self.scene().theme_hint_accepted.emit(self.note_id)
            return
        super().mousePressEvent(event)

    def _update_rect(self) -> None:
        m = MARGIN
        self.setRect(QRectF(-m, -m, self._width + 2 * m, self.card_height() + 2 * m))

    def set_width(self, width: float) -> None:
        if width != self._width:
            self._width = width
            self._lines = None
            self._update_rect()

    def set_look(self, metrics: BoardMetrics, style: BoardStyle) -> None:
        self._metrics = metrics
        self._style = style
        self._height = self._max_lines = None
        self._lines = None
        self._update_rect()
        self.update()  # a new look of the same size: setRect() keeps the cached pixmap of the old one

    def accessible_text(self) -> str:
        """What a screen reader (and the status bar) says about this card."""
        if self.note.hidden:
            return QCoreApplication.translate("NoteItem", "Hidden note (%1)").replace("%1", self.category.name)
        parts = [self.category.name]
        if self.note.group_name:
            parts.append(self.note.group_name)
        text = f"{', '.join(parts)}: {self.note.text}"
        if self.hint_theme_id:
            text += " (" + self.hint_text() + ")"
        return text

    # --- painting ----------------------------------------------------------------------------
    def card_rect(self) -> QRectF:
        return QRectF(0, 0, self._width, self.card_height())

    def card_height(self) -> float:
        return self._height if self._height is not None else self._metrics.card_height

    def set_room_card(self, width: float, height: float, lines: int) -> None:
        """Presentation mode: this card's size and lines (a row of few notes gets more lines)."""
        if (width, height, lines) != (self._width, self._height, self._max_lines):
            self._width, self._height, self._max_lines = width, height, lines
            self._lines = None
            self._update_rect()

    def _text_lines(self) -> list[str]:
        if self._lines is None:
            m = self._metrics
            # the hint takes the last line (a compact card in presentation mode shows no hint)
            most = self._max_lines or m.text_lines
            lines = most - 1 if self.hint_theme_id and not m.compact else most
            self._lines = wrap_plain(self.note.text, m.font, self._width - 2 * m.pad, max(1, lines))
        return self._lines

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        m, s = self._metrics, self._style
        rect = self.card_rect()
        hidden = self.note.hidden
        fill = QColor(s.hidden_card if hidden else (self.note.colour or self.category.colour))
        painter.setPen(QPen(s.card_border, s.card_border_width))
        painter.setBrush(fill)
        radius = m.pad * 0.6
        painter.drawRoundedRect(rect, radius, radius)
        if m.compact:
            self._paint_compact(painter, hidden)
        else:
            self._paint_full(painter, hidden)
        if self.highlighted:
            self._paint_highlight(painter, rect, radius)

        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(s.selection, max(2.0, m.pad * 0.45)))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pen = QPen(s.focus, max(2.0, m.pad * 0.35), Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), radius, radius)

    def _paint_lines(self, painter: QPainter, y: float) -> None:
        m = self._metrics
        painter.setPen(self._style.card_text)
        painter.setFont(m.font)
        align = Qt.AlignmentFlag.AlignRight if is_right_to_left(self.note.text) else Qt.AlignmentFlag.AlignLeft
        for line in self._text_lines():
            painter.drawText(
                QRectF(m.pad, y, self._width - 2 * m.pad, m.line),
                int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine),
                line,
            )
            y += m.line

    def _paint_compact(self, painter: QPainter, hidden: bool) -> None:
        """Presentation mode: the first lines of the text, as large as the room's plan allows."""
        m = self._metrics
        if hidden:
            size = max(12, int(min(self.card_height() - m.pad, m.line)))
            painter.drawPixmap(
                QPointF(m.pad, (self.card_height() - size) / 2), icon_pixmap(HIDDEN_ICON, size, "#202020")
            )
            return
        self._paint_lines(painter, (self.card_height() - m.line * len(self._text_lines())) / 2)

    def _paint_highlight(self, painter: QPainter, rect: QRectF, radius: float) -> None:
        """A thick warm ring inside the card's edge: "this one is new"."""
        width = max(3.0, self._metrics.pad * 0.6)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self._style.fresh, width))
        painter.drawRoundedRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2), radius, radius)

    def _paint_full(self, painter: QPainter, hidden: bool) -> None:
        m, s = self._metrics, self._style
        icon_size = int(m.small_font.pointSizeF() * 1.6) if m.small_font.pointSizeF() > 0 else 16
        icon_size = max(12, min(icon_size, int(m.cell_header_height)))
        name = HIDDEN_ICON if hidden else (self.category.icon or "")
        if name:
            painter.drawPixmap(QPointF(m.pad, m.pad * 0.7), icon_pixmap(name, icon_size, "#202020"))
        painter.setPen(s.card_text)
        painter.setFont(m.small_font)
        top = QRectF(
            m.pad + icon_size + m.pad * 0.5,
            m.pad * 0.5,
            self._width - 2 * m.pad - icon_size - m.pad * 0.5,
            icon_size + m.pad * 0.4,
        )
        if hidden:
            label = QCoreApplication.translate("NoteItem", "Hidden until revealed")
        else:
            label = self.note.group_name or self.category.name
        fm = painter.fontMetrics()
        painter.drawText(
            top,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            fm.elidedText(label, Qt.TextElideMode.ElideRight, int(top.width())),
        )

        if not hidden:
            self._paint_lines(painter, m.pad + icon_size + 2)
            if self.hint_theme_id:
                self._paint_hint(painter, icon_size)

    def _paint_hint(self, painter: QPainter, icon_size: int) -> None:
        """A quiet, underlined line with an icon: "Fits in: <theme>" (a link to click)."""
        m = self._metrics
        rect = self.hint_rect()
        band = QColor("#ffffff")
        band.setAlpha(150)
        painter.setPen(QPen(QColor(0, 0, 0, 90), 1))
        painter.setBrush(band)
        painter.drawRoundedRect(rect, rect.height() / 2.5, rect.height() / 2.5)
        size = max(10, min(icon_size, int(rect.height() - 2)))
        x = rect.left() + m.pad * 0.4
        painter.drawPixmap(QPointF(x, rect.center().y() - size / 2), icon_pixmap(HINT_ICON, size, "#202020"))
        x += size + m.pad * 0.3
        font = QFont(m.small_font)
        font.setUnderline(True)
        painter.setFont(font)
        painter.setPen(self._style.card_text)
        room = QRectF(x, rect.top(), rect.right() - x - m.pad * 0.3, rect.height())
        painter.drawText(
            room,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine),
            painter.fontMetrics().elidedText(self.hint_text(), Qt.TextElideMode.ElideRight, int(room.width())),
        )
