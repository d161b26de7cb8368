"""Place notes into existing themes: new notes after a round, and themes carried between workshops.

"Learning from the facilitator" means the themes are described by the notes the facilitator put
in them (and their titles), so a new note is compared with this workshop's own grouping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workshop_app.domain.model import FACILITATOR, Note, ThemeDraft, WorkshopContent
from workshop_app.storage.project import Project


def _theme_texts(content: WorkshopContent, area_id: str, category_id: str) -> list[tuple[str, list[str]]]:
    members: dict[str, list[str]] = {}
    for note in content.notes:
        if note.theme_id:
            members.setdefault(note.theme_id, []).append(note.text)
    return [(theme.id, [theme.title, *members.get(theme.id, [])]) for theme in content.themes_in(area_id, category_id)]


def cell_sorter(content: WorkshopContent, area_id: str, category_id: str, lexicon=None):
    """A :class:`~workshop_app.clustering.placement.CellSorter` for one cell of a workshop: its themes
    with their titles, summaries and notes; its loose notes weigh the words."""
    from workshop_app.clustering.placement import CellSorter, ThemeText
    from workshop_app.theming.lexicon import workshop_lexicon

    members: dict[str, list[str]] = {}
    loose: list[str] = []
    for note in content.notes_in(area_id, category_id):
        if note.theme_id:
            members.setdefault(note.theme_id, []).append(note.text)
        else:
            loose.append(note.text)
    themes = [
        ThemeText(theme.id, theme.title, theme.summary or "", members.get(theme.id, []))
        for theme in content.themes_in(area_id, category_id)
    ]
    return CellSorter(themes, loose, lexicon or workshop_lexicon())


def place_notes(project: Project, workshop_id: str, notes: Sequence[Note] | None = None) -> dict[str, str]:
    """Suggest a theme for each loose note (all loose notes when ``notes`` is None).

    Returns note id -> theme id for the notes that clearly fit one theme of their cell; the rest stay
    loose (also a note that fits two themes about equally). Nothing is written: the caller applies
    the suggestions (the GUI as one undoable action, :func:`place_loose_notes` as one transaction).
    """
    content = project.workshops.content(workshop_id)
    if notes is None:
        notes = [n for n in content.notes if n.theme_id is None]
    by_cell: dict[tuple[str, str], list[Note]] = {}
    for note in notes:
        by_cell.setdefault((note.focus_area_id, note.category_id), []).append(note)
    placements: dict[str, str] = {}
    for cell, cell_notes in by_cell.items():
        if not content.themes_in(*cell):
            continue
        sorter = cell_sorter(content, *cell)
        placements.update(sorter.sort_in([(n.id, n.text) for n in cell_notes]))
    return placements


@dataclass(frozen=True)
class PlaceResult:
    """What :func:`place_loose_notes` did: note id -> theme id, and how many notes stayed loose."""

    placements: dict[str, str]
    left: int


def place_loose_notes(project: Project, workshop_id: str) -> PlaceResult:
    """Sort every loose note into the theme of its cell it clearly fits, as one transaction
    (the command line's ``place``; the GUI's "Sort in new notes" does the same as one undo step)."""
    placements = place_notes(project, workshop_id)
    with project.transaction():
        by_theme: dict[str, list[str]] = {}
        for note_id, theme_id in placements.items():
            by_theme.setdefault(theme_id, []).append(note_id)
        for theme_id, note_ids in by_theme.items():
            project.notes.set_theme(note_ids, theme_id)
    content = project.workshops.content(workshop_id)
    return PlaceResult(placements, sum(1 for n in content.notes if n.theme_id is None))


@dataclass(frozen=True)
class StartingThemes:
    """Themes of one workshop offered to another: what to create, cell by cell."""

    drafts: dict[tuple[str, str], list[ThemeDraft]]

    @property
    def count(self) -> int:
        return sum(len(d) for d in self.drafts.values())


def plan_starting_themes(project: Project, source_id: str, target_id: str) -> StartingThemes:
    """Offer the themes of ``source_id`` to ``target_id`` (the GR case: many municipalities).

    Cells are matched by focus area and category name. Each offered theme takes the target's loose
    notes that fit it best; themes the target already has (same title in the same cell) are skipped.
    """
    from workshop_app.clustering import suggest_theme
    from workshop_app.domain.ids import new_id
    from workshop_app.theming.lexicon import workshop_lexicon

    source = project.workshops.content(source_id)
    target = project.workshops.content(target_id)
    lexicon = workshop_lexicon()
    target_areas = {a.name.casefold(): a for a in target.focus_areas}
    target_categories = {c.key: c for c in target.categories}
    drafts: dict[tuple[str, str], list[ThemeDraft]] = {}
    for area in source.focus_areas:
        for category in source.categories:
            offered = _theme_texts(source, area.id, category.id)
            t_area = target_areas.get(area.name.casefold())
            t_category = target_categories.get(category.key)
            if not offered or t_area is None or t_category is None:
                continue
            existing = {t.title.casefold() for t in target.themes_in(t_area.id, t_category.id)}
            offered = [(tid, texts) for tid, texts in offered if texts[0].casefold() not in existing]
            if not offered:
                continue
            members: dict[str, list[str]] = {tid: [] for tid, _ in offered}
            for note in target.notes_in(t_area.id, t_category.id):
                if note.theme_id is None:
                    chosen = suggest_theme(note.text, offered, lexicon=lexicon)
                    if chosen:
                        members[chosen].append(note.id)
            titles = {tid: texts[0] for tid, texts in offered}
            drafts[(t_area.id, t_category.id)] = [
                ThemeDraft(titles[tid], tuple(members[tid]), theme_id=new_id()) for tid, _ in offered
            ]
    return StartingThemes(drafts)


def apply_starting_themes(project: Project, target_id: str, plan: StartingThemes) -> list[str]:
    """Create the offered themes as the facilitator's own; returns their ids (for undo)."""
    created: list[str] = []
    with project.transaction():
        for (area_id, category_id), drafts in plan.drafts.items():
            for draft in drafts:
                theme = project.themes.create(
                    target_id,
                    area_id,
                    category_id,
                    draft.title,
                    note_ids=draft.note_ids,
                    origin=FACILITATOR,
                    theme_id=draft.theme_id,
                )
                created.append(theme.id)
    return created
