"""``workshop-app place``: loose notes sorted into the facilitator's themes, as a script runs it."""

from __future__ import annotations

import os
import subprocess
import sys

from workshop_app.storage.project import Project

NOTES = (
    "focus_area,category,text,theme\n"
    "Kompetensutveckling,hinder,Ingen tid för samtal med brukaren,Tid\n"
    "Kompetensutveckling,hinder,Brist på personal på helgerna,Bemanning\n"
    "Kompetensutveckling,hinder,Journalsystemet krånglar hela tiden,IT-strul\n"
    "Kompetensutveckling,hinder,Schemat är för tight och tidsbrist,\n"
    'Kompetensutveckling,hinder,"Underbemanning, svårt att rekrytera personal",\n'
    "Kompetensutveckling,hinder,Datorn ligger nere och IT-strul,\n"
    "Kompetensutveckling,hinder,Katten på avdelningen heter Måns,\n"
    "Samverkan,hinder,Vårdcentralen svarar inte i telefon,\n"
)


def run(*args, data_dir):
    env = {**os.environ, "WORKSHOP_APP_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
    )


def memberships(path):
    with Project.open(path, read_only=True) as project:
        (workshop,) = project.workshops.list()
        titles = {t.id: t.title for t in project.themes.list(workshop.id)}
        return {n.text: titles.get(n.theme_id) for n in project.notes.list(workshop.id)}


def test_place_sorts_loose_notes_into_their_cells_themes_and_says_how_many(tmp_path):
    path, notes = tmp_path / "p.workshop", tmp_path / "notes.csv"
    notes.write_text(NOTES, encoding="utf-8")
    assert run("import", path, notes, data_dir=tmp_path).returncode == 0
    result = run("place", path, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3 lappar sorterades in, 2 är kvar utan tema"
    after = memberships(path)
    assert after["Schemat är för tight och tidsbrist"] == "Tid"
    assert after["Underbemanning, svårt att rekrytera personal"] == "Bemanning"
    assert after["Datorn ligger nere och IT-strul"] == "IT-strul"
    assert after["Katten på avdelningen heter Måns"] is None  # fits nothing
    assert after["Vårdcentralen svarar inte i telefon"] is None  # its cell has no theme
    again = run("place", path, data_dir=tmp_path)
    assert again.stdout.strip() == "0 lappar sorterades in, 2 är kvar utan tema"
    assert memberships(path) == after


def test_place_names_the_workshop_and_fails_clearly(tmp_path):
    path, notes = tmp_path / "p.workshop", tmp_path / "notes.csv"
    notes.write_text(NOTES, encoding="utf-8")
    run("import", path, notes, "--workshop", "Första", data_dir=tmp_path)
    run("import", path, notes, "--workshop", "Andra", data_dir=tmp_path)
    ambiguous = run("place", path, data_dir=tmp_path)
    assert ambiguous.returncode != 0 and "Traceback" not in ambiguous.stderr
    assert len(ambiguous.stderr.strip().splitlines()) == 1
    missing = run("place", tmp_path / "nothing.workshop", data_dir=tmp_path)
    assert missing.returncode != 0 and "nothing.workshop" in missing.stderr
    assert not (tmp_path / "nothing.workshop").exists()
    named = run("place", path, "--workshop", "Andra", data_dir=tmp_path)
    assert named.returncode == 0 and named.stdout.startswith("3 lappar sorterades in")
    with Project.open(path, read_only=True) as project:
        placed = {w.title: sum(1 for n in project.notes.list(w.id) if n.theme_id) for w in project.workshops.list()}
    assert placed == {"Första": 3, "Andra": 6}  # only the named workshop was sorted


def test_cluster_granularity_one_gives_more_themes_than_zero_on_the_example_notes(tmp_path):
    """Issue 10: `cluster --granularity 1` gave 3 themes where 0 gave 17 (the help says 1 = more)."""
    import csv
    import re

    from workshop_app.paths import resource

    with open(resource("samples", "exempelworkshop.csv"), encoding="utf-8", newline="") as handle:
        rows = [(r["focus_area"], r["category"], r["text"]) for r in csv.DictReader(handle)]
    notes = tmp_path / "loose.csv"
    with open(notes, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["focus_area", "category", "text"])
        writer.writerows(rows)
    path = tmp_path / "p.workshop"
    assert run("import", path, notes, data_dir=tmp_path).returncode == 0
    counts = {}
    for granularity in ("0", "0.5", "1"):
        result = run("cluster", path, "--granularity", granularity, data_dir=tmp_path)
        assert result.returncode == 0, result.stderr
        counts[granularity] = int(re.search(r"(\d+) themes proposed", result.stdout).group(1))
    assert counts["0"] < counts["0.5"] <= counts["1"], counts
