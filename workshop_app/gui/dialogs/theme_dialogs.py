"""Dialogs of theme editing: a theme's summary, and themes taken from another workshop.

Imported when first opened (see workshop_app.gui.theme_editing), not on the way to the first frame.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from workshop_app.gui.dialogs.text_dialog import TextDialog


class SummaryDialog(TextDialog):
    """Write a theme's summary (printed in the report under the theme's title)."""

    def __init__(self, title: str, summary: str, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("ThemeEditing", "Theme summary"),
            QCoreApplication.translate("ThemeEditing", "Summary of “%1” (printed in the report):").replace("%1", title),
            summary,
            parent,
            name="ThemeSummaryDialog",
            edit_name="themeSummary",
        )


class StartingThemesDialog(QDialog):
    """Choose a workshop of the project whose themes this workshop starts from; shows how many."""

    def __init__(self, project, workshop_id: str, parent: QWidget | None = None):
        from PySide6.QtWidgets import QComboBox, QFormLayout

        super().__init__(parent)
        self.setObjectName("StartingThemesDialog")
        self.setWindowTitle(QCoreApplication.translate("ThemeEditing", "Use themes from another workshop"))
        self.project = project
        self.workshop_id = workshop_id
        self.plan = None
        self.combo = QComboBox(self)
        self.combo.setObjectName("sourceWorkshop")
        for workshop in project.workshops.list():
            if workshop.id != workshop_id:
                self.combo.addItem(workshop.title, workshop.id)
        self.info = QLabel(self)
        self.info.setObjectName("startingThemesInfo")
        self.info.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("ThemeEditing", "&Use these themes")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ThemeEditing", "&From workshop:"), self.combo)
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "ThemeEditing",
                "The themes of the chosen workshop are added here as your own themes, in the "
                "same focus areas and kinds of note, with the notes of this workshop that fit them.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.buttons)
        self.combo.currentIndexChanged.connect(lambda _i: self._update())
        self._update()
        self.resize(480, 220)

    def source_id(self) -> str | None:
        return self.combo.currentData()

    def _update(self) -> None:
        from workshop_app.theming.placement import plan_starting_themes

        source = self.source_id()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if source is None:
            self.plan = None
            self.info.setText(QCoreApplication.translate("ThemeEditing", "This project has no other workshop."))
            ok.setEnabled(False)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = plan_starting_themes(self.project, source, self.workshop_id)
        finally:
            QGuiApplication.restoreOverrideCursor()
        placed = sum(len(d.note_ids) for drafts in self.plan.drafts.values() for d in drafts)
        offered = self.plan.count
        self.info.setText(
            QCoreApplication.translate("ThemeEditing", "%n theme(s) will be offered", None, offered)
            + "; "
            + QCoreApplication.translate("ThemeEditing", "%n note(s) of this workshop fit them.", None, placed)
        )
        ok.setEnabled(self.plan.count > 0)
