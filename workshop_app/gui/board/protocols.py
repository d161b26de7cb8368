"""What the board's parts expect of one another, named: protocols instead of ``hasattr`` checks.

The view can show any ``QGraphicsScene`` (a dialog's preview too); it fits the columns and follows
the focus areas only of a scene that is a :class:`FittedBoard`. A card offers "Fits in: …" to a scene that is a :class:`HintingBoard`, and the
scene lays itself out once per edit when its session is a :class:`BatchingSession`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


@runtime_checkable
class FittedBoard(Protocol):
    """A scene whose columns fit the view's width, with a presentation-mode fit to the screen."""

    structure_changed: SignalInstance
    """Focus areas or kinds of note were added, renamed, recoloured or reordered."""
    room_area_changed: SignalInstance
    """Presentation mode switched between the whole board and one focus area."""

    def set_available_width(self, width: float) -> None: ...

    def set_room(self, size: tuple[float, float] | None, zoom: float | None = None) -> None: ...


@runtime_checkable
class HintingBoard(Protocol):
    """A scene that turns a click on a card's "Fits in: <theme>" line into an edit."""

    theme_hint_accepted: SignalInstance


@runtime_checkable
class BatchingSession(Protocol):
    """A session that announces the start and the end of one edit's changes."""

    batch_begun: SignalInstance
    batch_ended: SignalInstance
