"""Fixtures for the desktop board: preferences in a temporary folder, a main window on a real project."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

# WORKAROUND: the offscreen platform plugin warns "This plugin does not support
# propagateSizeHints()" whenever a top-level window has size constraints (any QMainWindow or
# dialog with a layout), "... raise()" when a tooltip is shown and "... grabbing the keyboard"
# when a popup menu opens. None is a problem of ours; the xcb and windows plugins support all.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/gui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _qt_settings(tmp_path, qapp):
    """QSettings (preferences, window state) in this test's folder, English UI to start with."""
    from workshop_app.gui.app import APPLICATION, ORGANISATION
    from workshop_app.gui.i18n import install_translators

    folder = tmp_path / "qsettings"
    folder.mkdir()
    qapp.setOrganizationName(ORGANISATION)
    qapp.setApplicationName(APPLICATION)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    install_translators("en")
    yield
    install_translators("en")


@pytest.fixture
def prefs():
    from workshop_app.gui.settings import Preferences

    return Preferences()


@pytest.fixture
def make_window(qtbot, prefs):
    """Build main windows on open projects; each is closed and its project released afterwards."""
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.gui.session import OpenProject

    windows = []

    def make(project, workshop_id=None, *, own_session=False):
        session = OpenProject(project)
        window = MainWindow(prefs, session, workshop_id)
        window.resize(1600, 900)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        windows.append((window, own_session))
        return window

    yield make
    for window, own_session in windows:
        for box in window.findChildren(QMessageBox):
            box.close()
        if own_session:
            window.close_session()
        else:
            window.release_session()  # the project fixture closes the project
        window.close()


@pytest.fixture
def window(make_window, project, workshop):
    return make_window(project, workshop.id)


def type_text(widget, text: str) -> None:
    """Type ``text`` one key event per character (qtbot.keyClicks aborts on non-ASCII text)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(
                kind, Qt.Key.Key_unknown if not ch.isascii() else _key(ch), Qt.KeyboardModifier.NoModifier, ch
            )
            QCoreApplication.sendEvent(widget, event)


def _key(ch: str) -> int:
    if ch == " ":
        return Qt.Key.Key_Space
    if ch.isalnum():
        return Qt.Key(ord(ch.upper()))
    return Qt.Key.Key_unknown


def message_boxes(parent=None) -> list[QMessageBox]:
    widgets = parent.findChildren(QMessageBox) if parent is not None else QApplication.topLevelWidgets()
    return [w for w in widgets if isinstance(w, QMessageBox) and w.isVisible()]
