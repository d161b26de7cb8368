"""Icons by qtawesome name ("mdi6.lifebuoy"), from pre-rendered masks in ``resources/icons``.

Importing qtawesome costs ~150 ms of start-up, so the icons the app uses are rendered once into
``resources/icons/<name>.png`` (``python -m workshop_app.gui.icons``) and tinted at run time.
A name without a file (a template may name any icon) falls back to qtawesome, loaded then.
"""

from __future__ import annotations

import logging
import re
import sys
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from workshop_app.paths import resource

log = logging.getLogger(__name__)

FALLBACK = "mdi6.note-outline"
DEFAULT_COLOUR = "#202020"
MASK_SIZE = 96


def _mask_path(name: str) -> Path:
    return resource("icons", f"{name}.png")


@lru_cache(maxsize=512)
def icon(name: str, colour: str = "") -> QIcon:
    """The icon ``name`` in ``colour`` (dark grey when empty); an empty icon for an empty name."""
    if not name:
        return QIcon()
    path = _mask_path(name)
    if path.is_file():
        mask = QPixmap(str(path))
        if not mask.isNull():
            return QIcon(_tinted(mask, QColor(colour or DEFAULT_COLOUR)))
    return _qtawesome_icon(name, colour or DEFAULT_COLOUR)


def _tinted(mask: QPixmap, colour: QColor) -> QPixmap:
    result = QPixmap(mask.size())
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    painter.drawPixmap(0, 0, mask)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(result.rect(), colour)
    painter.end()
    return result


def _qtawesome_icon(name: str, colour: str) -> QIcon:
    import qtawesome

    try:
        return qtawesome.icon(name, color=colour)
    except Exception:  # qtawesome raises a bare Exception for an unknown name
        log.warning("unknown icon %s", name)
        return qtawesome.icon(FALLBACK, color=colour)


def names_in_use() -> list[str]:
    """Every icon named in the GUI's code and the built-in templates."""
    found: set[str] = set()
    pattern = re.compile(r'"(mdi6\.[a-z0-9-]+)"')
    for path in Path(__file__).parent.rglob("*.py"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    for path in resource("templates").glob("*.json"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    return sorted(found)


def render_masks(folder: Path | None = None) -> list[Path]:
    """Render each icon in use as a black mask PNG (needs qtawesome and a QGuiApplication)."""
    import qtawesome

    folder = folder or resource("icons")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names_in_use():
        target = folder / f"{name}.png"
        qtawesome.icon(name, color="#000000").pixmap(MASK_SIZE, MASK_SIZE).save(str(target))
        written.append(target)
    return written


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    from PySide6.QtWidgets import QApplication

    _app = QApplication(sys.argv[:1])
    for written_path in render_masks():
        print(written_path.name)
