"""Where the app finds its shipped files and keeps the user's files."""

from __future__ import annotations

import os
from importlib import resources as _resources
from pathlib import Path

APP_NAME = "workshop-app"
PROJECT_SUFFIX = ".workshop"


def resource(*parts: str) -> Path:
    """Return the path of a file shipped in ``resources/`` (also inside a PyInstaller bundle).

    Args:
        *parts: path components below ``resources/``, e.g. ``("templates", "gr6.json")``.
    """
    base = Path(str(_resources.files("workshop_app.resources")))
    return base.joinpath(*parts)


def ui_form(name: str) -> Path:
    """Return the path of a Qt Designer form shipped in ``ui/``."""
    return Path(str(_resources.files("workshop_app.ui"))) / name


def user_data_dir() -> Path:
    """The folder for the default project and user files; ``WORKSHOP_APP_DATA_DIR`` overrides it."""
    override = os.environ.get("WORKSHOP_APP_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_project_path() -> Path:
    """The project opened when none is named; created on first start."""
    return user_data_dir() / f"default{PROJECT_SUFFIX}"
