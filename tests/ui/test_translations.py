"""Every visible text is translatable, and switching language shows translated text.

The pseudo-locale test compiles a catalogue mapping every source text of the ``.ts`` files to a
marked form ("⟪text⟫"), opens the main window in it and walks every visible widget of the window
and of each screen in ``MainWindow.screens`` (so screens added later are covered without
touching this test). It fails when

* a text that is in the catalogue is shown unmarked (it was shown without ``tr()``), or
* the code asked ``tr()`` for a text the catalogue does not hold under that context, the
  ``shared`` fallback or "" (lupdate cannot see it: a ``self.tr(variable)`` whose constant is not
  in ``ui/shared_strings.py``; run ``scripts/update_translations.py``).

Data (names, numbers, dates) is never in the catalogue, so it is allowed unmarked.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from biox_desktop.core import i18n as core_i18n
from biox_desktop.ui import i18n

TRANSLATIONS = i18n.TRANSLATIONS
OPEN, CLOSE = "⟪", "⟫"


def catalogue() -> dict[str, set[str]]:
    """Source texts of the catalogue by context."""
    by_context: dict[str, set[str]] = {}
    for context in ET.parse(TRANSLATIONS / "biox_fr.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        by_context.setdefault(name, set()).update(
            m.findtext("source") or "" for m in context.iter("message"))
    return by_context


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory) -> Path:
    tree = ET.parse(TRANSLATIONS / "biox_fr.ts")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        pseudo = f"{OPEN}{message.findtext('source')}{CLOSE}"
        forms = translation.findall("numerusform")
        for form in forms:  # a plural text ("%n"): every form marked, no bare text beside them
            form.text = pseudo
        if not forms:
            translation.text = pseudo
    folder = tmp_path_factory.mktemp("pseudo")
    ts = folder / "biox_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "biox_pseudo.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


class RecordingTranslator(i18n.CatalogueTranslator):
    """The catalogue translator, noting every lookup and whether it was found."""

    def __init__(self) -> None:
        super().__init__()
        self.lookups: set[tuple[str, str, bool]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        found = super().translate(context, source, disambiguation, n)
        self.lookups.add((context, source, bool(found)))
        return found


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a person sees or hears on this widget."""
    where = f"{type(widget).__name__} {widget.objectName()!r}"
    out = [(f"{where} accessible name", widget.accessibleName()),
           (f"{where} tooltip", widget.toolTip())]
    if widget.isWindow():
        out.append((f"{where} window title", widget.windowTitle()))
    if isinstance(widget, QLabel | QAbstractButton):
        out.append((where, widget.text()))
    elif isinstance(widget, QGroupBox):
        out.append((where, widget.title()))
    elif isinstance(widget, QLineEdit):
        out.append((f"{where} placeholder", widget.placeholderText()))
    elif isinstance(widget, QTabWidget):
        out += [(f"{where} tab", widget.tabText(i)) for i in range(widget.count())]
    elif isinstance(widget, QComboBox):
        out += [(f"{where} item", widget.itemText(i)) for i in range(widget.count())]
    elif isinstance(widget, QListWidget):
        out += [(f"{where} item", widget.item(i).text()) for i in range(widget.count())]
    if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        out += [(f"{where} header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount(QModelIndex()))]
    for action in widget.actions():
        out += [(f"{where} action", action.text()), (f"{where} action tip", action.toolTip())]
    return out


def _unmarked_catalogue_texts(root: QWidget, sources: set[str]) -> list[str]:
    problems = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        box = widget.parentWidget()
        if (isinstance(box, QDialogButtonBox) and isinstance(widget, QAbstractButton)
                and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton):
            continue  # Qt's own standard buttons, translated by Qt's own catalogues
        for where, text in _texts(widget):
            text = text.strip()
            if text and OPEN not in text and text in sources:
                problems.append(f"{where}: {text!r}")
    for action in root.findChildren(QAction):
        for text in (action.text(), action.toolTip()):
            if text and OPEN not in text and text in sources:
                problems.append(f"action: {text!r}")
    return problems


def _our_contexts() -> set[str]:
    import importlib
    import pkgutil

    import biox_desktop.ui as ui_pkg

    names = {"shared", ""}
    for info in pkgutil.iter_modules(ui_pkg.__path__):
        module = importlib.import_module(f"biox_desktop.ui.{info.name}")
        names |= {n for n, v in vars(module).items()
                  if inspect.isclass(v) and v.__module__ == module.__name__}
    return names


@pytest.mark.parametrize("role", ["leader", "coordinator"])
def test_every_visible_text_is_translatable(qtbot, ops, pseudo_qm, role) -> None:
    from biox_desktop.ui.main_window import MainWindow
    from biox_desktop.ui.settings import SettingsDialog

    ops.workspace.seed_demo()
    if role == "coordinator":  # the merge and conflicts screens are the coordinator's
        ops.workspace.update_settings(role="coordinator")
    app = QApplication.instance()
    recorder = RecordingTranslator()
    assert recorder.load(str(pseudo_qm))
    app.installTranslator(recorder)
    core_i18n.set_translator(lambda c, t: QCoreApplication.translate(c, t))
    try:
        window = MainWindow(ops, remember_geometry=False)
        qtbot.addWidget(window)
        window.load()
        window.show()
        qtbot.waitUntil(lambda: not ops.busy)
        assert window.windowTitle() == f"{OPEN}bioX Missions{CLOSE}"
        sources = set().union(*catalogue().values())
        problems = _unmarked_catalogue_texts(window, sources)
        for key in window.screens:
            screen = window.show_screen(key)
            qtbot.waitUntil(lambda: not ops.busy)
            if key == "merge":  # a group side by side, with its field labels
                screen.queue.selectRow(0)
                qtbot.waitUntil(lambda s=screen: s.current is not None and not ops.busy)
            problems += [f"[{key}] {p}" for p in _unmarked_catalogue_texts(screen, sources)]
        settings = window.open_settings()
        assert isinstance(settings, SettingsDialog)
        for i in range(settings.tabs.count()):
            settings.tabs.setCurrentIndex(i)
            problems += [f"[settings] {p}" for p in _unmarked_catalogue_texts(settings, sources)]
        settings.reject()
        assert not problems, "texts shown without tr():\n" + "\n".join(sorted(set(problems)))

        ours = _our_contexts() | set(catalogue())
        missing = sorted({f"{c}: {s!r}" for c, s, found in recorder.lookups
                          if not found and c in ours and any(ch.isalpha() for ch in s)})
        assert not missing, ("tr() texts missing from the catalogue (run "
                             "scripts/update_translations.py):\n" + "\n".join(missing))
        # And the core's translate() reaches the same catalogue.
        assert core_i18n.translate("backup", "There is no file {path}.").startswith(OPEN)
    finally:
        app.removeTranslator(recorder)
        core_i18n.set_translator(None)
        ops.wait_idle()


def test_switching_to_german_shows_german(qtbot, ops) -> None:
    from biox_desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    try:
        assert i18n.install(app, "de") == "de"
        window = MainWindow(ops, remember_geometry=False)
        qtbot.addWidget(window)
        window.load()
        window.show()
        qtbot.waitUntil(lambda: not ops.busy)
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert nav[:2] == ["Missionen", "Teilnehmerliste"]
        assert window.settings_action.text() == "Einstellungen…"
        assert window.status.pending.text() == "Keine Änderungen ausstehend"
        assert core_i18n.translate("backup", "There is no file {path}.") == (
            "Die Datei {path} gibt es nicht.")
        # Back to English: new windows speak English again.
        i18n.install(app, "en")
        english = MainWindow(ops, remember_geometry=False)
        qtbot.addWidget(english)
        assert english.settings_action.text() == "Settings…"
    finally:
        i18n.install(app, "en")
        core_i18n.set_translator(None)
        ops.wait_idle()


def test_language_choice() -> None:
    assert i18n.choose_language("it", "de_DE") == "it"
    assert i18n.choose_language("", "de_DE") == "de"
    assert i18n.choose_language("", "es-MX") == "es"
    assert i18n.choose_language("", "ja_JP") == "en"
    for lang in ("fr", "de", "es", "it"):
        assert i18n.catalogue(lang).exists(), f"{lang}: run scripts/update_translations.py"


def test_compiled_catalogues_match_the_sources(tmp_path) -> None:
    """The committed .qm files are what lrelease makes of the committed .ts files."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for lang in ("fr", "de", "es", "it"):
        qm = tmp_path / f"{lang}.qm"
        subprocess.run([str(lrelease), "-silent", str(TRANSLATIONS / f"biox_{lang}.ts"),
                        "-qm", str(qm)], check=True)
        assert qm.read_bytes() == i18n.catalogue(lang).read_bytes(), lang


def test_a_text_missing_from_the_catalogue_shows_in_english_not_blank(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from biox_desktop.ui.i18n import CatalogueTranslator, catalogue

    translator = CatalogueTranslator()
    assert translator.load(str(catalogue("de")))
    QCoreApplication.installTranslator(translator)
    try:
        shown = QCoreApplication.translate("NoSuchScreen", "A text nobody translated")
        assert shown == "A text nobody translated"
        assert QCoreApplication.translate("MainWindow", "Mission:") == "Mission:"  # same in German
    finally:
        QCoreApplication.removeTranslator(translator)


def test_plural_texts_read_as_english_without_a_catalogue(qtbot) -> None:
    """``tr("%n delegate(s)", "", n)``: "1 delegate", "2 delegates", never "1 delegate(s)"."""
    def tr(text: str, n: int) -> str:
        return QCoreApplication.translate("RosterScreen", text, "", n)

    assert tr("%n delegate(s)", 1) == "1 delegate"
    assert tr("%n delegate(s)", 2) == "2 delegates"
    assert tr("%n conflict(s) to review", 0) == "0 conflicts to review"
    assert tr("from %n file(s).", 1) == "from 1 file."
    assert tr("%n match(es)", 3) == "3 matches"
    assert QCoreApplication.translate("RosterScreen", "Roles (s)") == "Roles (s)"  # no count
