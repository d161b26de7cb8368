"""Proposing themes for the notes of one cell (focus area × category), or of many cells at once.

Average-linkage agglomerative clustering on cosine distances of the concept-weighted note vectors; the
number of themes follows from a distance threshold that ``granularity`` moves, so "fewer / more
themes" re-proposes at once without asking for a number. Finer proposals leave more notes loose.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from workshop_app.clustering import text as _text
from workshop_app.clustering.lexicon import Lexicon, default_lexicon
from workshop_app.clustering.titles import title_and_keywords, unique_titles
from workshop_app.clustering.vectors import analyse_normalised, count_matrix, feature_matrix

#: Distance threshold at granularity 0.5: the middle of the plateau (0.80-0.88) where both the
#: development notes and the independently written held-out notes (tests/clustering/data) score best
#: with loose notes attached; the broader lexicon makes notes a little closer than before (was 0.8).
DEFAULT_THRESHOLD = 0.86
#: Thresholds at granularity 0 (coarsest: only unrelated notes stay apart) and 1 (finest).
COARSEST_THRESHOLD = 0.97
FINEST_THRESHOLD = 0.45
LINKAGE = "average"
#: A note left loose at the cut joins a theme when it would have merged into the tree at most this far
#: above the cut: see :func:`attach_loose`. 0 turns attaching off. At the default granularity this
#: reaches the ceiling: a facilitator puts every note somewhere, and moving a note from a wrong theme
#: costs no more than placing a loose one (measured on the independent note sets, DECISIONS.md).
ATTACH_MARGIN = 0.15
#: Never attach above this merge distance: a note that shares nothing with any theme stays loose.
ATTACH_CEILING = 0.999


@dataclass(frozen=True)
class ProposedTheme:
    """A proposed theme: its notes (in input order), a readable title and the words that tie it."""

    note_ids: tuple[str, ...]
    title: str
    keywords: tuple[str, ...]


def threshold_for(granularity: float) -> float:
    """The clustering distance threshold for a granularity in [0, 1] (0 = fewest themes)."""
    g = clamp_granularity(granularity)
    if g <= 0.5:
        return DEFAULT_THRESHOLD + (0.5 - g) / 0.5 * (COARSEST_THRESHOLD - DEFAULT_THRESHOLD)
    return DEFAULT_THRESHOLD - (g - 0.5) / 0.5 * (DEFAULT_THRESHOLD - FINEST_THRESHOLD)


def clamp_granularity(granularity) -> float:
    """A granularity as a float in [0, 1]; anything unreadable (None, NaN, text) is the default 0.5."""
    try:
        g = float(granularity)
    except (TypeError, ValueError):
        g = 0.5
    if g != g:  # NaN
        g = 0.5
    return min(1.0, max(0.0, g))


def cluster_labels(
    matrix, threshold: float, linkage: str = LINKAGE, attach_margin: float = 0.0, ties=None
) -> list[int]:
    """Cluster labels for the rows of a unit-length feature matrix.

    SciPy's hierarchical clustering on the condensed cosine distances, cut so that only merges below
    ``threshold`` are made (the rule of scikit-learn's ``distance_threshold``, which this replaces).
    With ``attach_margin`` > 0, loose notes that are moderately similar to a cluster are attached to
    it (:func:`attach_loose`); ``ties`` (n × n, true where two notes share a concept or a word)
    restricts that to clusters the note shares something readable with.
    """
    import numpy as np
    from scipy.cluster.hierarchy import linkage as merge_tree
    from scipy.spatial.distance import squareform

    n = matrix.shape[0]
    if n < 2:
        return [0] * n
    distances = cosine_distances(matrix)
    tree = merge_tree(squareform(distances, checks=False), method=linkage)
    labels = cut_below(tree, threshold)
    if attach_margin > 0:
        children = tree[:, :2].astype(np.intp).tolist()
        labels = attach_loose(labels, children, tree[:, 2].tolist(), distances, threshold, attach_margin, ties)
    return labels


def granular_labels(matrix, granularity: float, ties=None) -> list[int]:
    """Cluster labels at a granularity, so that more granularity never means fewer themes.

    The default granularity (0.5) cuts the tree at :data:`DEFAULT_THRESHOLD` and attaches loose notes
    (:func:`cluster_labels`). A lower granularity only merges those themes where the higher cut joins
    them (:func:`coarser_labels`); a higher one only splits them, step by step (:func:`finer_labels`).
    A plain lower cut would leave most notes single, and single notes are no theme: "more themes"
    then showed fewer. Every level is a refinement of the coarser ones, so moving the control back
    and forth never moves a note from one theme to an unrelated one.
    """
    import numpy as np
    from scipy.cluster.hierarchy import linkage as merge_tree
    from scipy.spatial.distance import squareform

    n = matrix.shape[0]
    if n < 2:
        return [0] * n
    g = clamp_granularity(granularity)
    distances = cosine_distances(matrix)
    tree = merge_tree(squareform(distances, checks=False), method=LINKAGE)
    base_threshold = threshold_for(0.5)
    labels = cut_below(tree, base_threshold)
    children = tree[:, :2].astype(np.intp).tolist()
    labels = attach_loose(labels, children, tree[:, 2].tolist(), distances, base_threshold, ATTACH_MARGIN, ties)
    if g < 0.5:
        return coarser_labels(labels, cut_below(tree, threshold_for(g)))
    # the finer steps the control passes on its way from the default, then the granularity itself
    steps = [s / 10 for s in range(6, 11) if s / 10 < g] + ([g] if g > 0.5 else [])
    for step in steps:
        labels = finer_labels(labels, threshold_for(step), distances)
    return labels


def coarser_labels(labels: Sequence[int], coarse: Sequence[int]) -> list[int]:
    """Merge the themes of ``labels`` that share a cluster of the higher cut ``coarse``.

    Groups of ``labels`` (themes and single notes) are joined when a coarse cluster holds members of
    both; a joined group with no theme in it stays as loose notes, so a coarser level never has more
    themes than a finer one.
    """
    parent = {label: label for label in set(labels)}

    def root(label: int) -> int:
        while parent[label] != label:
            parent[label] = parent[parent[label]]
            label = parent[label]
        return label

    first_in: dict[int, int] = {}
    for label, cluster in zip(labels, coarse):
        if cluster in first_in:
            a, b = root(first_in[cluster]), root(label)
            if a != b:
                parent[max(a, b)] = min(a, b)
        else:
            first_in[cluster] = label
    sizes = Counter(labels)
    has_theme: set[int] = {root(label) for label, size in sizes.items() if size >= 2}
    result = []
    for note, label in enumerate(labels):
        top = root(label)
        result.append(top if top in has_theme else -1 - note)  # negative: a loose note of its own
    return result


def finer_labels(labels: Sequence[int], threshold: float, distances) -> list[int]:
    """Split each theme of ``labels`` whose notes still differ more than ``threshold`` allows.

    Within a theme, the notes are clustered on their own (average linkage); the theme splits at the
    highest merge that separates two parts of at least two notes, if that merge lies at or above
    ``threshold``; notes that the split leaves single go to the part they are closest to on average.
    Parts are split again while they can, so a finer level never has fewer themes than a coarser one
    and each of its themes lies inside one theme of the coarser level.
    """
    members: dict[int, list[int]] = {}
    for note, label in enumerate(labels):
        members.setdefault(label, []).append(note)
    result = list(labels)
    next_label = max(labels) + 1 if labels else 0
    pending = [notes for notes in members.values() if len(notes) >= 4]
    while pending:
        notes = pending.pop()
        parts = _split_theme(notes, threshold, distances)
        if parts is None:
            continue
        for part in parts:
            for note in part:
                result[note] = next_label
            next_label += 1
            if len(part) >= 4:
                pending.append(part)
    return result


def _split_theme(notes: list[int], threshold: float, distances):
    """The two or more parts (each of two notes or more) one theme splits into, or None."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster
    from scipy.cluster.hierarchy import linkage as merge_tree
    from scipy.spatial.distance import squareform

    sub = distances[np.ix_(notes, notes)]
    tree = merge_tree(squareform(sub, checks=False), method=LINKAGE)
    m = len(notes)
    for k in range(2, m // 2 + 1):
        height = float(tree[m - k, 2])  # the merge that joins the last k clusters into k - 1
        if height < threshold:
            return None
        flat = fcluster(tree, t=k, criterion="maxclust")
        groups: dict[int, list[int]] = {}
        for position, cluster in enumerate(flat.tolist()):
            groups.setdefault(cluster, []).append(position)
        parts = [g for g in groups.values() if len(g) >= 2]
        if len(parts) < 2:
            continue
        singles = [g[0] for g in groups.values() if len(g) == 1]
        for single in singles:
            min(parts, key=lambda part: float(sub[single, part].mean())).append(single)
        return [[notes[p] for p in sorted(part)] for part in parts]
    return None


def cut_below(tree, threshold: float) -> list[int]:
    """Flat cluster labels from a SciPy linkage matrix, making only the merges below ``threshold``.

    ``fcluster(criterion="distance")`` keeps merges at most ``t`` high, so ``t`` is the float just
    below the threshold: a merge exactly at it stays unmade, as with scikit-learn's
    ``distance_threshold``.
    """
    import numpy as np
    from scipy.cluster.hierarchy import fcluster

    below = float(np.nextafter(threshold, -np.inf))
    return fcluster(tree, t=below, criterion="distance").tolist()


def cosine_distances(matrix):
    """Dense cosine distances between the rows of a sparse matrix: ``1 - X Xᵀ`` on unit rows.

    The rows are scaled to unit length first (a no-op up to rounding for the engine's matrices; it
    repeats what scikit-learn's ``cosine_distances`` did, so the distances are the same floats).

    Exactly symmetric, zero on the diagonal, clipped to [0, 1] (the features are not negative, so
    anything above 1 is rounding).
    """
    import numpy as np

    from workshop_app.clustering.vectors import normalise_rows

    unit = normalise_rows(matrix.tocsr(copy=True))
    distances = (unit @ unit.T).toarray()
    np.subtract(1.0, distances, out=distances)
    np.clip(distances, 0.0, 1.0, out=distances)
    np.fill_diagonal(distances, 0.0)
    return distances


def attach_loose(labels, children, heights, distances, threshold: float, margin: float, ties=None) -> list[int]:
    """Put loose notes into the theme they are closest to in the clustering tree, when near enough.

    ``children`` and ``heights`` are the first two columns and the third of SciPy's linkage matrix:
    merge ``k`` makes node ``n + k`` of the nodes ``children[k]`` at distance ``heights[k]``.

    A note is loose when it merges into the tree above the cut (``threshold``). If that merge is at
    most ``margin`` above the cut (and below :data:`ATTACH_CEILING`), the note is walked down the
    subtree it merged with, each time into the child it is more similar to on average, until the walk
    reaches one cut cluster; the note joins it (a walk that ends at another loose note attaches
    nothing). The walk depends on the tree only, and the test on the merge height only, so a finer cut
    still splits the groups of a coarser one: "more themes" never moves a note to another theme.
    """
    n = len(labels)
    sizes: dict[int, int] = {}
    for label in labels:
        sizes[label] = sizes.get(label, 0) + 1
    leaves: dict[int, list[int]] = {i: [i] for i in range(n)}
    parent: dict[int, tuple[int, float, int]] = {}  # node -> (parent node, parent height, sibling)
    for k, (a, b) in enumerate(children):
        node = n + k
        a, b = int(a), int(b)
        leaves[node] = leaves[a] + leaves[b]
        parent[a] = (node, float(heights[k]), b)
        parent[b] = (node, float(heights[k]), a)
    result = list(labels)
    limit = min(threshold + margin, ATTACH_CEILING)
    for note in range(n):
        if sizes[labels[note]] != 1 or note not in parent:
            continue
        _, height, node = parent[note]
        if height > limit:
            continue
        # Walk down to the node that is exactly one cut cluster.
        while True:
            members = leaves[node]
            label = labels[members[0]]
            if len(members) == sizes[label] and all(labels[m] == label for m in members):
                break
            a, b = (int(c) for c in children[node - n])
            closer_a = distances[note, leaves[a]].mean() <= distances[note, leaves[b]].mean()
            node = a if closer_a else b
        members = leaves[node]
        if len(members) >= 2 and (ties is None or ties[note, members].any()):
            result[note] = labels[members[0]]
    return result


def propose_themes(
    notes: Sequence[tuple[str, str]],
    granularity: float = 0.5,
    lexicon: Lexicon | None = None,
    taken: Iterable[str] = (),
) -> list[ProposedTheme]:
    """Propose themes for the notes of ONE cell (one focus area × one category).

    Args:
        notes: ``(note_id, text)`` pairs.
        granularity: 0 = fewest, coarsest themes; 1 = most, finest; 0.5 = the tuned default.
        lexicon: the concept lexicon; the shipped one when ``None``.
        taken: titles no proposed theme may have (ignoring case): the focus area's name and the
            titles of the area's other themes.

    Returns:
        Themes with at least two notes each, largest first; a note that fits nowhere is in no theme.
        The grouping does not depend on the order of ``notes`` (they are sorted by text first).
    """
    lexicon = lexicon or default_lexicon()
    notes = [(str(note_id), text if isinstance(text, str) else str(text or "")) for note_id, text in notes]
    if len(notes) < 2:
        return []
    # Canonical order: same notes, same clustering, whatever order the board lists them in.
    normalised = [_text.normalise(text) for _, text in notes]
    order = sorted(range(len(notes)), key=lambda i: (normalised[i], notes[i][0], i))
    features = [analyse_normalised(normalised[i], lexicon) for i in order]
    labels = granular_labels(feature_matrix(features), granularity, ties=shared_words(features))
    groups: dict[int, list[int]] = {}
    for position, label in enumerate(labels):
        groups.setdefault(label, []).append(position)
    groups_list = [positions for positions in groups.values() if len(positions) >= 2]
    if not groups_list:
        return []
    cell_df: Counter[str] = Counter()
    for item in features:
        cell_df.update(item.concepts.keys())
    avoid = frozenset(t.casefold() for t in taken)
    drafts = []
    for positions in groups_list:
        member_features = [features[p] for p in positions]
        member_texts = [notes[order[p]][1] for p in positions]
        central = _most_central(member_features)
        title, keywords = title_and_keywords(
            member_features, member_texts, central, lexicon, cell_df, len(notes), avoid
        )
        input_indexes = sorted(order[p] for p in positions)
        drafts.append((input_indexes, title, keywords))
    drafts.sort(key=lambda d: (-len(d[0]), d[0][0]))
    titles = unique_titles([d[1] for d in drafts], [d[2] for d in drafts], avoid)
    return [
        ProposedTheme(tuple(notes[i][0] for i in indexes), title, keywords)
        for (indexes, _, keywords), title in zip(drafts, titles)
    ]


def propose_for_cells(
    cells: Mapping[Hashable, Sequence[tuple[str, str]]],
    granularity: float = 0.5,
    lexicon: Lexicon | None = None,
    area_of: Mapping[Hashable, Hashable] | None = None,
    taken: Mapping[Hashable, Iterable[str]] | None = None,
) -> dict[Hashable, list[ProposedTheme]]:
    """Propose themes for many cells at once (a whole workshop), cell by cell.

    Args:
        area_of: the focus area of each cell key; titles are kept distinct within an area (each
            cell is its own area when ``None``).
        taken: per area, titles no proposal there may have (the area's name, its kept themes).
    """
    lexicon = lexicon or default_lexicon()
    used: dict[Hashable, set[str]] = {}
    result = {}
    for key, notes in cells.items():
        area = area_of.get(key, key) if area_of is not None else key
        if area not in used:
            used[area] = set((taken or {}).get(area, ()))
        result[key] = propose_themes(notes, granularity, lexicon, used[area])
        used[area].update(theme.title for theme in result[key])
    return result


def shared_words(features: Sequence):
    """n × n booleans: true where two notes share a concept or a word stem (character n-grams alone
    are no tie a facilitator could see)."""
    # concept ids are upper case, stems lower case: one key space, counts are enough
    matrix = count_matrix([{**f.concepts, **f.stems} for f in features], sort_indices=False)
    return (matrix @ matrix.T).toarray() > 0.0


def _most_central(members: Sequence) -> int:
    """Index of the member sharing most concepts and stems with the others (ties: the first).

    A member's score is the sum over the other members of the concepts it shares with each, plus
    half the stems; counted per feature (how many other members have it), so linear in the features.
    """
    concept_counts: Counter[str] = Counter()
    stem_counts: Counter[str] = Counter()
    for item in members:
        concept_counts.update(item.concepts.keys())
        stem_counts.update(item.stems.keys())
    best, best_score = 0, -1.0
    for i, item in enumerate(members):
        shared_concepts = sum(concept_counts[c] for c in item.concepts) - len(item.concepts)
        shared_stems = sum(stem_counts[s] for s in item.stems) - len(item.stems)
        score = shared_concepts + 0.5 * shared_stems
        if score > best_score:
            best, best_score = i, score
    return best
