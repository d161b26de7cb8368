"""Rebuild the report page images in docs/report from the shipped example workshop.

.venv/bin/python docs/make_report_images.py      (needs pdftoppm from poppler-utils)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from workshop_app.exchange.samples import add_example_workshop
from workshop_app.report import export_pdf
from workshop_app.report.settings import ReportSettings
from workshop_app.storage.project import Project

OUT = Path(__file__).resolve().parent / "report"
# Which page to show: the first page whose text has this marker (the title page is page 1).
MARKERS = {"summary": "De största temana", "chart": "Figur 1"}


def find_pages(pdf: Path) -> dict[str, int]:
    from pypdf import PdfReader

    texts = [page.extract_text() for page in PdfReader(pdf).pages]
    pages = {"title": 1}
    for name, marker in MARKERS.items():
        pages[name] = next(i + 1 for i, text in enumerate(texts) if i > 1 and marker in text)
    pages["results"] = pages["chart"] + 1  # the first focus area's chapter follows the overview
    return pages


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="report-images-"))
    with Project.open(folder / "exempel.workshop", create=True) as project:
        workshop = add_example_workshop(project)
        areas = project.workshops.focus_areas(workshop.id)
        project.workshops.set_conclusion(
            areas[0].id,
            "Egenvård kräver en gemensam rutin för egenvårdsbedömning och att personalen vet "
            "var gränsen mot hälso- och sjukvård går.",
        )
        settings = ReportSettings(
            title="Omställningen till nära vård",
            subtitle="– ur tre kommuners perspektiv",
            organisation="Björkviks, Ekeby och Sjöstads kommuner",
            summary=(
                "Medarbetarna ser stora möjligheter i digitala verktyg och i att utgå från personens "
                "egna mål. Hindren handlar om tid, oklart ansvar mellan huvudmännen och system som "
                "inte hänger ihop."
            ),
            further_work="Resultatet lämnas till styrgruppen för nära vård som underlag för handlingsplanen 2027.",
        )
        pdf = export_pdf(project, [workshop.id], folder / "exempel.pdf", settings=settings)
    OUT.mkdir(exist_ok=True)
    pages = find_pages(pdf)
    for name, page in pages.items():
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(pdf),
                str(OUT / name),
            ],
            check=True,
        )
    print(f"wrote {', '.join(f'{n} (page {p})' for n, p in pages.items())} to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
