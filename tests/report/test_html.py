"""The accessible HTML report, parsed with html.parser."""

from __future__ import annotations

from html.parser import HTMLParser

from workshop_app.report import ReportSettings, export_html


class Outline(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.headings: list[tuple[str, str]] = []
        self.text: list[str] = []
        self._heading: str | None = None
        self._buffer = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading, self._buffer = tag, ""

    def handle_endtag(self, tag):
        if tag == self._heading:
            self.headings.append((tag, self._buffer))
            self._heading = None

    def handle_data(self, data):
        self.text.append(data)
        if self._heading:
            self._buffer += data


def parse(path) -> Outline:
    parser = Outline()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


SETTINGS = ReportSettings(title="Nära vård <i>&</i>", organisation="GR", background="Bakgrund.")


def test_html_structure(project, filled, tmp_path):
    page = parse(export_html(project, [filled.id], tmp_path / "r.html", settings=SETTINGS))
    html_tag = next(attrs for tag, attrs in page.tags if tag == "html")
    assert html_tag["lang"] == "sv"
    levels = [tag for tag, _ in page.headings]
    assert levels.count("h1") == 1
    assert page.headings[0] == ("h1", "Nära vård <i>&</i>")  # escaped, printed literally
    assert not any(tag == "i" for tag, _ in page.tags)
    h2 = [text for tag, text in page.headings if tag == "h2"]
    assert h2[:3] == ["Innehåll", "Sammanfattning", "Inledning och bakgrund"]
    assert "Resultat" in h2 and "Bilaga: alla lappar" in h2
    h3 = [text for tag, text in page.headings if tag == "h3"]
    assert "Egenvård" in h3
    # no level is skipped going down
    numbers = [int(tag[1]) for tag in levels]
    assert all(b <= a + 1 for a, b in zip(numbers, numbers[1:]))


def test_html_tables_and_chart_are_accessible(project, filled, tmp_path):
    page = parse(export_html(project, [filled.id], tmp_path / "r.html", settings=SETTINGS))
    tags = [tag for tag, _ in page.tags]
    assert tags.count("table") >= 2 and tags.count("caption") == tags.count("table")
    scopes = [attrs.get("scope") for tag, attrs in page.tags if tag == "th"]
    assert "col" in scopes and "row" in scopes and None not in scopes
    svg = next(attrs for tag, attrs in page.tags if tag == "svg")
    assert svg["role"] == "img" and svg["aria-labelledby"] == "chart-title chart-desc"
    assert "title" in tags and "desc" in tags
    text = "".join(page.text)
    assert "Egenvård: Möjligheter 4" in text  # the chart's description carries the figures
    assert "None" not in text


def test_html_keeps_hostile_notes_as_text(project, workshop, tmp_path):
    areas = project.workshops.focus_areas(workshop.id)
    categories = project.workshops.categories(workshop.id)
    hostile = "<script>alert('x')</script> & </p> \U0001f389 שלום\x07"
    project.notes.add(workshop.id, areas[0].id, categories[0].id, hostile)
    out = export_html(project, [workshop.id], tmp_path / "r.html")
    page = parse(out)
    assert not any(tag == "script" for tag, _ in page.tags)
    text = "".join(page.text)
    assert "<script>alert('x')</script> & </p> \U0001f389 שלום" in text  # emoji kept, bell removed
    assert "\x07" not in out.read_text(encoding="utf-8")
    assert any(attrs.get("dir") == "auto" for tag, attrs in page.tags if tag in ("p", "span"))


def test_html_in_english_and_without_names(project, filled, tmp_path):
    out = export_html(project, [filled.id], tmp_path / "r.html", language="en")
    page = parse(out)
    assert next(attrs for tag, attrs in page.tags if tag == "html")["lang"] == "en"
    text = "".join(page.text)
    assert "Appendix: All notes" in text
    assert "Anna Andersson" not in text and "Karin Processledare" not in text


def test_wide_tables_and_the_chart_scroll_in_their_own_box(project, filled, tmp_path):
    """On a 320 px screen the page itself must not scroll sideways: long words break, and every
    table and the chart sit in a focusable, labelled box that scrolls on its own."""
    out = export_html(project, [filled.id], tmp_path / "r.html", settings=SETTINGS)
    page = parse(out)
    html = out.read_text(encoding="utf-8")
    assert "overflow-wrap: anywhere" in html and ".scroll { overflow-x: auto" in html
    boxes = [attrs for tag, attrs in page.tags if tag == "section" and attrs.get("class") == "scroll"]
    tables = [tag for tag, _ in page.tags if tag == "table"]
    assert len(boxes) == len(tables) + 1  # and the chart's
    assert all(box.get("tabindex") == "0" and (box.get("aria-labelledby") or box.get("aria-label")) for box in boxes)
    order = [tag for tag, attrs in page.tags if tag in ("table", "svg") or attrs.get("class") == "scroll"]
    for before, tag in zip(order, order[1:]):
        if tag in ("table", "svg"):
            assert before == "section"  # each opens right inside its box
