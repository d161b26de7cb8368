"""Reading the chosen workshops into the report's content (:class:`~.content.ReportModel`).

Several workshops are combined: focus areas match by name and categories by their key
(possibility, obstacle, support; by name when a key is unknown), both case-insensitively, and
themes within the same area and category match by title, so that a theme raised in three
municipalities is reported once, "from 3 of 4 workshops".
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop_app.domain.errors import NotFoundError
from workshop_app.domain.model import CATEGORY_KEYS, WorkshopContent
from workshop_app.report.content import (
    AreaBlock,
    CategoryBlock,
    CategoryInfo,
    LabelledText,
    NoteLine,
    PriorityArea,
    PriorityLine,
    ReportModel,
    ThemeBlock,
    VotingFacts,
    WorkshopFacts,
)
from workshop_app.report.errors import ReportError
from workshop_app.report.settings import ReportSettings, load
from workshop_app.report.texts import Texts, texts_for


def last_change(contents: Sequence[WorkshopContent]) -> str:
    """The report's date: the latest ``created_at``/``updated_at`` of the chosen workshops and of
    the notes and themes they hold, as UTC ``YYYY-MM-DDTHH:MM:SSZ``.

    It is the moment the reported data last changed, so the same data always gives the same
    date (and the same PDF bytes), and an edit to a note, a theme or a workshop's facts gives
    a later one. Edits that leave no timestamp (the report settings, a conclusion) do not move
    it. When no timestamp can be read, the latest workshop date (at midnight UTC) is used, and
    "" when there is none of those either.
    """
    from datetime import datetime, timezone

    def parse(value: str) -> datetime | None:
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except (ValueError, AttributeError):
            return None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed.astimezone(timezone.utc)

    latest: datetime | None = None
    for content in contents:
        stamps = [content.workshop.created_at, content.workshop.updated_at]
        stamps += [s for n in content.notes for s in (n.created_at, n.updated_at)]
        stamps += [s for t in content.themes for s in (t.created_at, t.updated_at)]
        for stamp in stamps:
            parsed = parse(stamp) if stamp else None
            if parsed is not None and (latest is None or parsed > latest):
                latest = parsed
    if latest is None:
        days = [d for d in (parse(c.workshop.date) for c in contents if c.workshop.date) if d is not None]
        latest = max(days, default=None)
    return latest.strftime("%Y-%m-%dT%H:%M:%SZ") if latest is not None else ""


def _category_key(key: str, name: str) -> str:
    return key if key in CATEGORY_KEYS else f"name:{name.strip().casefold()}"


def collect(
    project,
    workshop_ids: Sequence[str],
    *,
    language: str | None = None,
    settings: ReportSettings | None = None,
) -> ReportModel:
    """Read the chosen workshops and build the report's content.

    Args:
        workshop_ids: the workshops to cover, in the order they should be presented.
        language: "sv" or "en"; None follows the settings, then the first workshop.
        settings: the report metadata; None reads it from the project.

    Raises:
        ReportError: no workshop was chosen or one of them does not exist.
    """
    contents, questions = _read(project, workshop_ids)
    settings = settings if settings is not None else load(project)
    language = language or settings.language or contents[0].workshop.language or "sv"
    texts = texts_for(language)
    include_names = settings.include_names
    categories = _categories(contents, questions, texts)
    areas = _Merger(categories, include_names, multi=len(contents) > 1).merge(contents)
    facts = [
        WorkshopFacts(
            c.workshop.id,
            c.workshop.title,
            c.workshop.date,
            c.workshop.place,
            c.workshop.organisations,
            c.workshop.participants,
            c.workshop.facilitator if include_names else "",
            c.workshop.purpose,
            c.workshop.language,
        )
        for c in contents
    ]
    title = settings.title or (facts[0].title if len(facts) == 1 else texts("default_title"))
    # The title page claims a date (span) for the whole report only when every workshop has a
    # date; otherwise the dates stand per workshop in the method chapter.
    date = settings.date or (texts.date_span([f.date for f in facts]) if all(f.date for f in facts) else "")
    organisations = list(dict.fromkeys(o for f in facts for o in f.organisations))
    purposes = report_purposes(settings, facts, texts.language)
    priorities, voting = collect_votes(project, contents)
    return ReportModel(
        settings=settings,
        texts=texts,
        title=title,
        subtitle=settings.subtitle,
        organisation=settings.organisation or publisher(organisations, texts),
        date=date,
        workshops=facts,
        categories=list(categories.values()),
        areas=areas,
        purpose="\n\n".join(p.text for p in purposes),
        include_names=include_names,
        modified=last_change(contents),
        purposes=purposes,
        authors=settings.organisation or texts.join(organisations),
        priorities=priorities,
        voting=voting,
    )


def collect_votes(project, contents: Sequence[WorkshopContent]) -> tuple[list[PriorityArea], list[VotingFacts]]:
    """The themes with votes per focus area (matched by name, themes by title, votes summed),
    most voted first, and how each workshop voted. Themes without votes are left out."""
    areas: dict[str, PriorityArea] = {}
    lines: dict[tuple[str, str], PriorityLine] = {}
    facts: list[VotingFacts] = []
    for index, content in enumerate(contents):
        round_ = project.votes.current(content.workshop.id)
        if round_ is None:
            continue
        area_names = {a.id: a.name for a in content.focus_areas}
        facts.append(
            VotingFacts(
                content.workshop.title,
                round_.dots_per_person,
                round_.max_per_theme,
                project.votes.voters(round_),
                area_names.get(round_.focus_area_id or "", ""),
            )
        )
        totals = project.votes.totals(round_.id)
        for theme in sorted(content.themes, key=lambda t: t.position):
            votes = totals.get(theme.id, 0)
            name = area_names.get(theme.focus_area_id)
            if not votes or name is None:
                continue
            area = areas.setdefault(name.strip().casefold(), PriorityArea(name, language=content.workshop.language))
            key = (name.strip().casefold(), theme.title.strip().casefold())
            line = lines.get(key)
            if line is None:
                line = lines[key] = PriorityLine(
                    theme.title.strip(), 0, (index, theme.position), content.workshop.language
                )
                area.themes.append(line)
            line.votes += votes
    order = {
        a.name.strip().casefold(): i
        for c in contents
        for i, a in enumerate(sorted(c.focus_areas, key=lambda a: a.position))
    }
    result = sorted(areas.values(), key=lambda a: order.get(a.name.strip().casefold(), 0))
    for area in result:
        area.themes.sort(key=lambda t: (-t.votes, t.order))
    return result, facts


PUBLISHERS_NAMED = 3
"""Organisations named on the title page and in the footer when there are more than four."""


def publisher(organisations: list[str], texts: Texts) -> str:
    """Who publishes the report, short enough for the title page and the footer: up to four
    organisations by name ("Ale, Lerum och Kungälv"); more as the first three and a count
    ("Ale, Lerum, Kungälv och 2 organisationer till")."""
    if len(organisations) <= PUBLISHERS_NAMED + 1:
        return texts.join(organisations)
    rest = len(organisations) - PUBLISHERS_NAMED
    return texts.join(organisations[:PUBLISHERS_NAMED] + [texts.count("more_organisations", rest)])


def _read(project, workshop_ids: Sequence[str]) -> tuple[list[WorkshopContent], dict[str, tuple[str, str]]]:
    """The chosen workshops' contents, and the question asked per category key (with its language)."""
    ids = list(dict.fromkeys(workshop_ids))
    if not ids:
        raise ReportError("Choose at least one workshop for the report.")
    contents: list[WorkshopContent] = []
    questions: dict[str, tuple[str, str]] = {}
    for workshop_id in ids:
        try:
            content = project.workshops.content(workshop_id)
        except NotFoundError as exc:
            raise ReportError("One of the chosen workshops does not exist any more.") from exc
        contents.append(content)
        asked = project.workshops.category_questions(workshop_id)
        for category in content.categories:
            key = _category_key(category.key, category.name)
            if asked.get(category.id) and asked[category.id].strip() and key not in questions:
                questions[key] = (asked[category.id].strip(), content.workshop.language)
    return contents, questions


