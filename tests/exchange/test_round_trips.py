"""Export and import: CSV safe for spreadsheets, JSON complete and lossless, merging by id."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.hostile import HOSTILE_TEXTS
from workshop_app.exchange.csv_export import export_csv
from workshop_app.exchange.csv_import import import_csv
from workshop_app.exchange.errors import ImportFileError
from workshop_app.exchange.importer import import_file
from workshop_app.exchange.json_format import export_dict, export_json
from workshop_app.exchange.samples import add_example_workshop
from workshop_app.storage.project import Project


@pytest.fixture
def rich(project):
    """The example workshop plus hostile notes, a deleted note, a conclusion and a proposal."""
    workshop = add_example_workshop(project)
    area = project.workshops.focus_areas(workshop.id)[2]
    category = project.workshops.categories(workshop.id)[1]
    for text in HOSTILE_TEXTS:
        project.notes.add(workshop.id, area.id, category.id, text, author="Kim")
    gone = project.notes.add(workshop.id, area.id, category.id, "Borttagen")
    project.notes.delete([gone.id])
    project.workshops.set_conclusion(area.id, "Slutsats om <digitalisering> & teknik")
    project.themes.create(workshop.id, area.id, category.id, "Förslag", origin="auto", keywords=["wifi"])
    return workshop


def _comparable(data):
    data = json.loads(json.dumps(data))
    data.pop("app_version")
    return data


def test_json_round_trip_is_lossless(project, rich, tmp_path):
    exported = export_dict(project, [rich])
    path = tmp_path / "export.json"
    path.write_text(export_json(project, [rich]), encoding="utf-8")
    with Project.open(tmp_path / "empty.workshop", create=True) as other:
        import_file(other, path)
        assert _comparable(export_dict(other, other.workshops.list())) == _comparable(exported)


def test_json_notes_carry_the_documented_fields(project, rich):
    note = export_dict(project, [rich])["workshops"][0]["notes"][0]
    assert {"id", "focus_area", "category", "text", "theme_id"} <= set(note)
    assert note["focus_area"] == "Egenvård" and note["category"] == "möjlighet"


def test_importing_twice_duplicates_nothing(project, rich, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(export_json(project, [rich]), encoding="utf-8")
    with Project.open(tmp_path / "other.workshop", create=True) as other:
        first = import_file(other, path)
        second = import_file(other, path)
        assert first[0][1] == len(project.notes.list(rich.id, include_deleted=True))
        assert second == [(rich.title, 0)]
        assert len(other.workshops.list()) == 1


def test_merging_project_files(project, rich, tmp_path):
    with Project.open(tmp_path / "ekeby.workshop", create=True) as ekeby:
        mine = ekeby.workshops.create("Ekeby")
        area = ekeby.workshops.focus_areas(mine.id)[0]
        category = ekeby.workshops.categories(mine.id)[0]
        ekeby.notes.add(mine.id, area.id, category.id, "Från Ekeby")
    import_file(project, tmp_path / "ekeby.workshop")
    import_file(project, tmp_path / "ekeby.workshop")
    titles = sorted(w.title for w in project.workshops.list())
    assert titles == sorted([rich.title, "Ekeby"])


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "is not valid JSON"),
        ('{"format": "other", "version": 1, "workshops": []}', "is not a workshop export"),
        ('{"format": "workshop-app", "version": 99, "workshops": []}', "newer version"),
        (
            '{"format": "workshop-app", "version": 1, "workshops": [{"id": "x"}]}',
            r"bad.json: workshops\[0\] has no 'title' \(4 more problems in the file\)\.",
        ),
    ],
)
def test_bad_json_is_refused_whole(project, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError, match=message):
        import_file(project, path)
    assert project.workshops.list() == []


def test_csv_export_neutralises_formulas(project, rich):
    rows = list(csv.reader(io.StringIO(export_csv(project, [rich]))))
    texts = [r[3] for r in rows[1:]]
    for cell in texts:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert "'=SUMMA(A1:A9)" in texts and "'+46 70 123 45 67" in texts and "''=redan citerad" in texts


def test_csv_export_imports_back_exactly(project, rich, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes(export_csv(project, [rich]).encode("utf-8-sig"))
    with Project.open(tmp_path / "copy.workshop", create=True) as other:
        import_csv(other, path)
        (copy,) = other.workshops.list()
        assert sorted(n.text for n in other.notes.list(copy.id)) == sorted(n.text for n in project.notes.list(rich.id))
