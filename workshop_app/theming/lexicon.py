"""The concept lexicon used for a workshop: the shipped one plus the user's own additions."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from workshop_app.paths import user_data_dir

USER_LEXICON_NAME = "lexicon_user.txt"


def user_lexicon_path() -> Path:
    """Where a facilitator's own concept words are kept (same format as the shipped lexicon)."""
    return user_data_dir() / USER_LEXICON_NAME


def workshop_lexicon():
    """The shipped lexicon merged with the user's file, reloaded when that file changes."""
    path = user_lexicon_path()
    stamp = path.stat().st_mtime_ns if path.is_file() else 0
    return _load(str(path), stamp)


@lru_cache(maxsize=4)
def _load(path: str, stamp: int):
    from workshop_app.clustering import Lexicon, default_lexicon

    if not stamp:
        return default_lexicon()
    return Lexicon.load(Path(path), include_default=True)
