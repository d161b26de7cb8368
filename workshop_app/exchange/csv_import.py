"""Import notes from CSV: all rows or none.

The header needs at least ``focus_area``, ``category`` and ``text`` (Swedish headers such as
``fokusområde``, ``kategori`` and ``lapp`` work too); ``group``, ``author`` and ``theme`` are
optional. A ``theme`` column groups the notes into the facilitator's themes.

Rows whose text is empty or only spaces (spreadsheets often have such rows) are skipped and
counted; any other row that cannot be a note refuses the whole file, naming its line. Quotes are
read strictly: a quotation mark that is never closed is an error on the line where it opened,
not a note that swallows the rest of the file.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.ids import new_id, now
from workshop_app.domain.model import Note, Workshop
from workshop_app.domain.rules import check_note_text
from workshop_app.exchange.errors import ImportFileError
from workshop_app.exchange.matching import CellMatcher
from workshop_app.exchange.neutralise import restore_cell
from workshop_app.exchange.target import workshop_for_import
from workshop_app.exchange.textfile import guess_delimiter, read_text
from workshop_app.storage.project import Project

_HEADER_ALIASES = {
    "focus_area": ("focus_area", "focus area", "focusarea", "area", "fokusområde", "fokusomrade", "område"),
    "category": ("category", "kind", "type", "kategori", "typ"),
    "text": ("text", "note", "lapp", "anteckning", "innehåll"),
    "group": ("group", "group_name", "organisation", "organization", "grupp", "kommun"),
    "author": ("author", "name", "författare", "namn"),
    "theme": ("theme", "tema"),
}
_REQUIRED = ("focus_area", "category", "text")


@dataclass(frozen=True)
class ImportResult:
    workshop: Workshop
    added: int
    skipped: int = 0
    themes: int = 0
    blank: int = 0
    """Rows skipped because their text was empty or only spaces."""


def import_csv(project: Project, path: Path, workshop_title: str | None = None) -> ImportResult:
    """Import the notes of the CSV file at ``path`` in one transaction.

    Raises:
        ImportFileError: naming the file, the line and the problem; nothing is imported.
    """
    path = Path(path)
    text = read_text(path).lstrip("\ufeff")
    if not text.strip():
        raise ImportFileError(path, "the file is empty.")
    header, rows = _read_rows(path, text)
    columns = _columns(path, header)

    with project.transaction():
        workshop = workshop_for_import(project, workshop_title, path.stem)
        matcher = CellMatcher(project.workshops.focus_areas(workshop.id), project.workshops.categories(workshop.id))
        notes: list[Note] = []
        theme_members: dict[tuple[str, str, str], list[str]] = {}
        theme_titles: dict[tuple[str, str, str], str] = {}
        blank = 0
        stamp = now()
        for line, row in rows:
            if not _cell(row, columns["text"]).strip():
                blank += 1
                continue
            note = _note_from_row(path, line, row, columns, matcher, workshop, stamp)
            notes.append(note)
            theme = _cell(row, columns.get("theme")).strip()
            if theme:
                key = (note.focus_area_id, note.category_id, theme.casefold())
                theme_members.setdefault(key, []).append(note.id)
                theme_titles.setdefault(key, theme)
        if not notes:
            raise ImportFileError(path, "the file has no notes.")
        added = project.notes.insert_many(notes)
        existing = {(t.focus_area_id, t.category_id, t.title.casefold()): t for t in project.themes.list(workshop.id)}
        for key, members in theme_members.items():
            if key in existing:
                project.notes.set_theme(members, existing[key].id)
            else:
                project.themes.create(workshop.id, key[0], key[1], theme_titles[key], note_ids=members)
    return ImportResult(workshop, added, len(notes) - added, len(theme_members), blank)


def _read_rows(path: Path, text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and every row that has cells, each with the line it starts on.

    Raises:
        ImportFileError: naming the line where a row that cannot be read starts.
    """
    first_line = text.splitlines()[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=guess_delimiter(first_line), strict=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        header = next(reader)
        start = reader.line_num + 1
        for row in reader:
            if row:
                rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFileError(path, _csv_problem(str(exc)), start) from exc
    return header, rows


def _csv_problem(message: str) -> str:
    if "unexpected end of data" in message or "EOF" in message:
        return (
            "a quotation mark on this line is never closed, so the rest of the file would be "
            "read into one note; close it or remove it."
        )
    if "expected after" in message:
        return (
            f'a quotation mark inside a quoted cell must be written twice (""); the file is not valid CSV ({message}).'
        )
    return f"the file is not valid CSV ({message})."


def _columns(path: Path, header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    normalised = [" ".join(h.strip().lstrip("\ufeff").split()).casefold() for h in header]
    for field, aliases in _HEADER_ALIASES.items():
        for index, name in enumerate(normalised):
            if name in aliases or name.replace(" ", "_") in aliases:
                found.setdefault(field, index)
    missing = [f for f in _REQUIRED if f not in found]
    if missing:
        shown = ", ".join(h for h in header if h.strip()) or "nothing"
        raise ImportFileError(
            path,
            f"the column {missing[0]!r} is missing (the header has: {shown}).",
            1,
        )
    return found


def _cell(row: list[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index]


def _note_from_row(path, line, row, columns, matcher: CellMatcher, workshop: Workshop, stamp: str) -> Note:
    area_name = _cell(row, columns["focus_area"]).strip()
    category_name = _cell(row, columns["category"]).strip()
    area = matcher.area(area_name)
    if area is None:
        raise ImportFileError(
            path,
            f"unknown focus area {area_name!r}; the workshop has: {matcher.area_names()}.",
            line,
        )
    category = matcher.category(category_name)
    if category is None:
        raise ImportFileError(
            path,
            f"unknown category {category_name!r}; use one of: {matcher.category_names()}.",
            line,
        )
    text = restore_cell(_cell(row, columns["text"]))
    try:
        check_note_text(text)
    except ValidationError as exc:
        raise ImportFileError(path, str(exc)[0].lower() + str(exc)[1:], line) from exc
    return Note(
        id=new_id(),
        workshop_id=workshop.id,
        focus_area_id=area.id,
        category_id=category.id,
        text=text,
        group_name=restore_cell(_cell(row, columns.get("group"))).strip(),
        author=restore_cell(_cell(row, columns.get("author"))).strip(),
        created_at=stamp,
        updated_at=stamp,
    )
