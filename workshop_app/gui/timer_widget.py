"""A countdown timer for a round, shown on the board: start, pause, +1 minute, reset."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QToolButton, QWidget

from workshop_app.gui.entry_bar import scaled_font
from workshop_app.gui.icons import icon


class RoundTimer(QWidget):
    """Counts down from a number of minutes; turns red and says so when time is up."""

    finished = Signal()

    def __init__(self, minutes: int = 10, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roundTimer")
        self._total_ms = minutes * 60_000
        self._left_ms = self._total_ms
        self._clock = QElapsedTimer()
        self._running = False
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update)

        self.display = QLabel(self)
        self.display.setObjectName("timerDisplay")
        self.display.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(self.tr("Time left"))
        self.display.setMinimumWidth(self.display.fontMetrics().horizontalAdvance("00:00 ") + 8)

        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 180)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length of the round in minutes"))
        self.minutes.valueChanged.connect(self._minutes_changed)

        self.start_button = self._button("mdi6.play", self.tr("Start timer"))
        self.start_button.clicked.connect(self.toggle)
        self.plus_button = self._button("mdi6.timer-plus-outline", self.tr("One more minute"))
        self.plus_button.clicked.connect(self.add_minute)
        self.reset_button = self._button("mdi6.restore", self.tr("Reset timer"))
        self.reset_button.clicked.connect(self.reset)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.display, self.start_button, self.plus_button, self.reset_button, self.minutes):
            layout.addWidget(widget)
        self._update()

    def _button(self, icon_name: str, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    # --- controls ----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    def remaining_ms(self) -> int:
        if self._running:
            return max(0, self._left_ms - self._clock.elapsed())
        return max(0, self._left_ms)

    def toggle(self) -> None:
        self.pause() if self._running else self.start()

    def start(self) -> None:
        if self._running:
            return
        if self._left_ms <= 0:
            self._left_ms = self._total_ms
        self._clock.start()
        self._running = True
        self._tick.start()
        self._update()

    def pause(self) -> None:
        if not self._running:
            return
        self._left_ms = self.remaining_ms()
        self._running = False
        self._tick.stop()
        self._update()

    def add_minute(self) -> None:
        self._left_ms += 60_000
        self._update()

    def reset(self) -> None:
        self._running = False
        self._tick.stop()
        self._total_ms = self.minutes.value() * 60_000
        self._left_ms = self._total_ms
        self._update()

    def _minutes_changed(self, value: int) -> None:
        if not self._running:
            self.reset()

    def _update(self) -> None:
        left = self.remaining_ms()
        seconds = (left + 999) // 1000
        self.display.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")
        over = self._running and left <= 0
        if over:
            self._running = False
            self._left_ms = 0
            self._tick.stop()
            self.finished.emit()
        done = left <= 0
        self.display.setStyleSheet("color: #c62828;" if done else "")
        self.display.setToolTip(self.tr("Time is up") if done else "")
        self.display.setAccessibleDescription(self.tr("Time is up") if done else self.display.text())
        self.start_button.setIcon(icon("mdi6.pause" if self._running else "mdi6.play"))
        text = self.tr("Pause timer") if self._running else self.tr("Start timer")
        self.start_button.setToolTip(text)
        self.start_button.setAccessibleName(text)
