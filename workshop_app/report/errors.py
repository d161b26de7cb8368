"""Problems with a report that the facilitator can fix, each told in one sentence."""

from __future__ import annotations

from workshop_app.domain.errors import UserError
from workshop_app.storage.atomic import OutputFileError


class ReportError(UserError):
    """A report that cannot be made as asked (no workshop chosen, unreadable logo, ...)."""


ReportWriteError = OutputFileError
"""The report file cannot be written where the user asked (shared with every export)."""
