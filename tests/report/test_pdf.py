"""The PDF report, read back with pypdf: text, metadata, bookmarks, fonts, hostile input."""

from __future__ import annotations

import pytest

from tests.report.conftest import fill_workshop, font_files, outline_titles, read_pdf
from workshop_app.report import ReportError, ReportSettings, export_pdf, fonts
from workshop_app.report.settings import save

SETTINGS = ReportSettings(
    title="Omställningen till nära vård",
    subtitle="– ur kommunernas perspektiv",
    organisation="Göteborgsregionen",
    summary="Kommunerna ser stora möjligheter.",
    background="Bakgrunden till arbetet.",
    conclusions="Våra slutsatser.",
    further_work="Det fortsatta arbetet.",
)


def test_pdf_has_chapters_metadata_and_bookmarks(project, filled, tmp_path):
    out = export_pdf(project, [filled.id], tmp_path / "rapport.pdf", settings=SETTINGS)
    reader, text = read_pdf(out)
    meta = reader.metadata
    assert meta["/Title"] == "Omställningen till nära vård"
    assert meta["/Author"] == "Göteborgsregionen"
    assert meta["/Subject"] == "– ur kommunernas perspektiv"
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "sv-SE"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    for heading in (
        "Innehåll",
        "Sammanfattning",
        "Inledning och bakgrund",
        "Syfte",
        "Genomförande",
        "Resultat",
        "Översikt",
        "Möjligheter",
        "Hinder",
        "Behov av stöd",
        "Slutsatser",
        "Fortsatt arbete",
        "Bilaga: alla lappar",
    ):
        assert heading in text
    titles = outline_titles(reader)
    assert titles[:3] == ["Innehåll", "Sammanfattning", "De största temana"]
    assert "Egenvård" in titles and "Bilaga: alla lappar" in titles
    assert "Tabell 1" in text and "Figur 1" in text
    assert "Digitala verktyg för egenmätning" in text
    assert "3 lappar" in text
    assert "Sida 2" in text


def test_contents_lists_chapters_with_their_pages(project, filled, tmp_path):
    out = export_pdf(project, [filled.id], tmp_path / "r.pdf", settings=SETTINGS)
    reader, _ = read_pdf(out)
    contents_page = reader.pages[1].extract_text()
    assert "Innehåll" in contents_page
    pages = {}
    for entry in reader.outline:
        if not isinstance(entry, list):
            pages[entry.title] = reader.get_destination_page_number(entry) + 1
    lines = [line.strip() for line in contents_page.splitlines()]
    for title in ("Sammanfattning", "Resultat", "Bilaga: alla lappar"):
        index = lines.index(title)
        assert lines[index + 1] == str(pages[title]), lines


def test_fonts_are_embedded_and_no_helvetica(project, filled, tmp_path):
    out = export_pdf(project, [filled.id], tmp_path / "r.pdf", settings=SETTINGS)
    reader, _ = read_pdf(out)
    found = font_files(reader)
    assert found, "no fonts found"
    assert all("DejaVuSans" in name for name in found), found
    assert all(found.values()), found
    assert not any("Helvetica" in name for name in found)


def test_same_input_gives_the_same_bytes(project, filled, tmp_path):
    a = export_pdf(project, [filled.id], tmp_path / "a.pdf", settings=SETTINGS)
    b = export_pdf(project, [filled.id], tmp_path / "b.pdf", settings=SETTINGS)
    assert a.read_bytes() == b.read_bytes()


def test_names_of_people_are_left_out_by_default(project, filled, tmp_path):
    reader, text = read_pdf(export_pdf(project, [filled.id], tmp_path / "r.pdf", settings=SETTINGS))
    assert "Anna Andersson" not in text
    assert "Karin Processledare" not in text
    with_names = SETTINGS.with_changes(include_names=True)
    _, text = read_pdf(export_pdf(project, [filled.id], tmp_path / "n.pdf", settings=with_names))
    assert "Anna Andersson" in text
    assert "Karin Processledare" in " ".join(text.split())


def test_missing_metadata_never_prints_none(project, tmp_path):
    bare = project.workshops.create("Tom workshop")
    out = export_pdf(project, [bare.id], tmp_path / "tom.pdf")
    reader, text = read_pdf(out)
    assert "None" not in text
    assert "Tom workshop" in text  # the title falls back to the workshop's
    assert "Inledning och bakgrund" not in text  # no text, no section
    assert "Det finns ännu inga lappar" in text
    assert reader.metadata["/Title"] == "Tom workshop"
    assert "None" not in str(reader.metadata)


def test_stored_settings_are_used(project, filled, tmp_path):
    save(project, SETTINGS.with_changes(title="Sparad titel"))
    reader, _ = read_pdf(export_pdf(project, [filled.id], tmp_path / "r.pdf"))
    assert reader.metadata["/Title"] == "Sparad titel"


