"""The UI language: our translations (English source strings, Swedish .qm) and Qt's own."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workshop_app.paths import resource

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def resolve_language(setting: str) -> str:
    """``"sv"`` or ``"en"`` for a setting of ``"auto"``, ``"sv"`` or ``"en"``."""
    if setting in ("sv", "en"):
        return setting
    return "sv" if QLocale.system().language() == QLocale.Language.Swedish else "en"


def current_language() -> str:
    return getattr(install_translators, "language", "en")


def install_translators(language: str) -> str:
    """Replace the installed translators with those for ``language``; returns the language used."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"workshop_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation for %s", language)
    if language != "en":
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            _installed.append(qt)
    locale = (
        QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
        if language == "sv"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    QLocale.setDefault(locale)
    install_translators.language = language
    return language
