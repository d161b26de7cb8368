"""Undoable edits of themes: suggest, group by hand, merge, split, rename, summarise, reorder, dissolve,
place new notes and take themes from another workshop.

Each command calls the themes service in ``apply``/``revert``; ids of themes a command creates are
fixed when the command is made, so a redo recreates exactly the same themes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.ids import new_id
from workshop_app.domain.model import Theme
from workshop_app.gui.commands.base import Command

GRANULARITY_ID = 2001
SUMMARY_ID = 2002


def _set_themes(project, memberships: Mapping[str, str | None]) -> None:
    """Put each note in its theme (or loose), one call per theme."""
    by_theme: dict[str | None, list[str]] = {}
    for note_id, theme_id in memberships.items():
        by_theme.setdefault(theme_id, []).append(note_id)
    # loose first, so that a note never sits in two places on the way
    for theme_id in sorted(by_theme, key=lambda t: t is not None):
        project.notes.set_theme(by_theme[theme_id], theme_id)


def _current_themes(project, note_ids: Sequence[str]) -> dict[str, str | None]:
    return {i: project.notes.get(i).theme_id for i in note_ids}


class SuggestThemes(Command):
    """Propose themes for some cells (replacing their proposals, keeping the facilitator's themes).

    ``proposal`` is a :class:`workshop_app.theming.suggest.Proposal`, planned before the command is
    made; redo applies the same proposal again, so the same themes come back with the same ids.
    With ``granularity_step`` the command is a "fewer/more" change: consecutive changes for the
    same cells merge into one undo step.
    """

    def __init__(self, project, proposal, scope: tuple | None = None, *, granularity_step: bool = False):
        super().__init__(
            project,
            QCoreApplication.translate("Commands", "Change the number of themes")
            if granularity_step
            else QCoreApplication.translate("Commands", "Suggest themes"),
        )
        self.proposal = proposal
        self.scope = scope
        self.granularity_step = granularity_step
        self.result = None

    def id(self) -> int:
        return GRANULARITY_ID if self.granularity_step else -1

    def mergeWith(self, other) -> bool:
        if not (
            isinstance(other, SuggestThemes)
            and other.granularity_step
            and self.granularity_step
            and other.scope == self.scope
            and self.result is not None
            and other.result is not None
        ):
            return False
        # Undo must go back to before the first change; redo lands on the last proposal.
        self.proposal = other.proposal
        self.result = type(self.result)(other.result.created, self.result.snapshot, other.result.notes)
        return True

    @property
    def created(self) -> list[Theme]:
        return list(self.result.created) if self.result else []

    def apply(self) -> None:
        from workshop_app.theming.suggest import apply_proposal

        self.result = apply_proposal(self.project, self.proposal)

    def revert(self) -> None:
        from workshop_app.theming.suggest import undo_proposal

        undo_proposal(self.project, self.result, self.proposal.workshop_id)


class GroupNotes(Command):
    """Make a new theme of the facilitator's from notes of one cell (drop a card on a card, split)."""

    def __init__(
        self,
        project,
        workshop_id: str,
        cell: tuple[str, str],
        title: str,
        note_ids: Sequence[str],
        *,
        position: int | None = None,
        text: str | None = None,
    ):
        super().__init__(project, text or QCoreApplication.translate("Commands", "Group notes"))
        self.workshop_id = workshop_id
        self.cell = cell
        self.title = title
        self.note_ids = list(note_ids)
        self.position = position
        self.theme_id = new_id()
        self.before = _current_themes(project, self.note_ids)
        self._made = False
        self.shifted: dict[str, tuple[int, str]] = {}

    def apply(self) -> None:
        if self.position is not None:
            # make room: the themes at or after the position move one down
            for theme in self.project.themes.list(self.workshop_id):
                if (theme.focus_area_id, theme.category_id) == self.cell and theme.position >= self.position:
                    self.shifted[theme.id] = (theme.position, theme.origin)
                    self.project.themes.update(theme.id, position=theme.position + 1, origin=theme.origin)
        if not self._made:
            self.project.themes.create(
                self.workshop_id,
                *self.cell,
                self.title,
                note_ids=self.note_ids,
                theme_id=self.theme_id,
                position=self.position,
            )
            self._made = True
        else:
            self.project.themes.restore(self.theme_id, self.note_ids)

    def revert(self) -> None:
        self.project.themes.delete(self.theme_id)
        _set_themes(self.project, self.before)
        for theme_id, (position, origin) in self.shifted.items():
            self.project.themes.update(theme_id, position=position, origin=origin)
        self.shifted = {}


class SetNotesTheme(Command):
    """Put notes in a theme of their cell, or make them loose (None): drop on a theme, drag out."""

    def __init__(self, project, note_ids: Sequence[str], theme_id: str | None, text: str | None = None):
        n = len(note_ids)
        if text is None:
            text = (
                QCoreApplication.translate("Commands", "Add %n note(s) to the theme", None, n)
                if theme_id
                else QCoreApplication.translate("Commands", "Take %n note(s) out of the theme", None, n)
            )
        super().__init__(project, text)
        self.note_ids = list(note_ids)
        self.theme_id = theme_id
        self.before = _current_themes(project, self.note_ids)

    def apply(self) -> None:
        self.project.notes.set_theme(self.note_ids, self.theme_id)

    def revert(self) -> None:
        _set_themes(self.project, self.before)


class PlaceNotes(Command):
    """Sort loose notes into the themes that fit them (``{note id: theme id}``)."""

    def __init__(self, project, placements: Mapping[str, str]):
        super().__init__(project, QCoreApplication.translate("Commands", "Sort in new notes"))
        self.placements = dict(placements)
        self.before = _current_themes(project, list(self.placements))

    def apply(self) -> None:
        _set_themes(self.project, self.placements)

    def revert(self) -> None:
        _set_themes(self.project, self.before)


class MergeThemes(Command):
    def __init__(self, project, target_id: str, source_ids: Sequence[str]):
        super().__init__(project, QCoreApplication.translate("Commands", "Merge themes"))
        self.target_id = target_id
        self.source_ids = [i for i in source_ids if i != target_id]
        self.target_origin = project.themes.get(target_id).origin
        self.former: dict[str, list[str]] = {}

    def apply(self) -> None:
        self.former = self.project.themes.merge(self.target_id, self.source_ids)

    def revert(self) -> None:
        for source_id, members in self.former.items():
            self.project.themes.restore(source_id, members)
        self.project.themes.update(self.target_id, origin=self.target_origin)


class UpdateTheme(Command):
    """Rename a theme, or write its summary (consecutive summary edits of one theme merge)."""

    def __init__(self, project, theme: Theme, *, title: str | None = None, summary: str | None = None):
        text = (
            QCoreApplication.translate("Commands", "Rename theme")
            if title is not None
            else QCoreApplication.translate("Commands", "Edit theme summary")
        )
        super().__init__(project, text)
        self.theme_id = theme.id
        self.field = "title" if title is not None else "summary"
        self.old = theme.title if title is not None else theme.summary
        self.new = title if title is not None else summary
        self.old_origin = theme.origin

    def id(self) -> int:
        return SUMMARY_ID if self.field == "summary" else -1

    def mergeWith(self, other) -> bool:
        if not (isinstance(other, UpdateTheme) and other.field == "summary" and other.theme_id == self.theme_id):
            return False
        self.new = other.new
        return True

    def apply(self) -> None:
        self.project.themes.update(self.theme_id, **{self.field: self.new})

    def revert(self) -> None:
        self.project.themes.update(self.theme_id, **{self.field: self.old}, origin=self.old_origin)


class ReorderThemes(Command):
    """Give the themes of one cell a new order (drag a header, or Move up/down)."""

    def __init__(self, project, themes: Sequence[Theme], order: Sequence[str]):
        super().__init__(project, QCoreApplication.translate("Commands", "Reorder themes"))
        self.old = {t.id: (t.position, t.origin) for t in themes}
        self.order = list(order)

    def apply(self) -> None:
        for index, theme_id in enumerate(self.order):
            position, origin = self.old[theme_id]
            if position != index:
                self.project.themes.update(theme_id, position=index, origin=origin)

    def revert(self) -> None:
        for theme_id, (position, origin) in self.old.items():
            self.project.themes.update(theme_id, position=position, origin=origin)


class DissolveTheme(Command):
    """Delete themes; their notes become loose (undo brings the themes back with the same notes)."""

    def __init__(self, project, theme_ids: Sequence[str]):
        n = len(theme_ids)
        super().__init__(
            project,
            QCoreApplication.translate("Commands", "Dissolve theme")
            if n == 1
            else QCoreApplication.translate("Commands", "Dissolve %n themes", None, n),
        )
        self.theme_ids = list(theme_ids)
        self.members: dict[str, list[str]] = {}

    def apply(self) -> None:
        self.members = {i: self.project.themes.delete(i) for i in self.theme_ids}

    def revert(self) -> None:
        for theme_id, members in self.members.items():
            self.project.themes.restore(theme_id, members)


class UseStartingThemes(Command):
    """Create another workshop's themes here (``plan`` from ``plan_starting_themes``)."""

    def __init__(self, project, workshop_id: str, plan):
        super().__init__(project, QCoreApplication.translate("Commands", "Use themes from another workshop"))
        self.workshop_id = workshop_id
        self.plan = plan
        self.created: list[str] = []
        self.members: dict[str, list[str]] = {}

    def apply(self) -> None:
        if not self.created:
            from workshop_app.theming.placement import apply_starting_themes

            self.created = apply_starting_themes(self.project, self.workshop_id, self.plan)
        else:
            for theme_id in self.created:
                self.project.themes.restore(theme_id, self.members.get(theme_id, []))

    def revert(self) -> None:
        self.members = {i: self.project.themes.delete(i) for i in self.created}
