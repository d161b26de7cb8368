"""Export report: choose workshops, sections, language and format, write the title page texts,
check the notes for personal data, then make the PDF, HTML or Word file with a progress window
and open it.

The steps themselves (the personal-data check, writing the file) are
:class:`workshop_app.report.workflow.ReportExport`, which the command line uses too; this dialog
only asks its questions in between. The report is made in the GUI thread (the project's SQLite
connection belongs to it); the progress callback keeps the window responsive with
``processEvents`` and lets the user cancel. The texts typed here are saved in the project
(``workshop_app.report.settings``), so the next export, and the command line, use them too.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.errors import UserError
from workshop_app.gui.dialogs.personal_data_dialog import PersonalDataDialog
from workshop_app.report import settings as report_settings
from workshop_app.report.privacy import Finding
from workshop_app.report.workflow import FORMATS, ReportExport, suggested_name

log = logging.getLogger(__name__)

PDF, HTML, DOCX = "pdf", "html", "docx"


class _Cancelled(Exception):
    """Raised from the progress callback when the user presses Cancel."""


def _section_names(dialog: QWidget) -> dict[str, str]:
    # literal contexts so that lupdate files them under ReportDialog, where self.tr() looks
    del dialog
    return {
        "contents": QCoreApplication.translate("ReportDialog", "Table of contents"),
        "summary": QCoreApplication.translate("ReportDialog", "Summary"),
        "background": QCoreApplication.translate("ReportDialog", "Introduction and background"),
        "purpose": QCoreApplication.translate("ReportDialog", "Purpose"),
        "method": QCoreApplication.translate("ReportDialog", "Method (how the workshops were run)"),
        "overview": QCoreApplication.translate("ReportDialog", "Chart and table of notes"),
        "results": QCoreApplication.translate("ReportDialog", "Results per focus area"),
        "priorities": QCoreApplication.translate("ReportDialog", "Priorities (dot voting)"),
        "conclusions": QCoreApplication.translate("ReportDialog", "Conclusions"),
        "further_work": QCoreApplication.translate("ReportDialog", "Further work"),
        "appendix": QCoreApplication.translate("ReportDialog", "Appendix: all notes"),
    }


class ReportDialog(QDialog):
    """The "Export report" dialog.

    Signals:
        exported(str): the path of a report that was written.
        noteRequested(str, str): workshop id and note id the user wants to see (personal data).
    """

    exported = Signal(str)
    noteRequested = Signal(str, str)

    def __init__(
        self,
        project,
        current_workshop_id: str | None,
        parent: QWidget | None = None,
        open_file: Callable[[Path], bool] | None = None,
    ):
        """``open_file`` shows a written report (default: the desktop's viewer) and says whether it did."""
        super().__init__(parent)
        self.setObjectName("ReportDialog")
        self.setWindowTitle(self.tr("Export report"))
        self.project = project
        self.settings = report_settings.load(project)
        self.last_path: Path | None = None
        self.open_file = open_file or _open_with_desktop
        self._path_suggested = True  # False once the user typed or chose a path

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._contents_tab(current_workshop_id), self.tr("&Contents"))
        self.tabs.addTab(self._texts_tab(), self.tr("&Title page and texts"))

        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("Save the report as"))
        self.path_edit.textEdited.connect(self._path_typed)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_label = QLabel(self.tr("&Save as:"), self)
        path_label.setBuddy(self.path_edit)
        path_row.addWidget(path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("reportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._confirmed_path: Path | None = None  # chosen in the save dialog, which asked about replacing

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(path_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self._suggest_path()
        self.workshop_list.itemChanged.connect(lambda _item: self._suggest_path(follow=True))
        self.title_edit.textChanged.connect(lambda _text: self._suggest_path(follow=True))
        self.resize(620, 560)

    # --- building the tabs ---------------------------------------------------------------------
    def _contents_tab(self, current_workshop_id: str | None) -> QWidget:
        page = QWidget(self)
        self.workshop_list = QListWidget(page)
        self.workshop_list.setAccessibleName(self.tr("Workshops in the report"))
        workshops = self.project.workshops.list()
        chosen = self._last_choice(current_workshop_id, {w.id for w in workshops})
        for workshop in workshops:
            label = workshop.title + (f" ({workshop.date})" if workshop.date else "")
            item = QListWidgetItem(label, self.workshop_list)
            item.setData(Qt.ItemDataRole.UserRole, workshop.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            wanted = workshop.id in chosen
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.section_list = QListWidget(page)
        self.section_list.setAccessibleName(self.tr("Sections of the report"))
        for key, name in _section_names(self).items():
            item = QListWidgetItem(name, self.section_list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if self.settings.has(key) else Qt.CheckState.Unchecked)
        self.language_box = QComboBox(page)
        self.language_box.addItem(self.tr("As the workshop"), None)
        self.language_box.addItem("Svenska", "sv")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self.settings.language)))
        self.format_box = QComboBox(page)
        self.format_box.addItem(self.tr("PDF (for print and e-mail; without tags for screen readers)"), PDF)
        self.format_box.addItem(self.tr("HTML (accessible: for publishing on a website)"), HTML)
        self.format_box.addItem(self.tr("Word (to edit in your own template; Word saves a tagged PDF)"), DOCX)
        self.format_box.currentIndexChanged.connect(lambda _i: self._suggest_path(keep_name=True))
        self.names_box = QCheckBox(self.tr("Print the &names of people (authors of notes, facilitator)"), page)
        self.names_box.setChecked(self.settings.include_names)

        form = QFormLayout(page)
        form.addRow(self._label(self.tr("&Workshops:"), self.workshop_list, page), self.workshop_list)
        form.addRow(self._label(self.tr("S&ections:"), self.section_list, page), self.section_list)
        form.addRow(self._label(self.tr("&Language:"), self.language_box, page), self.language_box)
        form.addRow(self._label(self.tr("&Format:"), self.format_box, page), self.format_box)
        form.addRow(self.names_box)
        return page

    def _texts_tab(self) -> QWidget:
        page = QWidget(self)
        s = self.settings
        self.title_edit = QLineEdit(s.title, page)
        self.title_edit.setPlaceholderText(self.tr("The workshop's title when left empty"))
        self.subtitle_edit = QLineEdit(s.subtitle, page)
        self.organisation_edit = QLineEdit(s.organisation, page)
        self.organisation_edit.setPlaceholderText(self.tr("Printed on the title page and as the PDF's author"))
        self.date_edit = QLineEdit(s.date, page)
        self.date_edit.setPlaceholderText(self.tr("The workshops' dates when left empty"))
        self.logo_edit = QLineEdit(s.logo_path, page)
        logo_button = QPushButton(self.tr("Choose…"), page)
        logo_button.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(logo_button)
        self.text_edits: dict[str, QPlainTextEdit] = {}
        form = QFormLayout(page)
        form.addRow(self._label(self.tr("T&itle:"), self.title_edit, page), self.title_edit)
        form.addRow(self._label(self.tr("Su&btitle:"), self.subtitle_edit, page), self.subtitle_edit)
        form.addRow(self._label(self.tr("&Organisation:"), self.organisation_edit, page), self.organisation_edit)
        form.addRow(self._label(self.tr("&Date:"), self.date_edit, page), self.date_edit)
        form.addRow(self._label(self.tr("&Logo:"), self.logo_edit, page), logo_row)
        labels = {
            "summary": self.tr("Summary:"),
            "background": self.tr("Background:"),
            "purpose": self.tr("Purpose:"),
            "method_note": self.tr("About the method:"),
            "conclusions": self.tr("Conclusions:"),
            "further_work": self.tr("Further work:"),
        }
        for key, label in labels.items():
            edit = QPlainTextEdit(getattr(s, key), page)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(54)
            self.text_edits[key] = edit
            form.addRow(self._label(label, edit, page), edit)
        return page

    @staticmethod
    def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        return label

    # --- values ----------------------------------------------------------------------------------
    def _last_choice(self, current_workshop_id: str | None, existing: set[str]) -> set[str]:
        """The workshops to tick: those of the last report when it covered the current workshop
        (a report over several municipalities is made again and again), else the current one
        (every workshop when there is none)."""
        if current_workshop_id is None:
            return existing
        last = self.settings.workshops
        if current_workshop_id in last:
            return {i for i in last if i in existing}
        return {current_workshop_id}

    def workshop_ids(self) -> list[str]:
        return [
            self.workshop_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.workshop_list.count())
            if self.workshop_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def format(self) -> str:
        return self.format_box.currentData()

    def current_settings(self) -> report_settings.ReportSettings:
        sections = tuple(
            self.section_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.section_list.count())
            if self.section_list.item(i).checkState() == Qt.CheckState.Checked
        )
        return self.settings.with_changes(
            title=self.title_edit.text().strip(),
            subtitle=self.subtitle_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
            date=self.date_edit.text().strip(),
            logo_path=self.logo_edit.text().strip(),
            language=self.language_box.currentData(),
            include_names=self.names_box.isChecked(),
            sections=sections,
            workshops=tuple(self.workshop_ids()),
            **{key: edit.toPlainText().strip() for key, edit in self.text_edits.items()},
        )

    def _suggest_path(self, keep_name: bool = False, follow: bool = False) -> None:
        """Put a file name in the path field: the report's title, else the one chosen workshop's
        title, else "Report", with the format's suffix, in :meth:`_report_folder`.

        ``keep_name``: only change the suffix (the format changed). ``follow``: the title or the
        workshops changed; a path the user typed or chose is left alone.
        """
        fmt = self.format()
        current = self.path_edit.text().strip()
        if keep_name and current:
            self.path_edit.setText(str(Path(current).with_suffix(FORMATS[fmt])))
            return
        if follow and not self._path_suggested:
            return
        title = self.title_edit.text().strip()
        if not title:
            ids = self.workshop_ids()
            titles = {w.id: w.title for w in self.project.workshops.list()}
            title = titles.get(ids[0], "") if len(ids) == 1 else ""
        name = suggested_name(title, fmt, self.tr("Report"))
        folder = Path(current).parent if current and follow else self._report_folder()
        self.path_edit.setText(str(folder / name))
        self._path_suggested = True
        self._confirmed_path = None

    def _path_typed(self, _text: str) -> None:
        self._path_suggested = False

    def _report_folder(self) -> Path:
        """Beside the project, unless the project lives in the app's hidden data folder (the default
        project): then in the user's Documents, where a facilitator will look for it."""
        from workshop_app.paths import user_data_dir

        folder = Path(self.project.path).resolve().parent
        if folder == user_data_dir().resolve():
            documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        return folder

    def _browse(self) -> None:
        patterns = {
            PDF: self.tr("PDF files (*.pdf)"),
            HTML: self.tr("Web pages (*.html)"),
            DOCX: self.tr("Word documents (*.docx)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), self.path_edit.text(), patterns[self.format()]
        )
        if path:
            self.path_edit.setText(path)
            self._path_suggested = False
            self._confirmed_path = Path(path)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), self.logo_edit.text(), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_edit.setText(path)

    # --- exporting -----------------------------------------------------------------------------
    def save_settings(self) -> report_settings.ReportSettings:
        """Store the typed texts in the project (skipped for a read-only project)."""
        settings = self.current_settings()
        if settings != self.settings and not getattr(self.project, "read_only", False):
            try:
                report_settings.save(self.project, settings)
            except UserError as exc:
                log.warning("report settings not saved: %s", exc)
        self.settings = settings
        return settings

    def export(self) -> Path | None:
        """Check, confirm personal data, write the report; returns its path or None."""
        ids = self.workshop_ids()
        if not ids:
            self._warn(self.tr("Choose at least one workshop for the report."))
            return None
        path_text = self.path_edit.text().strip()
        if not path_text:
            self._warn(self.tr("Choose where to save the report."))
            return None
        path = Path(path_text)
        if path.exists() and path != self._confirmed_path and not self._confirm_replace(path):
            return None
        settings = self.save_settings()
        job = ReportExport(self.project, ids, path, self.format(), settings)
        findings = job.personal_data()
        if findings and not self.confirm_personal_data(findings):
            return None
        progress = QProgressDialog(self.tr("Making the report…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowTitle(self.tr("Export report"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report_progress(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, total))
            QCoreApplication.processEvents()
            if progress.wasCanceled():
                raise _Cancelled()

        try:
            written = job.write(report_progress)
        except _Cancelled:
            log.info("report export cancelled; %s left as it was", path)
            return None
        except UserError as exc:
            self._warn(str(exc))
            return None
        finally:
            progress.reset()
            progress.deleteLater()
        self.last_path = written
        self._confirmed_path = written  # exporting again replaces it without asking
        self.exported.emit(str(written))
        if self.open_file(written):
            self.result_label.setText(self.tr("Saved: %1").replace("%1", str(written)))
        else:
            self.result_label.setText(self.tr("Saved: %1 (open it from that folder)").replace("%1", str(written)))
        return written

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Export report"),
            self.tr("%1 already exists. Do you want to replace it?").replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_personal_data(self, findings: list[Finding]) -> bool:
        """Ask about possible personal data; True to export anyway."""
        texts = {}
        for workshop_id in {f.workshop_id for f in findings}:
            texts.update({n.id: n.text for n in self.project.notes.list(workshop_id)})
        # which workshop each note is from, when the report covers more than one
        titles = {w.id: w.title for w in self.project.workshops.list()} if len(self.workshop_ids()) > 1 else {}
        dialog = PersonalDataDialog(findings, texts, self, workshop_titles=titles)
        result = dialog.exec()
        if result == 2 and dialog.chosen is not None:
            self.noteRequested.emit(dialog.chosen.workshop_id, dialog.chosen.note_id)
            self.reject()
            return False
        return result == QDialog.DialogCode.Accepted

    def _warn(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export report"),
            self.tr("The report could not be made."),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("reportError")
        box.setInformativeText(message)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _open_with_desktop(path: Path) -> bool:
    """Show ``path`` in the system's viewer; False where there is no desktop to show it on (the
    offscreen platform) or no viewer started."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
