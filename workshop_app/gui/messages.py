"""Tell the user, in their language, what went wrong and what to do.

Errors from the services carry one clear English sentence; here each kind of error gets a
translated headline and advice (keyed on the exception class), with the file name, and the
service's sentence as detail. Boxes are shown with ``open()``: they never block the event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop_app.domain.errors import NotFoundError, UserError, ValidationError
from workshop_app.storage import errors as project_errors

log = logging.getLogger(__name__)


def describe(error: BaseException) -> tuple[str, str]:
    """The translated (headline, advice) for ``error``."""
    name = getattr(error, "path", None)
    file = name.name if name is not None else ""
    e = project_errors
    if isinstance(error, e.NotAProjectError):
        return (
            QCoreApplication.translate("Messages", "“%1” is not a workshop project.").replace("%1", file),
            QCoreApplication.translate(
                "Messages", "Choose a project file (ending in .workshop), or create a new project."
            ),
        )
    if isinstance(error, e.DamagedProjectError):
        return (
            QCoreApplication.translate("Messages", "The project “%1” is damaged and cannot be opened.").replace(
                "%1", file
            ),
            QCoreApplication.translate(
                "Messages",
                "The file was left untouched. Restore it from a backup copy "
                "(a .bak file next to it, or your own backup).",
            ),
        )
    if isinstance(error, e.TooNewProjectError):
        return (
            QCoreApplication.translate("Messages", "The project “%1” was saved by a newer version of the app.").replace(
                "%1", file
            ),
            QCoreApplication.translate("Messages", "Update the app to open it. The file was not changed."),
        )
    if isinstance(error, e.ProjectLockedError):
        return (
            QCoreApplication.translate("Messages", "The project “%1” is open in another window or program.").replace(
                "%1", file
            ),
            QCoreApplication.translate("Messages", "Close it there first, or open it read-only to look at it."),
        )
    if isinstance(error, e.ProjectReadOnlyError):
        return (
            QCoreApplication.translate("Messages", "The project “%1” is open read-only.").replace("%1", file),
            QCoreApplication.translate(
                "Messages", "Changes cannot be saved. Open the project again when no other window has it open."
            ),
        )
    if isinstance(error, e.ProjectWriteError):
        return (
            QCoreApplication.translate("Messages", "Could not save to the project “%1”.").replace("%1", file),
            QCoreApplication.translate(
                "Messages", "Nothing was changed. Free some disk space or check that the folder is writable."
            ),
        )
    if isinstance(error, e.MissingProjectError):
        return (
            QCoreApplication.translate("Messages", "The project file “%1” does not exist.").replace("%1", file),
            QCoreApplication.translate(
                "Messages", "It may have been moved, renamed or deleted. Choose it again with Open."
            ),
        )
    if isinstance(error, e.ProjectError):
        return (QCoreApplication.translate("Messages", "The project “%1” cannot be used.").replace("%1", file), "")
    from workshop_app.exchange.errors import ImportFileError
    from workshop_app.report.errors import ReportError
    from workshop_app.storage.atomic import OutputFileError

    if isinstance(error, ReportError):
        return (
            QCoreApplication.translate("Messages", "The report could not be made."),
            QCoreApplication.translate("Messages", "Check the report's choices and texts, then try again."),
        )
    if isinstance(error, OutputFileError):
        return (
            QCoreApplication.translate("Messages", "The file could not be saved."),
            QCoreApplication.translate(
                "Messages", "Choose another folder or file name, or close the file if it is open in another program."
            ),
        )
    if isinstance(error, ImportFileError):
        return (
            QCoreApplication.translate("Messages", "The file could not be imported."),
            QCoreApplication.translate(
                "Messages",
                "Check that it is a CSV file with the columns focus_area, category and text, the app's JSON, or a project file.",
            ),
        )
    if isinstance(error, ValidationError):
        return QCoreApplication.translate("Messages", "That change was not made."), QCoreApplication.translate(
            "Messages", "Check what you entered and try again."
        )
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate("Messages", "That no longer exists."), QCoreApplication.translate(
            "Messages", "It may have been deleted in the meantime."
        )
    return QCoreApplication.translate("Messages", "Something went wrong."), ""


def show_error(
    parent: QWidget | None,
    error: BaseException,
    *,
    open_read_only: Callable[[], None] | None = None,
) -> QMessageBox:
    """Show ``error`` in a window-modal message box and return it (it deletes itself when closed).

    Args:
        open_read_only: when given and the project is locked, the box offers this as a button.
    """
    headline, advice = describe(error)
    box = QMessageBox(parent)
    box.setObjectName("errorMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Workshop Board"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(headline)
    if advice:
        box.setInformativeText(advice)
    detail = str(error)
    if detail and isinstance(error, UserError):
        box.setDetailedText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    if open_read_only is not None and isinstance(error, project_errors.ProjectLockedError):
        button = box.addButton(
            QCoreApplication.translate("Messages", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        button.clicked.connect(open_read_only)
        box.setDefaultButton(button)
    log.info("shown to the user: %s", detail)
    box.open()
    return box
