"""Turn a note's plain text into reportlab paragraph markup that prints every character.

- markup characters are escaped, so ``<b>``, ``&`` and ``</para>`` print literally;
- line breaks are kept and white space around the whole text is dropped; other control
  characters and invisible format characters (zero-width joiners, variation selectors, bidi
  marks) are dropped: they have no visible form;
- a character the embedded font has no glyph for is replaced by a visible label in square
  brackets: ``[emoji: partysmällare]`` for emoji (named in the report's language, see
  :mod:`.emoji_names`), ``[U+4E2D]`` for other characters, so that nothing is lost silently and
  the reader can tell what was there;
- right-to-left text is shaped and put in visual order line by line (see :mod:`.bidi`).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from workshop_app.report import bidi

_NEWLINES = re.compile(r"\r\n|[\r\v\f\x85\u2028\u2029]")
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)


def clean(text: str) -> str:
    """Plain text with unified line breaks, tabs as spaces and invisible characters removed."""
    text = _NEWLINES.sub("\n", text).replace("\t", " ")
    return _INVISIBLE.sub("", text)


_CHARS: dict[int, tuple[frozenset[int], frozenset[str]]] = {}


def _chars(covered: frozenset[int]) -> frozenset[str]:
    """``covered`` as characters, cached by identity: an ``lru_cache`` would compare an equal
    but distinct set of 5,000 code points element by element on every call."""
    hit = _CHARS.get(id(covered))
    if hit is not None and hit[0] is covered:
        return hit[1]
    chars = frozenset(chr(c) for c in covered) | {"\n", " "}
    if len(_CHARS) >= 16:
        _CHARS.clear()
    _CHARS[id(covered)] = (covered, chars)  # holding ``covered`` keeps its id from being reused
    return chars


def is_emoji(char: str) -> bool:
    code = ord(char)
    return code >= 0x1F000 or 0x2600 <= code <= 0x27BF or 0x2B00 <= code <= 0x2BFF


def label(char: str, language: str = "en") -> str:
    """The visible stand-in for one character the font cannot draw, for a report in ``language``."""
    if is_emoji(char):
        from workshop_app.report.emoji_names import emoji_label

        return emoji_label(char, language)
    return f"[U+{ord(char):04X}]"


def fallback(text: str, covered: frozenset[int], language: str = "en") -> str:
    """Replace characters outside ``covered`` by labels (emoji named in ``language``); runs of
    non-emoji share one label."""
    chars = _chars(covered)
    if chars.issuperset(text):  # the usual case: stops at nothing, builds no set
        return text
    missing = set(text) - chars
    out: list[str] = []
    run: list[str] = []
    for char in text:
        if char not in missing:
            if run:
                out.append("[" + " ".join(run) + "]")
                run = []
            out.append(char)
        elif is_emoji(char):
            if run:
                out.append("[" + " ".join(run) + "]")
                run = []
            out.append(label(char, language))
        else:
            run.append(f"U+{ord(char):04X}")
    if run:
        out.append("[" + " ".join(run) + "]")
    return "".join(out)


def fits(text: str, covered: frozenset[int]) -> bool:
    """Whether a face that has ``covered`` prints every character of ``text`` (no labels needed)."""
    return _chars(covered).issuperset(text)


def to_markup(text: str, covered: frozenset[int], language: str = "en") -> str:
    """Markup for ``text`` laid out by reportlab itself (left to right).

    White space around the text is dropped: reportlab would keep one space of it, which shows
    between a note and its quotation marks or bullet.
    """
    return escape(fallback(clean(text).strip(), covered, language)).replace("\n", "<br/>")


def line_text(text: str, covered: frozenset[int], language: str = "en") -> str:
    """``text`` as one line of plain text for drawing directly (running heads, chart labels):
    white space collapsed, Arabic shaped, labels for characters the font lacks; logical order,
    so that it can be shortened at its end before :func:`visual_order`."""
    text = " ".join(clean(text).split())
    return fallback(bidi.shape_arabic(text, covered), covered, language)


def visual_order(line: str) -> str:
    """One line of :func:`line_text` in the order it is drawn (right-to-left runs reversed)."""
    if not bidi.has_rtl(line):
        return line
    return bidi.visual_line(line, bidi.base_direction(line))


def rtl_markup(text: str, covered: frozenset[int], width: float, measure, language: str = "en") -> tuple[str, str]:
    """Markup for a text with right-to-left parts, already broken into lines of ``width``.

    Returns:
        The markup and the base direction (``"R"`` or ``"L"``).
    """
    shaped = fallback(bidi.shape_arabic(clean(text).strip(), covered), covered, language)
    lines, base = bidi.visual_lines(shaped, width, measure)
    return "<br/>".join(escape(line) for line in lines), base
