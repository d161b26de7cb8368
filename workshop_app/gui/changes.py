"""Adapt the project's change feed to a Qt signal, so board items and models redraw from it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workshop_app.storage.changes import Change


class ChangeSignals(QObject):
    """Re-emits every committed :class:`Change` of one project as ``changed``.

    Call :meth:`detach` before the project is closed.
    """

    changed = Signal(object)

    def __init__(self, project, parent: QObject | None = None):
        super().__init__(parent)
        self._project = project
        project.changes.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self._project.changes.unsubscribe(self._on_change)
