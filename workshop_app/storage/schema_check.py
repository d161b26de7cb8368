"""Check a project file's schema against what this app created, before any query reads a table.

A project file may come from anyone (by e-mail or on a USB stick), and SQLite runs whatever a
file's schema holds: a trigger fires on our own INSERT, a view in place of ``notes`` runs on our
own SELECT, and a recursive view never ends. So every connection reads ``sqlite_master`` first
(which runs nothing) and compares it with the objects the migrations create up to the file's
version; a file with anything else, or with anything missing or changed, is refused.

The expected objects are kept here as data (the SQL exactly as the migrations write it, compared
token by token when a file's SQL is quoted or spaced differently), so the check needs nothing but
the standard library and costs well under a millisecond (``workshop-app list`` must start about as fast as Python).
``tests/storage/test_schema_check.py`` builds them from the migrations in ``schema.py`` in an
in-memory database for every version and asserts they equal this table, so the two cannot drift.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from workshop_app.storage.errors import (
    IncompleteProjectError,
    ProjectCheckTooLongError,
    UnexpectedSchemaError,
)

# The notes table as version 1 creates it; version 4's ALTER TABLE appends its column before the ")".
_NOTES_V1 = (
    'CREATE TABLE "notes" (\n'
    '   "id" TEXT PRIMARY KEY,\n'
    '   "workshop_id" TEXT NOT NULL REFERENCES "workshops"("id"),\n'
    '   "focus_area_id" TEXT NOT NULL REFERENCES "focus_areas"("id"),\n'
    '   "category_id" TEXT NOT NULL REFERENCES "categories"("id"),\n'
    '   "text" TEXT NOT NULL,\n'
    "   \"group_name\" TEXT DEFAULT '',\n"
    "   \"author\" TEXT DEFAULT '',\n"
    "   \"colour\" TEXT DEFAULT '',\n"
    '   "x" REAL,\n'
    '   "y" REAL,\n'
    '   "theme_id" TEXT REFERENCES "themes"("id"),\n'
    '   "hidden" INTEGER DEFAULT 0,\n'
    '   "created_at" TEXT NOT NULL,\n'
    '   "updated_at" TEXT,\n'
    '   "deleted_at" TEXT\n'
    ")"
)

# (first version that has it, type, name, table, SQL exactly as the migrations write it; None for
# SQLite's own indexes)
EXPECTED_OBJECTS: tuple[tuple[int, str, str, str, str | None], ...] = (
    (
        1,
        "table",
        "_sqlite_migrations",
        "_sqlite_migrations",
        'CREATE TABLE "_sqlite_migrations" (\n'
        '   "id" INTEGER PRIMARY KEY,\n'
        '   "migration_set" TEXT,\n'
        '   "name" TEXT,\n'
        '   "applied_at" TEXT\n'
        ")",
    ),
    (
        1,
        "index",
        "idx__sqlite_migrations_migration_set_name",
        "_sqlite_migrations",
        'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"\n'
        '    ON "_sqlite_migrations" ("migration_set", "name")',
    ),
    (
        1,
        "table",
        "workshops",
        "workshops",
        'CREATE TABLE "workshops" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "title" TEXT NOT NULL,\n'
        '   "date" TEXT,\n'
        '   "place" TEXT,\n'
        '   "organisations" TEXT,\n'
        '   "facilitator" TEXT,\n'
        '   "purpose" TEXT,\n'
        '   "participants" INTEGER,\n'
        "   \"language\" TEXT DEFAULT 'sv',\n"
        '   "template_name" TEXT,\n'
        '   "hidden_round" INTEGER DEFAULT 0,\n'
        '   "position" INTEGER DEFAULT 0,\n'
        '   "created_at" TEXT NOT NULL,\n'
        '   "updated_at" TEXT NOT NULL\n'
        ")",
    ),
    (1, "index", "sqlite_autoindex_workshops_1", "workshops", None),
    (
        1,
        "table",
        "focus_areas",
        "focus_areas",
        'CREATE TABLE "focus_areas" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "workshop_id" TEXT NOT NULL REFERENCES "workshops"("id"),\n'
        '   "name" TEXT NOT NULL,\n'
        '   "description" TEXT,\n'
        '   "colour" TEXT,\n'
        '   "position" INTEGER NOT NULL\n'
        ")",
    ),
    (1, "index", "sqlite_autoindex_focus_areas_1", "focus_areas", None),
    (
        1,
        "table",
        "categories",
        "categories",
        'CREATE TABLE "categories" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "workshop_id" TEXT NOT NULL REFERENCES "workshops"("id"),\n'
        '   "key" TEXT NOT NULL,\n'
        '   "name" TEXT NOT NULL,\n'
        '   "colour" TEXT,\n'
        '   "icon" TEXT,\n'
        '   "question" TEXT,\n'
        '   "position" INTEGER NOT NULL\n'
        ")",
    ),
    (1, "index", "sqlite_autoindex_categories_1", "categories", None),
    (
        1,
        "table",
        "themes",
        "themes",
        'CREATE TABLE "themes" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "workshop_id" TEXT NOT NULL REFERENCES "workshops"("id"),\n'
        '   "focus_area_id" TEXT NOT NULL REFERENCES "focus_areas"("id"),\n'
        '   "category_id" TEXT NOT NULL REFERENCES "categories"("id"),\n'
        '   "title" TEXT NOT NULL,\n'
        '   "summary" TEXT,\n'
        '   "origin" TEXT NOT NULL,\n'
        '   "keywords" TEXT,\n'
        '   "position" INTEGER,\n'
        '   "created_at" TEXT,\n'
        '   "updated_at" TEXT,\n'
        '   "deleted_at" TEXT\n'
        ")",
    ),
    (1, "index", "sqlite_autoindex_themes_1", "themes", None),
    (
        1,
        "table",
        "notes",
        "notes",
        _NOTES_V1,
    ),
    (1, "index", "sqlite_autoindex_notes_1", "notes", None),
    (
        1,
        "table",
        "conclusions",
        "conclusions",
        'CREATE TABLE "conclusions" (\n'
        '   "workshop_id" TEXT REFERENCES "workshops"("id"),\n'
        '   "focus_area_id" TEXT REFERENCES "focus_areas"("id"),\n'
        '   "text" TEXT,\n'
        '   "updated_at" TEXT,\n'
        '   PRIMARY KEY ("workshop_id", "focus_area_id")\n'
        ")",
    ),
    (1, "index", "sqlite_autoindex_conclusions_1", "conclusions", None),
    (
        1,
        "index",
        "idx_focus_areas_workshop_id",
        "focus_areas",
        'CREATE INDEX "idx_focus_areas_workshop_id"\n    ON "focus_areas" ("workshop_id")',
    ),
    (
        1,
        "index",
        "idx_categories_workshop_id",
        "categories",
        'CREATE INDEX "idx_categories_workshop_id"\n    ON "categories" ("workshop_id")',
    ),
    (
        1,
        "index",
        "idx_themes_workshop_id",
        "themes",
        'CREATE INDEX "idx_themes_workshop_id"\n    ON "themes" ("workshop_id")',
    ),
    (
        1,
        "index",
        "idx_notes_workshop_id",
        "notes",
        'CREATE INDEX "idx_notes_workshop_id"\n    ON "notes" ("workshop_id")',
    ),
    (1, "index", "idx_notes_theme_id", "notes", 'CREATE INDEX "idx_notes_theme_id"\n    ON "notes" ("theme_id")'),
    (
        2,
        "table",
        "settings",
        "settings",
        'CREATE TABLE "settings" (\n   "key" TEXT PRIMARY KEY,\n   "value" TEXT NOT NULL\n)',
    ),
    (2, "index", "sqlite_autoindex_settings_1", "settings", None),
    (
        3,
        "index",
        "idx_notes_workshop_live",
        "notes",
        'CREATE INDEX "idx_notes_workshop_live"\n    ON "notes" ("workshop_id", "deleted_at")',
    ),
    # version 4 adds a column to notes: the table's SQL as ALTER TABLE leaves it
    (
        4,
        "table",
        "notes",
        "notes",
        _NOTES_V1[:-1] + ', "request_id" TEXT)',
    ),
    (
        4,
        "index",
        "idx_notes_request",
        "notes",
        'CREATE UNIQUE INDEX "idx_notes_request"\n    ON "notes" ("workshop_id", "request_id")',
    ),
    # version 5: dot voting
    (
        5,
        "table",
        "vote_rounds",
        "vote_rounds",
        'CREATE TABLE "vote_rounds" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "workshop_id" TEXT NOT NULL REFERENCES "workshops"("id"),\n'
        '   "focus_area_id" TEXT,\n'
        '   "dots_per_person" INTEGER NOT NULL,\n'
        '   "max_per_theme" INTEGER NOT NULL,\n'
        '   "revealed" INTEGER DEFAULT 0,\n'
        '   "extra_voters" INTEGER DEFAULT 0,\n'
        '   "started_at" TEXT NOT NULL,\n'
        '   "ended_at" TEXT,\n'
        '   "deleted_at" TEXT\n'
        ")",
    ),
    (5, "index", "sqlite_autoindex_vote_rounds_1", "vote_rounds", None),
    (
        5,
        "table",
        "votes",
        "votes",
        'CREATE TABLE "votes" (\n'
        '   "id" TEXT PRIMARY KEY,\n'
        '   "round_id" TEXT NOT NULL REFERENCES "vote_rounds"("id"),\n'
        '   "theme_id" TEXT NOT NULL,\n'
        '   "voter" TEXT NOT NULL,\n'
        '   "request_id" TEXT,\n'
        '   "created_at" TEXT NOT NULL,\n'
        '   "removed_at" TEXT,\n'
        '   "removed_request_id" TEXT\n'
        ")",
    ),
    (5, "index", "sqlite_autoindex_votes_1", "votes", None),
    (
        5,
        "index",
        "idx_vote_rounds_workshop_id",
        "vote_rounds",
        'CREATE INDEX "idx_vote_rounds_workshop_id"\n    ON "vote_rounds" ("workshop_id")',
    ),
    (
        5,
        "index",
        "idx_votes_round_id_voter",
        "votes",
        'CREATE INDEX "idx_votes_round_id_voter"\n    ON "votes" ("round_id", "voter")',
    ),
    (
        5,
        "index",
        "idx_votes_request",
        "votes",
        'CREATE UNIQUE INDEX "idx_votes_request"\n    ON "votes" ("round_id", "request_id")',
    ),
    (
        5,
        "index",
        "idx_votes_removal",
        "votes",
        'CREATE UNIQUE INDEX "idx_votes_removal"\n    ON "votes" ("round_id", "removed_request_id")',
    ),
)

_KIND_ORDER = {"trigger": 0, "view": 1, "table": 2, "index": 3}

_MIGRATIONS_TABLE = {"_sqlite_migrations", "idx__sqlite_migrations_migration_set_name"}

SQLITE_STATISTICS = ("sqlite_stat1", "sqlite_stat4")
"""Tables SQLite itself makes on ``ANALYZE``: plain numbers for the query planner, never code."""

CHECK_STEP_LIMIT = 200_000_000
"""Virtual-machine steps a check may take: the integrity check of a 100,000-note project (40 MB)
takes about 2.3 million (0.1 s), so only a file of several million notes comes near; past it the
check stops (after some 8 s), so no file can keep the app busy for ever while it is checked."""

_TOKEN_PATTERN = (
    r"""\s+|--[^\n]*|/\*.*?(?:\*/|$)|'(?:[^']|'')*'|"(?:[^"]|"")*"|\[[^\]]*\]|`(?:[^`]|``)*`"""
    r"""|[A-Za-z_\x80-\U0010ffff][A-Za-z0-9_$\x80-\U0010ffff]*|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\S"""
)


