"""Fixed words of the report in Swedish and English.

Every heading and generated sentence comes from :data:`TEXTS`; the two tables have the same
keys (a test checks it). Counted phrases have a singular and a plural form.
"""

from __future__ import annotations

from dataclasses import dataclass

TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "default_title": "Resultat från workshoppar",
        "contents": "Innehåll",
        "summary": "Sammanfattning",
        "background": "Inledning och bakgrund",
        "purpose": "Syfte",
        "method": "Genomförande",
        "results": "Resultat",
        "overview": "Översikt",
        "conclusions": "Slutsatser",
        "further_work": "Fortsatt arbete",
        "appendix": "Bilaga: alla lappar",
        "cat.possibility": "Möjligheter",
        "cat.obstacle": "Hinder",
        "cat.support": "Behov av stöd",
        "area_conclusions": "Slutsatser för fokusområdet",
        "largest_themes": "De största temana",
        "largest_in": "{category}:",
        "theme_in_area": "{theme} ({area}, {count})",
        "note.one": "{n} lapp",
        "note.many": "{n} lappar",
        "theme.one": "{n} tema",
        "theme.many": "{n} teman",
        "workshop.one": "{n} workshop",
        "workshop.many": "{n} workshoppar",
        "group.one": "{n} grupp",
        "group.many": "{n} grupper",
        "from_workshops": "från {n} av {total} workshoppar",
        "from_groups": "från {groups}",
        "loose_notes": "Lappar utan tema",
        "more_in_appendix": "Ytterligare {notes} finns i bilagan.",
        "no_notes_category": "Inga lappar i den här kategorin.",
        "no_notes_area": "Inga lappar skrevs under det här fokusområdet.",
        "no_notes": "Det finns ännu inga lappar att redovisa.",
        "no_theme": "Utan tema",
        "area_column": "Fokusområde",
        "total": "Totalt",
        "figure_caption": "Figur 1. Antal lappar per fokusområde och kategori.",
        "table_caption": "Tabell 1. Antal lappar per fokusområde och kategori (samma siffror som i figur 1).",
        "chart_title": "Antal lappar per fokusområde och kategori",
        "chart_desc": "Stapeldiagram. {details}. Samma siffror finns i tabellen under diagrammet.",
        "chart_desc_area": "{area}: {values}",
        "method_intro.one": "Rapporten bygger på en workshop.",
        "method_intro.many": "Rapporten bygger på {n} workshoppar.",
        "facts_workshop": "Workshop",
        "facts_date": "Datum",
        "facts_place": "Plats",
        "facts_participants": "Deltagare",
        "facts_organisations": "Organisationer",
        "facts_facilitator": "Processledare",
        "questions_intro": "Deltagarna skrev lappar under varje fokusområde som svar på frågorna:",
        "counts_sentence": "Sammanlagt skrevs {notes} under {areas}.",
        "counts_sentence_some": "Sammanlagt skrevs {notes} i {used} av {areas}.",
        "areas.one": "{n} fokusområde",
        "areas.many": "{n} fokusområden",
        "grouping_sentence": (
            "Processledaren grupperade lapparna i {themes} inom varje fokusområde och kategori"
            "{auto_part}. Varje tema redovisas med en sammanfattning, antalet lappar och citat."
        ),
        "grouping_auto": ", med hjälp av automatiska förslag ({auto} av dem har inte ändrats)",
        "no_grouping": "Lapparna har inte grupperats i teman; de redovisas per fokusområde och kategori.",
        "appendix_intro": (
            "Här återges alla lappar ordagrant, ordnade efter fokusområde, kategori och tema."
        ),
        "page": "Sida {n}",
        "unknown": "Uppgift saknas",
        "quote_open": "\u201d",
        "quote_close": "\u201d",
        "workshop_label": "{title}",
        "date_range": "{first} – {last}",
        "list_and": " och ",
    },
    "en": {
        "default_title": "Results from the workshops",
        "contents": "Contents",
        "summary": "Summary",
        "background": "Introduction and background",
        "purpose": "Purpose",
        "method": "Method",
        "results": "Results",
        "overview": "Overview",
        "conclusions": "Conclusions",
        "further_work": "Further work",
        "appendix": "Appendix: All notes",
        "cat.possibility": "Possibilities",
        "cat.obstacle": "Obstacles",
        "cat.support": "Support needs",
        "area_conclusions": "Conclusions for the focus area",
        "largest_themes": "The largest themes",
        "largest_in": "{category}:",
        "theme_in_area": "{theme} ({area}, {count})",
        "note.one": "{n} note",
        "note.many": "{n} notes",
        "theme.one": "{n} theme",
        "theme.many": "{n} themes",
        "workshop.one": "{n} workshop",
        "workshop.many": "{n} workshops",
        "group.one": "{n} group",
        "group.many": "{n} groups",
        "from_workshops": "from {n} of {total} workshops",
        "from_groups": "from {groups}",
        "loose_notes": "Notes without a theme",
        "more_in_appendix": "{notes} more are listed in the appendix.",
        "no_notes_category": "No notes in this category.",
        "no_notes_area": "No notes were written under this focus area.",
        "no_notes": "There are no notes to report yet.",
        "no_theme": "No theme",
        "area_column": "Focus area",
        "total": "Total",
        "figure_caption": "Figure 1. Number of notes per focus area and category.",
        "table_caption": "Table 1. Number of notes per focus area and category (the figures of figure 1).",
        "chart_title": "Number of notes per focus area and category",
        "chart_desc": "Bar chart. {details}. The same figures are in the table below the chart.",
        "chart_desc_area": "{area}: {values}",
        "method_intro.one": "This report is based on one workshop.",
        "method_intro.many": "This report is based on {n} workshops.",
        "facts_workshop": "Workshop",
        "facts_date": "Date",
        "facts_place": "Place",
        "facts_participants": "Participants",
        "facts_organisations": "Organisations",
        "facts_facilitator": "Facilitator",
        "questions_intro": "Participants wrote notes under each focus area in answer to the questions:",
        "counts_sentence": "In all, {notes} were written under {areas}.",
        "counts_sentence_some": "In all, {notes} were written in {used} of the {areas}.",
        "areas.one": "{n} focus area",
        "areas.many": "{n} focus areas",
        "grouping_sentence": (
            "The facilitator grouped the notes into {themes} within each focus area and category"
            "{auto_part}. Each theme is reported with a summary, its number of notes and quotes."
        ),
        "grouping_auto": ", helped by automatic proposals ({auto} of them left unchanged)",
        "no_grouping": "The notes have not been grouped into themes; they are reported per focus area and category.",
        "appendix_intro": "All notes, word for word, by focus area, category and theme.",
        "page": "Page {n}",
        "unknown": "Not given",
        "quote_open": "\u201c",
        "quote_close": "\u201d",
        "workshop_label": "{title}",
        "date_range": "{first} – {last}",
        "list_and": " and ",
    },
}

