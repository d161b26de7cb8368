"""Bring back deleted notes: a list of the workshop's deleted notes to tick and restore."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.gui.commands.notes import RestoreNotes

PREVIEW = 160


class RestoreNotesDialog(QDialog):
    def __init__(self, project, workshop_id: str, run_edit: Callable[[object], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("RestoreNotesDialog")
        self.setWindowTitle(self.tr("Restore deleted notes"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.project, self.workshop_id, self.run_edit = project, workshop_id, run_edit
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Deleted notes"))
        self.list.setWordWrap(True)  # long notes wrap instead of running off to the side
        self.list.itemChanged.connect(lambda _item: self._update_button())
        self.empty = QLabel(self.tr("There are no deleted notes in this workshop."), self)
        self.empty.setObjectName("noDeletedNotes")
        label = QLabel(self.tr("&Tick the notes to bring back:"), self)
        label.setBuddy(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.restore_button.clicked.connect(self.restore_checked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().lineSpacing() * 20)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        areas = {a.id: a.name for a in self.project.workshops.focus_areas(self.workshop_id)}
        categories = {c.id: c.name for c in self.project.workshops.categories(self.workshop_id)}
        for note in sorted(self.project.notes.deleted(self.workshop_id), key=lambda n: n.deleted_at, reverse=True):
            text = " ".join(note.text.split())
            if len(text) > PREVIEW:
                text = text[:PREVIEW] + "…"
            where = f"{areas.get(note.focus_area_id, '?')} / {categories.get(note.category_id, '?')}"
            item = QListWidgetItem(f"{text}   — {where}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setToolTip(note.text[:2000])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.empty.setVisible(self.list.count() == 0)
        self._update_button()

    def checked_ids(self) -> list[str]:
        return [
            self.list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]

    def _update_button(self) -> None:
        """Restore is offered only when a note is ticked."""
        self.restore_button.setEnabled(bool(self.checked_ids()))

    def check_all(self) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(Qt.CheckState.Checked)

    def restore_checked(self) -> None:
        ids = self.checked_ids()
        if ids and self.run_edit(RestoreNotes(self.project, ids)):
            self.refresh()
            if self.list.count() == 0:
                self.accept()  # everything is back: nothing left to show
