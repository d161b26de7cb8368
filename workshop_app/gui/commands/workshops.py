"""Undoable edits of a workshop: its metadata, its hidden round, its focus areas and their conclusions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.model import METADATA_FIELDS, FocusArea, Workshop
from workshop_app.gui.commands.base import Command


def metadata_of(workshop: Workshop) -> dict[str, Any]:
    """The editable fields of a workshop as ``WorkshopStore.update`` takes them."""
    values = {name: getattr(workshop, name) for name in METADATA_FIELDS}
    values["organisations"] = list(workshop.organisations)
    return values


class UpdateWorkshop(Command):
    """Change workshop metadata; only the fields that differ are written and undone."""

    def __init__(self, project, workshop: Workshop, text: str | None = None, **changes: Any):
        super().__init__(project, text or QCoreApplication.translate("Commands", "Edit workshop properties"))
        old = metadata_of(workshop)
        self.workshop_id = workshop.id
        self.new = {k: v for k, v in changes.items() if old.get(k) != v}
        self.old = {k: old[k] for k in self.new}

    @property
    def changes_anything(self) -> bool:
        return bool(self.new)

    def apply(self) -> None:
        if self.new:
            self.project.workshops.update(self.workshop_id, **self.new)

    def revert(self) -> None:
        if self.old:
            self.project.workshops.update(self.workshop_id, **self.old)


def set_hidden_round(project, workshop: Workshop, hidden: bool) -> UpdateWorkshop:
    text = (
        QCoreApplication.translate("Commands", "Start hidden round")
        if hidden
        else QCoreApplication.translate("Commands", "End hidden round")
    )
    return UpdateWorkshop(project, workshop, text, hidden_round=hidden)


class SetConclusion(Command):
    """Write (or clear) the facilitator's conclusions for one focus area, printed in the report."""

    def __init__(self, project, area: FocusArea, old: str, new: str):
        super().__init__(
            project, QCoreApplication.translate("Commands", "Write conclusions for %1").replace("%1", area.name)
        )
        self.area_id, self.old, self.new = area.id, old, new

    def apply(self) -> None:
        self.project.workshops.set_conclusion(self.area_id, self.new)

    def revert(self) -> None:
        self.project.workshops.set_conclusion(self.area_id, self.old)


class AddFocusArea(Command):
    def __init__(self, project, workshop_id: str, name: str, colour: str = "#9e9e9e", position: int | None = None):
        super().__init__(project, QCoreApplication.translate("Commands", "Add focus area"))
        self.workshop_id = workshop_id
        self.name = name
        self.colour = colour
        self.position = position
        self.area: FocusArea | None = None

    def apply(self) -> None:
        area_id = self.area.id if self.area else None
        self.area = self.project.workshops.add_focus_area(
            self.workshop_id, self.name, colour=self.colour, position=self.position, area_id=area_id
        )

    def revert(self) -> None:
        self.project.workshops.remove_focus_area(self.area.id)


class UpdateFocusArea(Command):
    def __init__(self, project, area: FocusArea, **changes: Any):
        label = (
            QCoreApplication.translate("Commands", "Rename focus area")
            if set(changes) == {"name"}
            else QCoreApplication.translate("Commands", "Edit focus area")
        )
        super().__init__(project, label)
        self.area_id = area.id
        self.new = {k: v for k, v in changes.items() if getattr(area, k) != v}
        self.old = {k: getattr(area, k) for k in self.new}

    def apply(self) -> None:
        if self.new:
            self.project.workshops.update_focus_area(self.area_id, **self.new)

    def revert(self) -> None:
        if self.old:
            self.project.workshops.update_focus_area(self.area_id, **self.old)


class MoveFocusArea(Command):
    def __init__(self, project, area: FocusArea, position: int):
        super().__init__(project, QCoreApplication.translate("Commands", "Move focus area"))
        self.area_id = area.id
        self.old = area.position
        self.new = position

    def apply(self) -> None:
        self.project.workshops.move_focus_area(self.area_id, self.new)

    def revert(self) -> None:
        self.project.workshops.move_focus_area(self.area_id, self.old)


class RemoveFocusArea(Command):
    """Remove an empty focus area (the service refuses one with notes); undo brings it back.

    The area's conclusion is removed with it and restored on undo.
    """

    def __init__(self, project, area: FocusArea):
        super().__init__(project, QCoreApplication.translate("Commands", "Remove focus area"))
        self.area = area
        self.conclusion = project.workshops.conclusions(area.workshop_id).get(area.id, "")

    def apply(self) -> None:
        self.project.workshops.remove_focus_area(self.area.id)

    def revert(self) -> None:
        a = self.area
        self.project.workshops.add_focus_area(
            a.workshop_id, a.name, a.description, a.colour, position=a.position, area_id=a.id
        )
        if self.conclusion:
            self.project.workshops.set_conclusion(a.id, self.conclusion)
