"""A dialog for one piece of the facilitator's own text: a theme's summary, an area's conclusions."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class TextDialog(QDialog):
    """A label, a multi-line text and OK/Cancel; :meth:`text` is what was written, trimmed.

    Args:
        window_title: the dialog's title (also the text field's accessible name).
        label: what to write, above the field (its buddy, so Alt+letter reaches the field).
        text: the text so far.
        name, edit_name: object names of the dialog and the field (for tests and styles).
    """

    def __init__(self, window_title: str, label: str, text: str, parent: QWidget | None = None, *,
                 name: str = "TextDialog", edit_name: str = "text"):
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
