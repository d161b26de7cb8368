"""Each note command on a real project file: redo() makes the change, undo() puts back exactly
what was there, a second redo() makes the same change again (the same note ids)."""

from __future__ import annotations

import pytest

from tests.gui.commands.undo_check import check_undo_redo
from workshop_app.domain.model import Placement
from workshop_app.gui.commands.notes import (
    AddNote,
    DeleteNotes,
    EditNoteText,
    MoveNotes,
    ReceivedNote,
    RestoreNotes,
    RevealNotes,
    SetColour,
)


@pytest.fixture
def cells(project, workshop):
    areas = project.workshops.focus_areas(workshop.id)
    categories = project.workshops.categories(workshop.id)
    return [(a.id, c.id) for a in areas[:2] for c in categories[:2]]


@pytest.fixture
def notes(project, workshop, cells):
    return [project.notes.add(workshop.id, *cells[0], text) for text in ("Tid", "Digitala möten", "Kompetens")]


def stored(project, workshop_id: str):
    """The workshop's live notes as the project file holds them."""
    return {
        n.id: (n.text, n.focus_area_id, n.category_id, n.x, n.y, n.theme_id, n.colour, n.hidden, n.group_name)
        for n in project.notes.list(workshop_id)
    }


def test_add_note_posts_it_and_redo_brings_back_the_same_note(project, workshop, cells):
    command = AddNote(project, workshop.id, *cells[1], "Surfplattor hos brukare", group_name="Bord 3")

    def expect(state):
        assert list(state.values()) == [("Surfplattor hos brukare", *cells[1], None, None, None, "", False, "Bord 3")]
        assert list(state) == [command.note.id]

    check_undo_redo(lambda: stored(project, workshop.id), command, expect)


def test_a_note_from_a_phone_is_already_stored_undo_deletes_it(project, workshop, cells):
    note = project.notes.add(workshop.id, *cells[0], "Från telefonen")
    command = ReceivedNote(project, note)
    command.undo()
    assert note.id not in stored(project, workshop.id)
    command.redo()
    assert stored(project, workshop.id)[note.id][0] == "Från telefonen"


def test_edit_note_text(project, workshop, notes):
    def expect(state):
        assert state[notes[0].id][0] == "Ont om tid"

    check_undo_redo(
        lambda: stored(project, workshop.id), EditNoteText(project, notes[0].id, "Tid", "Ont om tid"), expect
    )


def test_move_notes_to_a_place_and_to_another_cell(project, workshop, cells, notes):
    theme = project.themes.create(workshop.id, *cells[3], "Digitalt")
    moves = {
        notes[0].id: (Placement.of(notes[0]), Placement(*cells[0], 40.0, 120.0)),
        notes[1].id: (Placement.of(notes[1]), Placement(*cells[3], None, None, theme.id)),
    }

    def expect(state):
        assert state[notes[0].id][1:5] == (*cells[0], 40.0, 120.0)
        assert state[notes[1].id][1:6] == (*cells[3], None, None, theme.id)
        assert state[notes[2].id][1:3] == cells[0]

    check_undo_redo(lambda: stored(project, workshop.id), MoveNotes(project, moves), expect)


def test_set_colour(project, workshop, notes):
    def expect(state):
        assert [state[n.id][6] for n in notes] == ["#f8bbd0", "#f8bbd0", ""]

    check_undo_redo(lambda: stored(project, workshop.id), SetColour(project, notes[:2], "#f8bbd0"), expect)


def test_delete_and_restore_notes(project, workshop, notes):
    ids = [n.id for n in notes[:2]]

    def deleted(state):
        assert list(state) == [notes[2].id]

    check_undo_redo(lambda: stored(project, workshop.id), DeleteNotes(project, ids), deleted)
    # the second redo above left them deleted: restoring is the next edit

    def restored(state):
        assert sorted(state) == sorted(n.id for n in notes)

    check_undo_redo(lambda: stored(project, workshop.id), RestoreNotes(project, ids), restored)


def test_reveal_notes_turns_the_face_down_notes_up_and_undo_the_same_ones_down(project, workshop, cells, notes):
    down = [project.notes.add(workshop.id, *cells[1], text, hidden=True).id for text in ("Dold 1", "Dold 2")]
    command = RevealNotes(project, workshop.id)

    def expect(state):
        assert not any(hidden for *_rest, hidden, _group in state.values())

    check_undo_redo(lambda: stored(project, workshop.id), command, expect)
    assert sorted(command.revealed) == sorted(down)
