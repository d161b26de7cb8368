"""Check a project file's schema against what this app created, before any query reads a table.

A project file may come from anyone (by e-mail or on a USB stick), and SQLite runs whatever a
file's schema holds: a trigger fires on our own INSERT, a view in place of ``notes`` runs on our
own SELECT, and a recursive view never ends. So every connection reads ``sqlite_master`` first
(which runs nothing) and compares it with the objects the migrations create up to the file's
version; a file with anything else, or with anything missing or changed, is refused.

The expected objects are kept here as data, so the check needs nothing but the standard library
and costs well under a millisecond (``workshop-app list`` must start about as fast as Python).
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

# (first version that has it, type, name, table, normalised SQL; None for SQLite's own indexes)
EXPECTED_OBJECTS: tuple[tuple[int, str, str, str, str | None], ...] = (
    (1, "table", "_sqlite_migrations", "_sqlite_migrations",
     "create table _sqlite_migrations ( id integer primary key , migration_set text , name text ,"
     " applied_at text )"),
    (1, "index", "idx__sqlite_migrations_migration_set_name", "_sqlite_migrations",
     "create unique index idx__sqlite_migrations_migration_set_name on _sqlite_migrations"
     " ( migration_set , name )"),
    (1, "table", "workshops", "workshops",
     "create table workshops ( id text primary key , title text not null , date text , place text ,"
     " organisations text , facilitator text , purpose text , participants integer ,"
     " language text default 'sv' , template_name text , hidden_round integer default 0 ,"
     " position integer default 0 , created_at text not null , updated_at text not null )"),
    (1, "index", "sqlite_autoindex_workshops_1", "workshops", None),
    (1, "table", "focus_areas", "focus_areas",
     "create table focus_areas ( id text primary key , workshop_id text not null references"
     " workshops ( id ) , name text not null , description text , colour text ,"
     " position integer not null )"),
    (1, "index", "sqlite_autoindex_focus_areas_1", "focus_areas", None),
    (1, "table", "categories", "categories",
     "create table categories ( id text primary key , workshop_id text not null references"
     " workshops ( id ) , key text not null , name text not null , colour text , icon text ,"
     " question text , position integer not null )"),
    (1, "index", "sqlite_autoindex_categories_1", "categories", None),
    (1, "table", "themes", "themes",
     "create table themes ( id text primary key , workshop_id text not null references"
     " workshops ( id ) , focus_area_id text not null references focus_areas ( id ) ,"
     " category_id text not null references categories ( id ) , title text not null ,"
     " summary text , origin text not null , keywords text , position integer ,"
     " created_at text , updated_at text , deleted_at text )"),
    (1, "index", "sqlite_autoindex_themes_1", "themes", None),
    (1, "table", "notes", "notes",
     "create table notes ( id text primary key , workshop_id text not null references"
     " workshops ( id ) , focus_area_id text not null references focus_areas ( id ) ,"
     " category_id text not null references categories ( id ) , text text not null ,"
     " group_name text default '' , author text default '' , colour text default '' ,"
     " x real , y real , theme_id text references themes ( id ) , hidden integer default 0 ,"
     " created_at text not null , updated_at text , deleted_at text )"),
    (1, "index", "sqlite_autoindex_notes_1", "notes", None),
    (1, "table", "conclusions", "conclusions",
     "create table conclusions ( workshop_id text references workshops ( id ) ,"
     " focus_area_id text references focus_areas ( id ) , text text , updated_at text ,"
     " primary key ( workshop_id , focus_area_id ) )"),
    (1, "index", "sqlite_autoindex_conclusions_1", "conclusions", None),
    (1, "index", "idx_focus_areas_workshop_id", "focus_areas",
     "create index idx_focus_areas_workshop_id on focus_areas ( workshop_id )"),
    (1, "index", "idx_categories_workshop_id", "categories",
     "create index idx_categories_workshop_id on categories ( workshop_id )"),
    (1, "index", "idx_themes_workshop_id", "themes",
     "create index idx_themes_workshop_id on themes ( workshop_id )"),
    (1, "index", "idx_notes_workshop_id", "notes",
     "create index idx_notes_workshop_id on notes ( workshop_id )"),
    (1, "index", "idx_notes_theme_id", "notes", "create index idx_notes_theme_id on notes ( theme_id )"),
    (2, "table", "settings", "settings",
     "create table settings ( key text primary key , value text not null )"),
    (2, "index", "sqlite_autoindex_settings_1", "settings", None),
    (3, "index", "idx_notes_workshop_live", "notes",
     "create index idx_notes_workshop_live on notes ( workshop_id , deleted_at )"),
)

_KIND_ORDER = {"trigger": 0, "view": 1, "table": 2, "index": 3}

_MIGRATIONS_TABLE = {"_sqlite_migrations", "idx__sqlite_migrations_migration_set_name"}

SQLITE_STATISTICS = ("sqlite_stat1", "sqlite_stat4")
"""Tables SQLite itself makes on ``ANALYZE``: plain numbers for the query planner, never code."""

CHECK_STEP_LIMIT = 20_000_000
"""Virtual-machine steps a check may take (a 100,000-note file's integrity check takes about
2 million); past it the check is stopped, so no crafted file can keep the app busy for ever."""

_TOKEN = re.compile(
    r"""\s+|--[^\n]*|/\*.*?(?:\*/|$)|'(?:[^']|'')*'|"(?:[^"]|"")*"|\[[^\]]*\]|`(?:[^`]|``)*`"""
    r"""|[A-Za-z_\x80-\U0010ffff][A-Za-z0-9_$\x80-\U0010ffff]*|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\S""",
    re.S,
)


def normalise_sql(sql: str | None) -> str | None:
    """The SQL as a string of tokens, so that quoting style, case and spacing do not matter.

    Quoted identifiers lose their quotes (``"notes"``, ``[notes]`` and ``notes`` are the same);
    string literals are kept exactly; comments go.
    """
    if sql is None:
        return None
    tokens = []
    for match in _TOKEN.finditer(sql):
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
    """name -> (type, table, normalised SQL) of every object a file of ``version`` has."""
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
        name: (kind, table, normalise_sql(sql))
        for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
        if name not in SQLITE_STATISTICS
    }
    for candidate in range(max(version, 0), newest + 1):
        if found == expected_objects(candidate):
            return
    if version == 0 and set(found) <= _MIGRATIONS_TABLE and found == {
        name: objects for name, objects in expected_objects(1).items() if name in found
    }:
        return  # a new file whose first migration was interrupted (before files were made whole)
    _explain(conn, path, found, expected_objects(max(version, 1)))


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
