"""Facts of several workshops (dates, purpose, participants), the method chapter's sentences,
notes that must not silently disappear from the results, and the languages of an English
report on Swedish workshops; each in the PDF and the HTML, in Swedish and English."""

from __future__ import annotations

import re

import pytest

from tests.report.conftest import fill_workshop, read_pdf
from tests.report.test_html import parse
from workshop_app.report import ReportSettings, export_html, export_pdf
from workshop_app.report.collect import collect
from workshop_app.report.content import MAX_QUOTES
from workshop_app.report.settings import SECTIONS

ALE_PURPOSE = "Att samla Ales erfarenheter av omställningen."


def three(project):
    """Ale (a date and a purpose, 24 participants), Kungälv (18 participants) and Mölndal (no
    date, purpose or participants), all with the sample notes; returns their ids."""
    ale = project.workshops.create("Ale", date="2025-03-12", purpose=ALE_PURPOSE, participants=24)
    kungalv = project.workshops.create("Kungälv", participants=18)
    molndal = project.workshops.create("Mölndal")
    for workshop in (ale, kungalv, molndal):
        fill_workshop(project, workshop, conclusions=False)
    return [ale.id, kungalv.id, molndal.id]


def words(text: str) -> str:
    return " ".join(text.split())


def export(project, ids, tmp_path, language="sv", **settings):
    """(PDF text, HTML text, parsed HTML) of the report."""
    chosen = ReportSettings(language=language, **settings)
    pdf = export_pdf(project, ids, tmp_path / f"r-{language}.pdf", settings=chosen)
    html = export_html(project, ids, tmp_path / f"r-{language}.html", settings=chosen)
    return words(read_pdf(pdf)[1]), html.read_text(encoding="utf-8"), parse(html)


def title_page(project, ids, tmp_path, language="sv", **settings) -> str:
    pdf = export_pdf(project, ids, tmp_path / "title.pdf", settings=ReportSettings(language=language, **settings))
    return words(read_pdf(pdf)[0].pages[0].extract_text())


# --- dates ----------------------------------------------------------------------------------------
def test_the_title_page_claims_no_date_when_some_workshops_have_none(project, tmp_path):
    ids = three(project)
    assert "2025" not in title_page(project, ids, tmp_path)
    text, page, _ = export(project, ids, tmp_path)
    assert "12 mars 2025" in text  # in the method chapter, for Ale only
    header = page.split("</header>")[0]
    assert "2025" not in header
    assert '<td dir="auto">12 mars 2025</td>' in page


@pytest.mark.parametrize(
    "language, dates, expected",
    [
        ("sv", ["2025-03-12", "2025-04-04"], "12 mars–4 april 2025"),
        ("sv", ["2025-03-12", "2025-03-14"], "12–14 mars 2025"),
        ("sv", ["2025-03-12", "2025-03-12"], "12 mars 2025"),
        ("sv", ["2024-12-12", "2025-01-04"], "12 december 2024–4 januari 2025"),
        ("en", ["2025-03-12", "2025-04-04"], "12 March–4 April 2025"),
    ],
)
def test_the_title_page_shows_the_span_when_every_workshop_has_a_date(project, tmp_path, language, dates, expected):
    ids = [project.workshops.create(f"W{i}", date=d).id for i, d in enumerate(dates)]
    for workshop_id in ids:
        fill_workshop(project, project.workshops.get(workshop_id), conclusions=False)
    assert collect(project, ids, settings=ReportSettings(language=language)).date == expected
    assert expected in title_page(project, ids, tmp_path, language)


def test_the_report_date_of_the_settings_wins(project, tmp_path):
    ids = three(project)
    assert "Våren 2025" in title_page(project, ids, tmp_path, date="Våren 2025")


# --- purpose --------------------------------------------------------------------------------------
def test_one_workshops_purpose_is_labelled_with_its_title(project, tmp_path):
    ids = three(project)
    for language in ("sv", "en"):
        text, page, parsed = export(project, ids, tmp_path, language)
        heading = "Syfte" if language == "sv" else "Purpose"
        assert f"{heading} Ale {ALE_PURPOSE}" in text
        assert '<p dir="auto"><strong>Ale</strong></p>\n<p dir="auto"' in page
        assert ALE_PURPOSE in page


