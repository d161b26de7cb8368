"""The report's content as plain values (no reportlab, no Qt); :mod:`.collect` reads it from
the project, :mod:`.outline` turns it into the report's blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from workshop_app.report.settings import ReportSettings
from workshop_app.report.texts import Texts

MAX_QUOTES = 3
"""Notes quoted under a theme in the results when the appendix (which lists all notes) is
included; without the appendix every note of the theme is printed under it."""
MAX_LOOSE_IN_RESULTS = 5
"""Notes without a theme shown in the results per category when the appendix holds the rest;
without the appendix all of them are shown."""
TOP_THEMES = 3
"""Largest themes per category named in the summary."""


class LabelledText(NamedTuple):
    """A text of one workshop (a conclusion, a purpose) with the label that says whose it is."""

    label: str
    """The workshop's title; "" when the text is the only one (it speaks for the whole report)."""
    text: str
    language: str
    """The language it was written in."""


class CountRow(NamedTuple):
    """One focus area's row in the overview: its note count per category, and the total."""

    name: str
    values: list[int]
    total: int
    language: str = ""


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
    conclusions: list[LabelledText] = field(default_factory=list)
    """The label is empty when only one workshop wrote one."""
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
class PriorityLine:
    """A theme with votes in the priorities: summed over workshops when several raised it."""

    title: str
    votes: int
    order: tuple[int, int] = (0, 0)
    language: str = ""


@dataclass
class PriorityArea:
    """A focus area's themes with votes, the most voted first (themes without votes left out)."""

    name: str
    themes: list[PriorityLine] = field(default_factory=list)
    language: str = ""


@dataclass(frozen=True)
class VotingFacts:
    """How one workshop's dot vote was done."""

    workshop_title: str
    dots_per_person: int
    max_per_theme: int
    voters: int
    area: str = ""
    """The focus area whose themes were voted on ("" for the whole board)."""


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
    purposes: list[LabelledText] = field(default_factory=list)
    """The purpose section (see :func:`report_purposes`)."""
    authors: str = ""
    """Every organisation behind the report (the document's author property)."""
    priorities: list[PriorityArea] = field(default_factory=list)
    """The voted themes per focus area (the *Prioriteringar* section); [] without votes."""
    voting: list[VotingFacts] = field(default_factory=list)
    """How each workshop that held a dot vote did it."""

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
        reported = (
            "themes_reported_all"
            if summarised == len(themes)
            else "themes_reported_some"
            if summarised
            else "themes_reported_none"
        )
        return t("grouping_sentence", themes=t.count("theme", len(themes)), auto_part=auto_part) + " " + t(reported)

    @property
    def organisations(self) -> list[str]:
        seen: dict[str, str] = {}
        for workshop in self.workshops:
            for name in workshop.organisations:
                seen.setdefault(name.casefold(), name)
        return list(seen.values())

    def counts(self) -> list[CountRow]:
        """Per area: its name, the note count per category (in :attr:`categories` order), total."""
        rows = []
        for area in self.areas:
            values = []
            for info in self.categories:
                block = area.category(info.key)
                values.append(block.note_count if block else 0)
            rows.append(CountRow(area.name, values, sum(values), area.language))
        return rows

    def category_totals(self) -> list[int]:
        rows = self.counts()
        return [sum(r.values[i] for r in rows) for i in range(len(self.categories))]

    def top_themes(self, limit: int = TOP_THEMES) -> list[tuple[CategoryInfo, list[ThemeBlock]]]:
        """The largest themes of each category across all focus areas (for the summary)."""
        result = []
        for info in self.categories:
            themes = [t for a in self.areas for c in a.categories if c.key == info.key for t in c.themes]
            themes.sort(key=lambda t: (-t.note_count, -t.workshop_count, t.order, t.title.casefold()))
            if themes:
                result.append((info, themes[:limit]))
        return result

    def dates(self) -> list[str]:
        return sorted({w.date for w in self.workshops if w.date})
