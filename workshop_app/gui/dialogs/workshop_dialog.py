"""The workshop properties dialog (title, date, place, organisations, ...), also used to create one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from workshop_app.domain.model import Workshop
from workshop_app.domain.templates import Template
from workshop_app.gui.forms import load_form

NO_DATE = QDate(2000, 1, 1)
"""The date edit's minimum, shown as its special value "No date"."""


class EmptyDateStartsToday(QObject):
    """A date edit showing "No date" starts from today when it is clicked (its calendar then opens
    on this month, not January 2000) or when a digit is typed (typing 20250312 gives 2025-03-12);
    Delete empties it again."""

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and watched.date() == NO_DATE:
            watched.setDate(QDate.currentDate())
        elif kind == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete:
                watched.setDate(NO_DATE)
                return True
            if watched.date() == NO_DATE and event.text().isdigit():
                watched.setDate(QDate.currentDate())
                watched.setCurrentSectionIndex(0)
                watched.setSelectedSection(watched.sectionAt(0))
        return False




class WorkshopDialog:
    """Wraps the form in ``ui/workshop_dialog.ui``.

    Show it with ``dialog.open()``; read :meth:`values` (and :meth:`template_name` for a new
    workshop) when it is accepted. OK is refused, with a note in the dialog, while the title is empty.
    """

    def __init__(self, parent: QWidget | None, workshop: Workshop | None = None,
                 templates: tuple[Template, ...] = ()):
        self.dialog: QDialog = load_form("workshop_dialog.ui", parent)
        self.dialog.setObjectName("WorkshopDialog")
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        d = self.dialog
        f = d.findChild
        self.title: QLineEdit = f(QLineEdit, "titleEdit")
        self.template: QComboBox = f(QComboBox, "templateCombo")
        self.template_label: QLabel = f(QLabel, "templateLabel")
        self.date: QDateEdit = f(QDateEdit, "dateEdit")
        self.place: QLineEdit = f(QLineEdit, "placeEdit")
        self.organisations: QPlainTextEdit = f(QPlainTextEdit, "organisationsEdit")
        self.facilitator: QLineEdit = f(QLineEdit, "facilitatorEdit")
        self.purpose: QPlainTextEdit = f(QPlainTextEdit, "purposeEdit")
        self.participants: QSpinBox = f(QSpinBox, "participantsSpin")
        self.language: QComboBox = f(QComboBox, "languageCombo")
        self.hidden_round: QCheckBox = f(QCheckBox, "hiddenRoundCheck")
        self.error: QLabel = f(QLabel, "errorLabel")
        self.buttons: QDialogButtonBox = f(QDialogButtonBox, "buttonBox")
        self.error.setStyleSheet("color: #b71c1c;")
        for edit in (self.organisations, self.purpose):
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        self.date.setMinimumDate(NO_DATE)
        self._empty_date = EmptyDateStartsToday(d)
        self.date.installEventFilter(self._empty_date)
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        for template in templates:
            self.template.addItem(template.title, template.name)
        creating = workshop is None
        self.template.setVisible(creating)
        self.template_label.setVisible(creating)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(d.reject)
        if workshop is not None:
            self._fill(workshop)
        else:
            d.setWindowTitle(QCoreApplication.translate("WorkshopDialog", "New workshop"))
            self.date.setDate(QDate.currentDate())
        self.title.setFocus()

    def _fill(self, w: Workshop) -> None:
        self.title.setText(w.title)
        date = QDate.fromString(w.date, "yyyy-MM-dd") if w.date else NO_DATE
        self.date.setDate(date if date.isValid() else NO_DATE)
        self.place.setText(w.place)
        self.organisations.setPlainText("\n".join(w.organisations))
        self.facilitator.setText(w.facilitator)
        self.purpose.setPlainText(w.purpose)
        self.participants.setValue(w.participants or 0)
        self.language.setCurrentIndex(max(0, self.language.findData(w.language)))
        self.hidden_round.setChecked(w.hidden_round)

    def values(self) -> dict[str, Any]:
        """The fields as ``WorkshopStore.create``/``update`` take them."""
        date = self.date.date()
        return {
            "title": self.title.text().strip(),
            "date": "" if date == NO_DATE else date.toString("yyyy-MM-dd"),
            "place": self.place.text().strip(),
            "organisations": [o.strip() for o in self.organisations.toPlainText().splitlines() if o.strip()],
            "facilitator": self.facilitator.text().strip(),
            "purpose": self.purpose.toPlainText().strip(),
            "participants": self.participants.value() or None,
            "language": self.language.currentData() or "sv",
            "hidden_round": self.hidden_round.isChecked(),
        }

    def template_name(self) -> str | None:
        return self.template.currentData()

    def _accept_if_valid(self) -> None:
        if not self.title.text().strip():
            self.error.setText(QCoreApplication.translate("WorkshopDialog", "The workshop needs a title."))
            self.title.setFocus()
            return
        self.dialog.accept()
