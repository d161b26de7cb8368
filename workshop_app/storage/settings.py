"""Project-wide settings (for example the report's title page), stored as JSON values."""

from __future__ import annotations

import json
from typing import Any

from workshop_app.storage.store import Store


class SettingsStore(Store):
    def get(self, key: str, default: Any = None) -> Any:
        rows = self._rows("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(rows[0]["value"]) if rows else default

    def all(self) -> dict[str, Any]:
        return {r["key"]: json.loads(r["value"]) for r in self._rows("SELECT * FROM settings")}

    def set(self, key: str, value: Any) -> None:
        with self._transaction():
            if value is None:
                self._conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                self._db["settings"].upsert({"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key")
            self._announce("settings", "updated", (key,))
