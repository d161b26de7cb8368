"""Proposing themes: grouping, determinism, granularity, titles and odd input."""

from __future__ import annotations

import random
import re

import pytest

from workshop_app.clustering import ProposedTheme, default_lexicon, propose_for_cells, propose_themes
from workshop_app.clustering import text as T


def _grouping(themes: list[ProposedTheme]) -> set[frozenset[str]]:
    return {frozenset(t.note_ids) for t in themes}


def _partition(themes: list[ProposedTheme], ids: list[str]) -> list[frozenset[str]]:
    """Themes plus every loose note as its own group."""
    groups = [frozenset(t.note_ids) for t in themes]
    placed = set().union(*groups) if groups else set()
    return groups + [frozenset([i]) for i in ids if i not in placed]


def test_groups_notes_that_share_a_concept_not_words(cell_notes):
    themes = propose_themes(cell_notes)
    grouping = _grouping(themes)
    assert frozenset({"a1", "a2", "a3", "a4"}) in grouping
    assert frozenset({"b1", "b2", "b3", "b4"}) in grouping
    assert frozenset({"c1", "c2", "c3"}) in grouping


def test_unrelated_note_stays_loose(cell_notes):
    themes = propose_themes(cell_notes)
    assert all("d1" not in t.note_ids for t in themes)
    assert all(len(t.note_ids) >= 2 for t in themes)


def test_members_are_in_input_order(cell_notes):
    order = {note_id: i for i, (note_id, _) in enumerate(cell_notes)}
    for theme in propose_themes(cell_notes):
        positions = [order[i] for i in theme.note_ids]
        assert positions == sorted(positions)


def test_same_input_gives_identical_output(cell_notes):
    assert propose_themes(cell_notes) == propose_themes(list(cell_notes))


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_grouping_does_not_depend_on_note_order(cell_notes, seed):
    shuffled = list(cell_notes)
    random.Random(seed).shuffle(shuffled)
    assert _grouping(propose_themes(shuffled)) == _grouping(propose_themes(cell_notes))


def test_coarser_granularity_gives_fewer_or_equal_themes(cell_notes):
    coarse = propose_themes(cell_notes, granularity=0.0)
    fine = propose_themes(cell_notes, granularity=1.0)
    assert len(coarse) <= len(fine)


def test_granularity_nests_the_partitions(cell_notes):
    """A finer proposal only splits groups of a coarser one (average linkage cuts one tree)."""
    ids = [i for i, _ in cell_notes]
    levels = [_partition(propose_themes(cell_notes, granularity=g), ids) for g in (0.0, 0.25, 0.5, 0.75, 1.0)]
    for coarse, fine in zip(levels, levels[1:]):
        assert len(fine) >= len(coarse)
        for group in fine:
            assert any(group <= bigger for bigger in coarse)


@pytest.mark.parametrize("granularity", [-3, 7, float("nan"), "x", None])
def test_out_of_range_granularity_is_clamped(cell_notes, granularity):
    themes = propose_themes(cell_notes, granularity=granularity)
    assert isinstance(themes, list)


def test_titles_are_readable_swedish(cell_notes):
    lexicon = default_lexicon()
    label_words = {w for c in lexicon.concepts.values() for w in T.split_words(T.normalise(c.label))}
    note_words = {w for _, text in cell_notes for w in T.split_words(T.normalise(text))}
    note_words |= {w for _, text in cell_notes for w in T.tokenize(text)}
    known = label_words | note_words
    themes = propose_themes(cell_notes)
    assert themes
    for theme in themes:
        assert theme.title and theme.title[0].isupper()
        assert "*" not in theme.title
        for word in T.split_words(T.normalise(theme.title)):
            assert word in known, f"{word!r} in {theme.title!r} is neither a label word nor a note word"
        assert "utbildn" not in T.split_words(T.normalise(theme.title))


def test_keywords_are_readable_words(cell_notes):
    for theme in propose_themes(cell_notes):
        assert 1 <= len(theme.keywords) <= 5
        for keyword in theme.keywords:
            assert keyword.strip() and "*" not in keyword
            assert re.search(r"[a-zåäö]", keyword.lower())


def test_titles_in_a_cell_are_distinct():
    notes = [
        (f"n{i}", text)
        for i, text in enumerate(
            [
                "Tidsbrist",
                "Ingen tid",
                "Schemat är för tight",
                "Stress hela dagarna",
                "Hinner inte",
                "För lite tid",
                "Tid!!",
                "Stressigt",
                "Ont om tid",
                "Inget utrymme i schemat",
            ]
        )
    ]
    titles = [t.title for t in propose_themes(notes, granularity=1.0)]
    assert len(titles) == len(set(titles))


def test_time_theme_is_titled_by_its_concept(cell_notes):
    themes = propose_themes(cell_notes)
    time_theme = next(t for t in themes if "a1" in t.note_ids)
    assert "tid" in time_theme.title.lower()


@pytest.mark.parametrize("notes", [[], [("only", "Tid för samtal")]])
def test_empty_and_single_note_cells_give_no_themes(notes):
    assert propose_themes(notes) == []


def test_identical_notes_form_a_theme():
    themes = propose_themes([("x", "Mer personal!!"), ("y", "Mer personal!!")])
    assert [set(t.note_ids) for t in themes] == [{"x", "y"}]


