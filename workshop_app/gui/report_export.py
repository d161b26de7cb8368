"""File → Export report: the export dialog over the board, and "Show the note" from its list of notes
that may hold personal data, which brings that note up on the board, open for editing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from workshop_app.gui.context import BoardContext

if TYPE_CHECKING:
    from workshop_app.gui.report_dialog import ReportDialog


class ReportExporting:
    """Opens the export dialog and answers its requests to show a note.

    Args:
        context: what the feature may use of the window.
        show_board: brings the board back when the list of notes is shown instead.
        clear_search: ends a search, so that the note is not filtered away.
    """

    def __init__(self, context: BoardContext, *, show_board: Callable[[], None], clear_search: Callable[[], None]):
        self.context = context
        self._show_board = show_board
        self._clear_search = clear_search

    def show_dialog(self) -> ReportDialog | None:
        from workshop_app.gui.report_dialog import ReportDialog

        c = self.context
        session = c.current_session()
        if session is None:
            return None
        if c.view.editor is not None:
            c.view.editor.finish(save=True)
        dialog = ReportDialog(session.project, c.current_workshop_id(), c.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.noteRequested.connect(self.show_note)
        saved = QCoreApplication.translate("MainWindow", "Report saved: %1")
        dialog.exported.connect(lambda path: c.show_status(saved.replace("%1", path), 15000))
        dialog.open()
        return dialog

    def show_note(self, workshop_id: str, note_id: str) -> bool:
        """Switch to ``workshop_id`` and bring note ``note_id`` up on the board, open for editing."""
        c = self.context
        session = c.current_session()
        if session is None:
            return False
        if workshop_id != c.current_workshop_id():
            c.show_workshop(workshop_id)
        self._show_board()
        self._clear_search()
        scene = c.current_scene()
        item = scene.items_by_id.get(note_id) if scene is not None else None
        if item is None:
            return False
        c.view.setFocus(Qt.FocusReason.OtherFocusReason)
        c.view.focus_note(item)
        if not item.note.hidden and not session.read_only:
            c.view.edit_note(item)
        return True
