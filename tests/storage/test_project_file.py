"""The project file: what it says about itself, and the files it refuses without touching them."""

from __future__ import annotations

import sqlite3

import pytest

from workshop_app.storage.errors import (
    DamagedProjectError,
    MissingProjectError,
    NotAProjectError,
    ProjectLockedError,
    ProjectReadOnlyError,
    TooNewProjectError,
)
from workshop_app.storage.fileinfo import APPLICATION_ID, SCHEMA_VERSION
from workshop_app.storage.project import Project


def _pragma(path, name):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_new_project_identifies_itself(tmp_path):
    path = tmp_path / "new.workshop"
    with Project.open(path, create=True) as project:
        assert project.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert project.db.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert _pragma(path, "application_id") == APPLICATION_ID
    assert _pragma(path, "user_version") == SCHEMA_VERSION
    assert _pragma(path, "journal_mode") == "wal"


def test_missing_file_is_not_created_without_asking(tmp_path):
    with pytest.raises(MissingProjectError):
        Project.open(tmp_path / "nope.workshop")
    assert not (tmp_path / "nope.workshop").exists()


def test_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE stuff (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAProjectError, match="other.db is not a workshop project file"):
        Project.open(path)
    assert path.read_bytes() == before


def test_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.workshop"
    path.write_text("Tid!! Schemat är fullt\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(NotAProjectError):
        Project.open(path)
    assert path.read_bytes() == before


def test_truncated_file_is_refused_untouched(tmp_path, workshop, project):
    for i in range(200):
        project.notes.add(
            workshop.id,
            project.workshops.focus_areas(workshop.id)[0].id,
            project.workshops.categories(workshop.id)[0].id,
            f"lapp {i} " * 20,
        )
    project.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    project.close()
    data = project.path.read_bytes()
    damaged = tmp_path / "damaged.workshop"
    damaged.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedProjectError, match="damaged"):
        Project.open(damaged)
    assert damaged.read_bytes() == data[: len(data) // 2]


def test_file_from_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "future.workshop"
    Project.open(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(TooNewProjectError, match="newer version"):
        Project.open(path)
    assert path.read_bytes() == before


def test_second_instance_cannot_write(project, workshop):
    with pytest.raises(ProjectLockedError, match="open in another window"):
        Project.open(project.path)
    with Project.open(project.path, read_only=True) as reader:
        assert [w.title for w in reader.workshops.list()] == ["Workshop i Testby"]
        with pytest.raises(ProjectReadOnlyError):
            reader.workshops.update(workshop.id, place="Annanstans")


def test_lock_is_released_on_close(tmp_path):
    path = tmp_path / "p.workshop"
    Project.open(path, create=True).close()
    Project.open(path).close()


def test_lock_holds_across_processes(project, tmp_path):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from workshop_app.storage.project import Project\n"
        "from workshop_app.storage.errors import ProjectLockedError\n"
        "try:\n    Project.open(sys.argv[1])\nexcept ProjectLockedError:\n    sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(project.path)], timeout=60)
    assert result.returncode == 3


def test_failed_transaction_changes_nothing_and_tells_no_one(project, workshop):
    heard = []
    project.changes.subscribe(heard.append)
    with pytest.raises(RuntimeError):
        with project.transaction():
            project.workshops.update(workshop.id, place="Borta")
            raise RuntimeError("boom")
    assert project.workshops.get(workshop.id).place == "Testby"
    assert heard == []
    project.workshops.update(workshop.id, place="Här")
    assert [(c.kind, c.action) for c in heard] == [("workshop", "updated")]


def test_full_disk_gives_a_clear_error_and_keeps_what_was_saved(project, workshop):
    """SQLite's page limit stands in for a full disk: the same SQLITE_FULL error comes back."""
    from workshop_app.storage.errors import ProjectWriteError

    area = project.workshops.focus_areas(workshop.id)[0]
    category = project.workshops.categories(workshop.id)[0]
    kept = project.notes.add(workshop.id, area.id, category.id, "Sparad innan disken blev full")
    pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
    project.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(ProjectWriteError, match="the disk is full"):
        for i in range(500):
            project.notes.add(workshop.id, area.id, category.id, f"Lapp {i} " + "x" * 2000)
    assert project.notes.get(kept.id).text == "Sparad innan disken blev full"
    assert not project.conn.in_transaction


def test_a_second_connection_in_another_thread_writes_beside_the_first(project, workshop):
    """The server for phones writes through its own connection while the window writes through
    its own: a transaction that has read must still be able to write (it takes the write lock
    when it begins), and the other connection waits for it rather than failing."""
    import threading

    area = project.workshops.focus_areas(workshop.id)[0].id
    kind = project.workshops.categories(workshop.id)[0].id
    done = {}
    writing = threading.Event()

    def from_the_server():
        beside = project.open_beside()
        try:
            writing.set()
            done["note"] = beside.notes.add(workshop.id, area, kind, "Från servern", request_id="t-1")
        finally:
            beside.close()

    with project.transaction():
        assert project.notes.count(workshop.id) == 0  # a read inside the transaction
        server = threading.Thread(target=from_the_server)
        server.start()
        # The other connection starts its write while this transaction holds the write lock; it
        # waits for it. (No timed wait here: a test must not depend on the clock.)
        assert writing.wait(30)
        project.notes.add(workshop.id, area, kind, "Från fönstret")
    server.join(30)
    assert not server.is_alive()
    assert done["note"].text == "Från servern"
    assert sorted(n.text for n in project.notes.list(workshop.id)) == ["Från fönstret", "Från servern"]
    assert project.notes.find_request(workshop.id, "t-1") == done["note"].id
