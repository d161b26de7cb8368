"""What is drawn on the PDF's pages around the text: the title page, and the running head
(report title, current chapter) and foot (publisher, page number) of every other page."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph

from workshop_app.report import fonts
from workshop_app.report.blocks import Outline
from workshop_app.report.errors import ReportError
from workshop_app.report.markup import line_text, visual_order
from workshop_app.report.pdf.flowables import LayoutState
from workshop_app.report.pdf.layout import (
    ACCENT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    balanced_wrap,
    fit,
)
from workshop_app.report.pdf.text import TextMaker


class PageDecoration:
    """The page callbacks of the report's page templates."""

    def __init__(self, outline: Outline, maker: TextMaker, styles: dict[str, ParagraphStyle], state: LayoutState):
        self.outline = outline
        self.maker = maker
        self.styles = styles
        self.state = state
        self.width = FRAME_WIDTH
        # running heads are drawn as plain strings: right-to-left text is put in visual order
        self.header_title = line_text(outline.title, fonts.coverage(), outline.language)
        self.footer_text = visual_order(
            fit(line_text(outline.footer, fonts.coverage(), outline.language), self.width * 0.7, 8)
        )

    def page_start(self, canvas: Canvas, doc) -> None:
        self.state.chapter_at_start = self.state.chapter

    def page_end(self, canvas: Canvas, doc) -> None:
        page = canvas.getPageNumber()
        chapter = self.state.first_chapter_on_page.get(page) or self.state.chapter_at_start
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(MUTED)
        y = PAGE_HEIGHT - MARGIN_TOP + 12 * mm
        right = fit(chapter, PAGE_WIDTH * 0.4, 8)
        left = visual_order(fit(self.header_title, self.width - stringWidth(right, fonts.REGULAR, 8) - 20, 8))
        canvas.drawString(MARGIN_X, y, left)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 4, PAGE_WIDTH - MARGIN_X, y - 4)
        footer_y = MARGIN_BOTTOM - 12 * mm
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, footer_y, self.outline.page_label.format(n=page))
        if self.footer_text:
            canvas.drawString(MARGIN_X, footer_y, self.footer_text)
        canvas.restoreState()

    def draw_cover(self, canvas: Canvas, doc) -> None:
        cover = self.outline.cover
        width, height = PAGE_WIDTH, PAGE_HEIGHT
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        top = height - 40 * mm
        if cover.logo_path:
            image = logo(cover.logo_path)
            image.drawOn(canvas, MARGIN_X, top - image.drawHeight)
            top -= image.drawHeight + 8 * mm
        metas = []
        for text in (cover.organisation, cover.date):
            if text:
                para = self.maker.paragraph(text, self.styles["title_meta"])
                metas.append((para, para.wrap(self.width, height)[1]))
        base = MARGIN_BOTTOM + 24 * mm
        meta_top = base + (metas[0][1] if metas else 0)
        titles, total = self.cover_titles(top - meta_top - 24)
        # at 62 % of the page, higher when a long title would reach the organisation below it
        y = min(top, max(height * 0.62, meta_top + 24 + total))
        for para, h in titles:
            para.drawOn(canvas, MARGIN_X, y - h)
            y -= h + 14
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN_X, y - 4, MARGIN_X + 40 * mm, y - 4)
        y = base  # the organisation stands on this line (growing upwards), the date below it
        for index, (para, h) in enumerate(metas):
            if index:
                y -= h + 2
            para.drawOn(canvas, MARGIN_X, y)
        canvas.restoreState()

    def cover_titles(self, room: float) -> tuple[list[tuple[Paragraph, float]], float]:
        """The title and subtitle with their heights and the block's height; set smaller when
        they would not fit in ``room`` points, so that a very long title never runs into the
        organisation and date below it."""
        scale = 1.0
        while True:
            titles = []
            for text, name in ((self.outline.cover.title, "title"), (self.outline.cover.subtitle, "subtitle")):
                if not text:
                    continue
                style = self.styles[name]
                if scale < 1:
                    style = ParagraphStyle(
                        f"{name}-small", parent=style, fontSize=style.fontSize * scale, leading=style.leading * scale
                    )
                para = self.maker.paragraph(text, style)
                titles.append((para, balanced_wrap(para, self.width, PAGE_HEIGHT)))
            total = sum(h + 14 for _, h in titles)
            if total <= room or scale < 0.3:
                return titles, total
            scale *= 0.8


def logo(path_text: str) -> Image:
    """The logo as an image of at most 55 × 28 mm.

    Raises:
        ReportError: the file is missing or not an image reportlab can read.
    """
    path = Path(path_text).expanduser()
    if not path.is_file():
        raise ReportError(f"The logo file {path} does not exist; choose another image or remove the logo.")
    try:
        image = Image(str(path))
        iw, ih = image.imageWidth, image.imageHeight
    except Exception as exc:  # reportlab raises many kinds for a bad image
        raise ReportError(f"The logo file {path.name} is not an image the report can use (PNG or JPEG).") from exc
    scale = min(55 * mm / iw, 28 * mm / ih)
    image.drawWidth, image.drawHeight = iw * scale, ih * scale
    return image
