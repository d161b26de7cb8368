"""Tell listeners what changed in a project, after the change is committed.

The GUI adapts these to Qt signals; nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Change:
    """``kind`` is "workshop", "focus_area", "note", "theme", "conclusion" or "settings";
    ``action`` is "added", "updated" or "removed"."""

    kind: str
    action: str
    ids: tuple[str, ...]
    workshop_id: str | None = None


Listener = Callable[[Change], None]


class ChangeFeed:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._pending: list[Change] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def queue(self, change: Change) -> None:
        self._pending.append(change)

    def publish(self, change: Change) -> None:
        """Tell listeners now of a change committed elsewhere (by another connection to the file)."""
        for listener in list(self._listeners):
            listener(change)

    def discard(self) -> None:
        self._pending.clear()

    def flush(self) -> None:
        pending, self._pending = self._pending, []
        for change in pending:
            for listener in list(self._listeners):
                listener(change)
