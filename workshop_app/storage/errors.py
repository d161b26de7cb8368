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
            f"{Path(path).name} is open in another window or program; close it there first, or open it read-only.",
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


class UnexpectedSchemaError(NotAProjectError):
    """The file holds a trigger, a view, a table or a column that the app did not create."""

    def __init__(self, path: Path | str, detail: str):
        ProjectError.__init__(
            self,
            path,
            f"{Path(path).name} contains database objects that this app did not create ({detail}); it was not opened.",
        )


class IncompleteProjectError(NotAProjectError):
    """The file lacks a table, a column or an index that its version has."""

    def __init__(self, path: Path | str, detail: str):
        ProjectError.__init__(
            self, path, f"{Path(path).name} is not a complete workshop project ({detail}); it was not opened."
        )


class EmptyProjectFileError(NotAProjectError):
    """A zero-byte file: the app never leaves one behind, so it was made by something else."""

    def __init__(self, path: Path | str):
        ProjectError.__init__(
            self,
            path,
            f"{Path(path).name} is empty (0 bytes), not a workshop project, and was not opened; "
            "delete it or choose another name for a new project.",
        )


class ProjectCheckTooLongError(ProjectError):
    """Checking the file took more steps than any real project needs."""

    def __init__(self, path: Path | str):
        super().__init__(
            path,
            f"{Path(path).name} could not be checked in reasonable time (it may have been made to "
            "keep the app busy); it was not opened.",
        )


class NoPermissionError(ProjectError):
    """The operating system does not let this user read (or write) the file or its folder."""

    def __init__(self, path: Path | str, action: str = "read"):
        super().__init__(
            path,
            f"You do not have permission to {action} {Path(path).name}, so it was not opened; "
            "ask the file's owner for access or copy it to a folder of your own.",
        )


class ReadOnlyLocationError(ProjectWriteError):
    """The project (or its folder) cannot be written; it can still be opened read-only."""

    def __init__(self, path: Path | str):
        ProjectError.__init__(
            self,
            path,
            f"{Path(path).name} is in a read-only folder or is itself read-only; "
            "it can be opened read-only, or copied to a folder you can write to.",
        )
