"""Sizes on the board, all derived from the application font (so they follow the system size)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from workshop_app.domain.board_layout import Spacing

LINE_SEPARATOR = "\u2028"


@dataclass
class BoardMetrics:
    """Geometry of the board in scene units (1 unit = 1 pixel at zoom 1)."""

    font: QFont
    small_font: QFont
    header_font: QFont
    em: float
    line: float
    card_min_width: float
    card_height: float
    text_lines: int
    gap: float
    pad: float
    area_header_height: float
    cell_header_height: float
    column_min_width: float
    theme_header_height: float = 0.0
    theme_margin: float = 0.0
    compact: bool = False
    """Cards show their text only (presentation mode), without the icon and group line."""
    header_lines: int = 2
    """Lines of an area header's title."""

    @classmethod
    def from_font(cls, font: QFont, scale: float = 1.0) -> "BoardMetrics":
        base = QFont(font)
        if base.pointSizeF() > 0:
            base.setPointSizeF(base.pointSizeF() * scale)
        else:
            base.setPixelSize(max(6, round(base.pixelSize() * scale)))
        small = QFont(base)
        if small.pointSizeF() > 0:
            small.setPointSizeF(base.pointSizeF() * 0.85)
        header = QFont(base)
        header.setBold(True)
        if header.pointSizeF() > 0:
            header.setPointSizeF(base.pointSizeF() * 1.15)
        fm = QFontMetricsF(base)
        em = fm.height()
        line = fm.lineSpacing()
        text_lines = 4
        pad = round(em * 0.4)
        small_line = QFontMetricsF(small).lineSpacing()
        card_height = pad * 2 + small_line + 2 + line * text_lines
        header_line = QFontMetricsF(header).lineSpacing()
        return cls(
            font=base,
            small_font=small,
            header_font=header,
            em=em,
            line=line,
            card_min_width=round(em * 10),
            card_height=round(card_height),
            text_lines=text_lines,
            gap=round(em * 0.45),
            pad=pad,
            area_header_height=round(header_line * 2 + pad * 3 + 4),
            cell_header_height=round(small_line + pad * 2),
            column_min_width=round(em * 12),
            # title line (bold) + a line of keyword chips, inside a frame
            theme_header_height=round(QFontMetricsF(bold_of(base)).lineSpacing() + small_line * 1.5 + pad * 1.6),
            theme_margin=max(3, round(pad * 0.6)),
        )

    def spacing(self) -> Spacing:
        """The measures the board's layout arithmetic (domain.board_layout) works with."""
        return Spacing(
            gap=self.gap,
            pad=self.pad,
            line=self.line,
            card_min_width=self.card_min_width,
            card_height=self.card_height,
            column_min_width=self.column_min_width,
            area_header_height=self.area_header_height,
            cell_header_height=self.cell_header_height,
            theme_margin=self.theme_margin,
        )


def bold_of(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def is_right_to_left(text: str) -> bool:
    """True when the first strongly directional character of ``text`` is right-to-left."""
    for ch in text[:200]:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def wrap_plain(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Break plain ``text`` into at most ``max_lines`` lines of ``width``, eliding the last.

    The text is never interpreted as markup; line breaks in it are kept.
    """
    if width <= 0 or max_lines <= 0:
        return []
    flat = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", LINE_SEPARATOR)
    flat = flat.replace("\t", " ")
    # Laying out 20,000 characters to show four lines is wasted work: a generous prefix will do.
    limit = max_lines * 400
    clipped = len(flat) > limit
    if clipped:
        flat = flat[:limit]
    layout = QTextLayout(flat, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
        if len(lines) > max_lines:
            break
    layout.endLayout()
    result = [flat[s : s + n].replace(LINE_SEPARATOR, "").rstrip() for s, n in lines[:max_lines]]
    if len(lines) > max_lines or clipped:
        start = lines[max_lines - 1][0]
        rest = flat[start:].replace(LINE_SEPARATOR, " ")
        fm = QFontMetricsF(font)
        last = fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        if last == rest:  # the rest fits (the cut came from a line break): still mark it
            last = fm.elidedText(rest.rstrip() + " …", Qt.TextElideMode.ElideRight, width)
        result[max_lines - 1] = last
    return result
