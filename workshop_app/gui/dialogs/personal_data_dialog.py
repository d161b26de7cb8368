"""Before a report is written: the notes that look like they hold personal data (personnummer,
phone numbers, e-mail addresses), each shown briefly; the facilitator shows one to change it, exports
anyway, or goes back (the default, so that Enter never publishes personal data)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workshop_app.report.privacy import EMAIL, PERSONAL_NUMBER, PHONE, Finding

PREVIEW = 90
"""Characters of a note shown in the list."""


class PersonalDataDialog(QDialog):
    """Lists notes that look like they hold personal data; the user shows one, exports, or stops."""

    def __init__(
        self,
        findings: list[Finding],
        note_texts: dict[str, str],
        parent: QWidget | None = None,
        workshop_titles: dict[str, str] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("PersonalDataDialog")
        self.setWindowTitle(self.tr("Personal data in notes?"))
        self.findings = findings
        self.chosen: Finding | None = None
        kinds = {
            PERSONAL_NUMBER: self.tr("personal identity number"),
            PHONE: self.tr("phone number"),
            EMAIL: self.tr("e-mail address"),
        }
        possible = self.tr("possible personal identity number")
        titles = workshop_titles or {}
        intro = QLabel(
            self.tr(
                "These notes look like they contain personal data. A published report should not "
                "name or identify people. Show a note to change it, or export as it is."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Notes with possible personal data"))
        self.list.setWordWrap(True)
        for finding in findings:
            text = " ".join(note_texts.get(finding.note_id, "").split())
            if len(text) > PREVIEW:
                text = text[: PREVIEW - 1] + "…"
            kind = (
                possible
                if finding.kind == PERSONAL_NUMBER and not finding.certain
                else kinds.get(finding.kind, finding.kind)
            )
            where = f"{titles[finding.workshop_id]}: " if finding.workshop_id in titles else ""
            item = QListWidgetItem(f"{kind}: {finding.text} — {where}{text}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, finding.note_id)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self._show())
        buttons = QDialogButtonBox(self)
        self.show_button = buttons.addButton(self.tr("&Show the note"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = buttons.addButton(self.tr("&Export anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter goes back: exporting personal data must be a deliberate click (or Alt+E)
        for button in (self.show_button, self.export_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.back_button.setDefault(True)
        self.show_button.clicked.connect(self._show)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def _show(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.chosen = self.findings[row]
            self.done(2)
