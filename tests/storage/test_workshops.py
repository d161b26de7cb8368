"""Workshops from templates, their metadata, editable focus areas and conclusions."""

from __future__ import annotations

import pytest

from workshop_app.domain.errors import NotFoundError, ValidationError
from workshop_app.storage.templates import builtin_templates

GR_SIX = [
    "Egenvård",
    "Personcentrering",
    "Digitalisering",
    "Hälsofrämjande och förebyggande",
    "Kompetensutveckling",
    "Samverkan",
]


def test_builtin_template_has_the_gr_six_with_descriptions():
    (template,) = [t for t in builtin_templates() if t.name == "gr-nara-vard"]
    assert [a.name for a in template.focus_areas] == GR_SIX
    assert all(a.description and a.colour.startswith("#") for a in template.focus_areas)
    assert [c.name for c in template.categories] == ["möjlighet", "hinder", "behov av stöd"]


def test_workshop_gets_a_copy_of_the_template(project, workshop):
    assert [a.name for a in project.workshops.focus_areas(workshop.id)] == GR_SIX
    other = project.workshops.create("Andra")
    first_area = project.workshops.focus_areas(workshop.id)[0]
    project.workshops.update_focus_area(first_area.id, name="Egenvård och egenansvar")
    assert project.workshops.focus_areas(other.id)[0].name == "Egenvård"


def test_metadata_round_trip(project, workshop):
    updated = project.workshops.update(
        workshop.id,
        title="Nära vård i Ekeby",
        organisations=["Ekeby kommun", " ", "Region Väst"],
        facilitator="Anna Andersson",
        purpose="Samla bilden",
        participants="24",
    )
    assert updated.title == "Nära vård i Ekeby"
    assert updated.organisations == ("Ekeby kommun", "Region Väst")
    assert updated.participants == 24
    with pytest.raises(ValidationError, match="whole number"):
        project.workshops.update(workshop.id, participants="många")
    with pytest.raises(ValidationError, match="needs a name"):
        project.workshops.update(workshop.id, title="  ")


def test_eight_focus_areas_added_renamed_reordered(project, workshop):
    project.workshops.add_focus_area(workshop.id, "Psykisk hälsa", "Stöd till personer med psykisk ohälsa")
    seventh = project.workshops.add_focus_area(workshop.id, "Barn och unga", position=0)
    names = [a.name for a in project.workshops.focus_areas(workshop.id)]
    assert len(names) == 8 and names[0] == "Barn och unga" and names[-1] == "Psykisk hälsa"
    project.workshops.move_focus_area(seventh.id, 7)
    assert project.workshops.focus_areas(workshop.id)[-1].id == seventh.id
    with pytest.raises(ValidationError, match="already has"):
        project.workshops.add_focus_area(workshop.id, "samverkan")


def test_area_with_notes_cannot_be_removed(project, workshop):
    area = project.workshops.focus_areas(workshop.id)[0]
    category = project.workshops.categories(workshop.id)[0]
    note = project.notes.add(workshop.id, area.id, category.id, "Lapp")
    with pytest.raises(ValidationError, match="still has notes"):
        project.workshops.remove_focus_area(area.id)
    project.notes.delete([note.id])
    project.workshops.remove_focus_area(area.id)
    assert len(project.workshops.focus_areas(workshop.id)) == 5
    assert [a.position for a in project.workshops.focus_areas(workshop.id)] == [0, 1, 2, 3, 4]


def test_conclusions(project, workshop):
    area = project.workshops.focus_areas(workshop.id)[5]
    project.workshops.set_conclusion(area.id, "Samverkan kräver tydliga överenskommelser.")
    assert project.workshops.conclusions(workshop.id) == {area.id: "Samverkan kräver tydliga överenskommelser."}


def test_delete_workshop_removes_everything(project, workshop):
    area = project.workshops.focus_areas(workshop.id)[0]
    category = project.workshops.categories(workshop.id)[0]
    note = project.notes.add(workshop.id, area.id, category.id, "Lapp")
    project.themes.create(workshop.id, area.id, category.id, "Tema", note_ids=[note.id])
    project.workshops.delete(workshop.id)
    assert project.workshops.list() == []
    with pytest.raises(NotFoundError):
        project.notes.get(note.id)
