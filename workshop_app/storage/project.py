"""Open, create, migrate and lock a project file; the entry to the service API."""

from __future__ import annotations

import logging
import sqlite3
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
)
from workshop_app.storage.fileinfo import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    connect_read_only,
    inspect_project,
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
        from workshop_app.storage.workshops import WorkshopStore

        self.path = path
        self.read_only = read_only
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

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, read_only: bool = False) -> "Project":
        """Open the project at ``path``, checking it first and migrating it when it is older.

        Args:
            path: the project file.
            create: create the file (and its folder) when it does not exist.
            read_only: open without the lock; every write then raises ProjectReadOnlyError.

        Raises:
            ProjectError: the file is missing, not ours, damaged, too new or held by another
                instance. The file is left byte for byte as it was.
        """
        path = Path(path)
        if not path.exists():
            if not create or read_only:
                raise MissingProjectError(path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ProjectWriteError(path, exc.strerror or str(exc)) from exc
            version = 0
        else:
            version = inspect_project(path)
        if read_only:
            return cls(path, connect_read_only(path), read_only=True)
        lock = ProjectLock(path)
        lock.acquire()
        try:
            if path.exists():  # the file may have changed while we waited for the lock
                version = inspect_project(path, integrity=False)
            conn = _connect(path)
            if version < SCHEMA_VERSION:
                _upgrade(path, conn, version)
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, read_only=False, lock=lock)

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
    """Import what the first write needs (sqlite-utils), e.g. while a window is idle."""
    import sqlite_utils  # noqa: F401


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), timeout=5.0)
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            log.warning("%s: WAL journal not available, using %s", path, mode)
        conn.execute("PRAGMA synchronous = FULL")
        return conn
    except sqlite3.DatabaseError as exc:
        raise _write_error(path, exc) from exc


def _upgrade(path: Path, conn: sqlite3.Connection, version: int) -> None:
    """Create a new file's schema, or back up an older file and migrate it."""
    from sqlite_utils import Database

    from workshop_app.storage.schema import apply_migrations

    if version > 0:
        _backup(path, conn, version)
    db = Database(conn, execute_plugins=False)
    try:
        if version == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.commit()
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
        return ProjectWriteError(path, "the file or its folder is read-only")
    if "locked" in lowered or "busy" in lowered:
        return ProjectWriteError(path, "another program is writing to the file")
    if "malformed" in lowered or "not a database" in lowered:
        return DamagedProjectError(path, message)
    return ProjectWriteError(path, message)

