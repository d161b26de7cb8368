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
    settings = ReportSettings(
        title="Omställningen till nära vård",
        summary=(
            "Medarbetarna ser stora möjligheter i digitala verktyg och i att utgå från personens egna "
            "mål. Hindren handlar om tid, oklart ansvar mellan huvudmännen och system som inte hänger ihop."
        ),
    )
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


def test_a_quoted_note_gets_no_second_pair_of_quotation_marks(project, workshop, tmp_path):
    import docx

    from workshop_app.report import export_docx

    _note(project, workshop, "\u201cVi gör som vi brukar\u201d")
    _note(project, workshop, '"Raka citattecken"')
    _, text = read_pdf(export_pdf(project, [workshop.id], tmp_path / "r.pdf"))
    assert "\u201cVi gör som vi brukar\u201d" in text
    assert "\u201d\u201c" not in text and "\u201d\u201d" not in text and '\u201d"' not in text
    quotes = [
        p.text
        for p in docx.Document(str(export_docx(project, [workshop.id], tmp_path / "r.docx"))).paragraphs
        if p.style.name == "Quote"
    ]
    assert "\u201cVi gör som vi brukar\u201d" in quotes and '"Raka citattecken"' in quotes


def test_a_themes_heading_stays_with_its_first_quote(project, tmp_path):
    """Whatever falls where: pushed down line by line by a longer first summary, no page ends
    with a theme's heading, its counts or its summary without its first quote."""
    from tests.report.conftest import SAMPLE, fill_workshop

    ids = []
    for title in ("Ale", "Kungälv", "Mölndal"):
        workshop = project.workshops.create(title)
        fill_workshop(project, workshop, conclusions=False)
        ids.append(workshop.id)
        for theme in project.themes.list(workshop.id):  # summaries of a few lines, as facilitators write
            project.themes.update(theme.id, summary=f"{theme.title}: " + "deltagarna beskriver detta utförligt " * 12)
    first = project.themes.list(ids[0])[0]
    themes = {title for _, _, title, _, _ in SAMPLE}
    settings = ReportSettings(sections=("results",))
    for lines in range(0, 27, 3):  # the first theme's start stays shorter than a page
        project.themes.update(first.id, summary="En rad som flyttar allt nedåt i rapporten. " * (2 * lines + 1))
        reader, _ = read_pdf(export_pdf(project, ids, tmp_path / f"r{lines}.pdf", settings=settings))
        for page in reader.pages[1:]:
            body = [line.strip() for line in page.extract_text().splitlines() if line.strip()][:-3]  # no head, foot
            last = body[-1]
            assert last not in themes, (lines, last)
            assert not (last.endswith("workshoppar") and "lapp" in last), (lines, last)
            assert not any(w in last for w in ("utförligt", "deltagarna", "beskriver")), (lines, last)
