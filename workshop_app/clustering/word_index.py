"""How one written word is read against the lexicon's terms: exact forms, prefixes, inflections,
compounds, typos and words typed without å, ä and ö.

:class:`WordIndex` holds the single-word terms and reads words with them; the concept lexicon
(:class:`workshop_app.clustering.lexicon.Lexicon`) builds on it with concepts and phrases.
"""

from __future__ import annotations

from collections.abc import Iterable

from workshop_app.clustering import text as _text
from workshop_app.clustering.word_forms import INFLECTIONS, one_edit, same_word

#: Shortest head or modifier of a compound that is looked up on its own.
_MIN_PART = 3
#: A whole-word prefix match leaving at least this many letters unexplained reads the rest as a word.
_MIN_TAIL = 5
#: Letters that join the parts of Swedish compounds (kunskap-s-lyft, underskötersk-e-utbildning).
_LINKING = "se"
#: Shortest word (and term) read with one typo allowed ("personalomsätning" ~ "personalomsättning*").
_MIN_FUZZY = 7
#: A term written without * still matches a misspelt word with at most this many letters after it
#: (an inflection: "kontinuitetn" ~ "kontinuitet").
_FUZZY_INFLECTION = 3
#: A compound's head of at most this many letters must match a term as written, not by its stem.
_SHORT_HEAD = 4
#: Shortest known first part that gives its meaning to a compound whose head is unknown ("kontakt|lista").
_MIN_MODIFIER = 5
#: Shortest lexicon word that a word typed without å, ä and ö is read as ("egenvard" -> "egenvård").
_MIN_FOLDED = 6
_FOLD = str.maketrans("åäö", "aao")


class WordAnalysis:
    """What one word means: concept hits ``(concept id, term)`` and the stems of its compound parts.

    A plain slotted class rather than a dataclass: thousands are made, and dataclass creation costs
    import time.
    """

    __slots__ = ("hits", "parts")

    def __init__(self, hits: tuple[tuple[str, str], ...], parts: tuple[str, ...]) -> None:
        self.hits = hits
        self.parts = parts


Entry = tuple[str, str]  # (concept id, term as written)


