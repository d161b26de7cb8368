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
from workshop_app.clustering.word_forms import phrase_word_matches, split_terms, term_words
from workshop_app.clustering.word_index import Entry, WordIndex


def _log():
    """The module logger, imported on first warning: ``logging`` costs milliseconds at start-up."""
    import logging

    return logging.getLogger(__name__)


#: Weight of a broader concept (the part before the dot of an id) relative to the narrow one.
PARENT_SHARE = 0.5
#: Ids the shipped lexicon has given a broader concept since a user may have written them in their own
#: word list: a line with the old id still extends the concept.
RENAMED_IDS = {"IT_SYSTEMS": "DOCUMENTATION.IT_SYSTEMS"}


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


_PhraseWord = tuple[str, bool, str]  # (word, is_prefix, stem)


class Lexicon(WordIndex):
    """Concepts and their terms, with fast lookup of words, compounds and phrases.

    Build it with :meth:`load_default`, :meth:`load` or :meth:`from_lines`; it is immutable after that
    (lookups are cached per instance).
    """

    def __init__(self) -> None:
        super().__init__()
        self._concepts: dict[str, Concept] = {}
        self._terms: dict[str, list[str]] = {}
        self._phrases: dict[str, list[tuple[tuple[_PhraseWord, ...], Entry]]] = {}
        #: Phrases written ``="..."``: fixed expressions (names, idioms) whose words mean nothing else.
        self._fixed: set[Entry] = set()
        #: Phrases whose first word matches a token, by the token; and those whose first two words
        #: match two tokens, by the tokens (the rest of the phrase still to check).
        self._phrase_firsts: dict[str, tuple[tuple[tuple[_PhraseWord, ...], Entry], ...]] = {}
        self._phrase_starts: dict[tuple[str, str], tuple[tuple[tuple[_PhraseWord, ...], Entry], ...]] = {}
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
            concept_id = RENAMED_IDS.get(concept_id, concept_id)
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
                self._index_words(entry, words)
        self._finish_word_index()

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

    def _phrases_starting(self, pair: tuple[str, str]) -> tuple[tuple[tuple[_PhraseWord, ...], Entry], ...]:
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


def _format_line(concept: Concept, terms: Sequence[str]) -> str:
    weight = f" | {concept.weight:g}" if concept.weight != 1.0 else ""
    return f"{concept.id} | {concept.label} | {', '.join(terms)}{weight}"


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicon, built once per process."""
    return Lexicon.load_default()
