"""The municipalities' perspective: a report over several workshops compares them, and names its
publisher even when many organisations stand behind it."""

from __future__ import annotations

import docx

from tests.report.conftest import fill_workshop, read_pdf
from tests.report.test_html import parse
from workshop_app.report import ReportSettings, export_docx, export_html, export_pdf
from workshop_app.report.collect import collect
from workshop_app.report.comparison import compare


def three(project):
    """Ale and Kungälv with every sample theme; Mölndal without every third one, and with a theme
    of its own."""
    ale = project.workshops.create("Ale")
    kungalv = project.workshops.create("Kungälv")
    molndal = project.workshops.create("Mölndal")
    fill_workshop(project, ale, conclusions=False)
    fill_workshop(project, kungalv, conclusions=False)
    fill_workshop(project, molndal, conclusions=False, skip=3)
    area = next(a for a in project.workshops.focus_areas(molndal.id) if a.name == "Egenvård")
    category = project.workshops.categories(molndal.id)[1]
    note = project.notes.add(molndal.id, area.id, category.id, "Bara i Mölndal")
    project.themes.create(molndal.id, area.id, category.id, "Mölndals eget tema", note_ids=[note.id])
    return [ale.id, kungalv.id, molndal.id]


def test_themes_are_counted_per_workshop(project):
    ids = three(project)
    comparisons = {c.area.name: c for c in compare(collect(project, ids))}
    egenvard = comparisons["Egenvård"]
    rows = {r.theme.title: r.counts for r in egenvard.rows}
    assert rows["Digitala verktyg för egenmätning"] == (3, 3, 0)  # the first sample theme, skipped by Mölndal
    assert rows["Oklart ansvar"] == (2, 2, 2)
    assert rows["Mölndals eget tema"] == (0, 0, 1)
    assert [r.theme.title for r in egenvard.common(3)] == ["Oklart ansvar", "Gemensamma rutiner"]
    assert [r.theme.title for r in egenvard.single()[2]] == ["Mölndals eget tema"]


def test_every_format_has_the_comparison_chapter(project, tmp_path):
    ids = three(project)
    _, text = read_pdf(export_pdf(project, ids, tmp_path / "r.pdf"))
    flat = " ".join(text.split())
    assert "Workshopparna jämförda" in flat
    assert "Gemensamt för alla workshoppar:" in flat and "Bara i en workshop:" in flat
    assert "Mölndal: Mölndals eget tema" in flat
    page = parse(export_html(project, ids, tmp_path / "r.html"))
    assert ("h2", "Workshopparna jämförda") in page.headings
    assert "Teman i Egenvård per workshop (antal lappar)" in "".join(page.text)
    document = docx.Document(str(export_docx(project, ids, tmp_path / "r.docx")))
    table = next(t for t in document.tables if t.cell(0, 0).text == "Tema")
    assert [c.text for c in table.rows[0].cells] == ["Tema", "Kategori", "Ale", "Kungälv", "Mölndal"]
    row = next(r for r in table.rows if r.cells[0].text == "Mölndals eget tema")
    assert [c.text for c in row.cells[2:]] == ["–", "–", "1"]


def test_one_workshop_has_no_comparison(project, tmp_path):
    workshop = project.workshops.create("Ale")
    fill_workshop(project, workshop)
    _, text = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf"))
    assert "Workshopparna jämförda" not in text


def test_many_organisations_still_name_the_publisher(project, tmp_path):
    names = ["Ale kommun", "Kungälvs kommun", "Mölndals stad", "Lerums kommun", "Partille kommun"]
    ids = []
    for name in names:
        workshop = project.workshops.create(name.split()[0], organisations=[name])
        fill_workshop(project, workshop, conclusions=False, skip=2)
        ids.append(workshop.id)
    model = collect(project, ids, settings=ReportSettings())
    assert model.organisation == "Ale kommun, Kungälvs kommun, Mölndals stad och 2 organisationer till"
    reader, text = read_pdf(export_pdf(project, ids, tmp_path / "r.pdf", settings=ReportSettings()))
    assert reader.metadata["/Author"] == "Ale kommun, Kungälvs kommun, Mölndals stad, Lerums kommun och Partille kommun"
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "Ale kommun, Kungälvs kommun, Mölndals stad och 2 organisationer till" in cover
    footer = reader.pages[3].extract_text()
    assert "Ale kommun, Kungälvs kommun" in footer
    english = collect(project, ids, language="en", settings=ReportSettings())
    assert english.organisation.endswith("and 2 more organisations")
    document = docx.Document(str(export_docx(project, ids, tmp_path / "r.docx", settings=ReportSettings())))
    assert document.core_properties.author.endswith("Lerums kommun och Partille kommun")
    assert document.sections[0].footer.paragraphs[0].text.startswith("Ale kommun, Kungälvs kommun")
