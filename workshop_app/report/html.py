"""The accessible HTML version of the report, rendered from its outline (:mod:`.outline`).

Open-source reportlab cannot write tagged PDF, so this file is the version to publish where
accessible documents are required: one ``h1`` (the title), chapters as ``h2``, focus areas
as ``h3``, categories as ``h4`` and themes as ``h5``; lists for quotes and notes; tables with
``caption``, ``th`` and ``scope``; the chart as inline SVG with ``title`` and ``desc`` and the
same figures in a table; ``lang`` on the root, and on every text of the workshops (notes, theme
titles, focus areas, conclusions, questions) written in another language than the report's,
so that a screen reader reads the Swedish notes of an English report as Swedish; ``dir="auto"``
on every user text so that right-to-left notes are laid out by the browser's own bidi
algorithm. Every text is escaped.
"""

from __future__ import annotations

import base64
import mimetypes
import re
from html import escape
from pathlib import Path

from workshop_app.report.blocks import (
    Bullets,
    Chart,
    Contents,
    Heading,
    NoteList,
    Outline,
    Para,
    Quote,
    Section,
    Span,
    Table,
)
from workshop_app.report.chart import category_colour, nice_step
from workshop_app.report.errors import ReportError

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1f2328; line-height: 1.5;
       max-width: 46rem; margin: 2rem auto; padding: 0 1rem; overflow-wrap: anywhere; }