def normalise_sql(sql: str | None) -> str | None:
    """The SQL as a string of tokens, so that quoting style, case and spacing do not matter.

    Quoted identifiers lose their quotes (``"notes"``, ``[notes]`` and ``notes`` are the same);
    string literals are kept exactly; comments go.
    """
    if sql is None:
        return None
    tokens = []
    for match in re.finditer(_TOKEN_PATTERN, sql, re.S):  # compiled on first use: start-up stays fast
        token = match.group()
        first = token[0]
        if first.isspace() or token.startswith(("--", "/*")):
            continue
        if first == '"':
            token = token[1:-1].replace('""', '"').casefold()
        elif first == "`":
            token = token[1:-1].replace("``", "`").casefold()
        elif first == "[":
            token = token[1:-1].casefold()
        elif first != "'":
            token = token.casefold()
        tokens.append(token)
    return " ".join(tokens)


def expected_objects(version: int) -> dict[str, tuple[str, str, str | None]]:
    """name -> (type, table, SQL) of every object a file of ``version`` has."""
    if version <= 0:
        return {}
    return {name: (kind, table, sql) for since, kind, name, table, sql in EXPECTED_OBJECTS if since <= version}


def verify_schema(conn: sqlite3.Connection, path: Path, version: int, newest: int) -> None:
    """Refuse the file unless its schema is exactly what this app creates.

    Reads ``sqlite_master`` only. A file whose ``user_version`` lags behind (a migration that was
    interrupted before the version was written) may have the objects of any later version.

    Raises:
        UnexpectedSchemaError: an object the app did not create, or one that was changed.
        IncompleteProjectError: a table, column or index is missing.
    """
    found = {
        name: (kind, table, sql)
        for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
        if name not in SQLITE_STATISTICS
    }
    candidates = range(max(version, 0), newest + 1)
    if any(found == expected_objects(v) for v in candidates):
        return  # the usual case: SQL exactly as this app writes it
    # SQL written by another version of sqlite-utils may quote or space differently
    found = _normalised(found)
    if any(found == _normalised(expected_objects(v)) for v in candidates):
        return
    first = _normalised(expected_objects(1))
    if version == 0 and set(found) <= _MIGRATIONS_TABLE and all(found[n] == first[n] for n in found):
        return  # a new file whose first migration was interrupted (before files were made whole)
    _explain(conn, path, found, _normalised(expected_objects(max(version, 1))))


