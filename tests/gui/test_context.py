"""A feature of the window works with the narrow BoardContext alone: no MainWindow is made here."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from workshop_app.gui.board.scene import BoardScene
from workshop_app.gui.board.view import BoardView
from workshop_app.gui.context import BoardContext
from workshop_app.gui.entry_bar import EntryBar
from workshop_app.gui.note_editing import NoteEditing
from workshop_app.gui.session import OpenProject
from workshop_app.gui.workshop_editing import WorkshopEditing


@pytest.fixture
def board(qtbot, prefs, project, workshop):
    """A context over a real session, board and entry bar, with the status messages kept."""
    session = OpenProject(project)
    parent = QWidget()
    qtbot.addWidget(parent)
    view = BoardView(parent)
    scene = BoardScene(session, workshop.id, parent.font(), parent=parent)
    view.setScene(scene)
    messages: list[str] = []
    errors: list[BaseException] = []
    context = BoardContext(
        parent=parent,
        prefs=prefs,
        view=view,
        entry=EntryBar(lambda *_: True, parent),
        current_session=lambda: session,
        current_workshop_id=lambda: workshop.id,
        current_scene=lambda: scene,
        run_edit=lambda command: session.run_edit(workshop.id, command),
        show_status=lambda text, _ms: messages.append(text),
        show_error=errors.append,
        show_workshop=lambda _id: None,
        selected_note_ids=scene.selected_note_ids,
        refresh_actions=lambda: None,
    )
    yield context, session, messages, errors
    view.setScene(None)


def test_note_editing_deletes_the_selected_cards_as_one_undo_step(board, project, workshop):
    context, session, messages, errors = board
    area = project.workshops.focus_areas(workshop.id)[0]
    category = project.workshops.categories(workshop.id)[0]
    kept, gone = (project.notes.add(workshop.id, area.id, category.id, text).id for text in ("Kvar", "Bort"))
    notes = NoteEditing(
        context,
        search=QLineEdit(context.parent),
        notes_list=lambda: None,
        showing_board=lambda: True,
        action=lambda _name: None,
        current_theme=lambda: None,
        rename_theme=lambda: None,
        dissolve_themes=lambda: None,
        theme_menu=lambda _m, _i: None,
    )
    context.scene.items_by_id[gone].setSelected(True)
    notes.delete_selected()
    assert [n.id for n in project.notes.list(workshop.id)] == [kept]
    assert gone not in context.scene.items_by_id
    assert messages and errors == []
    session.stack(workshop.id).undo()
    assert {n.id for n in project.notes.list(workshop.id)} == {kept, gone}


def test_workshop_editing_turns_the_hidden_round_on(board, project, workshop):
    context, session, _messages, errors = board
    editing = WorkshopEditing(context, current_theme=lambda: None)
    editing.toggle_hidden_round()
    assert project.workshops.get(workshop.id).hidden_round
    assert errors == [] and session.stack(workshop.id).count() == 1
