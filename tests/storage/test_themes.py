"""Themes: the facilitator's grouping, and proposals that never touch it."""

from __future__ import annotations

import pytest

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import AUTO, FACILITATOR, ThemeDraft


@pytest.fixture
def cell_notes(project, workshop):
    area = project.workshops.focus_areas(workshop.id)[0]
    category = project.workshops.categories(workshop.id)[0]
    ids = [project.notes.add(workshop.id, area.id, category.id, f"Lapp {i}").id for i in range(6)]
    return (workshop.id, area.id, category.id), ids


def test_merge_and_restore(project, cell_notes):
    cell, ids = cell_notes
    a = project.themes.create(*cell, "Tid", note_ids=ids[:2])
    b = project.themes.create(*cell, "Schema", note_ids=ids[2:4])
    former = project.themes.merge(a.id, [b.id])
    assert former == {b.id: ids[2:4]}
    assert sorted(project.themes.member_ids(a.id)) == sorted(ids[:4])
    project.themes.restore(b.id, former[b.id])
    project.notes.set_theme(former[b.id], b.id)
    assert project.themes.member_ids(b.id) == ids[2:4]


def test_delete_theme_makes_notes_loose(project, cell_notes):
    cell, ids = cell_notes
    theme = project.themes.create(*cell, "Tid", note_ids=ids[:3])
    assert project.themes.delete(theme.id) == ids[:3]
    assert all(project.notes.get(i).theme_id is None for i in ids)


def test_editing_a_proposal_makes_it_the_facilitators(project, cell_notes):
    cell, ids = cell_notes
    theme = project.themes.create(*cell, "Förslag", note_ids=ids[:2], origin=AUTO)
    assert project.themes.update(theme.id, title="Tid för samtal").origin == FACILITATOR


def test_proposals_keep_the_facilitators_themes(project, cell_notes):
    cell, ids = cell_notes
    own = project.themes.create(*cell, "Min egen", note_ids=ids[:2])
    old_auto = project.themes.create(*cell, "Gammalt förslag", note_ids=ids[2:4], origin=AUTO)
    snapshot = project.themes.snapshot(cell[0], [cell[1:]])
    created = project.themes.replace_proposals(cell[0], {cell[1:]: [ThemeDraft("Nytt förslag", tuple(ids[1:5]))]})
    assert [t.title for t in created] == ["Nytt förslag"]
    assert project.themes.member_ids(own.id) == ids[:2]
    assert sorted(project.themes.member_ids(created[0].id)) == sorted(ids[2:5])
    assert old_auto.id not in {t.id for t in project.themes.list(cell[0])}
    project.themes.restore_snapshot(cell[0], snapshot, [t.id for t in created])
    assert {t.title for t in project.themes.list(cell[0])} == {"Min egen", "Gammalt förslag"}
    assert project.themes.member_ids(old_auto.id) == ids[2:4]
    assert project.notes.get(ids[4]).theme_id is None


def test_note_cannot_join_a_theme_of_another_cell(project, workshop, cell_notes):
    cell, ids = cell_notes
    other_area = project.workshops.focus_areas(workshop.id)[1]
    theme = project.themes.create(cell[0], other_area.id, cell[2], "Annan cell")
    with pytest.raises(ValidationError, match="own focus area"):
        project.notes.set_theme([ids[0]], theme.id)
