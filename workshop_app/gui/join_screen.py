"""The join screen for the projector: a large QR code, the short address and the join code."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from workshop_app.gui.entry_bar import scaled_font

QUIET_ZONE = 4
"""Light modules around the code, as the QR standard asks, so phones find it on any background."""


class QrCode(QWidget):
    """Paints a QR code from segno's module matrix: sharp at any size, on any projector."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        import segno

        self.setObjectName("joinQrCode")
        self.matrix = [list(row) for row in segno.make(text, error="m", micro=False).matrix]
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(520, 520)

    def paintEvent(self, _event) -> None:
        count = len(self.matrix) + 2 * QUIET_ZONE
        side = min(self.width(), self.height())
        module = side // count
        if module < 1:
            return
        size = module * count
        left = (self.width() - size) // 2
        top = (self.height() - size) // 2
        painter = QPainter(self)
        painter.fillRect(left, top, size, size, QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(
                        QRectF(left + (x + QUIET_ZONE) * module, top + (y + QUIET_ZONE) * module, module, module)
                    )
        painter.end()


class JoinScreen(QWidget):
    """A window of its own, for the projector: how to join, the QR code, the address, the code.

    Esc or *Hide* hides it (the server keeps running); F11 switches full screen.

    Signals:
        hidden: the screen was hidden by the facilitator.
    """

    hidden = Signal()

    def __init__(self, url: str, code: str, qr_text: str, title: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("joinScreen")
        self.setWindowTitle(self.tr("Write from your phone"))
        self.setAutoFillBackground(True)
        self.setStyleSheet("#joinScreen { background: white; } QLabel { color: #111; }")
        base = self.font()
        address = url.removeprefix("http://").rstrip("/")

        heading = QLabel(self.tr("Write your notes from your phone"), self)
        heading.setObjectName("joinHeading")
        heading.setFont(scaled_font(base, 2.6, bold=True))
        heading.setWordWrap(True)
        workshop = QLabel(title, self)
        workshop.setTextFormat(Qt.TextFormat.PlainText)
        workshop.setFont(scaled_font(base, 1.6))
        workshop.setWordWrap(True)

        self.qr = QrCode(qr_text, self)
        self.qr.setAccessibleName(self.tr("QR code for %1").replace("%1", address))

        steps = QVBoxLayout()
        steps.setSpacing(8)
        steps.addStretch(1)

        def step(text: str, scale: float, *, bold: bool = False, name: str = "") -> QLabel:
            label = QLabel(text, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFont(scaled_font(base, scale, bold=bold))
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if name:
                label.setObjectName(name)
            steps.addWidget(label)
            return label

        step(self.tr("1. Join the same Wi-Fi as this computer."), 2.0)
        step(self.tr("2. Scan the code, or open this address:"), 2.0)
        self.address_label = step(address, 3.6, bold=True, name="joinAddress")
        step(self.tr("3. Type this code:"), 2.0)
        self.code_label = step(" ".join(code), 5.5, bold=True, name="joinCode")
        self.code_label.setAccessibleName(self.tr("Join code %1").replace("%1", code))
        steps.addStretch(1)
        self.paused_label = QLabel(self.tr("Paused – notes wait on the phones"), self)
        self.paused_label.setObjectName("joinPaused")
        self.paused_label.setFont(scaled_font(base, 2.0, bold=True))
        self.paused_label.setStyleSheet("background:#ffe082; color:#111; padding:8px 16px; border-radius:6px;")
        self.paused_label.hide()
        steps.addWidget(self.paused_label)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("joinCounts")
        self.counts_label.setFont(scaled_font(base, 1.6))
        steps.addWidget(self.counts_label)

        hide = QPushButton(self.tr("Hide (Esc)"), self)
        hide.setObjectName("joinHide")
        hide.clicked.connect(self.hide_screen)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.hide_screen)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self.toggle_full_screen)

        body = QHBoxLayout()
        body.setSpacing(48)
        body.addWidget(self.qr, 5)
        body.addLayout(steps, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 24)
        layout.addWidget(heading)
        layout.addWidget(workshop)
        layout.addSpacing(24)
        layout.addLayout(body, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(hide)
        layout.addLayout(bottom)

    def set_state(self, joined: int, received: int, paused: bool) -> None:
        self.paused_label.setVisible(paused)
        self.counts_label.setText(
            self.tr("%n phone(s) joined", "", joined) + " · " + self.tr("%n note(s) received", "", received)
        )

    def show_screen(self) -> None:
        """Show it large, on the screen the window is on (the projector, when mirrored)."""
        if self.parentWidget() is not None:
            screen = self.parentWidget().screen()
            self.setGeometry(screen.availableGeometry())
        self.show()
        self.raise_()
        self.activateWindow()

    def hide_screen(self) -> None:
        self.hide()
        self.hidden.emit()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
