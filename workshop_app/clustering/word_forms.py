"""When two written words are one word: inflections, typos, prefixes, and the lexicon's term syntax.

The lexicon (:mod:`workshop_app.clustering.lexicon`) matches the notes' words against its terms
with these rules; they know Swedish endings but nothing about concepts.
"""

from __future__ import annotations

from workshop_app.clustering import text as _text

PhraseWord = tuple[str, bool, str]
"""One word of a lexicon phrase: (word, is_prefix, stem)."""


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one letter inserted, deleted, replaced, or two
    neighbouring letters swapped."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


#: Swedish inflectional endings (number, definiteness, genitive, tense, participle): what may differ
#: between two forms of one word. "-ig", "-lig", "-het", "-ning" make other words and are not here.
INFLECTIONS = frozenset(
    {
        "",
        "a",
        "e",
        "n",
        "r",
        "s",
        "t",
        "en",
        "et",
        "na",
        "ne",
        "ar",
        "er",
        "or",
        "rna",
        "arna",
        "erna",
        "orna",
        "ens",
        "ets",
        "ns",
        "as",
        "es",
        "ts",
        "ade",
        "at",
        "de",
        "te",
        "dd",
        "tt",
        "ande",
        "ende",
        "ad",
        "ers",
        "ars",
        "ors",
        "nas",
        "ornas",
        "arnas",
        "ernas",
        "ats",
    }
)


def same_word(token: str, term: str) -> bool:
    """True when a stem match is an inflection, not a derivation ("tiden" ~ "tid", not ~ "tidigt").

    The Snowball stemmer strips derivational endings too, so "tidigt" and "tid" (or "viktig" and
    "vikt") share a stem; two forms of one word differ only in their inflectional endings.
    """
    common = 0
    for a, b in zip(token, term):
        if a != b:
            break
        common += 1
    if common < min(len(token), len(term)) - 1:
        return False
    return token[common:] in INFLECTIONS and term[common:] in INFLECTIONS


def phrase_word_matches(token: str, pattern: PhraseWord) -> bool:
    """True when a note's token is the phrase word: as written, as a prefix, or an inflection of it.

    A stop word matches only as written: function words do not inflect, and through the stem "för"
    would be "före" ("steg för steg" is not "steget före") and "man" would be "mannen".
    """
    word, is_prefix, word_stem = pattern
    if is_prefix:
        return token.startswith(word)
    if token == word:
        return True
    return (
        len(token) >= 2
        and token not in _text.stop_words()
        and _text.stem(token) == word_stem
        and same_word(token, word)
    )


def split_terms(field: str) -> list[str]:
    """Comma-separated terms; commas inside double quotes belong to the phrase."""
    terms: list[str] = []
    current: list[str] = []
    quoted = False
    for char in field:
        if char == '"':
            quoted = not quoted
            current.append(char)
        elif char == "," and not quoted:
            terms.append("".join(current))
            current = []
        else:
            current.append(char)
    terms.append("".join(current))
    return [t.strip().lower() for t in terms if t.strip().strip('"').strip()]


def term_words(term: str) -> list[tuple[str, bool]]:
    """The words of a term as the notes' tokeniser sees them, each with its prefix flag.

    "it-vana*" becomes [("it", False), ("vana", True)]; "ssk" becomes [("sjuksköterska", False)].
    """
    words: list[tuple[str, bool]] = []
    for raw in term.strip().strip('"').split():
        is_prefix = raw.endswith("*")
        parts = _text.expand(_text.split_words(_text.normalise(raw.rstrip("*"))))
        words.extend((part, is_prefix and j == len(parts) - 1) for j, part in enumerate(parts))
    return words
