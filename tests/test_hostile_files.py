"""Files and inputs made to hurt the user, through the real command line (issue 11).

Each case builds its hostile file from a good project or by hand, runs ``workshop-app`` as a
separate process, and asserts the outcome a facilitator sees: refused with exit 1 and one
sentence (and then the file's bytes are unchanged and nothing new lies beside it), or imported
whole. Mode-000 files stop no one running as root, so those cases run the command line without
the capabilities that let root read anything (``setpriv``); a real full disk is a small tmpfs
mounted in a private mount namespace (``unshare``).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.storage.project import Project

AS_ROOT = os.geteuid() == 0
# run as root without the capabilities that override file permissions
UNPRIVILEGED = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if AS_ROOT else []


def run(*args, prefix=(), timeout=60):
    return subprocess.run(
        [*prefix, sys.executable, "-m", "workshop_app", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env=os.environ.copy(),
    )


def refused(result, *fragments) -> str:
    """Assert exit 1 with one sentence on stderr that has ``fragments``; return the sentence."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Unexpected error" not in lines[0] and "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def good(tmp_path) -> Path:
    """A good project with one workshop of 20 notes, closed (no -wal or -shm beside it)."""
    path = tmp_path / "good.workshop"
    with Project.open(path, create=True) as project:
        workshop = project.workshops.create("Ekeby 20 nov")
        area = project.workshops.focus_areas(workshop.id)[0]
        category = project.workshops.categories(workshop.id)[0]
        for i in range(20):
            project.notes.add(workshop.id, area.id, category.id, f"Lapp {i}")
    return path


@pytest.fixture
def notes_csv(tmp_path) -> Path:
    path = tmp_path / "lappar.csv"
    path.write_text("focus_area,category,text\nEgenvård,möjlighet,Appar för egenvård\n", encoding="utf-8")
    return path


def crafted(good: Path, name: str, sql: str) -> Path:
    """A copy of ``good`` in a folder of its own, changed by ``sql`` (its version stays ours)."""
    folder = good.parent / name
    folder.mkdir()
    path = folder / f"{name}.workshop"
    shutil.copy(good, path)
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()
    for suffix in ("-wal", "-shm"):
        assert not Path(str(path) + suffix).exists()
    return path


HOSTILE_SCHEMAS = {
    "trigger": (
        "CREATE TABLE loot (text TEXT);"
        "CREATE TRIGGER evil AFTER INSERT ON notes BEGIN"
        " INSERT INTO loot SELECT text FROM notes; DELETE FROM notes WHERE id != new.id; END;",
        "contains database objects that this app did not create (trigger 'evil', table 'loot'); it was not opened.",
    ),
    "function_view": (
        "ALTER TABLE notes RENAME TO notes_kept;"
        "CREATE VIEW notes AS SELECT id, workshop_id, focus_area_id, category_id,"
        " upper(text) || sqlite_version() AS text, group_name, author, colour, x, y, theme_id, hidden,"
        " created_at, updated_at, deleted_at FROM notes_kept;",
        "contains database objects that this app did not create (view 'notes' in place of the table, "
        "table 'notes_kept'); it was not opened.",
    ),
    "endless_view": (
        "DROP INDEX idx_notes_workshop_live; DROP INDEX idx_notes_theme_id; DROP INDEX idx_notes_workshop_id;"
        "DROP INDEX idx_notes_request;"
        "DROP TABLE notes;"
        "CREATE VIEW notes (id, workshop_id, deleted_at) AS WITH RECURSIVE r(n) AS"
        " (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n, n, NULL FROM r;",
        "contains database objects that this app did not create (view 'notes' in place of the table); "
        "it was not opened.",
    ),
    "missing_column": (
        "ALTER TABLE notes DROP COLUMN author;",
        "is not a complete workshop project (the table 'notes' has no column 'author'); it was not opened.",
    ),
    "check_constraint": (
        "DROP INDEX idx_notes_workshop_live; DROP INDEX idx_notes_theme_id; DROP INDEX idx_notes_workshop_id;"
        "DROP INDEX idx_notes_request;"
        "ALTER TABLE notes RENAME TO old_notes;"
        "CREATE TABLE notes (id TEXT PRIMARY KEY, workshop_id TEXT NOT NULL, focus_area_id TEXT NOT NULL,"
        " category_id TEXT NOT NULL, text TEXT NOT NULL CHECK (length(text) < 10000), group_name TEXT DEFAULT '',"
        " author TEXT DEFAULT '', colour TEXT DEFAULT '', x REAL, y REAL, theme_id TEXT, hidden INTEGER DEFAULT 0,"
        " created_at TEXT NOT NULL, updated_at TEXT, deleted_at TEXT, request_id TEXT);"
        "INSERT INTO notes SELECT * FROM old_notes; DROP TABLE old_notes;"
        "CREATE UNIQUE INDEX idx_notes_request ON notes (workshop_id, request_id);"
        "CREATE INDEX idx_notes_workshop_id ON notes (workshop_id);"
        "CREATE INDEX idx_notes_theme_id ON notes (theme_id);"
        "CREATE INDEX idx_notes_workshop_live ON notes (workshop_id, deleted_at);",
        "contains database objects that this app did not create (a changed table 'notes'); it was not opened.",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_SCHEMAS))