def _categories(
    contents: Sequence[WorkshopContent], questions: dict[str, tuple[str, str]], texts: Texts
) -> dict[str, CategoryInfo]:
    """The report's categories by key, in the first workshop's order."""
    categories: dict[str, CategoryInfo] = {}
    for content in contents:
        for category in sorted(content.categories, key=lambda c: c.position):
            key = _category_key(category.key, category.name)
            if key not in categories:
                question, question_language = questions.get(key, ("", ""))
                builtin = texts.question(category.key, question)
                if builtin is not None:  # "Vilka möjligheter ser ni?" in the report's language
                    question, question_language = builtin, texts.language
                categories[key] = CategoryInfo(
                    key,
                    category.name,
                    texts.category(category.key, category.name),
                    question,
                    question_language,
                )
    return categories


class _Merger:
    """Merges the workshops' focus areas, themes, notes and conclusions into one list of areas."""

    def __init__(self, categories: dict[str, CategoryInfo], include_names: bool, multi: bool):
        self.categories = categories
        self.include_names = include_names
        self.multi = multi
        self.areas: dict[str, AreaBlock] = {}
        self.themes: dict[tuple[str, str, str], ThemeBlock] = {}

    def merge(self, contents: Sequence[WorkshopContent]) -> list[AreaBlock]:
        for index, content in enumerate(contents):
            self._workshop(index, content)
        for area in self.areas.values():
            for category in area.categories:
                category.themes = [t for t in category.themes if t.notes or t.summaries]
                category.themes.sort(key=lambda t: (-t.note_count, -t.workshop_count, t.order))
            if len(area.conclusions) == 1:
                area.conclusions = [area.conclusions[0]._replace(label="")]
        return list(self.areas.values())

    def _workshop(self, index: int, content: WorkshopContent) -> None:
        workshop = content.workshop
        area_key_of = {
            area.id: self._area(area, workshop.language)
            for area in sorted(content.focus_areas, key=lambda a: a.position)
        }
        category_key_of = {c.id: _category_key(c.key, c.name) for c in content.categories}
        theme_of: dict[str, ThemeBlock] = {}
        for theme in content.themes:
            area_key = area_key_of.get(theme.focus_area_id)
            cat_key = category_key_of.get(theme.category_id)
            if area_key is None or cat_key is None:
                continue
            group_key = (area_key, cat_key, theme.title.strip().casefold())
            block = self.themes.get(group_key)
            if block is None:
                block = self.themes[group_key] = ThemeBlock(
                    theme.title.strip(),
                    self.areas[area_key].name,
                    order=(index, theme.position),
                    language=workshop.language,
                )
                self.areas[area_key].category(cat_key).themes.append(block)
            if theme.summary.strip() and theme.summary.strip() not in block.summaries:
                block.summaries.append(theme.summary.strip())
            block.keywords.extend(k for k in theme.keywords if k not in block.keywords)
            block.automatic = block.automatic and theme.origin == "auto"
            theme_of[theme.id] = block
        for note in content.notes:
            area_key = area_key_of.get(note.focus_area_id)
            cat_key = category_key_of.get(note.category_id)
            if area_key is None or cat_key is None:
                continue
            line = NoteLine(
                note.id,
                note.text,
                workshop.id,
                workshop.title,
                note.group_name.strip(),
                note.author.strip() if self.include_names else "",
                workshop.language,
            )
            block = theme_of.get(note.theme_id) if note.theme_id else None
            if block is not None:
                block.notes.append(line)
            else:
                self.areas[area_key].category(cat_key).loose.append(line)
        for area_id, text in content.conclusions.items():
            if area_id in area_key_of and text.strip():
                label = workshop.title if self.multi else ""
                self.areas[area_key_of[area_id]].conclusions.append(
                    LabelledText(label, text.strip(), workshop.language)
                )

    def _area(self, area, language: str) -> str:
        key = area.name.strip().casefold()
        block = self.areas.get(key)
        if block is None:
            block = self.areas[key] = AreaBlock(area.name, area.description, area.colour, language=language)
            block.categories = [CategoryBlock(i.key, i.name, i.heading, i.question) for i in self.categories.values()]
        elif not block.description and area.description:
            block.description = area.description
        return key


def report_purposes(settings: ReportSettings, facts: Sequence[WorkshopFacts], language: str) -> list[LabelledText]:
    """The purpose section's paragraphs.

    The facilitator's own purpose for the report (report settings) when there is one; else the
    purpose of the one workshop reported, or the one purpose every workshop shares; else the
    purpose of each workshop that has one, labelled with the workshop's title, so that the
    purpose of one workshop never reads as that of the whole report. [] leaves the section out.
    """
    if settings.purpose.strip():
        return [LabelledText("", settings.purpose.strip(), language)]
    given = [LabelledText(f.title, f.purpose.strip(), f.language) for f in facts if f.purpose.strip()]
    if not given:
        return []
    if len(facts) == 1 or (len(given) == len(facts) and len({p.text.casefold() for p in given}) == 1):
        return [given[0]._replace(label="")]
    return given
