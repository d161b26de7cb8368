"""Migrations: ordered, transactional, backed up, and tested from a hand-built old file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from workshop_app.storage.errors import ProjectError
from workshop_app.storage.fileinfo import SCHEMA_VERSION
from workshop_app.storage.project import Project
from workshop_app.storage.schema import migrations

DATA = Path(__file__).parent / "data"


def _run_script(path, name):
    conn = sqlite3.connect(path)
    conn.executescript((DATA / name).read_text(encoding="utf-8"))
    conn.commit()
    conn.close()


def _version_one_file(path):
    """A project as version 1 of the app wrote it (frozen SQL): no settings table, one workshop, one note."""
    _run_script(path, "project_v1.sql")


def test_schema_version_counts_the_migrations():
    assert len(migrations.pending(Database(memory=True))) == SCHEMA_VERSION


def test_version_one_file_is_backed_up_and_upgraded(tmp_path):
    path = tmp_path / "old.workshop"
    _version_one_file(path)
    original = path.read_bytes()
    with Project.open(path) as project:
        assert project.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert project.notes.get("n1").text == "Vårdcentralen svarar inte"
        project.settings.set("report.title", "Rapport")
        assert project.settings.get("report.title") == "Rapport"
    backup = tmp_path / "old.workshop.v1.bak"
    assert backup.exists()
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT text FROM notes").fetchone()[0] == "Vårdcentralen svarar inte"
    conn.close()
    assert len(original) > 0


def test_current_file_is_not_backed_up_again(tmp_path):
    path = tmp_path / "p.workshop"
    Project.open(path, create=True).close()
    Project.open(path).close()
    assert list(tmp_path.glob("*.bak")) == []


def test_interrupted_pragma_is_mended(tmp_path):
    """All steps applied but user_version lagging (a crash between them) is repaired on open."""
    path = tmp_path / "p.workshop"
    Project.open(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Project.open(path) as project:
        assert project.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_version_two_file_gets_the_live_notes_index(tmp_path):
    """0003 adds an index that lets note counts skip the table; notes and settings survive."""
    path = tmp_path / "v2.workshop"
    _version_one_file(path)
    _run_script(path, "project_v2_upgrade.sql")
    conn = sqlite3.connect(path)
    assert "idx_notes_workshop_live" not in {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    with Project.open(path) as project:
        assert project.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert project.notes.get("n1").text == "Vårdcentralen svarar inte"
        plan = project.db.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM notes WHERE workshop_id = 'w1' AND deleted_at IS NULL"
        ).fetchall()
    assert "COVERING INDEX idx_notes_workshop_live" in " ".join(str(row[-1]) for row in plan)
    assert (tmp_path / "v2.workshop.v2.bak").exists()


def test_version_three_file_gets_request_ids_for_phone_notes(tmp_path):
    """0004 adds the column that makes a phone's retried post idempotent; old notes have none."""
    path = tmp_path / "v3.workshop"
    _version_one_file(path)
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before="0004_note_request_ids")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Project.open(path) as project:
        assert project.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert project.notes.get("n1").text == "Vårdcentralen svarar inte"
        assert project.notes.find_request("w1", "r1") is None
        note = project.notes.add("w1", "a1", "c1", "Från telefonen", request_id="r1")
        assert project.notes.find_request("w1", "r1") == note.id
        with pytest.raises(ProjectError):
            project.notes.add("w1", "a1", "c1", "Samma id igen", request_id="r1")
        project.notes.add("w1", "a1", "c1", "Utan id")
        project.notes.add("w1", "a1", "c1", "Utan id igen")
    assert (tmp_path / "v3.workshop.v3.bak").exists()
