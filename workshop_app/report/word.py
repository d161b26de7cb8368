"""The report as a Word document (python-docx), rendered from its outline (:mod:`.outline`).

Made for municipalities that edit and publish in Word, in their own template:

- Word's built-in styles only: Title, Subtitle, Heading 1-4, Quote, List Bullet, Caption, so
  that the navigation pane, a table of contents and a template's own look all apply;
- the language (sv-SE, en-GB) in the document defaults and the properties, and on every text of a
  workshop written in another language; title, author (the organisations), subject, keywords;
- a table of contents field that Word fills in (it asks to update the fields on opening);
- the overview chart as an image with alternative text, next to the same figures as a table;
  every table's header row repeats on each page and is marked as a header;
- notes as quotes; the publisher and the page number in every page's footer;
- characters that XML cannot hold (most C0 control characters) replaced visibly (see
  :func:`xml_safe`), so that every note still exports.

The same data gives the same bytes: the zip entries carry the data's last change as their date.
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime, timezone
from io import BytesIO

from workshop_app.report import bidi
from workshop_app.report import blocks as b
from workshop_app.report.errors import ReportError
from workshop_app.report.texts import PDF_LANG, is_quoted

DOCX_LANG = PDF_LANG
"""Word's language tags: sv-SE, en-GB."""

