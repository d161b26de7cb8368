"""Propose themes for a workshop's cells, keeping every theme the facilitator made or edited."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workshop_app.domain.ids import new_id
from workshop_app.domain.model import FACILITATOR, Theme, ThemeDraft, ThemeSnapshot
from workshop_app.storage.project import Project

Cell = tuple[str, str]


@dataclass(frozen=True)
class Proposal:
    """What a suggestion will do, computed before anything is written (so undo/redo can replay it)."""

    workshop_id: str
    drafts: dict[Cell, list[ThemeDraft]]
    notes: int


@dataclass(frozen=True)
class SuggestResult:
    created: list[Theme]
    snapshot: ThemeSnapshot
    notes: int


def plan_proposal(
    project: Project,
    workshop_id: str,
    *,
    cells: Iterable[Cell] | None = None,
    granularity: float = 0.5,
) -> Proposal:
    """Cluster the notes of ``cells`` (all cells when None) that are not in a facilitator's theme."""
    from workshop_app.clustering import propose_for_cells
    from workshop_app.theming.lexicon import workshop_lexicon

    content = project.workshops.content(workshop_id)
    if cells is None:
        cells = [(a.id, c.id) for a in content.focus_areas for c in content.categories]
    own = {t.id for t in content.themes if t.origin == FACILITATOR}
    inputs = {cell: [(n.id, n.text) for n in content.notes_in(*cell) if n.theme_id not in own] for cell in cells}
    # A title never repeats its focus area's name or a title the area keeps (in any kind of note).
    replaced = set(inputs)
    taken: dict[str, set[str]] = {area.id: {area.name} for area in content.focus_areas}
    for theme in content.themes:
        if theme.origin == FACILITATOR or (theme.focus_area_id, theme.category_id) not in replaced:
            taken.setdefault(theme.focus_area_id, set()).add(theme.title)
    proposals = propose_for_cells(
        inputs,
        granularity=granularity,
        lexicon=workshop_lexicon(),
        area_of={cell: cell[0] for cell in inputs},
        taken=taken,
    )
    drafts = {
        cell: [
            ThemeDraft(p.title, tuple(p.note_ids), tuple(p.keywords), theme_id=new_id())
            for p in proposals.get(cell, [])
        ]
        for cell in inputs
    }
    return Proposal(workshop_id, drafts, sum(len(v) for v in inputs.values()))


def apply_proposal(project: Project, proposal: Proposal) -> SuggestResult:
    """Replace the automatic themes of the proposal's cells; one transaction."""
    with project.transaction():
        snapshot = project.themes.snapshot(proposal.workshop_id, proposal.drafts)
        created = project.themes.replace_proposals(proposal.workshop_id, proposal.drafts)
    return SuggestResult(created, snapshot, proposal.notes)


def undo_proposal(project: Project, result: SuggestResult, workshop_id: str) -> None:
    project.themes.restore_snapshot(workshop_id, result.snapshot, [t.id for t in result.created])


def suggest_themes(
    project: Project,
    workshop_id: str,
    *,
    cells: Iterable[Cell] | None = None,
    granularity: float = 0.5,
) -> SuggestResult:
    """Plan and apply a proposal in one go (the command line's ``cluster``)."""
    return apply_proposal(project, plan_proposal(project, workshop_id, cells=cells, granularity=granularity))
