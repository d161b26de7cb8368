"""Running the room: presentation mode, the timer, the hidden round and reveal, the language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_text
from workshop_app.gui.board.note_item import NoteItem


def test_presentation_mode_on_and_off(qtbot, window, prefs):
    normal_zoom = window.view.zoom
    window.actions["presentation"].trigger()
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert window.presentation.active
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert window.view.zoom > normal_zoom  # large on the projector
    assert window.entry.isVisible() and window.timer.isVisible()
    # facilitator controls behind a shortcut, the entry keeps working
    window.actions["facilitator_controls"].trigger()
    assert window.menuBar().isVisible() and window.toolbar.isVisible()
    window.actions["facilitator_controls"].trigger()
    assert not window.menuBar().isVisible()
    window.actions["zoom_in"].trigger()
    assert prefs.presentation_zoom == window.view.zoom
    window.actions["presentation"].trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.menuBar().isVisible() and window.toolbar.isVisible()
    assert window.view.zoom == normal_zoom


def test_high_contrast_is_remembered(window, prefs):
    from PySide6.QtGui import QColor, QPalette

    prompt = lambda: window.entry.text.palette().color(QPalette.ColorRole.PlaceholderText)  # noqa: E731
    normal = prompt()
    assert not window.scene.high_contrast
    window.actions["high_contrast"].trigger()
    assert window.scene.high_contrast and prefs.high_contrast
    assert prompt() == QColor("#3a3a3a") != normal  # the entry bar's prompt is dark too
    window.actions["high_contrast"].trigger()
    assert not window.scene.high_contrast and not prefs.high_contrast
    assert prompt() == normal


class FakeClock:
    """A round timer's clock that moves only when a test says so."""

    def __init__(self):
        self.ms = 1_000_000

    def __call__(self) -> int:
        return self.ms

    def advance(self, ms: int) -> None:
        self.ms += ms


def test_timer_start_pause_and_one_more_minute(qtbot, window):
    timer = window.timer
    timer.clock = clock = FakeClock()
    timer.minutes.setValue(1)
    assert timer.display.text() == "01:00"
    window.actions["timer_start"].trigger()
    assert timer.running
    clock.advance(15_500)
    qtbot.waitUntil(lambda: timer.display.text() == "00:45")  # the display follows the clock
    window.actions["timer_start"].trigger()
    assert not timer.running
    assert timer.remaining_ms() == 44_500
    clock.advance(30_000)  # paused: no time goes
    assert timer.remaining_ms() == 44_500
    window.actions["timer_plus"].trigger()
    assert timer.remaining_ms() == 104_500
    assert timer.display.text() == "01:45"
    window.actions["timer_start"].trigger()
    clock.advance(4_500)
    assert timer.remaining_ms() == 100_000
    window.actions["timer_reset"].trigger()
    assert not timer.running and timer.display.text() == "01:00"


def test_a_new_length_applies_to_the_running_round(qtbot, window):
    timer = window.timer
    timer.clock = clock = FakeClock()
    timer.minutes.setValue(10)
    timer.start()
    clock.advance(2 * 60_000)
    timer.minutes.setValue(12)  # two more minutes for this round
    assert timer.running and timer.remaining_ms() == 10 * 60_000
    clock.advance(60_000)
    assert timer.remaining_ms() == 9 * 60_000
    timer.minutes.setValue(4)  # three minutes gone of a four-minute round
    assert timer.running and timer.remaining_ms() == 60_000
    timer.minutes.setValue(2)  # already over
    qtbot.waitUntil(lambda: timer.time_up)
    assert not timer.running


