"""Which workshop an import goes into."""

from __future__ import annotations

from workshop_app.domain.errors import UserError
from workshop_app.domain.model import Workshop
from workshop_app.storage.project import Project


def workshop_for_import(project: Project, title: str | None, default_title: str) -> Workshop:
    """The workshop called ``title``, created when missing.

    Without a title: the project's only workshop, or a new one called ``default_title`` when the
    project has none.
    """
    if title:
        found = project.workshops.find(title)
        return found[0] if found else project.workshops.create(title)
    workshops = project.workshops.list()
    if not workshops:
        return project.workshops.create(default_title)
    if len(workshops) == 1:
        return workshops[0]
    raise UserError(f"{project.path.name} has {len(workshops)} workshops; name one with --workshop.")


def pick_workshops(project: Project, titles: list[str] | None) -> list[Workshop]:
    """The workshops named by ``titles`` (all of a one-workshop project when none is named)."""
    workshops = project.workshops.list()
    if not titles:
        if len(workshops) == 1:
            return workshops
        if not workshops:
            raise UserError(f"{project.path.name} has no workshops.")
        raise UserError(f"{project.path.name} has {len(workshops)} workshops; name one or more with --workshop.")
    chosen: list[Workshop] = []
    for title in titles:
        found = project.workshops.find(title)
        if not found:
            names = ", ".join(repr(w.title) for w in workshops) or "none"
            raise UserError(f"There is no workshop called {title!r} in {project.path.name} (it has: {names}).")
        chosen.extend(w for w in found if w not in chosen)
    return chosen
