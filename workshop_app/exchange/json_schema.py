"""The app's JSON export described as a JSON Schema (draft 2020-12).

One declarative description of the exchange format: ``json_check`` validates every file against
it before anything is written, and another municipality's tool can validate against the same
description (``workshop-app`` writes files that satisfy it; fields it does not know are allowed,
so a newer minor version still imports).
"""

from __future__ import annotations

from workshop_app.domain.model import CATEGORY_KEYS
from workshop_app.domain.rules import MAX_NOTE_LENGTH

BIGGEST_POSITION = 2**53
"""Positions and coordinates stay within what a double holds exactly (and far from SQLite's
64-bit limit), so a number from a file can never overflow on the way in."""

MAX_PARTICIPANTS = 1_000_000
MAX_VOTES = 100_000
"""The most dots a workshop's themes may hold together in a file (each dot is a row on import)."""

_ID = {"type": "string", "minLength": 1, "maxLength": 200}
_NAME = {"type": "string", "pattern": r"\S", "maxLength": 1_000}
_TEXT = {"type": ["string", "null"], "maxLength": 100_000}
_STAMP = {"type": ["string", "null"], "maxLength": 64}
_POSITION = {"type": "integer", "minimum": -BIGGEST_POSITION, "maximum": BIGGEST_POSITION}
_COORDINATE = {"type": ["number", "null"], "minimum": -BIGGEST_POSITION, "maximum": BIGGEST_POSITION}
_FLAG = {"enum": [True, False, 0, 1, None]}
_WORDS = {"type": ["array", "null"], "items": {"type": "string", "maxLength": 1_000}, "maxItems": 1_000}

FOCUS_AREA = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {"id": _ID, "name": _NAME, "description": _TEXT, "colour": _STAMP, "position": _POSITION},
}

CATEGORY = {
    "type": "object",
    "required": ["id", "key", "name"],
    "properties": {
        "id": _ID,
        "key": {"enum": list(CATEGORY_KEYS)},
        "name": _NAME,
        "colour": _STAMP,
        "icon": _TEXT,
        "question": _TEXT,
        "position": _POSITION,
    },
}

CONCLUSION = {
    "type": "object",
    "required": ["focus_area_id"],
    "properties": {"focus_area_id": _ID, "text": _TEXT},
}

THEME = {
    "type": "object",
    "required": ["id", "focus_area_id", "category_id", "title"],
    "properties": {
        "id": _ID,
        "focus_area_id": _ID,
        "category_id": _ID,
        "title": _NAME,
        "summary": _TEXT,
        "origin": {"enum": ["auto", "facilitator", None]},
        "keywords": _WORDS,
        "position": {**_POSITION, "type": ["integer", "null"]},
        "created_at": _STAMP,
        "updated_at": _STAMP,
        "votes": {"type": ["integer", "null"], "minimum": 0, "maximum": MAX_VOTES},
    },
}

VOTING = {
    "type": ["object", "null"],
    "description": "How the workshop's dot vote was done; each theme's total is its \"votes\".",
    "properties": {
        "focus_area_id": {"type": ["string", "null"], "minLength": 1, "maxLength": 200},
        "dots_per_person": {"type": "integer", "minimum": 1, "maximum": 99},
        "max_per_theme": {"type": "integer", "minimum": 1, "maximum": 99},
        "voters": {"type": "integer", "minimum": 0, "maximum": MAX_PARTICIPANTS},
        "revealed": _FLAG,
        "started_at": _STAMP,
        "ended_at": _STAMP,
    },
}

NOTE = {
    "type": "object",
    "required": ["id", "focus_area_id", "category_id", "text", "created_at"],
    "properties": {
        "id": _ID,
        "focus_area_id": _ID,
        "category_id": _ID,
        "text": {"type": "string", "pattern": r"\S", "maxLength": MAX_NOTE_LENGTH},
        "group": _TEXT,
        "author": _TEXT,
        "colour": _STAMP,
        "x": _COORDINATE,
        "y": _COORDINATE,
        "theme_id": {"type": ["string", "null"], "minLength": 1, "maxLength": 200},
        "hidden": _FLAG,
        "created_at": {"type": "string", "minLength": 1, "maxLength": 64},
        "updated_at": _STAMP,
        "deleted_at": _STAMP,
    },
}

WORKSHOP = {
    "type": "object",
    "required": ["id", "title", "created_at", "focus_areas", "categories", "notes"],
    "properties": {
        "id": _ID,
        "title": _NAME,
        "date": _STAMP,
        "place": _TEXT,
        "organisations": {"type": ["array", "null"], "items": _NAME, "maxItems": 1_000},
        "facilitator": _TEXT,
        "purpose": _TEXT,
        "participants": {"type": ["integer", "null"], "minimum": 0, "maximum": MAX_PARTICIPANTS},
        "language": {"enum": ["sv", "en", "", None]},
        "template_name": _TEXT,
        "hidden_round": _FLAG,
        "created_at": {"type": "string", "minLength": 1, "maxLength": 64},
        "updated_at": _STAMP,
        "focus_areas": {"type": "array", "items": FOCUS_AREA, "maxItems": 1_000},
        "categories": {"type": "array", "items": CATEGORY, "maxItems": 100},
        "conclusions": {"type": "array", "items": CONCLUSION, "maxItems": 1_000},
        "themes": {"type": "array", "items": THEME, "maxItems": 100_000},
        "notes": {"type": "array", "items": NOTE, "maxItems": 1_000_000},
        "voting": VOTING,
    },
}

EXPORT = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Workshoptavlan export",
    "type": "object",
    "required": ["format", "version", "workshops"],
    "properties": {
        "format": {"const": "workshop-app"},
        "version": {"type": "integer", "minimum": 1},
        "workshops": {"type": "array", "items": WORKSHOP, "maxItems": 10_000},
    },
}
