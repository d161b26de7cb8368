"""Dot voting from phones, without HTTP: the round a phone sees, and its dots (idempotent).

A phone makes a random token once and keeps it (localStorage); its dots are stored under that
token, so the round's limits hold per phone, and the token never leaves the project file. Each
dot request carries a request id: the same id again changes nothing and answers as before.
Used from the server's thread only, through the server's own project handle.
"""

from __future__ import annotations

import logging

from workshop_app.domain.errors import NotFoundError, ValidationError
from workshop_app.domain.voting import VoteRound, phone_voter
from workshop_app.intake.desk import MAX_REQUEST_ID, Reply, error
from workshop_app.storage.errors import ProjectError

log = logging.getLogger(__name__)

NO_ROUND = "There is no voting round open just now."
ACTIONS = ("add", "remove")


class Ballot:
    """Phones' dots in one workshop's current voting round."""

    def __init__(self, project, workshop_id: str):
        self.project = project
        self.workshop_id = workshop_id

    def open_round(self) -> VoteRound | None:
        round_ = self.project.votes.current(self.workshop_id)
        return round_ if round_ is not None and round_.open else None

    def state(self, token: object) -> Reply:
        """The round as a phone sees it: the themes in play, the limits, this phone's dots."""
        try:
            voter = phone_voter(token)  # type: ignore[arg-type]
        except ValidationError as exc:
            return error(400, str(exc))
        round_ = self.open_round()
        if round_ is None:
            return Reply(200, {"open": False, "themes": []})
        areas = {a.id: a.name for a in self.project.workshops.focus_areas(self.workshop_id)}
        themes = [
            {"id": t.id, "title": t.title, "summary": t.summary, "focus_area": areas.get(t.focus_area_id, "")}
            for t in self.project.votes.themes_in_play(round_)
        ]
        return Reply(
            200,
            {
                "open": True,
                "round": round_.id,
                "dots_per_person": round_.dots_per_person,
                "max_per_theme": round_.max_per_theme,
                "themes": themes,
                **self._mine(round_, voter),
            },
        )

    def _mine(self, round_: VoteRound, voter: str) -> dict:
        mine = self.project.votes.voter_dots(round_.id, voter)
        return {"mine": mine, "left": max(0, round_.dots_per_person - sum(mine.values()))}

    def vote(self, payload: object) -> Reply:
        """Place or take off one dot: ``{"token", "theme_id", "action": "add"|"remove", "request_id"}``."""
        if not isinstance(payload, dict):
            return error(400, "The request must be a JSON object.")
        try:
            voter = phone_voter(payload.get("token"))  # type: ignore[arg-type]
        except ValidationError as exc:
            return error(400, str(exc))
        action, theme_id, request_id = payload.get("action"), payload.get("theme_id"), payload.get("request_id")
        if action not in ACTIONS:
            return error(400, 'The action must be "add" or "remove".')
        if not isinstance(theme_id, str) or not theme_id or len(theme_id) > 200:
            return error(400, "The request must name a theme.")
        if not isinstance(request_id, str) or not request_id.strip() or len(request_id) > MAX_REQUEST_ID:
            return error(400, f"The request needs a request_id of 1 to {MAX_REQUEST_ID} characters.")
        round_ = self.project.votes.current(self.workshop_id)
        if round_ is None:
            return error(409, NO_ROUND, open=False)
        change = self.project.votes.add if action == "add" else self.project.votes.remove
        try:
            change(round_.id, theme_id, voter, request_id=request_id)
        except NotFoundError as exc:
            return error(404, str(exc))
        except ValidationError as exc:
            return error(409, str(exc), open=self.open_round() is not None, **self._mine(round_, voter))
        except ProjectError as exc:
            log.warning("a dot from a phone was not saved: %s", exc)
            return error(503, "The laptop could not save the dot just now; it will be sent again.")
        return Reply(200, {"open": True, **self._mine(round_, voter)})
