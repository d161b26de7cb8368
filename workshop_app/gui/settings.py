"""The user's preferences and window state, kept in QSettings (per user, not in the project)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCryptographicHash, QSettings

MAX_RECENT = 8
LANGUAGES = ("auto", "sv", "en")


class Preferences:
    """Typed access to the few things the app remembers between runs."""

    def __init__(self, settings: QSettings | None = None):
        self._s = settings if settings is not None else QSettings()

    # --- helpers -----------------------------------------------------------------------------
    def _str(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return value if isinstance(value, str) else default

    def _bool(self, key: str, default: bool = False) -> bool:
        value = self._s.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)

    def _float(self, key: str, default: float) -> float:
        try:
            return float(self._s.value(key, default))
        except (TypeError, ValueError):
            return default

    def sync(self) -> None:
        self._s.sync()

    # --- language ----------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = self._str("ui/language", "auto")
        return value if value in LANGUAGES else "auto"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value if value in LANGUAGES else "auto")

    # --- board -------------------------------------------------------------------------------
    @property
    def high_contrast(self) -> bool:
        return self._bool("board/high_contrast")

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self._s.setValue("board/high_contrast", bool(value))

    @property
    def zoom(self) -> float:
        return min(4.0, max(0.25, self._float("board/zoom", 1.0)))

    @zoom.setter
    def zoom(self, value: float) -> None:
        self._s.setValue("board/zoom", float(value))

    @property
    def presentation_zoom(self) -> float:
        return min(4.0, max(0.5, self._float("board/presentation_zoom", 1.4)))

    @presentation_zoom.setter
    def presentation_zoom(self, value: float) -> None:
        self._s.setValue("board/presentation_zoom", float(value))

    @property
    def timer_minutes(self) -> int:
        return int(min(180, max(1, self._float("timer/minutes", 10))))

    @timer_minutes.setter
    def timer_minutes(self, value: int) -> None:
        self._s.setValue("timer/minutes", int(value))

    # --- note entry (remembered per workshop: areas are per workshop) --------------------------
    def last_cell(self, workshop_id: str) -> tuple[str, str]:
        return (
            self._str(f"entry/{workshop_id}/area"),
            self._str(f"entry/{workshop_id}/category"),
        )

    def set_last_cell(self, workshop_id: str, area_id: str, category_id: str) -> None:
        if self.last_cell(workshop_id) == (area_id, category_id):
            return  # remembered already: every post calls this, and each write rewrites the file
        self._s.setValue(f"entry/{workshop_id}/area", area_id)
        self._s.setValue(f"entry/{workshop_id}/category", category_id)

    @property
    def group_name(self) -> str:
        return self._str("entry/group")

    @group_name.setter
    def group_name(self, value: str) -> None:
        self._s.setValue("entry/group", value)

    # --- projects ----------------------------------------------------------------------------
    @property
    def recent_projects(self) -> list[Path]:
        value = self._s.value("projects/recent", [])
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in (value or []) if isinstance(v, str) and v]

    def add_recent_project(self, path: Path) -> None:
        path = Path(path).resolve()
        items = [p for p in self.recent_projects if p != path]
        items.insert(0, path)
        self._s.setValue("projects/recent", [str(p) for p in items[:MAX_RECENT]])

    def remove_recent_project(self, path: Path) -> None:
        items = [p for p in self.recent_projects if p != Path(path).resolve()]
        self._s.setValue("projects/recent", [str(p) for p in items])

    def last_workshop(self, project_path: Path) -> str:
        return self._str(f"projects/last_workshop/{_key(project_path)}")

    def set_last_workshop(self, project_path: Path, workshop_id: str) -> None:
        self._s.setValue(f"projects/last_workshop/{_key(project_path)}", workshop_id)

    # --- window ------------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)


def _key(path: Path) -> str:
    """A settings key for a file path (QSettings treats '/' as a group separator).

    The first 16 hex digits of the SHA-1 of the resolved path, from Qt's hash: importing
    hashlib (OpenSSL) would cost start-up 5 ms for one key.
    """
    digest = QCryptographicHash.hash(str(Path(path).resolve()).encode("utf-8"), QCryptographicHash.Algorithm.Sha1)
    return bytes(digest.toHex()).decode("ascii")[:16]
