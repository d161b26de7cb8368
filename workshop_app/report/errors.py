"""Problems with a report that the facilitator can fix, each told in one sentence."""

from __future__ import annotations

from workshop_app.domain.errors import UserError


class ReportError(UserError):
    """A report that cannot be made as asked (no workshop chosen, unreadable logo, ...)."""


class ReportWriteError(ReportError):
    """The report file cannot be written where the user asked; nothing there was changed."""
