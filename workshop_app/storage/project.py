"""Open, create, migrate and lock a project file; the entry to the service API."""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workshop_app.storage.changes import Change, ChangeFeed
from workshop_app.storage.errors import (
    DamagedProjectError,
    MissingProjectError,
    ProjectError,
    ProjectReadOnlyError,
    ProjectWriteError,
    ReadOnlyLocationError,
)
from workshop_app.storage.fileinfo import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    check_connection,
    connect_read_only,
    inspect_project,
    read_error,
    side_file,
)
from workshop_app.storage.lock import ProjectLock

log = logging.getLogger(__name__)


class Project:
    """An open project file.

    Use :meth:`open`; then ``project.workshops``, ``project.notes``, ``project.themes`` and
    ``project.settings`` hold the operations. Close it (or use it as a context manager) to
    release the lock.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool, lock=None, writers=None):
        from workshop_app.storage.notes import NoteStore
        from workshop_app.storage.settings import SettingsStore
        from workshop_app.storage.themes import ThemeStore
        from workshop_app.storage.votes import VoteStore
        from workshop_app.storage.workshops import WorkshopStore

        self.path = path
        self.read_only = read_only
        self.created = False
        """True when :meth:`open` made the file (see :meth:`discard_if_new`)."""
        self.conn = conn
        self._db = None
        self.changes = ChangeFeed()
        self._lock = lock
        # One writer at a time among this process's handles on the file (see open_beside): a
        # waiting thread is woken the moment the other's transaction ends, where SQLite's busy
        # handler would sleep in growing steps and could lose the lock again and again.
        self._writers = writers if writers is not None else threading.Lock()
        self.workshops = WorkshopStore(self)
        self.notes = NoteStore(self)
        self.themes = ThemeStore(self)
        self.settings = SettingsStore(self)
        self.votes = VoteStore(self)

    @classmethod
    def open(
        cls, path: Path | str, *, create: bool = False, read_only: bool = False, follow_writers: bool = True
    ) -> "Project":
        """Open the project at ``path``, checking it first and migrating it when it is older.

        Args:
            path: the project file.
            create: create the file (and its folder) when it does not exist.
            read_only: open without the lock; every write then raises ProjectReadOnlyError.
            follow_writers: with ``read_only``, False for a short read (an export, a merge
                source): a file no program has open is then read as a snapshot, and no ``-wal``
                or ``-shm`` file is left beside it.

        Raises:
            ProjectError: the file is missing, not ours, damaged, too new or held by another
                instance. The file is left byte for byte as it was.
        """
        path = Path(path)
        if path.exists() or not create or read_only:
            # Checked on a short-lived snapshot first, so a refused file gets no lock, -wal or
            # -shm file beside it; each connection below is checked again before it is used.
            inspect_project(path)
        if read_only:
            return cls(path, _connect_checked_read_only(path, follow_writers), read_only=True)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _os_write_error(path, exc) from exc
        lock = ProjectLock(path)
        lock.acquire()
        try:
            created = not path.exists() and _create(path)
            conn = _connect(path)
            version = _checked(conn, path)
            _prepare_for_writing(path, conn)
            if version < SCHEMA_VERSION:
                _upgrade(path, conn, version)
        except BaseException:
            lock.release()
            raise
        project = cls(path, conn, read_only=False, lock=lock)
        project.created = created
        return project

    def open_beside(self) -> "Project":
        """Another handle on this open project, with its own connection, for another thread.

        Open it in the thread that will use it (a connection belongs to its thread) and close it
        before this project is closed: it shares this handle's lock rather than taking its own.
        Its changes are announced on its own :attr:`changes`.
        """
        if self.read_only:
            return Project(self.path, connect_read_only(self.path), read_only=True)
        return Project(self.path, _connect(self.path), read_only=False, writers=self._writers)

    @property
    def db(self):
        """The sqlite-utils ``Database`` over this project's connection.

        Created on first use: importing sqlite-utils costs about 0.2 s (it loads NumPy when
        installed), which opening and showing a project should not pay; plain reads go through
        :attr:`conn`.
        """
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def discard_if_new(self) -> None:
        """Close, and remove the file again if :meth:`open` made it (an import that was refused
        should not leave an empty project behind); a file that existed is only closed."""
        if not self.created:
            self.close()
            return
        self.conn.close()
        try:
            for suffix in ("", "-wal", "-shm"):
                side_file(self.path, suffix).unlink(missing_ok=True)
        except OSError:  # pragma: no cover - the folder was writable a moment ago
            log.warning("could not remove the new project %s", self.path)
        finally:
            self.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One committed unit of work; changes are announced once it has committed.

        Nested uses join the outer transaction (as savepoints).
        """
        if self.read_only:
            raise ProjectReadOnlyError(self.path)
        outermost = not self.conn.in_transaction
        if outermost:
            self._writers.acquire()
        try:
            if outermost:
                # The write lock first (waiting up to the busy timeout while another connection,
                # such as the server for phones, writes): a deferred transaction that has read
                # cannot take it once the other connection has committed, and fails at once.
                self.conn.execute("BEGIN IMMEDIATE")
            with self.db.atomic():  # a savepoint inside the transaction begun above
                yield
            if outermost:
                self.conn.commit()
        except sqlite3.Error as exc:
            if outermost:
                self._roll_back()
            raise _write_error(self.path, exc) from exc
        except BaseException:
            if outermost:
                self._roll_back()
            raise
        finally:
            if outermost:
                self._writers.release()
        if outermost:
            self.changes.flush()

    def _roll_back(self) -> None:
        self.changes.discard()
        if self.conn.in_transaction:
            self.conn.rollback()

    def announce(self, kind: str, action: str, ids, workshop_id: str | None = None) -> None:
        """Queue a change to be told to listeners when the current transaction commits."""
        self.changes.queue(Change(kind, action, tuple(ids), workshop_id))


