"""The entry point the command line calls: ``run(path, smoke_test=True)``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from workshop_app.gui.app import run
from workshop_app.paths import default_project_path
from workshop_app.storage.project import Project


def test_smoke_test_on_first_start_creates_the_default_project_with_the_example(qapp):
    assert run(None, smoke_test=True) == 0
    with Project.open(default_project_path(), read_only=True) as project:
        workshops = project.workshops.list()
        assert len(workshops) == 1
        assert project.notes.count(workshops[0].id) > 20


def test_smoke_test_on_a_project(project, workshop, tmp_path):
    project.close()  # released, as when the command line names it
    assert run(project.path, smoke_test=True) == 0


def test_the_first_frame_leaves_what_only_editing_needs_unloaded(project, workshop, tmp_path):
    """What the first post needs (sqlite-utils, uuid and the platform module it pulls in), the
    icon font and the phones' server load while the room looks at the board, not before it."""
    project.close()
    code = (
        "import sys; from pathlib import Path; from workshop_app.gui.app import run;"
        " assert run(Path(sys.argv[1]), smoke_test=True) == 0;"
        " print(sorted(m for m in ('sqlite_utils', 'uuid', 'platform', 'qtawesome', 'aiohttp') if m in sys.modules))"
    )
    env = {**os.environ, "WORKSHOP_APP_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run(
        [sys.executable, "-c", code, str(project.path)], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_application_keeps_qt_fills_on_the_gui_thread(tmp_path):
    """Set before the QApplication exists (Qt reads it once); a value of the user's own stays."""
    code = (
        "import os; from workshop_app.gui.app import application; from PySide6.QtWidgets import QApplication;"
        " assert QApplication.instance() is None; application(); print(os.environ.get('QT_NO_GUI_THREADPOOL'))"
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    for own, expected in ((None, "1"), ("yes", "yes")):
        if own is not None:
            env["QT_NO_GUI_THREADPOOL"] = own
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip().splitlines()[-1] == expected


def test_smoke_test_on_a_file_that_is_not_a_project(tmp_path, capsys):
    path = tmp_path / "nej.workshop"
    path.write_text("hej", encoding="utf-8")
    assert run(path, smoke_test=True) == 1
    err = capsys.readouterr().err.strip()
    assert "nej.workshop" in err and len(err.splitlines()) == 1


def test_menus_get_their_entries_when_first_opened(qtbot, window):
    """The menu bar is filled lazily (start-up): opening a menu shows all its commands."""
    edit = [m for title, m in window.menus.items() if title == "&Edit"][0]
    themes = [m for title, m in window.menus.items() if title == "&Themes"][0]
    edit.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(edit.isVisible)
    assert window.actions["edit_note"] in edit.actions() and window.undo_action in edit.actions()
    assert any(a.menu() is not None for a in edit.actions())  # the colour submenu
    edit.close()
    themes.aboutToShow.emit()
    themes.aboutToShow.emit()  # filled once, not twice
    assert themes.actions().count(window.actions["accept_hint"]) == 1


def test_window_remembers_the_last_workshop_per_project(prefs, tmp_path, monkeypatch):
    """Each project file remembers its own last workshop, however its path is written, and finds
    what an earlier version of the app stored (the frozen key below was written by 0.1.0)."""
    from PySide6.QtCore import QSettings

    QSettings().setValue("projects/last_workshop/249f7fcc1142b600", "from-0.1.0")
    assert prefs.last_workshop(Path("/srv/workshops/Möte i Ale.workshop")) == "from-0.1.0"

    ale, bo = tmp_path / "Möte i Ale.workshop", tmp_path / "Möte i Bo.workshop"
    prefs.set_last_workshop(ale, "w1")
    prefs.set_last_workshop(bo, "w2")
    monkeypatch.chdir(tmp_path)
    assert prefs.last_workshop(Path("Möte i Ale.workshop")) == "w1"  # the same file, written relatively
    assert prefs.last_workshop(tmp_path / "sub" / ".." / "Möte i Bo.workshop") == "w2"
    assert prefs.last_workshop(tmp_path / "Annat.workshop") == ""