def _normalised(objects: dict[str, tuple[str, str, str | None]]) -> dict[str, tuple[str, str, str | None]]:
    return {name: (kind, table, normalise_sql(sql)) for name, (kind, table, sql) in objects.items()}


def _explain(conn, path: Path, found: dict, expected: dict) -> None:
    """Raise the error that names what differs between ``found`` and ``expected``.

    Objects that run code (triggers, views) are named first: they are what an attacker adds.
    """
    foreign = []
    for name, (kind, _table, _sql) in found.items():
        want_kind = expected.get(name, (None,))[0]
        if want_kind is None:
            if name.startswith("sqlite_autoindex_"):
                continue  # SQLite's own index of a foreign table, which is named already
            foreign.append((_KIND_ORDER.get(kind, 9), f"{kind} {name!r}"))
        elif kind != want_kind:
            foreign.append((_KIND_ORDER.get(kind, 9), f"{kind} {name!r} in place of the {want_kind}"))
    if foreign:
        named = [text for _order, text in sorted(foreign)]
        more = f" and {len(named) - 3} more" if len(named) > 3 else ""
        raise UnexpectedSchemaError(path, ", ".join(named[:3]) + more)
    for name, (kind, _table, _sql) in expected.items():
        if name not in found:
            raise IncompleteProjectError(path, f"the {kind} {name!r} is missing")
    for name, (kind, table, sql) in expected.items():
        if found[name] == (kind, table, sql):
            continue
        if kind == "table":
            have, want = _file_columns(conn, name), _sql_columns(sql, name)
            missing = [c for c in want if c not in have]
            if missing:
                raise IncompleteProjectError(path, f"the table {name!r} has no column {missing[0]!r}")
            extra = [c for c in have if c not in want]
            if extra:
                raise UnexpectedSchemaError(path, f"column {extra[0]!r} in the table {name!r}")
        raise UnexpectedSchemaError(path, f"a changed {kind} {name!r}")


def _file_columns(conn: sqlite3.Connection, name: str) -> list[str]:
    quoted = name.replace('"', '""')
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{quoted}")')]


def _sql_columns(sql: str, name: str) -> list[str]:
    """The columns that the (expected, trusted) ``sql`` creates, read from a scratch database."""
    scratch = sqlite3.connect(":memory:")
    try:
        scratch.execute(sql)
        return _file_columns(scratch, name)
    finally:
        scratch.close()


class StepLimit:
    """A progress handler that stops any statement on ``conn`` after ``limit`` VM steps.

    Use as a context manager around the checks of a file that has not been trusted yet.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, limit: int = CHECK_STEP_LIMIT, every: int = 10_000):
        self.conn = conn
        self.path = path
        self.calls_left = max(1, limit // every)
        self.every = every
        self.stopped = False

    def _tick(self) -> int:
        self.calls_left -= 1
        if self.calls_left <= 0:
            self.stopped = True
            return 1
        return 0

    def __enter__(self) -> "StepLimit":
        self.conn.set_progress_handler(self._tick, self.every)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.conn.set_progress_handler(None, 0)
        if self.stopped and isinstance(exc, sqlite3.OperationalError):
            raise ProjectCheckTooLongError(self.path) from exc
