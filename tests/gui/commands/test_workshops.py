"""Each workshop command on a real project file: redo() makes the change, undo() puts back exactly
what was there, a second redo() makes the same change again."""

from __future__ import annotations

import pytest

from tests.gui.commands.undo_check import check_undo_redo
from workshop_app.domain.model import METADATA_FIELDS
from workshop_app.gui.commands.workshops import (
    AddFocusArea,
    MoveFocusArea,
    RemoveFocusArea,
    SetConclusion,
    UpdateFocusArea,
    UpdateWorkshop,
    set_hidden_round,
)


def stored(project, workshop_id: str):
    """The workshop's metadata, focus areas (in order) and conclusions as the file holds them."""
    workshop = project.workshops.get(workshop_id)
    areas = [(a.id, a.name, a.description, a.colour) for a in project.workshops.focus_areas(workshop_id)]
    return ({f: getattr(workshop, f) for f in METADATA_FIELDS}, areas, project.workshops.conclusions(workshop_id))


@pytest.fixture
def read(project, workshop):
    return lambda: stored(project, workshop.id)


def test_update_workshop_writes_only_what_changed(project, workshop, read):
    command = UpdateWorkshop(project, workshop, title="Workshop i Ale", place="Ale", date=workshop.date)
    assert set(command.new) == {"title", "place"}

    def expect(state):
        assert (state[0]["title"], state[0]["place"], state[0]["date"]) == ("Workshop i Ale", "Ale", workshop.date)

    check_undo_redo(read, command, expect)


def test_hidden_round_on_and_off(project, workshop, read):
    def expect(state):
        assert state[0]["hidden_round"]

    check_undo_redo(read, set_hidden_round(project, workshop, True), expect)


def test_set_conclusion(project, workshop, read):
    area = project.workshops.focus_areas(workshop.id)[1]

    def expect(state):
        assert state[2] == {area.id: "Mer tid för samtal."}

    check_undo_redo(read, SetConclusion(project, area, "", "Mer tid för samtal."), expect)


def test_add_focus_area_at_a_position(project, workshop, read):
    before = [a.name for a in project.workshops.focus_areas(workshop.id)]

    def expect(state):
        assert [name for _id, name, *_ in state[1]] == [*before[:1], "Trygghet", *before[1:]]

    check_undo_redo(read, AddFocusArea(project, workshop.id, "Trygghet", "#80cbc4", position=1), expect)


def test_update_focus_area(project, workshop, read):
    area = project.workshops.focus_areas(workshop.id)[0]

    def expect(state):
        assert state[1][0][1:] == ("Egenvård och hälsa", area.description, "#80cbc4")

    check_undo_redo(read, UpdateFocusArea(project, area, name="Egenvård och hälsa", colour="#80cbc4"), expect)


def test_move_focus_area(project, workshop, read):
    areas = project.workshops.focus_areas(workshop.id)

    def expect(state):
        assert [i for i, *_ in state[1]] == [a.id for a in areas[1:3]] + [areas[0].id] + [a.id for a in areas[3:]]

    check_undo_redo(read, MoveFocusArea(project, areas[0], 2), expect)


def test_remove_an_empty_focus_area_and_undo_brings_it_back_with_its_conclusion(project, workshop, read):
    area = project.workshops.focus_areas(workshop.id)[2]
    project.workshops.set_conclusion(area.id, "Skrivet före.")

    def expect(state):
        assert area.id not in [i for i, *_ in state[1]] and area.id not in state[2]

    check_undo_redo(read, RemoveFocusArea(project, area), expect)
