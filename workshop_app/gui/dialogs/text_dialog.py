"""A dialog for one piece of the facilitator's own text: a theme's summary, an area's conclusions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class TextDialog(QDialog):
    """A label, a multi-line text and OK/Cancel; :meth:`text` is what was written, trimmed.

    Args:
        window_title: the dialog's title (also the text field's accessible name).
        label: what to write, above the field (its buddy, so Alt+letter reaches the field).
        text: the text so far.
        name, edit_name: object names of the dialog and the field (for tests and styles).
    """

    def __init__(
        self,
        window_title: str,
        label: str,
        text: str,
        parent: QWidget | None = None,
        *,
        name: str = "TextDialog",
        edit_name: str = "text",
    ):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(window_title)
        caption = QLabel(label, self)
        caption.setWordWrap(True)
        self.edit = QPlainTextEdit(text, self)
        self.edit.setObjectName(edit_name)
        self.edit.setAccessibleName(window_title)
        self.edit.setTabChangesFocus(True)
        caption.setBuddy(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def text(self) -> str:
        return self.edit.toPlainText().strip()


class NoteTextDialog(TextDialog):
    """Edit a note's text (F2 in the list of notes): Enter saves and Shift+Enter breaks the line,
    as in the note field and the editor on the board. :meth:`text` keeps the text exactly."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("NoteEditing", "Edit note"),
            QCoreApplication.translate(
                "NoteEditing", "&Text of the note (Enter saves, Shift+Enter starts a new line):"
            ),
            text,
            parent,
            name="NoteTextDialog",
            edit_name="noteTextEdit",
        )
        self.edit.selectAll()
        self.edit.installEventFilter(self)

    def text(self) -> str:
        return self.edit.toPlainText()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)
