"""Issue 11 in the window: a project in a folder that cannot be written opens read-only and the
window says so; a spreadsheet's empty rows are skipped and counted in the status bar."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.gui.conftest import message_boxes
from workshop_app.storage.project import Project


@pytest.fixture
def shared(tmp_path):
    """A good project in a folder this process cannot write to (immutable for root, 555 otherwise)."""
    folder = tmp_path / "delad"
    folder.mkdir()
    path = folder / "kommunen.workshop"
    with Project.open(path, create=True) as project:
        workshop = project.workshops.create("Kommunens workshop")
        area = project.workshops.focus_areas(workshop.id)[0]
        category = project.workshops.categories(workshop.id)[0]
        project.notes.add(workshop.id, area.id, category.id, "Tid för samverkan")
    as_root = os.geteuid() == 0
    if as_root:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)]).returncode != 0:
            pytest.skip("running as root on a file system where chattr +i is not available")
    else:
        folder.chmod(0o555)
    yield path
    if as_root:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o755)


def test_a_project_in_a_read_only_folder_opens_read_only_and_says_so(window, project, shared):
    before = sorted(p.name for p in shared.parent.iterdir())
    try:
        assert window.files.open_path(shared)
        assert window.session.project is not project and window.session.read_only
        assert window.windowTitle().startswith("Kommunens workshop — kommunen.workshop (read-only)")
        assert not window.actions["delete_notes"].isEnabled()
        (box,) = message_boxes(window)
        assert box.text() == "“kommunen.workshop” was opened read-only."
        assert "cannot be written" in box.informativeText()
        box.close()
    finally:
        window.close_session()
    assert sorted(p.name for p in shared.parent.iterdir()) == before  # no -wal, -shm or .lock


def test_empty_spreadsheet_rows_are_skipped_and_counted_in_swedish(window, project, workshop, tmp_path):
    from workshop_app.gui.i18n import install_translators

    install_translators("sv")
    csv = tmp_path / "excel.csv"
    csv.write_text(
        "fokusområde;kategori;lapp\nEgenvård;möjlighet;Digitala möten\n;;\nSamverkan;hinder;  \n"
        "Samverkan;hinder;Olika journalsystem\n",
        encoding="utf-8",
    )
    assert window.exchange.import_path(csv) == [(workshop.title, 2)]
    assert {n.text for n in project.notes.list(workshop.id)} == {"Digitala möten", "Olika journalsystem"}
    assert window.statusBar().currentMessage().endswith(" 2 tomma rader hoppades över.")


def test_a_project_in_a_read_only_folder_named_at_start_opens_read_only(qtbot, prefs, shared, tmp_path):
    """``workshop-app PROJECT`` (or a double click on the file) on a read-only share."""
    from workshop_app.gui.app import Launcher, open_start_project, tell_start_error

    session, error = open_start_project(shared)  # the default project, and why the named one did not open
    assert error is not None and "read-only folder" in str(error)
    launcher = Launcher(prefs)
    window = launcher.show(session)
    qtbot.addWidget(window)
    try:
        tell_start_error(launcher, error, shared)
        assert window.session.path == shared and window.session.read_only
        (box,) = message_boxes(window)
        assert box.text() == "“kommunen.workshop” was opened read-only."
        box.close()
    finally:
        window.close_session()
        window.close()
