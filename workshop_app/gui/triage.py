"""Triage mode (Themes → Sort notes…): the loose notes one at a time, decided from the keyboard.

Each note is shown large with the three themes of its cell it fits best and the words that tie them.
Keys: 1-3 put the note in that theme, N starts a new theme with it (the title is typed in place),
M opens the move picker for any other theme or place, S skips it, Backspace undoes the last
decision, Esc closes. Every decision is one step on the workshop's undo stack, and the next
suggestions are read from the project as it is then, so they learn from each decision.

The view gets a narrow :class:`TriageContext`, not the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.clustering.placement import DEFAULT_MIN_SIMILARITY
from workshop_app.domain.model import Placement
from workshop_app.gui.commands.notes import MoveNotes
from workshop_app.gui.commands.themes import GroupNotes, SetNotesTheme
from workshop_app.theming.triage import SHOWN, Suggestion, TriageQueue

if TYPE_CHECKING:
    from workshop_app.gui.dialogs.move_dialog import MoveNotesDialog

_NUMBER_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2}


@dataclass(frozen=True)
class TriageContext:
    """What triage mode needs from the window: the project, the workshop, the way to run an edit
    (one undo step), the workshop's undo stack (Backspace undoes the last decision on it), and a
    status-bar message callable."""

    project: object
    workshop_id: str
    run_edit: Callable[[object], bool]
    stack: QUndoStack
    status: Callable[[str, int], None]


class TriageDialog(QDialog):
    """One loose note at a time, with its best three themes; keyboard first (see the module)."""

    def __init__(self, context: TriageContext, title_for: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("TriageDialog")
        self.setWindowTitle(QCoreApplication.translate("Triage", "Sort notes"))
        self.context = context
        self.title_for = title_for
        self.queue = TriageQueue(context.project, context.workshop_id)
        self.history: list[object | None] = []  # per decision: its command, None for a skip
        self.sorted_count = 0
        self.shown: list[Suggestion] = []

        self.progress = QLabel(self)
        self.progress.setObjectName("triageProgress")
        self.cell = QLabel(self)
        self.cell.setObjectName("triageCell")
        self.card = QFrame(self)
        self.card.setObjectName("triageCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.note = QLabel(self.card)
        self.note.setObjectName("triageNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        strong = QFont(self.font())
        strong.setBold(True)
        strong.setPointSizeF(self.font().pointSizeF() * 1.2)
        self.progress.setFont(strong)
        self.cell.setFont(strong)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 2.0)
        self.note.setFont(big)
        self.note.setMinimumHeight(self.note.fontMetrics().lineSpacing() * 4)
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(24, 18, 24, 18)
        card_layout.addWidget(self.note)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("triageNewTitle")
        self.title_edit.setPlaceholderText(QCoreApplication.translate("Triage", "Title of the new theme"))
        self.title_edit.setAccessibleName(QCoreApplication.translate("Triage", "Title of the new theme"))
        self.title_edit.returnPressed.connect(self._commit_new_theme)
        self.title_edit.hide()
        self.buttons: list[QPushButton] = []
        middle = QFont(self.font())
        middle.setPointSizeF(self.font().pointSizeF() * 1.3)
        for index in range(SHOWN):
            button = QPushButton(self)
            button.setObjectName(f"triageTheme{index + 1}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setFont(middle)
            button.setStyleSheet("text-align: left; padding: 8px 12px;")
            button.clicked.connect(lambda _checked=False, i=index: self.choose(i))
            self.buttons.append(button)
        self.hint = QLabel(self)
        self.hint.setObjectName("triageHint")
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("triageMessage")
        self.message.setWordWrap(True)
        self.keys = QLabel(
            QCoreApplication.translate(
                "Triage",
                "N  new theme with this note     M  another theme or place…     S  skip     "
                "Backspace  undo the last choice     Esc  close",
            ),
            self,
        )
        self.keys.setObjectName("triageKeys")
        self.keys.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.progress)
        layout.addWidget(self.cell)
        layout.addWidget(self.card)
        layout.addWidget(self.title_edit)
        for button in self.buttons:
            layout.addWidget(button)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.keys)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(920, 560)
        self.finished.connect(self._report)
        self.show_current()

    # --- what is shown ---------------------------------------------------------------------------
    def progress_text(self) -> str:
        return (
            QCoreApplication.translate("Triage", "%1 of %2 left")
            .replace("%1", str(self.queue.left))
            .replace("%2", str(self.queue.total))
        )

    def show_current(self) -> None:
        self.progress.setText(self.progress_text())
        self.title_edit.hide()
        note = self.queue.current()
        self.progress.setText(self.progress_text())
        if note is None:
            self.shown = []
            self.cell.setText("")
            self.note.setText(
                QCoreApplication.translate("Triage", "Every loose note has been seen.")
                if self.queue.total
                else QCoreApplication.translate("Triage", "There are no loose notes: every note is in a theme.")
            )
            for button in self.buttons:
                button.hide()
            skipped = sum(1 for entry in self.history if entry is None)
            self.hint.setText(
                QCoreApplication.translate("Triage", "%n skipped note(s) still loose.", None, skipped)
                if skipped
                else ""
            )
            self.keys.setText(QCoreApplication.translate("Triage", "Backspace  undo the last choice     Esc  close"))
            self.card.setStyleSheet("")
            return
        area, kind = self.queue.cell_label(note)
        self.cell.setText(f"{area} · {kind}")
        self.note.setText(note.text)
        colour = self.queue.content.category(note.category_id).colour
        self.card.setStyleSheet(
            f"#triageCard {{ background: {colour}; border: 1px solid #888; border-radius: 6px; }}"
            " #triageNote { color: #111; background: transparent; }"
        )
        self.shown = self.queue.suggestions(note)
        for index, button in enumerate(self.buttons):
            if index < len(self.shown):
                suggestion = self.shown[index]
                words = ", ".join(suggestion.words)
                text = f"{index + 1}   {suggestion.title} ({suggestion.size})"
                button.setText(f"{text}   — {words}" if words else text)
                button.setToolTip(
                    QCoreApplication.translate("Triage", "Put the note in “%1” (key %2)")
                    .replace("%1", suggestion.title)
                    .replace("%2", str(index + 1))
                )
                button.show()
            else:
                button.hide()
        if not self.shown:
            self.hint.setText(
                QCoreApplication.translate(
                    "Triage", "This kind of note has no themes in this focus area yet: press N to start one."
                )
            )
        elif self.shown[0].shared < DEFAULT_MIN_SIMILARITY:
            self.hint.setText(
                QCoreApplication.translate(
                    "Triage", "No theme fits this note well: choose one anyway, start a new one (N) or skip (S)."
                )
            )
        else:
            self.hint.setText("")
        self.keys.setText(
            QCoreApplication.translate(
                "Triage",
                "N  new theme with this note     M  another theme or place…     S  skip     "
                "Backspace  undo the last choice     Esc  close",
            )
        )

    # --- decisions -------------------------------------------------------------------------------
    def choose(self, index: int) -> bool:
        """Put the current note in the ``index``-th theme shown (keys 1-3)."""
        note = self.queue.current()
        if note is None or index >= len(self.shown):
            return False
        suggestion = self.shown[index]
        command = SetNotesTheme(
            self.context.project,
            [note.id],
            suggestion.theme_id,
            text=QCoreApplication.translate("Triage", "Sort a note into “%1”").replace("%1", suggestion.title),
        )
        return self._decided(command)

    def start_new_theme(self) -> None:
        """N: show the title field, filled with a first title from the note, to type over."""
        note = self.queue.current()
        if note is None:
            return
        self.title_edit.setText(self.title_for(note.text))
        self.title_edit.selectAll()
        self.title_edit.show()
        self.title_edit.setFocus()
        self.message.setText(QCoreApplication.translate("Triage", "Type the title and press Enter; Esc goes back."))

    def _commit_new_theme(self) -> bool:
        note = self.queue.current()
        title = " ".join(self.title_edit.text().split())
        if note is None or not title:
            self.message.setText(QCoreApplication.translate("Triage", "A theme needs a title."))
            return False
        command = GroupNotes(
            self.context.project,
            self.context.workshop_id,
            (note.focus_area_id, note.category_id),
            title,
            [note.id],
            text=QCoreApplication.translate("Triage", "Start the theme “%1”").replace("%1", title),
        )
        self.title_edit.hide()
        self.setFocus()
        return self._decided(command)

    def choose_elsewhere(self) -> "MoveNotesDialog | None":
        """M: any theme of the workshop, or another area or kind, from the filterable move picker
        (for a note whose theme is not among the three shown, or that was written in the wrong place)."""
        from workshop_app.gui.dialogs.move_dialog import MoveNotesDialog, move_targets

        note = self.queue.current()
        if note is None:
            return None
        content = self.queue.content
        themes_of = {
            (area.id, category.id): content.themes_in(area.id, category.id)
            for area in content.focus_areas
            for category in content.categories
        }
        targets = move_targets(content.focus_areas, content.categories, themes_of)
        here = next(
            t for t in targets if (t.area_id, t.category_id, t.theme_id) == (note.focus_area_id, note.category_id, None)
        )
        dialog = MoveNotesDialog(targets, 1, here, self)
        dialog.accepted.connect(lambda: self._move_to(note, dialog.target(), here))
        dialog.open()
        return dialog

    def _move_to(self, note, target, here) -> bool:
        self.setFocus()
        if target is None or target == here:
            self.message.setText(QCoreApplication.translate("Triage", "The note stays loose where it is."))
            return False
        old = Placement.of(note)
        new = Placement(target.area_id, target.category_id, None, None, target.theme_id)
        return self._decided(MoveNotes(self.context.project, {note.id: (old, new)}))

    def skip(self) -> None:
        if self.queue.current() is None:
            return
        self.history.append(None)
        self.message.setText("")
        self.queue.advance()
        self.show_current()

    def _decided(self, command) -> bool:
        if not self.context.run_edit(command):
            return False
        self.history.append(command)
        self.sorted_count += 1
        self.message.setText("")
        self.queue.reload()  # the next suggestions learn from this decision
        self.queue.advance()
        self.show_current()
        return True

    def undo_last(self) -> bool:
        """Backspace: take back the last decision (undo its step on the workshop's stack)."""
        if not self.history:
            self.message.setText(QCoreApplication.translate("Triage", "Nothing to undo here."))
            return False
        command = self.history[-1]
        if command is not None:
            stack = self.context.stack
            if stack.index() == 0 or stack.command(stack.index() - 1) is not command:
                self.message.setText(
                    QCoreApplication.translate("Triage", "The last choice was changed elsewhere: undo it on the board.")
                )
                return False
            stack.undo()
            self.sorted_count -= 1
            self.queue.reload()
        self.history.pop()
        self.message.setText("")
        self.queue.back()
        self.show_current()
        return True

    # --- keys ------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.title_edit.isVisible():
            if key == Qt.Key.Key_Escape:
                self.title_edit.hide()
                self.message.setText("")
                self.setFocus()
                return
            super().keyPressEvent(event)
            return
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        if key in _NUMBER_KEYS:
            self.choose(_NUMBER_KEYS[key])
        elif key == Qt.Key.Key_N:
            self.start_new_theme()
        elif key == Qt.Key.Key_M:
            self.choose_elsewhere()
        elif key == Qt.Key.Key_S:
            self.skip()
        elif key == Qt.Key.Key_Backspace:
            self.undo_last()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.queue.done:
            self.accept()
        else:
            super().keyPressEvent(event)

    def _report(self) -> None:
        if self.sorted_count:
            count = self.sorted_count
            message = QCoreApplication.translate(
                "ThemeEditing", "%n note(s) sorted into themes. Undo with Ctrl+Z.", None, count
            )
            self.context.status(message, 8000)