_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\x85\u2028\u2029]")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 cannot hold replaced by a visible stand-in.

    Line breaks of every kind (CR, vertical tab, form feed, NEL, U+2028/9) become a line break;
    the other C0 control characters become their Unicode control pictures (U+0007 prints as ␇,
    U+001B as ␛); U+FFFE, U+FFFF and lone surrogates become the replacement character �.
    Tabs and line feeds stay: Word holds them as tabs and breaks.
    """
    text = _LINE_BREAKS.sub("\n", text)

    def picture(match: re.Match) -> str:
        code = ord(match.group())
        return chr(0x2400 + code) if code < 0x20 else "\ufffd"

    return _NOT_XML.sub(picture, text)


class WordRenderer:
    def __init__(self, outline: b.Outline):
        from docx import Document

        self.outline = outline
        self.doc = Document()
        self.language = DOCX_LANG.get(outline.language, "sv-SE")
        self.made: list = []
        self._styles: dict[str, str] | None = None
        self._end = None
        """The body's paragraphs in order (``Document.paragraphs`` rebuilds its list on every call)."""

    # --- low-level ---------------------------------------------------------------------------
    def run(
        self,
        paragraph,
        text: str,
        *,
        strong: bool = False,
        language: str = "",
        italic: bool = False,
        small: bool = False,
    ):
        from docx.shared import Pt, RGBColor

        run = paragraph.add_run(xml_safe(text))
        if strong:
            run.bold = True
        if italic:
            run.italic = True
        if small:
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x5F, 0x63, 0x68)
        if language:
            self.set_lang(run, DOCX_LANG.get(language, language))
        if bidi.has_rtl(text):
            rpr = run._r.get_or_add_rPr()
            rpr.append(self.element("w:rtl"))
        return run

    @staticmethod
    def element(tag: str, **attributes: str):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        node = OxmlElement(tag)
        for name, value in attributes.items():
            node.set(qn(f"w:{name}"), value)
        return node

    def set_lang(self, run, tag: str) -> None:
        rpr = run._r.get_or_add_rPr()
        rpr.append(self.element("w:lang", val=tag, bidi=tag))

    def new_paragraph(self, style: str | None = None):
        """An empty paragraph at the end of the body, in the built-in style called ``style``.

        python-docx's ``add_paragraph(style=...)`` looks the style up by name through every style
        and finds the end of the body by a search of its children, each time: quadratic in the
        report's length (18 s for 1,000 notes). Here the style ids are looked up once, and the
        paragraph goes straight before the body's closing section properties.
        """
        from docx.oxml import OxmlElement
        from docx.text.paragraph import Paragraph

        if self._styles is None:
            self._styles = {s.name: s.style_id for s in self.doc.styles}
            self._end = self.doc.element.body.sectPr
        element = OxmlElement("w:p")
        self._end.addprevious(element)
        if style:
            element.get_or_add_pPr().style = self._styles[style]
        paragraph = Paragraph(element, self.doc._body)
        self.made.append(paragraph)
        return paragraph

    def paragraph(self, spans: tuple[b.Span, ...], style: str | None = None, **run_options):
        paragraph = self.new_paragraph(style)
        for span in spans:
            self.run(paragraph, span.text, strong=span.strong, language=span.language, **run_options)
        text = "".join(s.text for s in spans)
        if bidi.has_rtl(text) and bidi.base_direction(text) == "R":
            paragraph._p.get_or_add_pPr().append(self.element("w:bidi"))
        return paragraph

    # --- document ----------------------------------------------------------------------------
    def render(self) -> bytes:
        self.setup()
        self.cover()
        for section in self.outline.sections:
            self.section(section)
        out = BytesIO()
        self.doc.save(out)
        return _fixed_dates(out.getvalue(), self.outline.modified)

    def setup(self) -> None:
        from docx.shared import Cm

        outline = self.outline
        props = self.doc.core_properties
        props.title = xml_safe(outline.title)
        props.author = xml_safe(outline.author)
        props.subject = xml_safe(outline.subject)
        props.keywords = xml_safe(outline.keywords)
        props.language = self.language
        props.last_modified_by = ""
        props.comments = ""
        props.revision = 1
        when = _parse(outline.modified)
        props.created = props.modified = when
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.4)
        section.top_margin, section.bottom_margin = Cm(2.6), Cm(2.2)
        # the language of every text that says nothing else: in the document defaults
        styles = self.doc.styles.element
        rpr = styles.find(".//{*}docDefaults/{*}rPrDefault/{*}rPr")
        if rpr is not None:
            for old in rpr.findall("{*}lang"):
                rpr.remove(old)
            rpr.append(self.element("w:lang", val=self.language, eastAsia=self.language, bidi=self.language))
        # Word fills in the table of contents and the page numbers when it opens the file
        settings = self.doc.settings.element
        settings.append(self.element("w:updateFields", val="true"))
        self.footer(section)

    def footer(self, section) -> None:
        from docx.enum.text import WD_TAB_ALIGNMENT

        paragraph = section.footer.paragraphs[0]
        paragraph.style = self.doc.styles["Footer"]
        if self.outline.footer:
            self.run(paragraph, self.outline.footer, small=True)
        stops = paragraph.paragraph_format.tab_stops
        for inherited in self.doc.styles["Footer"].paragraph_format.tab_stops:  # the template's centre stop
            stops.add_tab_stop(inherited.position, WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(section.page_width - section.left_margin - section.right_margin, WD_TAB_ALIGNMENT.RIGHT)
        before, _, after = self.outline.page_label.partition("{n}")
        self.run(paragraph, "\t" + before, small=True)
        field = self.element("w:fldSimple", instr="PAGE")
        number = self.element("w:r")
        text = self.element("w:t")
        text.text = "1"
        number.append(text)
        field.append(number)
        paragraph._p.append(field)
        if after:
            self.run(paragraph, after, small=True)

    def cover(self) -> None:
        from docx.enum.text import WD_BREAK

        cover = self.outline.cover
        if cover.logo_path:
            self.logo(cover.logo_path)
        self.paragraph((b.Span(cover.title),), "Title")
        if cover.subtitle:
            self.paragraph((b.Span(cover.subtitle),), "Subtitle")
        for text in (cover.organisation, cover.date):
            if text:
                self.paragraph((b.Span(text),))
        self.made[-1].add_run().add_break(WD_BREAK.PAGE)

    def logo(self, path_text: str) -> None:
        from pathlib import Path

        from docx.shared import Cm

        path = Path(path_text).expanduser()
        if not path.is_file():
            raise ReportError(f"The logo file {path} does not exist; choose another image or remove the logo.")
        try:
            shape = self.doc.add_picture(str(path), height=Cm(2.4))
        except Exception as exc:  # python-docx raises several kinds for an unknown image
            raise ReportError(f"The logo file {path.name} is not an image the report can use (PNG or JPEG).") from exc
        if shape.width > Cm(6):
            shape.height = int(shape.height * Cm(6) / shape.width)
            shape.width = Cm(6)
        self.alt_text(shape, self.outline.cover.organisation or self.outline.title)

    def alt_text(self, shape, text: str, title: str = "") -> None:
        properties = shape._inline.docPr
        properties.set("descr", xml_safe(text))
        if title:
            properties.set("title", xml_safe(title))

    # --- blocks ------------------------------------------------------------------------------
    def section(self, section: b.Section) -> None:
        first = len(self.made)
        for block in section.blocks:
            if isinstance(block, b.Section):
                self.section(block)
            else:
                self.block(block)
        if section.start == "page" and len(self.made) > first:
            self.made[first].paragraph_format.page_break_before = True
        if section.kind in ("theme", "listing"):  # the heading stays with its first quote
            stops = {self._styles["Quote"], self._styles["List Bullet"]}
            for paragraph in self.made[first:]:
                if paragraph._p.style in stops:
                    break
                paragraph.paragraph_format.keep_with_next = True

    def block(self, block) -> None:
        if isinstance(block, b.Heading):
            paragraph = self.new_paragraph(f"Heading {min(block.level, 9)}")
            self.run(paragraph, block.text, language=block.language)
        elif isinstance(block, b.Para):
            self.para(block)
        elif isinstance(block, b.Quote):
            text = block.text.strip()
            if not is_quoted(text) and not bidi.has_rtl(text):
                text = self.outline.quotes[0] + text + self.outline.quotes[1]
            self.paragraph((b.Span(text, language=block.language),), "Quote")
        elif isinstance(block, b.NoteList):
            for item in block.items:
                paragraph = self.paragraph((b.Span(item.text.strip(), language=item.language),), "List Bullet")
                if item.source:
                    self.run(paragraph, " — " + item.source, small=True)
        elif isinstance(block, b.Bullets):
            for item in block.items:
                self.paragraph(item, "List Bullet")
        elif isinstance(block, b.Table):
            self.table(block)
        elif isinstance(block, b.Chart):
            self.chart(block)
        elif isinstance(block, b.Contents):
            self.contents(block)

    def para(self, block: b.Para) -> None:
        if block.style == "caption":
            self.paragraph(block.spans, "Caption")
        elif block.style == "label":
            self.paragraph(tuple(b.Span(s.text, True, s.language) for s in block.spans))
        elif block.style == "meta":
            self.paragraph(block.spans, small=True)
        elif block.style == "lead":
            self.paragraph(block.spans, italic=True)
        elif block.style == "conclusion":
            paragraph = self.paragraph(block.spans)
            paragraph._p.get_or_add_pPr().append(self.element("w:shd", val="clear", color="auto", fill="EEF3F8"))
        else:
            self.paragraph(block.spans)

    def contents(self, block: b.Contents) -> None:
        """A table of contents field. Until Word updates it (it asks on opening), its result lists
        the chapters and focus areas without page numbers, so that other programs show them too."""
        from docx.shared import Cm

        self.run(self.new_paragraph("TOC Heading"), block.title)
        entries = [h for h in self.outline.headings() if h.toc and h.level <= 2]
        paragraph = self.new_paragraph()
        run = paragraph.add_run()
        run._r.append(self.element("w:fldChar", fldCharType="begin"))
        instruction = self.element("w:instrText")
        instruction.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        instruction.text = 'TOC \\o "1-2" \\h \\z \\u'
        run._r.append(instruction)
        run._r.append(self.element("w:fldChar", fldCharType="separate"))
        hint = paragraph.add_run(xml_safe(self.outline.contents_hint))
        hint.italic = True
        for entry in entries:
            paragraph = self.new_paragraph()
            paragraph.paragraph_format.left_indent = Cm(0.6 * (entry.level - 1))
            self.run(paragraph, entry.text, strong=entry.level == 1, language=entry.language)
        end = paragraph.add_run()
        end._r.append(self.element("w:fldChar", fldCharType="end"))

    def table(self, table: b.Table) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        if table.caption_visible:
            self.paragraph((b.Span(table.caption),), "Caption").paragraph_format.keep_with_next = True
        numeric = table.numeric or (False,) * len(table.header)
        rows = [tuple(b.Cell(h, strong=True) for h in table.header), *table.rows]
        if table.footer:
            rows.append(table.footer)
        grid = self.doc.add_table(rows=len(rows), cols=len(table.header))
        grid.style = self.doc.styles["Table Grid"]
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                target = grid.cell(r, c).paragraphs[0]
                self.run(target, cell.text, strong=cell.strong or r == 0, language=cell.language)
                if numeric[c]:
                    target.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if table.footer and table.span_footer is not None and table.span_footer < len(table.header) - 1:
            last = len(rows) - 1
            grid.cell(last, table.span_footer).merge(grid.cell(last, len(table.header) - 1))
        self.widths(grid, rows)
        header = grid.rows[0]._tr.get_or_add_trPr()
        header.append(self.element("w:tblHeader", val="true"))  # a header row, repeated on each page
        self.new_paragraph()

    def widths(self, grid, rows) -> None:
        """Column widths as the PDF's tables get them (no column narrower than its longest word);
        LibreOffice and Word's web app do not autofit a table."""
        from docx.shared import Cm, Pt

        from workshop_app.report import fonts
        from workshop_app.report.pdf.layout import column_widths

        fonts.register()
        total = Cm(16.2).pt
        widths = column_widths([[c.text for c in row] for row in rows], total, size=11, padding=18)
        grid.autofit = False
        for column, width in zip(grid.columns, widths):
            column.width = Pt(width)
            for cell in column.cells:
                cell.width = Pt(width)

    def chart(self, chart: b.Chart) -> None:
        from docx.shared import Cm

        from workshop_app.report.chart_image import chart_png

        data, _ratio = chart_png(chart)
        shape = self.doc.add_picture(BytesIO(data), width=Cm(16))
        self.alt_text(shape, chart.description, chart.title)
        self.paragraph((b.Span(chart.caption),), "Caption")


def _parse(value: str) -> datetime:
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return datetime(2000, 1, 1, tzinfo=timezone.utc)
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _fixed_dates(data: bytes, modified: str) -> bytes:
    """The package again, each entry dated ``modified`` (the data's last change), in the same order."""
    stamp = _parse(modified).astimezone(timezone.utc)
    stamp_tuple = (max(1980, stamp.year), stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp_tuple)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def render_docx(outline: b.Outline) -> bytes:
    """The report as the bytes of a .docx file."""
    return WordRenderer(outline).render()
