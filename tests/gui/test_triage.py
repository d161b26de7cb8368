"""Triage mode (Themes → Sort notes…): one loose note at a time, keys 1-3, N, S, Backspace, progress."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_text
from workshop_app.gui.triage import TriageDialog

LOOSE = [
    "Schemat är för tight, tidsbrist varje dag",  # time
    "Underbemanning på helgerna, svårt att rekrytera personal",  # staff
    "Datorn ligger nere och IT-strul",  # tech
    "Katten på avdelningen heter Måns",  # nothing
]


@pytest.fixture
def cells(project, workshop):
    return project.workshops.focus_areas(workshop.id), project.workshops.categories(workshop.id)


@pytest.fixture
def started(project, workshop, cells):
    """Three themes started by the facilitator (one note each) and four loose notes, one cell."""
    areas, cats = cells
    area, cat = areas[0].id, cats[1].id
    themes = {}
    for key, title, text in [
        ("time", "Tid", "Ingen tid för samtal med brukaren"),
        ("staff", "Bemanning", "Brist på personal på helgerna"),
        ("tech", "IT-strul", "Journalsystemet krånglar hela tiden"),
    ]:
        note = project.notes.add(workshop.id, area, cat, text)
        themes[key] = project.themes.create(workshop.id, area, cat, title, note_ids=[note.id]).id
    loose = [project.notes.add(workshop.id, area, cat, text).id for text in LOOSE]
    return themes, loose


def press(widget, key, text=""):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QKeyEvent

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def open_triage(qtbot, window) -> TriageDialog:
    window.actions["triage"].trigger()
    dialog = window.findChild(TriageDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def shown_titles(dialog):
    return [s.title for s in dialog.shown]


def test_menu_entry_opens_one_note_at_a_time_with_ranked_themes_and_progress(qtbot, window, project, workshop, started):
    themes, loose = started
    dialog = open_triage(qtbot, window)
    assert dialog.progress.text() == "4 of 4 left"
    assert dialog.note.text() == LOOSE[0]
    assert shown_titles(dialog)[0] == "Tid" and len(dialog.shown) == 3
    assert dialog.hint.text() == ""
    first = dialog.buttons[0]
    assert first.isVisible() and first.text().startswith("1   Tid (1)") and "tidsbrist" in first.text().lower()
    assert dialog.note.font().pointSizeF() >= 2 * window.font().pointSizeF() - 0.1  # large


def test_keys_accept_skip_and_start_a_theme_each_one_undo_step(qtbot, window, project, workshop, started):
    themes, loose = started
    stack = window.session.stack(workshop.id)
    steps = stack.count()
    dialog = open_triage(qtbot, window)
    press(dialog, Qt.Key.Key_1, "1")  # the time note -> Tid
    assert project.notes.get(loose[0]).theme_id == themes["time"]
    assert stack.count() == steps + 1
    assert dialog.progress.text() == "3 of 4 left"
    assert dialog.note.text() == LOOSE[1] and shown_titles(dialog)[0] == "Bemanning"
    press(dialog, Qt.Key.Key_S, "s")  # skip the staff note
    assert project.notes.get(loose[1]).theme_id is None
    assert stack.count() == steps + 1
    assert dialog.progress.text() == "2 of 4 left"
    second = shown_titles(dialog).index("IT-strul") + 1
    press(dialog, getattr(Qt.Key, f"Key_{second}"), str(second))
    assert project.notes.get(loose[2]).theme_id == themes["tech"]
    assert "No theme fits this note well" in dialog.hint.text()  # the cat fits nothing
    press(dialog, Qt.Key.Key_N, "n")  # the cat: a new theme, title typed in place
    assert dialog.title_edit.isVisible()
    dialog.title_edit.clear()
    type_text(dialog.title_edit, "Djur på boendet")
    press(dialog.title_edit, Qt.Key.Key_Return, "\r")
    new = project.notes.get(loose[3]).theme_id
    assert new not in themes.values() and project.themes.get(new).title == "Djur på boendet"
    assert project.themes.get(new).origin == "facilitator"
    assert stack.count() == steps + 3
    assert dialog.progress.text() == "0 of 4 left"
    assert "1 skipped" in dialog.hint.text()
    assert new in window.scene.theme_items  # the board shows it at once
    # the main window's undo takes the decisions back one by one
    window.undo_action.trigger()
    assert project.notes.get(loose[3]).theme_id is None
    window.undo_action.trigger()
    assert project.notes.get(loose[2]).theme_id is None


def test_backspace_undoes_the_last_choice_and_shows_that_note_again(qtbot, window, project, workshop, started):
    themes, loose = started
    stack = window.session.stack(workshop.id)
    steps = stack.count()
    dialog = open_triage(qtbot, window)
    press(dialog, Qt.Key.Key_1, "1")
    press(dialog, Qt.Key.Key_S, "s")
    press(dialog, Qt.Key.Key_Backspace)  # takes back the skip
    assert dialog.note.text() == LOOSE[1] and dialog.progress.text() == "3 of 4 left"
    press(dialog, Qt.Key.Key_Backspace)  # takes back the choice, on the main undo stack
    assert project.notes.get(loose[0]).theme_id is None
    assert stack.count() == steps + 1 and stack.index() == steps  # undone, redo still possible
    assert dialog.note.text() == LOOSE[0] and dialog.progress.text() == "4 of 4 left"
    press(dialog, Qt.Key.Key_Backspace)
    assert "Nothing to undo" in dialog.message.text()
    press(dialog, Qt.Key.Key_N, "n")
    press(dialog.title_edit, Qt.Key.Key_Escape)  # Esc leaves the title field, not the dialog
    assert dialog.isVisible() and not dialog.title_edit.isVisible()
    assert project.notes.get(loose[0]).theme_id is None


def test_the_next_suggestions_learn_from_each_choice(qtbot, window, project, workshop, cells, started):
    themes, loose = started
    areas, cats = cells
    # two notes with a word no theme has yet: after the first goes to IT-strul, the second follows
    first = project.notes.add(workshop.id, areas[0].id, cats[1].id, "Routern strejkar").id
    second = project.notes.add(workshop.id, areas[0].id, cats[1].id, "Routern strejkar igen på boendet").id
    dialog = open_triage(qtbot, window)
    for _ in range(len(LOOSE)):
        press(dialog, Qt.Key.Key_S, "s")
    assert project.notes.get(first).text == dialog.note.text()
    before = {s.title: s.score for s in dialog.queue.suggestions(project.notes.get(second))}
    index = shown_titles(dialog).index("IT-strul") + 1
    press(dialog, getattr(Qt.Key, f"Key_{index}"), str(index))
    assert dialog.note.text() == "Routern strejkar igen på boendet"
    assert shown_titles(dialog)[0] == "IT-strul"
    assert dialog.shown[0].score > before["IT-strul"]
    assert "routern" in [w.lower() for w in dialog.shown[0].words]


def test_a_cell_without_themes_offers_a_new_theme_and_closing_reports_on_the_status_bar(
    qtbot, window, project, workshop, cells
):
    areas, cats = cells
    project.notes.add(workshop.id, areas[2].id, cats[0].id, "Fler träffpunkter för äldre")
    dialog = open_triage(qtbot, window)
    assert not dialog.shown and not any(b.isVisible() for b in dialog.buttons)
    assert "press N" in dialog.hint.text()
    press(dialog, Qt.Key.Key_1, "1")  # nothing to accept: nothing happens
    assert dialog.progress.text() == "1 of 1 left"
    press(dialog, Qt.Key.Key_N, "n")
    assert dialog.title_edit.text() == "Fler träffpunkter för äldre"  # a first title from the note
    press(dialog.title_edit, Qt.Key.Key_Return, "\r")
    assert len(project.themes.list(workshop.id)) == 1
    press(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert "1 note sorted into themes" in window.statusBar().currentMessage()


def test_triage_is_offered_only_for_a_writable_workshop(window):
    assert window.actions["triage"].isEnabled()
    assert window.actions["triage"].shortcut().toString() == "Ctrl+Shift+K"


def test_m_reaches_a_theme_not_shown_and_another_area_each_one_undo_step(
    qtbot, window, project, workshop, cells, started
):
    from workshop_app.gui.dialogs.move_dialog import MoveNotesDialog

    themes, loose = started
    areas, cats = cells
    # a fourth theme in the cell, which the time note does not fit (whether it is shown or not, M reaches it)
    extra = project.notes.add(workshop.id, areas[0].id, cats[1].id, "Parkeringen vid boendet är full")
    parking = project.themes.create(workshop.id, areas[0].id, cats[1].id, "Parkering", note_ids=[extra.id]).id
    elsewhere = project.themes.create(workshop.id, areas[1].id, cats[1].id, "Schemaläggning").id
    stack = window.session.stack(workshop.id)
    steps = stack.count()
    dialog = open_triage(qtbot, window)
    press(dialog, Qt.Key.Key_M, "m")
    picker = dialog.findChild(MoveNotesDialog)
    assert picker is not None and picker.isVisible()
    assert picker.target().theme_id is None and picker.target().area_id == areas[0].id  # starts at the note's cell
    type_text(picker.filter, "parkering")
    assert picker.target().theme_id == parking
    press(picker.filter, Qt.Key.Key_Return)
    assert project.notes.get(loose[0]).theme_id == parking
    assert stack.count() == steps + 1
    assert dialog.progress.text() == "3 of 4 left" and dialog.note.text() == LOOSE[1]
    # a note written in the wrong area goes to a theme there
    press(dialog, Qt.Key.Key_M, "m")
    picker = [p for p in dialog.findChildren(MoveNotesDialog) if p.isVisible()][0]
    type_text(picker.filter, "schemaläggning")
    press(picker.filter, Qt.Key.Key_Return)
    moved = project.notes.get(loose[1])
    assert (moved.focus_area_id, moved.theme_id) == (areas[1].id, elsewhere)
    # choosing the note's own cell leaves it loose and decides nothing
    press(dialog, Qt.Key.Key_M, "m")
    picker = [p for p in dialog.findChildren(MoveNotesDialog) if p.isVisible()][0]
    press(picker.filter, Qt.Key.Key_Return)
    assert project.notes.get(loose[2]).theme_id is None and "stays loose" in dialog.message.text()
    assert dialog.progress.text() == "2 of 4 left"
    # Backspace takes the move back: the note returns to its own area, loose
    press(dialog, Qt.Key.Key_Backspace)
    moved = project.notes.get(loose[1])
    assert (moved.focus_area_id, moved.theme_id) == (areas[0].id, None)
    assert dialog.note.text() == LOOSE[1]
