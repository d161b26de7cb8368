"""Find notes that look like they hold personal data, so the facilitator can fix them first.

Looks for Swedish personal identity numbers (personnummer and samordningsnummer), Swedish phone
numbers and e-mail addresses. A number with a valid date and a valid Luhn check digit is a
certain find; one of the same shape (YYMMDD-NNNN or YYYYMMDD-NNNN, with "-", "+" or no
separator, a real month and day) whose check digit is wrong is still reported, as a possible
personal identity number (``Finding.certain`` False): a mistyped or invented number about a
person is personal data all the same. It is a warning aid, not a guarantee: names of people,
for instance, are not detected.
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
    certain: bool = True
    """False for a personal identity number whose check digit is wrong (a possible one)."""


_PERSONAL_NUMBER = re.compile(r"(?<![\d+])(19|20)?(\d{6})([-+ ]?)(\d{4})(?!\d)")
_PHONE = re.compile(r"(?<![\w+])(?:\+46|0046|\(0\)|0)[ \-]?(?:\(0\))?[ \-]?[1-9](?:[ \-]?\d){5,9}(?!\d)")
_EMAIL = re.compile(r"[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")


def luhn_ok(digits: str) -> bool:
    """The Luhn check used by Swedish personal identity numbers (on the ten digits YYMMDDNNNC)."""
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _plausible_date(yymmdd: str) -> bool:
    """A real month and a day that month can have (29 February always; samordningsnummer: day + 60)."""
    month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
    if day > 60:  # samordningsnummer: day + 60
        day -= 60
    return 1 <= month <= 12 and 1 <= day <= _DAYS[month - 1]


def personal_number_certain(text: str) -> bool:
    """Whether a personal identity number found by :func:`scan_text` has a valid check digit."""
    digits = re.sub(r"\D", "", text)
    return len(digits) in (10, 12) and luhn_ok(digits[-10:])


def _personal_number(match: re.Match) -> bool:
    """A personal identity number: a plausible date and a valid check digit, or, with a wrong
    check digit, the written shape of one. A wrong check digit is not enough for ten digits
    written together from a 0 (0701234567 is a phone number) nor for a space as separator."""
    century, date, separator, rest = match.groups()
    if not _plausible_date(date):
        return False
    if luhn_ok(date + rest):
        return True
    if separator == " ":
        return False
    return bool(century or separator or not date.startswith("0"))


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
        if _personal_number(match) and free(*match.span()):
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
                certain = kind != PERSONAL_NUMBER or personal_number_certain(matched)
                findings.append(Finding(note.id, workshop_id, kind, matched, start, end, certain))
    return findings
