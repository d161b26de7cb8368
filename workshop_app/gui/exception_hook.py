"""A bug in the desktop board never vanishes: it is written to the error log and the user is told where.

Qt calls our slots and event handlers from its event loop, where an exception cannot propagate; PySide6
hands it to ``sys.excepthook`` and carries on. The hook installed here appends the traceback, with the
version and the platform, to ``errors.log`` in the user's data folder (the packaged app has no console)
and shows one message box naming that file. The board keeps running: the failed action is simply not
done. While the box is open, further errors (a paint handler that fails on every frame) only go to the
log, so the screen never fills with boxes. Warnings the app logs go to the same file.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workshop_app import crash_log

log = logging.getLogger(__name__)


class _LogFileHandler(logging.Handler):
    """Appends log records to the error log, opening it for each one (they are rare; nothing is open
    or even looked up at start-up)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            path = crash_log.log_path()
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(self.format(record) + "\n")
        except Exception:  # noqa: BLE001 - logging never breaks the app
            self.handleError(record)


class ExceptionHook:
    """``sys.excepthook`` for the GUI; ``install()`` it once the QApplication exists."""

    def __init__(self, fallback_parent: Callable[[], QWidget | None] = lambda: None):
        self.fallback_parent = fallback_parent
        self.box: QMessageBox | None = None
        self._previous = None
        self._handler: logging.Handler | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self
        self._handler = _LogFileHandler(logging.WARNING)
        self._handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logging.getLogger().addHandler(self._handler)

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous or sys.__excepthook__
        if self._handler is not None:
            logging.getLogger().removeHandler(self._handler)
            self._handler = None

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in a terminal: the usual behaviour
            (self._previous or sys.__excepthook__)(exc_type, exc, tb)
            return
        path = crash_log.write_entry(exc_type, exc, tb, context="desktop board")
        if sys.stderr is not None and path is not None:  # a terminal, when there is one
            print(f"Unexpected error ({exc_type.__name__}: {exc}); details in {path}", file=sys.stderr)
        try:
            self._tell(path)
        except Exception:  # noqa: BLE001 - never let the hook itself fail
            crash_log.write_entry(*sys.exc_info(), context="showing the error")

    def _tell(self, path: Path | None) -> None:
        if QApplication.instance() is None:
            return
        if self._box_showing():
            return
        parent = QApplication.activeModalWidget() or QApplication.activeWindow() or self.fallback_parent()
        box = QMessageBox(parent)
        box.setObjectName("unexpectedError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Messages", "Workshop Board"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            QCoreApplication.translate(
                "Messages",
                "Something went wrong. That action was not completed, but the board keeps running "
                "and everything posted so far is saved.",
            )
        )
        if path is not None:
            box.setInformativeText(
                QCoreApplication.translate(
                    "Messages", "The details were written to %1. Please send that file to whoever looks after the app."
                ).replace("%1", str(path))
            )
        else:
            box.setInformativeText(
                QCoreApplication.translate("Messages", "The details could not be written to the log file.")
            )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.finished.connect(self._forget_box)
        self.box = box
        box.open()

    def _box_showing(self) -> bool:
        try:
            return self.box is not None and self.box.isVisible()
        except RuntimeError:  # its window was deleted under it (e.g. a language switch)
            return False

    def _forget_box(self) -> None:
        self.box = None
