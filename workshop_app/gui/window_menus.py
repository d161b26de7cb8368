"""The window's submenus that are filled at run time: switch workshop, and the language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from workshop_app.domain.model import Workshop
from workshop_app.gui.i18n import current_language


def add_workshops_menu(
    menu: QMenu,
    workshops: Callable[[], list[Workshop]],
    current_id: Callable[[], str | None],
    show_workshop: Callable[[str], None],
) -> QMenu:
    """File → Switch workshop: the project's workshops, the shown one checked (read when opened)."""
    sub = menu.addMenu(QCoreApplication.translate("MainWindow", "S&witch workshop"))

    def fill() -> None:
        sub.clear()
        group = QActionGroup(sub)
        for workshop in workshops():
            action = sub.addAction(workshop.title)
            action.setCheckable(True)
            action.setChecked(workshop.id == current_id())
            action.triggered.connect(lambda _c=False, wid=workshop.id: show_workshop(wid))
            group.addAction(action)

    sub.aboutToShow.connect(fill)
    return sub


def add_language_menu(menu: QMenu, language: str, set_language: Callable[[str], object]) -> QMenu:
    """View → Language: the system's, Swedish or English (``language`` is the chosen one)."""
    # the menu's name in the other language too, for someone who cannot read this one
    other = "Language" if current_language() == "sv" else "Språk"
    sub = menu.addMenu(QCoreApplication.translate("MainWindow", "&Language") + " / " + other)
    group = QActionGroup(sub)
    choices = (
        ("auto", QCoreApplication.translate("MainWindow", "Same as the system")),
        ("sv", "Svenska"),
        ("en", "English"),
    )
    for code, text in choices:
        action = sub.addAction(text)
        action.setObjectName(f"action_language_{code}")
        action.setCheckable(True)
        action.setChecked(language == code)
        action.triggered.connect(lambda _c=False, c=code: set_language(c))
        group.addAction(action)
    return sub
