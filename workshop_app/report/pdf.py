"""The PDF report, laid out with reportlab platypus in a single pass.

Layout: A4, a title page, a table of contents, then the chapters; every page after the title
page has a running header (report title, current chapter) and a footer with the page number.
Headings of levels 1-3 become PDF bookmarks at their exact position.

The table of contents is filled in after the last page is laid out: it is drawn as named
PDF forms (XObjects) that the contents pages refer to and that are defined just before the
file is saved. The contents' height is known in advance (one entry per heading, page numbers
have a fixed width), so the document is laid out once instead of the two or three passes of
``multiBuild``; that keeps a 1,000-note report close to reportlab's raw speed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import contextmanager
from functools import partial
from io import BytesIO
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaFrag
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop_app.report import bidi, fonts
from workshop_app.report.chart import notes_chart
from workshop_app.report.content import NoteLine, ReportModel
from workshop_app.report.errors import ReportError
from workshop_app.report.markup import clean, fallback, fits, line_text, rtl_markup, to_markup, visual_order
from workshop_app.report.texts import PDF_LANG

log = logging.getLogger(__name__)

INK = colors.HexColor("#1f2328")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#b8c4d0")
SHADE = colors.HexColor("#eef3f8")

MARGIN_X = 24 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 22 * mm

Progress = Callable[[int, int], None]

KEEP_WITH_NEXT = {0: 110, 1: 90, 2: 75}
"""Space (pt) a heading of each level needs on the page, itself included, or it starts a new page.

