"""The report's outline, built once from its content: every format renders this and only this.

The order and the words of the report live here; :mod:`.pdf`, :mod:`.html` and :mod:`.docx`
decide only how a heading, a quote or a table looks in their format.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workshop_app.report.blocks import (
    Bullets,
    Cell,
    Chart,
    ChartRow,
    Contents,
    Cover,
    Heading,
    NoteItem,
    NoteList,
    Outline,
    Para,
    Quote,
    Section,
    Span,
    Table,
    para,
)
from workshop_app.report.comparison import compare
from workshop_app.report.content import NoteLine, ReportModel

PRIORITY_CHART_BARS = 15
"""The most voted themes the priorities chart shows (the lists below it name every voted theme)."""


def build_outline(model: ReportModel) -> Outline:
    """The report of ``model`` as an :class:`Outline`."""
    return _Builder(model).build()


def user_paras(text: str, style: str = "body", language: str = "") -> list[Para]:
    """One paragraph per block of ``text`` separated by blank lines."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n")]
    return [para(b, style, language, user=True) for b in blocks if b]


def spans(template: str, **parts: Span | str) -> tuple[Span, ...]:
    """``template`` ("{theme} ({area}, {count})") as spans, each ``{name}`` by its part."""
    result: list[Span] = []
    for piece in re.split(r"(\{\w+\})", template):
        if not piece:
            continue
        name = piece[1:-1] if piece.startswith("{") and piece.endswith("}") else None
        part = parts.get(name) if name else None
        if part is None:
            result.append(Span(piece))
        else:
            result.append(part if isinstance(part, Span) else Span(part))
    return tuple(result)


