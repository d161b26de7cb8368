"""Errors about files being imported, naming the file and, where it helps, the line."""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain.errors import UserError


class ImportFileError(UserError):
    def __init__(self, path: Path | str, message: str, line: int | None = None):
        self.path = Path(path)
        self.line = line
        where = f"{self.path.name}, line {line}" if line is not None else self.path.name
        super().__init__(f"{where}: {message}")
