"""The workshops compared, per focus area: which themes each workshop raised, which themes all
share, which belong to one (the municipalities' perspective of a report over several)."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop_app.report.content import AreaBlock, ReportModel, ThemeBlock


@dataclass(frozen=True)
class ThemeCounts:
    theme: ThemeBlock
    category: str
    """The category's heading (Möjligheter)."""
    counts: tuple[int, ...]
    """Notes of the theme per workshop, in the report's workshop order."""

    @property
    def raised_by(self) -> list[int]:
        """Indexes of the workshops that raised the theme."""
        return [i for i, n in enumerate(self.counts) if n]


@dataclass
class AreaComparison:
    area: AreaBlock
    rows: list[ThemeCounts] = field(default_factory=list)

    def common(self, workshops: int) -> list[ThemeCounts]:
        """Themes every workshop raised."""
        return [r for r in self.rows if len(r.raised_by) == workshops]

    def single(self) -> dict[int, list[ThemeCounts]]:
        """Themes only one workshop raised, by that workshop's index."""
        found: dict[int, list[ThemeCounts]] = {}
        for row in self.rows:
            if len(row.raised_by) == 1:
                found.setdefault(row.raised_by[0], []).append(row)
        return found


def compare(model: ReportModel) -> list[AreaComparison]:
    """One comparison per focus area that has themes, in the report's order; the themes in
    category order, then as in the results (largest first)."""
    ids = [w.id for w in model.workshops]
    result = []
    for area in model.areas:
        comparison = AreaComparison(area)
        for category in area.categories:
            for theme in category.themes:
                counts = [0] * len(ids)
                for note in theme.notes:
                    if note.workshop_id in ids:
                        counts[ids.index(note.workshop_id)] += 1
                if any(counts):
                    comparison.rows.append(ThemeCounts(theme, category.heading, tuple(counts)))
        if comparison.rows:
            result.append(comparison)
    return result
