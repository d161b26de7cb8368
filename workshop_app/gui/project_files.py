"""New, open and recent projects; an open that fails keeps what was open."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMenu

from workshop_app.domain.errors import UserError
from workshop_app.gui.context import BoardContext
from workshop_app.gui.session import OpenProject
from workshop_app.paths import PROJECT_SUFFIX, user_data_dir
from workshop_app.storage.errors import ProjectLockedError, ReadOnlyLocationError

log = logging.getLogger(__name__)


class ProjectFiles:
    """File → New and Open project, and the recent projects.

    Args:
        context: what the feature may use of the window.
        set_session: shows an opened project in the window (closing the one shown before).
        new_workshop: asks for the first workshop of a new, empty project.
    """

    def __init__(
        self, context: BoardContext, *, set_session: Callable[[OpenProject], None], new_workshop: Callable[[], object]
    ):
        self.context = context
        self._set_session = set_session
        self._new_workshop = new_workshop

    def _file_filter(self) -> str:
        return QCoreApplication.translate("MainWindow", "Workshop projects (*%1);;All files (*)").replace(
            "%1", PROJECT_SUFFIX
        )

    def _folder(self) -> str:
        session = self.context.session
        return str(session.path.parent if session else user_data_dir())

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.context.parent,
            QCoreApplication.translate("MainWindow", "New project"),
            self._folder(),
            self._file_filter(),
        )
        if path:
            if not path.endswith(PROJECT_SUFFIX):
                path += PROJECT_SUFFIX
            if self.open_path(Path(path), create=True) and not self.context.workshops():
                self._new_workshop()

    def open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.context.parent,
            QCoreApplication.translate("MainWindow", "Open project"),
            self._folder(),
            self._file_filter(),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path, *, read_only: bool = False, create: bool = False) -> bool:
        """Open ``path`` in the window; on failure show why and keep the project that was open."""
        from workshop_app.storage.project import Project

        current = self.context.session
        if (
            current is not None
            and Path(current.path).resolve() == Path(path).resolve()
            and current.read_only == read_only
        ):
            return True
        try:
            project = Project.open(path, create=create, read_only=read_only)
        except ReadOnlyLocationError:
            if create or read_only:
                raise  # pragma: no cover - a new file is made in a folder we may write to
            return self._open_read_only_instead(path)
        except ProjectLockedError as error:
            from workshop_app.gui.messages import show_error

            show_error(self.context.parent, error, open_read_only=lambda: self.open_path(path, read_only=True))
            return False
        except UserError as error:
            from workshop_app.gui.messages import show_error

            show_error(self.context.parent, error)
            return False
        self._set_session(OpenProject(project))
        return True

    def _open_read_only_instead(self, path: Path) -> bool:
        """A project in a folder (or a file) that cannot be written: show it read-only and say so."""
        from PySide6.QtWidgets import QMessageBox

        from workshop_app.storage.project import Project

        try:
            project = Project.open(path, read_only=True)
        except UserError as error:
            from workshop_app.gui.messages import show_error

            show_error(self.context.parent, error)
            return False
        self._set_session(OpenProject(project))
        box = QMessageBox(self.context.parent)
        box.setObjectName("readOnlyNotice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("Messages", "Workshop Board"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(QCoreApplication.translate("MainWindow", "“%1” was opened read-only.").replace("%1", path.name))
        box.setInformativeText(
            QCoreApplication.translate(
                "MainWindow",
                "The file or its folder cannot be written, so changes could not be saved. "
                "To work on it, copy the file to a folder of your own and open the copy, or ask for write access.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        log.info("%s opened read-only: the file or its folder cannot be written", path)
        box.open()
        return True

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.context.prefs.recent_projects
        for index, path in enumerate(recent):
            label = f"&{index + 1} {path.name}" if index < 9 else path.name
            action = menu.addAction(label)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not recent:
            action = menu.addAction(QCoreApplication.translate("MainWindow", "(none)"))
            action.setEnabled(False)
