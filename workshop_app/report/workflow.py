"""Making a report file: the steps the export dialog and the command line share.

Check the target, look for personal data, write the PDF, HTML or Word file. No Qt here: the
dialog asks its questions (replace the file? export despite personal data?) in between and
shows the progress; the command line refuses personal data unless told otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workshop_app.report.errors import ReportError
from workshop_app.report.privacy import EMAIL, PERSONAL_NUMBER, PHONE, Finding, find_personal_data
from workshop_app.report.settings import ReportSettings

FORMATS = {"pdf": ".pdf", "html": ".html", "docx": ".docx"}
"""The report formats and their file suffixes."""

KIND_NAMES = {
    PERSONAL_NUMBER: "personal identity number",
    PHONE: "phone number",
    EMAIL: "e-mail address",
}
PREVIEW = 60


class PersonalDataError(ReportError):
    """The notes hold what looks like personal data and the caller did not allow it."""

    def __init__(self, message: str, findings: list[Finding]):
        super().__init__(message)
        self.findings = findings


def suggested_name(title: str, fmt: str, fallback: str = "Rapport") -> str:
    """A file name for a report called ``title``: characters no file system takes become spaces."""
    name = re.sub(r'[\\/:*?"<>|\s\x00-\x1f]+', " ", title).strip(" .") or fallback
    return name[:120].rstrip(" .") + FORMATS.get(fmt, ".pdf")


@dataclass
class ReportExport:
    """One report to write: which workshops, where, in which format, with which settings."""

    project: object
    workshop_ids: Sequence[str]
    path: Path
    format: str = "pdf"
    settings: ReportSettings | None = None
    language: str | None = None

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ReportError(f"Unknown report format {self.format!r}; use pdf, html or docx.")
        self.path = Path(self.path)
        self.workshop_ids = list(dict.fromkeys(self.workshop_ids))
        if not self.workshop_ids:
            raise ReportError("Choose at least one workshop for the report.")

    def personal_data(self) -> list[Finding]:
        """Notes of the chosen workshops that look like they hold personal data."""
        return find_personal_data(self.project, self.workshop_ids)

    def describe(self, findings: list[Finding]) -> list[str]:
        """One English line per finding: what was found, in which workshop and note."""
        titles = {w.id: w.title for w in self.project.workshops.list()}
        texts: dict[str, str] = {}
        for workshop_id in {f.workshop_id for f in findings}:
            texts.update({n.id: n.text for n in self.project.notes.list(workshop_id)})
        lines = []
        for finding in findings:
            kind = KIND_NAMES.get(finding.kind, finding.kind)
            if finding.kind == PERSONAL_NUMBER and not finding.certain:
                kind = "possible " + kind
            text = " ".join(texts.get(finding.note_id, "").split())
            if len(text) > PREVIEW:
                text = text[: PREVIEW - 1] + "…"
            where = f"{titles.get(finding.workshop_id, '?')}: " if len(self.workshop_ids) > 1 else ""
            lines.append(f"{kind} {finding.text!r} in the note {where}{text!r}")
        return lines

    def refuse_personal_data(self) -> None:
        """Raise :class:`PersonalDataError` listing every finding, when there is any."""
        findings = self.personal_data()
        if not findings:
            return
        count = len({f.note_id for f in findings})
        notes = "1 note looks" if count == 1 else f"{count} notes look"
        message = (
            f"The report was not written: {notes} like they contain personal data "
            "(change them, or give --allow-personal-data to export anyway):\n"
            + "\n".join("  " + line for line in self.describe(findings))
        )
        raise PersonalDataError(message, findings)

    def write(self, progress: Callable[[int, int], None] | None = None) -> Path:
        """Write the report file (atomically); returns its path.

        Raises:
            ReportError: nothing to report, an unusable logo, or a target that cannot be written.
        """
        from workshop_app import report

        kwargs = {"language": self.language, "settings": self.settings}
        if self.format == "pdf":
            return report.export_pdf(self.project, self.workshop_ids, self.path, progress=progress, **kwargs)
        if progress:
            progress(0, 1)
        writer = report.export_html if self.format == "html" else report.export_docx
        written = writer(self.project, self.workshop_ids, self.path, **kwargs)
        if progress:
            progress(1, 1)
        return written


def export_report(
    project,
    workshop_ids: Sequence[str],
    path: Path | str,
    fmt: str = "pdf",
    *,
    settings: ReportSettings | None = None,
    language: str | None = None,
    allow_personal_data: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Check for personal data (unless allowed) and write the report; the command line's path.

    Raises:
        PersonalDataError: personal data was found and ``allow_personal_data`` is False.
        ReportError: the report cannot be made or written.
    """
    job = ReportExport(project, workshop_ids, Path(path), fmt, settings, language)
    if not allow_personal_data:
        job.refuse_personal_data()
    return job.write(progress)
