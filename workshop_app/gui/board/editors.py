"""Editing on the board itself: a note's text over its card, a theme's title over its header."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


class _InPlaceEditing:
    """What both editors do: Enter saves, Esc cancels, leaving the field saves; once finished, the
    editor emits ``finished(id, old, new)`` and goes away. The widget class gives :meth:`_saves_on`
    (which Enter saves) and :meth:`_edited` (the value to save)."""

    def _begin(self, item_id: str, original: str) -> None:
        self.item_id = item_id
        self.original = original
        self._done = False

    def _saves_on(self, event: QKeyEvent) -> bool:
        return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def _edited(self) -> str:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._saves_on(event):
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
        self.finished.emit(self.item_id, self.original, self._edited() if save else self.original)
        self.hide()
        self.deleteLater()


class NoteEditor(_InPlaceEditing, QPlainTextEdit):
    """Edits one note's text over its card: Enter saves, Shift+Enter breaks the line, Esc cancels."""

    finished = Signal(str, str, str)  # note id, old text, new text (old == new: nothing to do)

    def __init__(self, note_id: str, text: str, parent):
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setAccessibleName(QCoreApplication.translate("BoardView", "Edit note text"))
        self._begin(note_id, text)
        self.setPlainText(text)
        self.selectAll()

    @property
    def note_id(self) -> str:
        return self.item_id

    def _saves_on(self, event: QKeyEvent) -> bool:
        return super()._saves_on(event) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier

    def _edited(self) -> str:
        return self.toPlainText()


class ThemeTitleEditor(_InPlaceEditing, QLineEdit):
    """Renames a theme over its header: Enter saves, Esc cancels, leaving the field saves."""

    finished = Signal(str, str, str)  # theme id, old title, new title

    def __init__(self, theme_id: str, title: str, parent):
        super().__init__(title, parent)
        self.setObjectName("themeTitleEditor")
        self.setAccessibleName(QCoreApplication.translate("BoardView", "Theme title"))
        self._begin(theme_id, title)
        self.selectAll()

    @property
    def theme_id(self) -> str:
        return self.item_id

    def _edited(self) -> str:
        return self.text().strip() or self.original
