"""The app's own JSON: complete and lossless, and the way workshops move between laptops.

``{"format": "workshop-app", "version": 1, "workshops": [...]}``; each workshop carries its
metadata, focus areas, categories, conclusions, themes and notes (soft-deleted notes included,
with ``deleted_at``). Import merges by id: importing the same file twice adds nothing. Each
theme has ``votes``, its dots in the current voting round, and ``voting`` tells how the vote was
done; voters' tokens never leave the project file.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import Workshop
from workshop_app.exchange.errors import ImportFileError
from workshop_app.exchange.json_check import check_document, fit_ids, parse_json
from workshop_app.storage.project import Project

log = logging.getLogger(__name__)

FORMAT = "workshop-app"
VERSION = 1


def workshop_to_dict(project: Project, workshop: Workshop) -> dict[str, Any]:
    areas = project.workshops.focus_areas(workshop.id)
    categories = project.workshops.categories(workshop.id)
    questions = project.workshops.category_questions(workshop.id)
    area_names = {a.id: a.name for a in areas}
    category_names = {c.id: c.name for c in categories}
    votes = project.votes.theme_votes(workshop.id)
    return {
        "id": workshop.id,
        "title": workshop.title,
        "date": workshop.date,
        "place": workshop.place,
        "organisations": list(workshop.organisations),
        "facilitator": workshop.facilitator,
        "purpose": workshop.purpose,
        "participants": workshop.participants,
        "language": workshop.language,
        "template_name": workshop.template_name,
        "hidden_round": workshop.hidden_round,
        "created_at": workshop.created_at,
        "updated_at": workshop.updated_at,
        "focus_areas": [
            {"id": a.id, "name": a.name, "description": a.description, "colour": a.colour, "position": a.position}
            for a in areas
        ],
        "categories": [
            {
                "id": c.id,
                "key": c.key,
                "name": c.name,
                "colour": c.colour,
                "icon": c.icon,
                "question": questions.get(c.id, ""),
                "position": c.position,
            }
            for c in categories
        ],
        "conclusions": [
            {"focus_area_id": area_id, "focus_area": area_names.get(area_id, ""), "text": text}
            for area_id, text in project.workshops.conclusions(workshop.id).items()
        ],
        "themes": [
            {
                "id": t.id,
                "focus_area_id": t.focus_area_id,
                "focus_area": area_names.get(t.focus_area_id, ""),
                "category_id": t.category_id,
                "category": category_names.get(t.category_id, ""),
                "title": t.title,
                "summary": t.summary,
                "origin": t.origin,
                "keywords": list(t.keywords),
                "position": t.position,
                "created_at": t.created_at,
                "updated_at": t.updated_at,
                "votes": votes.get(t.id, 0),
            }
            for t in project.themes.list(workshop.id)
        ],
        "voting": voting_to_dict(project, workshop.id),
        "notes": [
            {
                "id": n.id,
                "focus_area_id": n.focus_area_id,
                "focus_area": area_names.get(n.focus_area_id, ""),
                "category_id": n.category_id,
                "category": category_names.get(n.category_id, ""),
                "text": n.text,
                "group": n.group_name,
                "author": n.author,
                "colour": n.colour,
                "x": n.x,
                "y": n.y,
                "theme_id": n.theme_id,
                "hidden": n.hidden,
                "created_at": n.created_at,
                "updated_at": n.updated_at,
                "deleted_at": n.deleted_at,
            }
            for n in project.notes.list(workshop.id, include_deleted=True)
        ],
    }


def voting_to_dict(project: Project, workshop_id: str) -> dict[str, Any] | None:
    """How the current round was done, without any voter's token (None without a round)."""
    round_ = project.votes.current(workshop_id)
    if round_ is None:
        return None
    return {
        "focus_area_id": round_.focus_area_id,
        "dots_per_person": round_.dots_per_person,
        "max_per_theme": round_.max_per_theme,
        "voters": project.votes.voters(round_),
        "revealed": round_.revealed,
        "started_at": round_.started_at,
        "ended_at": round_.ended_at,
    }


def export_dict(project: Project, workshops: list[Workshop]) -> dict[str, Any]:
    from workshop_app.version import app_version

    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": app_version(),
        "workshops": [workshop_to_dict(project, w) for w in workshops],
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def load_json_file(path: Path) -> dict[str, Any]:
    """Read and check a whole export (see ``json_check``); raises ImportFileError."""
    from workshop_app.exchange.textfile import read_text

    data = parse_json(path, read_text(path))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFileError(path, 'is not a workshop export (its "format" is not "workshop-app").')
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ImportFileError(
            path, f"was written by a newer version of the app (format version {version}); update the app."
        )
    check_document(path, data)
    return data


def import_dict(
    project: Project, data: dict[str, Any], source: Path, titles: list[str] | None = None
) -> list[tuple[Workshop, int]]:
    """Merge the workshops of an export into ``project`` by id, in one transaction: all or nothing.

    The whole document is checked first; ids that another workshop uses are given new ones
    (``json_check.fit_ids``). Returns each workshop with the number of notes that were new.
    """
    from workshop_app.storage.merge import merge_workshop, owners

    check_document(source, data)
    wanted = {t.casefold() for t in titles or ()}
    chosen = {**data, "workshops": [w for w in data["workshops"] if not wanted or w["title"].casefold() in wanted]}
    if wanted and not chosen["workshops"]:
        raise ImportFileError(source, f"has no workshop called {', '.join(titles or ())}.")
    results = []
    with project.transaction():
        try:
            fitted, renewed = fit_ids(chosen, lambda kind, ids: owners(project, kind, ids))
        except ValueError as exc:
            raise ImportFileError(source, f"{exc}; nothing was imported.") from exc
        if renewed:
            log.info("%s: %d ids used by other workshops were given new ids", source, renewed)
        for index, item in enumerate(fitted["workshops"]):
            try:
                results.append(merge_workshop(project, item))
            except ValidationError as exc:
                raise ImportFileError(source, f"workshops[{index}]: {exc}") from exc
    return results


def export_json(project: Project, workshops: list[Workshop]) -> str:
    return dumps(export_dict(project, workshops))
