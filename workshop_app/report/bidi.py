"""Right-to-left text for reportlab, without extra packages.

Open-source reportlab lays text out left to right; its own bidi support needs the optional
``rlbidi`` package and shaping needs ``uharfbuzz``. So a note with Hebrew or Arabic in it is
handled here:

1. Arabic letters get their contextual forms (initial, medial, final, isolated and the
   lam-alef ligatures) from the Arabic Presentation Forms that DejaVu Sans has; the table is
   derived from :mod:`unicodedata`, so no data file is needed.
2. The paragraph is broken into lines in logical order, measured with the real font.
3. Each line is put in visual order: runs of right-to-left words are reversed (words and
   letters), digits and left-to-right words inside them keep their order, brackets are
   mirrored, and a right-to-left paragraph is right-aligned.

This is a simplified form of the Unicode bidi algorithm (UAX #9): enough for notes to read
correctly, not for every edge case of nested embeddings, which are ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

_RTL_CLASSES = {"R", "AL"}
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def is_rtl_char(char: str) -> bool:
    return unicodedata.bidirectional(char) in _RTL_CLASSES


_MAYBE_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]")


def has_rtl(text: str) -> bool:
    """Whether ``text`` has any right-to-left letter (Hebrew, Arabic, ...)."""
    if not _MAYBE_RTL.search(text):  # fast path for the usual Swedish note
        return False
    return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text if ord(c) >= 0x590)


def base_direction(text: str) -> str:
    """``"R"`` or ``"L"``: the direction of the first strong letter (UAX #9 rules P2-P3)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return "R"
        if kind == "L":
            return "L"
    return "L"


# --- Arabic shaping ----------------------------------------------------------------------
@lru_cache(maxsize=1)
def _arabic_forms() -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], dict[str, str]]]:
    """Contextual forms per base letter, and the lam-alef ligatures, from unicodedata."""
    forms: dict[str, dict[str, str]] = {}
    ligatures: dict[tuple[str, str], dict[str, str]] = {}
    for code in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        decomposition = unicodedata.decomposition(chr(code))
        if not decomposition.startswith("<"):
            continue
        tag, *parts = decomposition.split()
        form = tag.strip("<>")
        if form not in ("isolated", "final", "initial", "medial"):
            continue
        letters = tuple(chr(int(p, 16)) for p in parts)
        if len(letters) == 1:
            forms.setdefault(letters[0], {}).setdefault(form, chr(code))
        elif len(letters) == 2 and letters[0] == "\u0644":
            ligatures.setdefault(letters, {}).setdefault(form, chr(code))
    return forms, ligatures


def _joins_both(char: str, forms) -> bool:
    return char == "\u0640" or ("initial" in forms.get(char, {}) or "medial" in forms.get(char, {}))


def _joinable(char: str, forms) -> bool:
    return char == "\u0640" or char in forms


def shape_arabic(text: str, covered: frozenset[int] | None = None) -> str:
    """Replace Arabic letters by their contextual presentation forms.

    Args:
        covered: code points the font has; a form the font lacks is left as the base letter.
    """
    if not any("\u0600" <= c <= "\u06ff" for c in text):
        return text
    forms, ligatures = _arabic_forms()

    def ok(char: str) -> bool:
        return covered is None or ord(char) in covered

    chars = list(text)
    out: list[str] = []
    i = 0
    while i < len(chars):
        char = chars[i]
        if char not in forms:
            out.append(char)
            i += 1
            continue
        prev = _neighbour(chars, i, -1)
        nxt_index = _neighbour_index(chars, i, 1)
        nxt = chars[nxt_index] if nxt_index is not None else None
        joins_prev = prev is not None and _joins_both(prev, forms)
        if char == "\u0644" and nxt is not None and (char, nxt) in ligatures:
            form = "final" if joins_prev else "isolated"
            glyph = ligatures[(char, nxt)].get(form)
            if glyph and ok(glyph):
                out.append(glyph)
                out.extend(chars[i + 1 : nxt_index])  # marks between lam and alef
                i = nxt_index + 1
                continue
        joins_next = nxt is not None and _joins_both(char, forms) and _joinable(nxt, forms)
        if joins_prev and joins_next:
            form = "medial"
        elif joins_prev:
            form = "final"
        elif joins_next:
            form = "initial"
        else:
            form = "isolated"
        glyph = forms[char].get(form) or forms[char].get("isolated")
        out.append(glyph if glyph and ok(glyph) else char)
        i += 1
    return "".join(out)


