"""A countdown timer for a round, shown on the board: start, pause, +1 minute, reset."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QSpinBox, QToolButton, QWidget

from workshop_app.gui.entry_bar import MAX_SCALE, scaled_font
from workshop_app.gui.icons import icon

DISPLAY_FONT = 1.6
"""The time, relative to the application font (times the presentation scale)."""
FLASHES = 5
"""How often the display flashes when time is up (it stays red afterwards)."""
FLASH_MS = 350
TIME_UP_STYLE = "background: #c62828; color: white; border-radius: 4px; padding: 0 0.4em;"
FLASH_STYLE = "background: #ffeb3b; color: #b71c1c; border-radius: 4px; padding: 0 0.4em;"


def monotonic_ms() -> int:
    """Milliseconds on a clock that only moves forward (not the time of day)."""
    return time.monotonic_ns() // 1_000_000


class RoundTimer(QWidget):
    """Counts down from a number of minutes. When time is up it says so in words, on red, flashes
    a few times and beeps: the whole room should notice, without a dialog in anyone's way.

    Args:
        minutes: the length of a round.
        parent: the parent widget.
        clock: where the time comes from, in milliseconds that only move forward; tests pass a
            clock of their own. Also settable later as :attr:`clock`.

    Signals:
        finished: the countdown reached zero while running.
    """

    finished = Signal()

    def __init__(self, minutes: int = 10, parent: QWidget | None = None, clock: Callable[[], int] = monotonic_ms):
        super().__init__(parent)
        self.setObjectName("roundTimer")
        self._base_font = QFont(self.font())  # every size here derives from the application font
        self._scale = 1.0
        self._time_up = False
        self._flashes_left = 0
        self._flash = QTimer(self)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(self._flash_step)
        self._total_ms = minutes * 60_000
        self._left_ms = self._total_ms
        self.clock = clock
        self._started_ms = 0
        self._running = False
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update)

        self.display = QLabel(self)
        self.display.setObjectName("timerDisplay")
        self.display.setFont(scaled_font(self._base_font, DISPLAY_FONT, bold=True))
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(self.tr("Time left"))
        self._fit_display_width()

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
        self._base_icon = self.start_button.iconSize().width()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.display, self.start_button, self.plus_button, self.reset_button, self.minutes):
            layout.addWidget(widget)
        self._update()

    def _fit_display_width(self) -> None:
        self.display.setMinimumWidth(self.display.fontMetrics().horizontalAdvance("00:00 ") + 8)

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

    @property
    def time_up(self) -> bool:
        """True from the moment the countdown ran out until the timer is started, reset or given
        more time."""
        return self._time_up

    @property
    def scale(self) -> float:
        return self._scale

    def set_scale(self, scale: float) -> None:
        """Make the time and the buttons ``scale`` times their normal size (presentation mode
        follows its zoom with this, as the entry bar does; 1.0 is the normal size)."""
        scale = max(1.0, min(MAX_SCALE, scale))
        if abs(scale - self._scale) < 1e-3:
            return
        self._scale = scale
        self.display.setFont(scaled_font(self._base_font, DISPLAY_FONT * scale, bold=True))
        self._fit_display_width()
        side = round(self._base_icon * scale)
        for button in (self.start_button, self.plus_button, self.reset_button):
            button.setIconSize(QSize(side, side))
        self.minutes.setFont(scaled_font(self._base_font, scale))
        self.updateGeometry()

    def remaining_ms(self) -> int:
        if self._running:
            return max(0, self._left_ms - (self.clock() - self._started_ms))
        return max(0, self._left_ms)

    def state(self) -> tuple[int, int, bool]:
        """(minutes of the round, milliseconds left, running): what :meth:`restore` takes back."""
        return self.minutes.value(), self.remaining_ms(), self._running

    def restore(self, state: tuple[int, int, bool]) -> None:
        """Carry a round on from another timer (the window is rebuilt when the language changes)."""
        minutes, left_ms, running = state
        self.minutes.blockSignals(True)
        self.minutes.setValue(minutes)
        self.minutes.blockSignals(False)
        self._total_ms = minutes * 60_000
        self._left_ms = left_ms
        self._running = False
        self._tick.stop()
        if running and left_ms > 0:
            self.start()
        else:
            self._update()

    def toggle(self) -> None:
        self.pause() if self._running else self.start()

    def start(self) -> None:
        if self._running:
            return
        if self._left_ms <= 0:
            self._left_ms = self._total_ms
        self._started_ms = self.clock()
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
        """A new length of the round: while it runs, the time already gone counts against it
        (10 → 12 minutes gives two more; 10 → 1 after two minutes ends the round)."""
        if not self._running:
            self.reset()
            return
        gone = self._total_ms - self.remaining_ms()
        self._total_ms = value * 60_000
        self._left_ms = max(0, self._total_ms - gone)
        self._started_ms = self.clock()
        self._update()

    def _update(self) -> None:
        left = self.remaining_ms()
        over = self._running and left <= 0
        if over:
            self._running = False
            self._left_ms = 0
            self._tick.stop()
        done = left <= 0
        if done != self._time_up:
            self._time_up = done
            self._flashes_left = FLASHES * 2 - 1 if over else 0
            self._flash.start() if self._flashes_left else self._flash.stop()
        if done:
            self.display.setText(self.tr("Time is up"))
            if over or not self._flash.isActive():
                self._set_look(TIME_UP_STYLE)
        else:
            seconds = (left + 999) // 1000
            self.display.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")
            self._set_look("")
        self.display.setToolTip(self.tr("Time is up") if done else "")
        self.display.setAccessibleDescription(self.tr("Time is up") if done else self.display.text())
        self.start_button.setIcon(icon("mdi6.pause" if self._running else "mdi6.play"))
        text = self.tr("Pause timer") if self._running else self.tr("Start timer")
        self.start_button.setToolTip(text)
        self.start_button.setAccessibleName(text)
        if over:
            QApplication.beep()
            # imported when time is up: QAccessible's many enums cost start-up milliseconds
            from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.display, self.tr("Time is up")))
            self.finished.emit()

    def _set_look(self, style: str) -> None:
        if self.display.styleSheet() != style:  # the clock ticks four times a second
            self.display.setStyleSheet(style)

    def _flash_step(self) -> None:
        """Alternate the time-up look with a bright one, ending on the steady red."""
        if not self._time_up or self._flashes_left <= 0:
            self._flash.stop()
            if self._time_up:
                self._set_look(TIME_UP_STYLE)
            return
        self._flashes_left -= 1
        self._set_look(FLASH_STYLE if self._flashes_left % 2 == 0 else TIME_UP_STYLE)
