"""A participant posts notes with the keyboard only, at the shared screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.gui.conftest import type_text
from workshop_app.storage.project import Project


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


def test_participant_posts_notes_with_the_keyboard_only(qtbot, window, project, workshop):
    entry = window.entry
    entry.text.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.text)
    areas = project.workshops.focus_areas(workshop.id)
    categories = project.workshops.categories(workshop.id)

    press(qtbot, entry.text, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, entry.text, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert (entry.area_id, entry.category_id) == (areas[2].id, categories[1].id)

    text = "Svårt att nå äldre på landsbygden – ökad åtkomst behövs"
    type_text(entry.text, text)
    press(qtbot, entry.text, Qt.Key.Key_Return)

    notes = project.notes.list(workshop.id)
    assert [(n.text, n.focus_area_id, n.category_id) for n in notes] == [(text, areas[2].id, categories[1].id)]
    # committed on disk: a second, read-only connection sees it
    with Project.open(project.path, read_only=True) as reader:
        assert [n.text for n in reader.notes.list(workshop.id)] == [text]
    item = window.scene.items_by_id[notes[0].id]
    assert item.isVisible() and item.parentItem().area.id == areas[2].id
    assert entry.text.toPlainText() == ""
    assert QApplication.focusWidget() is entry.text

    # the next person: same area and kind remembered, another note straight away
    type_text(entry.text, "Behöver stöd i ÅÄÖ-tangentbord 😊")
    press(qtbot, entry.text, Qt.Key.Key_Enter)
    assert project.notes.count(workshop.id) == 2
    assert project.notes.list(workshop.id)[1].category_id == categories[1].id


def test_shift_enter_breaks_the_line_and_an_empty_note_only_hints(qtbot, window, project, workshop):
    entry = window.entry
    entry.text.setFocus()
    press(qtbot, entry.text, Qt.Key.Key_Return)
    assert project.notes.count(workshop.id) == 0
    assert entry.hint.text()  # a gentle inline hint, no dialog
    assert not QApplication.activeModalWidget()

    type_text(entry.text, "rad ett")
    press(qtbot, entry.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(entry.text, "rad två")
    press(qtbot, entry.text, Qt.Key.Key_Return)
    assert [n.text for n in project.notes.list(workshop.id)] == ["rad ett\nrad två"]


def test_area_category_and_group_are_remembered(qtbot, make_window, project, workshop):
    first = make_window(project, workshop.id)
    entry = first.entry
    entry.text.setFocus()
    press(qtbot, entry.text, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, entry.text, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    entry.group.setFocus()
    type_text(entry.group, "Kungälv")
    entry.group.editingFinished.emit()
    entry.text.setFocus()
    type_text(entry.text, "Tid för handledning")
    press(qtbot, entry.text, Qt.Key.Key_Return)
    note = project.notes.list(workshop.id)[0]
    assert note.group_name == "Kungälv"
    chosen = (entry.area_id, entry.category_id)
    first.release_session()
    first.close()

    second = make_window(project, workshop.id)
    assert (second.entry.area_id, second.entry.category_id) == chosen
    assert second.entry.group.text() == "Kungälv"


def test_category_buttons_show_icon_and_name_not_only_colour(window, project, workshop):
    categories = project.workshops.categories(workshop.id)
    buttons = [window.entry._category_group.button(1000 + i) for i in range(len(categories))]
    for button, category in zip(buttons, categories):
        assert not button.icon().isNull()
        assert category.name in button.text()
        assert button.accessibleName() == category.name


def test_switching_workshops_leaves_one_row_of_choices_on_screen(qtbot, window, project, workshop):
    """The buttons of the previous workshop go at once, not when Qt gets round to deleting them."""
    other = project.workshops.create("Sju områden", date="2026-11-21")
    project.workshops.add_focus_area(other.id, "Läkemedel")
    entry = window.entry
    window.show_workshop(other.id)
    current = set(entry._area_group.buttons()) | set(entry._category_group.buttons())
    # before the event loop runs (and deletes the old buttons), no old button is on screen
    assert [
        b.text() for b in entry.findChildren(QPushButton) if b.isVisible() and b.isCheckable() and b not in current
    ] == []

    def shown(prefix: str) -> int:
        return sum(1 for b in entry.findChildren(QPushButton) if b.isVisible() and b.objectName().startswith(prefix))

    qtbot.waitUntil(lambda: shown("areaButton") == 7)  # new buttons in a layout show on the next loop
    assert shown("categoryButton") == 3


def test_the_group_field_hands_the_keyboard_back_to_the_note(qtbot, window, project, workshop):
    """Enter or Tab in the group field goes back to the note, so the next person types a note."""
    entry = window.entry
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.text)  # ready to type at start
    entry.group.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.group)
    type_text(entry.group, "Björkvik")
    press(qtbot, entry.group, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is entry.text
    entry.group.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.group)
    press(qtbot, entry.group, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is entry.text
    type_text(entry.text, "Tolk behövs oftare")
    press(qtbot, entry.text, Qt.Key.Key_Return)
    assert [(n.text, n.group_name) for n in project.notes.list(workshop.id)] == [("Tolk behövs oftare", "Björkvik")]


def test_ctrl_z_in_the_note_field_undoes_typing_first_then_the_posted_note(qtbot, window, project, workshop):
    """The note field has the focus all day: Ctrl+Z there must reach the board's undo."""
    entry = window.entry
    entry.text.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry.text)
    type_text(entry.text, "Tid för samtal")
    press(qtbot, entry.text, Qt.Key.Key_Return)
    assert project.notes.count(workshop.id) == 1
    type_text(entry.text, "halvskriven")
    press(qtbot, entry.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entry.text.toPlainText() == "" and project.notes.count(workshop.id) == 1  # the typing went
    press(qtbot, entry.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert project.notes.count(workshop.id) == 0  # then the posted note
    assert QApplication.focusWidget() is entry.text
    press(qtbot, entry.text, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert project.notes.count(workshop.id) == 1
