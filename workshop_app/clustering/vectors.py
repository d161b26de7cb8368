"""Note features (concepts, stems, character n-grams) and the weighted TF-IDF matrix built from them.

Concepts carry most of the weight because notes of one theme share ideas more than words; stems catch
shared words the lexicon lacks, and character n-grams catch typos and unusual inflections.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop_app.clustering import text as _text
from workshop_app.clustering.lexicon import Lexicon

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
    return analyse_normalised(_text.normalise(note), lexicon)


def analyse_normalised(normalised: str, lexicon: Lexicon) -> NoteFeatures:
    """Features of a note already passed through ``text.normalise``.

    The features depend on the normalised text only, so notes that differ in case, width or markup
    share one analysis; the cache lives on the lexicon because the concepts depend on it.
    """
    # The cache holds NoteFeatures only; its type is loose so that lexicon.py needs no import of this.
    cache = lexicon.feature_cache
    found = cache.get(normalised)
    if found is None:
        found = _analyse(_text.tokenize_normalised(normalised), lexicon)
        if len(cache) > 50_000:
            cache.clear()
        cache[normalised] = found
    return found  # type: ignore[return-value]


def _analyse(tokens: list[str], lexicon: Lexicon) -> NoteFeatures:
    features = NoteFeatures()
    concepts = features.concepts
    concept_words = features.concept_words
    for hit in lexicon.find(tokens):
        chain = lexicon.concept_chain(hit.concept)
        if not chain:
            continue
        for concept_id, weight in chain:
            if weight > concepts.get(concept_id, 0.0):
                concepts[concept_id] = weight
        concept_words.setdefault(chain[0][0], []).append(hit.surface)
    stems: dict[str, int] = {}
    surfaces = features.surfaces
    token_cache = lexicon.token_cache
    for token in tokens:
        info = token_cache.get(token)
        if info is None:
            info = _token_info(token, lexicon)
            if len(token_cache) > 200_000:
                token_cache.clear()
            token_cache[token] = info
        token_stem, parts = info  # type: ignore[misc]
        if not token_stem:
            continue
        stems[token_stem] = stems.get(token_stem, 0) + 1
        if token_stem not in surfaces:
            surfaces[token_stem] = token
        for part in parts:
            stems[part] = stems.get(part, 0) + 1
    grams = features.grams
    for token_stem, count in stems.items():
        features.stems[token_stem] = float(count)
        for gram in _grams(token_stem):
            grams[gram] = grams.get(gram, 0.0) + 1.0
    return features


def _token_info(token: str, lexicon: Lexicon) -> tuple[str, tuple[str, ...]]:
    """(stem, the stems of its compound parts that count as extra stems) of a token; ("", ()) for a
    word that ties nothing (a stop word, a single letter)."""
    if not _text.is_content(token):
        return "", ()
    token_stem = _text.stem(token)
    stop_words = _text.stop_words()
    parts = tuple(
        part
        for part in lexicon.analyse_word(token).parts
        if len(part) >= 3 and part != token_stem and part not in stop_words
    )
    return token_stem, parts


_GRAMS: dict[str, tuple[str, ...]] = {}


def clear_caches() -> None:
    """Forget the cached n-grams and the text module's caches (for timing runs)."""
    _GRAMS.clear()
    _text.clear_caches()


def _grams(token_stem: str) -> tuple[str, ...]:
    """The character n-grams of a stem with its boundaries marked, repeats kept (cached)."""
    found = _GRAMS.get(token_stem)
    if found is None:
        marked = f"<{token_stem}>"
        found = tuple(marked[i : i + size] for size in GRAM_SIZES for i in range(len(marked) - size + 1))
        if len(_GRAMS) > 200_000:
            _GRAMS.clear()
        _GRAMS[token_stem] = found
    return found


