"""Installing the user's language: Qt translators for the UI, and core's ``translate()``.

The language is the ``language`` setting when set ("en", "fr", "de", "es", "it"), otherwise the
system locale's when it is one of those, otherwise English (the source language). Catalogues
are ``biox_desktop/resources/translations/biox_<lang>.ts`` (edited with Qt Linguist or any text
editor; refreshed by ``scripts/update_translations.py``) compiled to ``.qm`` files next to
them. Texts made below the UI (error messages, PDF texts) use
:func:`biox_desktop.core.i18n.translate`, which :func:`install` routes to Qt's translator, and
format their dates with ``core.i18n.format_day`` and friends in the language it sets.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from biox_desktop.core import i18n

SUPPORTED = ("en", "fr", "de", "es", "it")
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
#: Where texts translated from constants live (see scripts/update_translations.py).
SHARED_CONTEXT = "shared"

_installed: list[QTranslator] = []


class CatalogueTranslator(QTranslator):
    """A Qt translator that falls back to the ``shared`` context.

    ``self.tr(LABELS[key])`` is looked up under the calling class's name, but lupdate can only
    list such constant texts once, under ``shared``; the fallback finds them there. (Qt looks
    ``self.tr()`` up under the most derived class's name, lupdate under the defining class's.)
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        # "": texts lupdate found outside a class (``tr = self.window.tr; tr("...")``).
        for fallback in (SHARED_CONTEXT, ""):
            if found or context == fallback:
                break
            found = super().translate(fallback, source, disambiguation, n)
        # Not found: None (a null string) lets Qt show the source text. An empty string would
        # count as a translation and blank the control (seen on untranslated buttons).
        return found or None


class SourcePlurals(QTranslator):
    """English plurals of the source texts: ``tr("%n delegate(s)", "", n)`` reads "1 delegate",
    "2 delegates". Installed under the catalogues, so a language's own numerus forms win; a
    text its catalogue does not have yet reads as good English rather than "1 delegate(s)"."""

    _SUFFIX = re.compile(r"(?<=\w)\((s|es)\)")

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if n < 0 or "(" not in source:
            return None
        return self._SUFFIX.sub("" if n == 1 else r"\1", source)


def choose_language(setting: str, system: str | None = None) -> str:
    """The language to use: the setting, else the system's if supported, else English."""
    if setting in SUPPORTED:
        return setting
    system = system if system is not None else QLocale.system().name()
    code = system.split("_")[0].split("-")[0].lower()
    return code if code in SUPPORTED else "en"


def catalogue(language: str) -> Path:
    return TRANSLATIONS / f"biox_{language}.qm"


def install(app: QCoreApplication, language: str) -> str:
    """Install the translators of ``language`` (replacing earlier ones); returns it."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    plurals = SourcePlurals(app)  # first installed, last asked
    app.installTranslator(plurals)
    _installed.append(plurals)
    if language != "en":
        ours = CatalogueTranslator(app)
        if ours.load(str(catalogue(language))):
            app.installTranslator(ours)
            _installed.append(ours)
        # Qt's own texts (standard buttons, file dialogs), when the Qt build ships them.
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    i18n.set_translator(lambda context, text: QCoreApplication.translate(context, text))
    i18n.set_language(language)  # dates below the UI (messages, PDFs) in the same language
    QLocale.setDefault(QLocale(language))
    return language
