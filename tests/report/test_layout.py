"""Layout rules of the PDF report: what keeps together, where leaders start, which face prints."""

from __future__ import annotations

from io import BytesIO

from tests.report.conftest import read_pdf
from workshop_app.report import ReportSettings, export_pdf, fonts


def _note(project, workshop, text, area="Egenvård", key="possibility"):
    areas = {a.name: a for a in project.workshops.focus_areas(workshop.id)}
    categories = {c.key: c for c in project.workshops.categories(workshop.id)}
    return project.notes.add(workshop.id, areas[area].id, categories[key].id, text)


def _builder():
    from workshop_app.report.content import ReportModel
    from workshop_app.report.outline import build_outline
    from workshop_app.report.pdf import PdfRenderer
    from workshop_app.report.texts import texts_for

    model = ReportModel(ReportSettings(), texts_for("sv"), "T", "", "", "", [], [], [], "", False)
    return PdfRenderer(build_outline(model))


def test_headings_in_a_row_share_one_condition():
    builder = _builder()
    builder.heading("Område", 1, toc=False)
    first = builder.story[0]
    builder.heading("Kategori", 2, toc=False)
    builder.keep(60)
    h2, h3 = builder.styles["h2"], builder.styles["h3"]
    above = h2.spaceBefore + h2.leading + h2.spaceAfter + h3.spaceBefore + h3.leading + h3.spaceAfter
    assert first.height == above + 60  # the area heading moves with the category and its first theme
    builder.fixed("text")
    builder.keep(60)
    assert first.height == above + 60  # after other content a condition stands on its own


def test_contents_leaders_start_after_the_entry_text():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from workshop_app.report.pdf import Contents, LayoutState, ReportCanvas

    builder = _builder()
    state = LayoutState()
    state.pages.update(a=3, b=4)
    contents = Contents([(0, "Resultat", "a"), (1, "Egenvård", "b")], builder.styles, state, builder.maker)
    canvas = ReportCanvas(BytesIO())
    lines = []
    canvas.line = lambda x1, y1, x2, y2: lines.append((x1, x2))
    contents.canv = canvas
    contents.wrap(400, 700)
    contents.draw()
    canvas.deferred[0](canvas)
    toc1 = builder.styles["toc1"]
    assert len(lines) == 2
    assert abs(lines[1][0] - (toc1.leftIndent + stringWidth("Egenvård", fonts.REGULAR, toc1.fontSize) + 4)) < 0.01


def test_a_short_chapter_is_not_split_over_two_pages(project, tmp_path):
    from workshop_app.exchange.samples import add_example_workshop

    workshop = add_example_workshop(project)
    settings = ReportSettings(title="Omställningen till nära vård", summary=(
        "Medarbetarna ser stora möjligheter i digitala verktyg och i att utgå från personens egna "
        "mål. Hindren handlar om tid, oklart ansvar mellan huvudmännen och system som inte hänger ihop."))
    reader, _ = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf", settings=settings))
    pages = [page.extract_text() for page in reader.pages]
    start = next(i for i, text in enumerate(pages) if "Rapporten bygger på" in text)
    end = next(i for i, text in enumerate(pages) if "Processledaren grupperade" in text)
    assert start == end  # the method chapter moved to a page of its own instead of leaving a tail


def test_quotes_in_arabic_print_in_the_upright_face(project, workshop, tmp_path):
    _note(project, workshop, "مرحبا بالعالم")
    _note(project, workshop, "Svenska med ett arabiskt ord: سلام")
    _, text = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf"))
    assert "[U+06" not in text  # the oblique face has no Arabic: no code labels instead of letters


def test_quotes_and_bullets_hug_the_note_text(project, workshop, tmp_path):
    _note(project, workshop, "  mellanslag runt om \n ")
    _, text = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf"))
    assert "\u201dmellanslag runt om\u201d" in text
    assert "\u201d mellanslag" not in text and "om \u201d" not in text


def test_a_right_to_left_note_with_its_bullet_fits_the_line(project, workshop, tmp_path):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from workshop_app.report import bidi
    from workshop_app.report.blocks import NoteItem
    from workshop_app.report.collect import collect
    from workshop_app.report.outline import build_outline
    from workshop_app.report.pdf import PdfRenderer

    builder = PdfRenderer(build_outline(collect(project, [workshop.id])))
    style = builder.styles["note"]
    limit = builder.width - style.leftIndent - style.rightIndent - 1

    def measure(s):
        return stringWidth(s, style.fontName, style.fontSize)

    def slack(text):  # room left on the first line when it is broken without the bullet
        return limit - measure(bidi.break_lines(text, limit, measure)[0])

    # a first line that is full to within a bullet's width: the bullet used to push it over
    text = next(t for t in ("א" * k + " " + "שלום " * 40 for k in range(1, 60)) if slack(t) < 5)
    _note(project, workshop, text)
    builder = PdfRenderer(build_outline(collect(project, [workshop.id])))
    paragraph = builder.note(NoteItem(text))
    paragraph.wrap(builder.width, 10_000)
    assert len(paragraph.blPara.lines) == len(paragraph.text.split("<br/>"))  # no line wrapped again
