"""The themes toolbar's "fewer ⟷ more themes" control."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QToolButton, QWidget

from workshop_app.gui.icons import icon

STEPS = 10
"""The fewer/more control has STEPS + 1 positions: granularity = value / STEPS."""


class GranularityControl(QWidget):
    """Fewer ⟷ more themes: − and + buttons around a slider. ``changed`` carries 0.0 … 1.0."""

    changed = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("granularityControl")
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("granularitySlider")
        self.slider.setRange(0, STEPS)
        self.slider.setValue(STEPS // 2)
        self.slider.setPageStep(1)
        self.slider.setTracking(False)  # one proposal when the handle is let go, not one per pixel
        self.slider.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.slider.setAccessibleName(QCoreApplication.translate("ThemeEditing", "Number of themes"))
        self.slider.setToolTip(QCoreApplication.translate("ThemeEditing", "Fewer, broader themes ⟷ more, finer themes"))
        self.fewer = QToolButton(self)
        self.fewer.setObjectName("fewerThemes")
        self.fewer.setIcon(icon("mdi6.minus"))
        self.fewer.setToolTip(QCoreApplication.translate("ThemeEditing", "Fewer themes"))
        self.fewer.setAccessibleName(QCoreApplication.translate("ThemeEditing", "Fewer themes"))
        self.more = QToolButton(self)
        self.more.setObjectName("moreThemes")
        self.more.setIcon(icon("mdi6.plus"))
        self.more.setToolTip(QCoreApplication.translate("ThemeEditing", "More themes"))
        self.more.setAccessibleName(QCoreApplication.translate("ThemeEditing", "More themes"))
        label = QLabel(QCoreApplication.translate("ThemeEditing", "Themes:"), self)
        label.setBuddy(self.slider)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(2)
        row.addWidget(label)
        row.addWidget(self.fewer)
        row.addWidget(self.slider)
        row.addWidget(self.more)
        self.fewer.clicked.connect(lambda: self.slider.setValue(self.slider.value() - 1))
        self.more.clicked.connect(lambda: self.slider.setValue(self.slider.value() + 1))
        self.slider.valueChanged.connect(lambda v: self.changed.emit(v / STEPS))
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    @property
    def granularity(self) -> float:
        return self.slider.value() / STEPS

    def set_granularity(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(value * STEPS))
        self.slider.blockSignals(False)
