"""The error log in the user's data folder: what went wrong, in which version, on which platform.

Both the command line and the desktop board append here when a bug (not a user error) surfaces, so a
facilitator can send one file. Each entry starts with a line of ``=`` and a UTC time stamp, then the
app's version, the platform and Python, then the traceback. The file is kept below about 1 MB: when
it grows past that, the older half is dropped.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app.paths import user_data_dir

if TYPE_CHECKING:
    from types import TracebackType

# platform, traceback and datetime are imported when an entry is written: the GUI installs its hook
# before the first frame, and a start-up pays for nothing it does not use.

LOG_NAME = "errors.log"
MAX_BYTES = 1_000_000


def log_path() -> Path:
    """Where the error log lives (``errors.log`` in the user's data folder)."""
    return user_data_dir() / LOG_NAME


def describe_environment() -> str:
    """The version, platform and Python lines that head every entry."""
    import platform

    from workshop_app.version import app_version

    qt = sys.modules.get("PySide6")  # named when the GUI has loaded it; this module imports no Qt
    bindings = f", PySide6 {qt.__version__}" if qt is not None else ""
    return (
        f"Workshoptavlan {app_version()}\n"
        f"Platform: {platform.platform()} ({platform.machine()})\n"
        f"Python {platform.python_version()}{bindings}\n"
    )


def format_entry(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *, context: str = ""
) -> str:
    """One log entry: header, environment and traceback."""
    import traceback
    from datetime import datetime, timezone

    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    where = f" ({context})" if context else ""
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    return f"{'=' * 72}\n{stamp}{where}\n{describe_environment()}{trace}\n"


def write_entry(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *, context: str = ""
) -> Path | None:
    """Append an entry for the exception to the log; return the file, or None when it cannot be written.

    Never raises: this runs while something else has already gone wrong.
    """
    import traceback

    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        _trim(path)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(format_entry(exc_type, exc, tb, context=context))
        return path
    except Exception:  # noqa: BLE001 - a full disk or a read-only folder: say it on stderr at least
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        return None


def _trim(path: Path) -> None:
    """Keep the newer half of a log that grew past ``MAX_BYTES``."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size <= MAX_BYTES:
        return
    data = path.read_bytes()[-MAX_BYTES // 2 :]
    start = data.find(b"=" * 72)
    path.write_bytes(data[start:] if start >= 0 else data)
