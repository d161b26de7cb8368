"""The command line: ``workshop-app [PROJECT]`` starts the GUI; subcommands work without it.

Stable interface (scripts depend on it); see DESIGN.md. Errors are one sentence on stderr and a
non-zero exit code. Qt is imported only when the GUI starts, and each command imports only what
it needs, so ``list`` answers about as fast as Python starts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

COMMANDS = ("import", "cluster", "place", "export", "list", "serve")
REPORT_FORMATS = ("pdf", "html", "docx")
EXIT_USER_ERROR = 1
EXIT_BUG = 70
PROG = "workshop-app"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from workshop_app.domain.errors import UserError

    try:
        if len(argv) == 2 and argv[0] == "list" and not argv[1].startswith("-"):
            # the command scripts call in loops: answered without loading argparse (~3 ms)
            return _list(Path(argv[1]))
        if argv and argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            return args.handler(args)
        args = _gui_parser().parse_args(argv)
        return _start_gui(args)
    except UserError as exc:
        _fail(str(exc))
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        _fail("Interrupted.")
        return 130
    except Exception as exc:  # a bug: one sentence here, the details in the log file
        path = _log_bug(exc)
        where = f"details were written to {path}" if path is not None else "the details could not be logged"
        _fail(f"Unexpected error ({type(exc).__name__}: {exc}); {where}.")
        return EXIT_BUG


def _fail(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _log_bug(exc: BaseException) -> Path | None:
    from workshop_app.crash_log import write_entry

    return write_entry(type(exc), exc, exc.__traceback__, context="command line")


# --- parsers ---------------------------------------------------------------------------------
def _gui_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Workshop board for nära vård workshops. Commands: "
        + ", ".join(COMMANDS)
        + f" (see '{PROG} COMMAND --help').",
    )
    parser.add_argument("project", nargs="?", type=Path, help="project file (default: your default project)")
    parser.add_argument("--smoke-test", action="store_true", help="start the GUI, paint the first frame, exit 0")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(prog=PROG)
    # prog given: argparse would otherwise build a help formatter (and import shutil) on every start
    sub = parser.add_subparsers(dest="command", required=True, prog=PROG)

    p = sub.add_parser("import", help="import notes from CSV, JSON or another project file")
    p.add_argument("project", type=Path)
    p.add_argument("file", type=Path)
    p.add_argument("--workshop", metavar="TITLE", help="workshop to import into (created if missing)")
    p.set_defaults(handler=_cmd_import)

    p = sub.add_parser("cluster", help="propose themes (replaces earlier proposals, keeps your own themes)")
    p.add_argument("project", type=Path)
    p.add_argument("--workshop", metavar="TITLE")
    p.add_argument("--granularity", type=float, default=0.5, help="0 = fewer, broader themes; 1 = more (default 0.5)")
    p.set_defaults(handler=_cmd_cluster)

    p = sub.add_parser("place", help="sort loose notes into the existing themes of their cell where they clearly fit")
    p.add_argument("project", type=Path)
    p.add_argument("--workshop", metavar="TITLE")
    p.set_defaults(handler=_cmd_place)

    p = sub.add_parser("export", help="export workshops as a PDF, HTML or Word report, or as CSV or JSON")
    p.add_argument("project", type=Path)
    p.add_argument("--workshop", metavar="TITLE", action="append", help="workshop to include (repeatable)")
    p.add_argument("--format", required=True, choices=REPORT_FORMATS + ("csv", "json"))
    p.add_argument("-o", "--output", required=True, type=Path, help="output file ('-' for standard output, csv/json)")
    p.add_argument(
        "--allow-personal-data",
        action="store_true",
        help="write the report even when notes look like they hold personal data",
    )
    p.set_defaults(handler=_cmd_export)

    p = sub.add_parser("serve", help="take notes from phones on the local network (first line: URL CODE)")
    p.add_argument("project", type=Path)
    p.add_argument("--workshop", metavar="TITLE")
    p.add_argument(
        "--host", metavar="ADDR", help="address to listen on (default: this computer's address on its network)"
    )
    p.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    p.set_defaults(handler=_cmd_serve)

    p = sub.add_parser("list", help="list the workshops in a project")
    p.add_argument("project", type=Path)
    p.set_defaults(handler=_cmd_list)
    return parser


# --- commands --------------------------------------------------------------------------------
def _start_gui(args: argparse.Namespace) -> int:
    if args.version:
        from workshop_app.version import app_version

        print(f"{PROG} {app_version()}")
        return 0
    import gc

    gc.disable()  # importing Qt and the board is start-up too: run() re-enables it after the first frame
    from workshop_app.gui.app import run

    return run(args.project, smoke_test=args.smoke_test)


def _cmd_list(args: argparse.Namespace) -> int:
    return _list(args.project)


def _list(project: Path) -> int:
    from workshop_app.storage.summary import workshop_rows

    rows = workshop_rows(project)
    if not rows:
        print(f"{project.name}: no workshops")
        return 0
    width = max(len(r[0]) for r in rows)
    for title, date, place, notes, themes, areas in rows:
        details = "  ".join(x for x in (date, place) if x)
        print(f"{title:<{width}}  {notes:>6} notes  {themes:>4} themes  {areas:>2} focus areas  {details}".rstrip())
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from workshop_app.exchange.importer import import_file
    from workshop_app.storage.project import Project

    if not args.file.exists():
        from workshop_app.domain.errors import UserError

        raise UserError(f"There is no file {args.file}.")
    with Project.open(args.project, create=True) as project:
        try:
            results = import_file(project, args.file, args.workshop)
        except BaseException:
            project.discard_if_new()  # a refused import leaves no empty project behind
            raise
    for title, added in results:
        print(f"{title}: {added} notes imported")
    blank = sum(getattr(r, "blank_rows", 0) for r in results)
    if blank:
        print(f"{blank} empty row{'s' if blank != 1 else ''} skipped (no text)")
    return 0


def _cmd_cluster(args: argparse.Namespace) -> int:
    from workshop_app.exchange.target import pick_workshops
    from workshop_app.storage.project import Project
    from workshop_app.theming.suggest import suggest_themes

    with Project.open(args.project) as project:
        (workshop,) = pick_workshops(project, [args.workshop] if args.workshop else None)[:1]
        result = suggest_themes(project, workshop.id, granularity=args.granularity)
    print(f"{workshop.title}: {len(result.created)} themes proposed for {result.notes} notes")
    return 0


def _cmd_place(args: argparse.Namespace) -> int:
    from workshop_app.exchange.target import pick_workshops
    from workshop_app.storage.project import Project
    from workshop_app.theming.placement import place_loose_notes

    with Project.open(args.project) as project:
        (workshop,) = pick_workshops(project, [args.workshop] if args.workshop else None)[:1]
        result = place_loose_notes(project, workshop.id)
    placed = len(result.placements)
    print(f"{placed} {'lapp' if placed == 1 else 'lappar'} sorterades in, {result.left} är kvar utan tema")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from workshop_app.domain.errors import UserError
    from workshop_app.exchange.target import pick_workshops
    from workshop_app.storage.project import Project

    to_stdout = str(args.output) == "-"
    if to_stdout and args.format in REPORT_FORMATS:
        raise UserError(f"A {args.format.upper()} report needs a file name after -o.")
    with Project.open(args.project, read_only=True, follow_writers=False) as project:
        workshops = pick_workshops(project, args.workshop)
        if args.format in REPORT_FORMATS:
            from workshop_app.report.workflow import export_report

            # the same personal-data check as the export dialog; refused unless allowed
            export_report(
                project,
                [w.id for w in workshops],
                args.output,
                args.format,
                allow_personal_data=args.allow_personal_data,
            )
            print(f"Wrote {args.output}")
            return 0
        if args.format == "csv":
            from workshop_app.exchange.csv_export import export_csv

            text, encoding = export_csv(project, workshops), "utf-8-sig"
        else:
            from workshop_app.exchange.json_format import export_json

            text, encoding = export_json(project, workshops), "utf-8"
    if to_stdout:
        sys.stdout.write(text)
        return 0
    from workshop_app.storage.atomic import write_atomically

    write_atomically(args.output, text.encode(encoding))
    print(f"Wrote {args.output}")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from workshop_app.exchange.target import pick_workshops
    from workshop_app.intake.server import IntakeServer, listen_address
    from workshop_app.storage.project import Project

    with Project.open(args.project) as project:
        (workshop,) = pick_workshops(project, [args.workshop] if args.workshop else None)[:1]
        server = IntakeServer(project.open_beside, workshop.id, host=listen_address(args.host), port=args.port)
        url = server.start()
        # From here on Ctrl+C (or SIGTERM) stops cleanly, even one that comes while the first lines
        # are printed: a script may read the address and stop the server at once.
        try:
            import signal

            def _terminate(_signum, _frame):
                raise KeyboardInterrupt

            signal.signal(signal.SIGTERM, _terminate)
            print(f"{url} {server.code}", flush=True)
            print(f"Taking notes for {workshop.title!r}; press Ctrl+C to stop.", file=sys.stderr, flush=True)
            while not server.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
    print(f"Stopped; {server.received} notes received.", file=sys.stderr)
    return 0
