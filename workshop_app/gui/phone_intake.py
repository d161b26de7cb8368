"""File → Open for phones: the note entry server while the window shows a project.

The server (``workshop_app.intake``) runs in a worker thread with its own connection to the
project file. Each note it stores is announced on that connection's change feed, in the server's
thread; a queued Qt signal wakes the GUI thread, which (every RELAY_INTERVAL_MS at most)
publishes the changes on the open project's own feed (so the board, the list and the counts
follow as for any edit) and puts an already-made "Note from a phone" edit per note on the
workshop's undo stack.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMessageBox, QToolButton, QWidget

from workshop_app.domain.errors import NotFoundError, UserError
from workshop_app.gui.context import BoardContext
from workshop_app.gui.session import OpenProject

log = logging.getLogger(__name__)

COUNTS_INTERVAL_MS = 1000
RELAY_INTERVAL_MS = 16
"""Arrived notes are put on the board at most once a frame: a burst from 30 phones is drawn in
steps of several notes rather than once per note."""
RELAY_MAX_WAIT_S = 0.08
"""A note that has arrived waits at most about this long for the board (see _local_edit)."""
RELAY_BUDGET_S = 0.005
"""GUI time for arrived notes in one step; the rest follows in the next step. Short, so that a key
press at the shared screen never waits long behind a step (the steps of a burst of 300 notes a
second take about a third of the window's time, and a note reaches the board within a few frames)."""


@dataclass
class IntakeContext:
    """What intake needs from the window.

    Attributes:
        parent: the window (parent of the join screen and of message boxes).
        session: the open project now (None when there is none).
        workshop_id: the workshop shown now.
        add_status_widget: puts the intake bar into the window's status bar.
        show_status: a short message in the status bar.
        host: finds the address to listen on (None: this computer's address on its network).
        port: the port tried first (a free one when it is taken).
    """

    parent: QWidget
    session: Callable[[], OpenProject | None]
    workshop_id: Callable[[], str | None]
    add_status_widget: Callable[[QWidget], None]
    show_status: Callable[[str], None]
    host: Callable[[], str | None] | None = None
    port: int | None = None

    @classmethod
    def from_board(cls, board: BoardContext, add_status_widget: Callable[[QWidget], None]) -> IntakeContext:
        """The parts of the window's narrow context that intake uses, and the status bar to put its bar in."""
        return cls(
            board.parent,
            board.current_session,
            board.current_workshop_id,
            add_status_widget,
            lambda text: board.show_status(text, 15000),
        )


class IntakeBar(QWidget):
    """The status bar's part while intake is open: address and code, counts, and the controls."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("intakeBar")
        self.label = QLabel(self)
        self.label.setObjectName("intakeCounts")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.join_button = self._button(self.tr("Join screen"), "intakeJoinScreen")
        self.join_button.setCheckable(True)
        self.pause_button = self._button(self.tr("Pause"), "intakePause")
        self.pause_button.setCheckable(True)
        self.close_button = self._button(self.tr("Close"), "intakeClose")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        for button in (self.join_button, self.pause_button, self.close_button):
            row.addWidget(button)

    def _button(self, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setAutoRaise(False)
        return button


class PhoneIntake(QObject):
    """Opens, pauses and closes the note entry for phones; one server at a time.

    Signals:
        state_changed: opened, paused, resumed or closed.
    """

    state_changed = Signal()
    _arrived = Signal()  # from the server's thread: changes wait in _pending (queued to the GUI thread)

    def __init__(self, context: IntakeContext):
        super().__init__(context.parent)
        self.context = context
        self.server = None
        self.session: OpenProject | None = None
        self.workshop_id: str | None = None
        self.workshop_title = ""
        self.join_screen = None
        self.bar: IntakeBar | None = None
        self._counts = QTimer(self)
        self._counts.setInterval(COUNTS_INTERVAL_MS)
        self._counts.timeout.connect(self._show_counts)
        self._pending: list = []
        self._pending_lock = threading.Lock()
        self._backlog: deque = deque()
        self._relay = QTimer(self)
        self._relay.setSingleShot(True)
        self._relay.setInterval(RELAY_INTERVAL_MS)
        self._relay.timeout.connect(self._notes_arrived)
        self._arrived.connect(self._wake, Qt.ConnectionType.QueuedConnection)
        self._relaying = False
        self._waiting_since: float | None = None
        """When the oldest note not yet on the board arrived (perf_counter), None when none waits."""

    @property
    def running(self) -> bool:
        return self.server is not None

    @property
    def paused(self) -> bool:
        return self.server is not None and self.server.paused

    # --- opening and closing -----------------------------------------------------------------
    def open(self) -> bool:
        """Start taking notes for the workshop shown (or show the join screen when already open)."""
        if self.server is not None:
            self.show_join_screen(True)
            return True
        session, workshop_id = self.context.session(), self.context.workshop_id()
        if session is None or workshop_id is None or session.read_only:
            return False
        from workshop_app.intake.address import DEFAULT_PORT, lan_address

        host = (self.context.host or lan_address)()
        if host is None:
            self._tell(
                QCoreApplication.translate("PhoneIntake", "This computer is not on a network."),
                QCoreApplication.translate(
                    "PhoneIntake",
                    "Join the Wi-Fi the phones use, or turn on this "
                    "computer's mobile hotspot (or a phone's), then try again.",
                ),
            )
            return False
        port = DEFAULT_PORT if self.context.port is None else self.context.port
        server = self._start(session, workshop_id, host, port)
        if server is None:
            return False
        self.server, self.session, self.workshop_id = server, session, workshop_id
        self.workshop_title = session.project.workshops.get(workshop_id).title
        session.closing.connect(self.close)
        session.signals.changed.connect(self._project_changed)
        session.batch_begun.connect(self._local_edit)
        self._build_bar()
        self._counts.start()
        self.show_join_screen(True)
        log.info("intake open at %s for workshop %s", server.url, workshop_id)
        self.state_changed.emit()
        return True

    def _start(self, session: OpenProject, workshop_id: str, host: str, port: int):
        from workshop_app.intake.server import IntakeServer

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for candidate in dict.fromkeys((port, 0)):  # the usual port keeps the address; else a free one
                server = IntakeServer(
                    session.project.open_beside, workshop_id, host=host, port=candidate, on_change=self._from_server
                )
                try:
                    server.start()
                    return server
                except UserError as exc:
                    failure = exc
        finally:
            QApplication.restoreOverrideCursor()
        self._tell(
            QCoreApplication.translate("PhoneIntake", "Could not open for phones."),
            QCoreApplication.translate(
                "PhoneIntake", "Check that this computer is on the phones' network, then try again."
            ),
            str(failure),
        )
        return None

    def close(self) -> None:
        """Stop the server (phones then keep their unsent notes until intake opens again)."""
        server, session = self.server, self.session
        if server is None:
            return
        self._counts.stop()
        self._relay.stop()
        server.stop()
        self._notes_arrived(budget=None)  # notes stored just before the stop reach the board too
        self.server = None
        if session is not None:
            try:
                session.closing.disconnect(self.close)
                session.signals.changed.disconnect(self._project_changed)
                session.batch_begun.disconnect(self._local_edit)
            except (RuntimeError, TypeError):
                pass
        self.session = None
        if self.join_screen is not None:
            self.join_screen.close()
            self.join_screen.deleteLater()
            self.join_screen = None
        if self.bar is not None:
            self.bar.deleteLater()
            self.bar = None
        self.context.show_status(
            QCoreApplication.translate("PhoneIntake", "Closed for phones; %n note(s) received.", "", server.received)
        )
        self.state_changed.emit()

    def set_paused(self, paused: bool) -> None:
        if self.server is None:
            return
        self.server.pause(paused)
        self._show_counts()
        self.state_changed.emit()

    # --- the join screen and the bar -----------------------------------------------------------
    def show_join_screen(self, visible: bool = True) -> None:
        if self.server is None:
            return
        if visible:
            if self.join_screen is None:
                from workshop_app.gui.join_screen import JoinScreen

                qr_text = f"{self.server.url}#code={self.server.code}"
                self.join_screen = JoinScreen(
                    self.server.url, self.server.code, qr_text, self.workshop_title, self.context.parent
                )
                self.join_screen.hidden.connect(self._show_counts)
            self._show_counts()
            self.join_screen.show_screen()
        elif self.join_screen is not None:
            self.join_screen.hide()
        self._show_counts()

    def _build_bar(self) -> None:
        self.bar = IntakeBar()
        self.bar.join_button.toggled.connect(self.show_join_screen)
        self.bar.pause_button.toggled.connect(self.set_paused)
        self.bar.close_button.clicked.connect(self.close)
        self.context.add_status_widget(self.bar)
        self._show_counts()

    def _show_counts(self) -> None:
        server = self.server
        if server is None:
            return
        joined, received, paused = server.joined, server.received, server.paused
        if self.bar is not None:
            address = server.url.removeprefix("http://").rstrip("/")
            state = (
                QCoreApplication.translate("PhoneIntake", "Paused")
                if paused
                else QCoreApplication.translate("PhoneIntake", "Open for phones")
            )
            self.bar.label.setText(
                f"{state}: {address}  "
                + QCoreApplication.translate("PhoneIntake", "code %1").replace("%1", server.code)
                + " · "
                + QCoreApplication.translate("PhoneIntake", "%n phone(s)", "", joined)
                + " · "
                + QCoreApplication.translate("PhoneIntake", "%n note(s)", "", received)
            )
            for button, checked in (
                (self.bar.pause_button, paused),
                (self.bar.join_button, self.join_screen is not None and self.join_screen.isVisible()),
            ):
                button.blockSignals(True)
                button.setChecked(checked)
                button.blockSignals(False)
        if self.join_screen is not None:
            self.join_screen.set_state(joined, received, paused)

    def _project_changed(self, change) -> None:
        """The workshop taking notes was deleted: intake closes with it."""
        if change.kind == "workshop" and change.action == "removed" and self.workshop_id in change.ids:
            self.close()

    # --- notes from the server ---------------------------------------------------------------
    def _from_server(self, change) -> None:
        """In the server's thread, after a commit: one wake-up for however many changes wait."""
        with self._pending_lock:
            self._pending.append(change)
            wake = len(self._pending) == 1
        if wake:
            self._arrived.emit()

    def _wake(self) -> None:
        if self._waiting_since is None:
            self._waiting_since = time.perf_counter()
        if not self._relay.isActive():
            self._relay.start()

    def _local_edit(self) -> None:
        """An edit made at the laptop (a note posted from the entry bar) begins: its card is drawn
        before the next step of phone notes, which waits another frame, as long as no arrived note
        has waited RELAY_MAX_WAIT_S."""
        if self._relaying or not self._relay.isActive() or self._waiting_since is None:
            return
        if time.perf_counter() - self._waiting_since + RELAY_INTERVAL_MS / 1000 < RELAY_MAX_WAIT_S:
            self._relay.start()

    def _notes_arrived(self, budget: float | None = RELAY_BUDGET_S) -> None:
        """In the GUI thread: show the changes on the board (laid out once) and make each new
        note an undoable edit, for at most ``budget`` seconds; the rest follows in the next step."""
        with self._pending_lock:
            self._backlog.extend(self._pending)
            self._pending = []
        session = self.session
        if session is None or self.server is None:
            self._backlog.clear()
            return
        from workshop_app.gui.commands.notes import ReceivedNote

        deadline = time.perf_counter() + budget if budget is not None else float("inf")
        self._relaying = True
        try:
            with session.batch():
                while self._backlog:
                    change = self._backlog.popleft()
                    session.project.changes.publish(change)
                    if change.kind == "note" and change.action == "added":
                        for note_id in change.ids:
                            try:
                                note = session.project.notes.get(note_id)
                            except NotFoundError:
                                continue
                            session.push_applied(note.workshop_id, ReceivedNote(session.project, note))
                    if time.perf_counter() > deadline:
                        break
        finally:
            self._relaying = False
        if self._backlog:
            self._waiting_since = time.perf_counter()  # near enough: the rest arrived during this step
            self._relay.start()
        else:
            with self._pending_lock:
                self._waiting_since = time.perf_counter() if self._pending else None
        self._show_counts()

    def _tell(self, headline: str, advice: str, detail: str = "") -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("PhoneIntake", "Notes from phones"),
            headline,
            QMessageBox.StandardButton.Close,
            self.context.parent,
        )
        box.setObjectName("intakeMessage")
        box.setInformativeText(advice)
        if detail:
            box.setDetailedText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
