"""What every undoable command shares: run once before it is pushed, then undo/redo the API."""

from __future__ import annotations

import logging
from contextlib import nullcontext

from PySide6.QtGui import QUndoCommand

from workshop_app.domain.errors import UserError

log = logging.getLogger(__name__)


class Command(QUndoCommand):
    """An edit that has already happened when it is pushed.

    Subclasses implement :meth:`apply` and :meth:`revert`, calling the service API inside one
    transaction. :meth:`OpenProject.run_edit` calls ``apply()`` first, so an error shows a
    message and nothing lands on the stack; the first ``redo()`` from ``push`` is then skipped.
    Errors in a later undo/redo (the project went read-only, a note vanished) are reported
    through ``report`` and the command is made obsolete.
    """

    def __init__(self, project, text: str):
        super().__init__(text)
        self.project = project
        self.report = None  # set by OpenProject.run_edit: Callable[[BaseException], None]
        self.batch = nullcontext  # set by OpenProject.run_edit: one board layout per undo/redo
        self._skip_redo = False

    def apply(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def mark_applied(self) -> None:
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step) -> None:
        try:
            with self.batch(), self.project.transaction():
                step()
        except UserError as error:
            log.warning("undo/redo of %r failed: %s", self.text(), error)
            self.setObsolete(True)
            if self.report is not None:
                self.report(error)
