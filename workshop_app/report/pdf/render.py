"""The PDF report: the outline (:mod:`..outline`) laid out with reportlab platypus in one pass.

Layout: A4, a title page, a table of contents, then the chapters; every page after the title
page has a running header (report title, current chapter) and a footer (publisher, page
number). Headings of levels 1-3 become PDF bookmarks at their exact position.

The table of contents is filled in after the last page is laid out: it is drawn as named PDF
forms (XObjects) that the contents pages refer to and that are defined just before the file is
saved. The contents' height is known in advance (one entry per heading, page numbers have a
fixed width), so the document is laid out once instead of the two or three passes of
``multiBuild``; that keeps a 1,000-note report close to reportlab's raw speed.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import partial
from io import BytesIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop_app.report import blocks as b
from workshop_app.report import fonts
from workshop_app.report.chart import notes_chart
from workshop_app.report.markup import clean, fallback
from workshop_app.report.pdf.flowables import (
    Contents,
    Heading,
    KeepIfShort,
    LayoutState,
    Progress,
    ReportCanvas,
    ReportDocument,
    binary_streams,
)
from workshop_app.report.pdf.layout import (
    ACCENT,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    KEEP_WITH_NEXT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    RULE,
    SHADE,
    THEME_KEEP,
    column_widths,
    count_widths,
    styles,
)
from workshop_app.report.pdf.page import PageDecoration
from workshop_app.report.pdf.text import TextMaker
from workshop_app.report.texts import PDF_LANG, is_quoted

PARA_STYLES = {"label": "theme"}
"""Outline paragraph styles whose PDF style has another name."""
CHAPTER_ROOM = 60 * 72 / 25.4
"""A chapter that may follow another on the page starts a new page unless this much (60 mm) is free."""


class PdfRenderer:
    """Turns an :class:`~workshop_app.report.blocks.Outline` into a story of flowables and a PDF."""

    def __init__(self, outline: b.Outline, progress: Progress | None = None):
        fonts.register()
        self.outline = outline
        self.progress = progress
        self.styles = styles()
        self.width = FRAME_WIDTH
        self.height = FRAME_HEIGHT
        self.maker = TextMaker(self.width, outline.language)
        self.state = LayoutState()
        self.story: list[Flowable] = []
        self.toc: list[tuple[int, str, str]] = []
        self._keys = 0
        self._headings: tuple[CondPageBreak, float, Flowable] | None = None
        """The headings at the end of the story: their condition, their height, the last one."""
        self._contents_at: int | None = None

    # headings ---------------------------------------------------------------------------------
    def heading(self, text: str, level: int, *, toc: bool = True) -> None:
        """A heading of ``level`` 0 (chapter), 1 or 2: bookmarked, listed in the contents if ``toc``."""
        self._keys += 1
        key = f"h{self._keys}"
        style = self.styles[f"h{level + 1}"]
        condition, above = self.keep(KEEP_WITH_NEXT[level])
        outline = fallback(clean(text), fonts.common_coverage(), self.outline.language).replace("\n", " ")
        heading = self.maker.para(self.maker.plain(text, style), style, cls=Heading)
        self.story.append(heading.place(level=level, key=key, outline=outline, state=self.state))
        self._headings = (condition, above + style.spaceBefore + style.leading + style.spaceAfter, heading)
        if toc and level <= 1:
            self.toc.append((level, text, key))

    def keep(self, space: float) -> tuple[CondPageBreak, float]:
        """Start a new page here unless ``space`` (pt) is left on this one.

        Right after headings, their condition grows too, by their height: a heading is never
        left alone at the foot of a page while the heading or theme under it moves on. Returns the
        condition of the first of those headings (or the new one) and their height.
        """
        condition = CondPageBreak(space)
        last = self._headings
        chained = last is not None and bool(self.story) and self.story[-1] is last[2]
        self.story.append(condition)  # also between headings: it keeps their spacing as it was
        if chained:
            first, above, _ = last
            first.height = max(first.height, above + space)
            return first, above
        return condition, 0.0

    @contextmanager
    def together(self):
        """Keep what is added inside on one page when it fits on one (see :class:`KeepIfShort`)."""
        start = len(self.story)
        yield
        if len(self.story) > start:
            self.story[start:] = [KeepIfShort(self.story[start:])]

    def new_page(self) -> None:
        """Start a new page, unless one was just started (left-out sections leave no blank page)."""
        if not (self.story and type(self.story[-1]) is PageBreak):
            self.story.append(PageBreak())

    def fixed(self, markup: str, style: str = "body") -> None:
        """A paragraph of the report's own words (already escaped markup)."""
        self.story.append(self.maker.para(markup, self.styles[style]))

    def esc(self, text: str) -> str:
        return self.maker.plain(text, self.styles["body"])

    # sections ---------------------------------------------------------------------------------
    def section(self, section: b.Section, depth: int = 0) -> None:
        if section.start == "page":
            self.new_page()
        elif section.start == "cond":
            # a chapter needs room for its start; a focus area half a page, or it begins the next
            self.story.append(CondPageBreak(CHAPTER_ROOM if depth == 0 else self.height / 2))
        if section.kind == "theme":
            self.theme(section.blocks)
        elif section.kind == "listing":  # the appendix: a theme's title needs room for a note or two
            self.keep(THEME_KEEP - 20)
            self.blocks(section.blocks, depth)
        elif section.short:
            with self.together():
                self.blocks(section.blocks, depth)
        else:
            self.blocks(section.blocks, depth)

    def blocks(self, blocks, depth: int) -> None:
        for block in blocks:
            if isinstance(block, b.Section):
                self.section(block, depth + 1)
            else:
                self.story.extend(self.flowables(block))

    def theme(self, blocks) -> None:
        """A theme: its heading stays on one page with what describes it and its first quote."""
        self.keep(THEME_KEEP)
        flowables: list[Flowable] = []
        head = 0
        for block in blocks:
            made = self.flowables(block)
            if not head and isinstance(block, (b.Quote, b.NoteList)):
                head = len(flowables) + min(1, len(made))
            flowables += made
        head = head or len(flowables)
        if head > 1:
            self.story.append(KeepTogether(flowables[:head]))
            self.story.extend(flowables[head:])
        else:
            self.story.extend(flowables)

    def flowables(self, block) -> list[Flowable]:
        """The flowables of one block (headings of levels 1-3 go straight into the story)."""
        if isinstance(block, b.Heading):
            if block.level <= 3:
                self.heading(block.text, block.level - 1, toc=block.toc)
                return []
            return [self.maker.paragraph(block.text, self.styles["theme"])]
        if isinstance(block, b.Para):
            return [self.para(block)]
        if isinstance(block, b.Quote):
            return [self.quote(block.text)]
        if isinstance(block, b.NoteList):
            return [self.note(item) for item in block.items]
        if isinstance(block, b.Bullets):
            return [Paragraph(self.markup(item), self.styles["bullet"], bulletText="•") for item in block.items]
        if isinstance(block, b.Table):
            return self.table(block)
        if isinstance(block, b.Chart):
            return [
                notes_chart(block, self.width, self.height * 0.55, self.outline.language),
                self.maker.para(self.esc(block.caption), self.styles["caption"]),
            ]
        if isinstance(block, b.Contents):
            self.heading(block.title, 0, toc=False)
            self._contents_at = len(self.story)
            return []
        raise TypeError(f"no PDF form for {type(block).__name__}")

    def markup(self, spans: tuple[b.Span, ...]) -> str:
        parts = []
        for span in spans:
            text = self.esc(span.text)  # drops the white space around the text: put it back
            lead = " " if span.text[:1].isspace() else ""
            trail = " " if span.text[-1:].isspace() and span.text.strip() else ""
            parts.append(lead + (f"<b>{text}</b>" if span.strong else text) + trail)
        return "".join(parts)

    def para(self, block: b.Para) -> Paragraph:
        style = self.styles[PARA_STYLES.get(block.style, block.style)]
        if len(block.spans) == 1 and not block.spans[0].strong:
            if block.user:
                return self.maker.paragraph(block.spans[0].text, style)
            return self.maker.para(self.esc(block.spans[0].text), style)
        return self.maker.para(self.markup(block.spans), style)

    def quote(self, text: str) -> Paragraph:
        style = self.maker.face(text, self.styles["quote"])
        markup, rtl = self.maker.markup(text, style)
        if rtl:
            style = self.maker.rtl_style(style)
        elif not is_quoted(clean(text)):
            opening, closing = self.outline.quotes
            markup = opening + markup + closing
        return self.maker.para(markup, style)

    def note(self, item: b.NoteItem) -> Paragraph:
        suffix = f" — {self.esc(item.source)}" if item.source else ""
        return self.maker.paragraph(item.text, self.styles["note"], prefix="•\u00a0", suffix=suffix)

    def table(self, table: b.Table) -> list[Flowable]:
        cell, head = self.styles["cell"], self.styles["cell_bold"]
        number = ParagraphStyle("number", parent=cell, alignment=TA_RIGHT)
        number_head = ParagraphStyle("number_head", parent=head, alignment=TA_RIGHT)
        numeric = table.numeric or (False,) * len(table.header)

        def make(c: b.Cell, index: int, strong: bool = False) -> Paragraph:
            if numeric[index]:
                return Paragraph(self.esc(c.text), number_head if strong or c.strong else number)
            return self.maker.paragraph(c.text, head if strong or c.strong else cell)

        data = [[make(b.Cell(h), i, strong=True) for i, h in enumerate(table.header)]]
        data += [[make(c, i) for i, c in enumerate(row)] for row in table.rows]
        if table.footer:
            data.append([make(c, i, strong=True) for i, c in enumerate(table.footer)])
        if table.kind == "counts":
            widths = count_widths(list(table.header[1:]), self.width)
        else:
            texts = [list(table.header)] + [[c.text for c in row] for row in table.rows]
            widths = column_widths(texts, self.width)
        result = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # or Table selects Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
        if table.footer:
            style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)
            if table.span_footer is not None and table.span_footer < len(table.header) - 1:
                style.add("SPAN", (table.span_footer, -1), (-1, -1))
        result.setStyle(style)
        caption = [self.maker.para(self.esc(table.caption), self.styles["caption"])] if table.caption_visible else []
        return caption + [Spacer(0, 2), result, Spacer(0, 10)]

    # the document -----------------------------------------------------------------------------
    def build(self) -> bytes:
        self.story += [NextPageTemplate("body"), PageBreak()]
        for section in self.outline.sections:
            self.section(section)
        if self._contents_at is not None:
            self.story.insert(self._contents_at, Contents(self.toc, self.styles, self.state, self.maker))
        return self.render()

    def render(self) -> bytes:
        outline = self.outline
        for index, flowable in enumerate(self.story):
            flowable._story_index = index
        buffer = BytesIO()
        doc = ReportDocument(
            buffer,
            self.state,
            self.progress,
            len(self.story),
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=outline.title,
            author=outline.author,
            subject=outline.subject,
            keywords=outline.keywords,
            creator="workshop-app",
            lang=PDF_LANG[outline.language],
            displayDocTitle=True,
            invariant=1,
            initialFontName=fonts.REGULAR,
            initialFontSize=10,
            initialLeading=14.5,
        )
        decoration = PageDecoration(outline, self.maker, self.styles, self.state)
        body = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover = Frame(MARGIN_X, MARGIN_BOTTOM, self.width, self.height, id="cover")
        doc.addPageTemplates(
            [
                PageTemplate("cover", frames=[cover], onPage=decoration.draw_cover),
                PageTemplate("body", frames=[body], onPage=decoration.page_start, onPageEnd=decoration.page_end),
            ]
        )
        total = len(self.story)
        if self.progress:
            self.progress(0, total)
        with binary_streams():
            doc.build(self.story, canvasmaker=partial(ReportCanvas, modified=outline.modified))  # consumes the story
        if self.progress:
            self.progress(total, total)
        return buffer.getvalue()


def render_pdf(outline: b.Outline, progress: Progress | None = None) -> bytes:
    """The report as PDF bytes."""
    return PdfRenderer(outline, progress).build()