def test_hidden_round_and_reveal(window, project, workshop):
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    window.actions["hidden_round"].trigger()
    assert project.workshops.get(workshop.id).hidden_round
    assert window.hidden_label.isVisible()
    assert window.actions["hidden_round"].isChecked()

    window.post_note(areas[0].id, cats[0].id, "Hemlig tanke", "")
    note = project.notes.list(workshop.id)[0]
    item: NoteItem = window.scene.items_by_id[note.id]
    assert note.hidden and item.note.hidden
    assert "Hemlig" not in item.accessible_text()
    window.search.setText("Hemlig")  # a face-down note does not give itself away in a search
    assert not item.matches
    window.search.clear()

    window.actions["reveal"].trigger()
    assert not project.notes.get(note.id).hidden
    assert not item.note.hidden and "Hemlig tanke" in item.accessible_text()
    window.undo_action.trigger()  # turn them face down again
    assert project.notes.get(note.id).hidden and item.note.hidden
    window.redo_action.trigger()
    assert not project.notes.get(note.id).hidden

    window.actions["hidden_round"].trigger()
    assert not project.workshops.get(workshop.id).hidden_round
    assert not window.hidden_label.isVisible()
    window.undo_action.trigger()
    assert project.workshops.get(workshop.id).hidden_round


def test_language_switch_changes_visible_strings(qtbot, project, workshop, prefs):
    from workshop_app.gui.app import Launcher
    from workshop_app.gui.session import OpenProject

    launcher = Launcher(prefs)
    english = launcher.show(OpenProject(project), workshop.id)
    qtbot.addWidget(english)
    assert english.menus and list(english.menus)[0] == "&File"
    assert english.entry.post_button.text() == "Post"
    english.post_note(
        project.workshops.focus_areas(workshop.id)[0].id,
        project.workshops.categories(workshop.id)[0].id,
        "Före bytet",
        "",
    )
    english.timer.minutes.setValue(5)
    english.timer.start()

    swedish = english.set_language("sv")
    qtbot.addWidget(swedish)
    try:
        assert prefs.language == "sv"
        # a running round goes on in the rebuilt window
        assert swedish.timer.running and swedish.timer.minutes.value() == 5
        assert 4 * 60_000 < swedish.timer.remaining_ms() <= 5 * 60_000
        assert list(swedish.menus)[0] == "&Arkiv"
        assert swedish.entry.post_button.text() == "Sätt upp"
        assert swedish.windowTitle().endswith("Workshoptavlan")
        assert swedish.workshop_id == workshop.id
        # same project, same undo history (a step keeps the label it was made with)
        assert swedish.undo_action.isEnabled() and swedish.undo_action.text().startswith("Ångra ")
        # Qt's own strings are Swedish too
        from PySide6.QtWidgets import QDialogButtonBox

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"

        back = swedish.set_language("en")
        qtbot.addWidget(back)
        assert list(back.menus)[0] == "&File"
        back.release_session()
    finally:
        swedish.release_session()


def test_keyboard_navigation_between_cards(qtbot, window, project, workshop):
    areas = project.workshops.focus_areas(workshop.id)
    cats = project.workshops.categories(workshop.id)
    a = project.notes.add(workshop.id, areas[0].id, cats[0].id, "Första")
    b = project.notes.add(workshop.id, areas[1].id, cats[0].id, "Andra")
    c = project.notes.add(workshop.id, areas[0].id, cats[1].id, "Tredje")
    window.actions["focus_board"].trigger()
    scene = window.scene
    assert scene.focusItem().note_id == a.id
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert scene.focusItem().note_id == b.id
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert scene.focusItem().note_id == c.id
    assert window.view.accessibleDescription().endswith("Tredje")
    window.actions["focus_entry"].trigger()
    assert window.entry.text.hasFocus()


