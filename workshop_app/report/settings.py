"""The report's own metadata (title page, facilitator texts, choices), kept in the project file.

Everything here is stored under one project setting, :data:`SETTINGS_KEY`, as a JSON object, so
the GUI dialog and the command line read and write the same values. Parts that belong to a
workshop (date, place, purpose, conclusions per focus area) stay on the workshop.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

SETTINGS_KEY = "report"
"""The project setting that holds :class:`ReportSettings` as a JSON object."""

SECTIONS = (
    "contents",
    "summary",
    "background",
    "purpose",
    "method",
    "overview",
    "results",
    "priorities",
    "conclusions",
    "further_work",
    "appendix",
)
"""Sections a report can hold, in print order; the title page is always there."""

SECTIONS_VERSION = 2
"""Raised when a section is added: sections saved by an older version get the new ones ticked."""
NEW_SECTIONS = ("priorities",)
"""Sections added in version 2 (printed only when there is something to print)."""

LANGUAGES = ("sv", "en")


@dataclass(frozen=True)
class ReportSettings:
    """What the facilitator writes for the report as a whole.

    Empty texts leave their section out (or fall back to what the workshops say); ``language``
    None follows the first chosen workshop.
    """

    title: str = ""
    subtitle: str = ""
    organisation: str = ""
    date: str = ""
    logo_path: str = ""
    summary: str = ""
    background: str = ""
    purpose: str = ""
    method_note: str = ""
    conclusions: str = ""
    further_work: str = ""
    language: str | None = None
    include_names: bool = False
    sections: tuple[str, ...] = SECTIONS
    workshops: tuple[str, ...] = ()
    """Ids of the workshops the last report covered (the export dialog ticks them again)."""

    @classmethod
    def from_dict(cls, data: Any) -> "ReportSettings":
        """Build settings from stored JSON, ignoring unknown keys and repairing wrong types."""
        if not isinstance(data, dict):
            return cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name == "language":
                values[f.name] = value if value in LANGUAGES else None
            elif f.name == "include_names":
                values[f.name] = bool(value)
            elif f.name == "sections":
                if isinstance(value, (list, tuple)):
                    if data.get("sections_version", 1) < SECTIONS_VERSION:
                        value = [*value, *NEW_SECTIONS]  # chosen before these sections existed
                    values[f.name] = tuple(s for s in SECTIONS if s in value)
            elif f.name == "workshops":
                if isinstance(value, (list, tuple)):
                    values[f.name] = tuple(i for i in value if isinstance(i, str))
            else:
                values[f.name] = value.strip() if isinstance(value, str) else ""
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sections"] = list(self.sections)
        data["sections_version"] = SECTIONS_VERSION
        data["workshops"] = list(self.workshops)
        return data

    def with_changes(self, **changes: Any) -> "ReportSettings":
        return replace(self, **changes)

    def has(self, section: str) -> bool:
        return section in self.sections


def load(project) -> ReportSettings:
    """The report settings stored in ``project`` (defaults when none were saved)."""
    return ReportSettings.from_dict(project.settings.get(SETTINGS_KEY, None))


def save(project, settings: ReportSettings) -> None:
    """Store ``settings`` in ``project`` (one transaction)."""
    project.settings.set(SETTINGS_KEY, settings.to_dict())
