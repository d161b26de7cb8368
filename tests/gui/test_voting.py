"""Prioritise at the shared screen: a round, dots with + and −, hidden until revealed, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from workshop_app.gui.voting import THEME_ROLE, RoundDialog


def _choose(window, theme_id):
    window.scene.clearSelection()
    item = window.scene.theme_items[theme_id]
    item.setSelected(True)
    window.view.setFocus()
    item.setFocus()


def test_paper_tally_is_hidden_until_revealed_and_every_step_undoes(
    qtbot, project, workshop, three_themes, make_window
):
    window = make_window(project, workshop.id)
    assert not window.actions["vote_plus"].isEnabled() or window.voting.current_round() is None
    assert window.voting.start_with(3, 3, None, 12)
    round_ = window.voting.current_round()
    tid, schema, wifi = (t.id for t in three_themes)
    _choose(window, tid)
    window.actions["vote_plus"].trigger()
    window.actions["vote_plus"].trigger()
    _choose(window, wifi)
    window.actions["vote_plus"].trigger()
    qtbot.waitUntil(lambda: project.votes.totals(round_.id) == {tid: 2, wifi: 1})
    # hidden: the board shows no counts, the panel's list no numbers
    qtbot.wait(10)
    assert all(item.votes is None for item in window.scene.theme_items.values())
    assert "vote" not in " ".join(
        window.voting.panel.list.item(i).text() for i in range(window.voting.panel.list.count())
    )
    window.actions["reveal_votes"].trigger()
    qtbot.waitUntil(lambda: window.scene.theme_items[tid].votes == 2)
    assert window.scene.theme_items[wifi].votes == 1
    assert window.scene.theme_items[schema].votes == 0
    ranked = [window.voting.panel.list.item(i).text() for i in range(window.voting.panel.list.count())]
    assert ranked[0].startswith("1. Tid") and "2 votes" in ranked[0]
    assert ranked[1].startswith("2. Wifi")
    # the themes without dots follow under a heading that cannot be chosen, and carry no pill on the board
    assert ranked[2:] == ["No votes (1):", "Schema"]
    heading = window.voting.panel.list.item(2)
    assert heading.data(THEME_ROLE) is None and not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    assert window.scene.theme_items[schema]._votes_width() == 0 < window.scene.theme_items[wifi]._votes_width()
    assert "›" in window.voting.panel.list.item(0).toolTip()
    _choose(window, schema)  # a paper dot can still go to a theme the room passed over
    window.actions["vote_plus"].trigger()
    qtbot.waitUntil(lambda: window.scene.theme_items[schema].votes == 1)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.scene.theme_items[schema].votes == 0)
    assert "12 voters" in window.voting.panel.status.text()
    # undo: hide, then the dots one by one, then the round itself
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.scene.theme_items[tid].votes is None)
    window.undo_action.trigger()
    assert project.votes.totals(round_.id) == {tid: 2}
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert project.votes.totals(round_.id) == {}
    window.undo_action.trigger()
    assert project.votes.current(workshop.id) is None
    while window.redo_action.isEnabled():  # everything again, the paper dot after the reveal last
        window.redo_action.trigger()
    assert project.votes.current(workshop.id).id == round_.id
    assert project.votes.totals(round_.id) == {tid: 2, wifi: 1, schema: 1}
    assert project.votes.current(workshop.id).revealed


def test_participants_in_turn_have_the_rounds_limits(qtbot, project, workshop, three_themes, make_window):
    window = make_window(project, workshop.id)
    window.voting.start_with(2, 1, None)
    round_ = window.voting.current_round()
    tid, schema, wifi = (t.id for t in three_themes)
    window.voting.next_participant()
    window.actions["focus_board"].trigger()
    qtbot.waitUntil(lambda: window.view.hasFocus())
    _choose(window, tid)
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.NoModifier)
    assert project.votes.totals(round_.id) == {tid: 1}
    window.actions["vote_plus"].trigger()  # a second dot on one theme: refused with a message
    qtbot.waitUntil(
        lambda: any(
            "At most one dot" in box.text() + box.informativeText() + box.detailedText()
            for box in window.findChildren(QMessageBox)
        )
    )
    assert window.entry.text.toPlainText() == ""  # the keys were dots, not note text
    assert project.votes.totals(round_.id) == {tid: 1}
    _choose(window, schema)
    window.actions["vote_plus"].trigger()
    qtbot.waitUntil(lambda: "0 dots left" in window.voting.panel.turn.text())
    window.voting.next_participant()
    assert "Participant 2: 2 dots left" in window.voting.panel.turn.text()
    _choose(window, schema)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus)  # participant 2 has no dot there: nothing changes
    window.actions["vote_plus"].trigger()
    assert project.votes.totals(round_.id) == {tid: 1, schema: 2}
    assert project.votes.voters(project.votes.current(workshop.id)) == 2
    # ending the round stops the + key
    window.actions["end_voting"].trigger()
    window.refresh_actions()
    assert not window.actions["vote_plus"].isEnabled()
    qtbot.waitUntil(lambda: not window.voting.panel.plus_button.isEnabled())


def test_round_dialog_caps_the_dots_on_one_theme(qtbot, project, workshop):
    dialog = RoundDialog(project.workshops.focus_areas(workshop.id))
    qtbot.addWidget(dialog)
    assert dialog.settings() == (3, 3, None, 0)
    dialog.dots.setValue(5)
    assert dialog.cap.value() == 5
    dialog.cap.setValue(2)
    dialog.dots.setValue(1)
    dialog.scope.setCurrentIndex(2)
    dots, cap, area, _paper = dialog.settings()
    assert (dots, cap) == (1, 1) and area == project.workshops.focus_areas(workshop.id)[1].id
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_phone_dots_reach_the_board_and_stay_off_the_undo_stack(qtbot, project, workshop, three_themes, make_window):
    from tests.intake.conftest import call

    window = make_window(project, workshop.id)
    intake = window.phone_intake
    intake.context.host = lambda: "127.0.0.1"
    intake.context.port = 0
    window.actions["open_intake"].trigger()
    assert intake.running
    try:
        window.voting.start_with(3, 3, None)
        window.actions["reveal_votes"].trigger()
        steps = window.undo_action.text()
        port = int(intake.server.url.rsplit(":", 1)[1].strip("/"))
        tid = three_themes[0].id
        body = {"code": intake.server.code, "token": "t" * 24, "theme_id": tid, "action": "add", "request_id": "p1"}
        assert call(port, "POST", "/api/votes", body=body).status == 200
        qtbot.waitUntil(lambda: window.scene.theme_items[tid].votes == 1, timeout=5000)
        qtbot.waitUntil(lambda: "1 voter" in window.voting.panel.status.text())
        assert window.undo_action.text() == steps  # the participant's dot is not the facilitator's edit
        window.actions["end_voting"].trigger()
        body["request_id"] = "p2"
        assert call(port, "POST", "/api/votes", body=body).status == 409
    finally:
        intake.close()
