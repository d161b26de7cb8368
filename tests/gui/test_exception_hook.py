"""A bug in a slot is written to the error log and named in a message box; the board keeps running.

pytest-qt normally replaces ``sys.excepthook`` during each test to fail tests on exceptions raised in
Qt virtual methods and slots; ``qt_no_exception_capture`` turns that off here, so the exception
reaches the app's own hook exactly as it does in the running app.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import message_boxes, type_text
from workshop_app.gui.exception_hook import ExceptionHook
from workshop_app.version import app_version

pytestmark = pytest.mark.qt_no_exception_capture


class Failing(QObject):
    """A real QObject whose signal is connected to a slot that raises."""

    fire = Signal(str)

    def __init__(self):
        super().__init__()
        self.calls = 0
        self.fire.connect(self.on_fire)

    def on_fire(self, text: str) -> None:
        self.calls += 1
        raise ZeroDivisionError(f"broken slot: {text}")


@pytest.fixture
def hook(window):
    installed = ExceptionHook(lambda: window)
    installed.install()
    yield installed
    installed.uninstall()


def test_exception_in_a_slot_is_logged_and_shown_and_the_board_keeps_running(qtbot, window, hook, project):
    data = Path(os.environ["WORKSHOP_APP_DATA_DIR"])
    assert sys.excepthook is hook  # pytest-qt's capture is off: nothing sits in between
    failing = Failing()

    failing.fire.emit("första")  # PySide6 calls the slot, the slot raises, Qt goes on

    assert failing.calls == 1
    log = data / "errors.log"
    text = log.read_text(encoding="utf-8")
    assert f"Workshoptavlan {app_version()}" in text
    assert platform.platform() in text and f"Python {platform.python_version()}" in text
    assert "Traceback (most recent call last)" in text
    assert 'in on_fire\n    raise ZeroDivisionError(f"broken slot: {text}")' in text
    assert "ZeroDivisionError: broken slot: första" in text
    qtbot.waitUntil(lambda: hook.box is not None and hook.box.isVisible())
    box = hook.box
    assert box.parent() is window or box.parent() is None or box.parent().window() is window
    assert str(log) in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Critical

    failing.fire.emit("andra")  # while the box shows: logged, no second box
    assert failing.calls == 2
    assert log.read_text(encoding="utf-8").count("Traceback (most recent call last)") == 2
    assert message_boxes(window) == [box]

    box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: hook.box is None)
    type_text(window.entry.text, "Lappen efter felet")  # the board still takes notes
    qtbot.keyClick(window.entry.text, Qt.Key.Key_Return)
    assert [n.text for n in project.notes.list(window.workshop_id)] == ["Lappen efter felet"]


def test_a_log_that_cannot_be_written_still_shows_the_box(qtbot, window, hook, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(blocker))
    failing = Failing()
    failing.fire.emit("x")
    assert failing.calls == 1
    qtbot.waitUntil(lambda: hook.box is not None and hook.box.isVisible())
    assert "could not be written" in hook.box.informativeText()
    hook.box.close()


def test_warnings_the_app_logs_go_to_the_same_file(hook):
    import logging

    logging.getLogger("workshop_app.gui.example").warning("the clock went backwards")
    logging.getLogger("workshop_app.gui.example").info("not worth a line")
    text = (Path(os.environ["WORKSHOP_APP_DATA_DIR"]) / "errors.log").read_text(encoding="utf-8")
    assert "WARNING workshop_app.gui.example: the clock went backwards" in text
    assert "not worth a line" not in text


def test_uninstall_restores_the_previous_hook(window):
    before = sys.excepthook
    hook = ExceptionHook()
    hook.install()
    assert sys.excepthook is hook
    hook.uninstall()
    assert sys.excepthook is before


# The real entry point: run() installs the hook, a slot fails inside app.exec(), the event loop goes
# on (a later timer still fires and ends the app normally with exit code 0).
SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from workshop_app.gui.app import application, run

    app = application()

    def broken():
        raise RuntimeError("a bug in a slot")

    def check_and_quit():
        boxes = [w for w in QApplication.topLevelWidgets() + [c for t in QApplication.topLevelWidgets()
                 for c in t.findChildren(QMessageBox)] if isinstance(w, QMessageBox) and w.isVisible()]
        print("BOX:", boxes[0].informativeText() if boxes else "none", flush=True)
        for box in boxes:
            box.close()
        app.quit()

    QTimer.singleShot(300, broken)
    QTimer.singleShot(1500, check_and_quit)
    sys.exit(run(Path(sys.argv[1])))
    """
)


def test_run_installs_the_hook_and_the_event_loop_survives(tmp_path, project, workshop):
    project.close()
    data = tmp_path / "user-data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_APP_DATA_DIR": str(data)}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(project.path)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    log = data / "errors.log"
    assert f"BOX: The details were written to {log}." in result.stdout
    text = log.read_text(encoding="utf-8")
    assert "(desktop board)" in text and f"Workshoptavlan {app_version()}" in text
    assert "RuntimeError: a bug in a slot" in text and "in broken" in text
