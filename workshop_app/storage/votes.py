"""Dot voting: a workshop's current round and its dots (see ``domain.voting`` for the rules).

A workshop has at most one current round: the newest that is not deleted. Starting a round
marks the one before it deleted, so undoing the start brings it back. A dot is a row; removing
it stamps ``removed_at``, and undo or redo bring the same row back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from workshop_app.domain.errors import NotFoundError, ValidationError
from workshop_app.domain.ids import new_id, now
from workshop_app.domain.voting import IMPORTED, SCREEN_PREFIX, VoteRound, check_add, check_settings
from workshop_app.storage.store import Store

_LIVE = "v.removed_at IS NULL AND t.deleted_at IS NULL"
_DOTS = "votes v JOIN themes t ON t.id = v.theme_id"


def round_from_row(row: dict[str, Any]) -> VoteRound:
    return VoteRound(
        id=row["id"],
        workshop_id=row["workshop_id"],
        focus_area_id=row["focus_area_id"],
        dots_per_person=row["dots_per_person"],
        max_per_theme=row["max_per_theme"],
        revealed=bool(row["revealed"]),
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        extra_voters=row["extra_voters"] or 0,
    )


@dataclass(frozen=True, slots=True)
class DotResult:
    """What a dot request did: the dot's id (None when nothing changed) and whether it was a retry."""

    dot_id: str | None
    repeated: bool = False


