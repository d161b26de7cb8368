"""The Word report, read back with python-docx: headings, properties, language, chart, tables,
quotes, footer, and characters XML cannot hold."""

from __future__ import annotations

import zipfile

import docx
import pytest

from workshop_app.report import ReportSettings, export_docx
from workshop_app.report.word import xml_safe

SETTINGS = ReportSettings(
    title="Omställningen till nära vård",
    subtitle="– ur kommunernas perspektiv",
    organisation="Göteborgsregionen",
    summary="Kort sammanfattning.",
)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def test_word_report_uses_built_in_headings_and_properties(project, filled, tmp_path):
    path = export_docx(project, [filled.id], tmp_path / "r.docx", settings=SETTINGS)
    document = docx.Document(str(path))
    props = document.core_properties
    assert props.title == "Omställningen till nära vård"
    assert props.author == "Göteborgsregionen"
    assert props.subject == "– ur kommunernas perspektiv"
    assert props.language == "sv-SE"
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == ["Omställningen till nära vård"]
    h1 = headings(document, 1)
    assert h1[:2] == ["Sammanfattning", "Syfte"] and "Resultat" in h1 and "Bilaga: alla lappar" in h1
    assert "Egenvård" in headings(document, 2)
    assert "Möjligheter" in headings(document, 3)
    assert "Digitala verktyg för egenmätning" in headings(document, 4)
    styles = document.styles.element
    lang = styles.find(f".//{W}docDefaults//{W}lang")
    assert lang.get(f"{W}val") == "sv-SE"


def test_word_report_in_english_is_en_gb(project, filled, tmp_path):
    path = export_docx(project, [filled.id], tmp_path / "r.docx", language="en")
    document = docx.Document(str(path))
    assert document.core_properties.language == "en-GB"
    assert "Appendix: All notes" in headings(document, 1)
    # a Swedish note in the English report carries its own language
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    assert 'w:val="sv-SE"' in xml


def test_chart_has_alt_text_and_the_table_a_header_row(project, filled, tmp_path):
    path = export_docx(project, [filled.id], tmp_path / "r.docx", settings=SETTINGS)
    document = docx.Document(str(path))
    pictures = document.inline_shapes
    assert len(pictures) == 1
    description = pictures[0]._inline.docPr.get("descr")
    assert "Egenvård: Möjligheter 4" in description
    counts = next(t for t in document.tables if t.cell(0, 0).text == "Fokusområde")
    assert counts.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None
    assert [c.text for c in counts.rows[-1].cells][0] == "Totalt"
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert any(c.startswith("Figur 1") for c in captions) and any(c.startswith("Tabell 1") for c in captions)


def test_notes_are_quotes_and_the_footer_numbers_pages(project, filled, tmp_path):
    path = export_docx(project, [filled.id], tmp_path / "r.docx", settings=SETTINGS)
    document = docx.Document(str(path))
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert "\u201dBlodtrycksmätning hemma med app\u201d" in quotes
    footer = document.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Göteborgsregionen")
    assert footer._p.find(f"{W}fldSimple").get(f"{W}instr") == "PAGE"


def test_same_data_gives_the_same_word_file(project, filled, tmp_path):
    a = export_docx(project, [filled.id], tmp_path / "a.docx", settings=SETTINGS).read_bytes()
    b = export_docx(project, [filled.id], tmp_path / "b.docx", settings=SETTINGS).read_bytes()
    assert a == b


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kontroll\x01tecken\x07och\x1bescape", "Kontroll\u2401tecken\u2407och\u241bescape"),
        ("rad\r\nrad\vrad\frad", "rad\nrad\nrad\nrad"),
        ("tab\tok\nny", "tab\tok\nny"),
        ("\x00\ufffe", "\u2400\ufffd"),
    ],
)
def test_characters_xml_cannot_hold_are_replaced_visibly(text, expected):
    assert xml_safe(text) == expected


def test_a_missing_logo_is_one_clear_error(project, filled, tmp_path):
    from workshop_app.report import ReportError

    with pytest.raises(ReportError, match="does not exist"):
        export_docx(project, [filled.id], tmp_path / "r.docx", settings=SETTINGS.with_changes(logo_path="/nope.png"))
    assert not (tmp_path / "r.docx").exists()


def test_a_themes_heading_keeps_with_its_first_quote_and_chapters_start_pages(project, filled, tmp_path):
    document = docx.Document(str(export_docx(project, [filled.id], tmp_path / "r.docx", settings=SETTINGS)))
    paragraphs = document.paragraphs
    index = next(i for i, p in enumerate(paragraphs) if p.text == "Digitala verktyg för egenmätning")
    heading, meta, summary, quote = paragraphs[index : index + 4]
    assert all(p.paragraph_format.keep_with_next for p in (heading, meta, summary))
    assert quote.style.name == "Quote" and not quote.paragraph_format.keep_with_next  # no chain to the next theme
    results = next(p for p in paragraphs if p.text == "Resultat" and p.style.name == "Heading 1")
    assert results.paragraph_format.page_break_before


def test_the_contents_field_lists_the_chapters_until_word_updates_it(project, filled, tmp_path):
    path = export_docx(project, [filled.id], tmp_path / "r.docx", settings=SETTINGS)
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Innehåll")
    assert "F9" in texts[start + 1]  # what to do to get page numbers
    assert texts[start + 2 : start + 5] == ["Sammanfattning", "Syfte", "Genomförande"]
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    assert 'TOC \\o "1-2"' in xml and xml.count('w:fldCharType="begin"') == xml.count('w:fldCharType="end"')
    settings = zipfile.ZipFile(path).read("word/settings.xml").decode("utf-8")
    assert "updateFields" in settings
