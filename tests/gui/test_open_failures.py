"""A project that cannot be opened gets a clear message, and the app keeps what was open."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import message_boxes
from workshop_app.storage.fileinfo import SCHEMA_VERSION
from workshop_app.storage.project import Project


@pytest.fixture
def damaged(tmp_path):
    source = tmp_path / "source.workshop"
    with Project.open(source, create=True) as p:
        w = p.workshops.create("Stor")
        area = p.workshops.focus_areas(w.id)[0].id
        cat = p.workshops.categories(w.id)[0].id
        with p.transaction():
            for i in range(200):
                p.notes.add(w.id, area, cat, f"lapp {i} " * 20)
        p.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = source.read_bytes()
    path = tmp_path / "skadad.workshop"
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.fixture
def too_new(tmp_path):
    path = tmp_path / "framtida.workshop"
    Project.open(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    return path


def _only_box(window) -> QMessageBox:
    boxes = message_boxes(window)
    assert len(boxes) == 1
    return boxes[0]


@pytest.mark.parametrize("kind, words", [("damaged", "damaged"), ("too_new", "newer version")])
def test_unusable_file_shows_what_happened_and_keeps_the_project(request, window, project, kind, words):
    path = request.getfixturevalue(kind)
    before = path.read_bytes()
    assert not window.files.open_path(path)
    box = _only_box(window)
    assert path.name in box.text() and words in box.text()
    assert box.informativeText()  # what to do
    assert box.detailedText()  # the service's own sentence
    assert window.session.project is project  # still showing what was open
    assert path.read_bytes() == before
    box.close()


def test_the_message_is_swedish_in_a_swedish_ui(window, damaged):
    from workshop_app.gui.i18n import install_translators

    install_translators("sv")
    window.files.open_path(damaged)
    box = _only_box(window)
    assert box.text() == "Projektet ”skadad.workshop” är skadat och kan inte öppnas."
    box.close()


def test_locked_project_offers_read_only(qtbot, window, project, tmp_path):
    other_path = tmp_path / "annan.workshop"
    holder = Project.open(other_path, create=True)  # another instance holds this one
    try:
        holder.workshops.create("Annan workshop")
        assert not window.files.open_path(other_path)
        box = _only_box(window)
        assert "open in another window" in box.text()
        read_only = [b for b in box.buttons() if b.text() == "Open read-only"]
        assert read_only
        read_only[0].click()
        qtbot.waitUntil(lambda: window.session.project is not project)
        assert window.session.read_only
        assert window.windowTitle().startswith("Annan workshop — annan.workshop (read-only)")
        assert window.entry.text.isReadOnly() and window.entry.hint.text()
        assert not window.actions["delete_notes"].isEnabled()
    finally:
        window.close_session()
        holder.close()


def test_missing_file_in_recent_list(window, tmp_path, prefs):
    gone = tmp_path / "borta.workshop"
    assert not window.files.open_path(gone)
    box = _only_box(window)
    assert "does not exist" in box.text()
    box.close()


def test_a_project_without_workshops_shows_how_to_start(make_window, tmp_path):
    empty = Project.open(tmp_path / "tom.workshop", create=True)
    window = make_window(empty, own_session=True)
    assert window.workshop_id is None
    assert window.stack.currentWidget() is window.empty_label
    assert not window.actions["workshop_properties"].isEnabled()
    assert window.actions["new_workshop"].isEnabled()
