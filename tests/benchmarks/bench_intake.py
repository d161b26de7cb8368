"""Notes from 30 phones at once while someone types at the shared screen. Run on purpose; prints figures.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_intake.py [--clients 30] [--notes 10]

The window and the intake server run in this process as in the app (the server in its worker
thread with its own connection; each phone note reaches the board and the undo stack through the
GUI thread). The phones are another process: 30 threads, each from its own loopback address
(127.0.0.2, 127.0.0.3, ...) so the per-phone rate limits apply as in a room, start together and
post 10 notes each over keep-alive connections; 10% of the posts are sent a second time with the
same request id (a phone that lost the answer), which must return the same note and store nothing.

Prints, for each of a few rounds of that burst, the latency of the posts (median, p95; target p95
under 500 ms on loopback) and the notes stored per second; then the time from a key press at the
shared-screen entry bar to the card on the board, first on its own (the baseline, same run) and
while the phones post (target: median still under 16 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.bench_gui import make_project  # noqa: E402

PHONES = textwrap.dedent("""
    import http.client, json, sys, threading, time
    port, code, clients, notes, round_ = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    areas = ["Egenvård", "Personcentrering", "Digitalisering", "Hälsofrämjande och förebyggande",
             "Kompetensutveckling", "Samverkan"]
    kinds = ["möjlighet", "hinder", "behov av stöd"]
    barrier = threading.Barrier(clients)
    results = []  # (latency s, status, retry?, id)
    lock = threading.Lock()

    def phone(n):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(f"127.0.0.{n + 2}", 0))
        mine = []
        def post(body):
            payload = json.dumps(body).encode()
            t0 = time.perf_counter()
            conn.request("POST", "/api/notes", payload, {"Content-Type": "application/json"})
            response = conn.getresponse()
            data = json.loads(response.read())
            return time.perf_counter() - t0, response.status, data.get("id")
        barrier.wait()
        for i in range(notes):
            body = {"code": code, "focus_area": areas[(n + i) % 6], "category": kinds[i % 3],
                    "text": f"Telefon {n} lapp {i}: mer tid för samtal med brukare och anhöriga – åäö",
                    "request_id": f"bench-{round_}-{n}-{i}", "group": f"Bord {n % 6 + 1}"}
            latency, status, note_id = post(body)
            mine.append((latency, status, False, note_id, body["request_id"]))
            if (n * notes + i) % 10 == 3:  # one post in ten: the answer was lost, the phone sends it again
                latency, status, again = post(body)
                mine.append((latency, status, True, again, body["request_id"]))
        conn.close()
        with lock:
            results.extend(mine)

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    start = time.time()
    for t in threads:
        t.join()
    print(json.dumps({"start": start, "end": time.time(), "results": results}))
