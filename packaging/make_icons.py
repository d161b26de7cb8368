"""Render the app icon (resources/app/workshoptavlan.svg) to PNG sizes, .ico and .icns.

Run when the SVG changes: ``.venv/bin/python packaging/make_icons.py``. Uses Qt's own SVG renderer
and image writers (ico and icns plugins ship with PySide6), so nothing else is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "app" / "workshoptavlan.svg"
OUT = ROOT / "resources" / "app"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841 - image plugins need an application object
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        render(renderer, size).save(str(OUT / f"workshoptavlan-{size}.png"))
    for fmt, size in (("ico", 256), ("icns", 512)):
        writer = QImageWriter(str(OUT / f"workshoptavlan.{fmt}"), fmt.encode())
        if not writer.write(render(renderer, size)):
            print(f"could not write .{fmt}: {writer.errorString()}", file=sys.stderr)
            return 1
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
