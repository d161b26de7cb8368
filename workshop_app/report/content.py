"""The report's content, collected from the project into plain values (no reportlab, no Qt).

Several workshops are combined: focus areas match by name and categories by their key
(possibility, obstacle, support; by name when a key is unknown), both case-insensitively, and
themes within the same area and category match by title, so that a theme raised in three
municipalities is reported once, "from 3 of 4 workshops".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from workshop_app.domain.errors import NotFoundError
from workshop_app.domain.model import CATEGORY_KEYS, WorkshopContent
from workshop_app.report.errors import ReportError
from workshop_app.report.settings import ReportSettings, load
from workshop_app.report.texts import Texts, texts_for

MAX_QUOTES = 3
"""Notes quoted under a theme in the results when the appendix (which lists all notes) is
included; without the appendix every note of the theme is printed under it."""
MAX_LOOSE_IN_RESULTS = 5
"""Notes without a theme shown in the results per category when the appendix holds the rest;
without the appendix all of them are shown."""
TOP_THEMES = 3
"""Largest themes per category named in the summary."""


@dataclass(frozen=True)
class NoteLine:
    id: str
    text: str
    workshop_id: str
    workshop_title: str
    group: str = ""
    author: str = ""
    language: str = ""
    """The language of the workshop the note was written in ("sv")."""


def distinct(notes: list[NoteLine]) -> list[NoteLine]:
    """Notes with different texts (ignoring case and spacing), in their order."""
    seen: set[str] = set()
    result = []
    for note in notes:
        key = " ".join(note.text.split()).casefold()
        if key not in seen:
            seen.add(key)
            result.append(note)
    return result


@dataclass
class ThemeBlock:
    title: str
    area: str
    summaries: list[str] = field(default_factory=list)
    notes: list[NoteLine] = field(default_factory=list)
    workshop_ids: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    automatic: bool = True
    order: tuple[int, int] = (0, 0)
    language: str = ""
    """The language of the (first) workshop the title and summaries come from."""

    @property
    def note_count(self) -> int:
        return len(self.notes)

    @property
    def workshop_count(self) -> int:
        return len({n.workshop_id for n in self.notes} | set(self.workshop_ids))

    @property
    def groups(self) -> list[str]:
        return sorted({n.group for n in self.notes if n.group}, key=str.casefold)

    def quotes(self, limit: int = MAX_QUOTES) -> list[NoteLine]:
        """Up to ``limit`` notes with different texts, taking turns between workshops."""
        by_workshop: dict[str, list[NoteLine]] = {}
        for note in self.notes:
            by_workshop.setdefault(note.workshop_id, []).append(note)
        queues = list(by_workshop.values())
        chosen: list[NoteLine] = []
        seen: set[str] = set()
        while len(chosen) < limit and any(queues):
            for queue in queues:
                while queue:
                    note = queue.pop(0)
                    key = " ".join(note.text.split()).casefold()
                    if key not in seen:
                        seen.add(key)
                        chosen.append(note)
                        break
                if len(chosen) >= limit:
                    break
        return chosen

    def shown(self, appendix: bool) -> tuple[list[NoteLine], int]:
        """The notes printed under the theme in the results, and how many are left to the appendix.

        With the appendix: up to :data:`MAX_QUOTES` quotes (see :meth:`quotes`) and the number of
        the theme's other notes. Without it nothing may be left out: the quotes first, then every
        other note of the theme in its order (a text written twice is printed twice), and 0.
        """
        chosen = self.quotes()
        if appendix:
            return chosen, self.note_count - len(chosen)
        picked = {id(n) for n in chosen}
        return chosen + [n for n in self.notes if id(n) not in picked], 0


@dataclass
class CategoryBlock:
    key: str
    name: str
    heading: str
    question: str = ""
    themes: list[ThemeBlock] = field(default_factory=list)
    loose: list[NoteLine] = field(default_factory=list)

    @property
    def note_count(self) -> int:
        return sum(t.note_count for t in self.themes) + len(self.loose)

    def loose_shown(self, appendix: bool) -> tuple[list[NoteLine], int]:
        """The notes without a theme printed in the results and how many are left to the appendix:
        up to :data:`MAX_LOOSE_IN_RESULTS` different texts with the appendix, all without it."""
        if not appendix:
            return list(self.loose), 0
        shown = distinct(self.loose)[:MAX_LOOSE_IN_RESULTS]
        return shown, len(self.loose) - len(shown)


@dataclass
class AreaBlock:
    name: str
    description: str = ""
    colour: str = "#9e9e9e"
    categories: list[CategoryBlock] = field(default_factory=list)
    conclusions: list[tuple[str, str, str]] = field(default_factory=list)
    """(workshop label, text, language); the label is empty when only one workshop wrote one."""
    language: str = ""
    """The language of the (first) workshop the name and description come from."""

    @property
    def note_count(self) -> int:
        return sum(c.note_count for c in self.categories)

    def category(self, key: str) -> CategoryBlock | None:
        return next((c for c in self.categories if c.key == key), None)


@dataclass(frozen=True)
class WorkshopFacts:
    id: str
    title: str
    date: str
    place: str
    organisations: tuple[str, ...]
    participants: int | None
    facilitator: str
    purpose: str
    language: str = ""


@dataclass(frozen=True)
class CategoryInfo:
    key: str
    name: str
    heading: str
    question: str
    question_language: str = ""
    """The language of :attr:`question`: the report's for a built-in question, else the workshop's."""


@dataclass
class ReportModel:
    """Everything the PDF and HTML writers print, in print order."""

    settings: ReportSettings
    texts: Texts
    title: str
    subtitle: str
    organisation: str
    date: str
    workshops: list[WorkshopFacts]
    categories: list[CategoryInfo]
    areas: list[AreaBlock]
    purpose: str
    include_names: bool
    modified: str = ""
    """When the reported data last changed, as UTC ISO 8601 (see :func:`last_change`); "" if unknown."""
    purposes: list[tuple[str, str, str]] = field(default_factory=list)
    """The purpose section as (label, text, language) (see :func:`report_purposes`)."""

    @property
    def appendix(self) -> bool:
        """Whether the report lists every note in the appendix."""
        return self.settings.has("appendix")

    @property
    def language(self) -> str:
        return self.texts.language

    @property
    def note_count(self) -> int:
        return sum(a.note_count for a in self.areas)

    @property
    def areas_with_notes(self) -> int:
        return sum(1 for a in self.areas if a.note_count)

    @property
    def themes(self) -> list[ThemeBlock]:
        return [t for a in self.areas for c in a.categories for t in c.themes]

    @property
    def participants(self) -> int | None:
        """The participants of the workshops whose number is known (None when none is)."""
        known = [w.participants for w in self.workshops if w.participants is not None]
        return sum(known) if known else None

    def participants_total(self) -> str:
        """The total for the facts table: ``"42"``, or ``"minst 42 (uppgift saknas för Mölndal)"``
        when some workshops have no number; "" when none has one."""
        total = self.participants
        if total is None:
            return ""
        missing = [w.title for w in self.workshops if w.participants is None]
        if not missing:
            return str(total)
        return self.texts("participants_at_least", n=total, missing=self.texts.join(missing))

    def grouping_text(self) -> str:
        """How the notes were grouped, for the method chapter: the number of themes as the results
        show them (a title raised in several workshops is one theme), how many are unchanged
        proposals of the app, and what each theme is reported with."""
        t = self.texts
        themes = self.themes
        if not themes:
            return t("no_grouping") if self.note_count else ""
        auto = sum(1 for th in themes if th.automatic)
        auto_part = t(f"grouping_auto.{'one' if auto == 1 else 'many'}", n=auto) if auto else ""
        summarised = sum(1 for th in themes if th.summaries)
        reported = ("themes_reported_all" if summarised == len(themes)
                    else "themes_reported_some" if summarised else "themes_reported_none")
        return t("grouping_sentence", themes=t.count("theme", len(themes)), auto_part=auto_part) + " " + t(reported)

    @property
    def organisations(self) -> list[str]:
        seen: dict[str, str] = {}
        for workshop in self.workshops:
            for name in workshop.organisations:
                seen.setdefault(name.casefold(), name)
        return list(seen.values())

    def counts(self) -> list[tuple[str, list[int], int]]:
        """Per area: its name, the note count per category (in :attr:`categories` order), total."""
        rows = []
        for area in self.areas:
            values = []
            for info in self.categories:
                block = area.category(info.key)
                values.append(block.note_count if block else 0)
            rows.append((area.name, values, sum(values)))
        return rows

    def category_totals(self) -> list[int]:
        rows = self.counts()
        return [sum(r[1][i] for r in rows) for i in range(len(self.categories))]

    def top_themes(self, limit: int = TOP_THEMES) -> list[tuple[CategoryInfo, list[ThemeBlock]]]:
        """The largest themes of each category across all focus areas (for the summary)."""
        result = []
        for info in self.categories:
            themes = [
                t for a in self.areas for c in a.categories if c.key == info.key for t in c.themes
            ]
            themes.sort(key=lambda t: (-t.note_count, -t.workshop_count, t.order, t.title.casefold()))
            if themes:
                result.append((info, themes[:limit]))
        return result

    def dates(self) -> list[str]:
        return sorted({w.date for w in self.workshops if w.date})


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
    settings = settings if settings is not None else load(project)
    language = language or settings.language or contents[0].workshop.language or "sv"
    texts = texts_for(language)
    include_names = settings.include_names

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
                    key, category.name, texts.category(category.key, category.name), question,
                    question_language,
                )

    areas: dict[str, AreaBlock] = {}
    themes: dict[tuple[str, str, str], ThemeBlock] = {}
    multi = len(contents) > 1
    for index, content in enumerate(contents):
        workshop = content.workshop
        area_key_of: dict[str, str] = {}
        for area in sorted(content.focus_areas, key=lambda a: a.position):
            key = area.name.strip().casefold()
            area_key_of[area.id] = key
            block = areas.get(key)
            if block is None:
                block = areas[key] = AreaBlock(area.name, area.description, area.colour,
                                               language=workshop.language)
                block.categories = [CategoryBlock(i.key, i.name, i.heading, i.question) for i in categories.values()]
            elif not block.description and area.description:
                block.description = area.description
        category_key_of = {c.id: _category_key(c.key, c.name) for c in content.categories}
        theme_of: dict[str, ThemeBlock] = {}
        for theme in content.themes:
            area_key = area_key_of.get(theme.focus_area_id)
            cat_key = category_key_of.get(theme.category_id)
            if area_key is None or cat_key is None:
                continue
            group_key = (area_key, cat_key, theme.title.strip().casefold())
            block = themes.get(group_key)
            if block is None:
                block = themes[group_key] = ThemeBlock(
                    theme.title.strip(), areas[area_key].name, order=(index, theme.position),
                    language=workshop.language,
                )
                areas[area_key].category(cat_key).themes.append(block)
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
                note.author.strip() if include_names else "",
                workshop.language,
            )
            block = theme_of.get(note.theme_id) if note.theme_id else None
            if block is not None:
                block.notes.append(line)
            else:
                areas[area_key].category(cat_key).loose.append(line)
        for area_id, text in content.conclusions.items():
            if area_id in area_key_of and text.strip():
                label = workshop.title if multi else ""
                areas[area_key_of[area_id]].conclusions.append((label, text.strip(), workshop.language))

    for area in areas.values():
        for category in area.categories:
            category.themes = [t for t in category.themes if t.notes or t.summaries]
            category.themes.sort(key=lambda t: (-t.note_count, -t.workshop_count, t.order))
        if len(area.conclusions) == 1:
            area.conclusions = [("",) + area.conclusions[0][1:]]

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
    # A few organisations fit the title page and the PDF's author; a long list belongs in the text.
    organisation = settings.organisation or (texts.join(organisations) if len(organisations) <= 4 else "")
    purposes = report_purposes(settings, facts, texts.language)
    purpose = "\n\n".join(text for _, text, _ in purposes)
    return ReportModel(
        settings=settings,
        texts=texts,
        title=title,
        subtitle=settings.subtitle,
        organisation=organisation,
        date=date,
        workshops=facts,
        categories=list(categories.values()),
        areas=list(areas.values()),
        purpose=purpose,
        include_names=include_names,
        modified=last_change(contents),
        purposes=purposes,
    )


def report_purposes(settings: ReportSettings, facts: Sequence[WorkshopFacts], language: str) -> list[tuple[str, str, str]]:
    """The purpose section as (label, text, language) paragraphs.

    The facilitator's own purpose for the report (report settings) when there is one; else the
    purpose of the one workshop reported, or the one purpose every workshop shares; else the
    purpose of each workshop that has one, labelled with the workshop's title, so that the
    purpose of one workshop never reads as that of the whole report. [] leaves the section out.
    """
    if settings.purpose.strip():
        return [("", settings.purpose.strip(), language)]
    given = [(f.title, f.purpose.strip(), f.language) for f in facts if f.purpose.strip()]
    if not given:
        return []
    if len(facts) == 1 or (len(given) == len(facts) and len({p.casefold() for _, p, _ in given}) == 1):
        return [("",) + given[0][1:]]
    return given