Used instead of the styles' ``keepWithNext``, which wraps every heading with what follows in
a KeepTogether and lays both out twice; on a 1,000-note report that costs a third of the time.
Headings in a row share one condition (see :meth:`PdfBuilder.keep`).
"""
THEME_KEEP = 60


# --- styles -----------------------------------------------------------------------------------
def _styles() -> dict[str, ParagraphStyle]:
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
        "h1": style("h1", fontName=fonts.BOLD, fontSize=20, leading=25, textColor=ACCENT,
                    spaceBefore=18, spaceAfter=12),
        "h2": style("h2", fontName=fonts.BOLD, fontSize=14, leading=18, textColor=ACCENT,
                    spaceBefore=14, spaceAfter=6),
        "h3": style("h3", fontName=fonts.BOLD, fontSize=11.5, leading=15, spaceBefore=12,
                    spaceAfter=4),
        "theme": style("theme", fontName=fonts.BOLD, fontSize=10.5, leading=14, spaceBefore=9,
                       spaceAfter=1),
        "meta": style("meta", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=3),
        "lead": style("lead", fontName=fonts.ITALIC, textColor=MUTED, spaceAfter=8),
        "quote": style("quote", fontName=fonts.ITALIC, fontSize=9.5, leading=13.5,
                       leftIndent=14, spaceAfter=3),
        # the bullet is typed into the text with a hanging indent: reportlab's bulletText draws
        # a second text object per paragraph, a tenth of the appendix's layout time
        "note": style("note", fontSize=9, leading=12.5, leftIndent=12, firstLineIndent=-9,
                      spaceAfter=2.5),
        "bullet": style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3),
        # spaceBefore > the top padding, or the shaded box touches the heading above it
        "conclusion": style("conclusion", backColor=SHADE, borderPadding=(6, 8, 6, 8),
                            leftIndent=8, rightIndent=8, spaceBefore=12, spaceAfter=12),
        "caption": style("caption", fontName=fonts.ITALIC, fontSize=8.5, leading=11.5,
                         textColor=MUTED, spaceBefore=4, spaceAfter=10),
        "cell": style("cell", fontSize=9, leading=12, spaceAfter=0),
        "cell_bold": style("cell_bold", fontName=fonts.BOLD, fontSize=9, leading=12, spaceAfter=0),
        "toc0": style("toc0", fontName=fonts.BOLD, fontSize=10.5, leading=14, spaceBefore=6),
        "toc1": style("toc1", fontSize=10, leading=13.5, leftIndent=14),
        "title": style("title", fontName=fonts.BOLD, fontSize=30, leading=36, textColor=ACCENT),
        "subtitle": style("subtitle", fontSize=15, leading=20, textColor=INK),
        "title_meta": style("title_meta", fontSize=11.5, leading=16, textColor=INK),
    }


# --- text ---------------------------------------------------------------------------------------
class TextMaker:
    """Builds paragraphs from user text: escaped, with glyph fallbacks, right-to-left aware.

    One maker serves a whole report, and it remembers what it worked out: the markup of each
    text (a note is printed as a quote and again in the appendix, theme and area names appear
    in several chapters), the right-aligned variant of each style, and per style the fragment
    reportlab's parser makes of plain text (see :meth:`para`).
    """

    def __init__(self, width: float):
        self.width = width
        self.covered = {
            fonts.REGULAR: fonts.coverage(fonts.REGULAR),
            fonts.BOLD: fonts.coverage(fonts.BOLD),
            fonts.ITALIC: fonts.coverage(fonts.ITALIC),
        }
        self._common = fonts.common_coverage()
        self._any_face: dict[str, str] = {}  # markup of texts that every face prints in full
        self._per_face: dict[tuple[str, str], str] = {}
        self._rtl_styles: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}
        self._fragments: dict[int, tuple[ParagraphStyle, ParaFrag | None]] = {}
        self._upright: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}

    def markup(self, text: str, style: ParagraphStyle, indent: float = 0) -> tuple[str, bool]:
        """Markup for ``text`` in ``style``; True when the text reads right to left."""
        hit = self._any_face.get(text)
        if hit is not None:
            return hit, False
        covered = self.covered.get(style.fontName, self.covered[fonts.REGULAR])
        if not bidi.has_rtl(text):
            if fits(text, self._common):  # no fallback labels in any face: one markup for all
                markup = self._any_face[text] = to_markup(text, covered)
                return markup, False
            key = (text, style.fontName)
            markup = self._per_face.get(key)
            if markup is None:
                markup = self._per_face[key] = to_markup(text, covered)
            return markup, False
        width = self.width - style.leftIndent - style.rightIndent - indent - 1

        def measure(s: str) -> float:
            return stringWidth(s, style.fontName, style.fontSize)

        markup, base = rtl_markup(text, covered, width, measure)
        return markup, base == "R"

    def rtl_style(self, style: ParagraphStyle) -> ParagraphStyle:
        """``style`` right-aligned, for a paragraph that reads right to left (made once per style)."""
        hit = self._rtl_styles.get(id(style))
        if hit is None or hit[0] is not style:
            rtl = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT, firstLineIndent=0)
            hit = self._rtl_styles[id(style)] = (style, rtl)
        return hit[1]

    def para(self, markup: str, style: ParagraphStyle, cls: type[Paragraph] = Paragraph, **kw) -> Paragraph:
        """``cls(markup, style, **kw)``; plain text skips reportlab's markup parser.

        Most paragraphs of a report are plain text: no tags, no entities. reportlab parses each
        one with an HTML parser only to get a single fragment with the style's font and colour
        and the text with its white space collapsed; that took a fifth of the report's time.
        Here the fragment is copied from one the parser made for the same style, and the white
        space collapsed exactly as reportlab's ``cleanBlockQuotedText`` does (which splits at
        white space except U+00A0 but including U+200B); anything else goes to the parser.
        """
        if kw or "<" in markup or "&" in markup or "\u200b" in markup or "\x00" in markup:
            return cls(markup, style, **kw)
        if "\xa0" in markup:  # a no-break space joins words: keep it out of split()
            text = " ".join(markup.replace("\xa0", "\x00").split()).replace("\x00", "\xa0")
        else:
            text = " ".join(markup.split())
        template = self._fragment(style)
        if template is None or not text:
            return cls(markup, style, **kw)
        frag = ParaFrag.__new__(ParaFrag)
        frag.__dict__.update(template.__dict__)
        frag.text = text
        frag.link = []
        frag.us_lines = []
        frags = [frag]
        textTransformFrags(frags, style)
        return cls(text, style, frags=frags)

    def _fragment(self, style: ParagraphStyle) -> ParaFrag | None:
        hit = self._fragments.get(id(style))
        if hit is None or hit[0] is not style:
            frags = Paragraph("x", style).frags
            ok = len(frags) == 1 and frags[0].text == "x" and set(frags[0].__dict__) >= {"link", "us_lines"}
            hit = self._fragments[id(style)] = (style, frags[0] if ok else None)
        return hit[1]

    def face(self, text: str, style: ParagraphStyle) -> ParagraphStyle:
        """``style``, or the same in the regular face when only that face can print ``text``.

        DejaVu Sans Oblique has no Arabic (nor N'Ko, Tifinagh, Ogham): a quote in Arabic would
        print as code labels. Printed upright it reads; and as Hebrew and Arabic have no italics,
        a right-to-left quote is upright whether the oblique face has its letters or not.
        """
        if style.fontName == fonts.REGULAR:
            return style
        covered = self.covered.get(style.fontName)
        if covered is None:
            return style
        if not (style.fontName == fonts.ITALIC and bidi.has_rtl(text)):
            if fits(text, covered):
                return style
            regular = self.covered[fonts.REGULAR]
            if not any(ord(c) in regular and ord(c) not in covered for c in text):
                return style
        hit = self._upright.get(id(style))
        if hit is None or hit[0] is not style:
            upright = ParagraphStyle(f"{style.name}-upright", parent=style, fontName=fonts.REGULAR)
            hit = self._upright[id(style)] = (style, upright)
        return hit[1]

    def paragraph(self, text: str, style: ParagraphStyle, *, prefix: str = "", suffix: str = "", **kw) -> Paragraph:
        style = self.face(text, style)
        markup, rtl = self.markup(text, style)
        if rtl and prefix:  # the bullet goes after the first line: break the lines leaving room for it
            markup, rtl = self.markup(text, style, stringWidth(" " + prefix.strip(), style.fontName, style.fontSize))
        if rtl:
            style = self.rtl_style(style)
            if suffix:
                suffix = "<br/>" + suffix.lstrip()
            if prefix:  # a bullet goes to the right, before the first word
                markup, prefix = markup.replace("<br/>", " " + prefix.strip() + "<br/>", 1) if "<br/>" in markup else markup + " " + prefix.strip(), ""
        return self.para(prefix + markup + suffix, style, **kw)

    def paragraphs(self, text: str, style: ParagraphStyle) -> list[Paragraph]:
        """One paragraph per block of ``text`` separated by blank lines."""
        blocks = [b.strip() for b in clean(text).split("\n\n")]
        return [self.paragraph(b, style) for b in blocks if b]

    def plain(self, text: str, style: ParagraphStyle) -> str:
        """Escaped markup for short fixed-direction text (titles, names)."""
        return self.markup(text, style)[0]


# --- flowables ----------------------------------------------------------------------------------
class LayoutState:
    """What the page callbacks and the deferred contents need to know while the document is laid out."""

    def __init__(self) -> None:
        self.pages: dict[str, int] = {}
        self.chapter = ""
        self.chapter_at_start = ""
        self.first_chapter_on_page: dict[int, str] = {}
        self.outline_levels: list[int] = []


class Heading(Paragraph):
    """A heading that registers a bookmark, an outline entry and its page for the contents."""

    level = 0
    key = outline = ""
    state: LayoutState

    def place(self, *, level: int, key: str, outline: str, state: LayoutState) -> "Heading":
        self.level = level
        self.key = key
        self.outline = outline
        self.state = state
        return self

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        return []  # a heading is never split; it moves to the next page with what follows

    def draw(self):
        super().draw()
        canvas = self.canv
        page = canvas.getPageNumber()
        canvas.bookmarkHorizontal(self.key, 0, self.height + 4)
        canvas.addOutlineEntry(self.outline, self.key, level=self.level, closed=self.level >= 1)
        self.state.pages[self.key] = page
        if self.level == 0:
            self.state.chapter = self.outline
            self.state.first_chapter_on_page.setdefault(page, self.outline)


class Contents(Flowable):
    """The table of contents; its page numbers are filled in once the whole report is laid out."""

    LEADER_GAP = 30

    def __init__(self, entries: list[tuple[int, str, str]], styles, state: LayoutState, maker: TextMaker):
        super().__init__()
        self.entries = entries
        self.styles = styles
        self.state = state
        self.maker = maker
        self._rows: list[tuple[int, str, str, Paragraph, float]] = []

    def _layout(self, width: float) -> list[tuple[int, str, str, Paragraph, float]]:
        rows = []
        for level, text, key in self.entries:
            style = self.styles["toc0" if level == 0 else "toc1"]
            para = self.maker.para(self.maker.plain(text, style), style)
            _, height = para.wrap(width - self.LEADER_GAP, 10_000)
            rows.append((level, text, key, para, height + para.getSpaceBefore()))
        return rows

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        self._rows = self._layout(availWidth)
        self.height = sum(r[4] for r in self._rows)
        return availWidth, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        rows = self._layout(availWidth)
        used = 0.0
        for index, row in enumerate(rows):
            if used + row[4] > availHeight:
                if index == 0:
                    return []
                head = Contents(self.entries[:index], self.styles, self.state, self.maker)
                tail = Contents(self.entries[index:], self.styles, self.state, self.maker)
                return [head, tail]
            used += row[4]
        return [self]

    def draw(self):
        canvas = self.canv
        name = f"contents{len(canvas.deferred)}"
        canvas.doForm(name)
        rows, width, height, state = self._rows, self.width, self.height, self.state

        def fill(c: Canvas) -> None:
            c.beginForm(name, 0, 0, width, height)
            y = height
            for level, _text, key, para, row_height in rows:
                y -= row_height
                para.drawOn(c, 0, y)
                page = state.pages.get(key)
                number = str(page) if page else ""
                style = para.style
                baseline = y + para.style.leading * 0.22
                c.setFont(style.fontName, style.fontSize)
                c.setFillColor(INK)
                c.drawRightString(width, baseline, number)
                text_end = para.getActualLineWidths0()[-1] + 4  # the widths include the indent
                leader_end = width - stringWidth(number, style.fontName, style.fontSize) - 4
                if leader_end > text_end:
                    c.saveState()
                    c.setStrokeColor(RULE)
                    c.setLineWidth(0.6)
                    c.setDash(0.6, 2.4)
                    c.line(text_end, baseline + 1, leader_end, baseline + 1)
                    c.restoreState()
            c.endForm()

        canvas.deferred.append(fill)


class KeepIfShort(KeepTogether):
    """A short chapter kept on one page: when it does not fit on this page but fits on an empty
    one, it starts on the next page (no two-line tail alone on a page); a chapter longer than a
    page flows from where it is, as without it.

    reportlab's own test leaves out the space above the first heading, so a chapter that
    "fits" by a few points still spilled its last lines onto the next page.
    """

    SLACK = 8.0
    """Points of rounding between the measured height and the frame's own spacing rules."""

    def split(self, aW, aH):  # noqa: N803 - reportlab's signature
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = self._content[:]
        frame = getattr(self, "_frame", None)
        if frame is None or frame._atTop:
            return content
        first = next((f for f in content if not isinstance(f, CondPageBreak)), None)
        need = self._H + (first.getSpaceBefore() if first is not None else 0) + self.SLACK
        if need <= aH or need > frame._height - frame._topPadding - frame._bottomPadding:
            return content
        return [self.FrameBreak()] + content


class ReportCanvas(Canvas):
    """A canvas that runs deferred drawing (the contents) just before saving.

    ``modified`` (UTC ISO 8601, see :func:`~workshop_app.report.content.last_change`) becomes the
    document's CreationDate and ModDate. The canvas is made ``invariant`` so that the same data
    gives the same bytes; only the date reportlab would then write (2000-01-01) is replaced.
    """

    def __init__(self, *args, modified: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.deferred: list[Callable[[Canvas], None]] = []
        stamp = _timestamp(modified)
        if stamp is not None:
            self._doc._timeStamp = stamp

    def save(self):
        for fill in self.deferred:
            fill(self)
        super().save()


class ReportDocument(BaseDocTemplate):
    def __init__(self, buffer, model: ReportModel, state: LayoutState, progress: Progress | None, total: int, **kw):
        super().__init__(buffer, **kw)
        self.model = model
        self.state = state
        self.progress = progress
        self.total = total
        self.done = 0
        self._reported = -1

    def afterFlowable(self, flowable):  # noqa: N802 - reportlab's hook
        index = getattr(flowable, "_story_index", None)
        if index is not None and index + 1 > self.done:
            self.done = index + 1
            if self.progress and (self.done - self._reported) * 100 >= self.total:
                self._reported = self.done
                self.progress(self.done, self.total)


# --- building -------------------------------------------------------------------------------------
class PdfBuilder:
    def __init__(self, model: ReportModel, progress: Progress | None = None):
        fonts.register()
        self.model = model
        self.t = model.texts
        self.progress = progress
        self.styles = _styles()
        self.width = A4[0] - 2 * MARGIN_X
        self.height = A4[1] - MARGIN_TOP - MARGIN_BOTTOM
        self.maker = TextMaker(self.width)
        self.state = LayoutState()
        self.story: list[Flowable] = []
        self.toc: list[tuple[int, str, str]] = []
        self._keys = 0
        self._headings: tuple[CondPageBreak, float, Flowable] | None = None
        """The headings at the end of the story: their condition, their height, the last one."""
        self.multi = len(model.workshops) > 1
        # running heads are drawn as plain strings: right-to-left text is put in visual order
        self.header_title = line_text(model.title, fonts.coverage())
        self.footer_text = visual_order(_fit(line_text(model.organisation, fonts.coverage()), self.width * 0.7, 8))

    # headings ---------------------------------------------------------------------------------
    def heading(self, text: str, level: int, *, toc: bool = True) -> None:
        self._keys += 1
        key = f"h{self._keys}"
        style = self.styles[f"h{level + 1}"]
        condition, above = self.keep(KEEP_WITH_NEXT[level])
        outline = fallback(clean(text), fonts.common_coverage()).replace("\n", " ")
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

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def text(self, text: str, style: str = "body") -> None:
        self.story.extend(self.maker.paragraphs(text, self.styles[style]))

    def fixed(self, markup: str, style: str = "body") -> None:
        """A paragraph of the report's own words (already escaped markup)."""
        self.story.append(self.maker.para(markup, self.styles[style]))

    def esc(self, text: str) -> str:
        return self.maker.plain(text, self.styles["body"])

    # the report -------------------------------------------------------------------------------
    def build(self) -> bytes:
        model, s = self.model, self.model.settings
        self.add(NextPageTemplate("body"), PageBreak())
        contents_at = None
        if s.has("contents"):
            self.heading(self.t("contents"), 0, toc=False)
            contents_at = len(self.story)
            self.new_page()
        if s.has("summary"):
            self.summary()
        if s.has("background") and s.background.strip():
            self.add(CondPageBreak(60 * mm))
            with self.together():
                self.heading(self.t("background"), 0)
                self.text(s.background)
        if s.has("purpose") and model.purposes:
            self.add(CondPageBreak(60 * mm))
            with self.together():
                self.heading(self.t("purpose"), 0)
                for label, text, _language in model.purposes:
                    if label:
                        self.story.append(self.maker.paragraph(label, self.styles["theme"]))
                    self.text(text)
        if s.has("method"):
            self.add(CondPageBreak(80 * mm))
            with self.together():
                self.method()
        if s.has("overview") or s.has("results"):
            self.new_page()
            self.heading(self.t("results"), 0)
            if s.has("overview"):
                self.overview()
            if s.has("results"):
                for index, area in enumerate(model.areas):
                    if not area.note_count:
                        # a few lines: they follow what is above them, kept together
                        with self.together():
                            self.area(area)
                        continue
                    if index or s.has("overview"):
                        self.new_page()
                    self.area(area)
        closing = [("conclusions", s.conclusions), ("further_work", s.further_work)]
        first = True
        for key, text in closing:
            if s.has(key) and text.strip():
                self.new_page() if first else self.add(CondPageBreak(60 * mm))
                first = False
                with self.together():
                    self.heading(self.t(key), 0)
                    self.text(text)
        if s.has("appendix"):
            self.new_page()
            self.appendix()
        if contents_at is not None:
            self.story.insert(contents_at, Contents(self.toc, self.styles, self.state, self.maker))
        return self.render()

    def summary(self) -> None:
        model = self.model
        self.heading(self.t("summary"), 0)
        if model.settings.summary.strip():
            self.text(model.settings.summary)
        top = model.top_themes()
        if top:
            self.heading(self.t("largest_themes"), 1)
            for info, themes in top:
                self.keep(THEME_KEEP)
                self.fixed(self.t("largest_in", category=self.esc(info.heading)), "h3")
                for theme in themes:
                    count = self.t.count("note", theme.note_count)
                    if self.multi:
                        count += ", " + self.t("from_workshops", n=theme.workshop_count, total=len(model.workshops))
                    line = self.t("theme_in_area", theme=f"<b>{self.esc(theme.title)}</b>",
                                  area=self.esc(theme.area), count=count)
                    self.story.append(Paragraph(line, self.styles["bullet"], bulletText="•"))
        elif not model.note_count:
            self.fixed(self.esc(self.t("no_notes")))

    def method(self) -> None:
        model, t = self.model, self.t
        self.heading(t("method"), 0)
        n = len(model.workshops)
        self.fixed(self.esc(t("method_intro.one") if n == 1 else t("method_intro.many", n=n)))
        self.facts_table()
        if model.settings.method_note.strip():
            self.text(model.settings.method_note)
        questions = [(c.heading, c.question) for c in model.categories if c.question]
        if questions:
            self.fixed(self.esc(t("questions_intro")))
            for heading, question in questions:
                markup = f"<b>{self.esc(heading)}:</b> {self.esc(question)}"
                self.story.append(Paragraph(markup, self.styles["bullet"], bulletText="•"))
        self.fixed(self.esc(t.counts_sentence(model.note_count, model.areas_with_notes, len(model.areas))))
        grouping = model.grouping_text()
        if grouping:
            self.fixed(self.esc(grouping))

    def facts_table(self) -> None:
        model, t = self.model, self.t
        columns = [("facts_workshop", lambda w: w.title), ("facts_date", lambda w: t.long_date(w.date)),
                   ("facts_place", lambda w: w.place),
                   ("facts_participants", lambda w: "" if w.participants is None else str(w.participants))]
        if model.include_names:
            columns.append(("facts_facilitator", lambda w: w.facilitator))
        columns = [c for c in columns if any(c[1](w) for w in model.workshops)]
        if model.organisations:
            columns.append(("facts_organisations", lambda w: ", ".join(w.organisations)))
        if len(columns) <= 1 and not self.multi:
            return
        cell, head = self.styles["cell"], self.styles["cell_bold"]
        data = [[Paragraph(self.esc(t(key)), head) for key, _ in columns]]
        for workshop in model.workshops:
            data.append([self.maker.paragraph(get(workshop) or "–", cell) for _, get in columns])
        span = None
        if model.participants is not None and self.multi:
            row = [Paragraph(self.esc(t("total")), head)] + [Paragraph("", cell) for _ in columns[1:]]
            index = [k for k, _ in columns].index("facts_participants") if any(k == "facts_participants" for k, _ in columns) else None
            if index:  # "minst 42 (uppgift saknas för Mölndal)" when a workshop has no number:
                row[index] = self.maker.paragraph(model.participants_total(), head)
                span = index  # the cells to its right are empty, and lend it their width
            data.append(row)
        texts = [[t(k) for k, _ in columns]] + [[get(w) or "–" for _, get in columns] for w in model.workshops]
        widths = column_widths(texts, self.width)
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = self.table_style()
        if span is not None and span < len(columns) - 1:
            style.add("SPAN", (span, -1), (-1, -1))
        table.setStyle(style)
        self.add(Spacer(0, 2), table, Spacer(0, 10))

    def table_style(self) -> TableStyle:
        return TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # or Table selects Helvetica
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ])

    def overview(self) -> None:
        model, t = self.model, self.t
        self.heading(t("overview"), 1)
        if not model.note_count:
            self.fixed(self.esc(t("no_notes")))
            return
        self.add(notes_chart(model, self.width, self.height * 0.55))
        self.fixed(self.esc(t("figure_caption")), "caption")
        cell, head = self.styles["cell"], self.styles["cell_bold"]
        number = ParagraphStyle("number", parent=cell, alignment=TA_RIGHT)
        number_head = ParagraphStyle("number_head", parent=head, alignment=TA_RIGHT)
        data = [[Paragraph(self.esc(t("area_column")), head)]
                + [Paragraph(self.esc(c.heading), number_head) for c in model.categories]
                + [Paragraph(self.esc(t("total")), number_head)]]
        for name, values, total in model.counts():
            data.append([self.maker.paragraph(name, cell)] + [Paragraph(str(v), number) for v in values]
                        + [Paragraph(str(total), number_head)])
        totals = model.category_totals()
        data.append([Paragraph(self.esc(t("total")), head)] + [Paragraph(str(v), number_head) for v in totals]
                    + [Paragraph(str(sum(totals)), number_head)])
        headers = [c.heading for c in model.categories] + [t("total")]
        table = Table(data, colWidths=count_widths(headers, self.width), repeatRows=1, hAlign="LEFT")
        style = self.table_style()
        style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)
        table.setStyle(style)
        self.fixed(self.esc(t("table_caption")), "caption")
        self.add(table)

    def area(self, area) -> None:
        t = self.t
        self.heading(area.name, 1)
        if area.description:
            self.text(area.description, "lead")
        if not area.note_count:
            self.fixed(self.esc(t("no_notes_area")))
        for category in area.categories if area.note_count else ():
            self.heading(category.heading, 2, toc=False)
            if not category.note_count:
                self.fixed(self.esc(t("no_notes_category")), "meta")
                continue
            for theme in category.themes:
                self.theme(theme)
            if category.loose:
                if category.themes:
                    self.keep(THEME_KEEP)
                    self.fixed(self.esc(t("loose_notes")), "theme")
                    self.fixed(self.esc(t.count("note", len(category.loose))), "meta")
                shown, more = category.loose_shown(self.model.appendix)
                for note in shown:
                    self.quote(note)
                if more > 0:
                    self.fixed(self.esc(t.count("more_quotes", more)), "meta")
        if area.conclusions:
            self.heading(t("area_conclusions"), 2, toc=False)
            for label, text, _language in area.conclusions:
                if label:
                    self.story.append(self.maker.paragraph(label, self.styles["theme"]))
                self.text(text, "conclusion")

    def theme(self, theme) -> None:
        t, model = self.t, self.model
        self.keep(THEME_KEEP)
        self.story.append(self.maker.paragraph(theme.title, self.styles["theme"]))
        meta = [t.count("note", theme.note_count)]
        if self.multi:
            meta.append(t("from_workshops", n=theme.workshop_count, total=len(model.workshops)))
        elif len(theme.groups) > 1:
            meta.append(t("from_groups", groups=t.count("group", len(theme.groups))))
        self.fixed(self.esc(" · ".join(meta)), "meta")
        for summary in theme.summaries:
            self.text(summary)
        shown, more = theme.shown(model.appendix)
        for note in shown:
            self.quote(note)
        if more > 0:
            self.fixed(self.esc(t.count("more_quotes", more)), "meta")

    def quote(self, note: NoteLine) -> None:
        style = self.maker.face(note.text, self.styles["quote"])
        markup, rtl = self.maker.markup(note.text, style)
        if rtl:
            style = self.maker.rtl_style(style)
        else:
            markup = self.t.quote(markup)
        self.story.append(self.maker.para(markup, style))

    def appendix(self) -> None:
        model, t = self.model, self.t
        self.heading(t("appendix"), 0)
        self.fixed(self.esc(t("appendix_intro")))
        if not model.note_count:
            self.fixed(self.esc(t("no_notes")))
        for area in model.areas:
            if not area.note_count:
                continue
            self.heading(area.name, 1, toc=False)
            for category in area.categories:
                if not category.note_count:
                    continue
                self.heading(category.heading, 2, toc=False)
                for theme in category.themes:
                    self.keep(THEME_KEEP - 20)
                    self.story.append(self.maker.paragraph(theme.title, self.styles["theme"]))
                    for note in theme.notes:
                        self.note(note)
                if category.loose:
                    if category.themes:
                        self.keep(THEME_KEEP - 20)
                        self.fixed(self.esc(t("no_theme")), "theme")
                    for note in category.loose:
                        self.note(note)

    def note(self, note: NoteLine) -> None:
        extra = []  # groups are left out of the appendix: notes are not attributed, like in GR's report
        if self.multi:
            extra.append(note.workshop_title)
        if note.author:
            extra.append(note.author)
        suffix = ""
        if extra:
            suffix = f" — {self.esc(' · '.join(extra))}"
        self.story.append(self.maker.paragraph(note.text, self.styles["note"], prefix="•\u00a0", suffix=suffix))

    # rendering ----------------------------------------------------------------------------------
    def render(self) -> bytes:
        model = self.model
        for index, flowable in enumerate(self.story):
            flowable._story_index = index
        buffer = BytesIO()
        subject = model.subtitle or self.t("results") + ": " + ", ".join(a.name for a in model.areas)
        doc = ReportDocument(
            buffer,
            model,
            self.state,
            self.progress,
            len(self.story),
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=model.title,
            author=model.organisation,
            subject=subject,
            keywords=", ".join(a.name for a in model.areas),
            creator="workshop-app",
            lang=PDF_LANG[model.language],
            displayDocTitle=True,
            invariant=1,
            initialFontName=fonts.REGULAR,
            initialFontSize=10,
            initialLeading=14.5,
        )
        body = Frame(MARGIN_X, MARGIN_BOTTOM, self.width, self.height, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(MARGIN_X, MARGIN_BOTTOM, self.width, self.height, id="cover")
        doc.addPageTemplates([
            PageTemplate("cover", frames=[cover], onPage=self.draw_cover),
            PageTemplate("body", frames=[body], onPage=self.page_start, onPageEnd=self.page_end),
        ])
        total = len(self.story)
        if self.progress:
            self.progress(0, total)
        with _binary_streams():
            doc.build(self.story, canvasmaker=partial(ReportCanvas, modified=model.modified))  # consumes the story
        if self.progress:
            self.progress(total, total)
        return buffer.getvalue()

    def page_start(self, canvas: Canvas, doc) -> None:
        self.state.chapter_at_start = self.state.chapter

    def page_end(self, canvas: Canvas, doc) -> None:
        page = canvas.getPageNumber()
        chapter = self.state.first_chapter_on_page.get(page) or self.state.chapter_at_start
        width, top = A4[0], A4[1]
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(MUTED)
        y = top - MARGIN_TOP + 12 * mm
        right = _fit(chapter, width * 0.4, 8)
        left = visual_order(_fit(self.header_title, self.width - stringWidth(right, fonts.REGULAR, 8) - 20, 8))
        canvas.drawString(MARGIN_X, y, left)
        canvas.drawRightString(width - MARGIN_X, y, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 4, width - MARGIN_X, y - 4)
        footer_y = MARGIN_BOTTOM - 12 * mm
        canvas.drawRightString(width - MARGIN_X, footer_y, self.t("page", n=page))
        if self.footer_text:
            canvas.drawString(MARGIN_X, footer_y, self.footer_text)
        canvas.restoreState()

    def draw_cover(self, canvas: Canvas, doc) -> None:
        model = self.model
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        top = height - 40 * mm
        if model.settings.logo_path:
            image = self.logo(model.settings.logo_path)
            image.drawOn(canvas, MARGIN_X, top - image.drawHeight)
            top -= image.drawHeight + 8 * mm
        metas = []
        for text in (model.organisation, model.date):
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
            for text, name in ((self.model.title, "title"), (self.model.subtitle, "subtitle")):
                if not text:
                    continue
                style = self.styles[name]
                if scale < 1:
                    style = ParagraphStyle(f"{name}-small", parent=style, fontSize=style.fontSize * scale,
                                           leading=style.leading * scale)
                para = self.maker.paragraph(text, style)
                titles.append((para, _balanced_wrap(para, self.width, A4[1])))
            total = sum(h + 14 for _, h in titles)
            if total <= room or scale < 0.3:
                return titles, total
            scale *= 0.8

    def logo(self, path_text: str) -> Image:
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


@contextmanager
def _binary_streams():
    """Write compressed streams without the ASCII85 layer reportlab adds by default.

    ASCII85 makes the file a quarter larger and its pure-Python encoder took a tenth of the
    layout time. reportlab only has a global switch, so it is set for the build and restored.
    """
    from reportlab import rl_config

    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _balanced_wrap(para: Paragraph, width: float, height: float) -> float:
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


class _FixedTime:
    """What reportlab's PDFInfo reads from ``PDFDocument._timeStamp`` (its ``TimeStamp``), for a
    given UTC time."""

    def __init__(self, when):
        self.t = when.timestamp()
        self.lt = when.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"


def _timestamp(value: str) -> _FixedTime | None:
    from datetime import datetime, timezone

    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return _FixedTime(when.astimezone(timezone.utc))


def _fit(text: str, width: float, size: float) -> str:
    if stringWidth(text, fonts.REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def render_pdf(model: ReportModel, progress: Progress | None = None) -> bytes:
    """The report as PDF bytes."""
    return PdfBuilder(model, progress).build()
