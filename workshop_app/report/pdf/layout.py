"""The PDF's measures: colours, margins, paragraph styles and the arithmetic of column widths
and fitted lines (no drawing here)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from workshop_app.report import fonts

INK = colors.HexColor("#1f2328")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#b8c4d0")
SHADE = colors.HexColor("#eef3f8")

MARGIN_X = 24 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 22 * mm


KEEP_WITH_NEXT = {0: 110, 1: 90, 2: 75}
"""Space (pt) a heading of each level needs on the page, itself included, or it starts a new page.

Used instead of the styles' ``keepWithNext``, which wraps every heading with what follows in
a KeepTogether and lays both out twice; on a 1,000-note report that costs a third of the time.
Headings in a row share one condition (see :meth:`~.render.PdfRenderer.keep`).
"""
THEME_KEEP = 60


PAGE_WIDTH, PAGE_HEIGHT = A4
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        fontSize=10,
        leading=14.5,
        textColor=INK,
        spaceAfter=6,
        bulletFontName=fonts.REGULAR,
        splitLongWords=1,
        alignment=TA_LEFT,
    )

    def style(name: str, **values) -> ParagraphStyle:
        return ParagraphStyle(name, parent=values.pop("parent", base), **values)

    return {
        "body": base,
        "h1": style(
            "h1", fontName=fonts.BOLD, fontSize=20, leading=25, textColor=ACCENT, spaceBefore=18, spaceAfter=12
        ),
        "h2": style("h2", fontName=fonts.BOLD, fontSize=14, leading=18, textColor=ACCENT, spaceBefore=14, spaceAfter=6),
        "h3": style("h3", fontName=fonts.BOLD, fontSize=11.5, leading=15, spaceBefore=12, spaceAfter=4),
        "theme": style("theme", fontName=fonts.BOLD, fontSize=10.5, leading=14, spaceBefore=9, spaceAfter=1),
        "meta": style("meta", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=3),
        "lead": style("lead", fontName=fonts.ITALIC, textColor=MUTED, spaceAfter=8),
        "quote": style("quote", fontName=fonts.ITALIC, fontSize=9.5, leading=13.5, leftIndent=14, spaceAfter=3),
        # the bullet is typed into the text with a hanging indent: reportlab's bulletText draws
        # a second text object per paragraph, a tenth of the appendix's layout time
        "note": style("note", fontSize=9, leading=12.5, leftIndent=12, firstLineIndent=-9, spaceAfter=2.5),
        "bullet": style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3),
        # spaceBefore > the top padding, or the shaded box touches the heading above it
        "conclusion": style(
            "conclusion",
            backColor=SHADE,
            borderPadding=(6, 8, 6, 8),
            leftIndent=8,
            rightIndent=8,
            spaceBefore=12,
            spaceAfter=12,
        ),
        "caption": style(
            "caption", fontName=fonts.ITALIC, fontSize=8.5, leading=11.5, textColor=MUTED, spaceBefore=4, spaceAfter=10
        ),
        "cell": style("cell", fontSize=9, leading=12, spaceAfter=0),
        "cell_bold": style("cell_bold", fontName=fonts.BOLD, fontSize=9, leading=12, spaceAfter=0),
        "toc0": style("toc0", fontName=fonts.BOLD, fontSize=10.5, leading=14, spaceBefore=6),
        "toc1": style("toc1", fontSize=10, leading=13.5, leftIndent=14),
        "title": style("title", fontName=fonts.BOLD, fontSize=30, leading=36, textColor=ACCENT),
        "subtitle": style("subtitle", fontSize=15, leading=20, textColor=INK),
        "title_meta": style("title_meta", fontSize=11.5, leading=16, textColor=INK),
    }


def count_widths(headers: list[str], total: float, size: float = 9, padding: float = 9) -> list[float]:
    """Widths of the overview table: the number columns as wide as their bold header on one line
    ("Behov av stöd"), with up to 12 pt more as a gap to the header left of it (the headers are
    right-aligned), and at least :data:`COUNT_MIN` of ``total`` each; the focus area column gets
    the rest, but never less than :data:`AREA_MIN` of ``total`` (long category names then wrap)."""
    room = total * (1 - AREA_MIN)
    least = total * COUNT_MIN
    wanted = [room / len(headers)] * len(headers)
    for gap in (12, 6, 0):
        widths = [max(stringWidth(h, fonts.BOLD, size) + padding + gap, least) for h in headers]
        if sum(widths) <= room:
            wanted = widths
            break
    return [total - sum(wanted)] + wanted


COUNT_MIN = 0.13
"""Least share of the width of a number column in the overview table (an even look for short headers)."""
AREA_MIN = 0.36
"""Least share of the width of the focus area column in the overview table."""


def column_widths(rows: list[list[str]], total: float, size: float = 9, padding: float = 9) -> list[float]:
    """Column widths that fit ``total``: no column narrower than its longest word (when possible),
    the remaining space shared in proportion to how much more each column would like."""

    def width(text: str, font: str) -> float:
        return stringWidth(text, font, size) + padding

    count = len(rows[0])
    least = [0.0] * count
    wanted = [0.0] * count
    for row_index, row in enumerate(rows):
        font = fonts.BOLD if row_index == 0 else fonts.REGULAR
        for i, text in enumerate(row):
            words = text.split() or [""]
            least[i] = max(least[i], max(width(w, font) for w in words))
            wanted[i] = max(wanted[i], width(text, font))
    if sum(least) >= total:
        return [total * w / sum(least) for w in least]
    if sum(wanted) <= total:
        spare = total - sum(wanted)
        return [w + spare * w / sum(wanted) for w in wanted]
    spare = total - sum(least)
    extra = [w - m for w, m in zip(wanted, least)]
    return [m + spare * e / sum(extra) for m, e in zip(least, extra)]


def balanced_wrap(para: Paragraph, width: float, height: float) -> float:
    """Wrap a title in the narrowest width that needs no more lines than ``width`` does, so that
    its lines are of even length ("Omställningen till / nära vård", not "... till nära / vård")."""
    _, h = para.wrap(width, height)
    lines = len(para.blPara.lines)
    if lines < 2 or para.style.alignment == TA_RIGHT:
        return h
    low, high = width / 2, width
    for _ in range(10):
        middle = (low + high) / 2
        para.wrap(middle, height)
        if len(para.blPara.lines) > lines:
            low = middle
        else:
            high = middle
    _, h = para.wrap(high, height)
    return h


def fit(text: str, width: float, size: float) -> str:
    if stringWidth(text, fonts.REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
