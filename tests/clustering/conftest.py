"""Notes for the clustering tests, written for the tests (not taken from the development set)."""

from __future__ import annotations

import pytest

#: One cell's worth of notes: three clear themes (time, training, technology) and one stray note.
CELL_NOTES: list[tuple[str, str]] = [
    ("a1", "Hinner inte sitta ner med brukaren"),
    ("a2", "Stressigt schema, inget utrymme för samtal"),
    ("a3", "För lite tid per besök"),
    ("a4", "Tidsbrist!!"),
    ("b1", "Utbildning för usk i diabetesvård"),
    ("b2", "Kurser i dokumentation för undersköterskor"),
    ("b3", "Kompetenshöjning för vårdbiträden"),
    ("b4", "Webbutbildning om läkemedel"),
    ("c1", "Surfplattorna krånglar hela tiden"),
    ("c2", "Wifi ligger nere ute hos brukarna"),
    ("c3", "Tekniken strular, uppkopplingen bryts"),
    ("d1", "Katten på avdelningen heter Måns"),
]


@pytest.fixture
def cell_notes() -> list[tuple[str, str]]:
    """A fresh copy of the sample cell."""
    return list(CELL_NOTES)
