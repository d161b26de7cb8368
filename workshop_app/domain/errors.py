"""Errors a user can act on, kept apart from bugs.

Every message is one sentence a facilitator can read; the command line prints it and exits
non-zero, the GUI shows it in a message box.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: bad input, a file that cannot be used."""


class ValidationError(UserError):
    """A value that breaks a rule of the domain (an empty note, an unknown focus area)."""


class NotFoundError(UserError):
    """A workshop, note or theme that does not exist (or was deleted)."""