def test_sections_can_be_left_out(project, filled, tmp_path):
    settings = SETTINGS.with_changes(sections=("summary", "results"))
    _, text = read_pdf(export_pdf(project, [filled.id], tmp_path / "r.pdf", settings=settings))
    assert "Bilaga" not in text and "Innehåll" not in text and "Tabell 1" not in text
    assert "Sammanfattning" in text and "Möjligheter" in text


def test_english_report(project, filled, tmp_path):
    reader, text = read_pdf(export_pdf(project, [filled.id], tmp_path / "en.pdf", language="en", settings=SETTINGS))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    for heading in (
        "Contents",
        "Summary",
        "Method",
        "Results",
        "Possibilities",
        "Obstacles",
        "Support needs",
        "Appendix: All notes",
        "Page 2",
    ):
        assert heading in text
    assert "Sammanfattning" not in text


def test_language_follows_the_workshop(project, tmp_path):
    english = project.workshops.create("English workshop", language="en")
    reader, text = read_pdf(export_pdf(project, [english.id], tmp_path / "en.pdf"))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert "Contents" in text


def test_several_workshops_count_workshops_per_theme(project, tmp_path):
    first = project.workshops.create("Workshop Alingsås", date="2026-10-01", place="Alingsås")
    second = project.workshops.create("Workshop Borås", date="2026-10-08", place="Borås")
    third = project.workshops.create("Workshop Lerum", date="2026-10-15", place="Lerum")
    fill_workshop(project, first)
    fill_workshop(project, second)
    fill_workshop(project, third, skip=2)  # leaves out every other theme
    # a renamed copy of an area in one workshop still matches by name, case-insensitively
    area = next(a for a in project.workshops.focus_areas(second.id) if a.name == "Samverkan")
    project.workshops.update_focus_area(area.id, name="SAMVERKAN")
    out = export_pdf(project, [first.id, second.id, third.id], tmp_path / "tre.pdf", settings=SETTINGS)
    reader, text = read_pdf(out)
    assert "Rapporten bygger på 3 workshoppar" in text
    assert "från 3 av 3 workshoppar" in text  # a theme all three raised
    assert "från 2 av 3 workshoppar" in text  # a theme the third left out
    assert "1–15 oktober 2026" in text  # one span of the dates, on the title page
    titles = outline_titles(reader)
    # results, the comparison of the workshops and the appendix: not one per workshop
    assert titles.count("Samverkan") == 3
    assert "SAMVERKAN" not in titles
    assert "Workshop Lerum" in text  # appendix notes say where they came from


def test_unknown_workshop_and_empty_choice_are_user_errors(project, tmp_path):
    with pytest.raises(ReportError, match="at least one workshop"):
        export_pdf(project, [], tmp_path / "r.pdf")
    with pytest.raises(ReportError, match="does not exist"):
        export_pdf(project, ["no-such-id"], tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


def test_missing_logo_is_a_clear_error_and_keeps_the_old_file(project, filled, tmp_path):
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old report")
    settings = SETTINGS.with_changes(logo_path=str(tmp_path / "missing.png"))
    with pytest.raises(ReportError, match="logo"):
        export_pdf(project, [filled.id], out, settings=settings)
    assert out.read_bytes() == b"old report"


def test_logo_is_drawn(project, filled, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), "#1f4e79").save(logo)
    out = export_pdf(project, [filled.id], tmp_path / "r.pdf", settings=SETTINGS.with_changes(logo_path=str(logo)))
    reader, _ = read_pdf(out)
    images = reader.pages[0].images
    assert len(images) == 1


