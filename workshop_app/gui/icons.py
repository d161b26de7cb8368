"""Icons from qtawesome, loaded lazily and cached (qtawesome costs ~200 ms to import)."""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

FALLBACK = "mdi6.note-outline"


@lru_cache(maxsize=256)
def icon(name: str, colour: str = "") -> QIcon:
    """The qtawesome icon ``name`` (for example ``"mdi6.lifebuoy"``); an empty icon if unknown."""
    if not name:
        return QIcon()
    import qtawesome

    try:
        if colour:
            return qtawesome.icon(name, color=colour)
        return qtawesome.icon(name)
    except Exception:  # qtawesome raises plain Exception for unknown names
        log.warning("unknown icon %s", name)
        return qtawesome.icon(FALLBACK)
