"""Shared fixtures. Qt runs offscreen; storage tests need no QApplication."""

from __future__ import annotations

import codecs
import locale
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite must not depend on the machine's locale. Under a locale that is not UTF-8 (a bare "C",
# or a name the machine has not generated) Qt warns and switches to C.UTF-8 itself; the warning
# would fail the first test that starts Qt, so start from C.UTF-8's character set directly.
_started_with = locale.setlocale(locale.LC_ALL)
try:
    locale.setlocale(locale.LC_ALL, "")
    _codeset = locale.nl_langinfo(locale.CODESET)
except locale.Error:
    _codeset = ""
finally:
    locale.setlocale(locale.LC_ALL, _started_with)
if codecs.lookup(_codeset or "ascii").name != "utf-8":
    os.environ["LC_ALL"] = "C.UTF-8"

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user's data folder and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))


@pytest.fixture
def project(tmp_path):
    """A new, empty project file on disk, closed after the test."""
    from workshop_app.storage.project import Project

    with Project.open(tmp_path / "test.workshop", create=True) as opened:
        yield opened


@pytest.fixture
def workshop(project):
    """A workshop made from the GR template in ``project``."""
    return project.workshops.create("Workshop i Testby", date="2026-11-20", place="Testby")


def make_themes(project, workshop, specs):
    """One theme of one note per (focus area index, title, summary) in ``specs``, first category."""
    areas = project.workshops.focus_areas(workshop.id)
    category = project.workshops.categories(workshop.id)[0]
    made = []
    for area_index, title, summary in specs:
        area = areas[area_index]
        note = project.notes.add(workshop.id, area.id, category.id, f"Lapp om {title}")
        made.append(
            project.themes.create(workshop.id, area.id, category.id, title, note_ids=[note.id], summary=summary)
        )
    return made


@pytest.fixture
def three_themes(project, workshop):
    """Themes "Tid" and "Schema" in the first focus area and "Wifi" in the second, for voting."""
    return make_themes(
        project, workshop, ((0, "Tid", "Tid för samtal"), (0, "Schema", ""), (1, "Wifi", "Nät i hemmen"))
    )
