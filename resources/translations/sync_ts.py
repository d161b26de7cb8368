"""Bring the .ts files up to date with the source strings, keeping every translation made so far.

lupdate (6.11) reads our Python but does not see plural forms (``translate(ctx, text, None, n)``)
and drops the plural translations of a file it updates, so this script runs lupdate into a
scratch file, marks every source with ``%n`` as plural, carries the existing translations over,
adds new ones from a JSON file of ``{"Context": {"source": "translation" | ["one", "many"]}}``,
and then compiles both files with lrelease:

    .venv/bin/python resources/translations/sync_ts.py [new_sv.json] [new_en.json]

Prints the messages still untranslated in workshop_sv.ts.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
QT = Path(sys.prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages" / "PySide6"


def _sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workshop_app" / "gui").rglob("*.py"))
    return files + sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))


def _fresh(language: str) -> ET.ElementTree:
    with tempfile.TemporaryDirectory() as tmp:
        target = HERE / f".scratch_{language}.ts"
        try:
            subprocess.run(
                [
                    str(QT / "lupdate"),
                    *_sources(),
                    "-no-obsolete",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    "-ts",
                    str(target),
                ],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            return ET.parse(target)
        finally:
            target.unlink(missing_ok=True)
            del tmp


def _translations(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is not None
                and translation.get("type") != "unfinished"
                and ((translation.text or "").strip() or len(translation))
            ):
                found[(name, message.findtext("source"))] = translation
    return found


def sync(language: str, additions: dict) -> list[tuple[str, str]]:
    path = HERE / f"workshop_{language}.ts"
    old = _translations(ET.parse(path)) if path.exists() else {}
    tree = _fresh(language)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            plural = "%n" in source
            if plural:
                message.set("numerus", "yes")
            message.remove(message.find("translation"))
            new = additions.get(name, {}).get(source)
            translation = ET.SubElement(message, "translation")
            if new is not None:
                if plural:
                    forms = new if isinstance(new, list) else [new, new]
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = new
            elif (name, source) in old:
                kept = old[(name, source)]
                translation.text = kept.text
                for child in kept:
                    translation.append(child)
            else:
                translation.set("type", "unfinished")
                missing.append((name, source))
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> None:
    sv = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")) if len(sys.argv) > 1 else {}
    en = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")) if len(sys.argv) > 2 else {}
    missing = sync("sv", sv)
    missing_en = [m for m in sync("en", en) if "%n" in m[1]]
    subprocess.run(
        [str(QT / "lrelease"), str(HERE / "workshop_sv.ts"), str(HERE / "workshop_en.ts")],
        check=True,
        capture_output=True,
    )
    for context, source in missing:
        print(f"sv missing  [{context}] {source!r}")
    for context, source in missing_en:
        print(f"en plural missing  [{context}] {source!r}")


if __name__ == "__main__":
    main()
