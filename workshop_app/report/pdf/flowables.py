"""The PDF's own flowables and document: headings that register bookmarks, the deferred table
of contents, short chapters kept on one page, a canvas with fixed dates and deferred drawing."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, KeepTogether, Paragraph

from workshop_app.report.pdf.layout import INK, RULE
from workshop_app.report.pdf.text import TextMaker

Progress = Callable[[int, int], None]


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
            for _level, _text, key, para, row_height in rows:
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

    ``modified`` (UTC ISO 8601, see :func:`~workshop_app.report.collect.last_change`) becomes the
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
    def __init__(self, buffer, state: LayoutState, progress: Progress | None, total: int, **kw):
        super().__init__(buffer, **kw)
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


@contextmanager
def binary_streams():
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
