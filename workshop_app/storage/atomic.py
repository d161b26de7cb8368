"""Write a file so that a reader sees the old version or the new one, never half of one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from workshop_app.domain.errors import UserError


class OutputFileError(UserError):
    """The target of an export cannot be written."""


def write_atomically(target: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``target``, then rename it over ``target``.

    Raises:
        OutputFileError: the folder is missing or read-only, the disk is full, or the target is
            held open by another program; an existing target is left as it was.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputFileError(f"Cannot write {target.name}: the folder {folder} does not exist.")
    if target.is_dir():
        raise OutputFileError(f"Cannot write {target}: it is a folder.")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputFileError(f"Cannot write in {folder}: {exc.strerror or exc}.") from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(exc, PermissionError):
            reason = "it is open in another program or the folder is read-only"
        else:
            reason = exc.strerror or str(exc)
        raise OutputFileError(f"Cannot write {target.name}: {reason}; the old file, if any, is unchanged.") from exc
    return target
