"""Proposing themes for a workshop, placing new notes, and carrying themes between workshops."""

from __future__ import annotations

import pytest

from workshop_app.domain.model import AUTO, FACILITATOR
from workshop_app.theming.placement import apply_starting_themes, place_notes, plan_starting_themes
from workshop_app.theming.suggest import apply_proposal, plan_proposal, suggest_themes, undo_proposal

CELL_NOTES = [
    "Ingen tid för samtal med brukaren",
    "Schemat är för pressat, vi hinner inte",
    "Stress och tidsbrist hela dagarna",
    "Utbildning i personcentrerat arbetssätt saknas",
    "Behöver kurs för undersköterskor om samtal",
    "Kompetensutveckling för baspersonalen",
    "Journalsystemen pratar inte med varandra",
    "Dubbeldokumentation i två system",
]


@pytest.fixture
def cell(project, workshop):
    area = project.workshops.focus_areas(workshop.id)[1]
    category = project.workshops.categories(workshop.id)[1]
    ids = [project.notes.add(workshop.id, area.id, category.id, text).id for text in CELL_NOTES]
    return workshop.id, area.id, category.id, ids


def _grouping(project, workshop_id):
    groups = {}
    for note in project.notes.list(workshop_id):
        if note.theme_id:
            groups.setdefault(note.theme_id, set()).add(note.text)
    return sorted(sorted(g) for g in groups.values())


def test_proposal_groups_by_meaning_and_is_deterministic(project, cell):
    workshop_id = cell[0]
    first = suggest_themes(project, workshop_id)
    grouping = _grouping(project, workshop_id)
    assert first.created and all(t.origin == AUTO for t in first.created)
    assert any({CELL_NOTES[0], CELL_NOTES[1]} <= set(g) for g in grouping)
    suggest_themes(project, workshop_id)
    assert _grouping(project, workshop_id) == grouping
    titles = {t.title for t in project.themes.list(workshop_id)}
    assert titles == {t.title for t in first.created}


def test_proposal_never_touches_the_facilitators_themes(project, cell):
    workshop_id, area_id, category_id, ids = cell
    own = project.themes.create(workshop_id, area_id, category_id, "Mitt tema", note_ids=[ids[0], ids[6]])
    suggest_themes(project, workshop_id)
    assert sorted(project.themes.member_ids(own.id)) == sorted([ids[0], ids[6]])
    assert project.themes.get(own.id).origin == FACILITATOR


def test_undo_brings_back_the_earlier_state_and_redo_the_same_themes(project, cell):
    workshop_id = cell[0]
    proposal = plan_proposal(project, workshop_id)
    result = apply_proposal(project, proposal)
    after = (_grouping(project, workshop_id), sorted(t.id for t in project.themes.list(workshop_id)))
    undo_proposal(project, result, workshop_id)
    assert project.themes.list(workshop_id) == []
    assert _grouping(project, workshop_id) == []
    apply_proposal(project, proposal)
    assert (_grouping(project, workshop_id), sorted(t.id for t in project.themes.list(workshop_id))) == after


def test_fewer_and_more_themes(project, cell):
    workshop_id = cell[0]
    coarse = plan_proposal(project, workshop_id, granularity=0.0)
    fine = plan_proposal(project, workshop_id, granularity=1.0)
    count = lambda p: sum(len(d) for d in p.drafts.values())  # noqa: E731
    grouped = lambda p: sum(len(t.note_ids) for d in p.drafts.values() for t in d)  # noqa: E731
    assert count(coarse) <= count(fine) or grouped(coarse) >= grouped(fine)
    assert (count(coarse), grouped(coarse)) != (count(fine), grouped(fine))


def test_new_note_is_placed_in_the_theme_the_facilitator_made(project, cell):
    workshop_id, area_id, category_id, ids = cell
    time_theme = project.themes.create(workshop_id, area_id, category_id, "Tid för samtal", note_ids=ids[:3])
    project.themes.create(workshop_id, area_id, category_id, "IT-system", note_ids=ids[6:])
    fresh = project.notes.add(workshop_id, area_id, category_id, "Vi har aldrig tid, schemat är fullt")
    unrelated = project.notes.add(workshop_id, area_id, category_id, "Parkeringen vid kommunhuset är trång")
    placements = place_notes(project, workshop_id, [fresh, unrelated])
    assert placements.get(fresh.id) == time_theme.id
    assert unrelated.id not in placements


def test_themes_carry_over_to_another_workshop(project, cell):
    workshop_id, area_id, category_id, ids = cell
    project.themes.create(workshop_id, area_id, category_id, "Tid för samtal", note_ids=ids[:3])
    other = project.workshops.create("Sjöstad")
    o_area = project.workshops.focus_areas(other.id)[1]
    o_category = project.workshops.categories(other.id)[1]
    note = project.notes.add(other.id, o_area.id, o_category.id, "Tidsbrist, hinner inte prata med brukarna")
    plan = plan_starting_themes(project, workshop_id, other.id)
    assert plan.count == 1
    created = apply_starting_themes(project, other.id, plan)
    (theme,) = project.themes.list(other.id)
    assert theme.id == created[0] and theme.title == "Tid för samtal"
    assert project.notes.get(note.id).theme_id == theme.id
    assert plan_starting_themes(project, workshop_id, other.id).count == 0


def test_proposed_titles_avoid_the_area_name_and_the_areas_other_titles(project, workshop):
    areas = {a.name: a for a in project.workshops.focus_areas(workshop.id)}
    area = areas["Hälsofrämjande och förebyggande"]
    cats = project.workshops.categories(workshop.id)
    for text in [
        "Förebyggande hembesök hos alla över 75",
        "Mer förebyggande arbete i hemtjänsten",
        "Hälsofrämjande insatser tidigt, förebygga fall",
        "Prevention i stället för akuta insatser",
    ]:
        project.notes.add(workshop.id, area.id, cats[0].id, text)
    training = [
        "Utbildning för usk i diabetesvård",
        "Kurser i dokumentation för undersköterskor",
        "Webbutbildning om läkemedel",
    ]
    for category in cats[1:]:
        for text in training:
            project.notes.add(workshop.id, area.id, category.id, text)
    own_note = project.notes.add(workshop.id, area.id, cats[2].id, "Kurs i förflyttningsteknik")
    project.themes.create(workshop.id, area.id, cats[2].id, "Utbildning och kurser", note_ids=[own_note.id])
    proposal = plan_proposal(project, workshop.id)
    titles = [d.title.casefold() for drafts in proposal.drafts.values() for d in drafts]
    assert len(titles) >= 3
    assert area.name.casefold() not in titles
    assert "utbildning och kurser" not in titles
    assert len(titles) == len(set(titles))
