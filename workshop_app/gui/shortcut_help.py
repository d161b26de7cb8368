"""Help → Keyboard shortcuts (F1): the keys of the shared screen, then every command that has a key.

The commands' keys are read from the actions themselves (see ``actions.set_shortcuts``), so the
list cannot fall behind the menus; it names only keys a person types (no F14, no platform alias).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop_app.gui.actions import HELP_KEYS_PROPERTY

HELP_NAME_PROPERTY = "helpName"
"""An action's name in the help when its text changes with what it does ("Undo Add note")."""


def keyboard_lines() -> list[str]:
    """What a participant and the facilitator need to know before any menu command."""
    return [
        QCoreApplication.translate("MainWindow", "At the shared screen"),
        QCoreApplication.translate("MainWindow", "Ctrl+1 … Ctrl+9: choose the focus area"),
        QCoreApplication.translate("MainWindow", "Alt+1, Alt+2, Alt+3: choose the kind of note"),
        QCoreApplication.translate("MainWindow", "Enter: post the note; Shift+Enter: new line"),
        QCoreApplication.translate("MainWindow", "Typing on the board or in the list writes in the note field"),
        QCoreApplication.translate("MainWindow", "Esc or Ctrl+L: back to writing a note"),
        "",
        QCoreApplication.translate("MainWindow", "On the board and in the list of notes"),
        QCoreApplication.translate(
            "MainWindow",
            "Ctrl+B: go to the board; arrow keys: move between notes; Shift+arrow key: select more; Ctrl+Space: select or deselect",
        ),
        QCoreApplication.translate(
            "MainWindow", "F2: edit; Del: delete; Ctrl+M: move to another focus area, kind or theme"
        ),
        QCoreApplication.translate("MainWindow", "Menu key or Shift+F10: the menu of the note"),
        QCoreApplication.translate(
            "MainWindow", "Presentation mode, after Ctrl+B: 1 … 9 show one focus area; 0 or Esc the whole board"
        ),
    ]


def command_lines(actions: Iterable[QAction]) -> list[str]:
    """One line per command with a key: "Ctrl+M: Move to"."""
    native = QKeySequence.SequenceFormat.NativeText
    lines = []
    for action in actions:
        keys = [QKeySequence(k).toString(native) for k in action.property(HELP_KEYS_PROPERTY) or []]
        if keys:
            name = action.property(HELP_NAME_PROPERTY) or action.text()
            lines.append(f"{' / '.join(keys)}: {name.replace('&', '').rstrip('…')}")
    return lines


def shortcut_help_text(actions: Iterable[QAction]) -> str:
    return "\n".join(
        [*keyboard_lines(), "", QCoreApplication.translate("MainWindow", "Commands"), *command_lines(actions)]
    )


def show_shortcut_help(parent: QWidget, actions: Iterable[QAction]) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
        shortcut_help_text(actions),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("shortcutsHelp")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
