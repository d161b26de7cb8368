"""Find a workshop's focus area or category from the name written in a file."""

from __future__ import annotations

from workshop_app.domain.model import Category, FocusArea

_CATEGORY_ALIASES = {
    "possibility": ("possibility", "possibilities", "opportunity", "opportunities", "möjlighet", "möjligheter"),
    "obstacle": ("obstacle", "obstacles", "barrier", "barriers", "hinder", "hindret", "hindren"),
    "support": (
        "support",
        "support need",
        "support needs",
        "need for support",
        "needs",
        "behov av stöd",
        "behov",
        "stödbehov",
        "stöd",
    ),
}


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


class CellMatcher:
    """Case-insensitive lookup of a workshop's focus areas and categories by name."""

    def __init__(self, focus_areas: list[FocusArea], categories: list[Category]):
        self.focus_areas = focus_areas
        self.categories = categories
        self._areas = {_key(a.name): a for a in focus_areas}
        self._categories: dict[str, Category] = {}
        for category in categories:
            self._categories[_key(category.name)] = category
            self._categories[_key(category.key)] = category
            for alias in _CATEGORY_ALIASES.get(category.key, ()):
                self._categories.setdefault(_key(alias), category)

    def area(self, name: str) -> FocusArea | None:
        return self._areas.get(_key(name))

    def category(self, name: str) -> Category | None:
        return self._categories.get(_key(name))

    def area_names(self) -> str:
        return ", ".join(a.name for a in self.focus_areas)

    def category_names(self) -> str:
        return ", ".join(c.name for c in self.categories)