def test_the_reports_own_purpose_replaces_the_workshops(project, tmp_path):
    ids = three(project)
    text, page, _ = export(project, ids, tmp_path, purpose="Att jämföra tre kommuner.")
    assert "Syfte Att jämföra tre kommuner." in text
    assert ALE_PURPOSE not in text and ALE_PURPOSE not in page


def test_a_single_workshops_purpose_is_the_reports(project, tmp_path):
    ids = three(project)[:1]
    text, _, _ = export(project, ids, tmp_path)
    assert f"Syfte {ALE_PURPOSE}" in text


def test_no_purpose_leaves_the_section_out(project, tmp_path):
    ids = three(project)[1:]
    text, _, parsed = export(project, ids, tmp_path)
    assert "Syfte" not in text
    assert ("h2", "Syfte") not in parsed.headings


# --- participants ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "language, expected",
    [
        ("sv", "minst 42 (uppgift saknas för Mölndal)"),
        ("en", "at least 42 (not given for Mölndal)"),
    ],
)
def test_the_total_of_participants_says_when_it_is_incomplete(project, tmp_path, language, expected):
    ids = three(project)
    text, page, _ = export(project, ids, tmp_path, language)
    assert expected in text
    assert f'dir="auto">{expected}</td></tr></tfoot>' in page
    assert "42" in text


def test_a_complete_total_is_just_the_number(project, tmp_path):
    ids = three(project)[:2]
    text, page, _ = export(project, ids, tmp_path)
    assert "Totalt 42" in text and "minst" not in text
    assert '<td dir="auto">42</td></tr></tfoot>' in page


# --- the method chapter's sentences -----------------------------------------------------------------
def test_the_number_of_themes_is_what_the_results_show(project, tmp_path):
    ids = three(project)
    model = collect(project, ids)
    # the same title in three workshops is one theme in the results, and counted once
    assert len(model.themes) == 11
    text, _, parsed = export(project, ids, tmp_path)
    assert "Processledaren grupperade lapparna i sammanlagt 11 teman, inom varje fokusområde och kategori." in text
    assert "i 11 teman inom" not in text
    assert sum(1 for tag, _ in parsed.headings if tag == "h5") >= 11


def test_each_theme_has_a_summary_only_when_it_has(project, tmp_path):
    ids = three(project)
    text, page, _ = export(project, ids, tmp_path)
    some = (
        "Varje tema redovisas med antalet lappar och citat, och med processledarens sammanfattning där en sådan finns."
    )
    assert some in text and some in page
    assert "Varje tema redovisas med en sammanfattning" not in text
    text, page, _ = export(project, ids, tmp_path, "en")
    assert "and with the facilitator's summary where there is one." in text


def test_unchanged_proposals_are_counted_in_good_swedish(project, workshop, tmp_path):
    areas = project.workshops.focus_areas(workshop.id)
    categories = project.workshops.categories(workshop.id)
    for index, title in enumerate(("Tid", "Ansvar")):
        note = project.notes.add(workshop.id, areas[index].id, categories[0].id, f"Lapp om {title.lower()}")
        project.themes.create(
            workshop.id,
            areas[index].id,
            categories[0].id,
            title,
            note_ids=[note.id],
            summary="Kort.",
            origin="auto" if index == 0 else "facilitator",
        )
    text, page, _ = export(project, [workshop.id], tmp_path)
    sentence = (
        "Processledaren grupperade lapparna i sammanlagt 2 teman, inom varje fokusområde och kategori, "
        "med hjälp av automatiska förslag (varav 1 tema är ett oförändrat förslag från appen). "
        "Varje tema redovisas med en sammanfattning, antalet lappar och citat."
    )
    assert sentence in text and sentence in page
    assert "har inte ändrats" not in text
    text, _, _ = export(project, [workshop.id], tmp_path, "en")
    assert "(1 theme is an unchanged proposal from the app)" in text


# --- no note silently left out ----------------------------------------------------------------------
def big_theme(project, workshop, count=7):
    areas = project.workshops.focus_areas(workshop.id)
    categories = project.workshops.categories(workshop.id)
    notes = [project.notes.add(workshop.id, areas[0].id, categories[0].id, f"Lapp nummer {i}") for i in range(count)]
    project.themes.create(workshop.id, areas[0].id, categories[0].id, "Ett stort tema", note_ids=[n.id for n in notes])
    for i in range(7):  # and notes without a theme, more than the results show
        project.notes.add(workshop.id, areas[0].id, categories[1].id, f"Lös lapp {i}")
    return count


