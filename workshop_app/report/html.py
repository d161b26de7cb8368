"""The accessible HTML version of the report.

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

from workshop_app.report.chart import category_colour, nice_step
from workshop_app.report.content import NoteLine, ReportModel
from workshop_app.report.errors import ReportError

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1f2328; line-height: 1.5;
       max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
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
svg text { font-size: 11px; fill: #1f2328; }
@media print { body { max-width: none; } h2 { break-before: page; } }
"""


def _text(text: str) -> str:
    """Escaped user text with line breaks kept and control characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return escape(_CONTROLS.sub("", text)).replace("\n", "<br>")


def _paragraphs(text: str, css: str = "", lang: str = "") -> list[str]:
    attr = (f' class="{css}"' if css else "") + lang
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return [f'<p dir="auto"{attr}>{_text(b)}</p>' for b in blocks if b]


class HtmlBuilder:
    def __init__(self, model: ReportModel):
        self.model = model
        self.t = model.texts
        self.out: list[str] = []
        self.toc: list[tuple[int, str, str]] = []
        self.ids = 0
        self.multi = len(model.workshops) > 1

    def lang(self, language: str) -> str:
        """`` lang="sv"`` for a text in another language than the report's; "" otherwise."""
        if language and language != self.model.language:
            return f' lang="{escape(language)}"'
        return ""

    def heading(self, level: int, text: str, *, toc: bool = False, language: str = "") -> None:
        self.ids += 1
        anchor = f"s{self.ids}"
        lang = self.lang(language)
        self.out.append(f'<h{level} id="{anchor}" dir="auto"{lang}>{_text(text)}</h{level}>')
        if toc:
            self.toc.append((level, text, anchor, lang))

    def add(self, *parts: str) -> None:
        self.out.extend(parts)

    def p(self, text: str, css: str = "") -> None:
        attr = f' class="{css}"' if css else ""
        self.out.append(f"<p{attr}>{escape(text)}</p>")

    def build(self) -> str:
        model, s, t = self.model, self.model.settings, self.t
        if s.has("summary"):
            self.summary()
        if s.has("background") and s.background.strip():
            self.heading(2, t("background"), toc=True)
            self.add(*_paragraphs(s.background))
        if s.has("purpose") and model.purposes:
            self.heading(2, t("purpose"), toc=True)
            for label, text, language in model.purposes:
                if label:
                    self.add(f'<p dir="auto"><strong>{_text(label)}</strong></p>')
                self.add(*_paragraphs(text, lang=self.lang(language)))
        if s.has("method"):
            self.method()
        if s.has("overview") or s.has("results"):
            self.heading(2, t("results"), toc=True)
            if s.has("overview"):
                self.overview()
            if s.has("results"):
                for area in model.areas:
                    self.area(area)
        for key, text in (("conclusions", s.conclusions), ("further_work", s.further_work)):
            if s.has(key) and text.strip():
                self.heading(2, t(key), toc=True)
                self.add(*_paragraphs(text))
        if s.has("appendix"):
            self.appendix()
        return self.page()

    def page(self) -> str:
        model, t = self.model, self.t
        head = [
            "<!DOCTYPE html>",
            f'<html lang="{model.language}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(model.title)}</title>",
        ]
        if model.organisation:
            head.append(f'<meta name="author" content="{escape(model.organisation)}">')
        if model.subtitle:
            head.append(f'<meta name="description" content="{escape(model.subtitle)}">')
        head += [f"<style>{CSS}</style>", "</head>", "<body>", "<header>"]
        if model.settings.logo_path:
            head.append(self.logo(model.settings.logo_path))
        head.append(f'<h1 dir="auto">{_text(model.title)}</h1>')
        if model.subtitle:
            head.append(f'<p class="subtitle" dir="auto">{_text(model.subtitle)}</p>')
        for value in (model.organisation, model.date):
            if value:
                head.append(f'<p dir="auto">{_text(value)}</p>')
        head.append("</header>")
        if model.settings.has("contents") and self.toc:
            head.append('<nav aria-labelledby="contents">')
            head.append(f'<h2 id="contents">{escape(t("contents"))}</h2>')
            head.append(self.toc_list())
            head.append("</nav>")
        return "\n".join(head + ["<main>"] + self.out + ["</main>", "</body>", "</html>", ""])

    def toc_list(self) -> str:
        lines = ["<ol>"]
        open_sub = False
        for level, text, anchor, lang in self.toc:
            if level == 2:
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
        html = "\n".join(lines)
        return html.replace("<ol>\n</ol></li>", "</li>")

    def logo(self, path_text: str) -> str:
        path = Path(path_text).expanduser()
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ReportError(f"The logo file {path} cannot be read; choose another image or remove the logo.") from exc
        kind = mimetypes.guess_type(path.name)[0] or "image/png"
        alt = self.model.organisation or self.model.title
        encoded = base64.b64encode(data).decode("ascii")
        return f'<img class="logo" src="data:{kind};base64,{encoded}" alt="{escape(alt)}">'

    def summary(self) -> None:
        model, t = self.model, self.t
        self.heading(2, t("summary"), toc=True)
        self.add(*_paragraphs(model.settings.summary))
        top = model.top_themes()
        if top:
            self.heading(3, t("largest_themes"))
            for info, themes in top:
                self.add(f'<h4 dir="auto">{_text(info.heading)}</h4>', "<ul>")
                for theme in themes:
                    count = t.count("note", theme.note_count)
                    if self.multi:
                        count += ", " + t("from_workshops", n=theme.workshop_count, total=len(model.workshops))
                    line = t("theme_in_area", theme=f"<strong{self.lang(theme.language)}>{_text(theme.title)}</strong>",
                             area=self.span(theme.area, self.area_language(theme.area)), count=escape(count))
                    self.add(f'<li dir="auto">{line}</li>')
                self.add("</ul>")
        elif not model.note_count:
            self.p(t("no_notes"))

    def method(self) -> None:
        model, t = self.model, self.t
        self.heading(2, t("method"), toc=True)
        n = len(model.workshops)
        self.p(t("method_intro.one") if n == 1 else t("method_intro.many", n=n))
        columns = [("facts_workshop", lambda w: w.title), ("facts_date", lambda w: t.long_date(w.date)),
                   ("facts_place", lambda w: w.place),
                   ("facts_participants", lambda w: "" if w.participants is None else str(w.participants))]
        if model.include_names:
            columns.append(("facts_facilitator", lambda w: w.facilitator))
        columns = [c for c in columns if any(c[1](w) for w in model.workshops)]
        if model.organisations:
            columns.append(("facts_organisations", lambda w: ", ".join(w.organisations)))
        self.add("<table>", f"<caption>{escape(t('method'))}</caption>", "<thead><tr>")
        self.add(*(f'<th scope="col">{escape(t(k))}</th>' for k, _ in columns))
        self.add("</tr></thead>", "<tbody>")
        for workshop in model.workshops:
            cells = [f'<th scope="row" dir="auto">{_text(columns[0][1](workshop))}</th>']
            cells += [f'<td dir="auto">{_text(get(workshop) or "–")}</td>' for _, get in columns[1:]]
            self.add("<tr>" + "".join(cells) + "</tr>")
        self.add("</tbody>")
        keys = [k for k, _ in columns]
        if self.multi and "facts_participants" in keys:  # "minst 42 (uppgift saknas för Mölndal)"
            index = keys.index("facts_participants")
            rest = len(columns) - index  # the empty cells to its right lend it their width, as in the PDF
            span = f' colspan="{rest}"' if rest > 1 else ""
            cells = "<td></td>" * (index - 1) + f'<td{span} dir="auto">{_text(model.participants_total())}</td>'
            self.add(f'<tfoot><tr><th scope="row">{escape(t("total"))}</th>{cells}</tr></tfoot>')
        self.add("</table>")
        self.add(*_paragraphs(model.settings.method_note))
        questions = [(c.heading, c.question, c.question_language) for c in model.categories if c.question]
        if questions:
            self.p(t("questions_intro"))
            self.add("<ul>")
            self.add(*(f"<li><strong>{escape(h)}:</strong> {self.span(q, lang)}</li>" for h, q, lang in questions))
            self.add("</ul>")
        self.p(t.counts_sentence(model.note_count, model.areas_with_notes, len(model.areas)))
        grouping = model.grouping_text()
        if grouping:
            self.p(grouping)

    def overview(self) -> None:
        model, t = self.model, self.t
        self.heading(3, t("overview"), toc=True)
        if not model.note_count:
            self.p(t("no_notes"))
            return
        self.add("<figure>", self.svg_chart(), f"<figcaption>{escape(t('figure_caption'))}</figcaption>", "</figure>")
        self.add("<table>", f"<caption>{escape(t('table_caption'))}</caption>", "<thead><tr>",
                 f'<th scope="col">{escape(t("area_column"))}</th>')
        self.add(*(f'<th scope="col" class="number">{escape(c.heading)}</th>' for c in model.categories))
        self.add(f'<th scope="col" class="number">{escape(t("total"))}</th>', "</tr></thead>", "<tbody>")
        for (name, values, total), area in zip(model.counts(), model.areas):
            cells = "".join(f'<td class="number">{v}</td>' for v in values)
            self.add(f'<tr><th scope="row" dir="auto"{self.lang(area.language)}>{_text(name)}</th>{cells}'
                     f'<td class="number">{total}</td></tr>')
        totals = model.category_totals()
        cells = "".join(f'<td class="number">{v}</td>' for v in totals)
        self.add("</tbody>", f'<tfoot><tr><th scope="row">{escape(t("total"))}</th>{cells}'
                 f'<td class="number">{sum(totals)}</td></tr></tfoot>', "</table>")

    def svg_chart(self) -> str:
        model, t = self.model, self.t
        rows = model.counts()
        label_width, width, bar, gap = 230, 680, 9, 10
        group = bar * len(model.categories) + gap
        top = 30
        height = top + group * len(rows) + 30
        maximum = max([v for _, values, _ in rows for v in values] or [1]) or 1
        step = nice_step(maximum)
        axis_max = max(step, -(-maximum // step) * step)
        scale = (width - label_width - 40) / axis_max
        details = "; ".join(
            t("chart_desc_area", area=name, values=", ".join(
                f"{c.heading} {v}" for c, v in zip(model.categories, values)))
            for name, values, _ in rows
        )
        parts = [
            f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
            'aria-labelledby="chart-title chart-desc" width="100%">',
            f'<title id="chart-title">{escape(t("chart_title"))}</title>',
            f'<desc id="chart-desc">{escape(t("chart_desc", details=details))}</desc>',
        ]
        x = label_width
        for index, info in enumerate(model.categories):
            colour = category_colour(info.key, index)
            parts.append(f'<rect x="{x}" y="8" width="10" height="10" fill="{colour}"/>')
            parts.append(f'<text x="{x + 14}" y="17">{escape(info.heading)}</text>')
            x += 24 + 7 * len(info.heading)
        value = 0
        while value <= axis_max:
            gx = label_width + value * scale
            parts.append(f'<line x1="{gx:.1f}" y1="{top}" x2="{gx:.1f}" y2="{height - 25}" stroke="#e3e3e3"/>')
            parts.append(f'<text x="{gx:.1f}" y="{height - 10}" text-anchor="middle">{value}</text>')
            value += step
        for row, ((name, values, _), area) in enumerate(zip(rows, model.areas)):
            y = top + row * group
            parts.append(f'<text x="{label_width - 6}" y="{y + group / 2:.1f}" text-anchor="end"'
                         f'{self.lang(area.language)}>{escape(name)}</text>')
            for index, (info, count) in enumerate(zip(model.categories, values)):
                by = y + index * bar
                parts.append(f'<rect x="{label_width}" y="{by}" width="{count * scale:.1f}" height="{bar - 1}" '
                             f'fill="{category_colour(info.key, index)}"/>')
                parts.append(f'<text x="{label_width + count * scale + 3:.1f}" y="{by + bar - 1.5}" '
                             f'font-size="8">{count}</text>')
        parts.append("</svg>")
        return "\n".join(parts)

    def span(self, text: str, language: str) -> str:
        """Escaped ``text``, in a ``span`` with ``lang`` when it is in another language."""
        lang = self.lang(language)
        return f'<span{lang}>{_text(text)}</span>' if lang else _text(text)

    def area_language(self, name: str) -> str:
        key = name.strip().casefold()
        return next((a.language for a in self.model.areas if a.name.strip().casefold() == key), "")

    def area(self, area) -> None:
        t = self.t
        self.heading(3, area.name, toc=True, language=area.language)
        if area.description:
            self.add(*_paragraphs(area.description, "lead", self.lang(area.language)))
        if not area.note_count:
            self.p(t("no_notes_area"))
        for category in area.categories if area.note_count else ():
            self.heading(4, category.heading)
            if not category.note_count:
                self.p(t("no_notes_category"), "meta")
                continue
            for theme in category.themes:
                self.add(f'<h5 dir="auto"{self.lang(theme.language)}>{_text(theme.title)}</h5>')
                meta = [t.count("note", theme.note_count)]
                if self.multi:
                    meta.append(t("from_workshops", n=theme.workshop_count, total=len(self.model.workshops)))
                elif len(theme.groups) > 1:
                    meta.append(t("from_groups", groups=t.count("group", len(theme.groups))))
                self.p(" · ".join(meta), "meta")
                for summary in theme.summaries:
                    self.add(*_paragraphs(summary, lang=self.lang(theme.language)))
                shown, more = theme.shown(self.model.appendix)
                self.quotes(shown)
                if more > 0:
                    self.p(t.count("more_quotes", more), "meta")
            if category.loose:
                if category.themes:
                    self.add(f"<h5>{escape(t('loose_notes'))}</h5>")
                    self.p(t.count("note", len(category.loose)), "meta")
                shown, more = category.loose_shown(self.model.appendix)
                self.quotes(shown)
                if more > 0:
                    self.p(t.count("more_quotes", more), "meta")
        if area.conclusions:
            self.heading(4, t("area_conclusions"))
            self.add('<div class="conclusion">')
            for label, text, language in area.conclusions:
                if label:
                    self.add(f'<p dir="auto"><strong>{_text(label)}</strong></p>')
                self.add(*_paragraphs(text, lang=self.lang(language)))
            self.add("</div>")

    def quotes(self, notes: list[NoteLine]) -> None:
        for note in notes:
            self.add(f'<blockquote{self.lang(note.language)}><p dir="auto">{_text(note.text)}</p></blockquote>')

    def appendix(self) -> None:
        model, t = self.model, self.t
        self.heading(2, t("appendix"), toc=True)
        self.p(t("appendix_intro"))
        if not model.note_count:
            self.p(t("no_notes"))
        for area in model.areas:
            if not area.note_count:
                continue
            self.heading(3, area.name, language=area.language)
            for category in area.categories:
                if not category.note_count:
                    continue
                self.heading(4, category.heading)
                for theme in category.themes:
                    self.add(f'<h5 dir="auto"{self.lang(theme.language)}>{_text(theme.title)}</h5>')
                    self.notes(theme.notes)
                if category.loose:
                    if category.themes:
                        self.add(f"<h5>{escape(t('no_theme'))}</h5>")
                    self.notes(category.loose)

    def notes(self, notes: list[NoteLine]) -> None:
        self.add("<ul>")
        for note in notes:
            extra = []  # groups are left out, as in the PDF
            if self.multi:
                extra.append(note.workshop_title)
            if note.author:
                extra.append(note.author)
            suffix = f' <span class="meta">— {_text(" · ".join(extra))}</span>' if extra else ""
            self.add(f'<li><span dir="auto"{self.lang(note.language)}>{_text(note.text)}</span>{suffix}</li>')
        self.add("</ul>")


def render_html(model: ReportModel) -> str:
    """The report as one self-contained HTML document."""
    return HtmlBuilder(model).build()