def test_a_crafted_project_is_refused_by_every_command_untouched(good, notes_csv, tmp_path, case):
    sql, sentence = HOSTILE_SCHEMAS[case]
    path = crafted(good, case, sql)
    before = folder_state(path.parent)
    target = tmp_path / "target.workshop"
    for args in (
        ("list", path),
        ("export", path, "--format", "json", "-o", tmp_path / "out.json"),
        ("export", path, "--format", "csv", "-o", "-"),
        ("import", path, notes_csv),  # opened for writing
        ("import", target, path),  # a merge source
        ("cluster", path),
    ):
        line = refused(run(*args, timeout=30), sentence)
        assert line.startswith(f"workshop-app: {path.name} "), line
        assert folder_state(path.parent) == before  # bytes unchanged, no -wal, -shm or .lock
    assert not target.exists() and not (tmp_path / "out.json").exists()


def test_a_crafted_project_is_refused_by_the_window_too(good):
    sql, sentence = HOSTILE_SCHEMAS["endless_view"]
    path = crafted(good, "gui", sql)
    before = folder_state(path.parent)
    refused(run("--smoke-test", path, timeout=60), sentence)
    assert folder_state(path.parent) == before


def test_the_service_api_refuses_a_project_with_a_trigger(good):
    """The attack in the issue: posting one note through the API deleted the other twenty."""
    from workshop_app.storage.errors import UnexpectedSchemaError

    path = crafted(good, "api", HOSTILE_SCHEMAS["trigger"][0])
    before = folder_state(path.parent)
    for read_only in (False, True):
        with pytest.raises(UnexpectedSchemaError, match="trigger 'evil'"):
            Project.open(path, read_only=read_only)
    assert folder_state(path.parent) == before


def test_every_connection_distrusts_the_schema(good):
    from workshop_app.storage.fileinfo import connect_read_only

    conn = connect_read_only(good)
    assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    conn.close()
    with Project.open(good, read_only=True) as reader:
        assert reader.conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    with Project.open(good) as writer:
        assert writer.conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0


def test_a_check_that_runs_too_long_is_stopped(tmp_path):
    from workshop_app.storage.errors import ProjectCheckTooLongError
    from workshop_app.storage.schema_check import StepLimit

    conn = sqlite3.connect(":memory:")
    endless = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"
    with pytest.raises(ProjectCheckTooLongError, match="could not be checked in reasonable time"):
        with StepLimit(conn, tmp_path / "slow.workshop", limit=1_000_000):
            conn.execute(endless).fetchone()
    assert conn.execute("SELECT 1").fetchone() == (1,)  # the guard is gone afterwards


# --- files that are not ours ----------------------------------------------------------------
def _foreign_sqlite(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    "name, make, sentence",
    [
        (
            "other.db",
            lambda p: _foreign_sqlite(p, "CREATE TABLE stuff (x)"),
            "other.db is not a workshop project file.",
        ),
        (
            "blank.db",
            lambda p: _foreign_sqlite(p, "PRAGMA user_version = 7", "VACUUM"),
            "blank.db is not a workshop project file.",
        ),
        (
            "empty.workshop",
            lambda p: p.write_bytes(b""),
            "empty.workshop is empty (0 bytes), not a workshop project, and was not opened; "
            "delete it or choose another name for a new project.",
        ),
        (
            "text.workshop",
            lambda p: p.write_text("Tid!!\n", encoding="utf-8"),
            "text.workshop is not a workshop project file.",
        ),
    ],
)
def test_a_file_that_is_not_ours_is_never_turned_into_a_project(tmp_path, notes_csv, name, make, sentence):
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / name
    make(path)
    before = folder_state(folder)
    refused(run("import", path, notes_csv), sentence)
    refused(run("list", path), sentence)
    refused(run("import", tmp_path / "target.workshop", path) if name.endswith(".db") else run("list", path), sentence)
    assert folder_state(folder) == before
    assert not (tmp_path / "target.workshop").exists()