class VoteStore(Store):
    # --- rounds ------------------------------------------------------------------------------
    def current(self, workshop_id: str) -> VoteRound | None:
        rows = self._rows(
            "SELECT * FROM vote_rounds WHERE workshop_id = ? AND deleted_at IS NULL"
            " ORDER BY started_at DESC, rowid DESC LIMIT 1",
            (workshop_id,),
        )
        return round_from_row(rows[0]) if rows else None

    def get_round(self, round_id: str) -> VoteRound:
        return round_from_row(
            self._one("SELECT * FROM vote_rounds WHERE id = ? AND deleted_at IS NULL", (round_id,), "voting round")
        )

    def start(
        self,
        workshop_id: str,
        dots_per_person: int,
        max_per_theme: int | None = None,
        focus_area_id: str | None = None,
        *,
        extra_voters: int = 0,
        round_id: str | None = None,
    ) -> tuple[VoteRound, str | None]:
        """Start a round (hidden, open); returns it and the id of the round it replaced."""
        max_per_theme = dots_per_person if max_per_theme is None else max_per_theme
        check_settings(dots_per_person, max_per_theme)
        if extra_voters < 0:
            raise ValidationError("The number of voters on paper cannot be negative.")
        if focus_area_id is not None:
            area = self._project.workshops.focus_area(focus_area_id)
            if area.workshop_id != workshop_id:
                raise ValidationError("The focus area belongs to another workshop.")
        previous = self.current(workshop_id)
        round_id = round_id or new_id()
        with self._transaction():
            if previous is not None:
                self._conn.execute("UPDATE vote_rounds SET deleted_at = ? WHERE id = ?", (now(), previous.id))
            self._conn.execute(
                "INSERT INTO vote_rounds (id, workshop_id, focus_area_id, dots_per_person, max_per_theme,"
                " revealed, extra_voters, started_at) VALUES (?,?,?,?,?,0,?,?)",
                (round_id, workshop_id, focus_area_id, dots_per_person, max_per_theme, extra_voters, now()),
            )
            self._announce("vote_round", "added", (round_id,), workshop_id)
        return self.get_round(round_id), previous.id if previous else None

    def unstart(self, round_id: str, previous_id: str | None) -> None:
        """Undo :meth:`start`: the round is deleted (its dots kept) and the one before is current again."""
        round_ = self.get_round(round_id)
        with self._transaction():
            self._conn.execute("UPDATE vote_rounds SET deleted_at = ? WHERE id = ?", (now(), round_id))
            if previous_id is not None:
                self._conn.execute("UPDATE vote_rounds SET deleted_at = NULL WHERE id = ?", (previous_id,))
            self._announce("vote_round", "removed", (round_id,), round_.workshop_id)

    def restart(self, round_id: str, previous_id: str | None) -> VoteRound:
        """Redo :meth:`start` after :meth:`unstart`: the same round, with its dots."""
        workshop_id = self._one("SELECT workshop_id FROM vote_rounds WHERE id = ?", (round_id,), "voting round")[
            "workshop_id"
        ]
        with self._transaction():
            if previous_id is not None:
                self._conn.execute("UPDATE vote_rounds SET deleted_at = ? WHERE id = ?", (now(), previous_id))
            self._conn.execute("UPDATE vote_rounds SET deleted_at = NULL WHERE id = ?", (round_id,))
            self._announce("vote_round", "added", (round_id,), workshop_id)
        return self.get_round(round_id)

    def set_revealed(self, round_id: str, revealed: bool) -> VoteRound:
        return self._set(round_id, "revealed = ?", (int(bool(revealed)),))

    def set_ended(self, round_id: str, ended: bool) -> VoteRound:
        return self._set(round_id, "ended_at = ?", (now() if ended else None,))

    def _set(self, round_id: str, assignment: str, values: tuple) -> VoteRound:
        round_ = self.get_round(round_id)
        with self._transaction():
            self._conn.execute(f"UPDATE vote_rounds SET {assignment} WHERE id = ?", (*values, round_id))
            self._announce("vote_round", "updated", (round_id,), round_.workshop_id)
        return self.get_round(round_id)

    # --- dots --------------------------------------------------------------------------------
    def themes_in_play(self, round_: VoteRound) -> list:
        """The round's themes: of its focus area, or of the whole board; in the board's order
        (focus area by focus area, kind by kind)."""
        workshops = self._project.workshops
        areas = {a.id: a.position for a in workshops.focus_areas(round_.workshop_id)}
        kinds = {c.id: c.position for c in workshops.categories(round_.workshop_id)}
        themes = [
            t for t in self._project.themes.list(round_.workshop_id) if round_.focus_area_id in (None, t.focus_area_id)
        ]
        return sorted(themes, key=lambda t: (areas.get(t.focus_area_id, 0), kinds.get(t.category_id, 0), t.position))

    def add(
        self, round_id: str, theme_id: str, voter: str, *, request_id: str | None = None, dot_id: str | None = None
    ) -> DotResult:
        """Place one dot of ``voter`` on a theme, within the round's limits.

        A ``request_id`` already used in the round returns the dot it made (nothing changes); a
        ``dot_id`` that exists, removed, is brought back (redo of an add, undo of a remove).
        """
        with self._transaction():
            round_ = self.get_round(round_id)
            done = self._done(round_id, "request_id", request_id)
            if done is not None:
                return done
            if theme_id not in {t.id for t in self.themes_in_play(round_)}:
                raise NotFoundError("The theme is not part of this voting round.")
            mine = self.voter_dots(round_id, voter)
            check_add(round_, voter, sum(mine.values()), mine.get(theme_id, 0))
            revived = (
                dot_id is not None
                and self._conn.execute(
                    "UPDATE votes SET removed_at = NULL, removed_request_id = NULL WHERE id = ? AND round_id = ?",
                    (dot_id, round_id),
                ).rowcount
            )
            if not revived:
                dot_id = dot_id or new_id()
                self._conn.execute(
                    "INSERT INTO votes (id, round_id, theme_id, voter, request_id, created_at) VALUES (?,?,?,?,?,?)",
                    (dot_id, round_id, theme_id, voter, request_id, now()),
                )
            self._announce("vote", "added", (theme_id,), round_.workshop_id)
        return DotResult(dot_id)

    def remove(
        self, round_id: str, theme_id: str, voter: str, *, request_id: str | None = None, dot_id: str | None = None
    ) -> DotResult:
        """Take one dot of ``voter`` off a theme (the newest, or ``dot_id``); a theme without
        one of the voter's dots changes nothing. A repeated ``request_id`` changes nothing."""
        with self._transaction():
            round_ = self.get_round(round_id)
            done = self._done(round_id, "removed_request_id", request_id)
            if done is not None:
                return done
            if not round_.open:
                raise ValidationError("The voting round has ended.")
            if dot_id is None:
                row = self._conn.execute(
                    "SELECT id FROM votes WHERE round_id = ? AND theme_id = ? AND voter = ? AND removed_at IS NULL"
                    " ORDER BY created_at DESC, rowid DESC LIMIT 1",
                    (round_id, theme_id, voter),
                ).fetchone()
                if row is None:
                    return DotResult(None)
                dot_id = row[0]
            self._conn.execute(
                "UPDATE votes SET removed_at = ?, removed_request_id = ? WHERE id = ? AND removed_at IS NULL",
                (now(), request_id, dot_id),
            )
            self._announce("vote", "removed", (theme_id,), round_.workshop_id)
        return DotResult(dot_id)

    def _done(self, round_id: str, column: str, request_id: str | None) -> DotResult | None:
        """The dot a request with ``request_id`` made or removed before (a retry), else None."""
        if request_id is None:
            return None
        row = self._conn.execute(
            f"SELECT id FROM votes WHERE round_id = ? AND {column} = ?", (round_id, request_id)
        ).fetchone()
        return DotResult(row[0], repeated=True) if row else None

    def voter_dots(self, round_id: str, voter: str) -> dict[str, int]:
        """theme id -> the dots ``voter`` has on it."""
        return dict(
            self._conn.execute(
                f"SELECT v.theme_id, count(*) FROM {_DOTS} WHERE v.round_id = ? AND v.voter = ? AND {_LIVE}"
                " GROUP BY v.theme_id",
                (round_id, voter),
            ).fetchall()
        )

    def last_screen_turn(self, round_id: str) -> int:
        """The highest turn of a participant who voted at the shared screen (0: none yet)."""
        row = self._conn.execute(
            "SELECT max(CAST(substr(voter, ?) AS INTEGER)) FROM votes WHERE round_id = ? AND voter LIKE ?",
            (len(SCREEN_PREFIX) + 1, round_id, SCREEN_PREFIX + "%"),
        ).fetchone()
        return row[0] or 0

    def totals(self, round_id: str) -> dict[str, int]:
        """theme id -> its dots, for the themes that have any."""
        return dict(
            self._conn.execute(
                f"SELECT v.theme_id, count(*) FROM {_DOTS} WHERE v.round_id = ? AND {_LIVE} GROUP BY v.theme_id",
                (round_id,),
            ).fetchall()
        )

    def voters(self, round_: VoteRound) -> int:
        """People who voted: voters with a dot placed (phones, turns at the screen) and those
        on paper or in an imported total (``extra_voters``)."""
        seen = self._conn.execute(
            f"SELECT count(DISTINCT v.voter) FROM {_DOTS} WHERE v.round_id = ? AND {_LIVE}"
            " AND v.voter NOT IN ('paper', 'imported')",
            (round_.id,),
        ).fetchone()[0]
        return seen + round_.extra_voters

    def theme_votes(self, workshop_id: str) -> dict[str, int]:
        """theme id -> its dots in the workshop's current round (empty without a round)."""
        round_ = self.current(workshop_id)
        return self.totals(round_.id) if round_ else {}

    # --- import ------------------------------------------------------------------------------
    def import_totals(self, workshop_id: str, totals: Mapping[str, int], settings: Mapping[str, Any]) -> None:
        """Give an imported workshop without a round an ended, revealed round holding ``totals``
        (theme id -> dots) in the current transaction; a workshop with a round keeps its own."""
        totals = {t: int(n) for t, n in totals.items() if n}
        if (not totals and not settings) or self.current(workshop_id) is not None:
            return
        dots = int(settings.get("dots_per_person") or max([*totals.values(), 1]))
        dots = min(max(dots, 1), 99)
        cap = min(max(int(settings.get("max_per_theme") or dots), 1), dots)
        stamp = settings.get("started_at") or now()
        round_id = new_id()
        self._conn.execute(
            "INSERT INTO vote_rounds (id, workshop_id, focus_area_id, dots_per_person, max_per_theme,"
            " revealed, extra_voters, started_at, ended_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                round_id,
                workshop_id,
                settings.get("focus_area_id"),
                dots,
                cap,
                int(bool(settings.get("revealed", True))),
                int(settings.get("voters") or 0),
                stamp,
                settings.get("ended_at"),
            ),
        )
        self._conn.executemany(
            "INSERT INTO votes (id, round_id, theme_id, voter, created_at) VALUES (?,?,?,?,?)",
            [(new_id(), round_id, t, IMPORTED, stamp) for t, n in totals.items() for _ in range(n)],
        )
        self._announce("vote_round", "added", (round_id,), workshop_id)
