"""The bar over the board: the workshop's title, the hidden-round sign, the find field, the round timer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from workshop_app.domain.model import Workshop
from workshop_app.gui.entry_bar import MAX_SCALE, scaled_font
from workshop_app.gui.settings import Preferences
from workshop_app.gui.timer_widget import RoundTimer

TITLE_FONT = 1.25
"""The workshop's title over the board, relative to the window's font (times the presentation scale)."""


class RoundBar(QWidget):
    """What the room reads above the board; the title and the timer grow in presentation mode."""

    def __init__(self, prefs: Preferences, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("roundBar")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("workshopTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setFont(scaled_font(parent.font(), TITLE_FONT, bold=True))
        self.hidden_label = QLabel(self)
        self.hidden_label.setObjectName("hiddenRoundLabel")
        self.hidden_label.setStyleSheet("background:#37474f; color:white; padding:2px 8px; border-radius:4px;")
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(QCoreApplication.translate("MainWindow", "Find notes (Ctrl+F)"))
        self.search.setAccessibleName(QCoreApplication.translate("MainWindow", "Find notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(self.fontMetrics().averageCharWidth() * 36)
        # Escape ends the search (the window connects what follows: the note field gets the keyboard).
        self.end_search = QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self.search, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.timer = RoundTimer(prefs.timer_minutes, self)
        self.timer.minutes.valueChanged.connect(lambda v: setattr(prefs, "timer_minutes", v))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.title_label, 1)
        row.addWidget(self.hidden_label)
        row.addWidget(self.search)
        row.addSpacing(12)
        row.addWidget(self.timer)

    def show_workshop(self, workshop: Workshop | None) -> None:
        self.title_label.setText(workshop.title if workshop else "")
        hidden = bool(workshop and workshop.hidden_round)
        self.hidden_label.setVisible(hidden)
        self.hidden_label.setText(
            QCoreApplication.translate("MainWindow", "Hidden round: notes stay face down until revealed")
        )

    def set_scale(self, scale: float) -> None:
        """The round timer and the workshop's title follow the presentation zoom."""
        self.timer.set_scale(scale)
        self.title_label.setFont(scaled_font(self.parentWidget().font(), TITLE_FONT * min(scale, MAX_SCALE), bold=True))
