"""No keystroke is lost, and a keyboard path for everything the mouse does (issue 10, "On the day").

Keys are sent to the widget that has the focus *now* (``QApplication.focusWidget()``), as a real
keyboard does: a test that kept sending to the board would pass without the focus ever moving.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from tests.gui.conftest import type_text
from workshop_app.gui.dialogs.move_dialog import MoveNotesDialog, matches

NO = Qt.KeyboardModifier.NoModifier


def focused():
    return QApplication.focusWidget()


def type_here(text: str) -> None:
    """Type ``text`` one character at a time into whatever has the keyboard focus."""
    for ch in text:
        type_text(focused(), ch)


def key(qtbot, k, modifier=NO) -> None:
    qtbot.keyClick(focused(), k, modifier)


@pytest.fixture
def cells(project, workshop):
    return project.workshops.focus_areas(workshop.id), project.workshops.categories(workshop.id)


def click_card(qtbot, window, item) -> None:
    view = window.view
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(item.sceneBoundingRect().center())
    )
    qtbot.waitUntil(lambda: focused() is view)


def choose_move(qtbot, window) -> MoveNotesDialog:
    dialog = window.note_editing.choose_move()
    qtbot.waitUntil(lambda: focused() is dialog.filter)
    return dialog


def open_dialog(qtbot, cls):
    qtbot.waitUntil(lambda: any(isinstance(w, cls) and w.isVisible() for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible())


# --- no keystroke is lost ------------------------------------------------------------------------
def test_typing_after_a_click_on_a_card_goes_to_the_note_field_first_character_included(
    qtbot, window, project, workshop, cells
):
    areas, cats = cells
    note = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Kortet någon klickade på")
    click_card(qtbot, window, window.scene.items_by_id[note.id])
    assert window.scene.focusItem() is window.scene.items_by_id[note.id]
    type_here("Åldrande befolkning: ökat behov – även öar")
    assert focused() is window.entry.text
    assert window.entry.text.toPlainText() == "Åldrande befolkning: ökat behov – även öar"
    key(qtbot, Qt.Key.Key_Return)
    assert [n.text for n in project.notes.list(workshop.id)][-1] == "Åldrande befolkning: ökat behov – även öar"
    assert project.notes.get(note.id).text == "Kortet någon klickade på"  # the card is untouched


def test_typing_after_ctrl_b_and_in_the_list_goes_to_the_note_field(qtbot, window, project, workshop, cells):
    areas, cats = cells
    project.notes.add(workshop.id, areas[0].id, cats[0].id, "En lapp")
    window.entry.text.setFocus()
    key(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.view
    type_here("ä")
    assert focused() is window.entry.text and window.entry.text.toPlainText() == "ä"

    window.actions["show_list"].trigger()
    assert focused() is window.notes_list
    window.notes_list.selectRow(0)
    type_here("ö och å")
    assert focused() is window.entry.text
    assert window.entry.text.toPlainText() == "äö och å"


def test_a_half_written_note_is_kept_and_typing_goes_after_it(qtbot, window, project, workshop, cells):
    areas, cats = cells
    note = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Lapp")
    entry = window.entry.text
    entry.setFocus()
    type_here("Mer tid")
    entry.selectAll()  # whatever was selected there must not be typed over
    click_card(qtbot, window, window.scene.items_by_id[note.id])
    type_here(" för möten")
    assert entry.toPlainText() == "Mer tid för möten"


def test_what_the_redirect_must_leave_alone(qtbot, window, project, workshop, cells):
    areas, cats = cells
    first = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Första")
    second = project.notes.add(workshop.id, areas[1].id, cats[0].id, "Andra")
    view, scene, entry = window.view, window.scene, window.entry
    items = scene.items_by_id
    click_card(qtbot, window, items[first.id])

    # arrow keys move between cards, Space selects, Shift+arrow extends: the board's own keys
    key(qtbot, Qt.Key.Key_Right)
    assert scene.focusItem() is items[second.id] and focused() is view
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert {i.note_id for i in scene.selectedItems()} == {first.id, second.id}
    key(qtbot, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert not items[first.id].isSelected()
    assert entry.text.toPlainText() == "" and focused() is view

    # shortcuts with modifiers still work from the board, and type nothing
    key(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert (entry.area_id, entry.category_id) == (areas[2].id, cats[1].id)
    assert entry.text.toPlainText() == ""

    # F2 edits the card in place: the typing goes into the card, not the note field
    window.view.setFocus()
    window.view.focus_note(items[first.id])
    key(qtbot, Qt.Key.Key_F2)
    editor = view.editor
    assert editor is not None and focused() is editor
    type_here("Ändrad")
    key(qtbot, Qt.Key.Key_Return)
    assert project.notes.get(first.id).text == "Ändrad" and entry.text.toPlainText() == ""
    assert focused() is view

    # Delete on the board deletes the focused card
    key(qtbot, Qt.Key.Key_Delete)
    assert project.notes.get(first.id).deleted_at is not None

    # the search field keeps what is typed in it
    key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.search
    type_here("änd")
    assert window.search.text() == "änd" and entry.text.toPlainText() == ""


def test_a_click_on_an_area_or_kind_button_leaves_the_keyboard_in_the_note_field(qtbot, window, cells):
    entry = window.entry
    entry.text.setFocus()
    qtbot.waitUntil(lambda: focused() is entry.text)
    qtbot.mouseClick(entry._area_group.button(3), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(entry._category_group.button(1002), Qt.MouseButton.LeftButton)
    assert (entry.area_id, entry.category_id) == (cells[0][3].id, cells[1][2].id)
    type_here("Å")
    assert focused() is entry.text and entry.text.toPlainText() == "Å"


# --- Esc -------------------------------------------------------------------------------------------
def test_escape_brings_the_keyboard_back_to_the_note_field_from_anywhere(qtbot, window, project, workshop, cells):
    areas, cats = cells
    note = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Lapp")
    entry = window.entry.text

    def escape_from(widget):
        widget.setFocus()
        qtbot.waitUntil(lambda: focused() is widget)
        key(qtbot, Qt.Key.Key_Escape)
        assert focused() is entry, widget.objectName()

    escape_from(window.view)  # the board, no card
    click_card(qtbot, window, window.scene.items_by_id[note.id])  # a card
    key(qtbot, Qt.Key.Key_Escape)
    assert focused() is entry
    escape_from(window.entry.group)  # the group field
    escape_from(window.workshop_combo)  # the toolbar
    escape_from(window.timer.minutes)  # the round timer
    window.actions["show_list"].trigger()
    escape_from(window.notes_list)  # the list of notes
    window.actions["show_list"].trigger()

    # the in-place editor takes the first Esc (cancel), the second goes home
    window.view.setFocus()
    window.view.focus_note(window.scene.items_by_id[note.id])
    window.actions["edit_note"].trigger()
    type_here("ändrat")
    key(qtbot, Qt.Key.Key_Escape)
    assert project.notes.get(note.id).text == "Lapp" and focused() is window.view
    key(qtbot, Qt.Key.Key_Escape)
    assert focused() is entry


def test_escape_in_a_dialog_closes_only_the_dialog(qtbot, window, project, workshop, cells):
    areas, cats = cells
    project.notes.add(workshop.id, areas[0].id, cats[0].id, "Lapp")
    window.view.setFocus()
    window.note_editing.focus_board()
    dialog = choose_move(qtbot, window)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.isVisible()
    qtbot.waitUntil(lambda: focused() is window.view)  # back where it was; the next Esc goes home
    key(qtbot, Qt.Key.Key_Escape)
    assert focused() is window.entry.text


# --- moving with the keyboard ----------------------------------------------------------------------
def test_the_move_filter_needs_every_word():
    assert matches("Samverkan › Hinder", "sam hin")
    assert matches("Hälsofrämjande och förebyggande › Behov av stöd › Tid", "HÄLSO stöd")
    assert not matches("Samverkan › Hinder", "sam möj")


def test_move_several_notes_from_the_board_to_another_area_and_kind_in_one_undoable_step(
    qtbot, window, project, workshop, cells
):
    areas, cats = cells
    a = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Första")
    b = project.notes.add(workshop.id, areas[1].id, cats[2].id, "Andra")
    untouched = project.notes.add(workshop.id, areas[1].id, cats[2].id, "Stannar")
    scene, items = window.scene, window.scene.items_by_id
    click_card(qtbot, window, items[a.id])
    items[b.id].setSelected(True)
    key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, MoveNotesDialog)
    qtbot.waitUntil(lambda: focused() is dialog.filter)
    assert dialog.windowTitle() == "Move notes"
    # the targets: every area › kind, in board order
    labels = [t.label for t in dialog.visible_targets()]
    assert labels[:3] == [f"{areas[0].name} › {c.name}" for c in cats]
    assert len(labels) == len(areas) * len(cats)
    type_here("samverk")
    assert [t.label for t in dialog.visible_targets()] == [f"Samverkan › {c.name}" for c in cats]
    key(qtbot, Qt.Key.Key_Down)  # the arrow keys work from the filter
    assert dialog.target().category_id == cats[1].id
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: focused() is window.view)  # the keyboard is back on the board
    samverkan = next(x for x in areas if x.name == "Samverkan")
    for note_id in (a.id, b.id):
        moved = project.notes.get(note_id)
        assert (moved.focus_area_id, moved.category_id) == (samverkan.id, cats[1].id)
        assert items[note_id].parentItem() is scene.cells[(samverkan.id, cats[1].id)]
    assert project.notes.get(untouched.id).focus_area_id == areas[1].id
    assert window.statusBar().currentMessage().startswith(f"Moved 2 notes to Samverkan › {cats[1].name}.")
    assert window.undo_action.text().endswith("Move 2 notes")
    window.undo_action.trigger()  # one step puts both back
    assert (project.notes.get(a.id).focus_area_id, project.notes.get(a.id).category_id) == (areas[0].id, cats[0].id)
    assert (project.notes.get(b.id).focus_area_id, project.notes.get(b.id).category_id) == (areas[1].id, cats[2].id)


def test_move_into_a_theme_of_another_cell_and_of_the_same_cell_and_undo(qtbot, window, project, workshop, cells):
    areas, cats = cells
    grouped = project.notes.add(workshop.id, areas[0].id, cats[0].id, "I ett tema")
    old_theme = project.themes.create(workshop.id, areas[0].id, cats[0].id, "Gammalt tema", note_ids=[grouped.id])
    loose = project.notes.add(workshop.id, areas[2].id, cats[1].id, "Lös")
    target = project.themes.create(
        workshop.id,
        areas[2].id,
        cats[1].id,
        "Tid för samtal",
        note_ids=[project.notes.add(workshop.id, areas[2].id, cats[1].id, "Redan där").id],
    )
    scene = window.scene
    scene.clearSelection()
    scene.items_by_id[grouped.id].setSelected(True)
    scene.items_by_id[loose.id].setSelected(True)
    dialog = choose_move(qtbot, window)
    # the themes of each cell follow it in the list
    labels = [t.label for t in dialog.visible_targets()]
    cell = f"{areas[2].name} › {cats[1].name}"
    assert labels[labels.index(cell) + 1] == f"{cell} › Tid för samtal"
    assert dialog.target() is None or dialog.target().theme_id is None
    type_here("samtal")
    assert [t.theme_id for t in dialog.visible_targets()] == [target.id]
    key(qtbot, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    for note_id in (grouped.id, loose.id):
        note = project.notes.get(note_id)
        assert (note.focus_area_id, note.category_id, note.theme_id) == (areas[2].id, cats[1].id, target.id)
    assert window.statusBar().currentMessage().startswith(f"Moved 2 notes to {cell} › Tid för samtal.")
    window.undo_action.trigger()
    back = project.notes.get(grouped.id)
    assert (back.focus_area_id, back.theme_id) == (areas[0].id, old_theme.id)  # back in its old theme
    assert project.notes.get(loose.id).theme_id is None

    # within its own cell: into the theme, and undo takes it out again
    scene.clearSelection()
    scene.items_by_id[loose.id].setSelected(True)
    dialog = choose_move(qtbot, window)
    assert dialog.target().label.startswith(cell) and dialog.target().theme_id is None  # where it is now
    assert "(here now)" in dialog.list.currentItem().text()
    key(qtbot, Qt.Key.Key_Down)
    assert dialog.target().theme_id == target.id
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert project.notes.get(loose.id).theme_id == target.id
    window.undo_action.trigger()
    assert project.notes.get(loose.id).theme_id is None


def test_move_picker_cancel_and_nothing_to_move(qtbot, window, project, workshop, cells):
    areas, cats = cells
    note = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Lapp")
    window.scene.items_by_id[note.id].setSelected(True)
    dialog = choose_move(qtbot, window)
    type_here("inget sådant område")
    assert dialog.visible_targets() == [] and not dialog.ok.isEnabled() and dialog.empty.isVisibleTo(dialog)
    key(qtbot, Qt.Key.Key_Return)  # nothing to choose: stays open
    assert dialog.isVisible()
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert project.notes.get(note.id).focus_area_id == areas[0].id
    assert not window.undo_action.isEnabled()
    # the place it already is: nothing happens, and the status bar says so
    dialog = choose_move(qtbot, window)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not window.undo_action.isEnabled()
    assert window.statusBar().currentMessage().startswith("Nothing moved")
    # no selection: a word in the status bar, no dialog
    window.scene.clearSelection()
    assert not window.actions["move_notes"].isEnabled()
    assert window.note_editing.choose_move() is None
    assert window.statusBar().currentMessage() == "Select the notes to move first."


def test_move_from_the_list_of_notes(qtbot, window, project, workshop, cells):
    areas, cats = cells
    notes = [project.notes.add(workshop.id, areas[0].id, cats[0].id, f"Lapp {i}") for i in range(3)]
    window.actions["show_list"].trigger()
    table = window.notes_list
    assert focused() is table
    table.selectRow(0)
    table.selectionModel().select(
        table.model().index(2, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    assert window.actions["move_notes"].isEnabled()
    key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, MoveNotesDialog)
    qtbot.waitUntil(lambda: focused() is dialog.filter)
    type_here("hälso stöd")
    assert len(dialog.visible_targets()) == 1
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    moved = [project.notes.get(n.id) for n in notes]
    assert [n.focus_area_id for n in moved] == [areas[3].id, areas[0].id, areas[3].id]
    assert {n.category_id for n in (moved[0], moved[2])} == {cats[2].id}
    assert table.model().data(table.model().index(0, 1)) == areas[3].name
    assert table.selected_note_ids() == [notes[0].id, notes[2].id]  # the list keeps the selection
    qtbot.waitUntil(lambda: focused() is table)  # and the keyboard is back in it
    window.undo_action.trigger()
    assert all(project.notes.get(n.id).focus_area_id == areas[0].id for n in notes)


# --- the list: Del and F2 ----------------------------------------------------------------------------
def test_del_and_f2_in_the_list_of_notes(qtbot, window, project, workshop, cells):
    from workshop_app.gui.dialogs.text_dialog import NoteTextDialog

    areas, cats = cells
    notes = [project.notes.add(workshop.id, areas[0].id, cats[0].id, f"Lapp {i}") for i in range(3)]
    window.actions["show_list"].trigger()
    table = window.notes_list
    assert not window.actions["delete_notes"].isEnabled()
    table.selectRow(1)
    assert window.actions["delete_notes"].isEnabled() and window.actions["edit_note"].isEnabled()

    key(qtbot, Qt.Key.Key_Delete)
    assert project.notes.get(notes[1].id).deleted_at is not None
    assert table.model().rowCount() == 2
    assert table.selected_note_ids() == [notes[2].id]  # the next note took its place, for the next Del
    assert focused() is table
    window.undo_action.trigger()
    assert project.notes.get(notes[1].id).deleted_at is None

    table.selectRow(0)
    table.setFocus()
    key(qtbot, Qt.Key.Key_F2)
    dialog = open_dialog(qtbot, NoteTextDialog)
    assert dialog.edit.toPlainText() == "Lapp 0"
    qtbot.waitUntil(lambda: focused() is dialog.edit)
    type_here("Äldreomsorg")
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_here("på öarna")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert project.notes.get(notes[0].id).text == "Äldreomsorg\npå öarna"
    qtbot.waitUntil(lambda: focused() is table)
    assert table.model().data(table.model().index(0, 0)) == "Äldreomsorg på öarna"
    window.undo_action.trigger()
    assert project.notes.get(notes[0].id).text == "Lapp 0"

    # Esc cancels the dialog and changes nothing
    window.note_editing.edit_current()
    dialog = open_dialog(qtbot, NoteTextDialog)
    qtbot.waitUntil(lambda: focused() is dialog.edit)
    type_here("bort")
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert project.notes.get(notes[0].id).text == "Lapp 0"


# --- the card's own menu from the keyboard -------------------------------------------------------------
def _open_menu(qtbot):
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMenu) and w.objectName() == "boardMenu" and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )
    )
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMenu) and w.objectName() == "boardMenu" and w.isVisible()
    )


@pytest.mark.parametrize("press", ["menu key", "shift+f10", "platform event"])
def test_menu_key_and_shift_f10_open_the_cards_own_menu_at_the_card(qtbot, window, project, workshop, cells, press):
    areas, cats = cells
    card = project.notes.add(workshop.id, areas[0].id, cats[1].id, "Den här")  # where a menu fits the test screen
    for i in range(8):
        project.notes.add(workshop.id, areas[i % 3].id, cats[0].id, f"Lapp {i}")
    view = window.view
    item = window.scene.items_by_id[card.id]
    view.setFocus()
    view.focus_note(item)
    if press == "menu key":
        key(qtbot, Qt.Key.Key_Menu)
    elif press == "shift+f10":
        key(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    else:  # what Windows sends for either key, and Qt for an unhandled Menu key: opens at the view's top left
        QCoreApplication.sendEvent(
            view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), view.mapToGlobal(QPoint(0, 0)))
        )
    menu = _open_menu(qtbot)
    entries = [a.text() for a in menu.actions()]
    assert "&Edit note" in entries and "&Move to" in entries  # the card's menu, not the board's
    assert menu.activeAction() is not None and menu.activeAction().text() == "&Edit note"
    card_on_screen = view.viewport().mapToGlobal(view.mapFromScene(item.sceneBoundingRect()).boundingRect().center())
    assert menu.geometry().topLeft() == card_on_screen
    # the move entry of the menu offers the keyboard picker too
    move = next(a.menu() for a in menu.actions() if a.text() == "&Move to")
    assert window.actions["move_notes"] in move.actions()
    menu.close()
    assert item.isSelected()


@pytest.mark.parametrize("press", [(Qt.Key.Key_Menu, NO), (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)])
def test_menu_key_in_the_list_opens_the_menu_of_the_selected_rows(qtbot, window, project, workshop, cells, press):
    areas, cats = cells
    notes = [project.notes.add(workshop.id, areas[0].id, cats[0].id, f"Lapp {i}") for i in range(4)]
    window.actions["show_list"].trigger()
    table = window.notes_list
    table.selectRow(2)
    key(qtbot, *press)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMenu) and w.objectName() == "listMenu" and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )
    )
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.objectName() == "listMenu")
    assert [window.actions[n] in menu.actions() for n in ("edit_note", "move_notes", "delete_notes")] == [True] * 3
    row = table.visualRect(table.currentIndex())
    assert menu.geometry().topLeft() == table.viewport().mapToGlobal(row.center())  # at the current row
    window.actions["delete_notes"].trigger()
    menu.close()
    assert project.notes.get(notes[2].id).deleted_at is not None


def test_menu_key_on_a_theme_opens_the_themes_menu(qtbot, window, project, workshop, cells):
    areas, cats = cells
    note = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Lapp")
    theme = project.themes.create(workshop.id, areas[0].id, cats[0].id, "Ett tema", note_ids=[note.id])
    view = window.view
    view.setFocus()
    window.scene.setFocusItem(window.scene.theme_items[theme.id])
    key(qtbot, Qt.Key.Key_Menu)
    menu = _open_menu(qtbot)
    assert "&Rename theme" in [a.text() for a in menu.actions()]
    menu.close()


def test_keys_of_the_edit_menu_and_the_help(qtbot, window):
    from workshop_app.gui.actions import HELP_KEYS_PROPERTY, help_keys, set_shortcuts

    move = window.actions["move_notes"]
    assert move.shortcuts() == [QKeySequence("Ctrl+M")]
    edit_menu = next(m for m in window.menus.values() if m.title() == "&Edit")
    edit_menu.aboutToShow.emit()
    assert move in edit_menu.actions()
    # the help names only keys people type: of a standard binding its first key, never F13 and up
    sk = QKeySequence.StandardKey
    assert help_keys((sk.Undo,)) == [QKeySequence("Ctrl+Z")]
    assert help_keys((sk.Delete,)) == [QKeySequence("Del")]
    action = QAction(window)
    set_shortcuts(action, (sk.Undo, "F14", "Ctrl+Shift+Z"))
    assert QKeySequence("F14") in action.shortcuts()  # the key still works...
    assert action.property(HELP_KEYS_PROPERTY) == ["Ctrl+Z", "Ctrl+Shift+Z"]  # ...but is not listed
    text = window.show_shortcuts().text()
    for alias in QKeySequence.keyBindings(sk.Undo)[1:] + QKeySequence.keyBindings(sk.Delete)[1:]:
        assert f"{alias.toString(QKeySequence.SequenceFormat.NativeText)}:" not in text
        assert f"/ {alias.toString(QKeySequence.SequenceFormat.NativeText)}" not in text
    assert "F14" not in text and "Ctrl+D" not in text
    assert "Esc or Ctrl+L: back to writing a note" in text


def test_a_focus_frame_shows_where_the_keyboard_is(qtbot, window, project, workshop, cells):
    """The board, the list and the note field each show a frame in one colour while they have the
    keyboard, and none without it (read from the painted pixels)."""
    from PySide6.QtGui import QColor

    from workshop_app.gui.widgets import FOCUS_FRAME

    areas, cats = cells
    project.notes.add(workshop.id, areas[0].id, cats[0].id, "Lapp")
    frame = QColor(FOCUS_FRAME)

    def framed(widget) -> bool:
        image = widget.grab().toImage()
        return image.pixelColor(1, image.height() // 2) == frame

    for widget in (window.view, window.entry.text):
        widget.setFocus()
        qtbot.waitUntil(lambda w=widget: focused() is w)
        others = [w for w in (window.view, window.entry.text) if w is not widget]
        assert framed(widget), widget.objectName()
        assert not any(framed(w) for w in others)
    window.actions["show_list"].trigger()
    qtbot.waitUntil(lambda: focused() is window.notes_list)
    assert framed(window.notes_list)
    window.entry.text.setFocus()
    qtbot.waitUntil(lambda: focused() is window.entry.text)
    assert not framed(window.notes_list)