class WordIndex:
    """The single words of the lexicon's terms, indexed for reading the words of notes."""

    def __init__(self) -> None:
        self._exact: dict[str, list[Entry]] = {}
        self._stems: dict[str, list[tuple[Entry, str]]] = {}
        self._prefixes: dict[str, list[Entry]] = {}
        self._prefix_lengths: tuple[int, ...] = ()
        #: Terms of at least ``_MIN_FUZZY`` - 1 letters by their first two letters, for typo matching:
        #: (term word, is_prefix, entry).
        self._fuzzy: dict[str, list[tuple[str, bool, Entry]]] = {}
        self._word_cache: dict[str, WordAnalysis] = {}
        #: Lexicon words with å, ä or ö by their plain-letter spelling ("" when two words share one).
        self._folded: dict[str, str] = {}
        self._folded_lengths: tuple[int, ...] = ()
        #: Per token typed without å, ä and ö, the lexicon spelling it is read as (cached).
        self._restored: dict[str, str] = {}

    def _index_words(self, entry: Entry, words: list[tuple[str, bool]]) -> None:
        """Index a term's words: (word, is_prefix) as :func:`word_forms.term_words` gives them. A
        single word is matched on its own; every word's plain spelling is kept for restoring."""
        if len(words) == 1:
            word, is_prefix = words[0]
            if is_prefix:
                if len(word) >= 2:
                    self._prefixes.setdefault(word, []).append(entry)
            else:
                self._exact.setdefault(word, []).append(entry)
                self._stems.setdefault(_text.stem(word), []).append((entry, word))
            if len(word) >= _MIN_FUZZY - 1 and word.isalpha():
                self._fuzzy.setdefault(word[:2], []).append((word, is_prefix, entry))
        for word, _ in words:
            plain = word.translate(_FOLD)
            if plain != word and len(word) >= _MIN_FOLDED:
                known = self._folded.get(plain)
                self._folded[plain] = word if known in (None, word) else ""

    def _finish_word_index(self) -> None:
        self._prefix_lengths = tuple(sorted({len(p) for p in self._prefixes}, reverse=True))
        self._folded_lengths = tuple(sorted({len(p) for p in self._folded}, reverse=True))

    def restore(self, token: str) -> str:
        """The lexicon's spelling of a word typed without å, ä and ö, else the word itself.

        Notes typed on a phone or a foreign keyboard read "egenvard", "lattlast", "manniskan": a word
        with none of the three letters that the lexicon does not know is read as the lexicon word
        whose plain spelling it is ("manniskan" -> "människan", for a phrase) or starts it, when that
        reading means something ("sangsensorn" -> "sängsensorn"). Known words, stop words and short
        words stay.
        """
        found = self._restored.get(token)
        if found is not None:
            return found
        found = token
        if (
            self._folded
            and len(token) >= _MIN_FOLDED
            and token.isalpha()
            and token == token.translate(_FOLD)
            and token not in _text.stop_words()
            and not self.analyse_word(token).hits
        ):
            for length in self._folded_lengths:
                word = self._folded.get(token[:length]) if length <= len(token) else None
                if word:
                    candidate = word + token[length:]
                    if length == len(token) or self.analyse_word(candidate).hits:
                        found = candidate
                        break
        if len(self._restored) > 200_000:
            self._restored.clear()
        self._restored[token] = found
        return found

    def analyse_word(self, word: str) -> WordAnalysis:
        """Concept hits of one lower-case word, reading unknown words as compounds."""
        cached = self._word_cache.get(word)
        if cached is not None:
            return cached
        result = self._analyse(word)
        if len(self._word_cache) > 200_000:
            self._word_cache.clear()
        self._word_cache[word] = result
        return result

    # ---------------------------------------------------------------------------------- matching
    def _match_whole(self, word: str, *, by_stem: bool = True) -> tuple[list[Entry], int] | None:
        """Entries matching the whole word, and how many of its letters they explain.

        The exact form and the longest prefix term both count when the prefix leaves only an
        inflectional ending ("hälsosamtal" listed as it is under one concept and "hälsosamtal*" under
        another: "hälsosamtal" reads as both), so an exact form no longer hides another concept's
        prefix; a longer rest after the prefix is a compound's head only when no term has the exact
        form. The Snowball stem comes last, and only when nothing else matched: a prefix such as
        ``tidig*`` must win over the stem of "tidigt" ("tid"), and stems of different words collide
        ("papper" and "pappa"; measured: adding stem forms to prefix matches lost on ``notes_dev``).
        """
        exact = self._exact.get(word, ())
        for length in self._prefix_lengths:
            if length <= len(word):
                prefixed = self._prefixes.get(word[:length])
                if prefixed:
                    if not exact:
                        return list(prefixed), length
                    if word[length:] in INFLECTIONS:  # the prefix names the whole word too
                        return list(_unique([*exact, *prefixed])), len(word)
                    break
        if exact:
            return list(exact), len(word)
        if by_stem and len(word) >= 2:
            entries = self._stem_forms(word)
            if entries:
                return entries, len(word)
        return None

    def _stem_forms(self, word: str) -> list[Entry]:
        """Entries of terms written without * of which the word is an inflected form."""
        if len(word) < 2:
            return []
        return [e for e, form in self._stems.get(_text.stem(word), ()) if same_word(word, form)]

    def _match_part(self, part: str) -> tuple[list[Entry], int] | None:
        """Like :meth:`_match_whole`, also trying the part without a final linking letter."""
        found = self._match_whole(part)
        if found is None and len(part) > _MIN_PART and part[-1] in _LINKING:
            found = self._match_whole(part[:-1])
        return found

    def _analyse(self, word: str) -> WordAnalysis:
        if len(word) < 2 or not word.isalpha():
            return WordAnalysis((), ())
        found = self._match_whole(word)
        if found is not None:
            entries, explained = found
            hits = list(entries)
            parts: list[str] = []
            tail = word[explained:]
            if len(tail) >= _MIN_TAIL:
                rest = self._match_tail(tail)
                if rest is None and len(tail) >= _MIN_FUZZY - 1:
                    fuzzy = self._match_fuzzy(tail)
                    rest = (fuzzy, tail) if fuzzy else None
                if rest is not None:
                    hits.extend(rest[0])
                    parts = [_text.stem(word[:explained]), _text.stem(rest[1])]
            return WordAnalysis(_unique(hits), tuple(parts))
        split = self._split_compound(word, depth=0)
        if split.hits:
            return split
        modifier = self._known_modifier(word)
        if modifier is not None:
            return modifier
        if len(word) >= _MIN_FUZZY:
            fuzzy = self._match_fuzzy(word)
            if fuzzy:
                return WordAnalysis(_unique(fuzzy), ())
        return split

    def _match_fuzzy(self, word: str) -> list[Entry]:
        """Entries of terms that the word matches with one typo (a letter missing, extra, wrong or
        two letters swapped); the first two letters must be right. Prefix terms (``omsättning*``)
        match the start of the word, whole-word terms allow a short inflection after them."""
        found: list[Entry] = []
        for term, is_prefix, entry in self._fuzzy.get(word[:2], ()):
            if abs(len(term) - len(word)) > 1 and (not is_prefix and len(word) - len(term) > _FUZZY_INFLECTION + 1):
                continue
            if len(word) + 1 < len(term):
                continue
            if is_prefix or len(word) > len(term) + 1:
                ok = any(
                    one_edit(word[: len(term) + d], term)
                    for d in (-1, 0, 1)
                    if len(term) + d <= len(word) and (is_prefix or len(word) - (len(term) + d) <= _FUZZY_INFLECTION)
                )
            else:
                ok = one_edit(word, term)
            if ok and word != term:
                found.append(entry)
        return found

    def _known_modifier(self, word: str) -> WordAnalysis | None:
        """A compound whose head the lexicon lacks, read through its known first part ("kontaktlista")."""
        n = len(word)
        for i in range(n - _MIN_PART, _MIN_MODIFIER - 1, -1):
            modifier = word[:i]
            found = self._match_part(modifier)
            if found is not None and found[1] >= _MIN_MODIFIER - 1:
                return WordAnalysis(_unique(found[0]), (_text.stem(modifier), _text.stem(word[i:])))
        return None

    def _match_tail(self, tail: str) -> tuple[list[Entry], str] | None:
        """A word left over after a prefix match ("personal|omsättning"), linking letter allowed."""
        candidates = [tail]
        if tail[0] in _LINKING:
            candidates.append(tail[1:])
        for candidate in candidates:
            if len(candidate) < _MIN_TAIL - 1:
                continue
            found = self._match_whole(candidate)
            if found is not None and found[1] >= _MIN_PART + 1:
                return found[0], candidate
        return None

    def _split_compound(self, word: str, depth: int) -> WordAnalysis:
        """Split an unknown word into modifier + head, longest known head first (head-final Swedish)."""
        n = len(word)
        for i in range(_MIN_PART, n - _MIN_PART + 1):
            head, modifier = word[i:], word[:i]
            # A short head only as it is written: through its stem "ring" (ringa) would read
            # "förbättring" and "planering" as phone calls.
            head_found = self._match_whole(head, by_stem=len(head) > _SHORT_HEAD)
            if head_found is None or head[head_found[1] :] not in INFLECTIONS:
                # The head must be a word: "verksam|hets|utveckling" is no stress.
                continue
            modifier_found = self._match_part(modifier)
            modifier_hits: list[Entry] = list(modifier_found[0]) if modifier_found else []
            if not modifier_hits and depth == 0 and len(modifier) >= 2 * _MIN_PART:
                inner = self._split_compound(modifier, depth + 1)
                modifier_hits = list(inner.hits)
            if not modifier_hits and (len(head) <= _SHORT_HEAD or len(modifier) <= _MIN_PART):
                # "auto|mat", "gem|ensam", "kont|roll": a short part (a head of four letters or less,
                # a modifier of three) needs a known partner; short heads end many unrelated words.
                # A shorter head would split this known one ("syn|hjälp|medel" is no money).
                break
            return WordAnalysis(
                _unique([*modifier_hits, *head_found[0]]),
                (_text.stem(modifier), _text.stem(head)),
            )
        return WordAnalysis((), ())


def _unique(entries: Iterable[Entry]) -> tuple[Entry, ...]:
    return tuple(dict.fromkeys(entries))
