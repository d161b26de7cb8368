"""CSV import: what spreadsheets write is read; what is wrong is refused whole, with file and line."""

from __future__ import annotations

import pytest

from workshop_app.exchange.csv_import import import_csv
from workshop_app.exchange.errors import ImportFileError

ROWS = [
    ("Egenvård", "möjlighet", "Fler klarar sig själva längre"),
    ("Samverkan", "hinder", "Vårdcentralen svarar inte i telefon"),
    ("Kompetensutveckling", "behov av stöd", "Handledning för ssk på arbetstid"),
]


def _csv(rows, sep=",", header=("focus_area", "category", "text")):
    lines = [sep.join(header)] + [sep.join(r) for r in rows]
    return "\r\n".join(lines) + "\r\n"


def _texts(project):
    (workshop,) = project.workshops.list()
    return sorted(n.text for n in project.notes.list(workshop.id))


@pytest.mark.parametrize(
    "encoding, sep",
    [("utf-8", ","), ("utf-8-sig", ","), ("cp1252", ";"), ("utf-16", "\t"), ("latin-1", ";")],
)
def test_spreadsheet_encodings_and_separators(project, tmp_path, encoding, sep):
    path = tmp_path / "lappar.csv"
    path.write_bytes(_csv(ROWS, sep).encode(encoding))
    result = import_csv(project, path)
    assert result.added == 3
    assert _texts(project) == sorted(r[2] for r in ROWS)
    assert result.workshop.title == "lappar"


def test_names_match_case_insensitively_and_in_english(project, tmp_path):
    path = tmp_path / "en.csv"
    path.write_text(
        "Fokusområde;Kategori;Lapp;Grupp\n"
        "EGENVÅRD;Possibility;Appar för egenmätning;Ekeby\n"
        "samverkan;obstacle;Olika journalsystem;Sjöstad\n"
        "Digitalisering;support need;IT-support på kvällar;Björkvik\n",
        encoding="utf-8",
    )
    import_csv(project, path)
    (workshop,) = project.workshops.list()
    notes = project.notes.list(workshop.id)
    categories = {c.id: c.name for c in project.workshops.categories(workshop.id)}
    assert [categories[n.category_id] for n in notes] == ["möjlighet", "hinder", "behov av stöd"]
    assert [n.group_name for n in notes] == ["Ekeby", "Sjöstad", "Björkvik"]


def test_quoted_multiline_note_and_theme_column(project, tmp_path):
    path = tmp_path / "teman.csv"
    path.write_text(
        "focus_area,category,text,theme\n"
        'Egenvård,hinder,"Rad ett\nrad två, med komma",Oklart ansvar\n'
        "Egenvård,hinder,Vem äger frågan??,oklart ansvar\n",
        encoding="utf-8",
    )
    import_csv(project, path)
    (workshop,) = project.workshops.list()
    (theme,) = project.themes.list(workshop.id)
    assert theme.title == "Oklart ansvar"
    assert len(project.themes.member_ids(theme.id)) == 2
    assert "Rad ett\nrad två, med komma" in _texts(project)


def test_missing_column_is_refused_with_file_and_line(project, tmp_path):
    path = tmp_path / "saknas.csv"
    path.write_text("focus_area,text\nEgenvård,Något\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"saknas.csv, line 1: the column 'category' is missing"):
        import_csv(project, path)
    assert project.workshops.list() == []


def test_unknown_focus_area_names_the_line_and_imports_nothing(project, tmp_path):
    path = tmp_path / "fel.csv"
    rows = ROWS + [("Egenvard", "möjlighet", "Stavfel i området")]
    path.write_text(_csv(rows), encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"fel.csv, line 5: unknown focus area 'Egenvard'"):
        import_csv(project, path)
    assert project.workshops.list() == []


def test_unknown_category_and_line_numbers_count_multiline_rows(project, tmp_path):
    path = tmp_path / "kat.csv"
    path.write_text(
        'focus_area,category,text\nEgenvård,möjlighet,"två\nrader"\nEgenvård,kanske,Okänd\n',
        encoding="utf-8",
    )
    with pytest.raises(ImportFileError, match=r"kat.csv, line 4: unknown category 'kanske'"):
        import_csv(project, path)


def test_rows_without_text_are_skipped_and_counted(project, tmp_path, workshop):
    """Spreadsheets keep empty rows; they are not notes, and one of them no longer refuses the file."""
    path = tmp_path / "tom.csv"
    path.write_text(
        'focus_area,category,text\nEgenvård,hinder,Ok\nEgenvård,hinder,"   "\n,,\nOkänt,,\n', encoding="utf-8"
    )
    result = import_csv(project, path, workshop.title)
    assert (result.added, result.blank) == (1, 3)
    assert [n.text for n in project.notes.list(workshop.id)] == ["Ok"]


def test_a_row_with_text_and_no_focus_area_still_refuses_the_file(project, tmp_path, workshop):
    path = tmp_path / "utan.csv"
    path.write_text("focus_area,category,text\nEgenvård,hinder,Ok\n,hinder,Tid!!\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"utan.csv, line 3: unknown focus area ''"):
        import_csv(project, path, workshop.title)
    assert project.notes.count(workshop.id) == 0


def test_an_unclosed_quote_is_an_error_on_its_line(project, tmp_path, workshop):
    path = tmp_path / "citat.csv"
    path.write_text(
        'focus_area,category,text\nEgenvård,hinder,Ok\nEgenvård,hinder,"Tid saknas\nSamverkan,hinder,Nej\n',
        encoding="utf-8",
    )
    with pytest.raises(ImportFileError, match=r"citat.csv, line 3: a quotation mark on this line is never closed"):
        import_csv(project, path, workshop.title)
    assert project.notes.count(workshop.id) == 0


def test_empty_file_is_refused(project, tmp_path):
    path = tmp_path / "inget.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError, match="inget.csv: the file is empty"):
        import_csv(project, path)
