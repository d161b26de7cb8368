"""Small reusable widgets."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton

ELLIPSIS = "…"

FOCUS_FRAME = "#0d47a1"
"""The frame around the board, the list of notes and the note field while it has the keyboard."""


def is_keyboard_menu(event: QEvent) -> bool:
    """The keyboard's right click: the Menu key, Shift+F10, or the context menu event a platform
    sends for them (whose position is the widget's top left, not where the keyboard is)."""
    if event.type() == QEvent.Type.ContextMenu:
        return event.reason() == event.Reason.Keyboard
    if event.type() != QEvent.Type.KeyPress:
        return False
    return event.key() == Qt.Key.Key_Menu or (
        event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
    )


def focus_frame_style(selector: str, without_focus: str = "transparent") -> str:
    """A style sheet that frames ``selector`` in :data:`FOCUS_FRAME` while it has the keyboard
    focus. The frame is as wide without the focus (in ``without_focus``), so that taking the
    focus never resizes what is inside."""
    return (
        f"{selector} {{ border: 3px solid {without_focus}; }} {selector}:focus {{ border: 3px solid {FOCUS_FRAME}; }}"
    )


_NUMBER = re.compile(r"\d+(?=\s)")


class ElidingButton(QPushButton):
    """A push button whose label is elided to the space it gets (the full text in its tooltip).

    The space is the style's contents rectangle, so a style sheet's padding and borders (the
    entry bar's coloured left border) are taken off; a leading number ("4 Hälsofrämjande …", the
    Ctrl+4 of the area) is kept whole however narrow the button gets.
    """

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.fontMetrics().horizontalAdvance(self._full) + self._frame_width() + self._icon_room()
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        fm = self.fontMetrics()
        number = _NUMBER.match(self._full)
        shortest = fm.horizontalAdvance((number.group() + " " if number else "") + "M" + ELLIPSIS)
        width = max(fm.horizontalAdvance("M") * 5, shortest + self._frame_width()) + self._icon_room()
        return QSize(width, hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._elide()

    def content_width(self, width: int | None = None) -> int:
        """The room the label gets in a button ``width`` wide (its own width when None): the
        narrowest of its looks, so the text does not jump when it is checked or focused (the
        entry bar's style sheet gives those a thicker border)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, self.width() if width is None else width, max(1, self.height()))
        style = self.style()
        room = option.rect.width()
        base = option.state & ~(QStyle.StateFlag.State_On | QStyle.StateFlag.State_HasFocus)
        for extra in (
            QStyle.StateFlag.State_None,
            QStyle.StateFlag.State_On,
            QStyle.StateFlag.State_HasFocus,
            QStyle.StateFlag.State_On | QStyle.StateFlag.State_HasFocus,
        ):
            option.state = base | extra
            room = min(room, style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).width())
        return room - self._icon_room()

    def _frame_width(self) -> int:
        return 1000 - self._icon_room() - self.content_width(1000)

    def _icon_room(self) -> int:
        return self.iconSize().width() + 4 if not self.icon().isNull() else 0

    def _elide(self) -> None:
        fm = self.fontMetrics()
        room = max(0, self.content_width() - 1)  # a pixel for the text's rounding
        shown = fm.elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        number = _NUMBER.match(self._full)
        if number and shown != self._full and not shown.startswith(number.group() + " "):
            # too narrow even for the number and a letter: the number is what identifies the area
            shown = (
                number.group() + ELLIPSIS if fm.horizontalAdvance(number.group() + ELLIPSIS) <= room else number.group()
            )
        if shown != self.text():
            super().setText(shown)
