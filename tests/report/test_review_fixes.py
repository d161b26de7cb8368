"""Focus areas without notes, the counts sentence, the PDF's dates and the overview table's headers."""

from __future__ import annotations

import pytest

from tests.report.conftest import SAMPLE, outline_titles, read_pdf
from tests.report.test_html import parse
from workshop_app.domain.ids import new_id
from workshop_app.domain.model import Note
from workshop_app.report import ReportSettings, export_html, export_pdf

EMPTY = ("Digitalisering", "Kompetensutveckling")
"""The focus areas left without notes by :func:`two_empty`."""

NO_AREA_NOTES = {
    "sv": "Inga lappar skrevs under det här fokusområdet.",
    "en": "No notes were written under this focus area.",
}
NO_CATEGORY_NOTES = {"sv": "Inga lappar i den här kategorin.", "en": "No notes in this category."}


def two_empty(project, workshop) -> int:
    """The sample notes, except in two of the six focus areas; returns the number of notes."""
    areas = {a.name: a for a in project.workshops.focus_areas(workshop.id)}
    categories = {c.key: c for c in project.workshops.categories(workshop.id)}
    count = 0
    for area, key, title, summary, texts in SAMPLE:
        if area in EMPTY:
            continue
        ids = [project.notes.add(workshop.id, areas[area].id, categories[key].id, t).id for t in texts]
        count += len(ids)
        project.themes.create(workshop.id, areas[area].id, categories[key].id, title, note_ids=ids, summary=summary)
    return count


def _page_of(reader, title: str) -> int:
    """1-based page of the first top-level-or-nested bookmark called ``title``."""

    def walk(items):
        for item in items:
            if isinstance(item, list):
                found = walk(item)
                if found is not None:
                    return found
            elif item.title == title:
                return reader.get_destination_page_number(item) + 1
        return None

    return walk(reader.outline)


def _children(reader, title: str) -> list[str]:
    """Titles of the bookmarks nested right under the (first) bookmark ``title`` in the results."""

    def walk(items):
        for index, item in enumerate(items):
            if isinstance(item, list):
                found = walk(item)
                if found is not None:
                    return found
            elif item.title == title:
                nxt = items[index + 1] if index + 1 < len(items) else None
                return [i.title for i in nxt if not isinstance(i, list)] if isinstance(nxt, list) else []
        return None

    return walk(reader.outline)


# --- 1. focus areas without notes -------------------------------------------------------------
@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_focus_area_without_notes_says_so_once_and_shares_a_page(project, workshop, tmp_path, language):
    two_empty(project, workshop)
    reader, text = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf", language=language))
    assert text.count(NO_AREA_NOTES[language]) == len(EMPTY)
    # only categories of areas that have notes keep their line: Personcentrering (support),
    # Hälsofrämjande (obstacle, support), Samverkan (possibility) and Egenvård (none)
    assert text.count(NO_CATEGORY_NOTES[language]) == 4
    for name in EMPTY:
        assert _children(reader, name) == []  # no category subheadings in the results
        index = [a.name for a in project.workshops.focus_areas(workshop.id)].index(name)
        previous = [a.name for a in project.workshops.focus_areas(workshop.id)][index - 1]
        assert _page_of(reader, name) == _page_of(reader, previous)  # no page of its own
    titles = outline_titles(reader)
    assert all(name in titles for name in EMPTY)  # still in the bookmarks ...
    contents = reader.pages[1].extract_text().splitlines()
    for name in EMPTY:  # ... and in the contents, with the page the bookmark points to
        assert contents[contents.index(name) + 1].strip() == str(_page_of(reader, name))


def test_a_focus_area_with_notes_starts_a_new_page_only_when_little_room_is_left(project, workshop, tmp_path):
    from reportlab.lib.pagesizes import A4

    two_empty(project, workshop)
    reader, _ = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf"))
    names = ("Egenvård", "Personcentrering", "Hälsofrämjande och förebyggande", "Samverkan")
    pages = [_page_of(reader, name) for name in names]
    assert pages == sorted(pages)
    assert len(set(pages)) < len(pages)  # short areas share a page: no near-empty pages
    tops = {}

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            elif item.title in names and item.title not in tops:
                tops[item.title] = float(item.top)

    walk(reader.outline)
    for name in names:  # each area starts in the upper half of its page (or a new page)
        assert tops[name] > A4[1] / 2 - 40, (name, tops[name])


@pytest.mark.parametrize("language", ["sv", "en"])
def test_html_focus_area_without_notes_has_one_sentence_and_no_categories(project, workshop, tmp_path, language):
    two_empty(project, workshop)
    page = parse(export_html(project, [workshop.id], tmp_path / "r.html", language=language))
    text = "".join(page.text)
    assert text.count(NO_AREA_NOTES[language]) == len(EMPTY)
    assert text.count(NO_CATEGORY_NOTES[language]) == 4
    headings = page.headings
    for name in EMPTY:
        at = headings.index(("h3", name))
        assert headings[at + 1][0] in ("h2", "h3")  # straight on to the next area or chapter


# --- 2. the counts sentence -------------------------------------------------------------------
def test_counts_sentence_names_the_areas_that_have_notes(project, workshop, tmp_path):
    notes = two_empty(project, workshop)
    _, sv = read_pdf(export_pdf(project, [workshop.id], tmp_path / "sv.pdf"))
    _, en = read_pdf(export_pdf(project, [workshop.id], tmp_path / "en.pdf", language="en"))
    assert f"Sammanlagt skrevs {notes} lappar i 4 av 6 fokusområden." in sv
    assert f"In all, {notes} notes were written in 4 of the 6 focus areas." in en
    html_sv = "".join(parse(export_html(project, [workshop.id], tmp_path / "sv.html")).text)
    html_en = "".join(parse(export_html(project, [workshop.id], tmp_path / "en.html", language="en")).text)
    assert f"Sammanlagt skrevs {notes} lappar i 4 av 6 fokusområden." in html_sv
    assert f"In all, {notes} notes were written in 4 of the 6 focus areas." in html_en
    assert "under 6 fokusområden" not in sv + html_sv


