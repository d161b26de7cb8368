"""Notes through the service API: every edit committed, announced, and reversible."""

from __future__ import annotations

import pytest

from tests.hostile import HOSTILE_TEXTS
from workshop_app.domain.errors import ValidationError
from workshop_app.storage.project import Project


@pytest.fixture
def cell(project, workshop):
    area = project.workshops.focus_areas(workshop.id)[0]
    category = project.workshops.categories(workshop.id)[0]
    return workshop.id, area.id, category.id


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_text_is_stored_exactly_as_typed(project, cell, text):
    note = project.notes.add(*cell, text)
    project.close()
    with Project.open(project.path, read_only=True) as again:
        assert again.notes.get(note.id).text == text


@pytest.mark.parametrize("text", ["", "   ", "\n\t ", "\u3000"])
def test_empty_note_is_refused(project, cell, text):
    with pytest.raises(ValidationError, match="cannot be empty"):
        project.notes.add(*cell, text)
    assert project.notes.count(cell[0]) == 0


def test_edit_move_colour_group(project, workshop, cell):
    note = project.notes.add(*cell, "Tid för samtal", group_name="Ekeby")
    other_area = project.workshops.focus_areas(workshop.id)[3]
    obstacle = project.workshops.categories(workshop.id)[1]
    assert project.notes.edit_text(note.id, "Mer tid för samtal").text == "Mer tid för samtal"
    moved = project.notes.move(note.id, other_area.id, obstacle.id)
    assert (moved.focus_area_id, moved.category_id) == (other_area.id, obstacle.id)
    assert project.notes.set_colour([note.id], "#ff0000")[0].colour == "#ff0000"
    assert project.notes.set_group([note.id], " Sjöstad ")[0].group_name == "Sjöstad"
    assert project.notes.set_position(note.id, 10.5, 20.0).x == 10.5


def test_moving_a_note_out_of_its_cell_leaves_its_theme(project, workshop, cell):
    note = project.notes.add(*cell, "Tid")
    theme = project.themes.create(*cell, "Tid och resurser", note_ids=[note.id])
    assert project.notes.get(note.id).theme_id == theme.id
    other = project.workshops.focus_areas(workshop.id)[1]
    assert project.notes.move(note.id, other.id, cell[2]).theme_id is None


def test_note_cannot_go_to_another_workshops_area(project, cell):
    second = project.workshops.create("Andra workshopen")
    foreign_area = project.workshops.focus_areas(second.id)[0]
    with pytest.raises(ValidationError, match="does not belong"):
        project.notes.add(cell[0], foreign_area.id, cell[2], "Fel ställe")


def test_soft_delete_and_restore(project, cell):
    note = project.notes.add(*cell, "Tas bort")
    project.notes.delete([note.id])
    assert project.notes.list(cell[0]) == []
    assert [n.id for n in project.notes.deleted(cell[0])] == [note.id]
    project.notes.restore([note.id])
    assert [n.text for n in project.notes.list(cell[0])] == ["Tas bort"]


def test_hidden_round_and_reveal(project, workshop, cell):
    project.workshops.update(workshop.id, hidden_round=True)
    first = project.notes.add(*cell, "Dold lapp")
    assert first.hidden
    assert project.notes.reveal(workshop.id) == [first.id]
    assert not project.notes.get(first.id).hidden


def test_every_change_is_announced_after_commit(project, cell):
    heard = []
    project.changes.subscribe(heard.append)
    note = project.notes.add(*cell, "Hej")
    project.notes.edit_text(note.id, "Hej igen")
    project.notes.delete([note.id])
    assert [(c.kind, c.action, c.ids) for c in heard] == [
        ("note", "added", (note.id,)),
        ("note", "updated", (note.id,)),
        ("note", "removed", (note.id,)),
    ]


def test_caller_can_pass_the_id_for_redo(project, cell):
    note = project.notes.add(*cell, "Första", note_id="fixed-id")
    assert note.id == "fixed-id"