def _neighbour_index(chars: list[str], index: int, step: int) -> int | None:
    j = index + step
    while 0 <= j < len(chars):
        if unicodedata.category(chars[j]) != "Mn":  # skip vowel marks
            return j
        j += step
    return None


def _neighbour(chars: list[str], index: int, step: int) -> str | None:
    j = _neighbour_index(chars, index, step)
    return chars[j] if j is not None else None


# --- line breaking and reordering ------------------------------------------------------------
def break_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Break ``text`` (logical order) into lines no wider than ``width``; hard breaks kept."""
    lines: list[str] = []
    space = measure(" ")
    for paragraph in text.split("\n"):
        current: list[str] = []
        current_width = 0.0
        for word in paragraph.split():
            word_width = measure(word)
            while word_width > width and len(word) > 1:  # a word wider than the line
                if current:
                    lines.append(" ".join(current))
                    current, current_width = [], 0.0
                cut = _fit(word, width, measure)
                lines.append(word[:cut])
                word = word[cut:]
                word_width = measure(word)
            extra = word_width + (space if current else 0)
            if current and current_width + extra > width:
                lines.append(" ".join(current))
                current, current_width = [word], word_width
            else:
                current.append(word)
                current_width += extra
        lines.append(" ".join(current))
    return lines


def _fit(word: str, width: float, measure: Callable[[str], float]) -> int:
    cut = 1
    while cut < len(word) and measure(word[: cut + 1]) <= width:
        cut += 1
    return cut


def _word_direction(word: str) -> str | None:
    for char in word:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return "R"
        if kind == "L":
            return "L"
    return None


def _reverse_word(word: str) -> str:
    """A right-to-left word in visual order; runs of digits and Latin letters stay readable."""
    pieces: list[str] = []
    run = ""
    for char in word:
        keep = unicodedata.bidirectional(char) in ("L", "EN", "AN")
        if keep:
            run += char
            continue
        if run:
            pieces.append(run)
            run = ""
        pieces.append(char.translate(_MIRROR))
    if run:
        pieces.append(run)
    return "".join(reversed(pieces))


def visual_line(line: str, base: str) -> str:
    """One line in visual (left-to-right drawing) order."""
    words = line.split(" ")
    directions = [_word_direction(w) for w in words]
    resolved: list[str] = []
    for index, direction in enumerate(directions):
        if direction is None:  # numbers, punctuation: take the surrounding direction
            before = next((d for d in reversed(directions[:index]) if d), None)
            after = next((d for d in directions[index + 1 :] if d), None)
            direction = before if before == after and before else base
        resolved.append(direction)
    runs: list[tuple[str, list[str]]] = []
    for word, direction in zip(words, resolved):
        if runs and runs[-1][0] == direction:
            runs[-1][1].append(word)
        else:
            runs.append((direction, [word]))
    if base == "R":
        runs.reverse()
    parts = []
    for direction, run_words in runs:
        if direction == "R":
            parts.append(" ".join(_reverse_word(w) for w in reversed(run_words)))
        else:
            parts.append(" ".join(run_words))
    return " ".join(parts)


def visual_lines(text: str, width: float, measure: Callable[[str], float]) -> tuple[list[str], str]:
    """Lines of ``text`` ready to draw left to right, and the paragraph's base direction."""
    base = base_direction(text)
    return [visual_line(line, base) for line in break_lines(text, width, measure)], base
