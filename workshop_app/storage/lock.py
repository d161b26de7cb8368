"""One writer per project file, across processes.

An operating-system lock on a side file (``NAME.workshop.lock``) is held while a project is open
for writing. The kernel drops it when the process ends, even on a crash, so there are no stale
locks to clean up by hand. (The standard library's ``fcntl``/``msvcrt`` are used directly: the
``filelock`` package did the same but cost about 25 ms of start-up to import.)
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from workshop_app.storage.errors import (
    NoPermissionError,
    ProjectLockedError,
    ProjectWriteError,
    ReadOnlyLocationError,
)


class ProjectLock:
    def __init__(self, project_path: Path):
        self.project_path = Path(project_path)
        self.path = Path(str(project_path) + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise ProjectLockedError at once (no waiting).

        Raises:
            ReadOnlyLocationError: the folder cannot be written (the project can be read only).
            ProjectLockedError: another process holds the lock.
        """
        for _attempt in range(100):
            fd = self._open()
            try:
                _lock(fd)
            except OSError as exc:
                os.close(fd)
                raise ProjectLockedError(self.project_path) from exc
            if _same_file(fd, self.path):
                self._fd = fd
                return
            os.close(fd)  # the holder removed the file while we opened it: take the new one
        raise ProjectLockedError(self.project_path)  # pragma: no cover - a lock changing hands 100 times

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                if exc.errno != errno.EROFS and not os.access(self.project_path, os.R_OK):
                    raise NoPermissionError(self.project_path) from exc
                raise ReadOnlyLocationError(self.project_path) from exc
            if exc.errno == errno.ENOSPC:
                raise ProjectWriteError(self.project_path, "the disk is full") from exc
            raise ProjectWriteError(self.project_path, f"cannot create the lock file: {exc.strerror or exc}") from exc

    def release(self) -> None:
        """Give the lock up and remove its side file (while still holding it)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if os.name != "nt":
                try:
                    if _same_file(fd, self.path):
                        os.unlink(self.path)
                except OSError:
                    pass  # a read-only folder or a vanished file: the lock goes with the process
            _unlock(fd)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``path`` still names the file open as ``fd``."""
    try:
        here = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (here.st_dev, here.st_ino) == (held.st_dev, held.st_ino)


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
