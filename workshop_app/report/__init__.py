"""The report: one outline of the workshops' results, rendered as a publishable PDF (reportlab),
an accessible HTML page and a Word document (python-docx).

Importing this package is cheap; reportlab and python-docx are loaded only when their format is
made.

Public API::

    export_pdf(project, workshop_ids, out_path, language=None, settings=None, progress=None)
    export_html(project, workshop_ids, out_path, language=None, settings=None)
    export_docx(project, workshop_ids, out_path, language=None, settings=None)
    find_personal_data(project, workshop_ids) -> list[Finding]

:mod:`.workflow` holds the steps the export dialog and the command line share (the
personal-data check first).
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
    "export_docx",
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
    from workshop_app.report.pdf import render_pdf

    return _export(project, workshop_ids, out_path, language, settings, lambda o: render_pdf(o, progress))


def export_html(
    project,
    workshop_ids: Sequence[str],
    out_path: Path | str,
    *,
    language: str | None = None,
    settings: ReportSettings | None = None,
) -> Path:
    """Write the accessible HTML version of the report to ``out_path`` (atomically)."""
    from workshop_app.report.html import render_html

    return _export(project, workshop_ids, out_path, language, settings, lambda o: render_html(o).encode("utf-8"))


def export_docx(
    project,
    workshop_ids: Sequence[str],
    out_path: Path | str,
    *,
    language: str | None = None,
    settings: ReportSettings | None = None,
) -> Path:
    """Write the report as a Word document (.docx) to ``out_path`` (atomically)."""
    from workshop_app.report.word import render_docx

    return _export(project, workshop_ids, out_path, language, settings, render_docx)


def _export(project, workshop_ids, out_path, language, settings, render) -> Path:
    """Collect the content, build the outline, check the target, render and write atomically."""
    from workshop_app.report.collect import collect
    from workshop_app.report.outline import build_outline
    from workshop_app.storage.atomic import check_target, write_atomically

    outline = build_outline(collect(project, workshop_ids, language=language, settings=settings))
    check_target(Path(out_path))  # fail before the (possibly long) layout
    return write_atomically(out_path, render(outline))
