"""The numerical core on NumPy and SciPy: TF-IDF weighting, cosine distances, the cut of the merge
tree, the most central note, the analysis cache, and that scikit-learn is never needed."""

from __future__ import annotations

import math
import random
import subprocess
import sys

import numpy as np
import pytest

from workshop_app.clustering import Lexicon, propose_themes
from workshop_app.clustering import proposals as themes_module
from workshop_app.clustering.vectors import NoteFeatures, analyse, feature_matrix, tfidf, word_matrix


def test_proposing_and_placing_never_import_scikit_learn(cell_notes):
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'sklearn' or name.startswith('sklearn.'):\n"
        "            raise ImportError('scikit-learn is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import workshop_app.clustering as c\n"
        f"notes = {cell_notes!r}\n"
        "themes = c.propose_themes(notes)\n"
        "assert themes, 'no themes proposed'\n"
        "c.propose_for_cells({'cell': notes}, granularity=1.0)\n"
        "c.suggest_theme('Tidsbrist', [(t.title, [dict(notes)[i] for i in t.note_ids]) for t in themes])\n"
        "from workshop_app.clustering.vectors import word_matrix\n"
        "word_matrix([text for _, text in notes])\n"
        "print(','.join(sorted(m for m in ('sklearn', 'numpy', 'scipy') if m in sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "numpy,scipy"


def test_tfidf_uses_smooth_idf_sublinear_tf_and_unit_rows():
    rows = [{"a": 1.0, "b": 4.0}, {"a": 2.0}, {"c": 1.0}]
    matrix = tfidf(rows, sublinear_tf=True).toarray()
    n = len(rows)
    idf = {"a": math.log((1 + n) / (1 + 2)) + 1, "b": math.log((1 + n) / (1 + 1)) + 1}
    first = np.array([1.0 * idf["a"], (1 + math.log(4.0)) * idf["b"], 0.0])
    assert matrix[0] == pytest.approx(first / np.linalg.norm(first))
    assert matrix[1] == pytest.approx([1.0, 0.0, 0.0])  # columns are the sorted feature names
    assert np.linalg.norm(matrix, axis=1) == pytest.approx([1.0, 1.0, 1.0])


def test_feature_matrix_rows_are_unit_length_and_empty_notes_zero():
    lexicon = Lexicon.load_default()
    features = [analyse(text, lexicon) for text in ("Tidsbrist i hemtjänsten", "", "Ingen tid för samtal")]
    norms = np.linalg.norm(feature_matrix(features).toarray(), axis=1)
    assert norms == pytest.approx([1.0, 0.0, 1.0])
    assert feature_matrix([NoteFeatures(), NoteFeatures()]).shape == (2, 1)


def test_word_matrix_needs_a_word():
    with pytest.raises(ValueError):
        word_matrix(["!!!", "1"])
    assert word_matrix(["Tid tid", "ingen TID"]).shape == (2, 2)


def test_cosine_distances_are_symmetric_with_a_zero_diagonal():
    import scipy.sparse as sp

    matrix = sp.random(30, 50, density=0.2, format="csr", random_state=3)
    distances = themes_module.cosine_distances(matrix)
    assert np.array_equal(distances, distances.T)
    assert np.all(np.diag(distances) == 0.0)
    assert distances.min() >= 0.0 and distances.max() <= 1.0
    dense = matrix.toarray()
    unit = dense / np.linalg.norm(dense, axis=1, keepdims=True)
    expected = np.clip(1.0 - unit @ unit.T, 0.0, 1.0)
    np.fill_diagonal(expected, 0.0)
    assert distances == pytest.approx(expected, abs=1e-12)


def _tree(distances):
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform

    return linkage(squareform(np.asarray(distances, dtype=float), checks=False), method="average")


def test_a_merge_exactly_at_the_threshold_is_not_made():
    tree = _tree([[0.0, 0.5, 1.0], [0.5, 0.0, 1.0], [1.0, 1.0, 0.0]])
    labels = themes_module.cut_below(tree, 0.5)
    assert len(set(labels)) == 3
    labels = themes_module.cut_below(tree, 0.5000001)
    assert labels[0] == labels[1] != labels[2]
    assert len(set(themes_module.cut_below(tree, 1.0))) == 2


def test_orthogonal_notes_stay_apart_at_the_coarsest_cut():
    import scipy.sparse as sp

    matrix = sp.csr_matrix(np.eye(3))
    assert len(set(themes_module.cluster_labels(matrix, 1.0))) == 3
    assert len(set(themes_module.cluster_labels(matrix, 1.0000001))) == 1


def _brute_force_central(members) -> int:
    best, best_score = 0, -1.0
    for i, item in enumerate(members):
        score = 0.0
        for j, other in enumerate(members):
            if i != j:
                score += len(item.concepts.keys() & other.concepts.keys())
                score += 0.5 * len(item.stems.keys() & other.stems.keys())
        if score > best_score:
            best, best_score = i, score
    return best


@pytest.mark.parametrize("seed", range(20))
def test_most_central_counts_shared_features_like_the_pairwise_definition(seed):
    rng = random.Random(seed)
    members = []
    for _ in range(rng.randint(1, 12)):
        features = NoteFeatures()
        features.concepts = {f"C{rng.randint(0, 5)}": 1.0 for _ in range(rng.randint(0, 3))}
        features.stems = {f"s{rng.randint(0, 8)}": 1.0 for _ in range(rng.randint(0, 4))}
        members.append(features)
    assert themes_module._most_central(members) == _brute_force_central(members)


def test_notes_alike_after_normalising_share_one_analysis():
    lexicon = Lexicon.load_default()
    assert analyse("Tidsbrist i hemtjänsten", lexicon) is analyse("TIDSBRIST i hemtjänsten", lexicon)
    assert analyse("Ｔｉｄ", lexicon) is analyse("tid", lexicon)


def test_duplicates_in_a_big_cell_cluster_as_before(cell_notes):
    """Many copies of the sample notes: copies of one note always end up in one theme."""
    notes = [(f"{note_id}-{k}", text) for k in range(5) for note_id, text in cell_notes]
    themes = propose_themes(notes)
    theme_of = {i: t for t in themes for i in t.note_ids}
    for note_id, _ in cell_notes:
        copies = {id(theme_of.get(f"{note_id}-{k}")) for k in range(5)}
        assert len(copies) == 1