def _results(text: str) -> str:
    start = text.index("Ett stort tema")
    return text[start : text.index("Bilaga", start)] if "Bilaga" in text[start:] else text[start:]


def test_with_the_appendix_the_left_out_notes_are_counted(project, workshop, tmp_path):
    count = big_theme(project, workshop)
    text, page, _ = export(project, [workshop.id], tmp_path)
    more = f"… och ytterligare {count - MAX_QUOTES} lappar (se bilagan)"
    assert more in text and more in page
    assert sum(f"Lapp nummer {i}" in _results(text) for i in range(count)) == MAX_QUOTES
    text, page, _ = export(project, [workshop.id], tmp_path, "en")
    assert f"… and {count - MAX_QUOTES} more notes (see the appendix)" in text


def test_without_the_appendix_every_note_is_in_the_results(project, workshop, tmp_path):
    count = big_theme(project, workshop)
    sections = tuple(s for s in SECTIONS if s != "appendix")
    for language in ("sv", "en"):
        text, page, _ = export(project, [workshop.id], tmp_path, language, sections=sections)
        for i in range(count):
            assert f"Lapp nummer {i}" in text and f"Lapp nummer {i}<" in page
        for i in range(7):
            assert f"Lös lapp {i}" in text and f"Lös lapp {i}<" in page
        for hint in ("bilagan", "appendix"):
            assert hint not in text and hint not in page


# --- languages ------------------------------------------------------------------------------------
def test_an_english_report_marks_the_swedish_content(project, filled, tmp_path):
    text, page, parsed = export(project, [filled.id], tmp_path, "en")
    assert '<html lang="en">' in page
    assert '<blockquote lang="sv"><p dir="auto">Blodtrycksmätning hemma med app</p></blockquote>' in page
    assert '<h5 dir="auto" lang="sv">Digitala verktyg för egenmätning</h5>' in page
    assert re.search(r'<h3 id="s\d+" dir="auto" lang="sv">Egenvård</h3>', page)
    assert '<p dir="auto" class="lead" lang="sv">Hur invånaren' in page
    assert '<span dir="auto" lang="sv">Tid!!</span>' in page  # the appendix
    assert '<p dir="auto" class="conclusion" lang="sv">Egenvård behöver gemensamma rutiner' in page  # a conclusion
    # the report's own words are not marked
    assert '<h2 id="s1" dir="auto">Summary</h2>' in page


def test_a_swedish_report_marks_nothing(project, filled, tmp_path):
    _, page, _ = export(project, [filled.id], tmp_path, "sv")
    assert 'lang="sv"' not in page.replace('<html lang="sv">', "")
    assert 'lang="en"' not in page


@pytest.mark.parametrize(
    "language, questions",
    [
        ("en", ["What possibilities do you see?", "What obstacles do you see?", "What support do you need?"]),
        ("sv", ["Vilka möjligheter ser ni?", "Vilka hinder ser ni?", "Vilket stöd behöver ni?"]),
    ],
)
def test_the_built_in_questions_are_in_the_reports_language(project, filled, tmp_path, language, questions):
    text, page, _ = export(project, [filled.id], tmp_path, language)
    for question in questions:
        assert question in text and question in page
    assert ("Vilka möjligheter" in text) == (language == "sv")


def test_a_question_of_the_facilitators_own_stays_and_is_marked(project, tmp_path):
    from dataclasses import replace

    from workshop_app.report.texts import TEXTS
    from workshop_app.storage.templates import template_named

    template = template_named()
    own = replace(
        template,
        categories=(replace(template.categories[0], question="Vad fungerar redan bra?"),) + template.categories[1:],
    )
    workshop = project.workshops.create("Egen fråga", own)
    category = project.workshops.categories(workshop.id)[0]
    area = project.workshops.focus_areas(workshop.id)[0]
    project.notes.add(workshop.id, area.id, category.id, "En lapp")
    text, page, _ = export(project, [workshop.id], tmp_path, "en")
    assert '<span lang="sv">Vad fungerar redan bra?</span>' in page
    assert "Vad fungerar redan bra?" in text and "What obstacles do you see?" in text
    # the built-in questions the report translates are those of the template
    assert {c.key: c.question for c in template.categories} == {
        k: TEXTS["sv"][f"question.{k}"] for k in ("possibility", "obstacle", "support")
    }