PDF_LANG = {"sv": "sv-SE", "en": "en-GB"}

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}


@dataclass(frozen=True)
class Texts:
    """The fixed words of one language, with counting helpers."""

    language: str

    def __call__(self, key: str, **values) -> str:
        text = TEXTS[self.language][key]
        return text.format(**values) if values else text

    def count(self, what: str, n: int) -> str:
        """``"12 lappar"``: a number with the right form of the word ``what`` (note, theme ...)."""
        return self(f"{what}.{'one' if n == 1 else 'many'}", n=n)

    def category(self, key: str, fallback: str) -> str:
        """The plural heading of a category key (Möjligheter), or the category's own name."""
        text = TEXTS[self.language].get(f"cat.{key}")
        return text or (fallback[:1].upper() + fallback[1:])

    def join(self, items: list[str]) -> str:
        """``"a, b och c"``."""
        items = [i for i in items if i]
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + self("list_and") + items[-1]

    def long_date(self, value: str) -> str:
        """``"2026-10-15"`` as ``"15 oktober 2026"``; anything that is not an ISO date unchanged."""
        from datetime import date

        try:
            parsed = date.fromisoformat(value.strip())
        except ValueError:
            return value
        return f"{parsed.day} {MONTHS[self.language][parsed.month - 1]} {parsed.year}"

    def counts_sentence(self, notes: int, used: int, areas: int) -> str:
        """``"Sammanlagt skrevs 14 lappar under 6 fokusområden."``, or, when only some focus areas
        got notes, ``"... 14 lappar i 2 av 6 fokusområden."``; with no notes at all, :data:`no_notes`."""
        if not notes:
            return self("no_notes")
        if used < areas:
            return self("counts_sentence_some", notes=self.count("note", notes), used=used,
                        areas=self.count("areas", areas))
        return self("counts_sentence", notes=self.count("note", notes), areas=self.count("areas", areas))

    def quote(self, text: str) -> str:
        return f"{self('quote_open')}{text}{self('quote_close')}"


def texts_for(language: str | None) -> Texts:
    """The texts of ``language``; unknown languages fall back to Swedish."""
    return Texts(language if language in TEXTS else "sv")
