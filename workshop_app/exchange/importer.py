"""Import any file the app understands: CSV, the app's JSON, or another project file."""

from __future__ import annotations

from pathlib import Path

from workshop_app.exchange.errors import ImportFileError
from workshop_app.storage.project import Project


def sniff_kind(path: Path) -> str:
    """ "project", "json" or "csv", from the file's first bytes (not its name)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        from workshop_app.exchange.textfile import unreadable

        raise unreadable(path, exc) from exc
    if head.startswith(b"SQLite format 3\x00"):
        return "project"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return "json"
    return "csv"


class ImportedWorkshop(tuple):
    """``(workshop title, notes added)``, with ``blank_rows``: CSV rows skipped as empty."""

    blank_rows: int

    def __new__(cls, title: str, added: int, blank_rows: int = 0) -> "ImportedWorkshop":
        item = super().__new__(cls, (title, added))
        item.blank_rows = blank_rows
        return item


def import_file(project: Project, path: Path, workshop_title: str | None = None) -> list[ImportedWorkshop]:
    """Import ``path`` into ``project``; returns (workshop title, notes added) per workshop.

    All or nothing: a file with any problem raises ImportFileError and changes nothing.
    """
    path = Path(path)
    kind = sniff_kind(path)
    if kind == "csv":
        from workshop_app.exchange.csv_import import import_csv

        result = import_csv(project, path, workshop_title)
        return [ImportedWorkshop(result.workshop.title, result.added, result.blank)]
    from workshop_app.exchange.json_format import export_dict, import_dict, load_json_file

    titles = [workshop_title] if workshop_title else None
    if kind == "json":
        data = load_json_file(path)
    else:
        if path.resolve() == project.path.resolve():
            raise ImportFileError(path, "is the project itself.")
        with Project.open(path, read_only=True, follow_writers=False) as other:
            data = export_dict(other, other.workshops.list())
    return [ImportedWorkshop(w.title, added) for w, added in import_dict(project, data, path, titles)]
