"""Automatic themes for workshop notes: propose themes per cell and place new notes into themes.

Pure Python over NumPy, SciPy and Snowball, all imported on first use, so importing this
package is cheap. No Qt here: the GUI and the command line call these functions.

Public API:
    propose_themes(notes, granularity=0.5, lexicon=None) -> list[ProposedTheme]
    propose_for_cells(cells, granularity=0.5, lexicon=None) -> dict[key, list[ProposedTheme]]
    suggest_theme(text, themes, lexicon=None, min_similarity=0.2) -> theme_id | None
    CellSorter(themes, texts, lexicon) -> rank / choose / sort_in loose notes into started themes
    Lexicon (load_default(), load(*paths, include_default=...), lookup(text), ...)
    default_lexicon() -> the shipped Lexicon, cached
"""

from __future__ import annotations

from workshop_app.clustering.lexicon import Concept, Lexicon, default_lexicon
from workshop_app.clustering.placement import DEFAULT_MIN_SIMILARITY, CellSorter, ThemeText, suggest_theme
from workshop_app.clustering.proposals import ProposedTheme, propose_for_cells, propose_themes

__all__ = [
    "DEFAULT_MIN_SIMILARITY",
    "CellSorter",
    "ThemeText",
    "Concept",
    "Lexicon",
    "ProposedTheme",
    "default_lexicon",
    "propose_for_cells",
    "propose_themes",
    "suggest_theme",
]
