"""A theme on the board: a frame around its cards with a header (title, keywords, note count).

A proposal (an automatic theme) has a dashed frame and a wand icon and says "Proposal"; the
facilitator's own theme has a solid frame and a person icon: the difference never rests on colour.
The cards stay children of the cell; the frame is drawn behind them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle

from workshop_app.domain.model import Theme
from workshop_app.gui.board.metrics import BoardMetrics, bold_of, wrap_plain
from workshop_app.gui.board.style import BoardStyle, icon_pixmap

AUTO_ICON = "mdi6.auto-fix"
OWN_ICON = "mdi6.account-edit-outline"


def keyword_text(theme: Theme, limit: int = 4) -> str:
    """The words that tie a theme's notes, as shown on the board: "tid · schema · stress"."""
    return " · ".join(theme.keywords[:limit])


class ThemeItem(QGraphicsItem):
    """One theme in its cell. Holds the theme (an adapter: redraws from the copy it is given)."""

    Type = QGraphicsItem.UserType + 4

    def __init__(self, theme: Theme, metrics: BoardMetrics, style: BoardStyle):
        super().__init__()
        self.theme = theme
        self.count = 0
        self.votes: int | None = None  # dots in the voting round, once they are revealed
        self.width = metrics.column_min_width
        self.height = metrics.theme_header_height
        self._metrics = metrics
        self._style = style
        self._title_lines: list[str] | None = None
        self.setZValue(-0.5)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton)

    # --- adapter -----------------------------------------------------------------------------
    @property
    def theme_id(self) -> str:
        return self.theme.id

    @property
    def is_proposal(self) -> bool:
        return self.theme.origin == "auto"

    def type(self) -> int:
        return self.Type

    def update_from(self, theme: Theme) -> None:
        if theme.title != self.theme.title:
            self._title_lines = None
        self.theme = theme
        self.update()

    def set_look(self, metrics: BoardMetrics, style: BoardStyle) -> None:
        self.prepareGeometryChange()
        self._metrics, self._style = metrics, style
        self._title_lines = None

    def set_size(self, width: float, height: float) -> None:
        if width != self.width:
            self._title_lines = None
        if (width, height) != (self.width, self.height):
            self.prepareGeometryChange()
            self.width, self.height = width, height

    def set_width(self, width: float) -> None:
        self.set_size(width, self.height)

    def _icon_size(self) -> int:
        m = self._metrics
        return int(max(12, min(QFontMetricsF(bold_of(m.font)).lineSpacing(), m.cell_header_height)))

    def title_lines(self) -> list[str]:
        """The title on up to two lines beside the icon (elided after that)."""
        if self._title_lines is None:
            m = self._metrics
            width = self.width - m.pad * 1.4 - self._icon_size() - m.pad * 0.5 - self._votes_width()
            self._title_lines = wrap_plain(self.theme.title, bold_of(m.font), max(10.0, width), 2) or [""]
        return self._title_lines

    def header_height(self) -> float:
        """Title lines plus one line of keywords (or the summary) and the note count."""
        m = self._metrics
        extra = QFontMetricsF(bold_of(m.font)).lineSpacing() * (len(self.title_lines()) - 1)
        return m.theme_header_height + extra

    def set_count(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self.update(self.header_rect())

    def set_votes(self, votes: int | None) -> None:
        """Show the theme's dots as a pill by its title (None: no revealed round; 0: no pill either,
        so that the few themes the room chose stand out on a full board)."""
        if votes != self.votes:
            self._title_lines = None
            self.votes = votes
            self.update()

    def votes_text(self) -> str:
        n = self.votes or 0
        return QCoreApplication.translate("ThemeItem", "%n vote(s)", None, n)

    def _votes_width(self) -> float:
        if not self.votes:  # no pill for a theme without dots: the panel lists those
            return 0.0
        return QFontMetricsF(bold_of(self._metrics.font)).horizontalAdvance(self.votes_text()) + self._metrics.pad * 1.6

    def _paint_votes(self, painter: QPainter, top: float, height: float) -> None:
        """A dark pill at the right of the title: "5 röster"."""
        m = self._metrics
        width = self._votes_width() - m.pad * 0.4
        pill = QRectF(self.width - m.pad * 0.5 - width, top, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#b71c1c"))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(bold_of(m.font))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), self.votes_text())

    def accessible_text(self) -> str:
        kind = (
            QCoreApplication.translate("ThemeItem", "Proposed theme")
            if self.is_proposal
            else QCoreApplication.translate("ThemeItem", "Theme")
        )
        n = self.count  # lupdate only sees a plural whose count is a plain name
        count = QCoreApplication.translate("Board", "%n note(s)", None, n)
        text = f"{kind}: {self.theme.title}, {count}"
        if self.theme.keywords:
            text += " (" + keyword_text(self.theme, 8) + ")"
        if self.votes is not None:
            text += ", " + self.votes_text()
        return text

    # --- geometry ----------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.width + 4, self.height + 4)

    def frame_rect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def header_rect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.header_height())

    # --- mouse: only the header grabs the mouse (the frame's empty space starts a rubber band) ---
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.header_rect().contains(event.pos()):
            event.ignore()
            return
        super().mousePressEvent(event)

    # --- painting ----------------------------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        m, s = self._metrics, self._style
        frame = self.frame_rect().adjusted(0.5, 0.5, -0.5, -0.5)
        radius = m.pad * 0.7
        proposal = self.is_proposal
        dark = s.cell_alpha == 0  # high contrast: dark board
        ink = QColor(s.text)
        fill = QColor("#ffffff")
        fill.setAlpha(40 if dark else (70 if proposal else 130))
        pen = QPen(ink if dark else QColor(0, 0, 0, 150), 1.4 if proposal else 2.0)
        if proposal:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(frame, radius, radius)

        # header: icon, title, count; then keyword chips (proposals) or the summary / "your theme"
        header = self.header_rect()
        band = QColor("#ffffff")
        band.setAlpha(30 if dark else (120 if proposal else 200))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band)
        painter.drawRoundedRect(header.adjusted(1.5, 1.5, -1.5, -1.5), radius, radius)

        title_font = bold_of(m.font)
        title_h = QFontMetricsF(title_font).lineSpacing()
        icon_size = self._icon_size()
        x = m.pad * 0.7
        y = m.pad * 0.6
        colour_name = "#ffffff" if dark else "#202020"
        painter.drawPixmap(
            QPointF(x, y + (title_h - icon_size) / 2),
            icon_pixmap(AUTO_ICON if proposal else OWN_ICON, icon_size, colour_name),
        )
        x += icon_size + m.pad * 0.5
        if self.votes:
            self._paint_votes(painter, y, title_h)
        painter.setPen(ink)
        painter.setFont(title_font)
        for line in self.title_lines():
            painter.drawText(
                QRectF(x, y, self.width - x - m.pad * 0.7 - self._votes_width(), title_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine),
                line,
            )
            y += title_h

        # second line: keyword chips (a proposal) or the summary, and the number of notes at the right
        y += m.pad * 0.25
        sfm = QFontMetricsF(m.small_font)
        line_h = sfm.lineSpacing() * 1.3
        left = m.pad * 0.7
        painter.setFont(m.small_font)
        n = self.count
        count = QCoreApplication.translate("Board", "%n note(s)", None, n)
        count_w = sfm.horizontalAdvance(count)
        right = self.width - m.pad * 0.7
        painter.drawText(
            QRectF(right - count_w - 1, y, count_w + 2, line_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            count,
        )
        right -= count_w + m.pad * 0.6
        if proposal:
            label = QCoreApplication.translate("ThemeItem", "Proposal:")
            lw = sfm.horizontalAdvance(label)
            painter.drawText(QRectF(left, y, lw + 2, line_h), int(Qt.AlignmentFlag.AlignVCenter), label)
            self._paint_chips(painter, left + lw + m.pad * 0.4, y, right, line_h, dark)
        else:
            # the summary (or the words that tie the notes); the solid frame and the person icon
            # already say whose theme it is
            text = " ".join(self.theme.summary.split()) or keyword_text(self.theme)
            font_i = QFont(m.small_font)
            font_i.setItalic(True)
            painter.setFont(font_i)
            fm_i = QFontMetricsF(font_i)
            painter.drawText(
                QRectF(left, y, max(0.0, right - left), line_h),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine),
                fm_i.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, right - left)),
            )

        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(s.selection, max(2.0, m.pad * 0.45)))
            painter.drawRoundedRect(frame.adjusted(1, 1, -1, -1), radius, radius)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(s.focus, max(2.0, m.pad * 0.35), Qt.PenStyle.DotLine))
            painter.drawRoundedRect(header.adjusted(2, 2, -2, -2), radius, radius)

    def _paint_chips(self, painter: QPainter, x: float, y: float, right: float, line_h: float, dark: bool) -> None:
        """Keyword chips, as many as fit; "tid · schema · stress" for a screen reader and tooltip."""
        m = self._metrics
        fm = QFontMetricsF(m.small_font)
        chip_fill = QColor("#ffffff" if not dark else "#333333")
        chip_edge = QColor(0, 0, 0, 90) if not dark else QColor("#ffffff")
        ink = QColor(self._style.text)
        for word in self.theme.keywords[:6]:
            w = fm.horizontalAdvance(word) + m.pad * 1.2
            if x + w > right:
                if x + fm.horizontalAdvance("…") < right:
                    painter.setPen(ink)
                    painter.drawText(QRectF(x, y, right - x, line_h), int(Qt.AlignmentFlag.AlignVCenter), "…")
                break
            chip = QRectF(x, y + 1, w, line_h - 2)
            painter.setPen(QPen(chip_edge, 1))
            painter.setBrush(chip_fill)
            painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            painter.setPen(ink)
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), word)
            x += w + m.pad * 0.4
