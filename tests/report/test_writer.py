"""A report target that cannot be written gives one clear sentence and keeps the old file."""

from __future__ import annotations

import os

import pytest

from workshop_app.report import ReportWriteError, export_html, export_pdf
from workshop_app.storage.atomic import write_atomically


def test_missing_folder(project, workshop, tmp_path):
    with pytest.raises(ReportWriteError, match="does not exist"):
        export_pdf(project, [workshop.id], tmp_path / "missing" / "r.pdf")


def test_folder_that_is_a_file(project, workshop, tmp_path):
    blocker = tmp_path / "a-file.txt"
    blocker.write_text("not a folder")
    with pytest.raises(ReportWriteError, match="is a file, not a folder"):
        export_html(project, [workshop.id], blocker / "r.html")
    assert blocker.read_text() == "not a folder"


def test_target_that_is_a_folder(project, workshop, tmp_path):
    with pytest.raises(ReportWriteError, match="is a folder"):
        export_pdf(project, [workshop.id], tmp_path)


def test_file_locked_by_a_viewer_keeps_the_old_report(project, workshop, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "r.pdf"
    target.write_bytes(b"the good old report")

    def locked(src, dst):  # what Windows does while a PDF viewer holds the file
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ReportWriteError, match="open in another program"):
        export_pdf(project, [workshop.id], target)
    assert target.read_bytes() == b"the good old report"
    assert [p.name for p in folder.iterdir()] == ["r.pdf"]  # no temporary file left


def test_failure_while_writing_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ReportWriteError, match="disk is full"):
        write_atomically(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_new_file_gets_ordinary_permissions(tmp_path):
    out = write_atomically(tmp_path / "r.html", b"<html></html>")
    assert out.read_bytes() == b"<html></html>"
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


def test_replacing_keeps_existing_permissions(tmp_path):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640