""")


def post_from_entry_bar(app, window, text_field, i: int) -> float:
    """Seconds from a key press (Enter, queued like a real one behind whatever the window has to
    do) to the note committed, on the board and painted."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt
    from PySide6.QtGui import QKeyEvent

    text_field.setPlainText(f"Lapp vid skärmen nummer {i} om handledning och samverkan")
    t0 = time.perf_counter()
    QCoreApplication.postEvent(
        text_field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
    )
    while text_field.toPlainText():  # the window works through its queue until the press is handled
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
    window.view.viewport().repaint()  # the card drawn in the window's back buffer
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=30)
    parser.add_argument("--notes", type=int, default=10)
    parser.add_argument("--board", type=int, default=1000, help="notes already on the board")
    parser.add_argument("--baseline-posts", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3, help="bursts of phones, one after the other")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop

    from workshop_app.gui.app import application
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.gui.session import OpenProject
    from workshop_app.gui.settings import Preferences
    from workshop_app.storage.project import Project

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["WORKSHOP_APP_DATA_DIR"] = str(folder / "data")
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
        path = folder / "rummet.workshop"
        make_project(path, args.board)
        app = application()
        project = Project.open(path)
        window = MainWindow(Preferences(), OpenProject(project))
        window.resize(1920, 1080)
        window.show()
        window.grab()
        app.processEvents()
        workshop_id = window.workshop_id
        text = window.entry.text
        text.setFocus()
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cpus; a board of {args.board:,} notes")

        baseline = [post_from_entry_bar(app, window, text, i) for i in range(args.baseline_posts)]

        intake = window.phone_intake
        intake.context.host = lambda: "127.0.0.1"
        intake.context.port = 0
        assert intake.open(), "intake did not open"
        intake.show_join_screen(False)
        port = int(intake.server.url.rsplit(":", 1)[1].strip("/"))

        during = []
        for round_ in range(1, args.rounds + 1):
            if round_ > 1:  # the room's rate limit refills (60 requests a second) as between real bursts
                pause_until = time.perf_counter() + 330 / intake.server.limits.room_per_second
                while time.perf_counter() < pause_until:
                    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            before = project.notes.count(workshop_id)
            phones = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    PHONES,
                    str(port),
                    intake.server.code,
                    str(args.clients),
                    str(args.notes),
                    str(round_),
                ],
                stdout=subprocess.PIPE,
                text=True,
            )
            stamped = []  # (wall clock, seconds) of each post from the entry bar
            i = 1000 * round_
            while phones.poll() is None:
                stamped.append((time.time(), post_from_entry_bar(app, window, text, i)))
                i += 1
                deadline = time.perf_counter() + 0.01  # the next note is typed; the window keeps working
                while time.perf_counter() < deadline:
                    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            report = json.loads(phones.communicate()[0])
            ids = {r[3] for r in report["results"] if r[1] == 201}
            while time.time() < report["end"] + 30 and not ids <= window.scene.items_by_id.keys():
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            lag = time.time() - report["end"]

            results = report["results"]
            statuses = sorted({r[1] for r in results})
            firsts = {r[4]: r[3] for r in results if not r[2]}
            retries_same = all(firsts[r[4]] == r[3] for r in results if r[2])
            latencies = sorted(r[0] for r in results)
            p95 = latencies[int(len(latencies) * 0.95) - 1] * 1000
            wall = report["end"] - report["start"]
            stored = project.notes.count(workshop_id) - before - len(stamped)
            on_board = sum(1 for note_id in firsts.values() if note_id in window.scene.items_by_id)
            during += [s for stamp, s in stamped if report["start"] <= stamp <= report["end"]]
            expected = args.clients * args.notes
            print(
                f"round {round_}: {args.clients} phones x {args.notes} notes at once, "
                f"{sum(r[2] for r in results)} retried ({len(results)} requests): statuses {statuses}"
            )
            print(
                f"  latency: median {statistics.median(latencies) * 1000:.0f} ms, p95 {p95:.0f} ms, "
                f"max {latencies[-1] * 1000:.0f} ms (target: p95 under 500 ms)  {'OK' if p95 < 500 else 'OVER'}"
            )
            print(
                f"  {expected / wall:.0f} notes per second ({expected} notes in {wall:.2f} s); stored {stored} "
                f"(expected {expected}), retries answered with the same note: {retries_same}; "
                f"on the board: {on_board}, the last {lag:.2f} s after the last answer"
            )
        base = statistics.median(baseline) * 1000
        under_load = statistics.median(during) * 1000 if during else float("nan")
        print(
            f"posting from the entry bar: alone median {base:.1f} ms ({len(baseline)} posts); "
            f"while the phones post median {under_load:.1f} ms, max {max(during) * 1000 if during else 0:.1f} ms "
            f"({len(during)} posts in {args.rounds} rounds) (target: median under 16 ms)  "
            f"{'OK' if under_load < 16 else 'OVER'}"
        )
        intake.close()
        window.close_session()


if __name__ == "__main__":
    main()
