"""Move notes with the keyboard: a filterable list of focus area › kind targets and their themes.

Type a few letters of the area, the kind or the theme ("sam hin"), pick with the arrow keys, press
Enter; Esc cancels. The window turns the choice into one undoable move.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import Category, FocusArea, Theme
from workshop_app.gui.icons import icon

SEPARATOR = " › "
THEME_ICON = "mdi6.tray-arrow-down"
TargetRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class MoveTarget:
    """Where notes can go: a cell (loose in it) or a theme of that cell."""

    area_id: str
    category_id: str
    theme_id: str | None
    label: str
    """"Område › Kind" or "Område › Kind › Theme": what the list shows and the filter reads."""
    icon: str = ""


def move_targets(
    areas: Sequence[FocusArea], categories: Sequence[Category], themes_of: dict[tuple[str, str], Sequence[Theme]]
) -> list[MoveTarget]:
    """Every cell of the board in reading order (area by area, kind by kind), each followed by
    its themes in their order on the board."""
    targets = []
    for area in areas:
        for category in categories:
            cell = f"{area.name}{SEPARATOR}{category.name}"
            targets.append(MoveTarget(area.id, category.id, None, cell, category.icon))
            for theme in themes_of.get((area.id, category.id), ()):
                targets.append(
                    MoveTarget(area.id, category.id, theme.id, f"{cell}{SEPARATOR}{theme.title}", THEME_ICON)
                )
    return targets


def matches(label: str, query: str) -> bool:
    """Every word of ``query`` is in ``label`` (case and accents as typed: "hälsa" ≠ "halsa")."""
    text = label.casefold()
    return all(word in text for word in query.casefold().split())


class MoveNotesDialog(QDialog):
    """Choose where the selected notes go. :meth:`target` is the choice once accepted.

    Args:
        targets: the places, from :func:`move_targets`.
        count: how many notes move (for the heading).
        here: where all the notes are now, if they are all in one place (marked, and chosen at
            the start so that the arrow keys start from there).
    """

    def __init__(
        self, targets: Iterable[MoveTarget], count: int, here: MoveTarget | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("MoveNotesDialog")
        self.setWindowTitle(QCoreApplication.translate("MoveNotesDialog", "Move notes"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("moveFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(
            QCoreApplication.translate("MoveNotesDialog", "Type to narrow the list: area, kind or theme")
        )
        label = QLabel(QCoreApplication.translate("MoveNotesDialog", "&Move %n note(s) to:", None, count), self)
        label.setBuddy(self.filter)
        self.filter.setAccessibleName(label.text().replace("&", ""))
        self.list = QListWidget(self)
        self.list.setObjectName("moveTargets")
        self.list.setAccessibleName(QCoreApplication.translate("MoveNotesDialog", "Places to move to"))
        self.list.setUniformItemSizes(True)
        here_text = QCoreApplication.translate("MoveNotesDialog", "(here now)")
        bold = QFont(self.list.font())
        bold.setBold(True)
        start = None
        for target in targets:
            text = target.label if target != here else f"{target.label}   {here_text}"
            item = QListWidgetItem(icon(target.icon), text)
            item.setData(TargetRole, target)
            if target.theme_id is None:
                item.setFont(bold)
            self.list.addItem(item)
            if target == here:
                start = item
        self.empty = QLabel(
            QCoreApplication.translate("MoveNotesDialog", "No area, kind or theme has these words."), self
        )
        self.empty.setObjectName("moveNothingFound")
        self.empty.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(QCoreApplication.translate("MoveNotesDialog", "&Move"))
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.fontMetrics().lineSpacing() * 26)
        self.list.setCurrentItem(start or self.list.item(0))
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_button()

    # --- choosing ------------------------------------------------------------------------------
    def visible_targets(self) -> list[MoveTarget]:
        return [
            self.list.item(row).data(TargetRole)
            for row in range(self.list.count())
            if not self.list.item(row).isHidden()
        ]

    def target(self) -> MoveTarget | None:
        item = self.list.currentItem()
        return item.data(TargetRole) if item is not None and not item.isHidden() else None

    def apply_filter(self, query: str) -> None:
        """Show only the places that have every typed word; keep the current one if it stays."""
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            shown = matches(item.data(TargetRole).label, query)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first)
        if self.list.currentItem() is not None:
            self.list.scrollToItem(self.list.currentItem())
        self.empty.setVisible(first is None)
        self._update_button()

    def _update_button(self) -> None:
        self.ok.setEnabled(self.target() is not None)

    def accept(self) -> None:
        if self.target() is not None:
            super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the arrow and page keys move in the list while the filter keeps the typing
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        ):
            QCoreApplication.sendEvent(self.list, QKeyEvent(event.type(), event.key(), event.modifiers()))
            return True
        return super().eventFilter(watched, event)
