"""Note features (concepts, stems, character n-grams) and the weighted TF-IDF matrix built from them.

Concepts carry most of the weight because notes of one theme share ideas more than words; stems catch
shared words the lexicon lacks, and character n-grams catch typos and unusual inflections.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from workshop_app.clustering import text as _text
from workshop_app.clustering.lexicon import PARENT_SHARE, Lexicon

#: Relative weight of each feature family in the combined vector (tuned by leave-one-area-out).
FAMILY_WEIGHTS: dict[str, float] = {"concepts": 1.0, "stems": 0.3, "grams": 0.15}
#: Character n-gram sizes taken inside each stem (word boundaries marked).
GRAM_SIZES = (3, 4, 5)


class NoteFeatures:
    """What one note says, as features, plus the readable words behind them."""

    __slots__ = ("concepts", "stems", "grams", "surfaces", "concept_words")

    def __init__(self) -> None:
        self.concepts: dict[str, float] = {}
        self.stems: dict[str, float] = {}
        self.grams: dict[str, float] = {}
        self.surfaces: dict[str, str] = {}  # stem -> a surface word for display
        self.concept_words: dict[str, list[str]] = {}  # concept -> the words that named it

    def family(self, name: str) -> dict[str, float]:
        """One feature family by name ("concepts", "stems" or "grams")."""
        return getattr(self, name)

    @property
    def empty(self) -> bool:
        """True when nothing in the note can tie it to another note."""
        return not (self.concepts or self.stems)


def analyse(note: str, lexicon: Lexicon) -> NoteFeatures:
    """Features of one note, cached per lexicon (notes come back on every re-proposal)."""
    # The cache holds NoteFeatures only; its type is loose so that lexicon.py needs no import of this.
    cache = lexicon.feature_cache
    found = cache.get(note)
    if found is None:
        found = _analyse(note, lexicon)
        if len(cache) > 50_000:
            cache.clear()
        cache[note] = found
    return found  # type: ignore[return-value]


def _analyse(note: str, lexicon: Lexicon) -> NoteFeatures:
    features = NoteFeatures()
    tokens = _text.tokenize(note)
    for hit in lexicon.find(tokens):
        concept = lexicon.concept(hit.concept)
        if concept is None:
            continue
        _raise(features.concepts, concept.id, concept.weight)
        features.concept_words.setdefault(concept.id, []).append(hit.surface)
        parent_id = concept.parent
        while parent_id:
            parent = lexicon.concept(parent_id)
            weight = concept.weight * PARENT_SHARE * (parent.weight if parent else 1.0)
            _raise(features.concepts, parent_id, weight)
            parent_id = parent.parent if parent else None
    stems: Counter[str] = Counter()
    for token in tokens:
        if not _text.is_content(token):
            continue
        token_stem = _text.stem(token)
        stems[token_stem] += 1
        features.surfaces.setdefault(token_stem, token)
        for part in lexicon.analyse_word(token).parts:
            if len(part) >= 3 and part != token_stem and part not in _text.stop_words():
                stems[part] += 1
    for token_stem, count in stems.items():
        features.stems[token_stem] = float(count)
        marked = f"<{token_stem}>"
        for size in GRAM_SIZES:
            for i in range(len(marked) - size + 1):
                gram = marked[i : i + size]
                features.grams[gram] = features.grams.get(gram, 0.0) + 1.0
    return features


def _raise(target: dict[str, float], key: str, value: float) -> None:
    if value > target.get(key, 0.0):
        target[key] = value


def feature_matrix(features: Sequence[NoteFeatures], weights: dict[str, float] | None = None):
    """Rows of L2-normalised, IDF-weighted features, one family block per weight.

    IDF is computed over the notes given (one cell): a concept every note of the cell shares, such as
    self-care in the self-care area, ties little there.

    Returns:
        A scipy CSR matrix with one unit-length row per note (all-zero rows for empty notes).
    """
    import scipy.sparse as sp
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.preprocessing import normalize

    weights = weights or FAMILY_WEIGHTS
    blocks = []
    for name, weight in weights.items():
        if weight <= 0:
            continue
        rows = [f.family(name) for f in features]
        if not any(rows):
            continue
        matrix = DictVectorizer(sort=True).fit_transform(rows)
        matrix = TfidfTransformer(sublinear_tf=True).fit_transform(matrix)
        blocks.append(matrix * weight)
    if not blocks:
        return sp.csr_matrix((len(features), 1))
    return normalize(sp.hstack(blocks, format="csr"))


def word_matrix(texts: Sequence[str]):
    """Plain TF-IDF on raw words: the baseline the concept features are measured against."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(lowercase=True).fit_transform(list(texts))
