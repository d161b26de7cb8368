"""The entry point the command line calls: ``run(path, smoke_test=True)``."""

from __future__ import annotations

from workshop_app.gui.app import run
from workshop_app.paths import default_project_path
from workshop_app.storage.project import Project


def test_smoke_test_on_first_start_creates_the_default_project_with_the_example(qapp):
    assert run(None, smoke_test=True) == 0
    with Project.open(default_project_path(), read_only=True) as project:
        workshops = project.workshops.list()
        assert len(workshops) == 1
        assert project.notes.count(workshops[0].id) > 20


def test_smoke_test_on_a_project(project, workshop, tmp_path):
    project.close()  # released, as when the command line names it
    assert run(project.path, smoke_test=True) == 0


def test_smoke_test_on_a_file_that_is_not_a_project(tmp_path, capsys):
    path = tmp_path / "nej.workshop"
    path.write_text("hej", encoding="utf-8")
    assert run(path, smoke_test=True) == 1
    err = capsys.readouterr().err.strip()
    assert "nej.workshop" in err and len(err.splitlines()) == 1
