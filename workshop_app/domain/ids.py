"""Ids and timestamps as the project file stores them: UUID4 text and UTC ISO 8601.

Domain values: a command fixes a new theme's id before it runs so that redo makes the same theme,
and an import gives new notes their ids; storage writes them as they are.
"""

from __future__ import annotations

from datetime import datetime, timezone


def new_id() -> str:
    import uuid  # here, not at the top: uuid imports platform, 4 ms the first frame does not need

    return str(uuid.uuid4())


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
