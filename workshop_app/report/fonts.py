"""The report's embedded fonts: DejaVu Sans (regular, bold, oblique) from ``resources/fonts``.

Registered once per process and passed to the document as ``initialFontName`` as well, so
that reportlab's built-in Helvetica (which is never embedded) cannot leak into the file.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from workshop_app.paths import resource
from workshop_app.report.errors import ReportError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register() -> None:
    """Register the three faces and their family with reportlab (idempotent, thread-safe).

    Raises:
        ReportError: a font file is missing from the installation.
    """
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in FILES.items():
            path = resource("fonts", filename)
            if not path.is_file():
                raise ReportError(f"The report font {filename} is missing from the installation; reinstall the app.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


def coverage(name: str = REGULAR) -> frozenset[int]:
    """The code points the face ``name`` can print.

    Only the Basic Multilingual Plane counts: DejaVu Sans has a few emoji above it, but
    reportlab writes their text mapping (ToUnicode) wrongly, so copying or reading them back
    from the PDF would fail; they get the visible label instead, like other emoji.

    Always the same object for the same face (``coverage()`` and ``coverage(REGULAR)`` too):
    callers cache by it, and comparing two equal sets of 5,000 code points costs 30 µs.
    """
    return _coverage(name)


@lru_cache(maxsize=None)
def _coverage(name: str) -> frozenset[int]:
    register()
    from reportlab.pdfbase import pdfmetrics

    return frozenset(c for c in pdfmetrics.getFont(name).face.charToGlyph if c <= 0xFFFF)


@lru_cache(maxsize=1)
def common_coverage() -> frozenset[int]:
    """Code points that all three faces have: safe for any mix of bold and oblique."""
    return coverage(REGULAR) & coverage(BOLD) & coverage(ITALIC)
