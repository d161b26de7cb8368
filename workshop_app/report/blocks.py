"""The report's outline as neutral blocks: what is said, in which order, at which level.

:mod:`.outline` builds these once from the report's content; the PDF, HTML and Word renderers
only render them. The blocks carry no markup and no layout beyond a few hints that every
format may read or ignore (a section that starts a page, a theme whose heading stays with its
first quote). Texts are plain text exactly as written; each renderer escapes them in its own way.

``language`` on a block or span is the language of a text written in another language than the
report's (a Swedish note in an English report); "" means the report's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A piece of inline text."""

    text: str
    strong: bool = False
    language: str = ""


@dataclass(frozen=True)
class Heading:
    """A heading: level 1 a chapter, 2 a section (a focus area), 3 a category, 4 a theme."""

    level: int
    text: str
    language: str = ""
    toc: bool = False
    """Listed in the table of contents."""


@dataclass(frozen=True)
class Para:
    """A paragraph. ``style``: body, lead (an area's description), meta (counts, small print),
    caption, label (a bold line naming whose text follows), conclusion (a shaded box)."""

    spans: tuple[Span, ...]
    style: str = "body"
    user: bool = False
    """Written by people (not the report's fixed words): may hold line breaks, any character."""

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


def para(text: str, style: str = "body", language: str = "", *, user: bool = False) -> Para:
    return Para((Span(text, language=language),), style, user)


@dataclass(frozen=True)
class Bullets:
    """A bulleted list; each item is a run of spans."""

    items: tuple[tuple[Span, ...], ...]


@dataclass(frozen=True)
class Quote:
    """A note quoted in the results."""

    text: str
    language: str = ""


@dataclass(frozen=True)
class NoteItem:
    """A note in the appendix, with where it came from (workshop, author) when that is printed."""

    text: str
    language: str = ""
    source: str = ""


@dataclass(frozen=True)
class NoteList:
    items: tuple[NoteItem, ...]


@dataclass(frozen=True)
class Cell:
    text: str
    language: str = ""
    strong: bool = False


@dataclass(frozen=True)
class Table:
    """A table whose first row is its header and whose first column names its rows.

    ``kind``: facts (the workshops), counts (notes per area and category), comparison (themes
    per workshop). ``numeric[i]`` right-aligns column i. ``footer`` is a totals row.
    ``span_footer`` lets the footer's cell at that column run to the table's right edge.
    """

    kind: str
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    numeric: tuple[bool, ...] = ()
    footer: tuple[Cell, ...] = ()
    span_footer: int | None = None
    caption_visible: bool = True
    """False: the caption is for screen readers (HTML) only; the text around says it already."""


@dataclass(frozen=True)
class ChartRow:
    name: str
    values: tuple[int, ...]
    language: str = ""


@dataclass(frozen=True)
class Chart:
    """The bar chart of notes per focus area (rows) and category (series)."""

    title: str
    description: str
    """The figures in words: the image's alternative text."""
    caption: str
    series: tuple[tuple[str, str], ...]
    """(category key, heading) per series, in order."""
    rows: tuple[ChartRow, ...]


@dataclass(frozen=True)
class Contents:
    """The table of contents (the headings with ``toc``)."""

    title: str


@dataclass(frozen=True)
class Section:
    """A run of blocks that belong together, with layout hints.

    ``start``: "page" begins a new page, "cond" a new page unless half of one is free, "flow"
    follows what is above. ``short``: kept on one page when it fits on one. ``kind`` names what
    the section holds (chapter, area, theme ...); a "theme" keeps its heading with its first quote.
    """

    kind: str
    blocks: tuple = ()
    start: str = "flow"
    short: bool = False


@dataclass
class Cover:
    """The title page."""

    title: str
    subtitle: str = ""
    organisation: str = ""
    date: str = ""
    logo_path: str = ""


@dataclass
class Outline:
    """The whole report: document properties, the title page and the sections in print order."""

    language: str
    title: str
    author: str
    """The organisations behind the report (the document's author property)."""
    subject: str
    keywords: str
    modified: str
    cover: Cover
    footer: str
    """Who publishes the report: printed in every page's footer."""
    page_label: str
    """"Sida {n}": the page number's wording in the footer."""
    contents_hint: str = ""
    """What a table of contents says until the reader's program fills it in (Word)."""
    quotes: tuple[str, str] = ("\u201d", "\u201d")
    """The quotation marks of the report's language, put around quoted notes."""
    sections: list[Section] = field(default_factory=list)

    def walk(self):
        """Every block in print order, sections opened."""

        def visit(blocks):
            for block in blocks:
                if isinstance(block, Section):
                    yield from visit(block.blocks)
                else:
                    yield block

        yield from visit(self.sections)

    def headings(self) -> list[Heading]:
        return [b for b in self.walk() if isinstance(b, Heading)]
