"""Templates: the focus areas and kinds of note a new workshop starts from.

Templates are data (JSON files in ``resources/templates``); a workshop gets a copy, so renaming an
area in one workshop never changes another.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.model import CATEGORY_KEYS


@dataclass(frozen=True, slots=True)
class FocusAreaSpec:
    name: str
    description: str = ""
    colour: str = "#9e9e9e"


@dataclass(frozen=True, slots=True)
class CategorySpec:
    key: str
    name: str
    colour: str
    icon: str = ""
    question: str = ""


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    title: str
    language: str
    focus_areas: tuple[FocusAreaSpec, ...]
    categories: tuple[CategorySpec, ...]

    @classmethod
    def from_dict(cls, data: dict) -> "Template":
        """Build a template from its JSON form, refusing one that lacks areas or categories."""
        try:
            areas = tuple(
                FocusAreaSpec(
                    name=str(a["name"]),
                    description=str(a.get("description", "")),
                    colour=str(a.get("colour", "#9e9e9e")),
                )
                for a in data["focus_areas"]
            )
            categories = tuple(
                CategorySpec(
                    key=str(c["key"]),
                    name=str(c["name"]),
                    colour=str(c.get("colour", "#fff59d")),
                    icon=str(c.get("icon", "")),
                    question=str(c.get("question", "")),
                )
                for c in data["categories"]
            )
            template = cls(
                name=str(data["name"]),
                title=str(data.get("title", data["name"])),
                language=str(data.get("language", "sv")),
                focus_areas=areas,
                categories=categories,
            )
        except (KeyError, TypeError) as exc:
            raise ValidationError(f"The template is incomplete: {exc} is missing.") from exc
        if not areas:
            raise ValidationError(f"The template {template.name!r} has no focus areas.")
        if {c.key for c in categories} != set(CATEGORY_KEYS):
            raise ValidationError(
                f"The template {template.name!r} must have the categories {', '.join(CATEGORY_KEYS)}."
            )
        return template
