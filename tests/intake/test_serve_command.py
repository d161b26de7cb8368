"""``workshop-app serve`` as a script runs it: a real process, a real port, Ctrl+C to stop."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

import pytest

from tests.intake.conftest import call
from workshop_app.storage.project import Project

FIRST_LINE = re.compile(r"^http://127\.0\.0\.1:(\d+)/ (\d{6})$")


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "rummet.workshop"
    with Project.open(path, create=True) as project:
        project.workshops.create("Workshop i Ekeby")
        project.workshops.create("Workshop i Sjöstad")
    return path


def _start(*args):
    return subprocess.Popen(
        [sys.executable, "-m", "workshop_app", "serve", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def test_serve_prints_url_and_code_takes_notes_and_stops_on_ctrl_c(project_file):
    process = _start(project_file, "--workshop", "workshop i sjöstad", "--host", "127.0.0.1", "--port", "0")
    try:
        first = process.stdout.readline().rstrip("\n")
        match = FIRST_LINE.match(first)
        assert match, first
        port, code = int(match.group(1)), match.group(2)
        assert call(port, "GET", f"/api/workshop?code={code}").json["title"] == "Workshop i Sjöstad"
        answer = call(
            port,
            "POST",
            "/api/notes",
            body={
                "code": code,
                "focus_area": "Samverkan",
                "category": "hinder",
                "text": "Ringer men ingen svarar – åäö",
                "request_id": "cli-1",
            },
        )
        assert answer.status == 201
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    with Project.open(project_file, read_only=True) as project:
        (sjostad,) = project.workshops.find("Workshop i Sjöstad")
        assert [n.text for n in project.notes.list(sjostad.id)] == ["Ringer men ingen svarar – åäö"]
        (ekeby,) = project.workshops.find("Workshop i Ekeby")
        assert project.notes.list(ekeby.id) == []


def test_serve_needs_a_workshop_when_the_project_has_several(project_file):
    result = subprocess.run(
        [sys.executable, "-m", "workshop_app", "serve", str(project_file), "--host", "127.0.0.1", "--port", "0"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and "--workshop" in result.stderr


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["--workshop", "Finns inte"], "There is no workshop called 'Finns inte'"),
        (["--workshop", "Workshop i Ekeby", "--host", "192.0.2.1"], "not an address of this computer"),
    ],
)
def test_serve_fails_with_one_sentence(project_file, args, fragment):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "workshop_app",
            "serve",
            str(project_file),
            "--port",
            "0",
            *(["--host", "127.0.0.1"] if "--host" not in args else []),
            *args,
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert fragment in result.stderr and result.stderr.strip().count("\n") == 0


def test_serve_refuses_a_missing_project(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "workshop_app",
            "serve",
            str(tmp_path / "nej.workshop"),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "nej.workshop").exists()


def test_list_and_the_command_line_do_not_load_the_server_library(project_file):
    code = (
        "import sys; from workshop_app import cli; cli.main(['list', sys.argv[1]]);"
        " assert 'aiohttp' not in sys.modules and 'segno' not in sys.modules, 'loaded'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(project_file)], capture_output=True, text=True, encoding="utf-8", timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "Workshop i Ekeby" in result.stdout
