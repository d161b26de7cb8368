"""Checks made on a file before it is opened for writing, with nothing but the standard library.

The command line's read-only commands use this module alone, so they start without loading
sqlite-utils. Every check opens the file read-only: a file we refuse is never modified.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workshop_app.storage.errors import (
    DamagedProjectError,
    MissingProjectError,
    NotAProjectError,
    TooNewProjectError,
)

APPLICATION_ID = 0x4E564144
"""``PRAGMA application_id`` of our project files ("NVAD": nära vård, arbetsdag)."""

SCHEMA_VERSION = 4
"""``PRAGMA user_version`` this build writes: the number of migrations in ``schema.py``."""

_SQLITE_HEADER = b"SQLite format 3\x00"


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only; SQLite will not create, change or journal the file."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True)


def inspect_project(path: Path, *, integrity: bool = True) -> int:
    """Return the schema version of the project at ``path`` or raise why it cannot be opened.

    Args:
        path: an existing file.
        integrity: run ``PRAGMA quick_check`` too (skipped by the quick read-only commands).

    Returns:
        The file's ``user_version`` (0 for an empty SQLite file that we may initialise).
    """
    path = Path(path)
    if not path.is_file():
        raise MissingProjectError(path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DamagedProjectError(path, exc.strerror or str(exc)) from exc
    if len(header) == 0:
        return 0
    if not header.startswith(_SQLITE_HEADER):
        raise NotAProjectError(path)
    if len(header) < 100:
        raise DamagedProjectError(path, "the file is truncated")
    try:
        conn = connect_read_only(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            table_count = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if app_id != APPLICATION_ID and not (app_id == 0 and table_count == 0):
                raise NotAProjectError(path)
            if version > SCHEMA_VERSION:
                raise TooNewProjectError(path, version, SCHEMA_VERSION)
            if integrity:
                result = conn.execute("PRAGMA quick_check").fetchall()
                if result != [("ok",)]:
                    raise DamagedProjectError(path, str(result[0][0]))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedProjectError(path, str(exc)) from exc
    return version
