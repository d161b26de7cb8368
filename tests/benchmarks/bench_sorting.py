"""Benchmark of sorting notes into themes the facilitator has started, and of the proposals.

Run on purpose (pytest does not collect it):

    python tests/benchmarks/bench_sorting.py

The setting (DESIGN.md, "Clustering: what good means"): in every cell of a notes file, one seed note
per gold theme is put in its theme by hand and the rest are loose. The seeds are drawn with a seeded
random generator, five draws per file; the figures are the means over the draws.

    precision  placed correctly / placed, by "Sort in new notes" (``workshop-app place``)
    recall     placed correctly / loose notes whose theme exists
    top-3      in triage mode (the notes in board order, each put where the gold says, so the
               suggestions learn as they would from the facilitator): the gold theme is among the
               three themes shown; ">3 th" counts only the cells with more than three themes, where showing
               three is a real choice (most cells have two to five)

Themes carry the facilitator's title: the gold theme's name (what a facilitator types when starting
a theme). The columns "no titles" repeat the placement with each theme known by its seed note only,
and "app titles" with the title the app gives a theme started by dropping a note on a note (the first
words of that note, ``gui.theme_editing.title_from_text``), which a facilitator who types nothing keeps.
For the from-scratch proposals the benchmark prints ARI and saved at the default granularity
(the metrics of bench_clustering.py).

Development data, on which anything may be tuned: ``../shared/data/notes_dev.csv``,
``independent_a_sv.csv``, ``independent_e_sv.csv`` and ``independent_f_sv.csv``. Unseen (scored, never tuned on): ``independent_b``, ``_c``, ``_d``,
``heldout`` and ``sealed``. Without the shared folder beside the repository (a clean clone) the
development set is ``independent_a`` alone; any other missing file, or a ``$WORKSHOP_NOTES_CSV`` that
names no file, fails the run (exit 1): a benchmark that cannot run says so.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.benchmarks.bench_clustering import (  # noqa: E402
    HELDOUT_CSV,
    INDEPENDENT_CSVS,
    SEALED_CSV,
    propose_engine,
    read_cells,
    score_cell,
)

DATA = REPO / "tests" / "clustering" / "data"


def dev_csv() -> Path:
    """The shared development set: ``$WORKSHOP_NOTES_CSV``, else ``shared/data/notes_dev.csv`` in the
    first folder above the repository that has one (a worktree sits one level deeper than a clone)."""
    import os

    if os.environ.get("WORKSHOP_NOTES_CSV"):
        return Path(os.environ["WORKSHOP_NOTES_CSV"])
    for folder in REPO.parents:
        candidate = folder / "shared" / "data" / "notes_dev.csv"
        if candidate.is_file():
            return candidate
    return REPO.parent / "shared" / "data" / "notes_dev.csv"


SETS: dict[str, tuple[Path, bool]] = {
    "dev": (dev_csv(), False),
    "indep_a": (INDEPENDENT_CSVS["indep_a"], False),
    "indep_e": (INDEPENDENT_CSVS["indep_e"], False),
    "indep_f": (INDEPENDENT_CSVS["indep_f"], False),
    "indep_b": (INDEPENDENT_CSVS["indep_b"], True),
    "indep_c": (INDEPENDENT_CSVS["indep_c"], True),
    "indep_d": (INDEPENDENT_CSVS["indep_d"], True),
    "heldout": (HELDOUT_CSV, True),
    "sealed": (SEALED_CSV, True),
}
DRAWS = 5


def seeded_cells(cells, draw: int):
    """Per cell: (themes as ThemeText, loose notes as (id, text, gold)), one random seed per theme."""
    from workshop_app.clustering.placement import ThemeText

    rng = random.Random(1000 + draw)
    out = []
    for cell, notes in sorted(cells.items()):
        by_theme: dict[str, list[tuple[str, str, str]]] = {}
        for note in notes:
            if note[2]:
                by_theme.setdefault(note[2], []).append(note)
        seeds = {theme: rng.choice(members) for theme, members in sorted(by_theme.items())}
        seed_ids = {s[0] for s in seeds.values()}
        themes = [ThemeText(theme, theme, "", [seed[1]]) for theme, seed in seeds.items()]
        loose = [n for n in notes if n[0] not in seed_ids and n[2]]
        out.append((cell, themes, loose))
    return out


def placement_scores(cells, titles: str = "gold", **options) -> tuple[float, float, int]:
    """(precision, recall, placed) of ``CellSorter.sort_in`` over the draws; ``titles``: "gold" (the gold
    theme's name), "none" or "app" (the first words of the seed note, as the app titles it)."""
    from workshop_app.clustering.placement import CellSorter, ThemeText
    from workshop_app.gui.theme_editing import title_from_text

    placed = correct = eligible = 0
    for draw in range(DRAWS):
        for _, themes, loose in seeded_cells(cells, draw):
            if titles != "gold":
                themes = [
                    ThemeText(t.theme_id, title_from_text(t.members[0]) if titles == "app" else "", "", list(t.members))
                    for t in themes
                ]
            sorter = CellSorter(themes, [t for _, t, _ in loose])
            result = sorter.sort_in([(i, t) for i, t, _ in loose], **options)
            gold = {i: g for i, _, g in loose}
            placed += len(result)
            correct += sum(1 for i, theme in result.items() if gold[i] == theme)
            eligible += len(loose)
    precision = correct / placed if placed else float("nan")
    return precision, correct / eligible if eligible else float("nan"), placed


def triage_top3(cells) -> tuple[float, float, float]:
    """(top-3 accuracy, top-1 accuracy, top-3 accuracy in cells with more than three themes, where it
    is not given) of triage mode, learning from each (gold) choice."""
    from workshop_app.clustering.placement import CellSorter

    shown = top1 = total = hard_shown = hard = 0
    for draw in range(DRAWS):
        for _, themes, loose in seeded_cells(cells, draw):
            sorter = CellSorter(themes, [t for _, t, _ in loose])
            for _, text, gold in loose:
                ranked = [fit.theme_id for fit in sorter.rank(text, explain=False)]
                shown += gold in ranked[:3]
                top1 += bool(ranked) and ranked[0] == gold
                total += 1
                if len(themes) > 3:
                    hard += 1
                    hard_shown += gold in ranked[:3]
                sorter.add(gold, text)
    return shown / total, top1 / total, hard_shown / hard if hard else float("nan")


def proposal_scores(cells) -> tuple[float, float]:
    rows = [score_cell(notes, propose_engine(notes)) for notes in cells.values()]
    return statistics.fmean(r[0] for r in rows), statistics.fmean(r[1] for r in rows)


def main() -> int:
    import os

    if not SETS["dev"][0].is_file() and not os.environ.get("WORKSHOP_NOTES_CSV"):
        # A clean clone without the team's shared folder beside it: the repository's own
        # development set (indep_a) is still measured; a file that was named must exist.
        print("No ../shared/data/notes_dev.csv beside the repository: the development set is indep_a alone.")
        del SETS["dev"]
    missing = [str(path) for path, _ in SETS.values() if not path.is_file()]
    if missing:
        print(
            "Missing notes file(s): " + ", ".join(missing) + ". The development set comes from "
            "../shared/data/notes_dev.csv next to the repository; the others ship in tests/clustering/data.",
            file=sys.stderr,
        )
        return 1
    print(f"Sorting into started themes: one seed note per gold theme, {DRAWS} seeded draws per set.")
    print(
        f"{'set':9} {'unseen':6} {'notes':>5} {'precision':>9} {'recall':>6} {'placed':>6} "
        f"{'| no titles: prec':>17} {'recall':>6} {'| app titles: prec':>18} {'recall':>6} {'| top-3':>8} {'top-1':>6} {'>3 th':>6} {'| ARI':>7} {'saved':>6}"
    )
    unseen_rows = []
    start = time.perf_counter()
    for name, (path, unseen) in SETS.items():
        cells = read_cells(path)
        n = sum(len(v) for v in cells.values())
        precision, recall, placed = placement_scores(cells)
        bare_precision, bare_recall, _ = placement_scores(cells, titles="none")
        app_precision, app_recall, _ = placement_scores(cells, titles="app")
        top3, top1, top3_hard = triage_top3(cells)
        ari, saved = proposal_scores(cells)
        print(
            f"{name:9} {'yes' if unseen else 'no':6} {n:5d} {precision:9.3f} {recall:6.3f} {placed / DRAWS:6.1f} "
            f"{'|':>2} {bare_precision:14.3f} {bare_recall:6.3f} {'|':>2} {app_precision:15.3f} {app_recall:6.3f} {'|':>2} {top3:5.3f} {top1:6.3f} {top3_hard:6.3f} "
            f"{'|':>2} {ari:5.3f} {saved:6.3f}"
        )
        if unseen:
            unseen_rows.append((precision, recall, top3, ari, saved))
    means = [statistics.fmean(r[k] for r in unseen_rows) for k in range(5)]
    print(
        f"{'unseen mean':16} {'':5} {means[0]:9.3f} {means[1]:6.3f} {'':6} {'|':>2} {'':14} {'':6} {'|':>2} {'':15} {'':6} {'|':>2} "
        f"{means[2]:5.3f} {'':6} {'':6} {'|':>2} {means[3]:5.3f} {means[4]:6.3f}"
    )
    print("Goals: precision >= 0.90, recall >= 0.75, top-3 >= 0.95, proposals ARI >= 0.45, saved >= 0.65")
    print(f"({time.perf_counter() - start:.1f} s)")
    place_timing(read_cells(SETS["dev"][0]))
    return 0


def place_timing(cells) -> None:
    """Wall time of sorting in every loose note of a 5,000-note workshop with three started themes
    per cell (``place_loose_notes``, what ``workshop-app place`` runs), in process."""
    import tempfile

    from tests.benchmarks.bench_clustering import build_project
    from workshop_app.storage.project import Project
    from workshop_app.theming.placement import place_loose_notes

    with tempfile.TemporaryDirectory(prefix="bench-place-") as tmp:
        path, added = build_project(cells, Path(tmp))
        with Project.open(path) as project:
            (workshop,) = project.workshops.list()
            content = project.workshops.content(workshop.id)
            for area in content.focus_areas:
                for category in content.categories:
                    for k, note in enumerate(content.notes_in(area.id, category.id)[:3]):
                        project.themes.create(workshop.id, area.id, category.id, f"Tema {k + 1}", note_ids=[note.id])
            start = time.perf_counter()
            result = place_loose_notes(project, workshop.id)
            elapsed = time.perf_counter() - start
    print(
        f"place: {added} notes, 3 started themes per cell: {len(result.placements)} placed, {result.left} loose, "
        f"{elapsed:.2f} s (first use: lexicon load and note analysis included)"
    )


if __name__ == "__main__":
    sys.exit(main())
