"""Small reusable widgets."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy


class ElidingButton(QPushButton):
    """A push button whose label is elided to the space it gets (the full text in its tooltip)."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        fm = self.fontMetrics()
        width = fm.horizontalAdvance(self._full) + fm.height() * 2 + self.iconSize().width()
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("M") * 5 + self.iconSize().width(), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        fm = self.fontMetrics()
        room = self.width() - fm.height() * 1.5 - (self.iconSize().width() if not self.icon().isNull() else 0)
        shown = fm.elidedText(self._full, Qt.TextElideMode.ElideRight, max(10, int(room)))
        if shown != self.text():
            super().setText(shown)
