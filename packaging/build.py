"""Build the one-folder bundle for this operating system, and optionally prove that it works.

    python packaging/build.py            build dist/workshop-app/
    python packaging/build.py --check    build, then run the bundle with no Python beside it:
                                         --smoke-test, import a CSV, suggest themes, export a PDF
                                         and a Word report, serve and post a note over HTTP

On Windows, afterwards compile the installer with Inno Setup:
    iscc /DAppVersion=<version> packaging\\windows\\workshoptavlan.iss
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "workshop-app"


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def build() -> None:
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "workshop-app.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    size = folder_size(BUNDLE)
    strip_debug_info(BUNDLE)
    print(
        f"built {BUNDLE} in {time.perf_counter() - start:.0f} s; "
        f"size {folder_size(BUNDLE) / 2**20:.0f} MB ({size / 2**20:.0f} MB before removing debug info)"
    )


def strip_debug_info(folder: Path) -> None:
    """Remove debug sections from shared libraries (Linux), e.g. a pyenv-built libpython's 19 MB.

    Libraries that auditwheel vendored into ``*.libs`` folders are left alone: their patched ELF
    headers do not survive ``strip`` (NumPy's OpenBLAS then fails to load).
    """
    if not sys.platform.startswith("linux") or not shutil.which("strip"):
        return
    libraries = [
        str(path)
        for path in folder.rglob("*.so*")
        if path.is_file() and not path.is_symlink() and not any(p.endswith(".libs") for p in path.parts)
    ]
    for start in range(0, len(libraries), 200):
        subprocess.run(["strip", "--strip-debug", *libraries[start : start + 200]], check=False)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def executable() -> Path:
    return BUNDLE / ("workshop-app.exe" if os.name == "nt" else "workshop-app")


def check() -> None:
    """Run the bundle as a user would, in a clean environment with no Python paths."""
    work = Path(tempfile.mkdtemp(prefix="bundle-check-"))
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV", "CONDA"))}
    env.update(QT_QPA_PLATFORM="offscreen", WORKSHOP_APP_DATA_DIR=str(work / "data"), HOME=str(work))
    project = work / "check.workshop"
    sample = work / "lappar.csv"
    with open(ROOT / "resources" / "samples" / "exempelworkshop.csv", encoding="utf-8") as source:
        rows = list(csv.reader(source))
    with open(sample, "w", encoding="utf-8", newline="") as target:  # loose notes, no themes yet
        csv.writer(target).writerows(row[:4] for row in rows)
    steps = [
        ("import CSV", ["import", str(project), str(sample), "--workshop", "Prov"]),
        ("smoke test", ["--smoke-test", str(project)]),
        ("suggest themes", ["cluster", str(project), "--workshop", "Prov"]),
        (
            "export PDF",
            ["export", str(project), "--workshop", "Prov", "--format", "pdf", "-o", str(work / "rapport.pdf")],
        ),
        # python-docx with lxml and its default template, and Pillow's FreeType for the chart image
        (
            "export DOCX",
            ["export", str(project), "--workshop", "Prov", "--format", "docx", "-o", str(work / "rapport.docx")],
        ),
        ("list", ["list", str(project)]),
        # the JSON import checks the whole file with jsonschema, whose data files must be bundled
        ("export JSON", ["export", str(project), "--format", "json", "-o", str(work / "prov.json")]),
        ("import JSON", ["import", str(work / "kopia.workshop"), str(work / "prov.json")]),
    ]
    for name, args in steps:
        result = subprocess.run(
            [str(executable()), *args], env=env, cwd=work, capture_output=True, text=True, timeout=300
        )
        output = (result.stdout + result.stderr).strip().splitlines()
        print(f"{name:15} exit {result.returncode}  {output[-1] if output else ''}")
        if name == "suggest themes":
            themes_line = output[-1] if output else ""
        if result.returncode != 0:
            raise SystemExit(f"bundle check failed at: {name}\n{result.stdout}{result.stderr}")
    post_from_a_phone(env, work, project)
    if " 0 themes proposed" in themes_line:
        raise SystemExit("bundle check failed: no themes were proposed")
    pdf = (work / "rapport.pdf").read_bytes()
    if not pdf.startswith(b"%PDF"):
        raise SystemExit("bundle check failed: the exported report is not a PDF")
    word = work / "rapport.docx"
    with zipfile.ZipFile(word) as package:
        if "word/document.xml" not in package.namelist() or not any(
            n.startswith("word/media/") for n in package.namelist()
        ):
            raise SystemExit("bundle check failed: the Word report has no document or no chart image")
    print(f"bundle check passed (report {len(pdf) / 1024:.0f} KB, Word {word.stat().st_size / 1024:.0f} KB)")


def post_from_a_phone(env: dict, work: Path, project: Path) -> None:
    """``serve`` on 127.0.0.1: the page loads, a note posted over HTTP is stored, Ctrl+C stops it."""
    import json
    import signal
    import urllib.request

    process = subprocess.Popen(
        [str(executable()), "serve", str(project), "--workshop", "Prov", "--host", "127.0.0.1", "--port", "0"],
        env=env,
        cwd=work,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        url, code = process.stdout.readline().split()
        page = urllib.request.urlopen(url, timeout=30).read().decode("utf-8")
        note = {
            "code": code,
            "focus_area": "Samverkan",
            "category": "hinder",
            "request_id": "bundle-check",
            "text": "Lapp från en mobil – åäö",
        }
        request = urllib.request.Request(
            url + "api/notes",
            data=json.dumps(note).encode("utf-8"),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            status, answer = response.status, json.loads(response.read())
        if os.name == "nt":  # pragma: no cover - no Ctrl+C to send to a console-less child
            process.terminate()
        else:
            process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    except Exception as exc:
        process.kill()
        out, err = process.communicate()
        raise SystemExit(f"bundle check failed at: serve and post\n{exc}\n{out}{err}") from exc
    if "<html lang=" not in page or status != 201 or "id" not in answer:
        raise SystemExit(f"bundle check failed: serve answered {status} {answer}")
    if os.name != "nt" and process.returncode != 0:
        raise SystemExit(f"bundle check failed: serve exited {process.returncode} on Ctrl+C\n{err}")
    print(f"{'serve and post':15} exit {process.returncode}  {url} answered 201 {answer}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="run the built bundle as a user would")
    parser.add_argument("--no-build", action="store_true", help="check an existing bundle")
    args = parser.parse_args()
    print(f"Workshoptavlan {version()} on {sys.platform}")
    if not args.no_build:
        build()
    if args.check or args.no_build:
        check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
