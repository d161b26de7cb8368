"""Dot voting (*Prioritera*): a round's rules and what a voter may do in it; no I/O.

A round gives every voter ``dots_per_person`` dots, at most ``max_per_theme`` of them on one
theme, over the themes of the whole board or of one focus area. Voters are phones (an anonymous
token made on the phone), participants taking turns at the shared screen, or the facilitator
typing in the result of a paper vote (``PAPER``: no limits, it is a tally of many people).
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.domain.errors import ValidationError

PAPER = "paper"
"""The voter of dots typed in from a paper vote: a tally of many people, so no limits hold."""
IMPORTED = "imported"
"""The voter of dots that came as a total from a JSON import."""
PHONE_PREFIX = "phone:"
SCREEN_PREFIX = "screen:"
UNLIMITED_VOTERS = frozenset({PAPER, IMPORTED})

DEFAULT_DOTS = 3
MAX_DOTS = 99
TOKEN_MIN, TOKEN_MAX = 16, 64


@dataclass(frozen=True, slots=True)
class VoteRound:
    id: str
    workshop_id: str
    focus_area_id: str | None  # None: the whole board
    dots_per_person: int
    max_per_theme: int
    revealed: bool
    started_at: str
    ended_at: str | None
    extra_voters: int = 0  # voters not seen as tokens: on paper, or in an imported total

    @property
    def open(self) -> bool:
        return self.ended_at is None


def check_settings(dots_per_person: int, max_per_theme: int) -> None:
    """Raise ValidationError unless the numbers make a round."""
    if not 1 <= dots_per_person <= MAX_DOTS:
        raise ValidationError(f"Each participant needs between 1 and {MAX_DOTS} dots.")
    if not 1 <= max_per_theme <= dots_per_person:
        raise ValidationError("The most dots on one theme must be between 1 and the dots per participant.")


def phone_voter(token: str) -> str:
    """The voter name of a phone's token; the token is random text the phone made and kept."""
    if (
        not isinstance(token, str)
        or not TOKEN_MIN <= len(token) <= TOKEN_MAX
        or not all(c.isascii() and (c.isalnum() or c in "-_") for c in token)
    ):
        raise ValidationError("The phone's voting token is not valid; reload the page.")
    return PHONE_PREFIX + token


def screen_voter(turn: int) -> str:
    """The voter name of the ``turn``-th participant voting at the shared screen."""
    return f"{SCREEN_PREFIX}{int(turn)}"


def check_add(round_: VoteRound, voter: str, voter_total: int, voter_on_theme: int) -> None:
    """Raise ValidationError when ``voter`` may not place one more dot on a theme.

    ``voter_total`` is the dots the voter has placed in the round, ``voter_on_theme`` those on
    the theme in question.
    """
    if not round_.open:
        raise ValidationError("The voting round has ended.")
    if voter in UNLIMITED_VOTERS:
        return
    if voter_total >= round_.dots_per_person:
        raise ValidationError(f"All {round_.dots_per_person} dots are placed; remove one to move it.")
    if voter_on_theme >= round_.max_per_theme:
        dots = "one dot" if round_.max_per_theme == 1 else f"{round_.max_per_theme} dots"
        raise ValidationError(f"At most {dots} can go on one theme.")


def ranked(totals: dict[str, int], order: list[str]) -> list[tuple[str, int]]:
    """Theme ids with votes, most first; ties keep ``order`` (the board's order)."""
    place = {theme_id: i for i, theme_id in enumerate(order)}
    return sorted(
        ((t, n) for t, n in totals.items() if n > 0),
        key=lambda item: (-item[1], place.get(item[0], len(place))),
    )
