"""Errors about project files; each message names the file and says what to do."""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain.errors import UserError


class ProjectError(UserError):
    """A project file that cannot be opened or written."""

    def __init__(self, path: Path | str, message: str):
        self.path = Path(path)
        super().__init__(message)


class NotAProjectError(ProjectError):
    def __init__(self, path: Path | str):
        super().__init__(path, f"{Path(path).name} is not a workshop project file.")


class DamagedProjectError(ProjectError):
    def __init__(self, path: Path | str, detail: str = ""):
        extra = f" ({detail})" if detail else ""
        super().__init__(
            path,
            f"{Path(path).name} is damaged and cannot be opened{extra}; "
            "the file was left untouched, restore it from a backup copy.",
        )


class TooNewProjectError(ProjectError):
    def __init__(self, path: Path | str, version: int, supported: int):
        super().__init__(
            path,
            f"{Path(path).name} was saved by a newer version of the app (file format {version}, "
            f"this version reads up to {supported}); update the app to open it.",
        )


class ProjectLockedError(ProjectError):
    def __init__(self, path: Path | str):
        super().__init__(
            path,
            f"{Path(path).name} is open in another window or program; "
            "close it there first, or open it read-only.",
        )


class ProjectReadOnlyError(ProjectError):
    def __init__(self, path: Path | str):
        super().__init__(path, f"{Path(path).name} is open read-only; changes cannot be saved.")


class ProjectWriteError(ProjectError):
    def __init__(self, path: Path | str, detail: str):
        super().__init__(
            path,
            f"Could not save to {Path(path).name} ({detail}); nothing was changed. "
            "Free some disk space or check that the folder is writable.",
        )


class MissingProjectError(ProjectError):
    def __init__(self, path: Path | str):
        super().__init__(path, f"There is no project file {Path(path)}.")
