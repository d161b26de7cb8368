"""The frame of the board: a header per focus area (column) and a cell per area and category."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem

from workshop_app.domain.model import Category, FocusArea
from workshop_app.gui.board.metrics import BoardMetrics, bold_of, wrap_plain
from workshop_app.gui.board.style import BoardStyle, icon_pixmap


class AreaHeaderItem(QGraphicsItem):
    """A focus area's name over its column, on a band of the area's colour."""

    Type = QGraphicsItem.UserType + 2

    def __init__(self, area: FocusArea, index: int, metrics: BoardMetrics, style: BoardStyle):
        super().__init__()
        self.area = area
        self.index = index
        self.count = 0
        self.alone = False
        """Presentation mode shows this area alone (the header then says how to get back)."""
        self.width = metrics.column_min_width
        self._metrics = metrics
        self._style = style
        self._lines: list[str] | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.RightButton)

    def type(self) -> int:
        return self.Type

    def set_geometry(self, width: float, metrics: BoardMetrics, style: BoardStyle) -> None:
        self.prepareGeometryChange()
        self.width, self._metrics, self._style = width, metrics, style
        self._lines = None

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self._metrics.area_header_height)

    def title(self) -> str:
        """The area's name with its number (Ctrl+1…9 picks the first nine), as the header shows it."""
        return f"{self.index + 1}  {self.area.name}" if self.index < 9 else self.area.name

    def paint(self, painter: QPainter, option, widget=None) -> None:
        m, s = self._metrics, self._style
        rect = self.boundingRect()
        band = QColor(self.area.colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band)
        painter.drawRoundedRect(QRectF(0, 0, self.width, m.pad * 0.9), 2, 2)
        painter.setPen(s.header_text)
        painter.setFont(m.header_font)
        if self._lines is None:
            self._lines = wrap_plain(self.title(), m.header_font, self.width - m.pad, m.header_lines)
        line_h = QFontMetricsF(m.header_font).lineSpacing()
        y = m.pad * 1.6
        for line in self._lines:
            painter.drawText(
                QRectF(0, y, self.width, line_h), int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine), line
            )
            y += line_h
        painter.setFont(m.small_font)
        n = self.count  # lupdate only sees a plural whose count is a plain name
        count = QCoreApplication.translate("Board", "%n note(s)", None, n)
        painter.drawText(
            QRectF(0, rect.height() - m.line, self.width, m.line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            count,
        )
        if self.alone:
            back = QCoreApplication.translate("Board", "Whole board: 0 or Esc")
            painter.drawText(
                QRectF(0, rect.height() - m.line, self.width - m.pad, m.line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                back,
            )


def _tint(colour: str | QColor, alpha: int, background: QColor) -> QColor:
    """``colour`` at ``alpha`` over the board's background, as one opaque colour: the same look as a
    translucent fill, but an opaque fill of a tall cell costs a fraction of a blended one."""
    c = QColor(colour)
    a = alpha / 255
    return QColor.fromRgbF(
        c.redF() * a + background.redF() * (1 - a),
        c.greenF() * a + background.greenF() * (1 - a),
        c.blueF() * a + background.blueF() * (1 - a),
    )


class CellItem(QGraphicsItem):
    """One focus area × one category. Note cards are its children, laid out in a grid flow."""

    Type = QGraphicsItem.UserType + 3

    def __init__(self, area: FocusArea, category: Category, metrics: BoardMetrics, style: BoardStyle):
        super().__init__()
        self.area = area
        self.category = category
        self.note_ids: list[str] = []
        self.theme_ids: list[str] = []
        """The cell's themes in board order (position, then age)."""
        self.order: list[str] = []
        """Note ids in the order they are laid out (by theme, then the loose ones)."""
        self.loose_top: float | None = None
        self.loose_count = 0
        self.more = 0
        """Notes of the cell that presentation mode has no room for (its "+N more" line)."""
        self.more_rect: QRectF | None = None
        self.room_placed: tuple[list[str], int] | None = None
        """Presentation mode: the note ids and how many of the newest were shown when last placed."""
        self.width = metrics.column_min_width
        self.height = metrics.cell_header_height + metrics.card_height
        self._extent = self.height
        """How far down the item's bounds reach: at least the cell's height (see :meth:`set_size`)."""
        self.content_height = self.height
        self._metrics = metrics
        self._style = style
        self._colour_cache: tuple[tuple, QColor, QColor] | None = None
        # Only the exposed part of a tall cell is painted (a cell of 300 notes is 10,000 px high).
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        # Its cards lie inside it, so a repaint skips the cards of every cell it does not touch
        # (without this, each repaint tests all 5,000 cards). Cleared while its cards are dragged.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape, True)
        self.setZValue(-1)

    def type(self) -> int:
        return self.Type

    def set_look(self, metrics: BoardMetrics, style: BoardStyle) -> None:
        self.prepareGeometryChange()
        self._metrics, self._style = metrics, style

    def set_size(self, width: float, height: float, *, spare: float = 0.0) -> None:
        """Give the cell a new size. ``spare`` is room below it that its bounds may keep, so
        that the next rows of cards grow into it: a change of bounds repaints the whole cell and
        every card in it (the whole view, on a big board), a growth inside them only the band
        that grows (the normal board passes some; presentation mode none, its cells are exact)."""
        if width == self.width and height <= self._extent <= height + spare:
            if height != self.height:
                top, bottom = sorted((self.height, height))
                self.height = height
                self.update_part(QRectF(0, top - 2, width, bottom - top + 4))  # the border moves down or up
            return
        self.prepareGeometryChange()
        self.width, self.height, self._extent = width, height, height + spare

    def update_part(self, rect: QRectF) -> None:
        """Repaint ``rect`` (item coordinates) of a tall cell. Through the scene: an item keeps
        one rectangle to repaint, so two parts (the count at the top, the growth at the bottom)
        would repaint everything between them."""
        scene = self.scene()
        if scene is not None:
            scene.update(self.mapRectToScene(rect))

    def rect(self) -> QRectF:
        """The cell itself, in its own coordinates (its bounds may reach further down: :meth:`set_size`)."""
        return QRectF(0, 0, self.width, self.height)

    def scene_rect(self) -> QRectF:
        """The cell itself, in scene coordinates."""
        return self.mapRectToScene(self.rect())

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self._extent)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.rect())
        return path

    def set_more(self, more: int, rect: QRectF | None) -> None:
        """Say that ``more`` of the cell's notes are not shown, on a line at ``rect`` (item coordinates)."""
        if (more, rect) != (self.more, self.more_rect):
            self.more, self.more_rect = more, rect
            self.update()

    def more_text(self) -> str:
        return QCoreApplication.translate("Board", "+%1 more").replace("%1", str(self.more))

    def _paint_more(self, painter: QPainter) -> None:
        """The "+N more" line: a band the full width of the cell, bold, easy to see from afar."""
        m, s = self._metrics, self._style
        rect = self.more_rect
        band = QColor(s.text)
        band.setAlpha(28 if s.cell_alpha else 90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band)
        painter.drawRoundedRect(rect, m.pad * 0.5, m.pad * 0.5)
        painter.setPen(s.text)
        painter.setFont(bold_of(m.small_font))
        painter.drawText(
            rect.adjusted(m.pad * 0.5, 0, -m.pad * 0.5, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine),
            self.more_text(),
        )

    def _colours(self) -> tuple[QColor, QColor]:
        """The cell's fill and its border's colour, worked out once per look.

        The 1-unit border is blended with the fill once: the same pixels as a translucent line
        over it, drawn as opaque strips of only its exposed parts (stroking the outline of a cell
        10,000 units high and clipping it cost more than everything else a post repaints)."""
        s = self._style
        key = (self.category.colour, id(s))
        if self._colour_cache is None or self._colour_cache[0] != key:
            fill = _tint(self.category.colour, s.cell_alpha, s.background)
            self._colour_cache = (key, fill, _tint(s.text, 60 if s.cell_alpha else 160, fill))
        return self._colour_cache[1], self._colour_cache[2]

    def paint(self, painter: QPainter, option, widget=None) -> None:
        m, s = self._metrics, self._style
        rect = self.rect()
        visible = option.exposedRect.intersected(rect)
        if visible.isEmpty():  # only the room below the cell is exposed
            return
        colour, border = self._colours()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(visible, colour)
        w, h = rect.width(), rect.height()
        for edge in (QRectF(0, 0, 1, h), QRectF(w - 1, 0, 1, h), QRectF(0, 0, w, 1), QRectF(0, h - 1, w, 1)):
            part = edge.intersected(visible.adjusted(-1, -1, 1, 1))
            if not part.isEmpty():
                painter.fillRect(part, border)
        painter.restore()
        if self.more and self.more_rect is not None and visible.intersects(self.more_rect):
            self._paint_more(painter)
        if (
            self.loose_top is not None
            and self.loose_count
            and visible.top() <= self.loose_top + m.line
            and visible.bottom() >= self.loose_top
        ):
            painter.setPen(s.text)
            painter.setFont(m.small_font)
            label = QCoreApplication.translate("Board", "Not in a theme (%1)").replace("%1", str(self.loose_count))
            painter.drawText(
                QRectF(m.pad, self.loose_top, self.width - 2 * m.pad, m.line),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                label,
            )
        if visible.top() > m.cell_header_height:
            return
        size = int(m.cell_header_height - m.pad)
        colour_name = "#ffffff" if s.cell_alpha == 0 else "#202020"
        if self.category.icon:
            painter.drawPixmap(QPointF(m.pad * 0.6, m.pad * 0.5), icon_pixmap(self.category.icon, size, colour_name))
        painter.setPen(s.text)
        painter.setFont(m.small_font)
        label = f"{self.category.name} ({len(self.note_ids)})"
        rect = QRectF(m.pad * 0.6 + size + m.pad * 0.4, 0, self.width - size - m.pad * 2, m.cell_header_height)
        fm = painter.fontMetrics()
        painter.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            fm.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width())),
        )
