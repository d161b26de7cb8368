"""The focus areas' names kept over the top of the board once their headers are scrolled away."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPixmap, QTransform

from workshop_app.gui.board.cell_items import AreaHeaderItem
from workshop_app.gui.board.metrics import BoardMetrics
from workshop_app.gui.board.style import BoardStyle


@dataclass(frozen=True)
class StickyHeader:
    """The focus areas' names kept at the top of the viewport once their headers are scrolled away.

    Attributes:
        rect: the band, in scene coordinates: the top of what the view shows, its whole width.
        columns: each area's header item with its part of the band (scene coordinates); the
            geometry is the header's own, so the band follows the columns' layout by itself.
    """

    rect: QRectF
    columns: tuple[tuple[AreaHeaderItem, QRectF], ...]


def sticky_header_height(metrics: BoardMetrics) -> float:
    """The band's height in scene units: the colour strip and one line of the header font."""
    return metrics.pad * 2.3 + QFontMetricsF(metrics.header_font).lineSpacing()


class StickyBand:
    """The band as a pixmap of the viewport's pixels, drawn again only when the columns, the zoom,
    the horizontal scroll or the names change: every vertical scroll repaints the band (the
    pixels under it move, it does not), and a post that starts a new row of cards scrolls."""

    def __init__(self):
        # (key, band, the metrics and style it was drawn with): holding those two keeps their ids, which
        # the key names, from being given to a new metrics or style object while the band is cached
        self._cached: tuple[tuple, QPixmap, tuple[BoardMetrics, BoardStyle]] | None = None

    def pixmap(
        self,
        sticky: StickyHeader,
        metrics: BoardMetrics,
        style: BoardStyle,
        transform: QTransform,
        origin: QPointF,
        ratio: float,
        hints: QPainter.RenderHint,
    ) -> QPixmap:
        """The band for ``transform`` (scene to viewport), whose top left lands at ``origin``."""
        key = (
            round(transform.m11(), 6),
            round(transform.m22(), 6),
            round(origin.x() - transform.dx(), 3),  # the horizontal scroll (the vertical one moves nothing here)
            sticky.rect.width(),
            sticky.rect.height(),
            id(metrics),
            id(style),
            tuple((h.title(), h.area.colour, column.x(), column.width()) for h, column in sticky.columns),
            ratio,
            hints,
        )
        if self._cached is not None and self._cached[0] == key:
            return self._cached[1]
        size = transform.mapRect(sticky.rect).size()
        band = QPixmap(math.ceil(size.width() * ratio), math.ceil((size.height() + 2) * ratio))  # + the edge line
        band.setDevicePixelRatio(ratio)
        band.fill(Qt.GlobalColor.transparent)
        painter = QPainter(band)
        painter.setRenderHints(hints)
        painter.setWorldTransform(transform * QTransform.fromTranslate(-origin.x(), -origin.y()))
        paint_band(painter, sticky, metrics, style)
        painter.end()
        self._cached = (key, band, (metrics, style))
        return band


def paint_band(painter: QPainter, sticky: StickyHeader, m: BoardMetrics, s: BoardStyle) -> None:
    """The band in scene coordinates: each area's colour strip and name over its column."""
    painter.fillRect(sticky.rect, s.background)
    edge = QColor(s.text)
    edge.setAlpha(110)
    painter.setPen(QPen(edge, 0))
    painter.drawLine(QLineF(sticky.rect.bottomLeft(), sticky.rect.bottomRight()))
    painter.setFont(m.header_font)
    fm = QFontMetricsF(m.header_font)
    line = fm.lineSpacing()
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine)
    for header, column in sticky.columns:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(header.area.colour))
        painter.drawRoundedRect(QRectF(column.x(), column.y(), column.width(), m.pad * 0.9), 2, 2)
        painter.setPen(s.header_text)
        text = fm.elidedText(header.title(), Qt.TextElideMode.ElideRight, column.width() - m.pad)
        painter.drawText(QRectF(column.x(), column.y() + m.pad * 1.4, column.width(), line), flags, text)
