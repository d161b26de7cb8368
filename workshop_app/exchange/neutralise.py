"""Guard CSV cells against formula injection, reversibly.

OWASP's advice: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
prefixed with a single quote, so a spreadsheet shows it as text instead of running it. A cell that
already starts with a quote and one of those characters gets a quote too, so that import can
remove exactly one and every note comes back as typed.
"""

from __future__ import annotations

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _risky(value: str) -> bool:
    return value.startswith(_TRIGGERS) or (value.startswith("'") and value[1:].startswith(_TRIGGERS))


def neutralise_cell(value: str) -> str:
    return "'" + value if _risky(value) else value


def restore_cell(value: str) -> str:
    return value[1:] if value.startswith("'") and _risky(value[1:]) else value
