"""The schema check's table of expected objects is what the migrations make, for every version."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from workshop_app.storage.errors import IncompleteProjectError, UnexpectedSchemaError
from workshop_app.storage.fileinfo import APPLICATION_ID, SCHEMA_VERSION
from workshop_app.storage.project import Project
from workshop_app.storage.schema import migrations
from workshop_app.storage.schema_check import expected_objects, normalise_sql, verify_schema

NAMES = [m.name for m in migrations._migrations]


def _built(version: int) -> dict:
    """The objects the migrations make up to ``version``, in a database in memory."""
    conn = sqlite3.connect(":memory:")
    db = Database(conn)
    migrations.apply(db, stop_before=NAMES[version] if version < len(NAMES) else None)
    objects = {
        name: (kind, table, sql)
        for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    }
    conn.close()
    return objects


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_expected_objects_are_what_the_migrations_make(version):
    assert expected_objects(version) == _built(version), (
        "schema.py and schema_check.EXPECTED_OBJECTS differ: add the new migration's objects there"
    )


def test_sql_quoted_another_way_is_still_ours(tmp_path):
    """Files written through another sqlite-utils version may quote with [brackets]."""
    path = tmp_path / "brackets.workshop"
    conn = _file_of_version(path, SCHEMA_VERSION)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = replace(replace(sql, '\"settings\"', '[settings]'), '\n', ' ')"
        " WHERE name = 'settings'"
    )
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)
    assert "[settings]" in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'settings'").fetchone()[0]
    verify_schema(conn, path, SCHEMA_VERSION, SCHEMA_VERSION)
    conn.close()


def test_quoting_case_and_spacing_do_not_matter_but_literals_do():
    assert normalise_sql('CREATE TABLE "notes" (\n   "id" TEXT)') == normalise_sql("create table [notes] (id text)")
    assert normalise_sql("CREATE TABLE `notes` (id TEXT) -- note") == "create table notes ( id text )"
    assert normalise_sql("x DEFAULT 'Sv'") != normalise_sql("x DEFAULT 'sv'")


def _file_of_version(path, version: int):
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before=NAMES[version] if version < len(NAMES) else None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    return conn


def test_a_file_whose_version_lags_behind_its_migrations_is_accepted_and_mended(tmp_path):
    """A crash between the last migration and writing user_version must not lock the user out."""
    path = tmp_path / "lag.workshop"
    conn = _file_of_version(path, SCHEMA_VERSION)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Project.open(path) as project:
        assert project.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_file_with_fewer_objects_than_its_version_is_refused(tmp_path):
    path = tmp_path / "short.workshop"
    conn = _file_of_version(path, 1)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.commit()
    with pytest.raises(IncompleteProjectError, match=r"\(the table 'settings' is missing\)"):
        verify_schema(conn, path, SCHEMA_VERSION, SCHEMA_VERSION)
    conn.close()


def test_an_extra_index_is_named(tmp_path):
    path = tmp_path / "extra.workshop"
    conn = _file_of_version(path, SCHEMA_VERSION)
    conn.execute("CREATE INDEX sneaky ON notes (text)")
    with pytest.raises(UnexpectedSchemaError, match=r"\(index 'sneaky'\); it was not opened\."):
        verify_schema(conn, path, SCHEMA_VERSION, SCHEMA_VERSION)
    conn.close()


def test_sqlite_statistics_are_allowed(tmp_path):
    path = tmp_path / "analysed.workshop"
    conn = _file_of_version(path, SCHEMA_VERSION)
    conn.execute("ANALYZE")
    conn.commit()
    verify_schema(conn, path, SCHEMA_VERSION, SCHEMA_VERSION)
    conn.close()
