"""What the window's feature objects may use of it: one small context, never the window itself.

A feature that held the window could reach everything in it, so nothing could be changed alone
(STYLE.md, "Avoid the god window"). The window builds one :class:`BoardContext` and hands it to
each feature (project files, workshop and note and theme editing, presentation mode, note files);
what one feature needs of another comes as a callable the window wires, never as the object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from workshop_app.domain.model import Workshop
    from workshop_app.gui.board.scene import BoardScene
    from workshop_app.gui.board.view import BoardView
    from workshop_app.gui.entry_bar import EntryBar
    from workshop_app.gui.session import OpenProject
    from workshop_app.gui.settings import Preferences


@dataclass(frozen=True)
class BoardContext:
    """The open project, the shown workshop and its board, and the few ways to act on them.

    Attributes:
        parent: the widget dialogs, menus and message boxes open over.
        prefs: the user's preferences.
        view: the board's view (zoom, in-place editing, focus).
        entry: the participants' note entry bar.
        current_session: the open project now (None when there is none).
        current_workshop_id: the workshop shown now.
        current_scene: the shown workshop's board (None when there is none).
        run_edit: runs one undoable edit of the shown workshop; False when it failed.
        show_status: a message in the status bar for the given milliseconds ("" clears it).
        show_error: tells the user what went wrong (a message box) and redraws the board.
        show_workshop: shows another workshop of the open project (None: no workshop).
        selected_note_ids: the notes selected on the board or in the list.
        refresh_actions: re-reads which commands are enabled or checked.
    """

    parent: QWidget
    prefs: Preferences
    view: BoardView
    entry: EntryBar
    current_session: Callable[[], OpenProject | None]
    current_workshop_id: Callable[[], str | None]
    current_scene: Callable[[], BoardScene | None]
    run_edit: Callable[[Any], bool]
    show_status: Callable[[str, int], None]
    show_error: Callable[[BaseException], object]
    show_workshop: Callable[[str | None], None]
    selected_note_ids: Callable[[], list[str]]
    refresh_actions: Callable[[], None]

    @property
    def session(self) -> OpenProject | None:
        return self.current_session()

    @property
    def project(self):
        session = self.current_session()
        return session.project if session is not None else None

    @property
    def workshop_id(self) -> str | None:
        return self.current_workshop_id()

    @property
    def scene(self) -> BoardScene | None:
        return self.current_scene()

    @property
    def workshop(self) -> Workshop | None:
        scene = self.current_scene()
        return scene.workshop if scene is not None else None

    def workshops(self) -> list[Workshop]:
        session = self.current_session()
        return session.project.workshops.list() if session is not None else []
