"""The project file's schema, as an ordered list of migrations.

Each migration runs in one transaction (sqlite-utils ``Migrations``) and ``PRAGMA user_version``
follows the number applied, so ``fileinfo`` can refuse a newer file without loading this module.
Never edit a released migration: add a new one, and a test that upgrades a hand-built old file.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from workshop_app.storage.fileinfo import SCHEMA_VERSION

migrations = Migrations("workshop_app")


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    db["workshops"].create(
        {
            "id": str,
            "title": str,
            "date": str,
            "place": str,
            "organisations": str,  # JSON list of names
            "facilitator": str,
            "purpose": str,
            "participants": int,
            "language": str,
            "template_name": str,
            "hidden_round": int,
            "position": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"title", "created_at", "updated_at"},
        defaults={"language": "sv", "hidden_round": 0, "position": 0},
    )
    db["focus_areas"].create(
        {
            "id": str,
            "workshop_id": str,
            "name": str,
            "description": str,
            "colour": str,
            "position": int,
        },
        pk="id",
        not_null={"workshop_id", "name", "position"},
        foreign_keys=[("workshop_id", "workshops", "id")],
    )
    db["categories"].create(
        {
            "id": str,
            "workshop_id": str,
            "key": str,
            "name": str,
            "colour": str,
            "icon": str,
            "question": str,
            "position": int,
        },
        pk="id",
        not_null={"workshop_id", "key", "name", "position"},
        foreign_keys=[("workshop_id", "workshops", "id")],
    )
    db["themes"].create(
        {
            "id": str,
            "workshop_id": str,
            "focus_area_id": str,
            "category_id": str,
            "title": str,
            "summary": str,
            "origin": str,  # "auto" (proposed by clustering) or "facilitator"
            "keywords": str,  # JSON list
            "position": int,
            "created_at": str,
            "updated_at": str,
            "deleted_at": str,
        },
        pk="id",
        not_null={"workshop_id", "focus_area_id", "category_id", "title", "origin"},
        foreign_keys=[
            ("workshop_id", "workshops", "id"),
            ("focus_area_id", "focus_areas", "id"),
            ("category_id", "categories", "id"),
        ],
    )
    db["notes"].create(
        {
            "id": str,
            "workshop_id": str,
            "focus_area_id": str,
            "category_id": str,
            "text": str,
            "group_name": str,
            "author": str,
            "colour": str,
            "x": float,
            "y": float,
            "theme_id": str,
            "hidden": int,
            "created_at": str,
            "updated_at": str,
            "deleted_at": str,
        },
        pk="id",
        not_null={"workshop_id", "focus_area_id", "category_id", "text", "created_at"},
        defaults={"hidden": 0, "group_name": "", "author": "", "colour": ""},
        foreign_keys=[
            ("workshop_id", "workshops", "id"),
            ("focus_area_id", "focus_areas", "id"),
            ("category_id", "categories", "id"),
            ("theme_id", "themes", "id"),
        ],
    )
    db["conclusions"].create(
        {"workshop_id": str, "focus_area_id": str, "text": str, "updated_at": str},
        pk=("workshop_id", "focus_area_id"),
        foreign_keys=[
            ("workshop_id", "workshops", "id"),
            ("focus_area_id", "focus_areas", "id"),
        ],
    )
    db["focus_areas"].create_index(["workshop_id"])
    db["categories"].create_index(["workshop_id"])
    db["themes"].create_index(["workshop_id"])
    db["notes"].create_index(["workshop_id"])
    db["notes"].create_index(["theme_id"])


@migrations(name="0002_settings")
def _settings(db: Database) -> None:
    """Project-wide settings, such as the report's title page and facilitator-written chapters."""
    db["settings"].create({"key": str, "value": str}, pk="key", not_null={"value"})


@migrations(name="0003_live_notes_index")
def _live_notes_index(db: Database) -> None:
    """Counting a workshop's notes that are not deleted reads this index alone (``list``, the board)."""
    db["notes"].create_index(["workshop_id", "deleted_at"], index_name="idx_notes_workshop_live")


@migrations(name="0004_note_request_ids")
def _note_request_ids(db: Database) -> None:
    """The client-made id of a note posted from a phone, so that a retried post stores nothing new.

    Unique per workshop; notes typed at the shared screen or imported leave it empty (NULLs never
    collide in a unique index).
    """
    db["notes"].add_column("request_id", str)
    db["notes"].create_index(["workshop_id", "request_id"], index_name="idx_notes_request", unique=True)


@migrations(name="0005_votes")
def _votes(db: Database) -> None:
    """Dot voting: a workshop's rounds (the newest not deleted is the current one) and their dots.

    A dot is one row; removing it stamps ``removed_at`` (so undo brings the same dot back). The
    phone's ``request_id`` of an add, and of a remove in ``removed_request_id``, are unique per
    round, so a retried request changes nothing. ``voter`` (a phone's token) never leaves the file;
    totals count only dots on themes that exist.
    """
    db["vote_rounds"].create(
        {
            "id": str,
            "workshop_id": str,
            "focus_area_id": str,
            "dots_per_person": int,
            "max_per_theme": int,
            "revealed": int,
            "extra_voters": int,
            "started_at": str,
            "ended_at": str,
            "deleted_at": str,
        },
        pk="id",
        not_null={"workshop_id", "dots_per_person", "max_per_theme", "started_at"},
        defaults={"revealed": 0, "extra_voters": 0},
        foreign_keys=[("workshop_id", "workshops", "id")],
    )
    db["votes"].create(
        {
            "id": str,
            "round_id": str,
            "theme_id": str,
            "voter": str,
            "request_id": str,
            "created_at": str,
            "removed_at": str,
            "removed_request_id": str,
        },
        pk="id",
        not_null={"round_id", "theme_id", "voter", "created_at"},
        # no foreign key to themes: clustering replaces themes by deleting them, and its undo
        # brings them back with the same ids, so their dots are kept and count again
        foreign_keys=[("round_id", "vote_rounds", "id")],
    )
    db["vote_rounds"].create_index(["workshop_id"])
    db["votes"].create_index(["round_id", "voter"])
    db["votes"].create_index(["round_id", "request_id"], index_name="idx_votes_request", unique=True)
    db["votes"].create_index(["round_id", "removed_request_id"], index_name="idx_votes_removal", unique=True)


def apply_migrations(db: Database) -> None:
    """Bring the file up to ``SCHEMA_VERSION``, one transaction per migration.

    ``user_version`` is derived from the migrations recorded as applied, so an interruption
    between a step and the pragma is mended at the next open.
    """
    migrations.apply(db)
    version = len(migrations.applied(db))
    if version > SCHEMA_VERSION:  # pragma: no cover - guarded by fileinfo before we get here
        raise RuntimeError("more migrations applied than this build knows")
    db.execute(f"PRAGMA user_version = {int(version)}")
    db.conn.commit()
