"""The note entry for phones, without HTTP: join code, pause, checks and idempotent posts.

One desk serves one workshop through its own project handle, from the server's thread only.
Every answer is a :class:`Reply` (an HTTP status and a JSON body); errors carry one sentence.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from typing import Any

from workshop_app.domain.errors import NotFoundError, UserError
from workshop_app.exchange.matching import CellMatcher
from workshop_app.storage.errors import ProjectError

log = logging.getLogger(__name__)

MAX_TEXT = 5000
"""Longest note a phone may post, in characters (the shared screen takes longer ones)."""
MAX_GROUP = 200
MAX_REQUEST_ID = 100
MAX_CLIENT_ID = 64
MAX_JOINED = 10_000
CODE_DIGITS = 6


def new_code() -> str:
    """A join code of six digits, drawn anew each time intake opens.

    Six digits rather than four: a million codes to guess instead of ten thousand, while the
    rate limit on wrong codes lets one address try about two a minute.
    """
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


@dataclass(frozen=True)
class Reply:
    status: int
    body: dict[str, Any] = field(default_factory=dict)


def error(status: int, sentence: str, **extra: Any) -> Reply:
    return Reply(status, {"error": sentence, **extra})


PAUSED = "The facilitator has paused the notes for a moment."
GONE = "This workshop no longer takes notes."


class Desk:
    """Takes notes for one workshop.

    Args:
        project: a writable project handle used only by the server's thread.
        workshop_id: the workshop the notes go to.
        code: the join code phones must send with every request.
    """

    def __init__(self, project, workshop_id: str, code: str):
        self.project = project
        self.workshop_id = workshop_id
        self.code = code
        self.paused = False
        self.received = 0
        self._joined: set[str] = set()

    @property
    def joined(self) -> int:
        """How many phones (browsers) have joined with the right code."""
        return len(self._joined)

    def code_matches(self, code: object) -> bool:
        return isinstance(code, (str, int)) and secrets.compare_digest(str(code).strip(), self.code)

    # --- requests ----------------------------------------------------------------------------
    def workshop(self, client: str, client_id: object = None) -> Reply:
        """What a phone needs to write: the title, focus areas and kinds (the code was checked)."""
        if len(self._joined) < MAX_JOINED:
            tag = client_id[:MAX_CLIENT_ID] if isinstance(client_id, str) and client_id else ""
            self._joined.add(f"{client} {tag}")
        try:
            workshop = self.project.workshops.get(self.workshop_id)
        except NotFoundError:
            return error(404, GONE)
        return Reply(
            200,
            {
                "title": workshop.title,
                "focus_areas": [a.name for a in self.project.workshops.focus_areas(self.workshop_id)],
                "categories": [c.name for c in self.project.workshops.categories(self.workshop_id)],
                "paused": self.paused,
                "voting": self._voting(),
            },
        )

    def _voting(self) -> bool:
        round_ = self.project.votes.current(self.workshop_id)
        return round_ is not None and round_.open

    def post(self, payload: object) -> Reply:
        """Store one note from ``payload`` (the decoded JSON body; the code was checked)."""
        return self.post_many([payload])[0]

    def post_many(self, payloads: list[object]) -> list[Reply]:
        """Store the notes of several posts in one transaction: one write to disk for all.

        Posts that arrive together (30 phones at once) share the cost of making the file safe on
        disk. Each post gets its own answer; a post refused for its content does not affect the
        others, while a failed write fails the lot (the phones send them again).
        """
        replies: list[Reply | None] = [None] * len(payloads)
        if not self.project.workshops.exists(self.workshop_id):
            return [error(404, GONE) for _ in payloads]
        matcher = CellMatcher(
            self.project.workshops.focus_areas(self.workshop_id), self.project.workshops.categories(self.workshop_id)
        )
        accepted = []
        for index, payload in enumerate(payloads):
            checked = self._check(payload, matcher)
            if isinstance(checked, Reply):
                replies[index] = checked
            else:
                accepted.append((index, checked))
        stored: dict[int, Reply] = {}
        new = 0
        try:
            with self.project.transaction():
                for index, (area, category, text, group, request_id) in accepted:
                    known = self.project.notes.find_request(self.workshop_id, request_id)
                    if known is not None:
                        stored[index] = Reply(201, {"id": known})
                        continue
                    try:
                        note = self.project.notes.add(
                            self.workshop_id, area.id, category.id, text, group_name=group, request_id=request_id
                        )
                    except ProjectError:
                        raise
                    except UserError as exc:
                        stored[index] = error(400, str(exc))
                        continue
                    stored[index] = Reply(201, {"id": note.id})
                    new += 1
        except ProjectError as exc:
            log.warning("notes from phones were not saved: %s", exc)
            stored = {
                index: error(503, "The laptop could not save the note just now; it will be sent again.")
                for index, _ in accepted
            }
            new = 0
        self.received += new
        return [stored.get(index, reply) for index, reply in enumerate(replies)]

    def _check(self, payload: object, matcher: CellMatcher):
        """The note's parts (area, category, text, group, request id), or the Reply refusing it."""
        if not isinstance(payload, dict):
            return error(400, "The request must be a JSON object.")
        if self.paused:
            return error(503, PAUSED, paused=True)
        text = payload.get("text")
        if not isinstance(text, str) or not text.strip():
            return error(400, "The note is empty; write something first.")
        if len(text) > MAX_TEXT:
            return error(413, f"A note can be at most {MAX_TEXT:,} characters long; this one has {len(text):,}.")
        request_id = payload.get("request_id")
        if not isinstance(request_id, str) or not request_id.strip() or len(request_id) > MAX_REQUEST_ID:
            return error(400, f"The request needs a request_id of 1 to {MAX_REQUEST_ID} characters.")
        group = payload.get("group") or ""
        if not isinstance(group, str) or len(group) > MAX_GROUP:
            return error(400, f"The group must be text of at most {MAX_GROUP} characters.")
        area_name, category_name = payload.get("focus_area"), payload.get("category")
        area = matcher.area(area_name) if isinstance(area_name, str) else None
        if area is None:
            return error(400, f"There is no focus area called {str(area_name)[:80]!r} in this workshop.")
        category = matcher.category(category_name) if isinstance(category_name, str) else None
        if category is None:
            return error(400, f"There is no kind of note called {str(category_name)[:80]!r} in this workshop.")
        return area, category, text, group.strip(), request_id
