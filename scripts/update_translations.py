#!/usr/bin/env python3
"""Refresh the translation catalogues after UI texts changed, then compile them.

    /work/venv/bin/python scripts/update_translations.py      (or .venv/bin/python ...)

1. Writes ``biox_desktop/ui/shared_strings.py``: texts the screens translate at run time from
   constants (labels of ``core.enums``, table column titles, navigation labels), which
   ``pyside6-lupdate`` cannot see in a ``self.tr(variable)`` call. They go to the context
   ``shared``, which :class:`biox_desktop.ui.i18n.CatalogueTranslator` falls back to.
2. Runs ``pyside6-lupdate`` over the package (UI, and ``translate()`` calls of core/db/sync/
   reports) into ``biox_desktop/resources/translations/biox_<lang>.ts`` (kept translations
   stay; new texts are marked unfinished for the translators).
3. Runs ``pyside6-lrelease`` to make the ``.qm`` files the application loads (committed, so a
   clean clone runs without this step).
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LANGUAGES = ("fr", "de", "es", "it")
TRANSLATIONS = REPO / "biox_desktop" / "resources" / "translations"
SHARED = REPO / "biox_desktop" / "ui" / "shared_strings.py"
#: Constants of UI modules that hold no translatable text (module, name).
NOT_TEXTS = {("settings", "LANGUAGES"),  # each language named in its own language
             ("forms", "ERROR_STYLE"), ("passphrase", "ERROR_STYLE"),  # a style sheet
             ("dates", "_INVALID_STYLE"), ("dates", "ISO_DATE")}  # a style sheet, a format
#: Texts handed to ``tr()`` through an instance attribute (``BreakdownModel("Target country")``)
#: that no constant holds; tests/ui/test_translations.py names any that are missing.
EXTRA = ("Target country",)


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def _is_label(text: object) -> bool:
    # Labels read like words ("Trade mission", "Name"); keys are lower_snake ("trade_mission").
    return (isinstance(text, str) and any(c.isalpha() for c in text) and "_" not in text
            and not text.startswith("#")
            and (any(c.isupper() for c in text) or " " in text))


def _labels(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if _is_label(value) else []
    if isinstance(value, dict):
        return [s for v in value.values() for s in _labels(v)]
    if isinstance(value, tuple | list):
        return [s for v in value for s in _labels(v)]
    return []


def _looks_like_label(text: str) -> bool:
    return (bool(text) and text[0].isupper() and any(c.islower() for c in text)
            and not any(c in text for c in "/#{}_<>\\"))


def literal_labels(path: Path) -> list[str]:
    """Label-like strings in tuple/list literals that are looped over or passed to a call.

    Catches ``for button, name in ((b, "Publish the draft"), ...): ...self.tr(name)`` and
    ``RowsModel(("Local", "Home", ...))`` whose model calls ``self.tr(header)``.
    """
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    holders: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.For | ast.comprehension):
            holders.append(node.iter)
        elif isinstance(node, ast.Call):
            holders += [a for a in node.args if isinstance(a, ast.Tuple | ast.List)]
    found = []
    for holder in holders:
        if not isinstance(holder, ast.Tuple | ast.List):
            continue
        for node in ast.walk(holder):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and _looks_like_label(node.value)):
                found.append(node.value)
    return found


def shared_strings() -> list[str]:
    """Every constant label a screen may pass to ``tr()`` at run time."""
    import biox_desktop.ui as ui_pkg
    from biox_desktop.core import enums

    found: list[str] = _labels({k: v for k, v in vars(enums).items() if k.isupper()})
    for info in pkgutil.iter_modules(ui_pkg.__path__):
        if info.name == "shared_strings":
            continue
        module = importlib.import_module(f"biox_desktop.ui.{info.name}")
        for name, value in vars(module).items():
            if name.isupper() and (info.name, name) not in NOT_TEXTS:
                found += _labels(value)
            elif inspect.isclass(value) and value.__module__ == module.__name__:
                for attr, member in vars(value).items():
                    if attr.isupper():
                        found += _labels(member)
    from biox_desktop.ui.main_window import screens

    found += [spec.label for spec in screens()]
    for path in sorted((REPO / "biox_desktop" / "ui").glob("*.py")):
        if path.name != "shared_strings.py":
            found += literal_labels(path)
    found += EXTRA
    return sorted(set(found))


def write_shared(strings: list[str]) -> None:
    lines = [
        '"""Generated by scripts/update_translations.py; do not edit.',
        "",
        "Texts that screens translate at run time from constants (``self.tr(LABELS[key])``),",
        "listed here so pyside6-lupdate puts them in the catalogue under the context ``shared``.",
        '"""',
        "",
        "",
        "def QT_TRANSLATE_NOOP(context: str, text: str) -> str:",
        "    return text",
        "",
        "",
        "STRINGS = (",
        *[f"    QT_TRANSLATE_NOOP(\"shared\", {s!r})," for s in strings],
        ")",
        "",
    ]
    SHARED.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    write_shared(shared_strings())
    sources = sorted(
        str(p.relative_to(REPO)) for p in (REPO / "biox_desktop").rglob("*.py")
        if "server" not in p.parts and "migrations" not in p.parts)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"biox_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                        "-target-language", lang, *sources, "-ts", str(ts.relative_to(REPO))],
                       check=True, cwd=REPO)
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True, cwd=REPO)
    return 0


if __name__ == "__main__":
    sys.exit(main())
