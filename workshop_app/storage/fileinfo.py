"""Checks made on a file before it is opened, with nothing but the standard library.

The command line's read-only commands use this module alone, so they start without loading
sqlite-utils. Every check reads the file without writing it, without making ``-wal`` or ``-shm``
files beside it, and without running anything the file holds: a file we refuse is left exactly
as it was, alone in its folder.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from workshop_app.storage.errors import (
    DamagedProjectError,
    EmptyProjectFileError,
    MissingProjectError,
    NoPermissionError,
    NotAProjectError,
    ProjectError,
    TooNewProjectError,
)
from workshop_app.storage.schema_check import StepLimit, verify_schema

APPLICATION_ID = 0x4E564144
"""``PRAGMA application_id`` of our project files ("NVAD": nära vård, arbetsdag)."""

SCHEMA_VERSION = 5
"""``PRAGMA user_version`` this build writes: the number of migrations in ``schema.py``."""

_SQLITE_HEADER = b"SQLite format 3\x00"


def side_file(path: Path, suffix: str) -> Path:
    """``NAME.workshop-wal`` and the like: a file SQLite or the app keeps beside a project."""
    return Path(str(path) + suffix)


def connect_read_only(path: Path, *, follow_writers: bool = True) -> sqlite3.Connection:
    """Open ``path`` read-only; SQLite will not change the file, and no schema code is trusted.

    Args:
        follow_writers: the connection stays open while another program may write to the file
            (the GUI's read-only window), so SQLite must take part in its write-ahead log. When
            False (a quick check or read), or when the folder cannot be written at all, a file
            with no ``-wal`` beside it (so no program has it open) is read as an immutable
            snapshot: SQLite then makes no ``-wal`` or ``-shm`` files.
    """
    path = Path(path).resolve()
    query = "mode=ro"
    if not side_file(path, "-wal").exists() and (not follow_writers or not os.access(path.parent, os.W_OK)):
        query += "&immutable=1"
    conn = sqlite3.connect(f"{path.as_uri()}?{query}", uri=True)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def read_header(path: Path) -> None:
    """Refuse at once what is plainly not a project: no file, no permission, no SQLite header.

    Raises:
        MissingProjectError, NoPermissionError, EmptyProjectFileError, NotAProjectError,
        DamagedProjectError.
    """
    if not path.exists():
        raise MissingProjectError(path)
    if path.is_dir():
        raise NotAProjectError(path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except PermissionError as exc:
        raise NoPermissionError(path) from exc
    except OSError as exc:
        raise DamagedProjectError(path, exc.strerror or str(exc)) from exc
    if not header:
        raise EmptyProjectFileError(path)
    if not header.startswith(_SQLITE_HEADER):
        raise NotAProjectError(path)
    if len(header) < 100:
        raise DamagedProjectError(path, "the file is truncated")


def check_connection(conn: sqlite3.Connection, path: Path, *, integrity: bool = False) -> int:
    """Check the file behind ``conn`` before anything reads its tables; returns its version.

    The application id, the version and the schema come first (they run nothing the file
    holds); then, when asked, SQLite's quick integrity check. A step limit guards it all.
    """
    try:
        with StepLimit(conn, path):
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotAProjectError(path)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise TooNewProjectError(path, version, SCHEMA_VERSION)
            verify_schema(conn, path, version, SCHEMA_VERSION)
            if integrity:
                result = conn.execute("PRAGMA quick_check").fetchall()
                if result != [("ok",)]:
                    raise DamagedProjectError(path, str(result[0][0]))
    except sqlite3.DatabaseError as exc:
        raise read_error(path, exc) from exc
    return version


def open_checked(path: Path, *, integrity: bool = True) -> tuple[sqlite3.Connection, int]:
    """A short-lived read-only connection to a checked project, and the project's version.

    Raises:
        ProjectError: why the file cannot be opened; nothing was written beside it.
    """
    path = Path(path)
    read_header(path)
    try:
        conn = connect_read_only(path, follow_writers=False)
    except sqlite3.DatabaseError as exc:
        raise read_error(path, exc) from exc
    try:
        version = check_connection(conn, path, integrity=integrity)
    except ProjectError:
        conn.close()
        raise
    return conn, version


def inspect_project(path: Path, *, integrity: bool = True) -> int:
    """Return the schema version of the project at ``path`` or raise why it cannot be opened.

    Args:
        path: an existing file.
        integrity: run ``PRAGMA quick_check`` too (skipped by the quick read-only commands).
    """
    conn, version = open_checked(path, integrity=integrity)
    conn.close()
    return version


def read_error(path: Path, exc: sqlite3.Error) -> ProjectError:
    """The user's reading of an SQLite error met while opening or checking ``path``."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code == 23 or not os.access(path, os.R_OK):  # SQLITE_AUTH, or the OS refuses
        return NoPermissionError(path)
    if code is not None and code & 0xFF == 14:  # SQLITE_CANTOPEN
        folder = Path(path).resolve().parent
        if not os.access(folder, os.W_OK | os.X_OK):
            return NoPermissionError(path)
    return DamagedProjectError(path, str(exc))
