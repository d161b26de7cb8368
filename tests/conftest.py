"""Shared fixtures. Qt runs offscreen; storage tests need no QApplication."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
