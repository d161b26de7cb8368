"""Workshop-level handlers: create, properties, focus areas and their conclusions, hidden round,
reveal, delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from workshop_app.domain.errors import UserError
from workshop_app.gui.commands.notes import RevealNotes
from workshop_app.gui.commands.workshops import SetConclusion, UpdateWorkshop, set_hidden_round
from workshop_app.gui.context import BoardContext

if TYPE_CHECKING:
    from workshop_app.gui.dialogs.focus_areas_dialog import FocusAreasDialog
    from workshop_app.gui.dialogs.text_dialog import TextDialog
    from workshop_app.gui.dialogs.workshop_dialog import WorkshopDialog


class WorkshopEditing:
    """New workshop, properties, focus areas, conclusions, the hidden round, delete.

    Args:
        context: what the feature may use of the window.
        current_theme: the theme the facilitator is on (for the conclusions' focus area), or None.
    """

    def __init__(self, context: BoardContext, *, current_theme: Callable[[], str | None]):
        self.context = context
        self._current_theme = current_theme

    def new_workshop(self) -> "WorkshopDialog | None":
        """Ask for the metadata and the template, then create and show the workshop."""
        w = self.context
        if w.session is None:
            return None
        from workshop_app.gui.dialogs.workshop_dialog import WorkshopDialog
        from workshop_app.storage.templates import builtin_templates

        dialog = WorkshopDialog(w.parent, None, builtin_templates())
        dialog.dialog.accepted.connect(lambda: self._create(dialog))
        dialog.dialog.open()
        return dialog

    def _create(self, dialog: "WorkshopDialog") -> None:
        w = self.context
        values = dialog.values()
        title = values.pop("title")
        try:
            workshop = w.session.project.workshops.create(title, dialog.template_name(), **values)
        except UserError as error:
            w.show_error(error)
            return
        # a new workshop is another meeting: the last table's group must not tag its notes
        w.entry.set_group_name("")
        w.prefs.group_name = ""
        w.show_workshop(workshop.id)

    def edit_properties(self) -> "WorkshopDialog | None":
        from workshop_app.gui.dialogs.workshop_dialog import WorkshopDialog

        w = self.context
        if w.workshop is None:
            return None
        dialog = WorkshopDialog(w.parent, w.workshop)
        dialog.dialog.accepted.connect(lambda: self._apply_properties(dialog))
        dialog.dialog.open()
        return dialog

    def _apply_properties(self, dialog: "WorkshopDialog") -> None:
        w = self.context
        command = UpdateWorkshop(w.session.project, w.workshop, **dialog.values())
        if command.changes_anything:
            w.run_edit(command)

    def edit_focus_areas(self) -> "FocusAreasDialog | None":
        from workshop_app.gui.dialogs.focus_areas_dialog import FocusAreasDialog

        w = self.context
        if w.workshop_id is None:
            return None
        dialog = FocusAreasDialog(w.session.project, w.workshop_id, w.run_edit, w.parent)
        dialog.open()
        return dialog

    # --- conclusions ---------------------------------------------------------------------------
    def conclusion_area(self) -> str | None:
        """The focus area the conclusions command is about: that of the selected card or theme,
        else the one chosen in the entry bar."""
        w = self.context
        notes = w.selected_note_ids()
        if notes:
            return w.session.project.notes.get(notes[0]).focus_area_id
        theme_id = self._current_theme()
        if theme_id and w.scene is not None and theme_id in w.scene.themes:
            return w.scene.themes[theme_id].focus_area_id
        return w.entry.area_id or None

    def edit_conclusion(self, area_id: str | None = None) -> "TextDialog | None":
        """Write the facilitator's conclusions for a focus area (the report prints them after the
        area's themes): a dialog, then one undoable step."""
        from workshop_app.gui.dialogs.text_dialog import TextDialog

        w = self.context
        area_id = area_id or self.conclusion_area()
        if w.session is None or w.workshop_id is None or not area_id:
            return None
        project = w.session.project
        area = project.workshops.focus_area(area_id)
        old = project.workshops.conclusions(w.workshop_id).get(area_id, "")
        dialog = TextDialog(
            QCoreApplication.translate("WorkshopEditing", "Conclusions for %1").replace("%1", area.name),
            QCoreApplication.translate(
                "WorkshopEditing",
                "What the workshop concluded about “%1” (printed in the report after the area's themes):",
            ).replace("%1", area.name),
            old,
            w.parent,
            name="ConclusionDialog",
            edit_name="conclusion",
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.edit.setReadOnly(w.session.read_only)

        def save() -> None:
            current = project.workshops.conclusions(w.workshop_id).get(area_id, "")
            if not w.session.read_only and dialog.text() != current:
                w.run_edit(SetConclusion(project, area, current, dialog.text()))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def toggle_hidden_round(self) -> None:
        w = self.context
        if w.workshop is not None:
            w.run_edit(set_hidden_round(w.session.project, w.workshop, not w.workshop.hidden_round))

    def reveal_notes(self) -> None:
        w = self.context
        if w.workshop_id is not None:
            command = RevealNotes(w.session.project, w.workshop_id)
            if w.run_edit(command) and not command.revealed:
                w.show_status(QCoreApplication.translate("MainWindow", "No notes were face down."), 4000)

    def delete_workshop(self) -> QMessageBox | None:
        """Delete the shown workshop after asking (this cannot be undone)."""
        w = self.context
        if w.workshop is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Delete workshop"), "", parent=w.parent
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            QCoreApplication.translate("MainWindow", "Delete the workshop “%1” with all its notes?").replace(
                "%1", w.workshop.title
            )
        )
        box.setInformativeText(QCoreApplication.translate("MainWindow", "This cannot be undone."))
        delete = box.addButton(
            QCoreApplication.translate("MainWindow", "Delete workshop"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        workshop_id = w.workshop_id
        delete.clicked.connect(lambda: self._delete(workshop_id))
        box.open()
        return box

    def _delete(self, workshop_id: str) -> None:
        w = self.context
        try:
            w.session.project.workshops.delete(workshop_id)
        except UserError as error:
            w.show_error(error)
            return
        w.session.stack(workshop_id).clear()
        remaining = [x.id for x in w.workshops()]
        w.show_workshop(remaining[-1] if remaining else None)
