"""Editing on the board itself: a note's text over its card, a theme's title over its header."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


class NoteEditor(QPlainTextEdit):
    """Edits one note's text over its card: Enter saves, Shift+Enter breaks the line, Esc cancels."""

    finished = Signal(str, str, str)  # note id, old text, new text (old == new: nothing to do)

    def __init__(self, note_id: str, text: str, parent):
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setAccessibleName(QCoreApplication.translate("BoardView", "Edit note text"))
        self.note_id = note_id
        self.original = text
        self.setPlainText(text)
        self.selectAll()
        self._done = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.finish(save=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(save=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finish(save=True)

    def finish(self, *, save: bool) -> None:
        if self._done:
            return
        self._done = True
        new = self.toPlainText() if save else self.original
        self.finished.emit(self.note_id, self.original, new)
        self.hide()
        self.deleteLater()


class ThemeTitleEditor(QLineEdit):
    """Renames a theme over its header: Enter saves, Esc cancels, leaving the field saves."""

    finished = Signal(str, str, str)  # theme id, old title, new title

    def __init__(self, theme_id: str, title: str, parent):
        super().__init__(title, parent)
        self.setObjectName("themeTitleEditor")
        self.setAccessibleName(QCoreApplication.translate("BoardView", "Theme title"))
        self.theme_id = theme_id
        self.original = title
        self.selectAll()
        self._done = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish(save=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(save=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finish(save=True)

    def finish(self, *, save: bool) -> None:
        if self._done:
            return
        self._done = True
        new = self.text().strip() if save else self.original
        self.finished.emit(self.theme_id, self.original, new or self.original)
        self.hide()
        self.deleteLater()
