"""Fixtures for the report tests: a small but rich project built through the service API."""

from __future__ import annotations

import pytest

# (focus area, category key, theme title, theme summary, notes)
SAMPLE = [
    (
        "Egenvård",
        "possibility",
        "Digitala verktyg för egenmätning",
        "Många ser att invånare kan ta större ansvar för mätningar hemma med rätt stöd.",
        [
            "Blodtrycksmätning hemma med app",
            "Egenmätning av blodsocker med digital uppföljning",
            "Invånaren kan skicka in sina värden själv",
        ],
    ),
    (
        "Egenvård",
        "obstacle",
        "Oklart ansvar",
        "Gränsen mellan egenvård och hälso- och sjukvård upplevs som otydlig.",
        ["Vem bedömer egenvården – kommun eller region?", "Otydliga rutiner för egenvårdsbedömning"],
    ),
    (
        "Egenvård",
        "support",
        "Gemensamma rutiner",
        "",
        ["Gemensam rutin för egenvårdsbedömning i GR", "Utbildning för hemtjänsten i egenvård"],
    ),
    (
        "Personcentrering",
        "possibility",
        "Personens egna mål",
        "Att utgå från vad som är viktigt för personen ses som kärnan i omställningen.",
        [
            "Fråga vad som är viktigt för dig",
            "Hälsoplaner där personen själv sätter målen",
            "Närstående blir delaktiga tidigt",
        ],
    ),
    (
        "Personcentrering",
        "obstacle",
        "Tid och stress",
        "",
        ["Tid!!", "Inget utrymme i schemat för samtal", "Personalbrist gör att vi bara hinner det nödvändigaste"],
    ),
    (
        "Digitalisering",
        "possibility",
        "Digitala vårdmöten",
        "Videomöten kan minska resor och frigöra tid.",
        ["Digitala vårdmöten med läkare från hemmet", "Videosamtal med anhöriga"],
    ),
    (
        "Digitalisering",
        "obstacle",
        "System som inte pratar med varandra",
        "Journalsystemen i kommun och region är inte samordnade.",
        ["Olika journalsystem", "Vi kan inte se regionens journal", "Dubbeldokumentation"],
    ),
    (
        "Hälsofrämjande och förebyggande",
        "possibility",
        "Tidiga insatser",
        "",
        ["Träffpunkter för äldre", "Förebyggande hembesök vid 75 år"],
    ),
    (
        "Kompetensutveckling",
        "support",
        "Handledning och utbildning",
        "Medarbetarna efterfrågar handledning i nya arbetssätt.",
        ["Handledning för undersköterskor", "Kompetenslyft för usk", "Utbildning i motiverande samtal"],
    ),
    (
        "Samverkan",
        "obstacle",
        "Otydlig ansvarsfördelning",
        "",
        ["Vem gör vad vid utskrivning?", "Vårdcentralen svarar inte i telefon"],
    ),
    (
        "Samverkan",
        "support",
        "Gemensamma arenor",
        "Behov av forum där kommun och region möts regelbundet.",
        ["Gemensamma möten med vårdcentralen", "Lokala samverkansgrupper"],
    ),
]


def fill_workshop(project, workshop, *, groups=("Grupp 1", "Grupp 2"), conclusions=True, skip=0):
    """Add the sample notes, themes and conclusions to ``workshop``; returns the content."""
    areas = {a.name: a for a in project.workshops.focus_areas(workshop.id)}
    categories = {c.key: c for c in project.workshops.categories(workshop.id)}
    for index, (area, key, title, summary, texts) in enumerate(SAMPLE):
        if skip and index % skip == 0:
            continue
        ids = [
            project.notes.add(
                workshop.id,
                areas[area].id,
                categories[key].id,
                text,
                group_name=groups[i % len(groups)] if groups else "",
                author="Anna Andersson",
            ).id
            for i, text in enumerate(texts)
        ]
        project.themes.create(workshop.id, areas[area].id, categories[key].id, title, note_ids=ids, summary=summary)
    project.notes.add(
        workshop.id, areas["Egenvård"].id, categories["possibility"].id, "Anhöriga kan stötta mer om de får information"
    )
    if conclusions:
        project.workshops.set_conclusion(
            areas["Egenvård"].id, "Egenvård behöver gemensamma rutiner mellan kommun och region."
        )
    return project.workshops.content(workshop.id)


@pytest.fixture
def filled(project, workshop):
    """The ``workshop`` fixture with the sample notes, themes and a conclusion."""
    project.workshops.update(
        workshop.id,
        participants=24,
        organisations=["Testby kommun"],
        facilitator="Karin Processledare",
        purpose="Att samla erfarenheter.",
    )
    fill_workshop(project, workshop)
    return workshop


def read_pdf(path):
    """(reader, full text) of a PDF written by the report."""
    import pypdf

    reader = pypdf.PdfReader(str(path))
    return reader, "\n".join(page.extract_text() or "" for page in reader.pages)


def outline_titles(reader) -> list[str]:
    titles: list[str] = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def font_files(reader) -> dict[str, bool]:
    """BaseFont name -> whether the font program is embedded (FontFile2), over all pages."""
    found: dict[str, bool] = {}

    def visit(resources):
        fonts = resources.get("/Font", {}) if resources else {}
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"])] = embedded
        for ref in (resources.get("/XObject", {}) if resources else {}).values():
            visit(ref.get_object().get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return found
