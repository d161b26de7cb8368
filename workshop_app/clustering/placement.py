"""Sorting notes into the themes a facilitator has started in one cell.

A theme says what it is about through its notes, its title and its summary; a loose note is compared
with all three (:class:`CellSorter`), after what nearly every note of the cell says is partly taken
off (it ties a note to no theme in particular); a theme whose title names a concept of the note fits
it better. The sorter learns: each note put in a theme (by the program or by the facilitator)
describes that theme from then on. A note is placed only when it shares enough with a theme and one
theme is clearly the best: when it fits two themes about equally it stays loose, for the facilitator
to decide.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from workshop_app.clustering.lexicon import Lexicon, default_lexicon
from workshop_app.clustering.text import abbreviations, normalise, split_words
from workshop_app.clustering.vectors import NoteFeatures, analyse, feature_matrix

#: Below this fit a note is left loose rather than put in a theme where it does not belong (compared with
#: :attr:`Fit.shared`: what the note shares with the theme's texts, on the scale of a plain cosine).
DEFAULT_MIN_SIMILARITY = 0.2
#: The best theme must beat the second best by this share of its own fit (0.2: 0.5 against 0.4 is about equal; measured in bench_sorting.py).
DEFAULT_MIN_LEAD = 0.2
#: Weight of the closest single member (or the title or summary) against the theme as a whole.
CLOSEST_SHARE = 0.5
#: Weight of the title and of the summary in a theme's centroid, each counted as this many notes.
TITLE_WEIGHT = 1.0
SUMMARY_WEIGHT = 1.0
#: Share of the cell's mean note taken off every text before comparing: what nearly every note of the
#: cell says (self-care in the self-care area) ties a note to no theme in particular (bench_sorting.py).
CELL_CENTRING = 0.3
#: Added to the fit of a theme whose title's own words name one of the note's concepts (not a broader
#: concept both only reach: "ssk" and "handläggare" meet only in "personal"): the facilitator's title
#: names the idea, so a note that says it belongs there more than one that shares other words
#: (bench_sorting.py). It ranks themes; whether a note fits a theme at all is judged without it.
TITLE_CONCEPT_BONUS = 0.15
#: Most words shown to explain a fit.
MAX_WORDS = 4


@dataclass
class ThemeText:
    """What one theme of the facilitator says: its id, title, summary and its notes' texts."""

    theme_id: str
    title: str = ""
    summary: str = ""
    members: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Fit:
    """How well a note fits one theme, and the words that tie them.

    ``score`` ranks the themes (0 for nothing in common, about 1 for the same idea; the title bonus can
    take it a little above). ``shared`` is what the note shares with the theme's texts without the
    title bonus, on the scale of a plain cosine (what the cell's centring takes off a typical note is
    given back): :data:`DEFAULT_MIN_SIMILARITY` applies to it.
    """

    theme_id: str
    score: float
    words: tuple[str, ...] = ()
    shared: float = 0.0


