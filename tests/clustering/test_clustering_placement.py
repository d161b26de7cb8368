"""Placing a new note into existing themes."""

from __future__ import annotations

from workshop_app.clustering import suggest_theme

THEMES = [
    ("learning", ["Utbildning och kompetens", "Kurs i dokumentation för usk", "Kompetenslyft för vårdbiträden"]),
    ("tech", ["Tekniska problem", "Surfplattorna krånglar", "Wifi ligger nere hos brukarna"]),
    ("time", ["Tid och resurser", "Schemat är för tight", "Stress, hinner inte prata med brukaren"]),
]


def test_obvious_notes_go_to_the_right_theme():
    assert suggest_theme("Vi behöver fler utbildningar för undersköterskorna", THEMES) == "learning"
    assert suggest_theme("Uppkopplingen strular jämt", THEMES) == "tech"
    assert suggest_theme("Tidsbrist i hemtjänsten", THEMES) == "time"


def test_unrelated_note_fits_nowhere():
    assert suggest_theme("Katten heter Måns och gillar fisk", THEMES) is None


def test_no_themes_or_empty_note():
    assert suggest_theme("Utbildning", []) is None
    assert suggest_theme("", THEMES) is None
    assert suggest_theme("😀", THEMES) is None


def test_min_similarity_can_refuse_any_placement():
    assert suggest_theme("Tidsbrist", THEMES, min_similarity=1.01) is None


def test_theme_without_members_is_never_chosen():
    assert suggest_theme("Tidsbrist", [("empty", []), *THEMES]) == "time"
