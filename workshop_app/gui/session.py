"""An open project as the GUI sees it: the project, its change signal and one undo stack per workshop.

The window puts the stacks in its QUndoGroup, so its Undo/Redo actions follow the workshop shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from workshop_app.domain.errors import UserError
from workshop_app.gui.changes import ChangeSignals
from workshop_app.gui.commands.base import Command

log = logging.getLogger(__name__)


class OpenProject(QObject):
    """Owns a :class:`Project` while the window shows it, and runs the edits made to it.

    Signals:
        error: a user error to show (the window shows it in a message box).
        batch_begun, batch_ended: around each edit, undo and redo, so the board lays itself out
            once per edit rather than once per change the edit announces.
        closing: the project is about to be closed (what holds another connection to it lets go).
    """

    error = Signal(object)
    closing = Signal()
    batch_begun = Signal()
    batch_ended = Signal()

    def __init__(self, project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.signals = ChangeSignals(project, self)
        self._stacks: dict[str, QUndoStack] = {}
        self._depth = 0

    @property
    def read_only(self) -> bool:
        return self.project.read_only

    @property
    def path(self):
        return self.project.path

    def stack(self, workshop_id: str) -> QUndoStack:
        """The undo stack of one workshop (created on first use)."""
        stack = self._stacks.get(workshop_id)
        if stack is None:
            stack = QUndoStack(self)
            self._stacks[workshop_id] = stack
        return stack

    def stacks(self) -> list[QUndoStack]:
        return list(self._stacks.values())

    def run_edit(self, workshop_id: str, command: Command) -> bool:
        """Apply ``command`` now (one transaction); push it on the workshop's stack if it worked.

        Returns:
            True when the edit was made; False when it was refused (the error is emitted).
        """
        try:
            with self.batch(), self.project.transaction():
                command.apply()
        except UserError as error:
            self.error.emit(error)
            return False
        self.push_applied(workshop_id, command)
        return True

    def push_applied(self, workshop_id: str, command: Command) -> None:
        """Put an edit that has already been made (e.g. a note a phone posted) on the undo stack."""
        command.report = self.error.emit
        command.batch = self.batch
        command.mark_applied()
        self.stack(workshop_id).push(command)

    @property
    def batching(self) -> bool:
        """Whether a batch (:meth:`batch`) is open."""
        return self._depth > 0

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Everything inside is one edit for the board (nested uses join the outer one)."""
        self._depth += 1
        if self._depth == 1:
            self.batch_begun.emit()
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self.batch_ended.emit()

    def close(self) -> None:
        """Forget the undo history and close the project (releasing its lock)."""
        self.closing.emit()
        self.signals.detach()
        for stack in self._stacks.values():
            stack.clear()
        self._stacks.clear()
        self.project.close()


class OncePerBatch(QObject):
    """Calls ``callback`` at once, or, while the session's batch is open, once soon after it
    however often it was asked to (the notes a burst of phones posted are put on the undo stack
    one by one, and each push would re-read every command's state).

    Args:
        callback: what to call.
        session: the open project now (None when there is none).
    """

    def __init__(self, callback: Callable[[], None], session: Callable[[], OpenProject | None], parent: QObject):
        super().__init__(parent)
        self._callback = callback
        self._session = session
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(callback)

    def call(self, *_args) -> None:
        session = self._session()
        if session is not None and session.batching:
            self._soon.start()
        else:
            self._callback()
