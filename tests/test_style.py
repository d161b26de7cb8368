"""The code keeps one style: ruff's formatter and linter (configured in pyproject.toml) pass."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=300
    )


def test_the_code_is_formatted():
    result = _ruff("format", "--check", ".")
    assert result.returncode == 0, "run: ruff format .\n" + result.stdout + result.stderr


def test_the_linter_finds_nothing():
    result = _ruff("check", "--output-format", "concise", ".")
    assert result.returncode == 0, "run: ruff check --fix .\n" + result.stdout + result.stderr
