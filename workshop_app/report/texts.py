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
            "Processledaren grupperade lapparna i sammanlagt {themes}, inom varje fokusområde och kategori{auto_part}."
        ),
        "grouping_auto.one": ", med hjälp av automatiska förslag (varav {n} tema är ett oförändrat förslag från appen)",
        "grouping_auto.many": (
            ", med hjälp av automatiska förslag (varav {n} teman är oförändrade förslag från appen)"
        ),
        "themes_reported_all": "Varje tema redovisas med en sammanfattning, antalet lappar och citat.",
        "themes_reported_some": (
            "Varje tema redovisas med antalet lappar och citat, och med processledarens sammanfattning"
            " där en sådan finns."
        ),
        "themes_reported_none": "Varje tema redovisas med antalet lappar och citat.",
        "more_quotes.one": "… och ytterligare {n} lapp (se bilagan)",
        "more_quotes.many": "… och ytterligare {n} lappar (se bilagan)",
        "participants_at_least": "minst {n} (uppgift saknas för {missing})",
        "question.possibility": "Vilka möjligheter ser ni?",
        "question.obstacle": "Vilka hinder ser ni?",
        "question.support": "Vilket stöd behöver ni?",
        "no_grouping": "Lapparna har inte grupperats i teman; de redovisas per fokusområde och kategori.",
        "appendix_intro": ("Här återges alla lappar ordagrant, ordnade efter fokusområde, kategori och tema."),
        "page": "Sida {n}",
        "unknown": "Uppgift saknas",
        "quote_open": "\u201d",
        "quote_close": "\u201d",
        "workshop_label": "{title}",
        "date_range": "{first} – {last}",
        "date_span_days": "{first}–{last} {month} {year}",
        "date_span_months": "{first_day} {first_month}–{last_day} {last_month} {year}",
        "date_span_years": "{first}–{last}",
        "list_and": " och ",
        "more_organisations.one": "{n} organisation till",
        "more_organisations.many": "{n} organisationer till",
        "comparison": "Workshopparna jämförda",
        "comparison_intro": (
            "Här jämförs workshopparna per fokusområde: vilka teman varje workshop tog upp (antal lappar),"
            " vilka teman som är gemensamma för alla och vilka som bara finns i en."
        ),
        "comparison_caption": "Teman i {area} per workshop (antal lappar)",
        "comparison_theme": "Tema",
        "comparison_category": "Kategori",
        "common_to_all": "Gemensamt för alla workshoppar:",
        "only_in_one": "Bara i en workshop:",
        "none_common": "Inget tema är gemensamt för alla workshoppar.",
        "no_themes_area": "Inga teman under det här fokusområdet.",
        "emoji_label": "[emoji: {name}]",
        "emoji_unknown": "[emoji]",
        "contents_field": "Innehållsförteckningen fylls i när dokumentet uppdateras (F9 i Word).",
        "chart_alt_title": "Diagram: antal lappar per fokusområde och kategori",
        "priorities": "Prioriteringar",
        "vote.one": "{n} röst",
        "vote.many": "{n} röster",
        "dot.one": "{n} prick",
        "dot.many": "{n} prickar",
        "voter.one": "{n} person röstade",
        "voter.many": "{n} personer röstade",
        "priorities_how": (
            "Deltagarna prioriterade temana med prickröstning: {dots} per person och högst {cap} på samma"
            " tema{scope}. {voters}."
        ),
        "priorities_how_in": "{workshop}: {how}",
        "priorities_scope": ", bland temana i {area}",
        "priorities_intro": "Här redovisas de teman som fick röster, med flest röster först inom varje fokusområde.",
        "priority_item": "{theme}: {votes}",
        "votes_series": "Röster",
        "priorities_chart_title": "Röster per tema",
        "priorities_chart_desc": "Stapeldiagram. {details}.",
        "priorities_caption": "Figur {n}. De mest röstade temana.",
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
            "The facilitator grouped the notes into {themes} in all, within each focus area and category{auto_part}."
        ),
        "grouping_auto.one": ", helped by automatic proposals ({n} theme is an unchanged proposal from the app)",
        "grouping_auto.many": ", helped by automatic proposals ({n} themes are unchanged proposals from the app)",
        "themes_reported_all": "Each theme is reported with a summary, its number of notes and quotes.",
        "themes_reported_some": (
            "Each theme is reported with its number of notes and quotes, and with the facilitator's"
            " summary where there is one."
        ),
        "themes_reported_none": "Each theme is reported with its number of notes and quotes.",
        "more_quotes.one": "… and {n} more note (see the appendix)",
        "more_quotes.many": "… and {n} more notes (see the appendix)",
        "participants_at_least": "at least {n} (not given for {missing})",
        "question.possibility": "What possibilities do you see?",
        "question.obstacle": "What obstacles do you see?",
        "question.support": "What support do you need?",
        "no_grouping": "The notes have not been grouped into themes; they are reported per focus area and category.",
        "appendix_intro": "All notes, word for word, by focus area, category and theme.",
        "page": "Page {n}",
        "unknown": "Not given",
        "quote_open": "\u201c",
        "quote_close": "\u201d",
        "workshop_label": "{title}",
        "date_range": "{first} – {last}",
        "date_span_days": "{first}–{last} {month} {year}",
        "date_span_months": "{first_day} {first_month}–{last_day} {last_month} {year}",
        "date_span_years": "{first}–{last}",
        "list_and": " and ",
        "more_organisations.one": "{n} more organisation",
        "more_organisations.many": "{n} more organisations",
        "comparison": "The workshops compared",
        "comparison_intro": (
            "The workshops compared per focus area: which themes each workshop raised (number of notes),"
            " which themes all share and which belong to one."
        ),
        "comparison_caption": "Themes in {area} per workshop (number of notes)",
        "comparison_theme": "Theme",
        "comparison_category": "Category",
        "common_to_all": "Common to all workshops:",
        "only_in_one": "Only in one workshop:",
        "none_common": "No theme is common to all workshops.",
        "no_themes_area": "No themes under this focus area.",
        "emoji_label": "[emoji: {name}]",
        "emoji_unknown": "[emoji]",
        "contents_field": "The table of contents is filled in when the document is updated (F9 in Word).",
        "chart_alt_title": "Chart: number of notes per focus area and category",
        "priorities": "Priorities",
        "vote.one": "{n} vote",
        "vote.many": "{n} votes",
        "dot.one": "{n} dot",
        "dot.many": "{n} dots",
        "voter.one": "{n} person voted",
        "voter.many": "{n} people voted",
        "priorities_how": (
            "The participants prioritised the themes by dot voting: {dots} per person and at most {cap} on"
            " one theme{scope}. {voters}."
        ),
        "priorities_how_in": "{workshop}: {how}",
        "priorities_scope": ", among the themes of {area}",
        "priorities_intro": "The themes that received votes, the most voted first within each focus area.",
        "priority_item": "{theme}: {votes}",
        "votes_series": "Votes",
        "priorities_chart_title": "Votes per theme",
        "priorities_chart_desc": "Bar chart. {details}.",
        "priorities_caption": "Figure {n}. The most voted themes.",
    },
}

