"""Killing the app at any moment loses no posted note: each one is committed when it is posted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from workshop_app.storage.project import Project

# A participant posts two notes through the real entry bar, then the process is killed with
# SIGKILL (no clean-up, no close events) while the window is still open.
SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from workshop_app.gui.app import Launcher, application
    from workshop_app.gui.session import OpenProject
    from workshop_app.gui.settings import Preferences
    from workshop_app.storage.project import Project

    app = application()
    window = Launcher(Preferences()).show(OpenProject(Project.open(Path(sys.argv[1]))))
    entry = window.entry
    for text in ("Tid för samtal med brukaren", "Samverkan med vårdcentralen"):
        entry.text.setPlainText(text)
        QTest.keyClick(entry.text, Qt.Key.Key_Return)
    app.processEvents()
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_app_keeps_every_posted_note(tmp_path):
    path = tmp_path / "room.workshop"
    with Project.open(path, create=True) as project:
        workshop = project.workshops.create("Rummet")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    with Project.open(path) as reopened:  # the lock died with the process
        texts = [n.text for n in reopened.notes.list(workshop.id)]
    assert texts == ["Tid för samtal med brukaren", "Samverkan med vårdcentralen"]
