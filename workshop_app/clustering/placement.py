"""Placing a new note into one of the themes a facilitator already has."""

from __future__ import annotations

from collections.abc import Sequence

from workshop_app.clustering.lexicon import Lexicon, default_lexicon
from workshop_app.clustering.vectors import analyse, feature_matrix

#: Below this similarity a note is left loose rather than put in a theme where it does not belong.
DEFAULT_MIN_SIMILARITY = 0.2


def theme_similarities(
    text: str, themes: Sequence[tuple[str, Sequence[str]]], lexicon: Lexicon | None = None
) -> list[tuple[str, float]]:
    """How well a note fits each theme, in the themes' order.

    The fit is the mean of the cosine similarity to the theme's centroid and to its closest member:
    the centroid rewards a note like the theme as a whole, the closest member one like any of its notes.
    """
    import numpy as np

    lexicon = lexicon or default_lexicon()
    texts = [text or ""]
    spans = []
    for _, members in themes:
        start = len(texts)
        texts.extend(m if isinstance(m, str) else str(m or "") for m in members)
        spans.append((start, len(texts)))
    if not themes:
        return []
    matrix = feature_matrix([analyse(t, lexicon) for t in texts]).toarray()
    note = matrix[0]
    result = []
    for (theme_id, _), (start, end) in zip(themes, spans):
        if end == start:
            result.append((theme_id, 0.0))
            continue
        members = matrix[start:end]
        sims = members @ note
        centroid = members.sum(axis=0)
        norm = float(np.linalg.norm(centroid))
        to_centroid = float(centroid @ note) / norm if norm > 0 else 0.0
        result.append((theme_id, 0.5 * (to_centroid + float(sims.max()))))
    return result


def suggest_theme(
    text: str,
    themes: Sequence[tuple[str, Sequence[str]]],
    lexicon: Lexicon | None = None,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
) -> str | None:
    """The theme a new note fits best, or ``None`` when none fits well enough.

    Args:
        text: the new note.
        themes: ``(theme_id, texts)`` per theme, the texts being its notes and its title.
        lexicon: the concept lexicon; the shipped one when ``None``.
        min_similarity: the least fit (0..1) that places the note.
    """
    best_id, best = None, 0.0
    for theme_id, similarity in theme_similarities(text, themes, lexicon):
        if similarity > best:
            best_id, best = theme_id, similarity
    return best_id if best_id is not None and best >= min_similarity else None
