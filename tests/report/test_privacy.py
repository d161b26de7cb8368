"""Personal data in notes: personnummer with the Luhn check, phone numbers, e-mail addresses."""

from __future__ import annotations

import pytest

from workshop_app.report import find_personal_data
from workshop_app.report.privacy import EMAIL, PERSONAL_NUMBER, PHONE, luhn_ok, scan_text


@pytest.mark.parametrize("text", ["811218-9876", "19811218-9876", "198112189876", "8112189876", "811218+9876"])
def test_valid_personal_numbers_are_found(text):
    assert [(k, m) for k, m, *_ in scan_text(f"Patienten {text} ringde")] == [(PERSONAL_NUMBER, text)]


@pytest.mark.parametrize("text", ["811218-9875", "811318-9876", "20240115", "2024-01-15", "123456-7890"])
def test_invalid_personal_numbers_are_not(text):
    assert PERSONAL_NUMBER not in [k for k, *_ in scan_text(text)]


def test_samordningsnummer_uses_day_plus_60():
    number = "701063-2391"
    assert luhn_ok(number.replace("-", ""))
    assert scan_text(number)[0][0] == PERSONAL_NUMBER


@pytest.mark.parametrize("text", ["070-123 45 67", "0701234567", "+46 70 123 45 67", "+46701234567",
                                  "08-123 456 78", "031-12 34 56", "0046 31 123 45 67"])
def test_phone_numbers_are_found(text):
    assert [(k, m) for k, m, *_ in scan_text(f"ring {text} i morgon")] == [(PHONE, text)]


@pytest.mark.parametrize("text", ["år 2023 var vi 120", "3 av 10", "version 1.2.3", "kl 08.30-12.00",
                                  "ca 30 000 invånare"])
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
    assert risky.text[findings[0].start:findings[0].end] == "070-123 45 67"
