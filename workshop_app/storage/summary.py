"""A quick read-only overview of a project, with the standard library only.

``workshop-app list`` uses this so it answers as fast as Python starts.
"""

from __future__ import annotations

from pathlib import Path

from workshop_app.storage.fileinfo import open_checked

_QUERY = """
SELECT w.title, coalesce(w.date, ''), coalesce(w.place, ''),
       (SELECT count(*) FROM notes n WHERE n.workshop_id = w.id AND n.deleted_at IS NULL),
       (SELECT count(*) FROM themes t WHERE t.workshop_id = w.id AND t.deleted_at IS NULL),
       (SELECT count(*) FROM focus_areas a WHERE a.workshop_id = w.id)
FROM workshops w ORDER BY w.position, w.created_at
"""


def workshop_rows(path: Path) -> list[tuple[str, str, str, int, int, int]]:
    """(title, date, place, notes, themes, focus areas) per workshop; raises ProjectError."""
    import sqlite3

    from workshop_app.storage.errors import DamagedProjectError

    conn, version = open_checked(path, integrity=False)
    try:
        if version == 0:
            return []
        return [tuple(row) for row in conn.execute(_QUERY)]
    except sqlite3.DatabaseError as exc:
        raise DamagedProjectError(path, str(exc)) from exc
    finally:
        conn.close()
