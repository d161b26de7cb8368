"""Add, rename, remove and reorder a workshop's focus areas; each change is one undoable command."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.commands.workshops import (
    AddFocusArea,
    MoveFocusArea,
    RemoveFocusArea,
    UpdateFocusArea,
)
from workshop_app.gui.icons import icon

AREA_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#edc948", "#76b7b2", "#e15759", "#9c755f")


class FocusAreasDialog(QDialog):
    """A list of the areas with buttons; ``run_edit(command) -> bool`` runs each change."""

    def __init__(self, project, workshop_id: str, run_edit: Callable[[object], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("FocusAreasDialog")
        self.setWindowTitle(self.tr("Focus areas"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.project = project
        self.workshop_id = workshop_id
        self.run_edit = run_edit
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Focus areas in the order of the board"))
        label = QLabel(self.tr("&Focus areas (columns on the board, left to right):"), self)
        label.setBuddy(self.list)
        self.add_button = self._button("mdi6.plus", self.tr("&Add…"), self.add_area)
        self.rename_button = self._button("mdi6.pencil-outline", self.tr("&Rename…"), self.rename_area)
        self.remove_button = self._button("mdi6.delete-outline", self.tr("Re&move"), self.remove_area)
        self.up_button = self._button("mdi6.arrow-left", self.tr("Move &left"), lambda: self.move_area(-1))
        self.down_button = self._button("mdi6.arrow-right", self.tr("Move r&ight"), lambda: self.move_area(1))
        buttons = QVBoxLayout()
        for b in (self.add_button, self.rename_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(close)
        self.refresh()

    def _button(self, icon_name: str, text: str, handler) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.clicked.connect(handler)
        return button

    def refresh(self, select: int | None = None) -> None:
        row = self.list.currentRow() if select is None else select
        self.areas = self.project.workshops.focus_areas(self.workshop_id)
        self.list.clear()
        for area in self.areas:
            item = QListWidgetItem(icon("mdi6.square-rounded", area.colour), area.name)
            item.setData(Qt.ItemDataRole.UserRole, area.id)
            self.list.addItem(item)
        self.list.setCurrentRow(max(0, min(row, len(self.areas) - 1)))

    def current(self):
        row = self.list.currentRow()
        return self.areas[row] if 0 <= row < len(self.areas) else None

    def add_area(self, name: str | None = None) -> None:
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Add focus area"), self.tr("Name of the new focus area:"))
            if not ok or not name.strip():
                return
        colour = AREA_COLOURS[len(self.areas) % len(AREA_COLOURS)]
        if self.run_edit(AddFocusArea(self.project, self.workshop_id, name.strip(), colour)):
            self.refresh(select=len(self.areas))

    def rename_area(self, name: str | None = None) -> None:
        area = self.current()
        if area is None:
            return
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Rename focus area"), self.tr("New name:"), text=area.name)
            if not ok or not name.strip():
                return
        self.run_edit(UpdateFocusArea(self.project, area, name=name.strip()))
        self.refresh()

    def remove_area(self) -> None:
        area = self.current()
        if area is not None:
            self.run_edit(RemoveFocusArea(self.project, area))
            self.refresh()

    def move_area(self, step: int) -> None:
        area = self.current()
        if area is None:
            return
        target = area.position + step
        if 0 <= target < len(self.areas):
            self.run_edit(MoveFocusArea(self.project, area, target))
            self.refresh(select=target)
