"""Readable Swedish titles and keywords for proposed themes.

A title is the label of the concept that ties the notes ("Tid och utrymme"), or, when no concept does,
the key words of the most central note; never a list of stems.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from workshop_app.clustering import text as _text
from workshop_app.clustering.lexicon import Lexicon
from workshop_app.clustering.vectors import NoteFeatures

MAX_KEYWORDS = 5
#: Concepts lighter than this (the people care is for, the organisations) only title a theme alone.
_TITLE_MIN_WEIGHT = 0.5
_MAX_TITLE_WORDS = 6
_CLAUSE_BREAK = re.compile(r"\s[-–—]\s|[,.;:!?()\[\]\"']|\s=\s")
_EDGE_PUNCTUATION = "\"'«»“”‘’()[]{}<>*_#~^|/\\.,;:!?-–—…"


def concept_scores(
    members: Sequence[NoteFeatures], cell_df: Counter[str], cell_size: int
) -> list[tuple[str, float, int]]:
    """Concepts of a theme ranked by how well they tie it: (concept, score, members having it).

    The score is the mean feature value over the members times the concept's IDF in the cell, so a
    concept every note of the cell shares does not title one theme of it.
    """
    totals: dict[str, float] = {}
    counts: Counter[str] = Counter()
    for features in members:
        for concept_id, value in features.concepts.items():
            totals[concept_id] = totals.get(concept_id, 0.0) + value
            counts[concept_id] += 1
    ranked = []
    for concept_id, total in totals.items():
        idf = math.log((1 + cell_size) / (1 + cell_df[concept_id])) + 1.0
        ranked.append((concept_id, total / len(members) * idf, counts[concept_id]))
    ranked.sort(key=lambda item: (-item[1], item[0]))
    return ranked


def title_and_keywords(
    members: Sequence[NoteFeatures],
    texts: Sequence[str],
    central: int,
    lexicon: Lexicon,
    cell_df: Counter[str],
    cell_size: int,
    avoid: frozenset[str] = frozenset(),
) -> tuple[str, tuple[str, ...]]:
    """Title and keywords of one theme.

    Args:
        members: features of the theme's notes.
        texts: the notes' texts, in the same order.
        central: index (into ``members``) of the note most similar to the others.
        lexicon: the lexicon that gives concept labels.
        cell_df: in how many notes of the whole cell each concept occurs.
        cell_size: number of notes in the cell.
        avoid: titles (case-folded) the theme must not have, such as its focus area's name: a concept
            with such a label does not title it.
    """
    needed = max(2, math.ceil(len(members) / 2))
    ranked = [item for item in concept_scores(members, cell_df, cell_size) if item[2] >= needed]
    ranked = [item for item in ranked if lexicon.label(item[0]).casefold() not in avoid]
    titled = [item for item in ranked if _weight(lexicon, item[0]) >= _TITLE_MIN_WEIGHT] or ranked
    title = ""
    chosen: list[str] = []
    if titled:
        first = titled[0]
        chosen.append(first[0])
        title = lexicon.label(first[0])
        most = max(2, math.ceil(0.75 * len(members)))
        for concept_id, score, count in titled[1:]:
            label = lexicon.label(concept_id)
            if any(_shares_a_word(label, other) for other in (title, *avoid)):
                # "Välfärdsteknik och trygghet – trygghet och säkerhet" says trygghet twice; in the
                # area Samverkan, "– samarbete och samverkan" says what every theme there is about
                continue
            if count >= most and score >= 0.6 * first[1] and not _related(concept_id, first[0]):
                chosen.append(concept_id)
                title = f"{title} – {_lower_first(lexicon.label(concept_id))}"
                break
    if not title or title.casefold() in avoid:
        title = key_phrase(texts[central]) or key_phrase(" ".join(texts)) or "Tema"
    keywords = _keywords(members, texts, central, lexicon, chosen, ranked)
    return _text.capitalise(title), keywords


def _keywords(
    members: Sequence[NoteFeatures],
    texts: Sequence[str],
    central: int,
    lexicon: Lexicon,
    chosen: Sequence[str],
    ranked: Sequence[tuple[str, float, int]],
) -> tuple[str, ...]:
    """The words that tie the notes: the concepts' own words first, then shared words."""
    keywords: list[str] = []

    def add(word: str) -> None:
        word = word.strip()
        if not word or len(keywords) >= MAX_KEYWORDS:
            return
        lower, word_stem = word.lower(), _text.stem(word.lower())
        for kept in keywords:
            kept_lower = kept.lower()
            # Skip repeats: "hinner" after "hinner inte", "undersköterskor" after "undersköterska".
            if lower in kept_lower or kept_lower in lower or _text.stem(kept_lower) == word_stem:
                return
        keywords.append(word)

    concept_ids = [*chosen, *(c for c, _, _ in ranked if c not in chosen)]
    for concept_id in concept_ids[:3]:
        words: Counter[str] = Counter()
        for features in members:
            for word in dict.fromkeys(features.concept_words.get(concept_id, ())):
                if word.count(" ") < 3:  # long phrases read badly as keywords
                    words[word] += 1
        for word, _ in sorted(words.items(), key=lambda item: (-item[1], item[0]))[:2]:
            add(word)
    shared: Counter[str] = Counter()
    for features in members:
        shared.update(features.stems.keys())
    surfaces: dict[str, str] = {}
    for features in members:
        for stem, surface in features.surfaces.items():
            surfaces.setdefault(stem, surface)
    for stem, count in sorted(shared.items(), key=lambda item: (-item[1], item[0])):
        if count < 2:
            break
        if stem in surfaces:
            add(surfaces[stem])
    for concept_id in concept_ids:
        if len(keywords) >= 2:
            break
        add(_lower_first(lexicon.label(concept_id)))
    if len(keywords) < 2:
        for word in _text.expand(_text.split_words(_text.normalise(texts[central]))):
            if _text.is_content(word) and len(word) > 2:
                add(word)
            if len(keywords) >= 2:
                break
    return tuple(keywords)


