"""What every part of the service API shares: the project, its transaction and row helpers."""

from __future__ import annotations

import json
import sqlite3
from contextlib import AbstractContextManager
from typing import Any, Protocol

from workshop_app.domain.errors import NotFoundError


class ProjectFile(Protocol):
    """What the stores use of the open project file (:class:`storage.project.Project` is one).

    A protocol rather than an import of ``Project``: the project makes the stores, so the stores
    naming the project would close an import cycle.
    """

    notes: Any
    """The project's NoteStore: stores reach one another through the project."""
    themes: Any
    """The project's ThemeStore."""

    @property
    def db(self) -> Any: ...

    @property
    def conn(self) -> sqlite3.Connection: ...

    def transaction(self) -> AbstractContextManager[None]: ...

    def announce(self, kind: str, action: str, ids, workshop_id: str | None = None) -> None: ...


class Store:
    def __init__(self, project: ProjectFile):
        self._project = project

    @property
    def _db(self):
        """The sqlite-utils handle, for writes (loaded on first use)."""
        return self._project.db

    @property
    def _conn(self):
        """The plain connection: reads and hand-written statements need no sqlite-utils."""
        return self._project.conn

    def _transaction(self):
        return self._project.transaction()

    def _announce(self, kind: str, action: str, ids, workshop_id: str | None = None) -> None:
        self._project.announce(kind, action, ids, workshop_id)

    def _rows(self, sql: str, params: tuple | list | dict = ()) -> list[dict[str, Any]]:
        cursor = self._conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def _one(self, sql: str, params: tuple | list | dict, what: str) -> dict[str, Any]:
        rows = self._rows(sql, params)
        if not rows:
            raise NotFoundError(f"The {what} does not exist any more.")
        return rows[0]


def chunks(ids: list[str], size: int = 500):
    """``ids`` a few hundred at a time: SQLite limits the variables of one statement."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def marks(chunk) -> str:
    """``?,?,?`` for the ids of one chunk."""
    return ",".join("?" * len(chunk))


def dump_list(values) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def load_list(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    return tuple(str(v) for v in json.loads(text))
