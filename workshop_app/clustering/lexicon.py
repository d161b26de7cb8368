"""The concept lexicon: many surface words of the field mapped to a few dozen concepts.

Notes in one theme rarely share words ("usk" / "undersköterskor" / "vårdbiträden"), so themes are
found through concepts. The lexicon is a human-editable text file (see ``resources/clustering/
lexicon_sv.txt`` for the format); a facilitator's own file can be loaded on top of the shipped one.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workshop_app.clustering import text as _text
from workshop_app.clustering.word_forms import (
    INFLECTIONS,
    one_edit,
    phrase_word_matches,
    same_word,
    split_terms,
    term_words,
)


def _log():
    """The module logger, imported on first warning: ``logging`` costs milliseconds at start-up."""
    import logging

    return logging.getLogger(__name__)


#: Shortest head or modifier of a compound that is looked up on its own.
_MIN_PART = 3
#: A whole-word prefix match leaving at least this many letters unexplained reads the rest as a word.
_MIN_TAIL = 5
#: Letters that join the parts of Swedish compounds (kunskap-s-lyft, underskötersk-e-utbildning).
_LINKING = "se"
#: Weight of a broader concept (the part before the dot of an id) relative to the narrow one.
PARENT_SHARE = 0.5
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


@dataclass(frozen=True)
class Concept:
    """One concept: an id such as ``RESOURCES.TIME``, a label for titles, and a weight."""

    id: str
    label: str
    weight: float = 1.0

    @property
    def parent(self) -> str | None:
        """The broader concept (``RESOURCES`` for ``RESOURCES.TIME``), if any."""
        head, dot, _ = self.id.rpartition(".")
        return head if dot else None


class Hit:
    """A term of the lexicon found in a note: which concept, by which term, from which words."""

    __slots__ = ("concept", "term", "surface")

    def __init__(self, concept: str, term: str, surface: str) -> None:
        self.concept = concept
        self.term = term
        self.surface = surface

    def __repr__(self) -> str:
        return f"Hit({self.concept!r}, {self.term!r}, {self.surface!r})"


class WordAnalysis:
    """What one word means: concept hits ``(concept id, term)`` and the stems of its compound parts.

    A plain slotted class rather than a dataclass: thousands are made, and dataclass creation costs
    import time.
    """

    __slots__ = ("hits", "parts")

    def __init__(self, hits: tuple[tuple[str, str], ...], parts: tuple[str, ...]) -> None:
        self.hits = hits
        self.parts = parts


_Entry = tuple[str, str]  # (concept id, term as written)
_PhraseWord = tuple[str, bool, str]  # (word, is_prefix, stem)


class Lexicon:
    """Concepts and their terms, with fast lookup of words, compounds and phrases.

    Build it with :meth:`load_default`, :meth:`load` or :meth:`from_lines`; it is immutable after that
    (lookups are cached per instance).
    """

    def __init__(self) -> None:
        self._concepts: dict[str, Concept] = {}
        self._terms: dict[str, list[str]] = {}
        self._exact: dict[str, list[_Entry]] = {}
        self._stems: dict[str, list[tuple[_Entry, str]]] = {}
        self._prefixes: dict[str, list[_Entry]] = {}
        self._prefix_lengths: tuple[int, ...] = ()
        #: Terms of at least ``_MIN_FUZZY`` letters by their first two letters, for typo matching:
        #: (term word, is_prefix, entry).
        self._fuzzy: dict[str, list[tuple[str, bool, _Entry]]] = {}
        self._phrases: dict[str, list[tuple[tuple[_PhraseWord, ...], _Entry]]] = {}
        #: Phrases written ``="..."``: fixed expressions (names, idioms) whose words mean nothing else.
        self._fixed: set[_Entry] = set()
        self._word_cache: dict[str, WordAnalysis] = {}
        #: Lexicon words with å, ä or ö by their plain-letter spelling ("" when two words share one).
        self._folded: dict[str, str] = {}
        self._folded_lengths: tuple[int, ...] = ()
        #: Per token typed without å, ä and ö, the lexicon spelling it is read as (cached).
        self._restored: dict[str, str] = {}
        #: Phrases whose first word matches a token, by the token; and those whose first two words
        #: match two tokens, by the tokens (the rest of the phrase still to check).
        self._phrase_firsts: dict[str, tuple[tuple[tuple[_PhraseWord, ...], _Entry], ...]] = {}
        self._phrase_starts: dict[tuple[str, str], tuple[tuple[tuple[_PhraseWord, ...], _Entry], ...]] = {}
        #: Per concept id, the concept and its broader ones with their weights in a note.
        self._chains: dict[str, tuple[tuple[str, float], ...]] = {}
        #: Note features computed with this lexicon, by normalised text (filled by ``vectors.analyse``).
        self.feature_cache: dict[str, object] = {}
        #: Per token, what it adds to a note's stems with this lexicon (filled by ``vectors.analyse``).
        self.token_cache: dict[str, object] = {}
        self.sources: tuple[str, ...] = ()

    # ----------------------------------------------------------------------------------- building
    @classmethod
    def load_default(cls) -> Lexicon:
        """A new lexicon from the shipped file (plus ``WORKSHOP_LEXICON`` if that names a file)."""
        paths: list[Path] = [_text.data_file("lexicon_sv.txt")]
        extra = os.environ.get("WORKSHOP_LEXICON")
        if extra:
            paths.append(Path(extra))
        return cls.load(*paths)

    @classmethod
    def load(cls, *paths: str | Path, include_default: bool = False) -> Lexicon:
        """A lexicon from one or more files, later files extending (or trimming) earlier ones.

        Args:
            *paths: lexicon files in the shipped format.
            include_default: read the shipped lexicon first, so ``paths`` only need the additions.
        """
        all_paths = [_text.data_file("lexicon_sv.txt")] if include_default else []
        all_paths.extend(Path(p) for p in paths)
        lines: list[str] = []
        for path in all_paths:
            try:
                lines.extend(Path(path).read_text(encoding="utf-8").splitlines())
            except OSError as error:
                _log().warning("Cannot read lexicon %s: %s", path, error)
        lexicon = cls.from_lines(lines)
        lexicon.sources = tuple(str(p) for p in all_paths)
        return lexicon

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> Lexicon:
        """A lexicon from lines in the file format (handy for tests and for merging in memory)."""
        lexicon = cls()
        labels: dict[str, str] = {}
        weights: dict[str, float] = {}
        for number, raw in enumerate(lines, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            fields = [f.strip() for f in line.split("|")]
            if len(fields) < 3 or not fields[0]:
                _log().warning("Lexicon line %d ignored (needs 'id | label | terms'): %r", number, line[:80])
                continue
            concept_id = fields[0].upper()
            if fields[1] and concept_id not in labels:
                labels[concept_id] = fields[1]
            if len(fields) >= 4 and fields[3]:
                try:
                    weights[concept_id] = max(0.0, float(fields[3].replace(",", ".")))
                except ValueError:
                    _log().warning("Lexicon line %d: weight %r is not a number", number, fields[3])
            terms = lexicon._terms.setdefault(concept_id, [])
            for term in split_terms(fields[2]):
                if term.startswith("!"):
                    removed = term[1:].strip().lower()
                    terms[:] = [t for t in terms if t != removed]
                elif term not in terms:
                    terms.append(term)
        for concept_id in lexicon._terms:
            label = labels.get(concept_id) or concept_id.rsplit(".", 1)[-1].replace("_", " ").capitalize()
            lexicon._concepts[concept_id] = Concept(concept_id, label, weights.get(concept_id, 1.0))
        lexicon._index()
        return lexicon

    def merged(self, other: Lexicon) -> Lexicon:
        """A new lexicon with ``other``'s concepts and terms added to this one's."""
        return Lexicon.from_lines([*self.to_lines(), *other.to_lines()])

    def without_terms(self, drop: Callable[[str, str], bool]) -> Lexicon:
        """A copy without the terms for which ``drop(concept_id, term)`` is true (for ablations)."""
        lines = []
        for concept in self._concepts.values():
            kept = [t for t in self._terms[concept.id] if not drop(concept.id, t)]
            lines.append(_format_line(concept, kept))
        return Lexicon.from_lines(lines)

    def to_lines(self) -> list[str]:
        """The lexicon in its file format."""
        return [_format_line(c, self._terms[c.id]) for c in self._concepts.values()]

    def _index(self) -> None:
        for concept_id, terms in self._terms.items():
            for written in terms:
                fixed = written.startswith("=")
                entry = (concept_id, written)
                words = term_words(written[1:].strip() if fixed else written)
                if len(words) > 1:
                    pattern = tuple((w, p, "" if p else _text.stem(w)) for w, p in words)
                    self._phrases.setdefault(words[0][0][:3], []).append((pattern, entry))
                    if fixed:
                        self._fixed.add(entry)
                elif words and words[0][1]:
                    if len(words[0][0]) >= 2:
                        self._prefixes.setdefault(words[0][0], []).append(entry)
                elif words:
                    self._exact.setdefault(words[0][0], []).append(entry)
                    self._stems.setdefault(_text.stem(words[0][0]), []).append((entry, words[0][0]))
                if len(words) == 1 and len(words[0][0]) >= _MIN_FUZZY - 1 and words[0][0].isalpha():
                    word, is_prefix = words[0]
                    self._fuzzy.setdefault(word[:2], []).append((word, is_prefix, entry))
                for word, _ in words:
                    plain = word.translate(_FOLD)
                    if plain != word and len(word) >= _MIN_FOLDED:
                        known = self._folded.get(plain)
                        self._folded[plain] = word if known in (None, word) else ""
        self._prefix_lengths = tuple(sorted({len(p) for p in self._prefixes}, reverse=True))
        self._folded_lengths = tuple(sorted({len(p) for p in self._folded}, reverse=True))

    # ------------------------------------------------------------------------------------ queries
    @property
    def concepts(self) -> dict[str, Concept]:
        """All concepts by id."""
        return dict(self._concepts)

    def concept(self, concept_id: str) -> Concept | None:
        """The concept with this id, if any."""
        return self._concepts.get(concept_id)

    def label(self, concept_id: str) -> str:
        """The human label of a concept (the id itself when unknown)."""
        concept = self._concepts.get(concept_id)
        return concept.label if concept else concept_id

    def terms(self, concept_id: str) -> tuple[str, ...]:
        """The terms of a concept as written in the file."""
        return tuple(self._terms.get(concept_id, ()))

    def __len__(self) -> int:
        return len(self._concepts)

    def term_count(self) -> int:
        """How many terms (surface forms, patterns and phrases) the lexicon holds."""
        return sum(len(t) for t in self._terms.values())

    def lookup(self, text: str) -> tuple[str, ...]:
        """Concept ids for a word or phrase, abbreviations expanded and compounds split.

        ``lookup("kompetenshöjning")`` gives the learning concept, ``lookup("usk")`` the staff one.
        """
        return tuple(dict.fromkeys(hit.concept for hit in self.find(_text.tokenize(text))))

    def find(self, tokens: Sequence[str]) -> list[Hit]:
        """Every concept hit in a tokenised note: single words, compounds and phrases.

        Inside a fixed expression (a phrase written ``="..."``: a name such as "samordnad individuell
        plan" or an idiom such as "lära känna") the words give no hits of their own.
        """
        tokens = [self.restore(token) for token in tokens]
        hits: list[Hit] = []
        spans: list[tuple[int, int]] = []  # (first token, end) of each hit, parallel to ``hits``
        fixed_spans: list[tuple[int, int]] = []
        fixed = self._fixed
        stop_words = _text.stop_words()
        starts = self._phrase_starts
        n = len(tokens)
        for i, token in enumerate(tokens):
            if token in stop_words:
                # A stop word means something only where the lexicon lists it as it is ("vem"):
                # through its stem "men" would be "menar" and "sen" would be "sent".
                word_hits = self._exact.get(token, ())
            else:
                word_hits = self.analyse_word(token).hits
            for concept_id, term in word_hits:
                hits.append(Hit(concept_id, term, token))
                spans.append((i, i + 1))
            if i + 1 == n:
                continue  # every phrase has two words or more
            pair = (token, tokens[i + 1])
            phrases = starts.get(pair)
            if phrases is None:
                phrases = self._phrases_starting(pair)
            for pattern, entry in phrases:
                size = len(pattern)
                if i + size <= n and all(phrase_word_matches(tokens[i + k], pattern[k]) for k in range(2, size)):
                    hits.append(Hit(entry[0], entry[1], " ".join(tokens[i : i + size])))
                    spans.append((i, i + size))
                    if entry in fixed:
                        fixed_spans.append((i, i + size))
        if fixed_spans:
            hits = [
                hit
                for hit, (a, b) in zip(hits, spans)
                if (a, b) in fixed_spans or not any(start <= a and b <= end for start, end in fixed_spans)
            ]
        return hits

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

    def _phrases_starting(self, pair: tuple[str, str]) -> tuple[tuple[tuple[_PhraseWord, ...], _Entry], ...]:
        """The phrases whose first two words match ``pair`` of tokens, in index order (cached)."""
        first, second = pair
        firsts = self._phrase_firsts.get(first)
        if firsts is None:
            firsts = tuple(item for item in self._phrases.get(first[:3], ()) if phrase_word_matches(first, item[0][0]))
            if len(self._phrase_firsts) > 200_000:
                self._phrase_firsts.clear()
            self._phrase_firsts[first] = firsts
        found = tuple(item for item in firsts if phrase_word_matches(second, item[0][1]))
        if len(self._phrase_starts) > 200_000:
            self._phrase_starts.clear()
        self._phrase_starts[pair] = found
        return found

    def concept_chain(self, concept_id: str) -> tuple[tuple[str, float], ...]:
        """What a hit of a concept gives a note: ``(concept id, weight)`` for the concept and each
        broader one (weighted by :data:`PARENT_SHARE`); empty for an unknown id."""
        chain = self._chains.get(concept_id)
        if chain is None:
            concept = self._concepts.get(concept_id)
            items: list[tuple[str, float]] = []
            if concept is not None:
                items.append((concept.id, concept.weight))
                parent_id = concept.parent
                while parent_id:
                    parent = self._concepts.get(parent_id)
                    items.append((parent_id, concept.weight * PARENT_SHARE * (parent.weight if parent else 1.0)))
                    parent_id = parent.parent if parent else None
            chain = self._chains[concept_id] = tuple(items)
        return chain

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
    def _match_whole(self, word: str, *, by_stem: bool = True) -> tuple[list[_Entry], int] | None:
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

    def _stem_forms(self, word: str) -> list[_Entry]:
        """Entries of terms written without * of which the word is an inflected form."""
        if len(word) < 2:
            return []
        return [e for e, form in self._stems.get(_text.stem(word), ()) if same_word(word, form)]

    def _match_part(self, part: str) -> tuple[list[_Entry], int] | None:
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

    def _match_fuzzy(self, word: str) -> list[_Entry]:
        """Entries of terms that the word matches with one typo (a letter missing, extra, wrong or
        two letters swapped); the first two letters must be right. Prefix terms (``omsättning*``)
        match the start of the word, whole-word terms allow a short inflection after them."""
        found: list[_Entry] = []
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

    def _match_tail(self, tail: str) -> tuple[list[_Entry], str] | None:
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
            if head_found is None:
                continue
            modifier_found = self._match_part(modifier)
            modifier_hits: list[_Entry] = list(modifier_found[0]) if modifier_found else []
            if not modifier_hits and depth == 0 and len(modifier) >= 2 * _MIN_PART:
                inner = self._split_compound(modifier, depth + 1)
                modifier_hits = list(inner.hits)
            if not modifier_hits and (len(head) <= _SHORT_HEAD or len(modifier) <= _MIN_PART):
                # "auto|mat", "gem|ensam", "kont|roll": a short part (a head of four letters or less,
                # a modifier of three) needs a known partner; short heads end many unrelated words.
                continue
            return WordAnalysis(
                _unique([*modifier_hits, *head_found[0]]),
                (_text.stem(modifier), _text.stem(head)),
            )
        return WordAnalysis((), ())


def _format_line(concept: Concept, terms: Sequence[str]) -> str:
    weight = f" | {concept.weight:g}" if concept.weight != 1.0 else ""
    return f"{concept.id} | {concept.label} | {', '.join(terms)}{weight}"


def _unique(entries: Iterable[_Entry]) -> tuple[_Entry, ...]:
    return tuple(dict.fromkeys(entries))


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicon, built once per process."""
    return Lexicon.load_default()
