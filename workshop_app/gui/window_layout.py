"""The main window's central widgets: the round bar above, the board (or, when there is nothing to
show, a large centred message) in the middle, the participants' entry bar below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from workshop_app.gui.entry_bar import EntryBar, PostNote, scaled_font
from workshop_app.gui.settings import Preferences


def board_stack(parent: QWidget, board: QWidget) -> tuple[QStackedWidget, QLabel]:
    """The board, and the message shown in its place when there is no workshop to show."""
    empty_label = QLabel(parent)
    empty_label.setObjectName("emptyLabel")
    empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty_label.setWordWrap(True)
    empty_label.setFont(scaled_font(parent.font(), 1.3))
    stack = QStackedWidget(parent)
    stack.addWidget(board)
    stack.addWidget(empty_label)
    return stack, empty_label


def entry_bar(
    parent: QWidget, prefs: Preferences, post: PostNote, cell_changed: Callable[[str, str], None]
) -> EntryBar:
    """The entry bar with the table's group and the contrast the preferences remember."""
    entry = EntryBar(post, parent)
    entry.cell_changed.connect(cell_changed)
    entry.group_changed.connect(lambda name: setattr(prefs, "group_name", name))
    entry.set_group_name(prefs.group_name)
    if prefs.high_contrast:
        entry.set_high_contrast(True)
    return entry


def central_widget(parent: QWidget, top: QWidget, middle: QWidget, bottom: QWidget) -> QWidget:
    """``top`` and ``bottom`` at their own heights, ``middle`` taking the rest."""
    central = QWidget(parent)
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(top)
    layout.addWidget(middle, 1)
    layout.addWidget(bottom)
    return central
