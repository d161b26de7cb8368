"""Every edit is one undoable step: undo and redo of each action through the window's undo stack."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from workshop_app.gui.commands.notes import (
    DeleteNotes,
    EditNoteText,
    MoveNotes,
    Placement,
    RestoreNotes,
    SetColour,
)
from workshop_app.gui.commands.workshops import (
    AddFocusArea,
    MoveFocusArea,
    RemoveFocusArea,
    UpdateFocusArea,
    UpdateWorkshop,
)


@pytest.fixture
def cells(project, workshop):
    return project.workshops.focus_areas(workshop.id), project.workshops.categories(workshop.id)


def undo(window):
    window.undo_action.trigger()


def redo(window):
    window.redo_action.trigger()


def test_add_note_undo_redo(window, project, workshop, cells):
    areas, cats = cells
    assert window.post_note(areas[0].id, cats[0].id, "Möjlighet: digitala möten", "")
    note = project.notes.list(workshop.id)[0]
    assert note.id in window.scene.items_by_id
    assert window.undo_action.text().endswith("Add note")
    undo(window)
    assert project.notes.count(workshop.id) == 0
    assert note.id not in window.scene.items_by_id
    redo(window)
    assert [n.id for n in project.notes.list(workshop.id)] == [note.id]
    assert note.id in window.scene.items_by_id


def test_edit_text_undo_redo_and_typing_merges(window, project, workshop, cells):
    areas, cats = cells
    note = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Första")
    stack = window.undo_group.activeStack()
    window.run_edit(EditNoteText(project, note.id, "Första", "Första två"))
    window.run_edit(EditNoteText(project, note.id, "Första två", "Första två tre"))
    assert stack.count() == 1  # consecutive edits of one note are one step
    assert window.scene.items_by_id[note.id].note.text == "Första två tre"
    undo(window)
    assert project.notes.get(note.id).text == "Första"
    assert window.scene.items_by_id[note.id].note.text == "Första"
    redo(window)
    assert project.notes.get(note.id).text == "Första två tre"


def test_edit_in_place_with_f2(qtbot, window, project, workshop, cells):
    from PySide6.QtCore import Qt

    from tests.gui.conftest import type_text

    areas, cats = cells
    note = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Gammal text")
    item = window.scene.items_by_id[note.id]
    window.view.setFocus()
    window.view.focus_note(item)
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    editor = window.view.editor
    assert editor is not None and editor.toPlainText() == "Gammal text"
    editor.selectAll()
    type_text(editor, "Ny text på plats")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert project.notes.get(note.id).text == "Ny text på plats"
    undo(window)
    assert project.notes.get(note.id).text == "Gammal text"


def test_move_undo_redo_keeps_the_theme(window, project, workshop, cells):
    areas, cats = cells
    note = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Flytta mig")
    theme = project.themes.create(workshop.id, areas[0].id, cats[0].id, "Tema", note_ids=[note.id])
    moves = {note.id: (Placement.of(project.notes.get(note.id)), Placement(areas[3].id, cats[2].id))}
    assert window.run_edit(MoveNotes(project, moves))
    moved = project.notes.get(note.id)
    assert (moved.focus_area_id, moved.category_id, moved.theme_id) == (areas[3].id, cats[2].id, None)
    assert window.scene.items_by_id[note.id].parentItem() is window.scene.cells[(areas[3].id, cats[2].id)]
    undo(window)
    back = project.notes.get(note.id)
    assert (back.focus_area_id, back.category_id, back.theme_id) == (areas[0].id, cats[0].id, theme.id)
    assert window.scene.items_by_id[note.id].parentItem() is window.scene.cells[(areas[0].id, cats[0].id)]
    redo(window)
    assert project.notes.get(note.id).focus_area_id == areas[3].id


def test_drag_within_a_cell_sets_a_position_and_undo_returns_to_the_flow(window, project, workshop, cells):
    areas, cats = cells
    note = project.notes.add(workshop.id, areas[1].id, cats[1].id, "Dra mig")
    moves = {note.id: (Placement.of(note), Placement(areas[1].id, cats[1].id, 30.0, 90.0))}
    window.scene.notes_dropped.emit(moves)
    assert (project.notes.get(note.id).x, project.notes.get(note.id).y) == (30.0, 90.0)
    undo(window)
    assert (project.notes.get(note.id).x, project.notes.get(note.id).y) == (None, None)


def test_colour_undo_redo(window, project, workshop, cells):
    areas, cats = cells
    a = project.notes.add(workshop.id, areas[0].id, cats[0].id, "A", colour="#ffffff")
    b = project.notes.add(workshop.id, areas[0].id, cats[0].id, "B")
    window.run_edit(SetColour(project, [a, b], "#f8bbd0"))
    assert {project.notes.get(i).colour for i in (a.id, b.id)} == {"#f8bbd0"}
    undo(window)
    assert (project.notes.get(a.id).colour, project.notes.get(b.id).colour) == ("#ffffff", "")
    redo(window)
    assert project.notes.get(b.id).colour == "#f8bbd0"


def test_delete_with_del_key_and_restore(qtbot, window, project, workshop, cells):
    from PySide6.QtCore import Qt

    areas, cats = cells
    a = project.notes.add(workshop.id, areas[0].id, cats[0].id, "A")
    project.notes.add(workshop.id, areas[0].id, cats[0].id, "B")
    window.view.setFocus()
    window.scene.select_all_notes()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert project.notes.count(workshop.id) == 0
    assert not window.scene.items_by_id
    undo(window)
    assert project.notes.count(workshop.id) == 2
    redo(window)
    assert project.notes.count(workshop.id) == 0
    # Restore from the list of deleted notes, which is itself undoable
    window.run_edit(RestoreNotes(project, [a.id]))
    assert [n.id for n in project.notes.list(workshop.id)] == [a.id]
    undo(window)
    assert project.notes.count(workshop.id) == 0
    window.run_edit(DeleteNotes(project, []))  # nothing selected: harmless


def test_restore_dialog(window, project, workshop, cells):
    areas, cats = cells
    a = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Borttagen <b>lapp</b>")
    project.notes.delete([a.id])
    dialog = window.note_editing.show_restore_dialog()
    assert dialog.list.count() == 1
    assert "<b>lapp</b>" in dialog.list.item(0).text()
    assert not dialog.restore_button.isEnabled()  # nothing ticked yet
    dialog.check_all()
    assert dialog.restore_button.isEnabled()
    dialog.restore_checked()
    assert project.notes.count(workshop.id) == 1
    assert dialog.list.count() == 0
    assert not dialog.isVisible()  # everything is back: the dialog closes
    undo(window)
    assert project.notes.count(workshop.id) == 0


def test_restore_dialog_with_nothing_deleted_says_so(window, project, workshop):
    dialog = window.note_editing.show_restore_dialog()
    assert dialog.list.count() == 0
    assert dialog.empty.isVisible() and not dialog.restore_button.isEnabled()
    dialog.close()


def test_metadata_undo_redo(window, project, workshop):
    command = UpdateWorkshop(
        project, workshop, title="Workshop i Ale", participants=25, organisations=["Ale kommun", "VGR"]
    )
    assert window.run_edit(command)
    assert window.windowTitle().startswith("Workshop i Ale — test.workshop")
    assert window.title_label.text() == "Workshop i Ale"
    undo(window)
    w = project.workshops.get(workshop.id)
    assert (w.title, w.participants, w.organisations) == ("Workshop i Testby", None, ())
    assert window.windowTitle().startswith("Workshop i Testby")
    redo(window)
    assert project.workshops.get(workshop.id).organisations == ("Ale kommun", "VGR")


def test_focus_area_edits_undo_redo(window, project, workshop):
    areas = project.workshops.focus_areas(workshop.id)
    names = lambda: [a.name for a in project.workshops.focus_areas(workshop.id)]  # noqa: E731
    original = names()

    window.run_edit(AddFocusArea(project, workshop.id, "Läkemedel"))
    window.run_edit(AddFocusArea(project, workshop.id, "Psykisk hälsa"))
    assert names() == original + ["Läkemedel", "Psykisk hälsa"]
    assert len(window.scene.headers) == 8
    assert len(window.entry._area_group.buttons()) == 8
    window.run_edit(UpdateFocusArea(project, areas[0], name="Egenvård och egenansvar"))
    window.run_edit(MoveFocusArea(project, project.workshops.focus_area(areas[5].id), 0))
    assert names()[0] == "Samverkan"
    added = project.workshops.find  # keep flake quiet
    del added
    last = project.workshops.focus_areas(workshop.id)[-1]
    window.run_edit(RemoveFocusArea(project, last))
    assert "Psykisk hälsa" not in names()

    for _ in range(5):
        undo(window)
    assert names() == original
    assert len(window.scene.headers) == 6
    for _ in range(5):
        redo(window)
    assert names()[0] == "Samverkan" and "Läkemedel" in names() and "Psykisk hälsa" not in names()


def test_removing_an_area_with_notes_is_refused_with_a_message(window, project, workshop):
    from tests.gui.conftest import message_boxes

    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    project.notes.add(workshop.id, areas[0].id, cats[0].id, "Håll kvar")
    stack = window.undo_group.activeStack()
    assert not window.run_edit(RemoveFocusArea(project, areas[0]))
    assert stack.count() == 0
    assert message_boxes(window)


def test_undoing_a_delete_puts_the_card_back_in_its_place(window, project, workshop, cells, tmp_path):
    """Imported notes share one time stamp; a card that comes back keeps its place among them."""
    from workshop_app.exchange.csv_import import import_csv

    areas, cats = cells
    path = tmp_path / "lappar.csv"
    rows = ["focus_area,category,text"] + [f"{areas[0].name},{cats[0].name},Lapp {i}" for i in range(5)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    import_csv(project, path, workshop.title)
    window.show_workshop(workshop.id)
    cell = window.scene.cells[(areas[0].id, cats[0].id)]
    before = list(cell.note_ids)
    assert len(before) == 5
    window.run_edit(DeleteNotes(project, [before[1]]))
    assert before[1] not in cell.note_ids
    undo(window)
    assert cell.note_ids == before


def test_conclusions_for_a_focus_area_are_written_in_the_app_and_undoable(qtbot, window, project, workshop, cells):
    """The report prints them after the area's themes; here is where the facilitator writes them."""
    from tests.gui.conftest import type_text

    areas, cats = cells
    note = project.notes.add(workshop.id, areas[2].id, cats[0].id, "Digitala besök sparar tid")
    window.scene.items_by_id[note.id].setSelected(True)  # the selected card tells which area
    window.actions["conclusion"].trigger()
    dialog = window.findChild(QDialog, "ConclusionDialog")
    assert dialog is not None and areas[2].name in dialog.windowTitle()
    type_text(dialog.edit, "Digitala besök ska bli förstahandsval.")
    dialog.accept()
    assert project.workshops.conclusions(workshop.id) == {areas[2].id: "Digitala besök ska bli förstahandsval."}
    undo(window)
    assert project.workshops.conclusions(workshop.id) == {}
    redo(window)
    assert project.workshops.conclusions(workshop.id)[areas[2].id].startswith("Digitala besök")
    # the header's context menu offers it for that area, with the text so far
    second = window.workshop_editing.edit_conclusion(areas[2].id)
    assert second.edit.toPlainText() == "Digitala besök ska bli förstahandsval."
    second.reject()
    assert project.workshops.conclusions(workshop.id)[areas[2].id] == "Digitala besök ska bli förstahandsval."