class CellSorter:
    """The themes of one cell, ready to rank and place loose notes; learns from every placement.

    Args:
        themes: the cell's themes.
        texts: the other texts of the cell (its loose notes), so that a word every note of the cell
            uses weighs little; they are never compared with one another.
        lexicon: the concept lexicon; the shipped one when ``None``.
    """

    def __init__(self, themes: Sequence[ThemeText], texts: Sequence[str] = (), lexicon: Lexicon | None = None):
        self.lexicon = lexicon or default_lexicon()
        self.themes: list[ThemeText] = [
            ThemeText(
                t.theme_id,
                t.title or "",
                t.summary or "",
                [m if isinstance(m, str) else str(m or "") for m in t.members],
            )
            for t in themes
        ]
        self._others = [t if isinstance(t, str) else str(t or "") for t in texts]

    # --- learning ------------------------------------------------------------------------------
    def add(self, theme_id: str, text: str) -> None:
        """A note was put in ``theme_id``: it describes that theme from now on."""
        for theme in self.themes:
            if theme.theme_id == theme_id:
                theme.members.append(text)
                return

    # --- ranking -------------------------------------------------------------------------------
    def rank(self, text: str, explain: bool = True) -> list[Fit]:
        """Every theme with the note's fit, best first (ties: the themes' order)."""
        return self.rank_many([text], explain)[0]

    def rank_many(self, texts: Sequence[str], explain: bool = False) -> list[list[Fit]]:
        """:meth:`rank` for several notes at once (one matrix for the cell); ``explain`` adds words."""
        import numpy as np

        texts = [t if isinstance(t, str) else str(t or "") for t in texts]
        if not self.themes or not texts:
            return [[] for _ in texts]
        asked = set(texts)
        docs: list[str] = list(texts)  # the notes asked, each theme's notes, title and summary, the rest
        spans = []
        for theme in self.themes:
            start = len(docs)
            docs.extend(theme.members)
            spans.append((start, len(docs)))
            docs.append(theme.title)
            docs.append(theme.summary)
        docs.extend(t for t in self._others if t not in asked)
        features = [analyse(d, self.lexicon) for d in docs]
        gram, lift = _centred_gram(feature_matrix(features), features, len(texts), spans)
        notes = gram[: len(texts)]
        concepts = [set(f.concepts) for f in features[: len(texts)]]
        columns = []
        bonuses = []
        for start, end in spans:
            # the centroid of its notes, its title and its summary
            weights = np.ones(end + 2 - start)
            weights[-2:] = (TITLE_WEIGHT, SUMMARY_WEIGHT)
            described = slice(start, end + 2)
            norm = float(np.sqrt(max(weights @ gram[described, described] @ weights, 0.0)))
            to_centroid = notes[:, described] @ weights / norm if norm > 0 else np.zeros(len(texts))
            # the closest of its notes, its title and its summary: a title names the idea in few words
            closest = notes[:, described].max(axis=1)
            columns.append((1 - CLOSEST_SHARE) * to_centroid + CLOSEST_SHARE * closest)
            # the title names one of the note's concepts: not a concept the two only reach through a
            # broader one (ssk and "Handläggaren nära" both reach "personal")
            named = features[end].concept_words.keys()
            bonuses.append(TITLE_CONCEPT_BONUS * np.array([not c.isdisjoint(named) for c in concepts]))
        fits = np.column_stack(columns)
        scores = fits + np.column_stack(bonuses)
        shared = np.where(fits != 0, lift + (1 - lift) * fits, 0.0)  # a text with no features shares nothing
        result = []
        for row, shared_row, text in zip(scores, shared, texts):
            order = sorted(range(len(self.themes)), key=lambda i: (-row[i], i))
            note_features = analyse(text, self.lexicon) if explain else None
            result.append(
                [
                    Fit(
                        self.themes[i].theme_id,
                        max(0.0, float(row[i])),
                        self._words(text, note_features, self.themes[i]) if note_features is not None else (),
                        max(0.0, float(shared_row[i])),
                    )
                    for i in order
                ]
            )
        return result

    def choose(
        self, text: str, min_similarity: float = DEFAULT_MIN_SIMILARITY, min_lead: float = DEFAULT_MIN_LEAD
    ) -> str | None:
        """The theme the note clearly fits best, or ``None`` (fits none, or two about equally)."""
        return confident(self.rank(text, explain=False), min_similarity, min_lead)

    def sort_in(
        self,
        notes: Sequence[tuple[str, str]],
        min_similarity: float = DEFAULT_MIN_SIMILARITY,
        min_lead: float = DEFAULT_MIN_LEAD,
        rounds: int = 3,
    ) -> dict[str, str]:
        """Place the notes that clearly fit a theme: note id -> theme id (the rest stay loose).

        In rounds: the notes placed in one round describe their themes in the next, so a note that
        fits a theme only through another loose note's words can follow it.
        """
        placed: dict[str, str] = {}
        remaining = list(notes)
        for _ in range(max(1, rounds)):
            if not remaining:
                break
            fits = self.rank_many([text for _, text in remaining])
            now = {}
            for (note_id, text), ranked in zip(remaining, fits):
                theme_id = confident(ranked, min_similarity, min_lead)
                if theme_id is not None:
                    now[note_id] = (theme_id, text)
            if not now:
                break
            for note_id, (theme_id, text) in now.items():
                placed[note_id] = theme_id
                self.add(theme_id, text)
            remaining = [(i, t) for i, t in remaining if i not in now]
        return placed

    def _words(self, note: str, features: NoteFeatures, theme: ThemeText) -> tuple[str, ...]:
        """The note's own words that tie it to the theme: shared concepts first, then shared stems, else
        the words whose broader concept the theme also reaches. Only what the note says is shown, as it
        says it ("ssk", not the "sjuksköterska" it is read as, nor a broader concept's label)."""
        concepts: set[str] = set()
        stems: set[str] = set()
        for text in (*theme.members, theme.title, theme.summary):
            other = analyse(text, self.lexicon)
            concepts.update(other.concepts)
            stems.update(other.stems)
        words: list[str] = []
        written = split_words(normalise(note))

        def add(word: str) -> None:
            word = _as_written(word, written)
            lower = word.lower()
            if not word or len(words) >= MAX_WORDS:
                return
            for i, kept in enumerate(words):
                if lower in kept.lower():
                    return  # "brist" after "brist på personal"
                if kept.lower() in lower:
                    words[i] = word  # the longer phrase says more
                    return
            words.append(word)

        for concept_id, surfaces in features.concept_words.items():
            if concept_id in concepts:
                for surface in surfaces:
                    add(surface)
        for stem, surface in features.surfaces.items():
            if stem in stems:
                add(surface)
        if not words:  # tied only through a broader concept: the note's words that reach it, never its label
            for concept_id, surfaces in features.concept_words.items():
                if any(broader in concepts for broader, _ in self.lexicon.concept_chain(concept_id)):
                    for surface in surfaces:
                        add(surface)
        return tuple(words)


