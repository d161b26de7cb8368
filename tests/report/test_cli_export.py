"""`workshop-app export` for the report formats: the same personal-data check as the export
dialog, refused with the list (exit 1) unless --allow-personal-data is given."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=dict(os.environ),
    )


@pytest.fixture
def risky_project(tmp_path):
    path = tmp_path / "p.workshop"
    csv = tmp_path / "n.csv"
    csv.write_text(
        "focus_area,category,text\n"
        "Egenvård,möjlighet,Ring Anna på 070-123 45 67\n"
        "Samverkan,hinder,Patienten 19121212-1212 skrevs ut för tidigt\n"
        "Samverkan,hinder,Mejla anna.andersson@kommun.se\n"
        "Digitalisering,behov av stöd,Mer tid för samtal\n",
        encoding="utf-8",
    )
    assert run("import", path, csv, "--workshop", "Ekeby").returncode == 0
    return path


@pytest.mark.parametrize("fmt", ["pdf", "html", "docx"])
def test_personal_data_is_refused_with_the_list(risky_project, tmp_path, fmt):
    out = tmp_path / f"r.{fmt}"
    result = run("export", risky_project, "--format", fmt, "-o", out)
    assert result.returncode == 1
    assert not out.exists()
    assert "Traceback" not in result.stderr
    assert "3 notes look like they contain personal data" in result.stderr
    assert "--allow-personal-data" in result.stderr
    assert "phone number '070-123 45 67'" in result.stderr
    assert "personal identity number '19121212-1212'" in result.stderr
    assert "e-mail address 'anna.andersson@kommun.se'" in result.stderr
    assert result.stdout == ""


def test_allowed_personal_data_is_written(risky_project, tmp_path):
    out = tmp_path / "r.pdf"
    result = run("export", risky_project, "--format", "pdf", "-o", out, "--allow-personal-data")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_a_report_without_personal_data_needs_no_flag(tmp_path):
    path = tmp_path / "p.workshop"
    csv = tmp_path / "n.csv"
    csv.write_text("focus_area,category,text\nEgenvård,möjlighet,Mer tid för samtal\n", encoding="utf-8")
    run("import", path, csv, "--workshop", "Ekeby")
    out = tmp_path / "r.docx"
    result = run("export", path, "--format", "docx", "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"PK")
