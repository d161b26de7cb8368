"""Benchmark of the foundation: import, posting a note, and `workshop-app list`.

Run on purpose: ``.venv/bin/python tests/benchmarks/bench_storage.py``. Prints figures next to a
baseline measured in the same run (the machine is shared and noisy); asserts nothing.

Targets (issue "Foundation"):
- importing 10,000 notes from CSV: under 1 s beyond process start;
- adding one note (one committed transaction) to a workshop of 10,000 notes: median under 5 ms;
- `workshop-app list` on that project: within 1.5x of `python -c "import workshop_app"`.
"""

from __future__ import annotations

import csv
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AREAS = [
    "Egenvård",
    "Personcentrering",
    "Digitalisering",
    "Hälsofrämjande och förebyggande",
    "Kompetensutveckling",
    "Samverkan",
]
CATEGORIES = ["möjlighet", "hinder", "behov av stöd"]
WORDS = (
    "tid schema usk ssk vårdcentral hemsjukvård samverkan utbildning stöd brukare anhöriga "
    "digitala verktyg ansvar region kommun personal rutiner handledning trygghet"
).split()


def write_csv(path: Path, count: int) -> None:
    rng = random.Random(42)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["focus_area", "category", "text", "group"])
        for i in range(count):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 14)))
            writer.writerow([rng.choice(AREAS), rng.choice(CATEGORIES), f"{text} ({i})", f"Grupp {i % 7}"])


def timed_process(args: list[str], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    import compileall

    import workshop_app
    from workshop_app.exchange.csv_import import import_csv
    from workshop_app.storage.project import Project

    # An installed app has its bytecode compiled (pip does it); an editable checkout may not,
    # and PYTHONDONTWRITEBYTECODE would then recompile every module on every start.
    compileall.compile_dir(Path(workshop_app.__file__).parent, quiet=1)
    folder = Path(tempfile.mkdtemp(prefix="bench-storage-"))
    source = folder / "notes.csv"
    write_csv(source, 10_000)
    python = sys.executable
    print(f"Benchmark: storage and command line (Python {sys.version.split()[0]})")

    # 1. Import 10,000 notes: in-process, and as a command beside a bare process start.
    in_process = []
    for run in range(3):
        with Project.open(folder / f"inproc{run}.workshop", create=True) as project:
            start = time.perf_counter()
            import_csv(project, source, "Stor workshop")
            in_process.append(time.perf_counter() - start)
    baseline = timed_process([python, "-c", "import workshop_app"], 5)
    command = []
    for run in range(3):
        target = folder / f"cmd{run}.workshop"
        command += timed_process([python, "-m", "workshop_app", "import", str(target), str(source)], 1)
    print(f"import 10,000 notes, in process (after imports): median {statistics.median(in_process) * 1000:7.1f} ms")
    print(f"import 10,000 notes, whole command:              median {statistics.median(command) * 1000:7.1f} ms")
    print(f"  process start (python -c 'import workshop_app'): median {statistics.median(baseline) * 1000:7.1f} ms")
    beyond = statistics.median(command) - statistics.median(baseline)
    print(f"  beyond process start: {beyond * 1000:.1f} ms (target < 1000 ms)")

    # 2. One note into a workshop of 10,000 notes.
    project_path = folder / "cmd0.workshop"
    with Project.open(project_path) as project:
        (workshop,) = project.workshops.list()
        area = project.workshops.focus_areas(workshop.id)[0]
        category = project.workshops.categories(workshop.id)[0]
        durations = []
        for i in range(300):
            start = time.perf_counter()
            project.notes.add(workshop.id, area.id, category.id, f"Ny lapp nummer {i}")
            durations.append(time.perf_counter() - start)
    durations.sort()
    print(
        f"add one note to 10,000 (committed): median {statistics.median(durations) * 1000:.2f} ms, "
        f"p90 {durations[int(len(durations) * 0.9)] * 1000:.2f} ms (target median < 5 ms)"
    )

    # 3. `list` beside importing the package, interleaved so noise hits both alike.
    script = Path(python).with_name("workshop-app")
    list_command = [str(script)] if script.exists() else [python, "-m", "workshop_app"]
    list_times, import_times = [], []
    for _ in range(21):
        import_times += timed_process([python, "-c", "import workshop_app"], 1)
        list_times += timed_process([*list_command, "list", str(project_path)], 1)
    ratio = statistics.median(list_times) / statistics.median(import_times)
    print(f"workshop-app list (10,300 notes): median {statistics.median(list_times) * 1000:6.1f} ms")
    print(f"python -c 'import workshop_app':  median {statistics.median(import_times) * 1000:6.1f} ms")
    print(f"  ratio {ratio:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
