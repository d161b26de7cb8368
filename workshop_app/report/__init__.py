"""The report: a publishable PDF (reportlab) and an accessible HTML version of it.

Importing this package is cheap; reportlab is loaded only when a PDF is made.

Public API::

    export_pdf(project, workshop_ids, out_path, language=None, settings=None, progress=None)
    export_html(project, workshop_ids, out_path, language=None, settings=None)
    find_personal_data(project, workshop_ids) -> list[Finding]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from workshop_app.report.errors import ReportError, ReportWriteError
from workshop_app.report.privacy import Finding, find_personal_data
from workshop_app.report.settings import ReportSettings

__all__ = [
    "Finding",
    "ReportError",
    "ReportSettings",
    "ReportWriteError",
    "export_html",
    "export_pdf",
    "find_personal_data",
]


def export_pdf(
    project,
    workshop_ids: Sequence[str],
    out_path: Path | str,
    *,
    language: str | None = None,
    settings: ReportSettings | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the PDF report of ``workshop_ids`` to ``out_path`` (atomically).

    Args:
        language: "sv" or "en"; None follows the report settings, then the first workshop.
        settings: report metadata; None reads the settings stored in the project.
        progress: called as ``progress(done, total)`` while the pages are laid out.

    Returns:
        The path written.

    Raises:
        ReportError: nothing to report, an unusable logo, or a target that cannot be written
            (:class:`ReportWriteError`; an existing file there is left as it was).
    """
    from workshop_app.report.content import collect
    from workshop_app.report.pdf import render_pdf
    from workshop_app.storage.atomic import write_atomically

    model = collect(project, workshop_ids, language=language, settings=settings)
    _check_target(Path(out_path))
    return write_atomically(out_path, render_pdf(model, progress))


def export_html(
    project,
    workshop_ids: Sequence[str],
    out_path: Path | str,
    *,
    language: str | None = None,
    settings: ReportSettings | None = None,
) -> Path:
    """Write the accessible HTML version of the report to ``out_path`` (atomically)."""
    from workshop_app.report.content import collect
    from workshop_app.report.html import render_html
    from workshop_app.storage.atomic import write_atomically

    model = collect(project, workshop_ids, language=language, settings=settings)
    _check_target(Path(out_path))
    return write_atomically(out_path, render_html(model).encode("utf-8"))


def _check_target(path: Path) -> None:
    """Fail before the (possibly long) layout when the target obviously cannot be written."""
    from workshop_app.storage.atomic import check_target

    check_target(path)