h1, h2, h3 { color: #1f4e79; line-height: 1.25; }
h1 { font-size: 2.1rem; margin-bottom: .3rem; }
h2 { font-size: 1.6rem; margin-top: 2.5rem; border-bottom: 1px solid #b8c4d0; padding-bottom: .2rem; }
h3 { font-size: 1.25rem; margin-top: 2rem; }
h4 { font-size: 1.05rem; margin-top: 1.4rem; }
h5 { font-size: 1rem; margin: 1rem 0 .1rem; }
.subtitle { font-size: 1.25rem; margin-top: 0; }
.meta, figcaption, caption { color: #5f6368; font-size: .9rem; }
.lead { font-style: italic; color: #5f6368; }
blockquote { margin: .3rem 0 .3rem 1rem; padding-left: .8rem; border-left: 3px solid #b8c4d0; font-style: italic; }
blockquote p { margin: .2rem 0; }
.conclusion { background: #eef3f8; padding: .6rem .9rem; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; width: 100%; }
caption { text-align: left; padding-bottom: .3rem; }
th, td { border-bottom: 1px solid #b8c4d0; padding: .25rem .4rem; text-align: left; vertical-align: top; }
thead th { background: #eef3f8; border-bottom: 2px solid #1f4e79; }
td.number, th.number { text-align: right; }
tfoot th, tfoot td { font-weight: bold; border-top: 2px solid #1f4e79; }
.logo { max-width: 12rem; max-height: 6rem; }
svg text { font-size: 13px; fill: #1f2328; }
figure { margin: 1rem 0; }
.scroll { overflow-x: auto; max-width: 100%; }
.scroll table { margin-bottom: .5rem; }
.scroll th, .scroll td { overflow-wrap: normal; }
.chart svg { min-width: 40rem; }
@media (max-width: 30rem) { body { margin: 1rem auto; padding: 0 .6rem; } h1 { font-size: 1.6rem; }
  h2 { font-size: 1.35rem; } blockquote { margin-left: .2rem; } }
@media print { body { max-width: none; } h2 { break-before: page; } .chart svg { min-width: 0; } }
"""


def _text(text: str) -> str:
    """Escaped user text with line breaks kept and control characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return escape(_CONTROLS.sub("", text)).replace("\n", "<br>")


class HtmlRenderer:
    """Renders an :class:`~.blocks.Outline` as one self-contained, accessible HTML page."""

    def __init__(self, outline: Outline):
        self.outline = outline
        self.out: list[str] = []
        self.toc: list[tuple[int, str, str, str]] = []
        self.ids = 0

    def lang(self, language: str) -> str:
        return f' lang="{escape(language)}"' if language else ""

    def next_id(self, prefix: str = "s") -> str:
        self.ids += 1
        return f"{prefix}{self.ids}"

    def render(self) -> str:
        contents = False
        for section in self.outline.sections:
            contents = self.section(section) or contents
        return self.page(contents)

    def section(self, section: Section) -> bool:
        found = False
        for block in section.blocks:
            if isinstance(block, Contents):
                found = True
            elif isinstance(block, Section):
                found = self.section(block) or found
            else:
                self.block(block)
        return found

    def block(self, block) -> None:
        if isinstance(block, Heading):
            level = min(block.level + 1, 6)
            lang = self.lang(block.language)
            anchor = self.next_id() if block.level <= 3 else ""  # themes are not linked to
            attr = f' id="{anchor}"' if anchor else ""
            self.out.append(f'<h{level}{attr} dir="auto"{lang}>{_text(block.text)}</h{level}>')
            if block.toc:
                self.toc.append((block.level, block.text, anchor, lang))
        elif isinstance(block, Para):
            self.para(block)
        elif isinstance(block, Bullets):
            self.out.append("<ul>")
            self.out += [f'<li dir="auto">{self.spans(item)}</li>' for item in block.items]
            self.out.append("</ul>")
        elif isinstance(block, Quote):
            self.out.append(
                f'<blockquote{self.lang(block.language)}><p dir="auto">{_text(block.text)}</p></blockquote>'
            )
        elif isinstance(block, NoteList):
            self.out.append("<ul>")
            for note in block.items:
                suffix = f' <span class="meta">— {_text(note.source)}</span>' if note.source else ""
                self.out.append(
                    f'<li><span dir="auto"{self.lang(note.language)}>{_text(note.text)}</span>{suffix}</li>'
                )
            self.out.append("</ul>")
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Chart):
            self.out += [
                '<figure class="chart">',
                f'<section class="scroll" tabindex="0" aria-label="{escape(block.title)}">',
                self.svg_chart(block),
                "</section>",
                f"<figcaption>{escape(block.caption)}</figcaption>",
                "</figure>",
            ]

    def spans(self, spans: tuple[Span, ...]) -> str:
        parts = []
        for span in spans:
            text = _text(span.text)
            if span.strong:
                parts.append(f"<strong{self.lang(span.language)}>{text}</strong>")
            elif span.language:
                parts.append(f"<span{self.lang(span.language)}>{text}</span>")
            else:
                parts.append(text)
        return "".join(parts)

    def para(self, block: Para) -> None:
        css = {"lead": "lead", "meta": "meta", "caption": "meta", "conclusion": "conclusion"}.get(block.style, "")
        attr = f' class="{css}"' if css else ""
        inner = self.spans(block.spans)
        direction = ' dir="auto"' if block.user else ""
        lang = ""
        if len(block.spans) == 1 and block.spans[0].language and not block.spans[0].strong:
            lang, inner = self.lang(block.spans[0].language), _text(block.spans[0].text)
        if block.style == "label":
            inner = f"<strong>{inner}</strong>"
        self.out.append(f"<p{direction}{attr}{lang}>{inner}</p>")

    def table(self, table: Table) -> None:
        caption_id = self.next_id("t")
        numeric = table.numeric or (False,) * len(table.header)

        def css(index: int) -> str:
            return ' class="number"' if index < len(numeric) and numeric[index] else ""

        rows = ["<thead><tr>"] + [f'<th scope="col"{css(i)}>{escape(h)}</th>' for i, h in enumerate(table.header)]
        rows.append("</tr></thead><tbody>")
        for row in table.rows:
            cells = [f'<th scope="row" dir="auto"{self.lang(row[0].language)}>{_text(row[0].text)}</th>']
            for index, cell in enumerate(row[1:], start=1):
                text = _text(cell.text)
                if cell.strong:
                    text = f"<strong>{text}</strong>"
                cells.append(f'<td dir="auto"{css(index)}{self.lang(cell.language)}>{text}</td>')
            rows.append("<tr>" + "".join(cells) + "</tr>")
        rows.append("</tbody>")
        if table.footer:
            cells = [f'<th scope="row">{escape(table.footer[0].text)}</th>']
            span = table.span_footer
            for index, cell in enumerate(table.footer[1:], start=1):
                if span is not None and index > span:
                    break  # the empty cells to its right lend the spanning cell their width
                colspan = (
                    f' colspan="{len(table.header) - span}"' if index == span and len(table.header) - span > 1 else ""
                )
                cells.append(f'<td{colspan}{css(index)} dir="auto">{_text(cell.text)}</td>')
            rows.append("<tfoot><tr>" + "".join(cells) + "</tr></tfoot>")
        self.out += [
            f'<section class="scroll" tabindex="0" aria-labelledby="{caption_id}">',
            "<table>",
            f'<caption id="{caption_id}">{escape(table.caption)}</caption>',
            *rows,
            "</table>",
            "</section>",
        ]

    def page(self, contents: bool) -> str:
        outline, cover = self.outline, self.outline.cover
        head = [
            "<!DOCTYPE html>",
            f'<html lang="{outline.language}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(outline.title)}</title>",
        ]
        if outline.author:
            head.append(f'<meta name="author" content="{escape(outline.author)}">')
        if cover.subtitle:
            head.append(f'<meta name="description" content="{escape(cover.subtitle)}">')
        head += [f"<style>{CSS}</style>", "</head>", "<body>", "<header>"]
        if cover.logo_path:
            head.append(self.logo(cover.logo_path))
        head.append(f'<h1 dir="auto">{_text(cover.title)}</h1>')
        if cover.subtitle:
            head.append(f'<p class="subtitle" dir="auto">{_text(cover.subtitle)}</p>')
        for value in (cover.organisation, cover.date):
            if value:
                head.append(f'<p dir="auto">{_text(value)}</p>')
        head.append("</header>")
        if contents and self.toc:
            title = next(b.title for b in outline.walk() if isinstance(b, Contents))
            head.append('<nav aria-labelledby="contents">')
            head.append(f'<h2 id="contents">{escape(title)}</h2>')
            head.append(self.toc_list())
            head.append("</nav>")
        return "\n".join(head + ["<main>"] + self.out + ["</main>", "</body>", "</html>", ""])

    def toc_list(self) -> str:
        lines = ["<ol>"]
        open_sub = False
        for level, text, anchor, lang in self.toc:
            if level == 1:
                if open_sub:
                    lines.append("</ol></li>")
                    open_sub = False
                lines.append(f'<li><a href="#{anchor}"{lang}>{_text(text)}</a>')
                lines.append("<ol>")
                open_sub = True
            else:
                lines.append(f'<li><a href="#{anchor}"{lang}>{_text(text)}</a></li>')
        if open_sub:
            lines.append("</ol></li>")
        lines.append("</ol>")
        return "\n".join(lines).replace("<ol>\n</ol></li>", "</li>")

    def logo(self, path_text: str) -> str:
        path = Path(path_text).expanduser()
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ReportError(f"The logo file {path} cannot be read; choose another image or remove the logo.") from exc
        kind = mimetypes.guess_type(path.name)[0] or "image/png"
        alt = self.outline.cover.organisation or self.outline.title
        encoded = base64.b64encode(data).decode("ascii")
        return f'<img class="logo" src="data:{kind};base64,{encoded}" alt="{escape(alt)}">'

    def svg_chart(self, chart: Chart) -> str:
        rows = chart.rows
        label_width, width, bar, gap = 250, 680, 11, 10
        group = bar * len(chart.series) + gap
        top = 30
        height = top + group * len(rows) + 30
        maximum = max([v for r in rows for v in r.values] or [1]) or 1
        step = nice_step(maximum)
        axis_max = max(step, -(-maximum // step) * step)
        scale = (width - label_width - 40) / axis_max
        self._charts = getattr(self, "_charts", 0) + 1  # ids stay unique when a report has two charts
        ident = "chart" if self._charts == 1 else f"chart{self._charts}"
        parts = [
            f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
            f'aria-labelledby="{ident}-title {ident}-desc" width="100%">',
            f'<title id="{ident}-title">{escape(chart.title)}</title>',
            f'<desc id="{ident}-desc">{escape(chart.description)}</desc>',
        ]
        x = label_width
        for index, (key, heading) in enumerate(chart.series):
            parts.append(f'<rect x="{x}" y="8" width="10" height="10" fill="{category_colour(key, index)}"/>')
            parts.append(f'<text x="{x + 14}" y="17">{escape(heading)}</text>')
            x += 24 + 8 * len(heading)
        value = 0
        while value <= axis_max:
            gx = label_width + value * scale
            parts.append(f'<line x1="{gx:.1f}" y1="{top}" x2="{gx:.1f}" y2="{height - 25}" stroke="#e3e3e3"/>')
            parts.append(f'<text x="{gx:.1f}" y="{height - 10}" text-anchor="middle">{value}</text>')
            value += step
        for number, row in enumerate(rows):
            y = top + number * group
            parts.append(
                f'<text x="{label_width - 6}" y="{y + group / 2:.1f}" text-anchor="end"'
                f"{self.lang(row.language)}>{escape(row.name)}</text>"
            )
            for index, ((key, _), count) in enumerate(zip(chart.series, row.values)):
                by = y + index * bar
                parts.append(
                    f'<rect x="{label_width}" y="{by}" width="{count * scale:.1f}" height="{bar - 1}" '
                    f'fill="{category_colour(key, index)}"/>'
                )
                parts.append(
                    f'<text x="{label_width + count * scale + 3:.1f}" y="{by + bar - 1.5}" '
                    f'font-size="11">{count}</text>'
                )
        parts.append("</svg>")
        return "\n".join(parts)


def render_html(outline: Outline) -> str:
    """The report as one self-contained HTML document."""
    return HtmlRenderer(outline).render()
