"""The one check every command test makes (BeeRef's tests/test_commands.py does the same)."""

from __future__ import annotations

from collections.abc import Callable


def check_undo_redo(read: Callable[[], object], command, expect: Callable[[object], None]) -> None:
    """redo() changes what ``read`` returns and ``expect`` holds for it; undo() gives back exactly
    the state before; a second redo() gives exactly the state of the first."""
    before = read()
    command.redo()
    after = read()
    assert after != before
    expect(after)
    command.undo()
    assert read() == before
    command.redo()
    assert read() == after