HOSTILE = [
    "😀😀😀 🚀",
    "<b>fet</b> <script>alert('x')</script> &amp; &lt;",
    "ord " * 1250,  # 5,000 characters
    "x" * 5000,
    "مرحبا بالعالم שלום עולם",
    "!!!???...,,,---",
    "",
    "   \n\t  ",
    "Ｔｉｄ ｏｃｈ ｒｅｓｕｒｓｅｒ",  # full-width letters
    "\u202eomvänd text\u202c med styrtecken\u200b",
    "a-b-c-d-e-f-g-h-i-j-k",
    "1234567890 75+ 2024-01-01",
]


def test_hostile_texts_do_not_crash(cell_notes):
    notes = cell_notes + [(f"h{i}", text) for i, text in enumerate(HOSTILE)]
    themes = propose_themes(notes)
    ids = {i for i, _ in notes}
    for theme in themes:
        assert set(theme.note_ids) <= ids
        assert theme.title
    only_hostile = [(f"h{i}", text) for i, text in enumerate(HOSTILE)]
    for theme in propose_themes(only_hostile):
        assert theme.title


def test_full_width_text_reads_as_normal_text():
    assert T.tokenize("Ｔｉｄ") == ["tid"]


def test_propose_for_cells_keeps_keys(cell_notes):
    cells = {("Digitalisering", "hinder"): cell_notes, ("Samverkan", "möjlighet"): cell_notes[:1], 3: []}
    result = propose_for_cells(cells)
    assert set(result) == set(cells)
    assert result[("Digitalisering", "hinder")] == propose_themes(cell_notes)
    assert result[("Samverkan", "möjlighet")] == []
    assert result[3] == []


# --- titles: never the focus area's name, never another theme's title in the same area -------------
AREA = "Hälsofrämjande och förebyggande"
PREVENTION_NOTES = [
    ("p1", "Förebyggande hembesök hos alla över 75"),
    ("p2", "Mer förebyggande arbete i hemtjänsten"),
    ("p3", "Hälsofrämjande insatser tidigt, förebygga fall"),
    ("p4", "Prevention i stället för akuta insatser"),
]
TRAINING_NOTES = [
    ("t1", "Utbildning för usk i diabetesvård"),
    ("t2", "Kurser i dokumentation för undersköterskor"),
    ("t3", "Webbutbildning om läkemedel"),
]


def test_a_title_is_never_the_focus_areas_name():
    free = propose_themes(PREVENTION_NOTES)
    assert free and free[0].title == AREA  # what the concept alone would call it
    themes = propose_themes(PREVENTION_NOTES, taken=[AREA])
    assert themes and all(t.title.casefold() != AREA.casefold() for t in themes)
    assert {frozenset(t.note_ids) for t in themes} == {frozenset(t.note_ids) for t in free}  # same groups


def test_titles_are_distinct_across_the_kinds_of_note_of_one_area():
    cells = {("area", "möjlighet"): TRAINING_NOTES, ("area", "hinder"): [(f"x{i}", t) for i, t in TRAINING_NOTES]}
    alone = propose_for_cells(cells)
    assert [t.title for t in alone[("area", "möjlighet")]] == [t.title for t in alone[("area", "hinder")]]
    together = propose_for_cells(cells, area_of={key: key[0] for key in cells}, taken={"area": ["Utbildning"]})
    titles = [t.title.casefold() for themes in together.values() for t in themes]
    assert len(titles) == len(set(titles)) >= 2
    assert "utbildning" not in titles


def test_titles_differ_from_taken_ones_regardless_of_case():
    taken = [t.title.upper() for t in propose_themes(TRAINING_NOTES)]
    assert all(t.title.upper() not in taken for t in propose_themes(TRAINING_NOTES, taken=taken))


#: Four notes of one theme, the area they are proposed in, and the title wanted there: a title of two
#: concepts names no word twice and does not add what the focus area is about.
TWO_CONCEPT_TITLES = [
    (
        "Kameratillsyn nattetid ger trygghet|Sängsensor larmar, tryggare nätter|"
        "Nattkamera istället för att väcka, trygghet för brukaren|Trygghetslarm gör brukaren trygg",
        [],
        "Välfärdsteknik och trygghet",  # not "... – trygghet och säkerhet"
    ),
    (
        "Sekretesslagen hindrar samarbetet mellan region och kommun|Lagen om samverkan vid utskrivning "
        "följs inte|Regelverket gör att vi inte kan samverka|Olika lagar styr region och kommun, svårt att samarbeta",
        [],
        "Lagar och regelverk – samarbete och samverkan",
    ),
    (
        "Sekretesslagen hindrar samarbetet mellan region och kommun|Lagen om samverkan vid utskrivning "
        "följs inte|Regelverket gör att vi inte kan samverka|Olika lagar styr region och kommun, svårt att samarbeta",
        ["Samverkan"],
        "Lagar och regelverk",  # the area's own subject is not added
    ),
]


@pytest.mark.parametrize(("texts", "taken", "title"), TWO_CONCEPT_TITLES)
def test_a_title_of_two_concepts_adds_only_something_new(texts, taken, title):
    notes = [(str(i), text) for i, text in enumerate(texts.split("|"))]
    (theme,) = propose_themes(notes, taken=taken)
    assert theme.title == title
