"""Personal data in notes: personnummer (certain with the Luhn check, possible by their shape),
phone numbers, e-mail addresses."""

from __future__ import annotations

import pytest

from workshop_app.report import find_personal_data
from workshop_app.report.privacy import (
    EMAIL,
    PERSONAL_NUMBER,
    PHONE,
    luhn_ok,
    personal_number_certain,
    scan_text,
)


@pytest.mark.parametrize("text", ["811218-9876", "19811218-9876", "198112189876", "8112189876", "811218+9876"])
def test_valid_personal_numbers_are_found(text):
    assert [(k, m) for k, m, *_ in scan_text(f"Patienten {text} ringde")] == [(PERSONAL_NUMBER, text)]


@pytest.mark.parametrize(
    "text",
    ["811318-9876", "810231-9876", "20240115", "2024-01-15", "123456-7890", "212000-1355", "811218 9875", "0701234567"],
)
def test_impossible_dates_and_other_numbers_are_not_personal_numbers(text):
    assert PERSONAL_NUMBER not in [k for k, *_ in scan_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "19450312-1234",
        "450312-1234",
        "450312+1234",
        "194503121234",
        "4503121234",
        "811218-9875",
        "20010229-1111",
        "450372-1234",
    ],
)
def test_a_wrong_check_digit_is_still_a_possible_personal_number(text):
    assert not luhn_ok(text.replace("-", "").replace("+", "")[-10:])
    assert [(k, m) for k, m, *_ in scan_text(f"Patienten {text} fick inte delta")] == [(PERSONAL_NUMBER, text)]
    assert not personal_number_certain(text)


def test_a_valid_check_digit_is_certain():
    assert personal_number_certain("19811218-9876") and personal_number_certain("811218+9876")


@pytest.mark.parametrize(
    "text",
    [
        "Workshop 2025-03-12",
        "kl 08-12",
        "kl 08.30-12.00",
        "12/3 2025",
        "20250312",
        "vecka 11 2025",
        "dnr 2024-0456",
        "2025-03-12--2025-04-04",
    ],
)
def test_dates_and_times_alone_are_not_personal_data(text):
    assert scan_text(text) == []


def test_a_phone_number_is_not_a_personal_number():
    assert [k for k, *_ in scan_text("tel 031-123456")] == [PHONE]
    assert [k for k, *_ in scan_text("ring 0701234567")] == [PHONE]


def test_samordningsnummer_uses_day_plus_60():
    number = "701063-2391"
    assert luhn_ok(number.replace("-", ""))
    assert scan_text(number)[0][0] == PERSONAL_NUMBER


@pytest.mark.parametrize(
    "text",
    [
        "070-123 45 67",
        "0701234567",
        "+46 70 123 45 67",
        "+46701234567",
        "08-123 456 78",
        "031-12 34 56",
        "0046 31 123 45 67",
    ],
)
def test_phone_numbers_are_found(text):
    assert [(k, m) for k, m, *_ in scan_text(f"ring {text} i morgon")] == [(PHONE, text)]


@pytest.mark.parametrize(
    "text", ["år 2023 var vi 120", "3 av 10", "version 1.2.3", "kl 08.30-12.00", "ca 30 000 invånare"]
)
def test_ordinary_numbers_are_not_phone_numbers(text):
    assert scan_text(text) == []


def test_email_addresses_are_found():
    found = scan_text("Skriv till anna.svensson@goteborg.se eller info@kommun.se.")
    assert [(k, m) for k, m, *_ in found] == [(EMAIL, "anna.svensson@goteborg.se"), (EMAIL, "info@kommun.se")]


def test_findings_name_the_note(project, workshop):
    area = project.workshops.focus_areas(workshop.id)[0]
    category = project.workshops.categories(workshop.id)[0]
    clean = project.notes.add(workshop.id, area.id, category.id, "Mer tid för samtal")
    risky = project.notes.add(workshop.id, area.id, category.id, "Ring Eva 070-123 45 67, eva@x.se")
    findings = find_personal_data(project, [workshop.id])
    assert {f.note_id for f in findings} == {risky.id}
    assert clean.id not in {f.note_id for f in findings}
    assert [(f.kind, f.text) for f in findings] == [(PHONE, "070-123 45 67"), (EMAIL, "eva@x.se")]
    assert risky.text[findings[0].start : findings[0].end] == "070-123 45 67"
    assert all(f.certain for f in findings)


def test_a_mistyped_personal_number_is_found_as_possible(project, workshop):
    area = project.workshops.focus_areas(workshop.id)[0]
    category = project.workshops.categories(workshop.id)[0]
    note = project.notes.add(workshop.id, area.id, category.id, "Patienten 19450312-1234 fick inte delta")
    valid = project.notes.add(workshop.id, area.id, category.id, "Eva 811218-9876")
    findings = {f.note_id: f for f in find_personal_data(project, [workshop.id])}
    assert (findings[note.id].kind, findings[note.id].text, findings[note.id].certain) == (
        PERSONAL_NUMBER,
        "19450312-1234",
        False,
    )
    assert (findings[valid.id].kind, findings[valid.id].certain) == (PERSONAL_NUMBER, True)