def test_counts_sentence_when_every_area_or_none_has_notes(project, filled, workshop, tmp_path):
    _, text = read_pdf(export_pdf(project, [filled.id], tmp_path / "all.pdf"))
    assert "lappar under 6 fokusområden." in text
    empty = project.workshops.create("Tom workshop")
    _, text = read_pdf(export_pdf(project, [empty.id], tmp_path / "none.pdf"))
    assert "Sammanlagt skrevs 0" not in text and "Det finns ännu inga lappar att redovisa." in text


# --- 3. the document's dates ------------------------------------------------------------------
def _add_note_at(project, workshop, stamp: str, text: str = "En lapp med känd tid") -> None:
    area = project.workshops.focus_areas(workshop.id)[0]
    category = project.workshops.categories(workshop.id)[0]
    project.notes.insert_many(
        [Note(new_id(), workshop.id, area.id, category.id, text, created_at=stamp, updated_at=stamp)]
    )


def test_pdf_dates_are_the_last_change_of_the_data(project, filled, tmp_path):
    _add_note_at(project, filled, "2031-05-06T07:08:09.123Z")
    reader, _ = read_pdf(export_pdf(project, [filled.id], tmp_path / "r.pdf"))
    meta = reader.metadata
    assert meta["/CreationDate"] == meta["/ModDate"] == "D:20310506070809+00'00'"
    assert meta.creation_date.year == 2031 and meta.modification_date.year == 2031


def test_pdf_date_is_never_the_invariant_default(project, filled, tmp_path):
    reader, _ = read_pdf(export_pdf(project, [filled.id], tmp_path / "r.pdf"))
    stamps = [n.updated_at for n in project.notes.list(filled.id)]
    expected = max(stamps)[:19].replace("-", "").replace(":", "").replace("T", "")
    created = reader.metadata["/CreationDate"]
    assert not created.startswith("D:2000")
    assert created[2:16] >= expected  # the workshop's own timestamps may be later still


def test_exporting_twice_gives_the_same_bytes_and_the_same_dates(project, filled, tmp_path):
    _add_note_at(project, filled, "2031-05-06T07:08:09Z")
    a = export_pdf(project, [filled.id], tmp_path / "a.pdf")
    b = export_pdf(project, [filled.id], tmp_path / "b.pdf")
    assert a.read_bytes() == b.read_bytes()
    assert read_pdf(a)[0].metadata["/CreationDate"] == "D:20310506070809+00'00'"


def test_a_later_edit_gives_a_later_date(project, filled, tmp_path):
    _add_note_at(project, filled, "2031-05-06T07:08:09Z")
    before = read_pdf(export_pdf(project, [filled.id], tmp_path / "a.pdf"))[0].metadata["/ModDate"]
    _add_note_at(project, filled, "2032-01-02T03:04:05Z", "En senare lapp")
    after = read_pdf(export_pdf(project, [filled.id], tmp_path / "b.pdf"))[0].metadata["/ModDate"]
    assert before == "D:20310506070809+00'00'" and after == "D:20320102030405+00'00'"


def test_last_change_falls_back_to_the_workshop_date():
    from workshop_app.domain.model import Workshop, WorkshopContent
    from workshop_app.report.collect import last_change

    content = WorkshopContent(Workshop("w", "W", date="2026-11-20"), (), (), (), ())
    assert last_change([content]) == "2026-11-20T00:00:00Z"
    assert last_change([WorkshopContent(Workshop("w", "W"), (), (), (), ())]) == ""


# --- 4. the overview table's headers ------------------------------------------------------------
@pytest.mark.parametrize(
    "language, headers",
    [
        ("sv", ["Möjligheter", "Hinder", "Behov av stöd", "Totalt"]),
        ("en", ["Possibilities", "Obstacles", "Support needs", "Total"]),
    ],
)
def test_overview_headers_fit_on_one_line(project, filled, tmp_path, language, headers):
    reader, _ = read_pdf(
        export_pdf(
            project, [filled.id], tmp_path / "r.pdf", language=language, settings=ReportSettings(language=language)
        )
    )
    caption = "Tabell 1." if language == "sv" else "Table 1."
    overview = next(p.extract_text() for p in reader.pages if caption in p.extract_text())
    table = overview[overview.index(caption) :]  # the chart's legend above it has the same words
    lines = [line.strip() for line in table.splitlines()]
    for header in headers:
        assert header in lines, lines


def test_overview_columns_leave_room_for_the_focus_area():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from workshop_app.report import fonts
    from workshop_app.report.pdf import MARGIN_X, count_widths

    fonts.register()
    width = A4[0] - 2 * MARGIN_X
    for headers in (
        ["Möjligheter", "Hinder", "Behov av stöd", "Totalt"],
        ["Possibilities", "Obstacles", "Support needs", "Total"],
    ):
        widths = count_widths(headers, width)
        assert abs(sum(widths) - width) < 0.01
        for header, column in zip(headers, widths[1:]):
            assert stringWidth(header, fonts.BOLD, 9) + 8 <= column  # 4 pt padding each side
        assert widths[0] >= stringWidth("Hälsofrämjande och förebyggande", fonts.REGULAR, 9) + 8
    long = count_widths(["En mycket lång kategori med många ord"] * 6 + ["Totalt"], width)
    assert widths[0] > 0 and long[0] >= width * 0.36 - 0.01