def feature_matrix(features: Sequence[NoteFeatures], weights: dict[str, float] | None = None):
    """Rows of L2-normalised, IDF-weighted features, one family block per weight.

    IDF is computed over the notes given (one cell): a concept every note of the cell shares, such as
    self-care in the self-care area, ties little there. Each family is weighted as scikit-learn's
    ``TfidfTransformer(sublinear_tf=True)`` did (1 + ln tf, smooth IDF ln((1 + n) / (1 + df)) + 1,
    rows scaled to unit length), times the family's weight; the blocks side by side are scaled to
    unit length again.

    Returns:
        A scipy CSR matrix with one unit-length row per note (all-zero rows for empty notes).
    """
    import scipy.sparse as sp

    weights = weights or FAMILY_WEIGHTS
    blocks = []
    for name, weight in weights.items():
        if weight <= 0:
            continue
        rows = [f.family(name) for f in features]
        if not any(rows):
            continue
        matrix = tfidf(rows, sublinear_tf=True)
        matrix.data *= weight
        blocks.append(matrix)
    if not blocks:
        return sp.csr_matrix((len(features), 1))
    matrix = blocks[0] if len(blocks) == 1 else sp.hstack(blocks, format="csr")
    return normalise_rows(matrix)


def count_matrix(rows: Sequence[dict[str, float]], sort_indices: bool = True):
    """A CSR matrix of the feature dictionaries, columns in sorted feature order.

    Each row's entries are stored sorted by column (``sort_indices``), else in the row's own order.
    """
    import numpy as np
    import scipy.sparse as sp

    keys: list[str] = []
    values: list[float] = []
    indptr = [0]
    for row in rows:
        keys.extend(row)
        values.extend(row.values())
        indptr.append(len(keys))
    vocabulary = sorted(set(keys))
    column = {key: i for i, key in enumerate(vocabulary)}
    indices = np.fromiter(map(column.__getitem__, keys), dtype=np.int32, count=len(keys))
    matrix = sp.csr_matrix(
        (np.array(values, dtype=np.float64), indices, np.array(indptr, dtype=np.int32)),
        shape=(len(rows), len(vocabulary)),
    )
    if sort_indices:
        matrix.sort_indices()
    return matrix


def tfidf(rows: Sequence[dict[str, float]], sublinear_tf: bool = False, sort_indices: bool = True):
    """TF-IDF rows of unit length from feature counts: smooth IDF ``ln((1 + n) / (1 + df)) + 1``.

    Args:
        rows: one ``{feature: count}`` per document (counts > 0).
        sublinear_tf: use ``1 + ln(count)`` instead of the count.
        sort_indices: see :func:`count_matrix`.
    """
    import numpy as np

    matrix = count_matrix(rows, sort_indices)
    data = matrix.data
    if sublinear_tf:
        np.log(data, out=data)
        data += 1.0
    df = np.bincount(matrix.indices, minlength=matrix.shape[1]).astype(np.float64)
    df += 1.0
    idf = np.full_like(df, float(matrix.shape[0] + 1))
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    data *= idf[matrix.indices]
    return normalise_rows(matrix)


def normalise_rows(matrix):
    """Scale the rows of a CSR matrix to unit length in place; zero rows stay zero.

    Each row's squares are summed in storage order, as scikit-learn's ``normalize`` did.
    """
    import numpy as np
    import scipy.sparse as sp

    data = matrix.data
    squares = sp.csr_matrix((data * data, matrix.indices, matrix.indptr), shape=matrix.shape)
    norms = np.sqrt(squares @ np.ones(matrix.shape[1]))
    norms[norms == 0.0] = 1.0
    data /= np.repeat(norms, np.diff(matrix.indptr))
    return matrix


#: Words as the word-only baseline reads them: two or more letters or digits.
_BASELINE_WORD = r"(?u)\b\w\w+\b"


def word_matrix(texts: Sequence[str]):
    """Plain TF-IDF on raw words: the baseline the concept features are measured against.

    Lower-cased words of two or more word characters, counted, smooth IDF, unit-length rows: what
    scikit-learn's default ``TfidfVectorizer`` gave, down to the order in which each row is summed
    (its words by first appearance in the texts).

    Raises:
        ValueError: when the texts hold no word at all.
    """
    import re

    pattern = re.compile(_BASELINE_WORD)
    first_seen: dict[str, int] = {}
    rows = []
    for text in texts:
        counts: dict[str, float] = {}
        for word in pattern.findall(text.lower()):
            counts[word] = counts.get(word, 0.0) + 1.0
            first_seen.setdefault(word, len(first_seen))
        rows.append({word: counts[word] for word in sorted(counts, key=first_seen.__getitem__)})
    if not first_seen:
        raise ValueError("empty vocabulary: the texts hold no words")
    return tfidf(rows, sort_indices=False)
