"""The report's *Prioriteringar*: voted themes per focus area with "N röster", a chart, how the vote
was done; in PDF, HTML and Word, read back."""

from __future__ import annotations

import docx
import pytest

from tests.report.conftest import read_pdf
from workshop_app.domain.voting import PAPER, phone_voter
from workshop_app.report import ReportSettings, export_docx
from workshop_app.report.collect import collect
from workshop_app.report.settings import SECTIONS
from workshop_app.report.workflow import export_report

SETTINGS = ReportSettings(title="Röstning i Testby")


@pytest.fixture
def voted(project, filled):
    themes = {t.title: t for t in project.themes.list(filled.id)}
    round_, _ = project.votes.start(filled.id, 3, 2)
    for i, (title, n) in enumerate((("Tid och stress", 2), ("Digitala vårdmöten", 1))):
        for _ in range(n):
            project.votes.add(round_.id, themes[title].id, phone_voter(f"{'a' * 19}{i}"))
    project.votes.add(round_.id, themes["Tid och stress"].id, phone_voter("b" * 20))
    project.votes.add(round_.id, themes["Personens egna mål"].id, phone_voter("b" * 20))
    for _ in range(4):
        project.votes.add(round_.id, themes["Digitala vårdmöten"].id, PAPER)
    project.votes.set_revealed(round_.id, True)
    project.votes.set_ended(round_.id, True)
    return filled


def test_the_model_ranks_voted_themes_per_area_and_leaves_the_rest_out(project, voted):
    model = collect(project, [voted.id], settings=SETTINGS)
    by_area = {a.name: [(t.title, t.votes) for t in a.themes] for a in model.priorities}
    assert by_area == {
        "Personcentrering": [("Tid och stress", 3), ("Personens egna mål", 1)],
        "Digitalisering": [("Digitala vårdmöten", 5)],
    }
    (facts,) = model.voting
    assert (facts.dots_per_person, facts.max_per_theme, facts.voters, facts.area) == (3, 2, 3, "")


def test_pdf_html_and_word_have_the_priorities(project, voted, tmp_path):
    pdf = export_report(project, [voted.id], tmp_path / "r.pdf", "pdf", settings=SETTINGS)
    _reader, text = read_pdf(pdf)
    assert "Prioriteringar" in text
    assert "Tid och stress: 3 röster" in text and "Personens egna mål: 1 röst" in text
    assert "3 prickar per person och högst 2 på samma tema" in " ".join(text.split())
    assert "3 personer röstade" in text
    assert "Oklart ansvar:" not in text  # a theme without votes is not listed
    html = export_report(project, [voted.id], tmp_path / "r.html", "html", settings=SETTINGS).read_text("utf-8")
    assert 'dir="auto">Prioriteringar</h2>' in html  # the report title is the h1
    assert "Digitala vårdmöten</strong>: 5 röster" in html
    assert 'id="chart2-title">Röster per tema' in html  # the second chart: ids stay unique
    path = export_docx(project, [voted.id], tmp_path / "r.docx", settings=SETTINGS)
    document = docx.Document(str(path))
    h1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Prioriteringar" in h1
    body = [p.text for p in document.paragraphs]
    assert "Tid och stress: 3 röster" in body
    assert any(p.text.startswith("Figur 2. De mest röstade") for p in document.paragraphs)
    assert len(document.inline_shapes) >= 2  # the notes chart and the votes chart


def test_without_votes_or_when_left_out_there_is_no_section(project, filled, voted, tmp_path):
    html = export_report(
        project,
        [voted.id],
        tmp_path / "a.html",
        "html",
        settings=SETTINGS.with_changes(sections=tuple(s for s in SECTIONS if s != "priorities")),
    )
    assert "Prioriteringar" not in html.read_text("utf-8")
    project.votes.unstart(project.votes.current(voted.id).id, None)
    html = export_report(project, [voted.id], tmp_path / "b.html", "html", settings=SETTINGS)
    assert "Prioriteringar" not in html.read_text("utf-8")


def test_settings_saved_before_priorities_existed_get_them():
    old = ReportSettings.from_dict({"sections": ["summary", "results"]})
    assert old.sections == ("summary", "results", "priorities")
    new = ReportSettings.from_dict(ReportSettings(sections=("summary",)).to_dict())
    assert new.sections == ("summary",)