def prepare_for_writing() -> None:
    """Import what the first write needs (sqlite-utils, and uuid for the new note's id), e.g.
    while a window is idle."""
    import uuid  # noqa: F401

    import sqlite_utils  # noqa: F401


def _connect_checked_read_only(path: Path, follow_writers: bool) -> sqlite3.Connection:
    try:
        conn = connect_read_only(path, follow_writers=follow_writers)
    except sqlite3.DatabaseError as exc:
        raise read_error(path, exc) from exc
    try:
        check_connection(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def _checked(conn: sqlite3.Connection, path: Path) -> int:
    """Check the writing connection's file (it may have changed since the first check)."""
    try:
        return check_connection(conn, path)
    except BaseException:
        conn.close()
        raise


def _connect(path: Path) -> sqlite3.Connection:
    """A writing connection; nothing in the file is read before :func:`_checked` has run."""
    try:  # mode=rw: a file that vanished since it was checked is not made again, empty
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=rw", uri=True, timeout=5.0)
    except sqlite3.DatabaseError as exc:
        if not path.exists():
            raise MissingProjectError(path) from exc
        raise read_error(path, exc) from exc
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _write_error(path, exc) from exc
    return conn


def _prepare_for_writing(path: Path, conn: sqlite3.Connection) -> None:
    """WAL journal, and a first write lock taken and given back: a read-only file says so now."""
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            log.warning("%s: WAL journal not available, using %s", path, mode)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _write_error(path, exc) from exc


def _create(path: Path) -> bool:
    """Make a new, complete project at ``path``, or nothing at all; False when another process
    made the file meanwhile.

    The file is built under a temporary name in the same folder and linked into place only when
    it is whole, so a full disk or a crash never leaves an empty or half-made project behind
    (and an empty file is never taken for a new project).
    """
    from sqlite_utils import Database

    from workshop_app.storage.schema import apply_migrations

    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise _os_write_error(path, exc) from exc
    temp = Path(name)
    try:
        conn = sqlite3.connect(str(temp))
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.commit()
            apply_migrations(Database(conn, execute_plugins=False))
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        with open(temp, "rb") as stream:
            os.fsync(stream.fileno())
        placed = _link_into_place(temp, path)
    except sqlite3.Error as exc:
        raise _write_error(path, exc) from exc
    except OSError as exc:
        raise _os_write_error(path, exc) from exc
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            side_file(temp, suffix).unlink(missing_ok=True)
    if placed:
        log.info("%s: new project created", path)
    return placed


def _link_into_place(temp: Path, path: Path) -> bool:
    """Give ``temp`` the name ``path`` unless a file of that name appeared meanwhile."""
    try:
        os.link(temp, path)
    except FileExistsError:
        return False  # made by another process a moment ago: it is checked like any other file
    except OSError:  # a file system without hard links (FAT on a USB stick)
        if path.exists():
            return False
        os.rename(temp, path)
    return True


def _os_write_error(path: Path, exc: OSError) -> ProjectError:
    import errno

    if exc.errno == errno.ENOSPC:
        return ProjectWriteError(path, "the disk is full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyLocationError(path)
    return ProjectWriteError(path, exc.strerror or str(exc))


def _upgrade(path: Path, conn: sqlite3.Connection, version: int) -> None:
    """Create a new file's schema, or back up an older file and migrate it."""
    from sqlite_utils import Database

    from workshop_app.storage.schema import apply_migrations

    if version > 0:
        _backup(path, conn, version)
    db = Database(conn, execute_plugins=False)
    try:
        apply_migrations(db)
    except sqlite3.Error as exc:
        conn.close()
        raise _write_error(path, exc) from exc
    log.info("%s: schema now at version %d", path, SCHEMA_VERSION)


def _backup(path: Path, conn: sqlite3.Connection, version: int) -> Path:
    """Copy the file, through SQLite, before a migration touches it."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.v{version}-{counter}.bak")
    try:
        dest = sqlite3.connect(str(target))
        with dest:
            conn.backup(dest)
        dest.close()
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        conn.close()
        raise ProjectWriteError(path, f"could not make a backup copy before upgrading: {exc}") from exc
    log.info("%s: backed up to %s before migrating from version %d", path, target, version)
    return target


def _write_error(path: Path, exc: sqlite3.Error) -> ProjectError:
    message = str(exc)
    lowered = message.lower()
    if "full" in lowered:
        return ProjectWriteError(path, "the disk is full")
    if "readonly" in lowered or "read-only" in lowered:
        return ReadOnlyLocationError(path)
    if "locked" in lowered or "busy" in lowered:
        return ProjectWriteError(path, "another program is writing to the file")
    if "malformed" in lowered or "not a database" in lowered:
        return DamagedProjectError(path, message)
    return ProjectWriteError(path, message)
