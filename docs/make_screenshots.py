"""Rebuild the screenshots in docs/screenshots from the shipped example workshop.

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb .venv/bin/python docs/make_screenshots.py

It drives the real main window on a new project in a temporary folder (a participant posting a
note from the entry bar, the facilitator suggesting themes, presentation mode) and saves what the
window shows, scaled to a width that reads well in README.md. It also runs offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
WIDTH = 1366
"""Width of the saved PNGs: the laptop shot is saved as it is, larger windows are scaled down."""


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="screenshots-"))
    os.environ["WORKSHOP_APP_DATA_DIR"] = str(folder / "data")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")

    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication

    from workshop_app.exchange.samples import add_example_workshop
    from workshop_app.gui.app import application
    from workshop_app.gui.i18n import install_translators
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.gui.session import OpenProject
    from workshop_app.gui.settings import Preferences
    from workshop_app.storage.project import Project

    app = application()
    install_translators("sv")

    def settle(rounds: int = 20) -> None:
        for _ in range(rounds):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def save(window: MainWindow, name: str) -> None:
        settle()
        image = window.grab().toImage()
        if image.width() > WIDTH:
            image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
        path = OUT / f"{name}.png"
        image.save(str(path))
        print(f"wrote {path} ({image.width()}x{image.height()})")

    project = Project.open(folder / "exempel.workshop", create=True)
    example = add_example_workshop(project)
    # A second workshop with the same notes and no themes yet, for the themes screenshot.
    loose = project.workshops.create("Workshop i Ekeby (ogrupperad)", date="2026-10-22", place="Ekeby")
    areas = {a.name: a.id for a in project.workshops.focus_areas(loose.id)}
    categories = {c.key: c.id for c in project.workshops.categories(loose.id)}
    example_categories = {c.id: c.key for c in project.workshops.categories(example.id)}
    example_areas = {a.id: a.name for a in project.workshops.focus_areas(example.id)}
    for note in project.notes.list(example.id):
        project.notes.add(
            loose.id,
            areas[example_areas[note.focus_area_id]],
            categories[example_categories[note.category_id]],
            note.text,
            group_name=note.group_name,
        )

    window = MainWindow(Preferences(), OpenProject(project), example.id)
    window.resize(1600, 900)
    window.show()
    settle(40)

    # A participant posts a note: area 3, kind 2, text, Enter (the entry bar's own handlers).
    bar = window.entry
    bar.select(project.workshops.focus_areas(example.id)[2].id, project.workshops.categories(example.id)[1].id)
    bar.text.setPlainText("Wifi fungerar inte i hemmen – svårt med surfplattan hos brukaren")
    bar.post()
    save(window, "board-example")

    window.resize(1366, 768)
    settle(40)
    window.view.horizontalScrollBar().setValue(0)
    window.view.verticalScrollBar().setValue(0)
    save(window, "laptop-1366x768")

    window.resize(1920, 1080)
    window.presentation.set_active(True)
    window.resize(1920, 1080)  # without a window manager "full screen" keeps the window's size
    settle(40)
    window.view.verticalScrollBar().setValue(0)
    save(window, "presentation")
    window.presentation.set_active(False)

    window.resize(1600, 900)
    window.show_workshop(loose.id)
    settle(20)
    window.theme_editing.suggest_workshop()
    settle(20)
    window.view.verticalScrollBar().setValue(0)
    save(window, "themes")

    window.close_session()
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
