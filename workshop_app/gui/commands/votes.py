"""Undoable edits of a voting round: start it, place or take a dot, reveal or hide, end or reopen.

Ids are fixed when a command is made, so a redo brings back the same round and the same dots.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.ids import new_id
from workshop_app.gui.commands.base import Command


class StartRound(Command):
    """Start a round (hidden and open); undo brings back the round it replaced."""

    def __init__(
        self, project, workshop_id: str, dots: int, max_per_theme: int, focus_area_id: str | None, extra_voters: int = 0
    ):
        super().__init__(project, QCoreApplication.translate("Commands", "Start prioritising"))
        self.args = (workshop_id, dots, max_per_theme, focus_area_id)
        self.extra_voters = extra_voters
        self.round_id = new_id()
        self.previous_id: str | None = None
        self._started = False

    def apply(self) -> None:
        if self._started:
            self.project.votes.restart(self.round_id, self.previous_id)
            return
        _round, self.previous_id = self.project.votes.start(
            *self.args, extra_voters=self.extra_voters, round_id=self.round_id
        )
        self._started = True

    def revert(self) -> None:
        self.project.votes.unstart(self.round_id, self.previous_id)


class ChangeDot(Command):
    """One dot more (``add``) or less on a theme, for ``voter`` (the paper tally or a turn)."""

    def __init__(self, project, round_id: str, theme_id: str, voter: str, add: bool):
        text = (
            QCoreApplication.translate("Commands", "Add a dot")
            if add
            else QCoreApplication.translate("Commands", "Remove a dot")
        )
        super().__init__(project, text)
        self.round_id, self.theme_id, self.voter, self.add = round_id, theme_id, voter, add
        self.dot_id: str | None = new_id() if add else None

    def apply(self) -> None:
        votes = self.project.votes
        if self.add:
            votes.add(self.round_id, self.theme_id, self.voter, dot_id=self.dot_id)
        else:
            self.dot_id = votes.remove(self.round_id, self.theme_id, self.voter, dot_id=self.dot_id).dot_id

    def revert(self) -> None:
        if self.dot_id is None:
            return  # the remove found no dot: nothing to bring back
        votes = self.project.votes
        if self.add:
            votes.remove(self.round_id, self.theme_id, self.voter, dot_id=self.dot_id)
        else:
            votes.add(self.round_id, self.theme_id, self.voter, dot_id=self.dot_id)


class SetRoundFlag(Command):
    """Reveal or hide the counts (``flag="revealed"``), or end or reopen the round (``"ended"``)."""

    def __init__(self, project, round_id: str, flag: str, value: bool):
        texts = {
            ("revealed", True): QCoreApplication.translate("Commands", "Reveal the votes"),
            ("revealed", False): QCoreApplication.translate("Commands", "Hide the votes"),
            ("ended", True): QCoreApplication.translate("Commands", "End the voting round"),
            ("ended", False): QCoreApplication.translate("Commands", "Reopen the voting round"),
        }
        super().__init__(project, texts[(flag, value)])
        self.round_id, self.flag, self.value = round_id, flag, value

    def _set(self, value: bool) -> None:
        setter = self.project.votes.set_revealed if self.flag == "revealed" else self.project.votes.set_ended
        setter(self.round_id, value)

    def apply(self) -> None:
        self._set(self.value)

    def revert(self) -> None:
        self._set(not self.value)
