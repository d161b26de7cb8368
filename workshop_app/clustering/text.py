"""Turning short, informal Swedish notes into tokens: normalising, abbreviations, stop words, stems.

Only the standard library is imported at module level; the Snowball stemmer is loaded on first use so
that importing the package stays cheap.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

#: Longest word (in characters) that is analysed; longer runs of letters are noise, not Swedish.
MAX_WORD_LEN = 40
#: Most tokens read from one note; a note longer than this is a document, and its start suffices.
MAX_TOKENS = 400

_MARKUP = re.compile(r"<[^<>]{0,200}>|&[a-z]{2,8};|https?://\S+|www\.\S+|\S+@\S+\.\S+", re.IGNORECASE)
# Dotted abbreviations such as "t.ex.", "bl.a", "o.s.v." become one word ("tex", "bla", "osv").
_DOTTED = re.compile(r"\b(?:[^\W\d_]{1,3}\.){1,3}[^\W\d_]{1,3}\b\.?")
# "e-tjänst", "e-hälsa": the e- prefix belongs to the word.
_E_PREFIX = re.compile(r"\be-(?=[^\W\d_]{2})")
# Numbers that are names in the field: 1177 is the national health portal (Vårdguiden), 24/7 is
# round the clock. Numbers are otherwise dropped with the punctuation.
_NAMED_NUMBERS = {"1177": " vårdguiden ", "24/7": " dygnet runt "}
_NAMED_NUMBER = re.compile(r"(?<![\d/])(?:1177|24/7)(?![\d/])")
# A word is a run of letters; "usk:ar" and "ssk:s" keep only the part before the colon.
_WORD = re.compile(r"[^\W\d_]+(?::[^\W\d_]{1,3}\b)?")


def _read_lines(path: Path) -> list[str]:
    """Non-empty, non-comment lines of a UTF-8 data file (a missing file gives no lines)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return []
    lines = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


def data_file(name: str) -> Path:
    """The path of a shipped data file in ``resources/clustering/``."""
    from workshop_app.paths import resource

    return resource("clustering", name)


def normalise(text: str) -> str:
    """Lower-case, NFKC-normalised text without markup, links, or dots inside abbreviations; the
    numbers that are names ("1177", "24/7") written as words.

    NFKC folds full-width letters and ligatures, so hostile or pasted text reads like typed text.
    """
    text = unicodedata.normalize("NFKC", text or "")
    cased = _cased_abbreviations()
    if cased is not None:
        text = cased[0].sub(lambda m: f" {cased[1][m.group(0).upper()]} ", text)
    text = _MARKUP.sub(" ", text.lower())
    text = text.replace("&", " och ")
    text = _NAMED_NUMBER.sub(lambda m: _NAMED_NUMBERS[m.group(0)], text)
    text = _E_PREFIX.sub("e", text)
    return _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)


def split_words(text: str) -> list[str]:
    """The words of already normalised text, without digits, punctuation or emoji."""
    words = []
    for match in _WORD.finditer(text):
        word = match.group(0).split(":", 1)[0]
        if len(word) <= MAX_WORD_LEN:
            words.append(word)
        if len(words) >= MAX_TOKENS:
            break
    return words


@functools.lru_cache(maxsize=1)
def _cased_abbreviations() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The abbreviations the table writes with capitals ("FaR", "ST"): read only where a note writes
    them so, as written or all in capitals, for in lower case they are other words ("far" is a father
    or "får" typed without å). A pattern finding them, and each one's expansion by its capitals."""
    table: dict[str, str] = {}
    for line in _read_lines(data_file("abbreviations_sv.txt")):
        short, _, long = line.partition("=")
        short, long = short.strip(), long.strip().lower()
        if long and short != short.lower() and short.isalpha():
            table[short] = long
    if not table:
        return None
    forms = sorted({form for short in table for form in (short, short.upper())}, key=len, reverse=True)
    pattern = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, forms)) + r")(?![^\W\d_])")
    return pattern, {short.upper(): long for short, long in table.items()}


@functools.lru_cache(maxsize=1)
def abbreviations() -> dict[str, tuple[str, ...]]:
    """The shipped abbreviation table: word -> the words it stands for (lower case; the ones written
    with capitals are read by :func:`normalise`)."""
    table: dict[str, tuple[str, ...]] = {}
    for line in _read_lines(data_file("abbreviations_sv.txt")):
        if "=" not in line:
            continue
        short, _, long = line.partition("=")
        if short.strip() != short.strip().lower():
            continue
        key = short.strip().lower().replace(".", "")
        words = tuple(split_words(normalise(long)))
        if key and words:
            table[key] = words
    return table


@functools.lru_cache(maxsize=1)
def _stop_data() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    words: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    for line in _read_lines(data_file("stopwords_sv.txt")):
        parts = tuple(split_words(normalise(line)))
        if len(parts) == 1:
            words.add(parts[0])
        elif parts:
            phrases.append(parts)
    # Longest phrases first, so that "i alla fall" wins over a shorter phrase at the same place.
    phrases.sort(key=len, reverse=True)
    return frozenset(words), tuple(phrases)


def stop_words() -> frozenset[str]:
    """Single stop words (function words and words every note of a category uses)."""
    return _stop_data()[0]


def stop_phrases() -> tuple[tuple[str, ...], ...]:
    """Multi-word stop phrases such as "i så fall", longest first."""
    return _stop_data()[1]


def expand(words: Iterable[str]) -> list[str]:
    """Replace abbreviations by the words they stand for ("usk" -> "undersköterska")."""
    table = abbreviations()
    out: list[str] = []
    for word in words:
        out.extend(table.get(word, (word,)))
    return out


@functools.lru_cache(maxsize=1)
def _stop_phrases_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The stop phrases by their first word, longest first within each word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in stop_phrases():
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in index.items()}


def drop_stop_phrases(words: Sequence[str]) -> list[str]:
    """Remove stop phrases, keeping every other word in order."""
    by_first = _stop_phrases_by_first_word()
    if not by_first:
        return list(words)
    out: list[str] = []
    i = 0
    n = len(words)
    while i < n:
        for phrase in by_first.get(words[i], ()):
            size = len(phrase)
            if tuple(words[i : i + size]) == phrase:
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


def tokenize(text: str) -> list[str]:
    """Normalised, abbreviation-expanded words of a note, stop phrases removed (stop words kept)."""
    return tokenize_normalised(normalise(text))


def tokenize_normalised(normalised: str) -> list[str]:
    """:func:`tokenize` for text already passed through :func:`normalise` (which is not idempotent)."""
    return drop_stop_phrases(expand(split_words(normalised)))


@functools.lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("swedish")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Swedish Snowball stem of a lower-case word ("undersköterskor" -> "underskötersk")."""
    return _stemmer().stemWord(word)


def is_content(word: str) -> bool:
    """True for words that can tie notes together (not stop words, not single letters)."""
    return len(word) >= 2 and word not in stop_words()


def capitalise(text: str) -> str:
    """First letter upper-case, the rest untouched ("tid för samtal" -> "Tid för samtal")."""
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def clear_caches() -> None:
    """Forget cached stems and data files (for timing runs and after editing the data files)."""
    stem.cache_clear()
    abbreviations.cache_clear()
    _cased_abbreviations.cache_clear()
    _stop_data.cache_clear()
    _stop_phrases_by_first_word.cache_clear()