def test_reading_a_good_project_leaves_nothing_beside_it(good, tmp_path):
    before = folder_state(good.parent)
    assert run("list", good).returncode == 0
    assert run("export", good, "--format", "json", "-o", "-").returncode == 0
    target = tmp_path / "elsewhere" / "target.workshop"
    assert run("import", target, good).returncode == 0  # as a merge source
    assert folder_state(good.parent) == before


def test_a_new_project_is_made_whole_and_leaves_nothing_else(tmp_path, notes_csv):
    result = run("import", tmp_path / "ny.workshop", notes_csv)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lappar.csv", "ny.workshop"]


# --- JSON -----------------------------------------------------------------------------------
@pytest.fixture
def export(good, tmp_path) -> dict:
    out = tmp_path / "good.json"
    assert run("export", good, "--format", "json", "-o", out).returncode == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _write(tmp_path: Path, name: str, data) -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _second_workshop(data: dict) -> dict:
    """A second workshop in the same file, with ids of its own."""
    other = json.loads(json.dumps(data["workshops"][0]))
    other["id"], other["title"] = "w2", "Sjöstad 21 nov"
    for kind in ("focus_areas", "categories", "notes"):
        for i, item in enumerate(other[kind]):
            item["id"] = f"w2-{kind}-{i}"
    areas = {a["name"]: a["id"] for a in other["focus_areas"]}
    categories = {c["name"]: c["id"] for c in other["categories"]}
    for note in other["notes"]:
        note["focus_area_id"], note["category_id"] = areas[note["focus_area"]], categories[note["category"]]
    return other


def _bad_json_cases(data: dict) -> dict:
    cases = {}

    twice = json.loads(json.dumps(data))
    twice["workshops"][0]["notes"][3]["id"] = twice["workshops"][0]["notes"][0]["id"]
    cases["same_note_id_twice"] = (twice, "workshops[0].notes[3].id repeats the id of workshops[0].notes[0].")

    crossed = json.loads(json.dumps(data))
    crossed["workshops"].append(_second_workshop(data))
    crossed["workshops"][1]["notes"][2]["focus_area_id"] = data["workshops"][0]["focus_areas"][1]["id"]
    cases["area_of_another_workshop"] = (
        crossed,
        "workshops[1].notes[2].focus_area_id names a focus area of workshops[0], not of its own workshop.",
    )

    many = json.loads(json.dumps(data))
    many["workshops"][0]["participants"] = 10**30
    cases["participants_10_30"] = (
        many,
        "workshops[0].participants must be a whole number from 0 to 1000000, not a number with 31 digits.",
    )

    far = json.loads(json.dumps(data))
    far["workshops"][0]["focus_areas"][2]["position"] = 2**70
    far["workshops"][0]["notes"][3]["x"] = 2**70
    cases["position_2_70"] = (
        far,
        "workshops[0].focus_areas[2].position must be a whole number from -9007199254740992 to "
        "9007199254740992, not a number with 22 digits (1 more problem in the file).",
    )

    typed = json.loads(json.dumps(data))
    typed["workshops"][0]["notes"][0] = "Tid!!"
    cases["note_is_text"] = (typed, 'workshops[0].notes[0] must be an object, not "Tid!!".')

    typed_title = json.loads(json.dumps(data))
    typed_title["workshops"][0]["title"] = ["Ekeby"]
    cases["title_is_a_list"] = (typed_title, "workshops[0].title must be text, not a list.")

    text_number = json.loads(json.dumps(data))
    text_number["workshops"][0]["notes"][1]["text"] = 42
    cases["text_is_a_number"] = (text_number, "workshops[0].notes[1].text must be text, not 42.")

    cases["nested_100000"] = (
        '{"format": "workshop-app", "version": 1, "workshops": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "is nested too deeply to be a workshop export.",
    )
    cases["nan"] = (
        json.dumps(data).replace('"participants": null', '"participants": NaN'),
        "is not valid JSON (NaN is not a number JSON allows).",
    )
    return cases


BAD_JSON = (
    "same_note_id_twice",
    "area_of_another_workshop",
    "participants_10_30",
    "position_2_70",
    "note_is_text",
    "title_is_a_list",
    "text_is_a_number",
    "nested_100000",
    "nan",
)


