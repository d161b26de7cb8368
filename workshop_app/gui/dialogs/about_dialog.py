"""Help → About: the app's name and version, and the licences of the fonts and icons it ships."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.paths import resource

log = logging.getLogger(__name__)

LICENCE_FILES = (("fonts", "LICENSE"), ("icons", "LICENSE.txt"))


def licence_text() -> str:
    """The licence texts of the bundled fonts and icons, one after the other."""
    parts = []
    for folder, name in LICENCE_FILES:
        path = resource(folder, name)
        try:
            parts.append(path.read_text(encoding="utf-8"))
        except OSError as error:
            log.warning("licence file missing: %s (%s)", path, error)
            parts.append(f"{folder}/{name}: {error}")
    return ("\n\n" + "=" * 72 + "\n\n").join(parts)


class LicencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LicencesDialog")
        self.setWindowTitle(self.tr("Licences"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("licenceText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence texts"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(licence_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(680, 560)


class AboutDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None):
        from workshop_app.version import app_version

        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Workshop Board"))
        self.version = app_version()
        title = QLabel(self.tr("Workshop Board"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", self.version), self)
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body = QLabel(
            self.tr(
                "Sticky notes for workshops, kept on this computer: no network, no account.\n"
                "Language: %1\n\n"
                "Fonts: DejaVu Sans (Bitstream Vera licence and public domain).\n"
                "Icons: Material Design Icons by Pictogrammers (Apache License 2.0), through qtawesome (MIT)."
            ).replace("%1", {"sv": "svenska", "en": "English"}.get(language, language)),
            self,
        )
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.licences_button = QPushButton(self.tr("&Licences"), self)
        self.licences_button.setObjectName("licencesButton")
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.licences_button.clicked.connect(self.show_licences)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.version_label)
        layout.addWidget(body)
        layout.addWidget(buttons)
        self.resize(520, 240)

    def show_licences(self) -> LicencesDialog:
        dialog = LicencesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
