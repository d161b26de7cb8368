"""Write an exported file (report, CSV, JSON) so that a good old file is never replaced by a half-written one.

The bytes go to a temporary file in the target's own folder (same disk, so the rename is
atomic), are flushed to disk, and only then replace the target with :func:`os.replace`.
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from pathlib import Path

from workshop_app.domain.errors import UserError

log = logging.getLogger(__name__)


class OutputFileError(UserError):
    """The file cannot be written where the user asked; nothing there was changed."""


def write_atomically(target: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``target``, all or nothing.

    Raises:
        OutputFileError: the folder is missing or read-only, the target is a folder, or the
            file is open in another program; the old file (if any) is left as it was.
    """
    target = Path(target)
    folder = check_target(target)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _error(target, folder, exc) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, _file_mode(target))
        os.replace(temp, target)
    except OSError as exc:
        raise _error(target, folder, exc) from exc
    finally:
        if temp.exists():
            try:
                temp.unlink()
            except OSError:  # pragma: no cover - nothing more we can do
                log.warning("could not remove the temporary file %s", temp)
    log.info("wrote %s (%d bytes)", target, len(data))
    return target


def check_target(target: Path) -> Path:
    """Return the folder of ``target`` when a file can be written there.

    Raises:
        OutputFileError: the target is a folder, or its folder is missing or is a file.
    """
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise OutputFileError(f"{target} is a folder; choose a file name.")
    if not folder.exists():
        raise OutputFileError(f"The folder {folder} does not exist; choose another place for the file.")
    if not folder.is_dir():
        raise OutputFileError(f"{folder} is a file, not a folder; choose another place for the file.")
    return folder


def _file_mode(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (not mkstemp's 0600)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _error(target: Path, folder: Path, exc: OSError) -> OutputFileError:
    if exc.errno == errno.ENOSPC:
        return OutputFileError(f"The disk is full; {target.name} was not saved.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if target.exists():
            return OutputFileError(
                f"{target.name} is open in another program or is read-only; "
                "close it there (for example in the PDF viewer) and export again."
            )
        return OutputFileError(f"The folder {folder} is read-only; choose another place for the file.")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return OutputFileError(f"The folder {folder} does not exist; choose another place for the file.")
    return OutputFileError(f"{target.name} could not be saved ({exc.strerror or exc}).")
