"""PDF, HTML and Word come from the one outline: a clustered workshop and the hostile note texts
export to all three with every note present, and the three agree on the headings."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import docx
import pytest

from tests.hostile import HOSTILE_TEXTS
from tests.report.conftest import read_pdf
from workshop_app.report import ReportSettings, export_docx, export_html, export_pdf, fonts
from workshop_app.report.markup import clean, fallback
from workshop_app.report.word import xml_safe

SETTINGS = ReportSettings(title="Alla format", organisation="Testby kommun")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.headings: list[tuple[int, str]] = []
        self._level = 0

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[2-5]", tag):
            self._level = int(tag[1]) - 1
            self.headings.append((self._level, ""))

    def handle_endtag(self, tag):
        if re.fullmatch(r"h[2-5]", tag):
            self._level = 0

    def handle_data(self, data):
        self.parts.append(data)
        if self._level:
            level, text = self.headings[-1]
            self.headings[-1] = (level, text + data)


def html_text(path):
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return "".join(parser.parts), parser.headings


def docx_text(path):
    document = docx.Document(str(path))
    return "\n".join(p.text for p in document.paragraphs), document


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def hostile_workshop(project, workshop):
    from workshop_app.exchange.samples import add_example_workshop
    from workshop_app.theming.suggest import suggest_themes

    clustered = add_example_workshop(project)
    suggest_themes(project, clustered.id)
    areas = project.workshops.focus_areas(workshop.id)
    categories = project.workshops.categories(workshop.id)
    for index, text in enumerate(HOSTILE_TEXTS):
        project.notes.add(workshop.id, areas[index % len(areas)].id, categories[index % 3].id, text)
    return clustered


@pytest.fixture
def both(project, workshop):
    clustered = hostile_workshop(project, workshop)
    return [clustered.id, workshop.id]


def every_note(project, ids):
    return [n.text for i in ids for n in project.notes.list(i)]


def test_word_has_every_note(project, both, tmp_path):
    text, _ = docx_text(export_docx(project, both, tmp_path / "r.docx", settings=SETTINGS))
    for note in every_note(project, both):
        assert xml_safe(note).strip() in text, note


def test_html_has_every_note(project, both, tmp_path):
    text, _ = html_text(export_html(project, both, tmp_path / "r.html", settings=SETTINGS))
    for note in every_note(project, both):
        expected = re.sub("[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", note.replace("\r\n", "\n").replace("\t", " "))
        assert squeeze(expected) in squeeze(text), note


def test_pdf_has_every_note(project, both, tmp_path):
    _, text = read_pdf(export_pdf(project, both, tmp_path / "r.pdf", settings=SETTINGS))
    flat = squeeze(text)
    for note in every_note(project, both):
        if any(0x590 <= ord(c) <= 0x8FF for c in note):  # right to left: the words, in visual order
            assert "םלועה" in flat or "עברית" in flat or "ערבית" in flat
            continue
        expected = squeeze(fallback(clean(note), fonts.coverage(), "sv"))
        if len(expected) > 1000:  # 5,000 Å broken over lines and pages
            assert flat.count("Å") >= 2 * 5000  # in the results and in the appendix
            continue
        assert expected in flat, note


def test_the_three_formats_have_the_same_headings(project, both, tmp_path):
    _, document = docx_text(export_docx(project, both, tmp_path / "r.docx", settings=SETTINGS))
    _, html_headings = html_text(export_html(project, both, tmp_path / "r.html", settings=SETTINGS))
    word = [(int(p.style.name.split()[-1]), p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    html = [(level, text) for level, text in html_headings if text != "Innehåll"]  # the contents are a nav in HTML
    assert word == html
    reader, _ = read_pdf(export_pdf(project, both, tmp_path / "r.pdf", settings=SETTINGS))
    from tests.report.conftest import outline_titles

    bookmarks = outline_titles(reader)
    assert bookmarks[1:] == [text for level, text in word if level <= 3]
    assert "Workshopparna jämförda" in bookmarks
