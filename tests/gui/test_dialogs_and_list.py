"""The workshop dialog, the focus-area dialog, the workshop switcher and the list of notes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import type_text
from workshop_app.gui.notes_list import NotesModel


def _ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_properties_dialog_edits_metadata_in_one_undoable_step(window, project, workshop):
    dialog = window.workshop_editing.edit_properties()
    assert dialog.title.text() == "Workshop i Testby"
    assert not dialog.template.isVisible()
    dialog.title.clear()
    _ok(dialog)  # an empty title is refused inside the dialog
    assert dialog.dialog.isVisible() and dialog.error.text()
    dialog.title.setText("Workshop i Lerum")
    dialog.date.setDate(QDate(2026, 12, 1))
    dialog.organisations.setPlainText("Lerums kommun\n\nVästra Götalandsregionen\n")
    dialog.participants.setValue(18)
    type_text(dialog.facilitator, "Åsa Öberg")
    _ok(dialog)
    w = project.workshops.get(workshop.id)
    assert (w.title, w.date, w.organisations, w.participants, w.facilitator) == (
        "Workshop i Lerum",
        "2026-12-01",
        ("Lerums kommun", "Västra Götalandsregionen"),
        18,
        "Åsa Öberg",
    )
    assert window.workshop_combo.currentText() == "Workshop i Lerum"
    window.undo_action.trigger()
    w = project.workshops.get(workshop.id)
    assert (w.title, w.date, w.organisations, w.participants) == ("Workshop i Testby", "2026-11-20", (), None)


def test_new_workshop_from_a_template_and_switching(window, project, workshop, prefs):
    window.entry.set_group_name("Björkvik")
    prefs.group_name = "Björkvik"
    dialog = window.workshop_editing.new_workshop()
    assert dialog.template.count() >= 1 and dialog.template.isVisible()
    dialog.title.setText("Workshop i Alingsås")
    _ok(dialog)
    created = project.workshops.find("Workshop i Alingsås")[0]
    assert window.workshop_id == created.id
    assert window.windowTitle().startswith("Workshop i Alingsås")
    assert window.workshop_combo.count() == 2
    # another meeting: the last table's group does not tag the new workshop's notes
    assert window.entry.group.text() == "" and prefs.group_name == ""
    # each workshop has its own undo history
    areas = project.workshops.focus_areas(created.id)
    cats = project.workshops.categories(created.id)
    window.post_note(areas[0].id, cats[0].id, "I Alingsås", "")
    window.show_workshop(workshop.id)
    assert not window.undo_action.isEnabled()
    index = window.workshop_combo.findData(created.id)
    window.workshop_combo.setCurrentIndex(index)
    window.workshop_combo.activated.emit(index)
    assert window.workshop_id == created.id and window.undo_action.isEnabled()


def test_focus_areas_dialog(window, project, workshop):
    dialog = window.workshop_editing.edit_focus_areas()
    assert dialog.list.count() == 6
    dialog.add_area("Läkemedel")
    dialog.add_area("Psykisk hälsa")
    assert dialog.list.count() == 8 and len(window.scene.headers) == 8
    dialog.list.setCurrentRow(7)
    dialog.rename_area("Psykisk hälsa och beroende")
    dialog.move_area(-1)
    assert [a.name for a in project.workshops.focus_areas(workshop.id)][6:] == [
        "Psykisk hälsa och beroende",
        "Läkemedel",
    ]
    dialog.remove_area()
    assert dialog.list.count() == 7
    dialog.close()


def test_notes_model(qtmodeltester, window, project, workshop):
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    project.notes.add(workshop.id, areas[0].id, cats[0].id, "<i>kursivt?</i> nej")
    project.notes.add(workshop.id, areas[1].id, cats[2].id, "Andra lappen", group_name="Ale")
    model = NotesModel(window.session, workshop.id)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "<i>kursivt?</i> nej"
    assert model.data(model.index(1, 1)) == areas[1].name
    assert model.data(model.index(1, 4)) == "Ale"
    assert model.data(model.index(1, 3)) == ""  # in no theme
    third = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Tredje")
    assert model.rowCount() == 3
    # the list shows the grouping too, and follows it
    project.themes.create(workshop.id, areas[0].id, cats[0].id, "Tid för samtal", note_ids=[third.id])
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Theme"
    assert model.data(model.index(2, 3)) == "Tid för samtal"


def test_list_view_is_an_alternative_to_the_board(qtbot, window, project, workshop):
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    note = project.notes.add(workshop.id, areas[0].id, cats[0].id, "I listan")
    window.actions["show_list"].trigger()
    assert not window.showing_board and window.notes_list.hasFocus()
    assert window.notes_list.model().rowCount() == 1
    window.notes_list.selectRow(0)
    assert window.selected_note_ids() == [note.id]
    window.post_note(areas[0].id, cats[0].id, "Ny i listan", "")
    assert window.notes_list.model().rowCount() == 2
    window.actions["show_list"].trigger()
    assert window.showing_board and window.notes_model is None


@pytest.mark.parametrize("today", [(2026, 3, 1), (2026, 3, 15), (2026, 4, 30), (2028, 2, 29), (2026, 12, 31)])
def test_an_empty_date_becomes_exactly_today_when_clicked_or_typed(qtbot, window, workshop, today):
    import dataclasses

    from PySide6.QtCore import QDate, QPoint

    from workshop_app.gui.dialogs.workshop_dialog import NO_DATE, WorkshopDialog

    day = QDate(*today)
    dialog = WorkshopDialog(window, dataclasses.replace(workshop, date=""), today=lambda: day)
    dialog.dialog.show()
    qtbot.waitExposed(dialog.dialog)
    date = dialog.date
    assert date.date() == NO_DATE and date.text() == "No date"
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    for ch in "20250312":
        qtbot.keyClick(date, ch)
    assert date.date() == QDate(2025, 3, 12)
    assert dialog.values()["date"] == "2025-03-12"

    qtbot.keyClick(date, Qt.Key.Key_Delete)
    assert dialog.values()["date"] == ""
    # A click on the text itself goes to the date edit's line edit, as a real click does.
    qtbot.mouseClick(date.lineEdit(), Qt.MouseButton.LeftButton)
    assert date.date() == day
    qtbot.keyClick(date, Qt.Key.Key_Delete)
    # A click elsewhere on the field away from the arrow does not step the date either.
    qtbot.mouseClick(date, Qt.MouseButton.LeftButton, pos=QPoint(4, date.height() // 2))
    assert date.date() == day

    qtbot.keyClick(date, Qt.Key.Key_Delete)
    # The arrow opens the calendar on today's month.
    qtbot.mouseClick(date, Qt.MouseButton.LeftButton, pos=QPoint(date.width() - 6, date.height() // 2))
    calendar = date.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert date.date() == day
    assert (calendar.yearShown(), calendar.monthShown()) == (day.year(), day.month())
    assert calendar.selectedDate() == day
    calendar.window().close()
    dialog.dialog.reject()
