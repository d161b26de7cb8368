"""Presentation mode's rings: a note just posted is ringed for a while, so the room sees what is new."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

from workshop_app.gui.board.note_item import NoteItem
from workshop_app.gui.board.room import HIGHLIGHT_MS


class NewNoteRings(QObject):
    """Rings cards for ``duration_ms`` each; one timer takes them off, oldest first.

    Args:
        items_by_id: the scene's cards by note id (the same dict, kept up to date by the scene).
    """

    def __init__(self, items_by_id: dict[str, NoteItem], parent: QObject | None = None):
        super().__init__(parent)
        self.duration_ms = HIGHLIGHT_MS
        self._items = items_by_id
        self._rings: list[tuple[str, int]] = []  # (note id, when its ring ends), oldest first
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._end_rings)

    def ring(self, item: NoteItem) -> None:
        """Ring a note just posted for ``duration_ms``."""
        item.set_highlight(True)
        self._rings.append((item.note_id, self._clock.elapsed() + self.duration_ms))
        if not self._timer.isActive():
            self._timer.start(self.duration_ms)

    def clear(self) -> None:
        """Take every ring off (leaving presentation mode: the rings belong to the room)."""
        for note_id, _end in self._rings:
            if note_id in self._items:
                self._items[note_id].set_highlight(False)
        self._rings.clear()

    def _end_rings(self) -> None:
        """Take the ring off the notes whose time is up; wait for the next one."""
        now = self._clock.elapsed()
        while self._rings and self._rings[0][1] <= now:
            item = self._items.get(self._rings.pop(0)[0])
            if item is not None:
                item.set_highlight(False)
        if self._rings:
            self._timer.start(max(1, self._rings[0][1] - now))
