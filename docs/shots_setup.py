"""What the screenshot scripts share: an output folder, a private data folder, the app, a phone.

Imported by ``make_intake_screenshots.py`` and ``make_voting_screenshots.py`` (run from the
repository's root, so ``docs`` is on the path through the script's own folder).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def prepare(prefix: str) -> tuple[Path, Path]:
    """The output folder (first argument, default docs/screenshots) and a new scratch folder that
    holds the app's data and settings, so no real user's files are touched."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["WORKSHOP_APP_DATA_DIR"] = str(folder / "data")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    return out, folder


def start_app(language: str = "sv") -> Callable[..., None]:
    """Start the application in ``language``; returns ``settle(rounds=25)``, which lets Qt work."""
    from PySide6.QtCore import QEventLoop

    from workshop_app.gui.app import application
    from workshop_app.gui.i18n import install_translators

    app = application()
    install_translators(language)

    def settle(rounds: int = 25) -> None:
        for _ in range(rounds):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    return settle


def phone(height: int = 1000, language: str = "sv-SE"):
    """A headless chromium as wide as a phone (Debian's chromium and chromium-driver)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        f"--window-size=412,{height}",
        f"--lang={language}",
        "--hide-scrollbars",
    ):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    driver = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
    browser = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    browser.set_page_load_timeout(30)
    return browser
