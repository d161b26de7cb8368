"""Check, before Qt starts, that the system has every library Qt's xcb platform plugin needs.

    python packaging/qt_system_libs.py [--plugin PATH] [--stamp FILE]   check; exit 1 with the fix
    python packaging/qt_system_libs.py --packages                       the Debian packages, one line

Without these libraries Qt aborts at start with a message that names only one of them (often one that
is installed already). This runs ``ldd`` on the plugin of the PySide6 in this Python (found without
importing Qt) and, when a library is "not found", prints the one ``apt-get`` line that installs the
missing ones and exits 1. ``make run`` calls it once and writes ``--stamp`` on success; it runs again
only when the system's library cache (``/etc/ld.so.cache``, rewritten whenever packages are installed
or removed) is newer than the stamp, so a normal start costs nothing. It checks nothing (and exits 0)
on other systems than Linux, or when ``QT_QPA_PLATFORM`` names another plugin than xcb.

``PACKAGES`` is the one list of these Debian packages: README's apt line and ``.ci/run`` use it too.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

#: Library file (soname) -> Debian/Ubuntu package, for everything the xcb plugin links outside Qt's own
#: libraries and the C runtime. The order is the order of the apt line.
SONAME_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
}
PACKAGES = tuple(dict.fromkeys(p for s, p in SONAME_PACKAGES.items() if s not in ("libGLX.so.0", "libGLdispatch.so.0")))

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


def xcb_plugin() -> Path | None:
    """The xcb plugin of the PySide6 importable here (without importing Qt), or None."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.is_file() else None


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reports as "not found", in its order, each once."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def package_for(soname: str) -> str:
    """The Debian package that ships ``soname``: from the table, else by Debian's naming policy
    (``libfoo.so.1`` is in ``libfoo1``, ``libfoo2.so.3`` in ``libfoo2-3``)."""
    if soname in SONAME_PACKAGES:
        return SONAME_PACKAGES[soname]
    match = re.match(r"^(lib.+?)\.so\.(\d+)", soname)
    if not match:
        return soname
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def apt_line(packages: list[str] | tuple[str, ...], *, root: bool) -> str:
    """The apt-get command that installs ``packages`` (with sudo unless we are root)."""
    command = f"apt-get install -y --no-install-recommends {' '.join(packages)}"
    return command if root else f"sudo {command}"


def report(missing: list[str], *, root: bool, has_apt: bool) -> str:
    """What to tell the user when ``missing`` libraries stop Qt from starting."""
    lines = [
        "Qt cannot open a window here: its xcb platform plugin needs system libraries that are missing:",
        "  " + ", ".join(missing),
    ]
    if has_apt:
        packages = list(dict.fromkeys(package_for(s) for s in missing))
        lines += [
            "Install them with this one command, then run 'make run' again:",
            "  " + apt_line(packages, root=root),
        ]
    else:
        lines += ["Install the packages that provide them with your system's package manager, then try again."]
    return "\n".join(lines)


def check(plugin: Path) -> list[str]:
    """The libraries ``plugin`` needs that the system lacks (``ldd`` resolves the whole tree)."""
    result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    return missing_libraries(result.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", action="store_true", help="print the Debian packages and exit")
    parser.add_argument("--plugin", type=Path, help="the plugin to check (default: this PySide6's xcb plugin)")
    parser.add_argument("--stamp", type=Path, help="file to touch when the check passed")
    args = parser.parse_args(argv)
    if args.packages:
        print(" ".join(PACKAGES))
        return 0
    platform_name = os.environ.get("QT_QPA_PLATFORM", "")
    if platform_name and not platform_name.startswith("xcb"):
        return 0  # another plugin was asked for: nothing to say about xcb, and no stamp
    plugin = args.plugin or xcb_plugin()
    if sys.platform.startswith("linux") and plugin is not None and shutil.which("ldd"):
        missing = check(plugin)
        if missing:
            root = hasattr(os, "geteuid") and os.geteuid() == 0
            print(report(missing, root=root, has_apt=shutil.which("apt-get") is not None), file=sys.stderr)
            return 1
    if args.stamp is not None:
        args.stamp.touch()
    return 0


if __name__ == "__main__":
    sys.exit(main())