def test_progress_is_reported_from_start_to_end(project, filled, tmp_path):
    calls = []
    export_pdf(
        project,
        [filled.id],
        tmp_path / "r.pdf",
        settings=SETTINGS,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls[0][0] == 0
    assert calls[-1][0] == calls[-1][1] > 0
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


# --- hostile note texts ----------------------------------------------------------------------------
def _note(project, workshop, text, area="Egenvård", key="possibility"):
    areas = {a.name: a for a in project.workshops.focus_areas(workshop.id)}
    categories = {c.key: c for c in project.workshops.categories(workshop.id)}
    return project.notes.add(workshop.id, areas[area].id, categories[key].id, text)


def test_markup_characters_print_literally(project, workshop, tmp_path):
    _note(project, workshop, "Fet <b>text</b> & </para> <font size=40>stor</font> a < b")
    _, text = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf"))
    assert "Fet <b>text</b> & </para> <font size=40>stor</font> a < b" in text


def test_characters_without_glyph_get_a_visible_label(project, workshop, tmp_path):
    missing = "\U0001f389"  # party popper: not in DejaVu Sans
    assert ord(missing) not in fonts.coverage()
    _note(project, workshop, f"Fest {missing} och 中文 efteråt \U0001f600")
    reader, text = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf"))
    assert "[emoji: partysmällare]" in text  # a Swedish report names emoji in Swedish
    assert "[U+4E2D U+6587]" in text
    assert "efteråt" in text
    assert "[emoji: grinande ansikte]" in text  # drawable, but reportlab maps it wrongly for copying
    assert "party popper" not in text
    _note(project, workshop, "Mikrob 🦠")  # no Swedish name in the table: its code point
    _, text = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf"))
    assert "[emoji U+1F9A0]" in text
    _, english = read_pdf(export_pdf(project, [workshop.id], tmp_path / "en.pdf", language="en"))
    assert "[emoji: party popper]" in english and "[emoji: microbe]" in english


def test_control_characters_do_not_break_the_report(project, workshop, tmp_path):
    _note(project, workshop, "Tab\there\x07bell\x1besc\x0bvt\r\nny rad\u200bzero width")
    _, text = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf"))
    assert "Tab here" in text
    assert "bellesc" in text
    assert "ny rad" in text


def test_long_words_wrap(project, workshop, tmp_path):
    word = "Sammanhållenvårdochomsorgskedja" * 12
    _note(project, workshop, f"Ord: {word} slut")
    _, text = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf"))
    pieces = [line for line in text.splitlines() if "Sammanhållen" in line]
    assert len(pieces) >= 3  # the word is split over several lines in the quote and the appendix
    assert text.replace("\n", "").count(word) >= 1 or "slut" in text


def test_a_5000_character_note_breaks_across_pages(project, workshop, tmp_path):
    body = " ".join(f"ord{i}" for i in range(800))
    long_text = f"BÖRJAN {body} SLUTET"
    assert len(long_text) >= 5000
    _note(project, workshop, long_text)
    reader, _ = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf"))
    pages = [page.extract_text() for page in reader.pages]
    starts = [i for i, p in enumerate(pages) if "BÖRJAN" in p]
    ends = [i for i, p in enumerate(pages) if "SLUTET" in p]
    assert starts and ends
    assert ends[-1] > starts[-1]  # the appendix copy goes on over a page break


def test_right_to_left_text_is_drawn_in_visual_order(project, workshop, tmp_path):
    _note(project, workshop, "שלום עולם")
    _note(project, workshop, "مرحبا بالعالم", key="obstacle")
    out = export_pdf(project, [workshop.id], tmp_path / "r.pdf")
    reader, text = read_pdf(out)
    # pypdf puts right-to-left runs back into logical order when it extracts text, so the
    # extracted text reads correctly only if the glyphs were drawn in visual order
    assert "שלום עולם" in text
    shaped = "\ufee3\ufeae\ufea3\ufe92\ufe8e \ufe91\ufe8e\ufedf\ufecc\ufe8e\ufedf\ufee2"
    assert shaped in text  # Arabic letters in their joined forms


def test_hostile_texts_in_titles_summaries_and_settings(project, workshop, tmp_path):
    areas = project.workshops.focus_areas(workshop.id)
    categories = project.workshops.categories(workshop.id)
    note = _note(project, workshop, "vanlig lapp")
    project.themes.create(
        workshop.id,
        areas[0].id,
        categories[0].id,
        "Tema <i>& \U0001f389",
        note_ids=[note.id],
        summary="Sammanfattning </para> & \x00",
    )
    project.workshops.set_conclusion(areas[0].id, "Slutsats <b> & אבג")
    settings = ReportSettings(
        title="Titel <b>&</b> \U0001f389", organisation="Org & <co>", background="Bakgrund\n\nmed <para> två stycken"
    )
    reader, text = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf", settings=settings))
    assert "Tema <i>& [emoji: partysmällare]" in text
    assert "Sammanfattning </para> &" in text
    assert "med <para> två stycken" in text
    assert reader.metadata["/Author"] == "Org & <co>"


def test_every_shared_hostile_text_exports_to_pdf_and_html(project, workshop, tmp_path):
    from tests.hostile import HOSTILE_TEXTS
    from workshop_app.report import export_html

    for index, text in enumerate(HOSTILE_TEXTS):
        _note(project, workshop, text, key=("possibility", "obstacle", "support")[index % 3])
    reader, text = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf"))
    assert "None" not in text
    assert "<b>fet</b> & </para> <font name='x'>" in text
    assert "=SUMMA(A1:A9)" in text
    assert text.count("Å") >= 5000  # the 5,000-letter word is printed whole, wrapped over lines
    html = export_html(project, [workshop.id], tmp_path / "r.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;fet&lt;/b&gt; &amp; &lt;/para&gt;" in html
    assert "Emoji 😀👩‍⚕️🏥 i texten" in html
