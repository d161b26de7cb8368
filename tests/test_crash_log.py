"""The error log: one entry per bug with version, platform and traceback; it never grows past ~1 MB."""

from __future__ import annotations

import os
import platform
from pathlib import Path

from workshop_app import crash_log
from workshop_app.version import app_version


def raise_and_log(message: str) -> Path | None:
    try:
        raise ValueError(message)
    except ValueError as exc:
        return crash_log.write_entry(type(exc), exc, exc.__traceback__, context="test")


def test_an_entry_names_version_platform_and_traceback():
    path = raise_and_log("första felet")
    assert path == Path(os.environ["WORKSHOP_APP_DATA_DIR"]) / "errors.log"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("=" * 72 + "\n") and "(test)\n" in text
    assert f"Workshoptavlan {app_version()}\n" in text and f"Platform: {platform.platform()}" in text
    assert "in raise_and_log\n" in text and text.rstrip().endswith("ValueError: första felet")


def test_a_long_log_keeps_its_newer_half_from_an_entry_boundary(monkeypatch):
    monkeypatch.setattr(crash_log, "MAX_BYTES", 4000)
    for i in range(40):
        path = raise_and_log(f"fel nummer {i}")
    text = path.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < 4000 + 2000  # trimmed before each write
    assert text.startswith("=" * 72 + "\n")  # whole entries only
    assert "fel nummer 39" in text and "fel nummer 0\n" not in text


def test_a_folder_that_cannot_be_written_returns_none_and_says_it_on_stderr(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(blocker))
    assert raise_and_log("ingen plats") is None
    assert "ValueError: ingen plats" in capsys.readouterr().err
