"""The command line end to end, as a script or a facilitator calls it: real processes, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def run(*args, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
    )


def assert_clear_failure(result, *fragments):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def notes_csv(tmp_path):
    path = tmp_path / "lappar.csv"
    path.write_text(
        "focus_area;category;text;group\n"
        "Egenvård;möjlighet;Appar där brukaren följer sitt blodsocker;Ekeby\n"
        "Samverkan;hinder;=Vårdcentralen svarar inte;Sjöstad\n"
        'Digitalisering;behov av stöd;"IT-support <kvällar> & helger";Björkvik\n',
        encoding="cp1252",
    )
    return path


def test_import_list_export(tmp_path, notes_csv):
    project = tmp_path / "nara.workshop"
    result = run("import", project, notes_csv, "--workshop", "Ekeby 20 nov")
    assert result.returncode == 0, result.stderr
    assert "3 notes imported" in result.stdout

    listing = run("list", project)
    assert listing.returncode == 0
    assert "Ekeby 20 nov" in listing.stdout and "3 notes" in listing.stdout

    out = tmp_path / "export.json"
    assert run("export", project, "--format", "json", "-o", out).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "workshop-app" and data["version"] == 1
    (workshop,) = data["workshops"]
    texts = {n["text"]: n for n in workshop["notes"]}
    assert texts["IT-support <kvällar> & helger"]["category"] == "behov av stöd"
    assert texts["=Vårdcentralen svarar inte"]["theme_id"] is None

    csv_out = tmp_path / "export.csv"
    assert run("export", project, "--format", "csv", "-o", csv_out).returncode == 0
    assert "'=Vårdcentralen svarar inte" in csv_out.read_text(encoding="utf-8-sig")


def test_json_export_imports_into_an_empty_project(tmp_path, notes_csv):
    first, second = tmp_path / "a.workshop", tmp_path / "b.workshop"
    run("import", first, notes_csv)
    run("export", first, "--format", "json", "-o", tmp_path / "a.json")
    assert run("import", second, tmp_path / "a.json").returncode == 0
    run("export", second, "--format", "json", "-o", tmp_path / "b.json")
    a = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert a["workshops"] == b["workshops"]


def test_workshop_must_be_named_when_there_are_several(tmp_path, notes_csv):
    project = tmp_path / "p.workshop"
    run("import", project, notes_csv, "--workshop", "Ett")
    run("import", project, notes_csv, "--workshop", "Två")
    result = run("export", project, "--format", "json", "-o", tmp_path / "x.json")
    assert_clear_failure(result, "has 2 workshops", "--workshop")
    both = run(
        "export", project, "--workshop", "ett", "--workshop", "TVÅ", "--format", "json", "-o", tmp_path / "x.json"
    )
    assert both.returncode == 0
    assert len(json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["workshops"]) == 2


def test_bad_csv_fails_with_one_sentence_and_imports_nothing(tmp_path):
    project = tmp_path / "p.workshop"
    bad = tmp_path / "fel.csv"
    bad.write_text("focus_area,category,text\nEgenvård,möjlighet,Bra\nOkänt område,hinder,X\n", encoding="utf-8")
    result = run("import", project, bad)
    assert_clear_failure(result, "fel.csv, line 3", "unknown focus area")
    assert not project.exists()  # the refused import made no empty project either


@pytest.mark.parametrize(
    "content, fragment",
    [
        (b"just text, not a project\n", "is not a workshop project file"),
        (b"SQLite format 3\x00" + b"\x00" * 40, "damaged"),
    ],
)
def test_unusable_project_files_are_refused_and_unchanged(tmp_path, notes_csv, content, fragment):
    project = tmp_path / "broken.workshop"
    project.write_bytes(content)
    for args in (
        ("list", project),
        ("import", project, notes_csv),
        ("export", project, "--format", "csv", "-o", tmp_path / "o.csv"),
    ):
        assert_clear_failure(run(*args), fragment)
    assert project.read_bytes() == content


def test_newer_project_is_refused(tmp_path, notes_csv):
    import sqlite3

    project = tmp_path / "new.workshop"
    run("import", project, notes_csv)
    conn = sqlite3.connect(project)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = project.read_bytes()
    assert_clear_failure(run("import", project, notes_csv), "newer version")
    assert project.read_bytes() == before


def test_usage_errors_and_missing_files(tmp_path):
    assert_clear_failure(run("import", tmp_path / "p.workshop", tmp_path / "saknas.csv"), "There is no file")
    assert_clear_failure(run("list", tmp_path / "saknas.workshop"), "There is no project file")
    assert run("export", tmp_path / "p.workshop").returncode == 2


def test_export_to_missing_folder_is_refused(tmp_path, notes_csv):
    project = tmp_path / "p.workshop"
    run("import", project, notes_csv)
    assert_clear_failure(
        run("export", project, "--format", "json", "-o", tmp_path / "nowhere" / "x.json"), "does not exist"
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("workshop-app ")


def test_cluster_proposes_themes_and_keeps_the_facilitators(tmp_path):
    project = tmp_path / "p.workshop"
    notes = tmp_path / "notes.csv"
    notes.write_text(
        "focus_area,category,text,theme\n"
        "Samverkan,hinder,Vårdcentralen svarar inte i telefon,\n"
        "Samverkan,hinder,Svårt att nå läkaren på vc,\n"
        "Samverkan,hinder,Olika journalsystem i region och kommun,\n"
        "Samverkan,hinder,Journalen följer inte med patienten,\n"
        "Samverkan,hinder,Vi och dom mellan huvudmännen,Kultur\n",
        encoding="utf-8",
    )
    assert run("import", project, notes).returncode == 0
    result = run("cluster", project)
    assert result.returncode == 0, result.stderr
    assert "themes proposed for 4 notes" in result.stdout
    again = run("cluster", project)
    assert again.stdout == result.stdout
    out = tmp_path / "x.json"
    run("export", project, "--format", "json", "-o", out)
    themes = json.loads(out.read_text(encoding="utf-8"))["workshops"][0]["themes"]
    assert [t["title"] for t in themes if t["origin"] == "facilitator"] == ["Kultur"]
    assert any(t["origin"] == "auto" for t in themes)


def test_export_pdf_and_html_reports(tmp_path, notes_csv):
    from pypdf import PdfReader

    project = tmp_path / "p.workshop"
    run("import", project, notes_csv, "--workshop", "Ekeby")
    pdf, html = tmp_path / "rapport.pdf", tmp_path / "rapport.html"
    assert run("export", project, "--format", "pdf", "-o", pdf).returncode == 0
    assert run("export", project, "--format", "html", "-o", html).returncode == 0
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Vårdcentralen svarar inte" in text and "IT-support <kvällar> & helger" in text
    page = html.read_text(encoding="utf-8")
    assert 'lang="sv"' in page and "IT-support &lt;kvällar&gt; &amp; helger" in page
    assert_clear_failure(run("export", project, "--format", "pdf", "-o", "-"), "needs a file name")
