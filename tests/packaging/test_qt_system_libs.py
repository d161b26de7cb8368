"""``make run`` checks Qt's xcb plugin for missing system libraries before Qt can abort.

The check runs the real ``ldd`` on a real plugin: on this machine the libraries are installed (nothing
to report, the stamp is written); a copy of the real plugin whose entry for ``libxcb-keysyms.so.1`` is
renamed to a library that does not exist stands in for a machine that lacks one. What ``ldd`` printed
on the fresh Debian machine of issue 10 checks the package names and the apt line.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "qt_system_libs.py"

spec = importlib.util.spec_from_file_location("qt_system_libs", SCRIPT)
qt_system_libs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(qt_system_libs)

needs_ldd = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None or qt_system_libs.xcb_plugin() is None,
    reason="needs Linux, ldd and the xcb plugin",
)

# ldd on libqxcb.so on the fresh Debian 12 machine (abridged: the resolved lines are left out).
FRESH_DEBIAN_LDD = """\
\tlinux-vdso.so.1 (0x00007ffd3c5f2000)
\tlibQt6XcbQpa.so.6 => /home/u/app/.venv/lib/python3.11/site-packages/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f2c1a3e0000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f2c1a3d7000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f2c1a3cf000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f2c1a5f4000)
"""


def run_check(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env={**environment, **env},
        timeout=60,
        check=False,
    )


def test_the_fresh_machine_gets_one_apt_line_for_both_libraries():
    missing = qt_system_libs.missing_libraries(FRESH_DEBIAN_LDD)
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    as_user = qt_system_libs.report(missing, root=False, has_apt=True)
    assert as_user.splitlines()[-1] == "  sudo apt-get install -y --no-install-recommends libxcb-icccm4 libxcb-keysyms1"
    as_root = qt_system_libs.report(missing, root=True, has_apt=True)
    assert as_root.splitlines()[-1] == "  apt-get install -y --no-install-recommends libxcb-icccm4 libxcb-keysyms1"
    elsewhere = qt_system_libs.report(missing, root=False, has_apt=False)
    assert "apt-get" not in elsewhere and "libxcb-icccm.so.4, libxcb-keysyms.so.1" in elsewhere


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libxcb-xinput.so.0", "libxcb-xinput0"),
        ("libpng16.so.16", "libpng16-16"),
        ("libSM.so.6", "libsm6"),
    ],
)
def test_package_names_follow_the_table_then_debian_naming(soname, package):
    assert qt_system_libs.package_for(soname) == package


@needs_ldd
def test_this_machine_has_every_library_and_the_stamp_is_written(tmp_path):
    stamp = tmp_path / "qt-libs-ok"
    result = run_check("--stamp", str(stamp))
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and stamp.is_file()


@needs_ldd
def test_a_missing_library_stops_with_the_apt_line_and_no_stamp(tmp_path):
    real = qt_system_libs.xcb_plugin()
    (tmp_path / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    (tmp_path / "Qt" / "lib").symlink_to(real.parents[2] / "lib")  # the plugin's RUNPATH: $ORIGIN/../../lib
    plugin = tmp_path / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    data = real.read_bytes()
    assert data.count(b"libxcb-keysyms.so.1\0") == 1
    plugin.write_bytes(data.replace(b"libxcb-keysyms.so.1\0", b"libxcb-keysymX.so.1\0"))  # same length
    stamp = tmp_path / "qt-libs-ok"

    result = run_check("--plugin", str(plugin), "--stamp", str(stamp))

    assert result.returncode == 1 and not stamp.exists()
    lines = result.stderr.strip().splitlines()
    assert lines[1] == "  libxcb-keysymX.so.1"  # only the missing one: the rest resolves
    sudo = "" if os.geteuid() == 0 else "sudo "
    assert lines[-1] == f"  {sudo}apt-get install -y --no-install-recommends libxcb-keysymx1"
    assert run_check("--plugin", str(plugin), QT_QPA_PLATFORM="offscreen").returncode == 0  # not xcb: no check


def test_readme_and_ci_install_the_same_packages():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = [line for line in readme.splitlines() if "apt-get install" in line and "libxcb" in line]
    assert len(lines) == 1
    listed = re.search(r"--no-install-recommends (.+)$", lines[0]).group(1).split()
    assert tuple(listed) == qt_system_libs.PACKAGES
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/qt_system_libs.py --packages" in ci
