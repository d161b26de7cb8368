"""The note entry bar for the shared screen: choose area and kind with one key, type, press Enter.

Never a dialog: an empty note only gets a gentle hint next to the field, and the field keeps the
focus for the next person.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QPalette, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import Category, FocusArea
from workshop_app.gui.icons import icon
from workshop_app.gui.widgets import ElidingButton, focus_frame_style

HINT_MS = 4000

# Font sizes of the entry bar relative to the application font (times the presentation scale).
TEXT_FONT = 1.45
LABEL_FONT = 1.1
POST_FONT = 1.2
MAX_SCALE = 2.5
"""The entry bar grows with the presentation zoom, but never past this: it must leave room for the board."""

PostNote = Callable[[str, str, str, str], bool]
"""post(area_id, category_id, text, group_name) -> True when the note was posted."""


def scaled_font(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * factor)
    else:
        result.setPixelSize(round(result.pixelSize() * factor))
    result.setBold(bold)
    return result


class NoteText(QPlainTextEdit):
    """The text field: Enter posts, Shift+Enter starts a new line. Undo and redo undo the typing
    while there is typing to undo, and the board's last step otherwise (the field keeps the focus
    all day, so Ctrl+Z must reach the window's undo from here)."""

    submitted = Signal()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            document = self.document()
            if event.matches(QKeySequence.StandardKey.Undo) and not document.isUndoAvailable():
                # the board's step is undone now: redo must bring that back, not old typing
                document.clearUndoRedoStacks(QTextDocument.Stacks.RedoStack)
                event.ignore()  # not ours: the window's Undo action takes the key
                return False
            if event.matches(QKeySequence.StandardKey.Redo) and not document.isRedoAvailable():
                event.ignore()  # the window's other redo keys (Ctrl+Y) the field never claims
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def typed_character(event: QKeyEvent) -> bool:
    """Whether ``event`` types a character into a text field (a letter, a digit, å, ä, ö, a
    punctuation mark, a space; not a command with Ctrl, Alt or Meta). AltGr, which Windows
    reports as Ctrl+Alt, types characters too."""
    text = event.text()
    if not text or not text.isprintable():
        return False
    held = event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.GroupSwitchModifier
    )
    alt_gr = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    return held == Qt.KeyboardModifier.NoModifier or held == alt_gr


class KeyboardHome(QObject):
    """The note field is where the keyboard lives: nothing typed at the shared screen is lost.

    A character typed while a watched widget (the board, a card on it, the list of notes) has the
    focus goes to the note field, the first character included; Esc anywhere in the window that
    nothing else wanted it for (the in-place editor and the search field use it first) brings the
    focus back to the note field.
    """

    def __init__(self, text: QPlainTextEdit, parent: QObject | None = None):
        super().__init__(parent)
        self._text = text
        self._keeps_shortcut_keys: dict[QObject, Callable[[], bool]] = {}

    def watch(self, widget: QWidget, keeps_shortcut_keys: Callable[[], bool] | None = None) -> None:
        """Send what is typed on ``widget`` to the note field.

        Args:
            widget: the board, or the list of notes.
            keeps_shortcut_keys: while this says True, a character that is also a shortcut of the
                widget's own (the digits of presentation mode on the board) works as that shortcut;
                otherwise the shortcut gives way and the character is typed into the note field.
        """
        widget.installEventFilter(self)
        if keeps_shortcut_keys is not None:
            self._keeps_shortcut_keys[widget] = keeps_shortcut_keys

    def guard_escape(self, window: QWidget) -> None:
        """Esc that reaches ``window`` (no widget inside took it) goes back to the note field."""
        window.installEventFilter(self)

    def go_home(self) -> None:
        self._text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            if watched is not self._text.window() and typed_character(event):
                keeps = self._keeps_shortcut_keys.get(watched)
                if keeps is None or not keeps():
                    event.accept()  # no single-key shortcut takes a character meant for a note
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.go_home()
            event.accept()
            return True
        if watched is self._text.window() or not typed_character(event):
            return False
        self._type_into_field(event)
        return True

    def _type_into_field(self, event: QKeyEvent) -> None:
        """Hand the key to the note field, after what is already there (never over a selection)."""
        field = self._text
        cursor = field.textCursor()
        if cursor.hasSelection() or not cursor.atEnd():
            cursor.movePosition(QTextCursor.MoveOperation.End)
            field.setTextCursor(cursor)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        again = QKeyEvent(
            QEvent.Type.KeyPress, event.key(), event.modifiers(), event.text(), event.isAutoRepeat(), event.count()
        )
        QCoreApplication.sendEvent(field, again)
        event.accept()


