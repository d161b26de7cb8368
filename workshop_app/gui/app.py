"""Start the desktop board: the QApplication, the translations, the project and the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workshop_app.domain.errors import UserError
from workshop_app.gui.exception_hook import ExceptionHook
from workshop_app.gui.i18n import install_translators, resolve_language
from workshop_app.gui.settings import Preferences
from workshop_app.paths import default_project_path, resource

log = logging.getLogger(__name__)

ORGANISATION = "workshop-app"
APPLICATION = "workshop-app"
DESKTOP_ID = "se.workshoptavlan.Workshoptavlan"


def application() -> QApplication:
    """The QApplication, created once with the names QSettings needs."""
    app = QApplication.instance()
    if app is None:
        # Qt's raster engine hands every fill of 96 or more spans to a pool of threads and waits
        # for them. The board's fills are small (a new card, the strip a scroll uncovers), and on
        # a laptop that is busy (the phones' server, the clustering) waking those threads cost
        # more than the fills: a repaint of the board took four times as long. Qt's own switch,
        # read before the first paint, keeps them on the GUI thread.
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([sys.argv[0] if sys.argv else APPLICATION])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The app icon from its PNG renders (``packaging/make_icons.py`` makes them from the SVG): the
    same pictures, without loading Qt's SVG icon plugin on the way to the first frame (~10 ms)."""
    icon = QIcon()
    for path in sorted(resource("app").glob("workshoptavlan-*.png")):
        side = int(path.stem.rsplit("-", 1)[1])
        icon.addFile(str(path), QSize(side, side))
    return icon


class _FileOpenFilter(QObject):
    """Open a project double-clicked in the Finder (macOS sends a QFileOpenEvent, not an argument)."""

    def __init__(self, launcher: "Launcher"):
        super().__init__()
        self.launcher = launcher

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and self.launcher.window is not None:
            self.launcher.window.files.open_path(Path(event.file()))
            return True
        return False


def _warm_up_storage() -> None:
    """Load the write path while the room looks at the board, so the first posted note is instant."""
    from workshop_app.storage.project import prepare_for_writing

    prepare_for_writing()


def open_start_project(project_path: Path | None):
    """Open the named project, or the default one (created with an example workshop on first start).

    Returns:
        (OpenProject or None, the UserError that stopped the named project or None).
    """
    from workshop_app.gui.session import OpenProject
    from workshop_app.storage.project import Project

    error = None
    if project_path is not None:
        try:
            return OpenProject(Project.open(project_path)), None
        except UserError as exc:
            error = exc
            log.info("could not open %s: %s", project_path, exc)
    path = default_project_path()
    first_start = not path.exists()
    try:
        project = Project.open(path, create=True)
    except UserError as exc:
        return None, error or exc
    if first_start:
        from workshop_app.exchange.samples import add_example_workshop

        add_example_workshop(project)
    return OpenProject(project), error


def tell_start_error(launcher: "Launcher", error: UserError, path: Path) -> None:
    """Show why the project asked for at start-up did not open; one that only cannot be written
    (a read-only folder, a shared drive) is opened read-only instead, with a note saying so."""
    from workshop_app.storage.errors import ReadOnlyLocationError

    if isinstance(error, ReadOnlyLocationError) and launcher.window.files.open_path(path):
        return
    from workshop_app.gui.messages import show_error

    show_error(launcher.window, error, open_read_only=lambda: launcher.window.files.open_path(path, read_only=True))


class Launcher:
    """Keeps the one main window; rebuilds it when the language changes."""

    def __init__(self, prefs: Preferences):
        self.prefs = prefs
        self.window = None

    def show(self, session, workshop_id: str | None = None):
        from workshop_app.gui.main_window import MainWindow, app_title

        QApplication.instance().setApplicationDisplayName(app_title())
        window = MainWindow(self.prefs, session, workshop_id, on_language=self.switch_language)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.window = window
        window.show()
        return window

    def switch_language(self, old):
        """Install the chosen translations and show the same project and workshop in a new window."""
        install_translators(resolve_language(self.prefs.language))
        workshop_id = old.workshop_id
        presenting = old.presentation.active
        round_timer = old.timer.state()  # a running round goes on in the new window
        old.presentation.set_active(False)
        session = old.release_session()
        old.close()
        old.deleteLater()
        window = self.show(session, workshop_id)
        window.timer.restore(round_timer)
        if presenting:
            window.presentation.set_active(True)
        return window


class _PaintWatch(QObject):
    def __init__(self):
        super().__init__()
        self.painted = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def wait_for_first_frame(widget, timeout_s: float = 5.0) -> bool:
    """Process events until ``widget`` has been painted once (the smoke test's "first frame")."""
    watch = _PaintWatch()
    widget.installEventFilter(watch)
    deadline = time.monotonic() + timeout_s
    app = QApplication.instance()
    while not watch.painted and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    widget.removeEventFilter(watch)
    if not watch.painted:  # e.g. a platform that never exposes the window: render it ourselves
        widget.window().grab()
    return watch.painted


def run(project_path: Path | None, *, smoke_test: bool = False) -> int:
    """Start the GUI on ``project_path`` (the default project when None) and return the exit code.

    With ``smoke_test`` the app starts completely, paints its first frame and returns 0 without
    entering the event loop; a project that cannot be opened then prints one sentence to stderr
    and returns 1 (without it, a message box explains and the default project opens instead).
    """
    gc.disable()  # see _settle_garbage_collector: until the first frame, no collections
    app = application()
    prefs = Preferences()
    install_translators(resolve_language(prefs.language))
    launcher = Launcher(prefs)
    hook = ExceptionHook(lambda: launcher.window)
    hook.install()
    try:
        return _start(app, launcher, project_path, smoke_test=smoke_test)
    finally:
        hook.uninstall()
        _settle_garbage_collector()


def _settle_garbage_collector() -> None:
    """Start-up makes some 45,000 long-lived objects (Qt's enums, the modules, the board's cards)
    and next to no cyclic garbage; Python's collector would walk them again and again on the way to
    the first frame (20-30 ms of a start). Once the window is up they are frozen, so that later
    collections (while notes are posted) only look at what came after."""
    gc.freeze()
    gc.enable()


def _start(app: QApplication, launcher: Launcher, project_path: Path | None, *, smoke_test: bool) -> int:
    if smoke_test and project_path is not None:
        from workshop_app.gui.session import OpenProject
        from workshop_app.storage.project import Project

        try:
            session, error = OpenProject(Project.open(project_path)), None
        except UserError as exc:
            print(str(exc), file=sys.stderr)
            return 1
    else:
        session, error = open_start_project(project_path)
        if smoke_test and error is not None:
            print(str(error), file=sys.stderr)
            if session is not None:
                session.close()
            return 1
    window = launcher.show(session)
    if error is not None:
        tell_start_error(launcher, error, Path(getattr(error, "path", project_path or default_project_path())))
    if smoke_test:
        wait_for_first_frame(window.view.viewport())
        launcher.window.close()
        launcher.window.close_session()
        return 0
    file_opener = _FileOpenFilter(launcher)
    app.installEventFilter(file_opener)
    QTimer.singleShot(0, _settle_garbage_collector)  # as soon as the event loop runs
    QTimer.singleShot(250, _warm_up_storage)
    code = app.exec()
    app.removeEventFilter(file_opener)
    if launcher.window is not None:
        launcher.window.close_session()
    return code


def main() -> int:  # pragma: no cover - for ``python -m workshop_app.gui.app``
    path = Path(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else None
    return run(path, smoke_test="--smoke-test" in sys.argv)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
