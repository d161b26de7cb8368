"""The app's version, read from the installed package metadata (pyproject.toml is the one source)."""

from __future__ import annotations


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("workshop-app")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"
