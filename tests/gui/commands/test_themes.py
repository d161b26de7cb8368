"""Each theme command on a real project file: redo() makes the change, undo() puts back exactly
what was there, and a second redo() makes the same change again (the same theme ids)."""

from __future__ import annotations

import pytest

from tests.gui.commands.undo_check import check_undo_redo
from workshop_app.domain.ids import new_id
from workshop_app.domain.model import AUTO, FACILITATOR, ThemeDraft
from workshop_app.gui.commands.themes import (
    DissolveTheme,
    GroupNotes,
    MergeThemes,
    PlaceNotes,
    ReorderThemes,
    SetNotesTheme,
    SuggestThemes,
    UpdateTheme,
    UseStartingThemes,
)
from workshop_app.theming.placement import StartingThemes
from workshop_app.theming.suggest import Proposal


@pytest.fixture
def cell(project, workshop):
    area = project.workshops.focus_areas(workshop.id)[0]
    category = project.workshops.categories(workshop.id)[0]
    return area.id, category.id


@pytest.fixture
def notes(project, workshop, cell):
    texts = ["Ont om tid för samtal", "Tiden räcker inte", "Digitala möten", "Surfplattor hos brukare", "Kompetens"]
    return [project.notes.add(workshop.id, *cell, text).id for text in texts]


def stored(project, workshop_id: str):
    """Everything a theme command may touch, as the project file holds it."""
    themes = sorted(
        (t.id, t.focus_area_id, t.category_id, t.title, t.summary, t.origin, t.position)
        for t in project.themes.list(workshop_id)
    )
    members = {n.id: n.theme_id for n in project.notes.list(workshop_id)}
    return themes, members


def titles(state) -> list[str]:
    return sorted(t[3] for t in state[0])


def test_suggest_themes_replaces_proposals_and_keeps_the_facilitators_themes(project, workshop, cell, notes):
    project.themes.create(workshop.id, *cell, "Gammalt förslag", note_ids=notes[3:4], origin=AUTO)
    own = project.themes.create(workshop.id, *cell, "Kompetens", note_ids=notes[4:], origin=FACILITATOR)
    proposal = Proposal(workshop.id, {cell: [ThemeDraft("Tid", tuple(notes[:2]), theme_id=new_id())]}, 4)

    def expect(state):
        assert titles(state) == ["Kompetens", "Tid"]
        themes, members = state
        tid = next(t[0] for t in themes if t[3] == "Tid")
        assert members[notes[0]] == members[notes[1]] == tid
        assert members[notes[3]] is None and members[notes[4]] == own.id

    check_undo_redo(lambda: stored(project, workshop.id), SuggestThemes(project, proposal), expect)


def test_group_notes_makes_a_theme_of_the_facilitators_at_a_position(project, workshop, cell, notes):
    first = project.themes.create(workshop.id, *cell, "Först", note_ids=notes[4:])
    command = GroupNotes(project, workshop.id, cell, "Tid", notes[:2], position=0)

    def expect(state):
        themes, members = state
        new = next(t for t in themes if t[3] == "Tid")
        assert new[0] == command.theme_id and new[5] == FACILITATOR and new[6] == 0
        assert next(t for t in themes if t[0] == first.id)[6] == 1  # made room
        assert members[notes[0]] == members[notes[1]] == command.theme_id

    check_undo_redo(lambda: stored(project, workshop.id), command, expect)


def test_set_notes_theme_puts_notes_in_and_takes_them_out(project, workshop, cell, notes):
    theme = project.themes.create(workshop.id, *cell, "Tid", note_ids=notes[:1])
    project.themes.create(workshop.id, *cell, "Digitalt", note_ids=notes[2:3])

    def joined(state):
        assert [state[1][n] for n in notes[:3]] == [theme.id, theme.id, theme.id]

    check_undo_redo(lambda: stored(project, workshop.id), SetNotesTheme(project, notes[1:3], theme.id), joined)

    def loose(state):  # the first command's redo left notes 1 and 2 in the theme
        assert state[1][notes[0]] is None and state[1][notes[1]] == state[1][notes[2]] == theme.id

    check_undo_redo(lambda: stored(project, workshop.id), SetNotesTheme(project, notes[:1], None), loose)