def test_presentation_mode_makes_the_entry_bar_large_and_follows_the_zoom(qtbot, window, prefs):
    entry = window.entry
    area, category = entry._area_group.buttons()[0], entry._category_group.buttons()[0]

    def sizes():
        return (
            entry.text.font().pointSizeF(),
            area.font().pointSizeF(),
            category.font().pointSizeF(),
            entry.text.height(),
            category.iconSize().width(),
        )

    normal = sizes()
    app_size = window.font().pointSizeF()
    assert normal[0] > app_size  # derived from the application font, larger than it
    window.actions["presentation"].trigger()
    qtbot.waitUntil(lambda: window.isFullScreen())
    large = sizes()
    assert all(b > a for a, b in zip(normal, large)), (normal, large)
    assert large[0] / normal[0] == pytest.approx(prefs.presentation_zoom, rel=0.02)
    window.actions["zoom_in"].trigger()
    larger = sizes()
    assert all(b > a for a, b in zip(large, larger)), (large, larger)
    window.actions["zoom_out"].trigger()
    window.actions["zoom_out"].trigger()
    assert sizes()[0] < larger[0]
    # participants can still type and post at the projector
    type_text(entry.text, "Större text på skärmen")
    qtbot.keyClick(entry.text, Qt.Key.Key_Return)
    assert any(i.note.text == "Större text på skärmen" for i in window.scene.items_by_id.values())
    window.actions["presentation"].trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert sizes() == normal
    # the zoom of the normal board does not touch the entry bar
    window.actions["zoom_in"].trigger()
    assert sizes() == normal


def _visible_dialogs():
    from PySide6.QtWidgets import QApplication, QDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_time_up_is_unmistakable_words_flashes_and_a_beep_but_no_dialog(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from workshop_app.gui import timer_widget

    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    timer = window.timer
    timer.minutes.setValue(1)
    assert not timer.time_up and timer.display.styleSheet() == ""
    timer.clock = clock = FakeClock()
    window.actions["timer_start"].trigger()
    looks = set()
    clock.advance(60_000)
    with qtbot.waitSignal(timer.finished, timeout=3000):
        pass
    assert timer.time_up and not timer.running
    assert timer.display.text() == "Time is up"
    assert timer.display.accessibleDescription() == "Time is up"
    assert beeps == [1]
    assert not _visible_dialogs()  # the room never gets a dialog in its way
    # it flashes a few times, then stays red
    qtbot.waitUntil(lambda: looks.add(timer.display.styleSheet()) or not timer._flash.isActive(), timeout=5000)
    assert timer_widget.FLASH_STYLE in looks and timer_widget.TIME_UP_STYLE in looks
    assert timer.display.styleSheet() == timer_widget.TIME_UP_STYLE
    qtbot.wait(600)
    assert beeps == [1]  # once
    # one more minute, or a reset, ends it
    window.actions["timer_plus"].trigger()
    assert not timer.time_up and timer.display.text() == "01:00" and timer.display.styleSheet() == ""
    window.actions["timer_reset"].trigger()
    assert timer.display.text() == "01:00"


def test_time_up_in_swedish(qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from workshop_app.gui.i18n import install_translators
    from workshop_app.gui.timer_widget import RoundTimer

    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))
    install_translators("sv")
    clock = FakeClock()
    timer = RoundTimer(1, clock=clock)
    qtbot.addWidget(timer)
    timer.start()
    clock.advance(60_000)
    with qtbot.waitSignal(timer.finished, timeout=2000):
        pass
    assert timer.display.text() == "Tiden är ute"


def test_presentation_mode_makes_the_timer_large_and_follows_the_zoom(qtbot, window, prefs):
    from workshop_app.gui.entry_bar import MAX_SCALE

    timer = window.timer

    def sizes():
        return (
            timer.display.font().pointSizeF(),
            timer.start_button.iconSize().width(),
            timer.display.minimumWidth(),
            window.title_label.font().pointSizeF(),
        )

    normal = sizes()
    window.actions["presentation"].trigger()
    qtbot.waitUntil(lambda: window.isFullScreen())
    large = sizes()
    assert all(b > a for a, b in zip(normal, large)), (normal, large)
    assert large[0] / normal[0] == pytest.approx(prefs.presentation_zoom, rel=0.02)
    window.actions["zoom_in"].trigger()
    assert sizes()[0] > large[0]
    for _ in range(15):
        window.actions["zoom_in"].trigger()
    assert window.view.zoom > MAX_SCALE
    assert sizes()[0] == pytest.approx(normal[0] * MAX_SCALE, rel=0.02)  # never larger than this
    assert timer.isVisible() and timer.display.isVisible()
    window.actions["presentation"].trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert sizes() == normal
