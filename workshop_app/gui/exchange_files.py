"""File → Import notes / Export notes: CSV, the app's JSON, or another project file.

The handlers that the menu calls ask for a file name; :meth:`NoteFiles.import_path` and
:meth:`NoteFiles.export_path` take it, so tests (and scripts) pass a path without a file dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workshop_app.domain.errors import UserError
from workshop_app.gui.context import BoardContext
from workshop_app.paths import PROJECT_SUFFIX

log = logging.getLogger(__name__)


class NoteFiles:
    def __init__(self, context: BoardContext):
        self.context = context

    def _folder(self) -> str:
        session = self.context.session
        return str(Path(session.path).parent) if session else ""

    # --- import ------------------------------------------------------------------------------
    def import_notes(self) -> None:
        w = self.context
        filters = ";;".join(
            [
                QCoreApplication.translate("NoteFiles", "Notes and projects (*.csv *.json *%1)").replace(
                    "%1", PROJECT_SUFFIX
                ),
                QCoreApplication.translate("NoteFiles", "CSV files (*.csv)"),
                QCoreApplication.translate("NoteFiles", "Workshop Board JSON (*.json)"),
                QCoreApplication.translate("NoteFiles", "Workshop projects (*%1)").replace("%1", PROJECT_SUFFIX),
                QCoreApplication.translate("NoteFiles", "All files (*)"),
            ]
        )
        path, _ = QFileDialog.getOpenFileName(
            w.parent, QCoreApplication.translate("NoteFiles", "Import notes"), self._folder(), filters
        )
        if not path:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("NoteFiles", "Import notes"),
            QCoreApplication.translate("NoteFiles", "Import the notes of “%1”?").replace("%1", Path(path).name),
            QMessageBox.StandardButton.Cancel,
            w.parent,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "NoteFiles",
                "An import cannot be undone with Ctrl+Z. Notes from a CSV file go into "
                "the workshop shown; a JSON or project file brings its own workshops.",
            )
        )
        button = box.addButton(QCoreApplication.translate("NoteFiles", "&Import"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(button)
        box.exec()
        if box.clickedButton() is button:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> list[tuple[str, int]] | None:
        """Import ``path``: a CSV into the current workshop, JSON or a project as its own workshops.

        Returns (workshop title, notes added) per workshop, or None when it failed (the user was told).
        """
        from workshop_app.exchange.importer import import_file, sniff_kind

        w = self.context
        if w.session is None:
            return None
        project = w.session.project
        try:
            title = w.workshop.title if (sniff_kind(Path(path)) == "csv" and w.workshop is not None) else None
            result = import_file(project, Path(path), workshop_title=title)
        except UserError as error:
            w.show_error(error)
            return None
        # the import may have added workshops and many notes: show everything afresh
        workshop_id = w.workshop_id
        if workshop_id is None:
            ids = [x.id for x in w.workshops()]
            workshop_id = ids[-1] if ids else None
        w.show_workshop(workshop_id)
        added = sum(n for _title, n in result)
        message = QCoreApplication.translate("NoteFiles", "%n note(s) imported.", None, added)
        blank = sum(getattr(r, "blank_rows", 0) for r in result)
        if blank:  # rows of a spreadsheet with no text: skipped, and said so
            message += " " + QCoreApplication.translate("NoteFiles", "%n empty row(s) skipped.", None, blank)
        w.show_status(message, 8000)
        return result

    # --- export ------------------------------------------------------------------------------
    def export_notes(self) -> None:
        w = self.context
        if w.workshop is None:
            return
        csv_filter, json_filter = (
            QCoreApplication.translate("NoteFiles", "CSV files (*.csv)"),
            QCoreApplication.translate("NoteFiles", "Workshop Board JSON (*.json)"),
        )
        suggested = str(Path(self._folder()) / f"{w.workshop.title}.csv")
        path, chosen = QFileDialog.getSaveFileName(
            w.parent,
            QCoreApplication.translate("NoteFiles", "Export notes"),
            suggested,
            ";;".join([csv_filter, json_filter]),
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".json" if chosen == json_filter else ".csv"
        self.export_path(Path(path))

    def export_path(self, path: Path) -> Path | None:
        """Write the current workshop to ``path``: JSON for a .json name, CSV otherwise."""
        from workshop_app.storage.atomic import write_atomically

        w = self.context
        if w.workshop is None:
            return None
        project = w.session.project
        try:
            if Path(path).suffix.lower() == ".json":
                from workshop_app.exchange.json_format import export_json

                data = export_json(project, [w.workshop]).encode("utf-8")
            else:
                from workshop_app.exchange.csv_export import export_csv

                data = export_csv(project, [w.workshop]).encode("utf-8-sig")
            written = write_atomically(path, data)
        except UserError as error:
            w.show_error(error)
            return None
        w.show_status(QCoreApplication.translate("NoteFiles", "Saved “%1”.").replace("%1", str(written)), 8000)
        return written