@pytest.mark.parametrize("case", BAD_JSON)
def test_a_bad_json_file_is_refused_whole_with_its_place(export, good, tmp_path, case):
    data, sentence = _bad_json_cases(export)[case]
    source = _write(tmp_path, f"{case}.json", data)
    target = tmp_path / "target.workshop"
    refused(run("import", target, source), f"{case}.json: {sentence}")
    assert not target.exists()
    before = good.read_bytes()
    refused(run("import", good, source, "--workshop", "Ekeby 20 nov"), f"{case}.json: {sentence}")
    assert good.read_bytes() == before  # nothing written: the import is whole or nothing


def test_ids_used_by_another_workshop_get_new_ones_and_the_import_is_whole(export, good, tmp_path):
    """A hand-copied workshop keeps the first one's area, category and note ids: all are renewed."""
    copy = json.loads(json.dumps(export))
    clone = copy["workshops"][0]
    clone["id"], clone["title"] = "w-copy", "Kopia av Ekeby"
    clone["notes"].append({**clone["notes"][0], "id": "ny-lapp", "text": "Bara i kopian"})
    source = _write(tmp_path, "kopia.json", copy)

    result = run("import", good, source)
    assert result.returncode == 0, result.stderr
    assert "Kopia av Ekeby: 21 notes imported" in result.stdout
    listing = run("list", good).stdout
    assert "Ekeby 20 nov" in listing and "Kopia av Ekeby" in listing
    with Project.open(good, read_only=True) as project:
        first, second = project.workshops.list()
        assert project.notes.count(first.id) == 20 and project.notes.count(second.id) == 21
        assert len(project.workshops.focus_areas(second.id)) == len(project.workshops.focus_areas(first.id))
        for note in project.notes.list(second.id):
            assert project.workshops.focus_area(note.focus_area_id).workshop_id == second.id
    for fmt in ("csv", "json"):
        out = run("export", good, "--workshop", "Kopia av Ekeby", "--format", fmt, "-o", "-")
        assert out.returncode == 0 and "Bara i kopian" in out.stdout, out.stderr
    again = run("import", good, source)
    assert again.returncode == 0 and "Kopia av Ekeby: 0 notes imported" in again.stdout


# --- CSV ------------------------------------------------------------------------------------
def test_an_unclosed_quote_in_csv_is_refused_naming_its_line(tmp_path):
    source = tmp_path / "citat.csv"
    source.write_text(
        'focus_area,category,text\nEgenvård,möjlighet,Appar\nSamverkan,hinder,"Vårdcentralen svarar inte\n'
        "Digitalisering,behov av stöd,IT-stöd\n",
        encoding="utf-8",
    )
    refused(
        run("import", tmp_path / "p.workshop", source),
        "citat.csv, line 3: a quotation mark on this line is never closed",
    )
    assert not (tmp_path / "p.workshop").exists()


def test_csv_rows_without_text_are_skipped_and_counted(tmp_path):
    source = tmp_path / "excel.csv"
    source.write_text(
        "fokusområde;kategori;lapp\r\nEgenvård;möjlighet;Appar\r\n;;\r\nSamverkan;hinder;   \r\n"
        "Samverkan;hinder;Vårdcentralen svarar inte\r\n",
        encoding="utf-8",
    )
    result = run("import", tmp_path / "p.workshop", source)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["excel: 2 notes imported", "2 empty rows skipped (no text)"]


def test_a_csv_row_with_text_but_no_focus_area_refuses_the_file(tmp_path):
    source = tmp_path / "utan.csv"
    source.write_text("focus_area,category,text\nEgenvård,möjlighet,Appar\n,hinder,Tid!!\n", encoding="utf-8")
    refused(run("import", tmp_path / "p.workshop", source), "utan.csv, line 3: unknown focus area ''")


# --- permissions, read-only folders, full disks ---------------------------------------------
needs_setpriv = pytest.mark.skipif(
    AS_ROOT and shutil.which("setpriv") is None,
    reason="running as root, and without setpriv a mode-000 file cannot be made unreadable",
)


