"""Translating texts made below the UI (error messages, PDF texts) without importing Qt.

Code in ``core``, ``db``, ``sync`` and ``reports`` writes::

    from biox_desktop.core.i18n import translate
    raise ValidationError([FieldError("file", translate("backup", "Not a backup: {path}")
                                      .format(path=path))])

``translate(context, text)`` has the same shape as ``QCoreApplication.translate``, so Qt's
``pyside6-lupdate`` finds these texts and puts them in ``resources/translations/biox_<lang>.ts``
next to the screens' own. Without a translator installed (headless commands, the server, tests)
it returns the English text unchanged; the desktop application installs the Qt translator with
:func:`set_translator` at start-up (``biox_desktop.ui.i18n.install``). Always translate the
template first and ``.format()`` afterwards, so the catalogue holds the template.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def set_translator(fn: Translator | None) -> None:
    """Route :func:`translate` to ``fn(context, text)`` (None: English, untranslated)."""
    global _translator
    _translator = fn


def translate(context: str, text: str) -> str:
    """``text`` in the user's language, or unchanged when no translator is installed."""
    if _translator is None:
        return text
    translated = _translator(context, text)
    return translated or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark a constant for the catalogue without translating it (translate it where shown).

    ``TITLE = QT_TRANSLATE_NOOP("funder_report", "Outcomes of the missions")`` puts the text in
    the catalogue; the code shows ``translate("funder_report", TITLE)`` at run time, once the
    user's language is installed.
    """
    return text