def key_phrase(note: str) -> str:
    """The first clause of a note, without leading filler words, at most a few words, capitalised."""
    clause = _CLAUSE_BREAK.split(" ".join((note or "").split()), maxsplit=1)[0]
    words = [w.strip(_EDGE_PUNCTUATION) for w in clause.split()]
    words = [w for w in words if w and any(ch.isalpha() for ch in w)]
    stops = _text.stop_words()
    while words and words[0].lower() in stops:
        words.pop(0)
    words = words[:_MAX_TITLE_WORDS]
    while words and words[-1].lower() in stops:
        words.pop()
    if not words:
        return ""
    phrase = " ".join(words)
    if phrase.isupper() and len(phrase) > 3:
        phrase = phrase.lower()
    return _text.capitalise(phrase)


def unique_titles(titles: list[str], keywords: Sequence[Sequence[str]], taken: Iterable[str] = ()) -> list[str]:
    """Make titles distinct (ignoring case) by adding a keyword the title lacks, also from ``taken``
    (the focus area's name and the titles its other themes already have)."""
    taken_keys = {t.casefold() for t in taken}
    seen: Counter[str] = Counter(t.casefold() for t in titles)
    result = []
    used: set[str] = set(taken_keys)
    for title, words in zip(titles, keywords):
        candidate = title
        key = title.casefold()
        if seen[key] > 1 or key in taken_keys:
            for word in words:
                if word.lower() not in title.lower():
                    candidate = f"{title} ({word})"
                    if candidate.casefold() not in used:
                        break
            number = 2
            while candidate.casefold() in used:
                candidate = f"{title} ({number})"
                number += 1
        used.add(candidate.casefold())
        result.append(candidate)
    return result


def _weight(lexicon: Lexicon, concept_id: str) -> float:
    concept = lexicon.concept(concept_id)
    return concept.weight if concept else 1.0


def _shares_a_word(a: str, b: str) -> bool:
    """True when two labels share a content word (compared by stem)."""
    return not _label_stems(a).isdisjoint(_label_stems(b))


@functools.lru_cache(maxsize=4096)
def _label_stems(label: str) -> frozenset[str]:
    """The stems of a label's content words (labels and titles recur on every proposal)."""
    return frozenset(_text.stem(w) for w in _text.split_words(_text.normalise(label)) if _text.is_content(w))


def _related(a: str, b: str) -> bool:
    return a.startswith(b + ".") or b.startswith(a + ".")


def _lower_first(label: str) -> str:
    """ "Tid och utrymme" -> "tid och utrymme", but "IT-system" stays as it is."""
    if len(label) >= 2 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label
