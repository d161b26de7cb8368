"""Load Qt Designer forms from ``ui/`` (translated through the form's class name as context)."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtWidgets import QWidget

from workshop_app.paths import ui_form


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget described by ``ui/<name>``."""
    from PySide6.QtUiTools import QUiLoader

    loader = QUiLoader()
    file = QFile(str(ui_form(name)))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"the form {name} is missing from the installation")
    try:
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"the form {name} could not be loaded: {loader.errorString()}")
    return widget
