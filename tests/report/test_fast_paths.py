"""The report's shortcuts around reportlab must not change a single byte of the PDF."""

from __future__ import annotations

import pytest

from workshop_app.report import ReportSettings, export_pdf, fonts

TEXTS = [
    "Vanlig lapp om tid och personal",
    "  spridda   mellanslag\tmed tabb  ",
    "\u2022\u00a0Punkt med hårt mellanslag",
    "hårt\u00a0\u00a0mellanslag  två\u00a0 gånger ",
    "rad ett\nrad två\r\n\n rad tre",
    "\u2003em-mellanslag\u3000och\u2009tunt\u205f",
    "x",
    "ÅÄÖ åäö é ü ß – — … ” ’",
]


@pytest.fixture
def maker():
    from reportlab.lib.styles import ParagraphStyle

    from workshop_app.report.pdf import TextMaker

    fonts.register()
    style = ParagraphStyle("t", fontName=fonts.ITALIC, fontSize=9, leading=12, textColor="#123456")
    return TextMaker(400), style


@pytest.mark.parametrize("text", TEXTS)
def test_plain_paragraphs_equal_what_the_parser_makes(maker, text):
    from reportlab.platypus import Paragraph

    maker, style = maker
    fast = maker.para(text, style)
    parsed = Paragraph(text, style)
    assert fast.text == parsed.text
    assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in parsed.frags]
    assert fast.wrap(400, 1000) == parsed.wrap(400, 1000)


def test_markup_and_empty_text_still_go_through_the_parser(maker):
    maker, style = maker
    assert [f.text for f in maker.para("a &amp; b", style).frags] == ["a ", "&", " b"]
    assert maker.para("   ", style).frags == []
    assert maker.para("", style).frags == []


def test_default_coverage_is_the_same_object_as_the_regular_face():
    assert fonts.coverage() is fonts.coverage(fonts.REGULAR)


def test_shortcuts_give_the_same_bytes_as_plain_reportlab(project, filled, tmp_path, monkeypatch):
    from tests.hostile import HOSTILE_TEXTS
    from workshop_app.report import pdf

    areas = project.workshops.focus_areas(filled.id)
    categories = project.workshops.categories(filled.id)
    for index, text in enumerate(HOSTILE_TEXTS + TEXTS):
        project.notes.add(filled.id, areas[index % len(areas)].id, categories[index % 3].id, text)
    settings = ReportSettings(title="Titel", organisation="Org", summary="Sammanfattning\u00a0med  luft.")
    fast = export_pdf(project, [filled.id], tmp_path / "fast.pdf", settings=settings).read_bytes()

    def parse_everything(self, markup, style, cls=pdf.Paragraph, **kw):
        return cls(markup, style, **kw)

    monkeypatch.setattr(pdf.TextMaker, "para", parse_everything)
    monkeypatch.setattr(pdf.TextMaker, "markup", _uncached_markup)
    slow = export_pdf(project, [filled.id], tmp_path / "slow.pdf", settings=settings).read_bytes()
    assert fast == slow


def _uncached_markup(self, text, style, indent=0):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from workshop_app.report import bidi
    from workshop_app.report.markup import rtl_markup, to_markup

    covered = self.covered.get(style.fontName, self.covered[fonts.REGULAR])
    if not bidi.has_rtl(text):
        return to_markup(text, covered, self.language), False
    width = self.width - style.leftIndent - style.rightIndent - indent - 1
    markup, base = rtl_markup(
        text, covered, width, lambda s: stringWidth(s, style.fontName, style.fontSize), self.language
    )
    return markup, base == "R"
