"""Find notes that look like they hold personal data, so the facilitator can fix them first.

Looks for Swedish personal identity numbers (personnummer and samordningsnummer, checked with
the Luhn digit and a plausible date), Swedish phone numbers and e-mail addresses. It is a
warning aid, not a guarantee: names of people, for instance, are not detected.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

PERSONAL_NUMBER = "personal_number"
PHONE = "phone"
EMAIL = "email"


@dataclass(frozen=True)
class Finding:
    """One piece of text in a note that looks like personal data."""

    note_id: str
    workshop_id: str
    kind: str
    text: str
    start: int
    end: int


_PERSONAL_NUMBER = re.compile(r"(?<![\d+])(?:19|20)?(\d{6})[-+ ]?(\d{4})(?!\d)")
_PHONE = re.compile(
    r"(?<![\w+])(?:\+46|0046|\(0\)|0)[ \-]?(?:\(0\))?[ \-]?[1-9](?:[ \-]?\d){5,9}(?!\d)"
)
_EMAIL = re.compile(r"[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")


def luhn_ok(digits: str) -> bool:
    """The Luhn check used by Swedish personal identity numbers (on the ten digits YYMMDDNNNC)."""
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _plausible_date(yymmdd: str) -> bool:
    month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
    if day > 60:  # samordningsnummer: day + 60
        day -= 60
    return 1 <= month <= 12 and 1 <= day <= 31


def scan_text(text: str) -> list[tuple[str, str, int, int]]:
    """Personal data in ``text`` as (kind, matched text, start, end), in text order."""
    found: list[tuple[str, str, int, int]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in _EMAIL.finditer(text):
        found.append((EMAIL, match.group(), match.start(), match.end()))
        taken.append(match.span())
    for match in _PERSONAL_NUMBER.finditer(text):
        date, rest = match.group(1), match.group(2)
        if _plausible_date(date) and luhn_ok(date + rest) and free(*match.span()):
            found.append((PERSONAL_NUMBER, match.group(), match.start(), match.end()))
            taken.append(match.span())
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if digits.startswith("0046"):
            digits = digits[2:]
        national = digits[2:] if digits.startswith("46") else digits.lstrip("0")
        if 7 <= len(national) <= 9 and free(*match.span()):
            found.append((PHONE, match.group(), match.start(), match.end()))
            taken.append(match.span())
    found.sort(key=lambda item: item[2])
    return found


def find_personal_data(project, workshop_ids: Sequence[str]) -> list[Finding]:
    """Every note of the chosen workshops that looks like it holds personal data.

    Returns:
        One :class:`Finding` per match, in workshop order and then the notes' order.
    """
    findings: list[Finding] = []
    for workshop_id in workshop_ids:
        for note in project.notes.list(workshop_id):
            for kind, matched, start, end in scan_text(note.text):
                findings.append(Finding(note.id, workshop_id, kind, matched, start, end))
    return findings
