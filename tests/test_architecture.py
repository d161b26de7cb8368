"""The layers DESIGN.md draws, checked: Qt only in workshop_app.gui, no SQL in the GUI."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    """import-linter: nothing below workshop_app.gui imports Qt; layers point one way."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
            "--no-cache",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_gui_writes_no_sql():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "workshop_app" / "gui").rglob("*.py")
        if re.search(r"import sqlite3|sqlite_utils|\.execute\(", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_every_package_ships_in_the_wheel():
    """Each folder with an __init__.py under workshop_app/ is listed in pyproject.toml."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(path.parent.relative_to(ROOT).parts) for path in (ROOT / "workshop_app").rglob("__init__.py")}
    assert found - listed == set()


def test_command_line_start_imports_no_qt_or_heavy_libraries(tmp_path):
    code = (
        "import sys\n"
        "from workshop_app.cli import main\n"
        "main(['list', sys.argv[1]])\n"
        "heavy = [m for m in ('PySide6', 'qtawesome', 'reportlab', 'numpy', 'scipy', 'sqlite_utils') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    from workshop_app.storage.project import Project

    Project.open(tmp_path / "p.workshop", create=True).close()
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "p.workshop")], capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_every_module_is_under_the_contracts():
    """A new package or top-level module is named in the Qt and SQLite contracts (or is the GUI or
    storage itself), so that no part of the house is left unchecked by accident."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = {c["name"]: set(c.get("source_modules", ())) for c in config["tool"]["importlinter"]["contracts"]}
    top_level = {
        f"workshop_app.{path.stem if path.is_file() else path.name}"
        for path in (ROOT / "workshop_app").iterdir()
        if (path.suffix == ".py" and path.stem not in ("__init__", "__main__")) or (path / "__init__.py").is_file()
    }
    assert top_level - contracts["Only workshop_app.gui imports Qt"] == {"workshop_app.gui"}
    assert top_level - contracts["Only workshop_app.storage talks to SQLite"] == {"workshop_app.storage"}


def test_no_import_cycle_among_the_package_modules():
    """No module imports (directly or through others) a module that imports it back, counting
    imports made inside functions and under ``if TYPE_CHECKING:`` too: features get a narrow
    context or a protocol, never the module that made them."""
    import grimp

    graph = grimp.build_graph("workshop_app", cache_dir=None)
    cycles = sorted(
        f"{module} -> {imported}"
        for module in graph.modules
        for imported in graph.find_modules_directly_imported_by(module)
        if imported.startswith("workshop_app") and graph.chain_exists(importer=imported, imported=module)
    )
    assert cycles == []


MAX_MODULE_LINES = 500


def test_every_module_is_a_small_room():
    """No module of the package is longer than MAX_MODULE_LINES lines: a longer one holds more
    than one thing and is split by what it does."""
    long = {
        str(path.relative_to(ROOT)): lines
        for path in (ROOT / "workshop_app").rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}