def test_place_notes_sorts_loose_notes_into_their_themes(project, workshop, cell, notes):
    time = project.themes.create(workshop.id, *cell, "Tid", note_ids=notes[:1])
    digital = project.themes.create(workshop.id, *cell, "Digitalt", note_ids=notes[2:3])

    def expect(state):
        assert state[1][notes[1]] == time.id and state[1][notes[3]] == digital.id and state[1][notes[4]] is None

    check_undo_redo(
        lambda: stored(project, workshop.id), PlaceNotes(project, {notes[1]: time.id, notes[3]: digital.id}), expect
    )


def test_merge_themes_moves_the_notes_and_undo_brings_the_themes_back(project, workshop, cell, notes):
    target = project.themes.create(workshop.id, *cell, "Tid", note_ids=notes[:1], origin=AUTO)
    source = project.themes.create(workshop.id, *cell, "Tiden", note_ids=notes[1:2], origin=AUTO)

    def expect(state):
        assert titles(state) == ["Tid"]
        assert state[1][notes[0]] == state[1][notes[1]] == target.id

    check_undo_redo(lambda: stored(project, workshop.id), MergeThemes(project, target.id, [source.id]), expect)


@pytest.mark.parametrize("field", ["title", "summary"])
def test_update_theme_renames_or_summarises_and_undo_restores_the_origin(project, workshop, cell, notes, field):
    theme = project.themes.create(workshop.id, *cell, "Tid", note_ids=notes[:2], origin=AUTO)
    command = UpdateTheme(project, theme, **{field: "Brist på tid"})

    def expect(state):
        (row,) = state[0]
        assert (row[3] if field == "title" else row[4]) == "Brist på tid"
        assert row[5] == FACILITATOR  # an edited proposal is the facilitator's own

    check_undo_redo(lambda: stored(project, workshop.id), command, expect)


def test_reorder_themes_gives_the_cell_a_new_order(project, workshop, cell, notes):
    themes = [
        project.themes.create(workshop.id, *cell, title, note_ids=notes[i : i + 1])
        for i, title in enumerate(["A", "B", "C"])
    ]
    order = [themes[2].id, themes[0].id, themes[1].id]

    def expect(state):
        positions = {t[0]: t[6] for t in state[0]}
        assert sorted(positions, key=positions.get) == order

    check_undo_redo(lambda: stored(project, workshop.id), ReorderThemes(project, themes, order), expect)


def test_dissolve_theme_makes_its_notes_loose(project, workshop, cell, notes):
    theme = project.themes.create(workshop.id, *cell, "Tid", note_ids=notes[:2], summary="Om tiden")

    def expect(state):
        assert state[0] == [] and state[1][notes[0]] is None and state[1][notes[1]] is None

    check_undo_redo(lambda: stored(project, workshop.id), DissolveTheme(project, [theme.id]), expect)


def test_use_starting_themes_creates_them_as_the_facilitators_own(project, workshop, cell, notes):
    plan = StartingThemes(
        {
            cell: [
                ThemeDraft("Tid", tuple(notes[:2]), theme_id=new_id()),
                ThemeDraft("Digitalt", tuple(notes[2:4]), theme_id=new_id()),
            ]
        }
    )

    def expect(state):
        assert titles(state) == ["Digitalt", "Tid"]
        assert all(t[5] == FACILITATOR for t in state[0])
        assert state[1][notes[0]] is not None and state[1][notes[4]] is None

    check_undo_redo(lambda: stored(project, workshop.id), UseStartingThemes(project, workshop.id, plan), expect)