class EntryBar(QFrame):
    """Focus-area buttons (Ctrl+1…9), category buttons (Alt+1…3), an optional group, the text."""

    cell_changed = Signal(str, str)  # area id, category id
    group_changed = Signal(str)

    def __init__(self, post: PostNote, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("entryBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._post = post
        self._areas: list[FocusArea] = []
        self._categories: list[Category] = []
        self._area_group = QButtonGroup(self)
        self._category_group = QButtonGroup(self)
        self._area_group.setExclusive(True)
        self._category_group.setExclusive(True)
        self._area_group.idClicked.connect(self._on_choice)
        self._category_group.idClicked.connect(self._on_choice)
        self._shortcuts: list[QShortcut] = []
        self._base_font = QFont(self.font())  # the application font: every size here derives from it
        self._scale = 1.0
        self._base_icon = self.style().pixelMetric(self.style().PixelMetric.PM_ButtonIconSize, None, self)

        big = scaled_font(self._base_font, TEXT_FONT)
        mid = scaled_font(self._base_font, LABEL_FONT)

        self.area_row = QHBoxLayout()
        self.area_row.setSpacing(4)
        self.area_label = QLabel(self.tr("&Focus area:"))
        self.area_label.setFont(mid)
        self.category_row = QHBoxLayout()
        self.category_row.setSpacing(4)
        self.category_label = QLabel(self.tr("&Kind of note:"))
        self.category_label.setFont(mid)

        self.text = NoteText(self)
        self.text.setObjectName("noteText")
        self.text.setFont(big)
        self.text.setTabChangesFocus(True)
        self.text.setStyleSheet(focus_frame_style("QPlainTextEdit#noteText", "#9e9e9e"))
        self.text.setPlaceholderText(self.tr("Type your note and press Enter (Shift+Enter for a new line)"))
        self.text.setAccessibleName(self.tr("Note text"))
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_text_height()
        self.text.submitted.connect(self.post)
        self.text.textChanged.connect(self._clear_hint_if_typing)
        self.keyboard_home = KeyboardHome(self.text, self)

        self.post_button = QPushButton(icon("mdi6.note-plus-outline"), self.tr("Post"), self)
        self.post_button.setObjectName("postButton")
        self.post_button.setFont(scaled_font(self._base_font, POST_FONT, bold=True))
        self.post_button.setMinimumHeight(self.text.height())
        self.post_button.setToolTip(self.tr("Post the note (Enter)"))
        self.post_button.clicked.connect(self.post)

        self.group = QLineEdit(self)
        self.group.setObjectName("groupName")
        self.group.setFont(mid)
        self.group.setPlaceholderText(self.tr("Group or organisation (optional)"))
        self.group.setAccessibleName(self.tr("Group or organisation"))
        self.group.setClearButtonEnabled(True)
        self.group.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.group.editingFinished.connect(lambda: self.group_changed.emit(self.group.text().strip()))
        # Enter in the group field goes back to the note: the next person must not type into it.
        self.group.returnPressed.connect(lambda: self.text.setFocus(Qt.FocusReason.OtherFocusReason))

        self.hint = QLabel(self)
        self.hint.setObjectName("entryHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setFont(mid)
        self.hint.setAccessibleName(self.tr("Note entry status"))
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(HINT_MS)
        self._hint_timer.timeout.connect(self.hint.clear)

        self.area_label.setBuddy(self.text)
        self.category_label.setBuddy(self.text)

        top = QHBoxLayout()
        top.addWidget(self.area_label)
        top.addLayout(self.area_row, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.category_label)
        middle.addLayout(self.category_row)
        middle.addSpacing(12)
        middle.addWidget(self.group, 1)
        middle.addWidget(self.hint, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.text, 1)
        bottom.addWidget(self.post_button)
        # Tab from the group field comes back to the note, not out to the toolbar.
        QWidget.setTabOrder(self.group, self.text)
        QWidget.setTabOrder(self.text, self.post_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addLayout(bottom)
        self.setAccessibleName(self.tr("Note entry"))

    # --- structure ---------------------------------------------------------------------------
    def set_cells(
        self, areas: list[FocusArea], categories: list[Category], area_id: str = "", category_id: str = ""
    ) -> None:
        """Show the workshop's areas and categories; pre-select the remembered ones."""
        keep_area = area_id or self.area_id
        keep_category = category_id or self.category_id
        for group, row in ((self._area_group, self.area_row), (self._category_group, self.category_row)):
            for button in group.buttons():
                group.removeButton(button)
                row.removeWidget(button)
                button.hide()  # deleted later, when the event loop gets there: not shown until then
                button.deleteLater()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts = []
        self._areas, self._categories = list(areas), list(categories)
        mid = self._label_font()
        for index, area in enumerate(self._areas):
            button = ElidingButton(f"{index + 1} {area.name}" if index < 9 else area.name, self)
            button.setObjectName(f"areaButton{index}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard in the note field
            button.setFont(mid)
            key = f"Ctrl+{index + 1}" if index < 9 else ""
            button.setToolTip(
                f"{area.name} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})"
                if key
                else area.name
            )
            button.setAccessibleName(area.name)
            button.setAccessibleDescription(self.tr("Focus area, shortcut %1").replace("%1", key) if key else "")
            button.setStyleSheet(_button_style(area.colour, "#ffe082"))
            self._area_group.addButton(button, index)
            self.area_row.addWidget(button, 1)
            if key:
                self._add_shortcut(key, button)
        for index, category in enumerate(self._categories):
            key = f"Alt+{index + 1}"
            label = f"{category.name}  ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})"
            button = QPushButton(icon(category.icon, "#202020"), label, self)
            button.setObjectName(f"categoryButton{index}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setFont(mid)
            button.setIconSize(self._category_icon_size())
            button.setAccessibleName(category.name)
            button.setToolTip(self.tr("Kind of note: %1").replace("%1", category.name))
            button.setStyleSheet(_button_style(category.colour, category.colour))
            self._category_group.addButton(button, 1000 + index)
            self.category_row.addWidget(button)
            self._add_shortcut(key, button)
        self.select(keep_area, keep_category)

    # --- size: larger in presentation mode, so that people at the projector can type ----------
    @property
    def scale(self) -> float:
        return self._scale

    def _label_font(self) -> QFont:
        return scaled_font(self._base_font, LABEL_FONT * self._scale)

    def _category_icon_size(self) -> QSize:
        side = round(self._base_icon * 1.5 * self._scale)
        return QSize(side, side)

    def set_scale(self, scale: float) -> None:
        """Make the text field, the labels and the area and category buttons ``scale`` times their
        normal size (presentation mode follows its zoom with this; 1.0 is the normal size)."""
        scale = max(1.0, min(MAX_SCALE, scale))
        if abs(scale - self._scale) < 1e-3:
            return
        self._scale = scale
        mid = self._label_font()
        self.text.setFont(scaled_font(self._base_font, TEXT_FONT * scale))
        self._fit_text_height()
        self.post_button.setFont(scaled_font(self._base_font, POST_FONT * scale, bold=True))
        self.post_button.setIconSize(QSize(round(self._base_icon * scale), round(self._base_icon * scale)))
        self.post_button.setMinimumHeight(self.text.height())
        for widget in (self.area_label, self.category_label, self.group, self.hint):
            widget.setFont(mid)
        self.group.setMaximumWidth(int(self.fontMetrics().averageCharWidth() * 40 * scale))
        for button in self._area_group.buttons():
            button.setFont(mid)
            button.set_full_text(button.full_text())  # elide again in the new font
        for button in self._category_group.buttons():
            button.setFont(mid)
            button.setIconSize(self._category_icon_size())
        self.updateGeometry()

    def set_high_contrast(self, on: bool) -> None:
        """Black on white with a dark prompt, as the board's high-contrast look (the pale grey
        prompt is hard to read on a projector)."""
        palette = QPalette(self.text.palette()) if on else QPalette()  # an empty palette: inherit again
        if on:
            palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
            palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
            palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#3a3a3a"))
        for widget in (self.text, self.group):
            widget.setPalette(palette)

    def _fit_text_height(self) -> None:
        line = self.text.fontMetrics().lineSpacing()
        self.text.setFixedHeight(int(line * 2.4 + 12))

    def _add_shortcut(self, key: str, button: QPushButton) -> None:
        shortcut = QShortcut(QKeySequence(key), self.window() or self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(button.click)
        shortcut.activated.connect(lambda: self.text.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self._shortcuts.append(shortcut)

    def select(self, area_id: str = "", category_id: str = "") -> None:
        area_index = next((i for i, a in enumerate(self._areas) if a.id == area_id), 0)
        category_index = next((i for i, c in enumerate(self._categories) if c.id == category_id), 0)
        if self._areas:
            self._area_group.button(area_index).setChecked(True)
        if self._categories:
            self._category_group.button(1000 + category_index).setChecked(True)
        self._update_placeholder()

    @property
    def area_id(self) -> str:
        index = self._area_group.checkedId()
        return self._areas[index].id if 0 <= index < len(self._areas) else ""

    @property
    def category_id(self) -> str:
        index = self._category_group.checkedId() - 1000
        return self._categories[index].id if 0 <= index < len(self._categories) else ""

    def _on_choice(self, _id: int) -> None:
        self._update_placeholder()
        self.cell_changed.emit(self.area_id, self.category_id)

    def _update_placeholder(self) -> None:
        area = next((a for a in self._areas if a.id == self.area_id), None)
        category = next((c for c in self._categories if c.id == self.category_id), None)
        if area and category:
            self.text.setPlaceholderText(
                self.tr("%1 – %2: type your note and press Enter").replace("%1", area.name).replace("%2", category.name)
            )
            self.text.setAccessibleDescription(
                self.tr("New note in %1, %2").replace("%1", area.name).replace("%2", category.name)
            )
            self.text.viewport().update()  # an empty field shows the new prompt at once

    # --- posting -----------------------------------------------------------------------------
    def set_group_name(self, name: str) -> None:
        self.group.setText(name)

    def set_editable(self, editable: bool) -> None:
        self.text.setReadOnly(not editable)
        self.post_button.setEnabled(editable)
        if not editable:
            self.show_hint(self.tr("This project is open read-only: notes cannot be posted."), sticky=True)

    def post(self) -> bool:
        """Post what is typed; on success clear the field and keep the focus in it."""
        text = self.text.toPlainText()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.text.isReadOnly():
            return False
        if not text.strip():
            self.show_hint(self.tr("Type something first, then press Enter."))
            return False
        if not (self.area_id and self.category_id):
            self.show_hint(self.tr("Choose a focus area and a kind of note first."))
            return False
        if self._post(self.area_id, self.category_id, text, self.group.text().strip()):
            self.text.clear()
            self.show_hint(self.tr("Posted. Next note!"))
            return True
        return False

    def show_hint(self, text: str, *, sticky: bool = False) -> None:
        self.hint.setText(text)
        if sticky:
            self._hint_timer.stop()
        else:
            self._hint_timer.start()

    def _clear_hint_if_typing(self) -> None:
        if self.text.toPlainText() and self._hint_timer.isActive():
            self.hint.clear()
            self._hint_timer.stop()


def _button_style(colour: str, checked: str) -> str:
    """Big toggle buttons with a band of their colour: the chosen one is filled and framed;
    the focused one gets a dashed outline, so neither state relies on colour alone."""
    left = f"border-left: 10px solid {colour};"
    return (
        f"QPushButton {{ padding: 0.35em 0.7em; border: 2px solid #9e9e9e; border-radius: 6px;"
        f" background: #fafafa; color: #111; {left} }}"
        f"QPushButton:checked {{ background: {checked}; border: 3px solid #111; {left} }}"
        f"QPushButton:focus {{ border: 3px dashed #0d47a1; {left} }}"
        f"QPushButton:checked:focus {{ border: 3px dashed #0d47a1; {left} }}"
    )