def _as_written(phrase: str, written: Sequence[str]) -> str:
    """``phrase`` (words the note was read as) in the note's own words: an abbreviation the reading spelt
    out as the note wrote it; "" when a word is not in the note at all."""
    table = abbreviations()
    out: list[str] = []
    for token in phrase.split():
        if not any(token in word for word in written):  # a word of the note, or a part of a compound
            token = next((word for word in written if token in table.get(word, ())), "")
            if not token:
                return ""
        if not out or out[-1] != token:
            out.append(token)
    return " ".join(out)


def _centred_gram(matrix, features, asked: int, spans: Sequence[tuple[int, int]]):
    """Cosines between all texts of the cell after taking :data:`CELL_CENTRING` of the cell's mean note
    off each (computed from the inner products alone, so the sparse rows stay sparse), and what the
    centring takes off the cosine of two typical notes of the cell.

    The mean is over the cell's notes (the notes asked, the themes' notes, the other loose notes), not
    over titles and summaries; a text with no features stays at zero.

    With unit rows x and mean m (share a), a typical note has x·m = |m|² (the mean of x·m over the cell's
    notes), so two typical notes with cosine c come out at (c - lift) / (1 - lift), where
    lift = a(2 - a)|m|²: ``lift + (1 - lift) * s`` puts a centred fit s back on the scale of a cosine.
    """
    import numpy as np

    n = matrix.shape[0]
    is_note = np.zeros(n, dtype=bool)
    is_note[:asked] = True
    for start, end in spans:
        is_note[start:end] = True
    if spans:
        is_note[spans[-1][1] + 2 :] = True
    empty = np.array([f.empty for f in features])
    is_note &= ~empty
    gram = (matrix @ matrix.T).toarray()
    lift = 0.0
    if is_note.any() and CELL_CENTRING:
        mean = np.asarray(matrix[is_note].mean(axis=0)).ravel()
        to_mean = matrix @ mean
        a = CELL_CENTRING
        gram = gram - a * (to_mean[:, None] + to_mean[None, :]) + a * a * float(mean @ mean)
        lift = a * (2 - a) * float(mean @ mean)
    gram[empty, :] = 0.0
    gram[:, empty] = 0.0
    norms = np.sqrt(np.clip(np.diag(gram), 0.0, None))
    norms[norms == 0.0] = 1.0
    return gram / norms[:, None] / norms[None, :], lift


def confident(
    fits: Sequence[Fit], min_similarity: float = DEFAULT_MIN_SIMILARITY, min_lead: float = DEFAULT_MIN_LEAD
) -> str | None:
    """The best theme of a ranking when it shares enough with the note and clearly beats the second."""
    if not fits or fits[0].score <= 0 or fits[0].shared < min_similarity:
        return None
    if len(fits) > 1 and fits[1].score > (1 - min_lead) * fits[0].score:
        return None
    return fits[0].theme_id


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
    sorter = CellSorter([ThemeText(theme_id, "", "", list(texts)) for theme_id, texts in themes], (), lexicon)
    fits = sorter.rank(text)
    if not fits or fits[0].score <= 0 or fits[0].shared < min_similarity:
        return None
    return fits[0].theme_id
