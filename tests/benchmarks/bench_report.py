"""Benchmark of the report: PDF and Word (run on purpose; not collected by pytest).

    .venv/bin/python tests/benchmarks/bench_report.py [--repeats 5]

1. 1,000 notes in six focus areas with themes: the time of ``export_pdf`` (reading the project,
   laying out and writing the whole report) against the time reportlab itself takes to lay out
   the same note texts as plain paragraphs in the same font (SimpleDocTemplate), measured side
   by side in the same run, median of several repeats. Target: ratio <= 2.5.
2. The same 1,000 notes as a Word document (``export_docx``) next to the PDF's time, measured
   in the same run (median of the same number of repeats).
3. 1,000, 5,000 and 10,000 notes: peak memory (tracemalloc) of ``export_pdf``, to show that it
   grows no faster than the number of notes.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workshop_app.domain.ids import new_id  # noqa: E402
from workshop_app.domain.model import Note  # noqa: E402
from workshop_app.report import ReportSettings, export_docx, export_pdf  # noqa: E402
from workshop_app.storage.project import Project  # noqa: E402

WORDS = (
    "tid personal samverkan region kommun vårdcentral hemtjänst undersköterskor egenvård digitala "
    "verktyg journal utbildning handledning ansvar rutiner anhöriga brukare trygghet kontinuitet "
    "läkare sjuksköterska rehab hälsa förebyggande mötesplatser schema budget ledning uppföljning "
    "information telefon video planering utskrivning kompetens arbetsmiljö stress resurser"
).split()


def note_text(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(4, 40))]
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice([".", "!", "", "?"])


def build_project(path: Path, count: int, seed: int = 1) -> tuple[Project, str, list[str]]:
    """A project with one workshop of ``count`` notes spread over the 6 x 3 cells, in themes of ~8."""
    rng = random.Random(seed)
    project = Project.open(path, create=True)
    workshop = project.workshops.create("Benchmark", date="2026-11-20", place="Göteborg", participants=40)
    areas = project.workshops.focus_areas(workshop.id)
    categories = project.workshops.categories(workshop.id)
    cells = [(a, c) for a in areas for c in categories]
    notes: list[Note] = []
    texts: list[str] = []
    for index in range(count):
        area, category = cells[index % len(cells)]
        text = note_text(rng)
        texts.append(text)
        notes.append(
            Note(
                new_id(),
                workshop.id,
                area.id,
                category.id,
                text,
                group_name=f"Grupp {index % 5 + 1}",
                created_at=f"2026-11-20T10:{index // 60 % 60:02d}:{index % 60:02d}.{index:06d}Z",
            )
        )
    with project.transaction():
        project.notes.insert_many(notes)
        by_cell: dict[tuple[str, str], list[str]] = {}
        for note in notes:
            by_cell.setdefault((note.focus_area_id, note.category_id), []).append(note.id)
        for (area_id, category_id), ids in by_cell.items():
            members = ids[: len(ids) * 4 // 5]  # a fifth stays loose
            for start in range(0, len(members), 8):
                project.themes.create(
                    workshop.id,
                    area_id,
                    category_id,
                    f"Tema {start // 8 + 1}",
                    note_ids=members[start : start + 8],
                    summary="Lapparna handlar om " + " och ".join(rng.sample(WORDS, 3)) + ".",
                )
    return project, workshop.id, texts


def reportlab_baseline(texts: list[str]) -> float:
    """Seconds reportlab takes to lay out ``texts`` as plain paragraphs in DejaVu Sans."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from workshop_app.report import fonts

    fonts.register()
    style = ParagraphStyle("note", fontName=fonts.REGULAR, fontSize=9, leading=12.5)
    start = CLOCK()
    story = [Paragraph(escape(t), style) for t in texts]
    SimpleDocTemplate(BytesIO(), initialFontName=fonts.REGULAR, invariant=1).build(story)
    return CLOCK() - start


def report_time(project: Project, workshop_id: str, out: Path, export=export_pdf) -> float:
    start = CLOCK()
    export(project, [workshop_id], out, settings=SETTINGS)
    return CLOCK() - start


CLOCK = time.process_time
"""CPU time of this process: the machine is shared, and wall-clock time swings with other work."""

SETTINGS = ReportSettings(title="Benchmark", organisation="Benchmark", summary="Sammanfattning.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--sizes", default="1000,5000,10000")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        project, workshop_id, texts = build_project(folder / "bench1k.workshop", 1000)
        report_time(project, workshop_id, folder / "warm.pdf")  # fonts, imports
        report_time(project, workshop_id, folder / "warm.docx", export_docx)
        reportlab_baseline(texts)
        ours, base, word = [], [], []
        for _ in range(args.repeats):
            base.append(reportlab_baseline(texts))
            ours.append(report_time(project, workshop_id, folder / "r.pdf"))
            word.append(report_time(project, workshop_id, folder / "r.docx", export_docx))
        pages = (folder / "r.pdf").read_bytes().count(b"/Type /Page\n")
        project.close()
        b, o = statistics.median(base), statistics.median(ours)
        print("1,000 notes, six focus areas, themes of ~8 notes; CPU seconds, median of", args.repeats, "runs")
        print(f"  reportlab, plain paragraphs:   {b:7.3f} s   (runs: {', '.join(f'{x:.3f}' for x in base)})")
        print(f"  export_pdf, whole report:      {o:7.3f} s   (runs: {', '.join(f'{x:.3f}' for x in ours)})")
        print(f"  ratio report / reportlab:      {o / b:7.2f}     (target <= 2.5); report pages: {pages}")
        print(f"  ratio of the fastest runs:     {min(ours) / min(base):7.2f}")
        d = statistics.median(word)
        print(f"  export_docx, whole report:     {d:7.3f} s   (runs: {', '.join(f'{x:.3f}' for x in word)})")
        print(
            f"  ratio Word / PDF:              {d / o:7.2f}     (Word file {(folder / 'r.docx').stat().st_size / 1024:.0f} KiB,"
            f" PDF {(folder / 'r.pdf').stat().st_size / 1024:.0f} KiB)"
        )
        print()
        print("peak memory of export_pdf (tracemalloc), and CPU time without tracing")
        print(f"  {'notes':>6}  {'seconds':>8}  {'peak MiB':>9}  {'KiB per note':>12}  {'PDF KiB':>8}")
        for size in (int(s) for s in args.sizes.split(",")):
            project, workshop_id, _ = build_project(folder / f"bench{size}.workshop", size)
            seconds = report_time(project, workshop_id, folder / f"r{size}.pdf")
            tracemalloc.start()
            export_pdf(project, [workshop_id], folder / f"r{size}.pdf", settings=SETTINGS)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            project.close()
            kib = (folder / f"r{size}.pdf").stat().st_size / 1024
            print(f"  {size:>6}  {seconds:>8.2f}  {peak / 2**20:>9.1f}  {peak / 1024 / size:>12.1f}  {kib:>8.0f}")


if __name__ == "__main__":
    main()
