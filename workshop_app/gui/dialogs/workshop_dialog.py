"""The workshop properties dialog (title, date, place, organisations, ...), also used to create one."""

from __future__ import annotations

from collections.abc import Callable
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


def system_today() -> QDate:
    """Today's date on this computer (the default "today" of the workshop dialog)."""
    return QDate.currentDate()


class EmptyDateStartsToday(QObject):
    """A date edit showing "No date" becomes exactly today when it is clicked or a digit is typed.

    A click on the text gives today (the press is not passed on, so it cannot step the date); a click
    on the arrow gives today and lets the calendar open, on this month rather than January 2000.
    Typing 20250312 into an empty date gives 2025-03-12. Delete empties the date again. The filter is
    installed on the date edit and on its line edit, which receives the clicks on the text.

    Args:
        edit: the date edit to watch.
        today: where "today" comes from, so that tests can choose it.
    """

    def __init__(self, edit: QDateEdit, today: Callable[[], QDate] = system_today):
        super().__init__(edit)
        self._edit = edit
        self._today = today
        edit.installEventFilter(self)
        edit.lineEdit().installEventFilter(self)

    def _start_today(self) -> None:
        today = self._today()
        self._edit.setDate(today)
        calendar = self._edit.calendarWidget()
        if calendar is not None:
            calendar.setCurrentPage(today.year(), today.month())

    def eventFilter(self, watched, event) -> bool:
        edit = self._edit
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and edit.date() == NO_DATE:
            self._start_today()
            on_text = watched is edit.lineEdit() or edit.lineEdit().geometry().contains(event.position().toPoint())
            if on_text:
                edit.setCurrentSectionIndex(0)
                edit.setSelectedSection(edit.sectionAt(0))
                edit.setFocus(Qt.FocusReason.MouseFocusReason)
                return True
        elif kind == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete:
                edit.setDate(NO_DATE)
                return True
            if edit.date() == NO_DATE and event.text().isdigit():
                self._start_today()
                edit.setCurrentSectionIndex(0)
                edit.setSelectedSection(edit.sectionAt(0))
        return False


class WorkshopDialog:
    """Wraps the form in ``ui/workshop_dialog.ui``.

    Show it with ``dialog.open()``; read :meth:`values` (and :meth:`template_name` for a new
    workshop) when it is accepted. OK is refused, with a note in the dialog, while the title is empty.
    """

    def __init__(
        self,
        parent: QWidget | None,
        workshop: Workshop | None = None,
        templates: tuple[Template, ...] = (),
        today: Callable[[], QDate] = system_today,
    ):
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
        self._empty_date = EmptyDateStartsToday(self.date, today)
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
            self.date.setDate(today())
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