class _Builder:
    def __init__(self, model: ReportModel):
        self.model = model
        self.t = model.texts
        self.multi = len(model.workshops) > 1

    def lang(self, language: str) -> str:
        """``language`` when it differs from the report's, else ""."""
        return language if language and language != self.model.language else ""

    def build(self) -> Outline:
        model, s, t = self.model, self.model.settings, self.t
        sections: list[Section] = []
        if s.has("contents"):
            sections.append(Section("contents", (Contents(t("contents")),), start="page"))
        if s.has("summary"):
            sections.append(self.summary())
        if s.has("background") and s.background.strip():
            sections.append(self.chapter("background", user_paras(s.background)))
        if s.has("purpose") and model.purposes:
            blocks: list = []
            for purpose in model.purposes:
                if purpose.label:
                    blocks.append(para(purpose.label, "label", user=True))
                blocks += user_paras(purpose.text, language=self.lang(purpose.language))
            sections.append(self.chapter("purpose", blocks))
        if s.has("method"):
            sections.append(Section("chapter", tuple(self.method()), start="cond", short=True))
        if s.has("overview") or s.has("results"):
            sections.append(self.results())
            if s.has("results") and self.multi:
                comparison = self.comparison()
                if comparison is not None:
                    sections.append(comparison)
        if s.has("priorities") and model.priorities:
            sections.append(self.priorities())
        first = True
        for key, text in (("conclusions", s.conclusions), ("further_work", s.further_work)):
            if s.has(key) and text.strip():
                sections.append(self.chapter(key, user_paras(text), start="page" if first else "cond"))
                first = False
        if s.has("appendix"):
            sections.append(self.appendix())
        if len(sections) > 1 and sections[0].kind == "contents":  # the contents have a page of their own
            sections[1] = replace(sections[1], start="page")
        subject = model.subtitle or t("results") + ": " + ", ".join(a.name for a in model.areas)
        return Outline(
            language=model.language,
            title=model.title,
            author=model.authors,
            subject=subject,
            keywords=", ".join(a.name for a in model.areas),
            modified=model.modified,
            cover=Cover(model.title, model.subtitle, model.organisation, model.date, s.logo_path),
            footer=model.organisation,
            page_label=t("page", n="{n}"),
            quotes=(t("quote_open"), t("quote_close")),
            contents_hint=t("contents_field"),
            sections=sections,
        )

    def chapter(self, key: str, blocks: list, start: str = "cond") -> Section:
        return Section("chapter", (Heading(1, self.t(key), toc=True), *blocks), start=start, short=True)

    # --- chapters ------------------------------------------------------------------------------
    def summary(self) -> Section:
        model, t = self.model, self.t
        blocks: list = [Heading(1, t("summary"), toc=True), *user_paras(model.settings.summary)]
        top = model.top_themes()
        if top:
            blocks.append(Heading(2, t("largest_themes")))
            for info, themes in top:
                items = []
                for theme in themes:
                    count = t.count("note", theme.note_count)
                    if self.multi:
                        count += ", " + t("from_workshops", n=theme.workshop_count, total=len(model.workshops))
                    items.append(
                        spans(
                            t("theme_in_area"),
                            theme=Span(theme.title, strong=True, language=self.lang(theme.language)),
                            area=Span(theme.area, language=self.lang(self.area_language(theme.area))),
                            count=count,
                        )
                    )
                blocks += [Heading(3, info.heading), Bullets(tuple(items))]
        elif not model.note_count:
            blocks.append(para(t("no_notes")))
        return Section("chapter", tuple(blocks))

    def area_language(self, name: str) -> str:
        key = name.strip().casefold()
        return next((a.language for a in self.model.areas if a.name.strip().casefold() == key), "")

    def method(self) -> list:
        model, t = self.model, self.t
        n = len(model.workshops)
        blocks: list = [
            Heading(1, t("method"), toc=True),
            para(t("method_intro.one") if n == 1 else t("method_intro.many", n=n)),
        ]
        table = self.facts_table()
        if table is not None:
            blocks.append(table)
        blocks += user_paras(model.settings.method_note)
        questions = [c for c in model.categories if c.question]
        if questions:
            blocks.append(para(t("questions_intro")))
            blocks.append(
                Bullets(
                    tuple(
                        (
                            Span(c.heading + ":", strong=True),
                            Span(" "),
                            Span(c.question, language=self.lang(c.question_language)),
                        )
                        for c in questions
                    )
                )
            )
        blocks.append(para(t.counts_sentence(model.note_count, model.areas_with_notes, len(model.areas))))
        grouping = model.grouping_text()
        if grouping:
            blocks.append(para(grouping))
        return blocks

    def facts_table(self) -> Table | None:
        model, t = self.model, self.t
        columns = [
            ("facts_workshop", lambda w: w.title),
            ("facts_date", lambda w: t.long_date(w.date)),
            ("facts_place", lambda w: w.place),
            ("facts_participants", lambda w: "" if w.participants is None else str(w.participants)),
        ]
        if model.include_names:
            columns.append(("facts_facilitator", lambda w: w.facilitator))
        columns = [c for c in columns if any(c[1](w) for w in model.workshops)]
        if model.organisations:
            columns.append(("facts_organisations", lambda w: ", ".join(w.organisations)))
        if len(columns) <= 1 and not self.multi:
            return None
        rows = tuple(
            tuple(Cell(get(w) or "–", self.lang(w.language) if key == "facts_workshop" else "") for key, get in columns)
            for w in model.workshops
        )
        keys = [k for k, _ in columns]
        footer: tuple[Cell, ...] = ()
        span = None
        if self.multi and model.participants is not None and "facts_participants" in keys:
            span = keys.index("facts_participants")  # "minst 42 (uppgift saknas för Mölndal)"
            cells = [Cell(t("total"), strong=True)] + [Cell("") for _ in keys[1:]]
            cells[span] = Cell(model.participants_total(), strong=True)
            footer = tuple(cells)
        return Table(
            "facts",
            t("method"),
            tuple(t(k) for k in keys),
            rows,
            footer=footer,
            span_footer=span,
            caption_visible=False,
        )

    def results(self) -> Section:
        model, s, t = self.model, self.model.settings, self.t
        blocks: list = [Heading(1, t("results"), toc=True)]
        if s.has("overview"):
            blocks.append(Section("overview", tuple(self.overview())))
        if s.has("results"):
            blocks += [self.area(area) for area in model.areas]
        return Section("chapter", tuple(blocks), start="page")

    def overview(self) -> list:
        model, t = self.model, self.t
        blocks: list = [Heading(2, t("overview"), toc=True)]
        if not model.note_count:
            return blocks + [para(t("no_notes"))]
        rows = model.counts()
        details = "; ".join(
            t(
                "chart_desc_area",
                area=r.name,
                values=", ".join(f"{c.heading} {v}" for c, v in zip(model.categories, r.values)),
            )
            for r in rows
        )
        blocks.append(
            Chart(
                t("chart_title"),
                t("chart_desc", details=details),
                t("figure_caption"),
                tuple((c.key, c.heading) for c in model.categories),
                tuple(ChartRow(r.name, tuple(r.values), self.lang(r.language)) for r in rows),
            )
        )
        totals = model.category_totals()
        header = (t("area_column"), *(c.heading for c in model.categories), t("total"))
        table_rows = tuple(
            (Cell(r.name, self.lang(r.language)), *(Cell(str(v)) for v in r.values), Cell(str(r.total), strong=True))
            for r in rows
        )
        footer = (
            Cell(t("total"), strong=True),
            *(Cell(str(v), strong=True) for v in totals),
            Cell(str(sum(totals)), strong=True),
        )
        numeric = (False,) + (True,) * (len(header) - 1)
        blocks.append(Table("counts", t("table_caption"), header, table_rows, numeric, footer))
        return blocks

    def area(self, area) -> Section:
        t = self.t
        language = self.lang(area.language)
        blocks: list = [Heading(2, area.name, language, toc=True)]
        if area.description:
            blocks += user_paras(area.description, "lead", language)
        if not area.note_count:
            blocks.append(para(t("no_notes_area")))
        for category in area.categories if area.note_count else ():
            blocks.append(Heading(3, category.heading))
            if not category.note_count:
                blocks.append(para(t("no_notes_category"), "meta"))
                continue
            blocks += [self.theme(theme) for theme in category.themes]
            if category.loose:
                shown, more = category.loose_shown(self.model.appendix)
                head: list = []
                if category.themes:
                    head = [Heading(4, t("loose_notes")), para(t.count("note", len(category.loose)), "meta")]
                blocks.append(Section("theme", tuple(head + self.quotes(shown, more))))
        if area.conclusions:
            blocks.append(Heading(3, t("area_conclusions")))
            for conclusion in area.conclusions:
                if conclusion.label:
                    blocks.append(para(conclusion.label, "label", user=True))
                blocks += user_paras(conclusion.text, "conclusion", self.lang(conclusion.language))
        # an area with notes starts a new page unless half of this one is free; a few lines saying
        # it has none follow what is above them
        return Section("area", tuple(blocks), start="cond" if area.note_count else "flow", short=True)

    def theme(self, theme) -> Section:
        t, model = self.t, self.model
        meta = [t.count("note", theme.note_count)]
        if self.multi:
            meta.append(t("from_workshops", n=theme.workshop_count, total=len(model.workshops)))
        elif len(theme.groups) > 1:
            meta.append(t("from_groups", groups=t.count("group", len(theme.groups))))
        language = self.lang(theme.language)
        blocks: list = [Heading(4, theme.title, language), para(" · ".join(meta), "meta")]
        for summary in theme.summaries:
            blocks += user_paras(summary, language=language)
        shown, more = theme.shown(model.appendix)
        return Section("theme", tuple(blocks + self.quotes(shown, more)))

    def priorities(self) -> Section:
        """*Prioriteringar*: how the vote was done, a chart of the most voted themes, and the
        themes with votes per focus area, the most voted first."""
        model, t = self.model, self.t
        blocks: list = [Heading(1, t("priorities"), toc=True)]
        for facts in model.voting:
            scope = t("priorities_scope", area=facts.area) if facts.area else ""
            how = t(
                "priorities_how",
                dots=t.count("dot", facts.dots_per_person),
                cap=facts.max_per_theme,
                scope=scope,
                voters=t.count("voter", facts.voters),
            )
            blocks.append(para(t("priorities_how_in", workshop=facts.workshop_title, how=how) if self.multi else how))
        blocks.append(para(t("priorities_intro")))
        ranked = sorted(
            ((line, area) for area in model.priorities for line in area.themes),
            key=lambda pair: (-pair[0].votes, pair[0].order),
        )[:PRIORITY_CHART_BARS]
        figure = 2 if model.settings.has("overview") and model.note_count else 1
        details = "; ".join(f"{line.title} ({area.name}) {line.votes}" for line, area in ranked)
        blocks.append(
            Chart(
                t("priorities_chart_title"),
                t("priorities_chart_desc", details=details),
                t("priorities_caption", n=figure),
                (("votes", t("votes_series")),),
                tuple(ChartRow(line.title, (line.votes,), self.lang(line.language)) for line, _area in ranked),
            )
        )
        for area in model.priorities:
            blocks.append(Heading(2, area.name, self.lang(area.language)))
            blocks.append(
                Bullets(
                    tuple(
                        spans(
                            t("priority_item"),
                            theme=Span(line.title, strong=True, language=self.lang(line.language)),
                            votes=t.count("vote", line.votes),
                        )
                        for line in area.themes
                    )
                )
            )
        return Section("chapter", tuple(blocks), start="page")

    def quotes(self, notes: list[NoteLine], more: int) -> list:
        blocks: list = [Quote(n.text, self.lang(n.language)) for n in notes]
        if more > 0:
            blocks.append(para(self.t.count("more_quotes", more), "meta"))
        return blocks

    def comparison(self) -> Section | None:
        model, t = self.model, self.t
        areas = compare(model)
        if not areas:
            return None
        titles = [w.title for w in model.workshops]
        blocks: list = [Heading(1, t("comparison"), toc=True), para(t("comparison_intro"))]
        for item in areas:
            language = self.lang(item.area.language)
            rows = tuple(
                (
                    Cell(r.theme.title, self.lang(r.theme.language)),
                    Cell(r.category),
                    *(Cell(str(n) if n else "–") for n in r.counts),
                )
                for r in item.rows
            )
            header = (t("comparison_theme"), t("comparison_category"), *titles)
            numeric = (False, False) + (True,) * len(titles)
            part: list = [
                Heading(2, item.area.name, language),
                Table("comparison", t("comparison_caption", area=item.area.name), header, rows, numeric),
            ]
            common = item.common(len(titles))
            part.append(para(t("common_to_all"), "label"))
            if common:
                part.append(
                    Bullets(
                        tuple(
                            (Span(r.theme.title, language=self.lang(r.theme.language)), Span(f" ({r.category})"))
                            for r in common
                        )
                    )
                )
            else:
                part.append(para(t("none_common"), "meta"))
            single = item.single()
            if single:
                part.append(para(t("only_in_one"), "label"))
                part.append(
                    Bullets(
                        tuple(
                            (
                                Span(titles[index] + ": ", strong=True),
                                *self.joined(
                                    [Span(r.theme.title, language=self.lang(r.theme.language)) for r in single[index]]
                                ),
                            )
                            for index in sorted(single)
                        )
                    )
                )
            blocks.append(Section("area", tuple(part), start="flow", short=True))
        return Section("chapter", tuple(blocks), start="page")

    @staticmethod
    def joined(parts: list[Span]) -> list[Span]:
        result: list[Span] = []
        for index, part in enumerate(parts):
            if index:
                result.append(Span(", "))
            result.append(part)
        return result

    def appendix(self) -> Section:
        model, t = self.model, self.t
        blocks: list = [Heading(1, t("appendix"), toc=True), para(t("appendix_intro"))]
        if not model.note_count:
            blocks.append(para(t("no_notes")))
        for area in model.areas:
            if not area.note_count:
                continue
            blocks.append(Heading(2, area.name, self.lang(area.language)))
            for category in area.categories:
                if not category.note_count:
                    continue
                blocks.append(Heading(3, category.heading))
                for theme in category.themes:
                    blocks.append(
                        Section(
                            "listing", (Heading(4, theme.title, self.lang(theme.language)), self.note_list(theme.notes))
                        )
                    )
                if category.loose:
                    head = (Heading(4, t("no_theme")),) if category.themes else ()
                    blocks.append(Section("listing", (*head, self.note_list(category.loose))))
        return Section("chapter", tuple(blocks), start="page")

    def note_list(self, notes: list[NoteLine]) -> NoteList:
        items = []
        for note in notes:
            extra = []  # groups are left out of the appendix: notes are not attributed, like in GR's report
            if self.multi:
                extra.append(note.workshop_title)
            if note.author:
                extra.append(note.author)
            items.append(NoteItem(note.text, self.lang(note.language), " · ".join(extra)))
        return NoteList(tuple(items))