PDF_LANG = {"sv": "sv-SE", "en": "en-GB"}

MONTHS = {
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
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

    def date_span(self, values: list[str]) -> str:
        """Workshop dates as one span: ``"12 mars 2025"``, ``"12–14 mars 2025"``,
        ``"12 mars–4 april 2025"``, ``"12 december 2024–4 januari 2025"``; dates that are not ISO
        dates as ``"first – last"`` of their sorted texts; "" for none."""
        from datetime import date

        values = sorted({v.strip() for v in values if v and v.strip()})
        if not values:
            return ""
        try:
            parsed = sorted(date.fromisoformat(v) for v in values)
        except ValueError:
            long = [self.long_date(v) for v in values]
            return long[0] if len(long) == 1 else self("date_range", first=long[0], last=long[-1])
        first, last = parsed[0], parsed[-1]
        months = MONTHS[self.language]
        if first == last:
            return self.long_date(first.isoformat())
        if first.year != last.year:
            return self(
                "date_span_years", first=self.long_date(first.isoformat()), last=self.long_date(last.isoformat())
            )
        if first.month != last.month:
            return self(
                "date_span_months",
                first_day=first.day,
                first_month=months[first.month - 1],
                last_day=last.day,
                last_month=months[last.month - 1],
                year=first.year,
            )
        return self("date_span_days", first=first.day, last=last.day, month=months[first.month - 1], year=first.year)

    def question(self, key: str, asked: str) -> str | None:
        """The built-in question of category ``key`` in this language when ``asked`` is that
        question in any language of the report (``"Vilka möjligheter ser ni?"``); else None."""
        wanted = " ".join(asked.split()).casefold()
        if not wanted:
            return None
        for table in TEXTS.values():
            builtin = table.get(f"question.{key}")
            if builtin and builtin.casefold() == wanted:
                return TEXTS[self.language][f"question.{key}"]
        return None

    def counts_sentence(self, notes: int, used: int, areas: int) -> str:
        """``"Sammanlagt skrevs 14 lappar under 6 fokusområden."``, or, when only some focus areas
        got notes, ``"... 14 lappar i 2 av 6 fokusområden."``; with no notes at all, :data:`no_notes`."""
        if not notes:
            return self("no_notes")
        if used < areas:
            return self(
                "counts_sentence_some", notes=self.count("note", notes), used=used, areas=self.count("areas", areas)
            )
        return self("counts_sentence", notes=self.count("note", notes), areas=self.count("areas", areas))

    def quote(self, text: str) -> str:
        """``text`` in quotation marks, unless it is already quoted from end to end: a note
        written as “Vi gör som vi brukar” is not printed as ”“Vi gör som vi brukar””."""
        if is_quoted(text):
            return text
        return f"{self('quote_open')}{text}{self('quote_close')}"


QUOTE_MARKS = "\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a"


def is_quoted(text: str) -> bool:
    """Whether ``text`` begins and ends with a quotation mark (of any kind, straight or curly)."""
    text = text.strip()
    return len(text) >= 2 and text[0] in QUOTE_MARKS and text[-1] in QUOTE_MARKS


def texts_for(language: str | None) -> Texts:
    """The texts of ``language``; unknown languages fall back to Swedish."""
    return Texts(language if language in TEXTS else "sv")
