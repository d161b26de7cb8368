"""One writer per project file, across processes.

An operating-system lock on a side file (``NAME.workshop.lock``) is held while a project is open
for writing. The kernel drops it when the process ends, even on a crash, so there are no stale
locks to clean up by hand.
"""

from __future__ import annotations

from pathlib import Path

from workshop_app.storage.errors import ProjectLockedError


class ProjectLock:
    def __init__(self, project_path: Path):
        from filelock import FileLock

        self.path = Path(str(project_path) + ".lock")
        self._lock = FileLock(str(self.path), timeout=0)

    def acquire(self, project_path: Path) -> None:
        from filelock import Timeout

        try:
            self._lock.acquire()
        except Timeout as exc:
            raise ProjectLockedError(project_path) from exc

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