@needs_setpriv
@pytest.mark.parametrize("mode", [0o000, 0o200])
def test_a_project_the_user_may_not_read_says_so(good, notes_csv, mode):
    before = folder_state(good.parent)
    good.chmod(mode)
    try:
        sentence = (
            f"You do not have permission to read {good.name}, so it was not opened; "
            "ask the file's owner for access or copy it to a folder of your own."
        )
        refused(run("list", good, prefix=UNPRIVILEGED), sentence)
        refused(run("export", good, "--format", "csv", "-o", "-", prefix=UNPRIVILEGED), sentence)
        refused(run("import", good, notes_csv, prefix=UNPRIVILEGED), sentence)
    finally:
        good.chmod(0o644)
    assert folder_state(good.parent) == before


@needs_setpriv
def test_an_import_file_the_user_may_not_read_says_so(tmp_path, notes_csv):
    notes_csv.chmod(0o000)
    try:
        refused(
            run("import", tmp_path / "p.workshop", notes_csv, prefix=UNPRIVILEGED),
            "lappar.csv: cannot be read: you do not have permission to read it.",
        )
    finally:
        notes_csv.chmod(0o644)
    assert not (tmp_path / "p.workshop").exists()


@pytest.fixture
def read_only_folder(good):
    """Make ``good``'s folder read-only: immutable for root (chattr), mode 555 for anyone else."""
    folder = good.parent
    if AS_ROOT:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)]).returncode != 0:
            pytest.skip("running as root on a file system where chattr +i is not available")
    else:
        folder.chmod(0o555)
    try:
        yield folder
    finally:
        if AS_ROOT:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        else:
            folder.chmod(0o755)


def test_a_good_project_in_a_read_only_folder_can_be_listed_and_exported(good, read_only_folder, tmp_path):
    before = folder_state(read_only_folder)
    listing = run("list", good)
    assert listing.returncode == 0 and "Ekeby 20 nov" in listing.stdout and "20 notes" in listing.stdout
    exported = run("export", good, "--format", "csv", "-o", "-")
    assert exported.returncode == 0 and "Lapp 19" in exported.stdout
    sentence = refused(run("import", good, good.parent.parent / "missing.csv"))
    assert "There is no file" in sentence
    assert folder_state(read_only_folder) == before  # no -wal, -shm or .lock


def test_writing_to_a_project_in_a_read_only_folder_says_why(good, notes_csv, read_only_folder):
    before = folder_state(read_only_folder)
    refused(run("import", good, notes_csv), f"{good.name} is in a read-only folder or is itself read-only")
    assert folder_state(read_only_folder) == before


def _unshare_works() -> bool:
    if not AS_ROOT or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(
    not _unshare_works(), reason="a full disk needs a tmpfs in a private mount namespace (root and unshare)"
)
@pytest.mark.parametrize("free_kb", [0, 12, 40])
def test_creating_a_project_on_a_full_disk_leaves_nothing(tmp_path, notes_csv, free_kb):
    mount = tmp_path / "disk"
    mount.mkdir()
    script = (
        f'mount -t tmpfs -o size=256k tmpfs "{mount}" && '
        f'dd if=/dev/zero of="{mount}/filler" bs=1k count={256 - free_kb} 2>/dev/null; '
        f'"{sys.executable}" -m workshop_app import "{mount}/ny.workshop" "{notes_csv}"; '
        f'code=$?; ls -a "{mount}" >&2; exit $code'
    )
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=60)
    listing = result.stderr.strip().splitlines()
    message, files = listing[0], listing[1:]
    assert result.returncode == 1, result
    assert "Could not save to ny.workshop (the disk is full); nothing was changed." in message
    assert sorted(files) == [".", "..", "filler"]


def test_crafted_rows_in_a_correct_schema_export_and_are_refused_as_a_merge_source(good, tmp_path):
    """The schema is ours, but a note points at another workshop's focus area."""
    with Project.open(good) as project:
        other = project.workshops.create("Sjöstad 21 nov")
        foreign_area = project.workshops.focus_areas(other.id)[0].id
    conn = sqlite3.connect(good)
    conn.execute("UPDATE notes SET focus_area_id = ? WHERE text = 'Lapp 5'", (foreign_area,))
    conn.commit()
    conn.close()
    for fmt in ("csv", "json"):
        exported = run("export", good, "--workshop", "Ekeby 20 nov", "--format", fmt, "-o", "-")
        assert exported.returncode == 0 and "Lapp 5" in exported.stdout, exported.stderr
    target = tmp_path / "target.workshop"
    refused(
        run("import", target, good),
        "good.workshop: workshops[0].notes[5].focus_area_id names a focus area "
        "of workshops[1], not of its own workshop.",
    )
    assert not target.exists()
