"""Texts people read that are made below the UI go through ``core.i18n.translate()``.

A scan of the source of ``core``, ``db``, ``reports`` and ``sync``: it fails when a message a
person reads (a validation error, a roster or agenda warning, a sync or import error, a
progress step, a PDF heading or footer) is written as a bare string literal or f-string
instead of ``translate("<context>", "template").format(...)``, and when ``translate()`` is
handed anything but a plain literal (an f-string is never in the catalogue, and lupdate cannot
see a variable unless the constant is marked with ``QT_TRANSLATE_NOOP``).

Messages meant for programmers (``ValueError``/``TypeError`` for wrong arguments, assertions,
log lines) are not constructed through the calls below, so they are not flagged.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "biox_desktop"
LAYERS = ("core", "db", "reports", "sync")

#: Calls whose argument (position, or keyword) is a message a person reads.
USER_MESSAGES: dict[str, tuple[int | str, ...]] = {
    "FieldError": (1, "message"),  # validation errors shown next to the field
    "RosterWarning": (5, "message"),  # the roster's warnings
    "Conflict": (3, "message"),  # the agenda's conflict warnings
    "BackupError": (0,),
    "_refuse": (0,),  # spreadsheet import refusals
    "PhoneError": (0,),
    "QrError": (0,),
    "SyncError": (0,),
    "AuthError": (0,),
    "NotSignedIn": (0,),
    "DeviceRevoked": (0,),
    "UpgradeRequired": (0,),
    "TooManyAttempts": (0,),
    "ServerUnreachable": (0,),
    "KeyringUnavailable": (0,),
    "CardError": (3, "reason"),  # a vCard refused on import, and why
    "IcsImportError": (0,),  # a calendar file refused on import
    "NotAProgrammeError": (0,),
    "step": (2,),  # progress.step(done, total, message): the progress dialog's line
    "warnings.append": (0,),  # warnings returned to the screens (imports, scheduling)
    "notes.append": (0,),
    "warn.append": (0,),  # calendar import warnings
    "HistoryEntry": (2, "detail"),  # a lead's history, as the Leads screen lists it
    "refused.append": (0,),  # vCards and files an import refused, and why
    "para": (0,),  # PDF paragraphs
    "String": (2,),  # chart labels
    "drawString": (2,),  # page furniture
    "drawRightString": (2,),
    "Cover": ("title", "subtitle"),
    "write_pdf": ("title", "subject"),
}

#: Attributes assigned a message a person reads (``card.error = "..."``).
USER_MESSAGE_ATTRIBUTES = ("error",)

#: Files left out, with the reason.
ALLOWED: dict[str, str] = {
}


def _name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        if func.attr == "append":
            owner = func.value
            owner_name = (owner.id if isinstance(owner, ast.Name)
                          else owner.attr if isinstance(owner, ast.Attribute) else "")
            return f"{owner_name}.append"
        return func.attr
    return None


def _is_bare_text(node: ast.AST) -> bool:
    """A literal (or f-string, or concatenation of them) with words in it."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and any(c.isalpha() for c in str(v.value))
                   for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _is_bare_text(node.left) or _is_bare_text(node.right)
    if isinstance(node, ast.BoolOp):  # error = error or "..."
        return any(_is_bare_text(v) for v in node.values)
    return False


def _arguments(call: ast.Call, where: tuple[int | str, ...]) -> list[ast.AST]:
    found: list[ast.AST] = []
    for position in where:
        if isinstance(position, int):
            if position < len(call.args) and not isinstance(call.args[position], ast.Starred):
                found.append(call.args[position])
        else:
            found += [k.value for k in call.keywords if k.arg == position]
    return found


def problems_in(source: str, filename: str) -> list[str]:
    """Every untranslated user-facing literal in ``source``, as ``file:line: text``."""
    out = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign) and node.value:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if (isinstance(target, ast.Attribute) and target.attr in USER_MESSAGE_ATTRIBUTES
                        and _is_bare_text(node.value)):
                    text = ast.get_source_segment(source, node.value) or ""
                    out.append(f"{filename}:{node.lineno}: .{target.attr} = {text[:70]}… "
                               "is not translated")
            continue
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name == "translate" and len(node.args) >= 2:
            context, text = node.args[0], node.args[1]
            if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                out.append(f"{filename}:{node.lineno}: translate() needs a literal context")
            if isinstance(text, ast.JoinedStr | ast.BinOp):
                out.append(f"{filename}:{node.lineno}: translate() of an f-string or a "
                           "concatenation: translate the template, then .format()")
            continue
        for arg in _arguments(node, USER_MESSAGES.get(name or "", ())):
            if _is_bare_text(arg):
                text = ast.get_source_segment(source, arg) or ""
                out.append(f"{filename}:{arg.lineno}: {name}({text[:70]}…) is not translated")
    return out


def test_user_facing_texts_below_the_ui_are_translatable() -> None:
    problems = []
    for layer in LAYERS:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            relative = path.relative_to(PACKAGE).as_posix()
            if relative in ALLOWED or "/migrations/" in relative:
                continue
            problems += problems_in(path.read_text(encoding="utf-8"), relative)
    assert not problems, ("wrap these texts in translate(\"<context>\", \"...\").format(...) "
                          "(see biox_desktop/core/i18n.py):\n" + "\n".join(problems))


def test_the_scan_catches_bare_and_formatted_messages() -> None:
    """The scan itself: each pattern it is meant to catch, and what it lets through."""
    bad = '''
errors.append(FieldError("name", "Give the delegate's name."))
errors.append(FieldError("email", f"'{email}' is not an e-mail address."))
errors.append(FieldError(field="x", message="Too long."))
raise SyncError("wrong user name or password")
progress.step(0, 10, f"Row {n} of {total}")
warnings.append("kept but clashes " + title)
story.append(para("Headline figures", styles["h1"], fonts))
canvas.drawRightString(x, y, f"Page {number} of {total}")
text = translate("roster", f"Row {n}")
self.warnings.append(f"line {p.line}: the photo is not valid base64; kept as is")
warn.append(f"{where}: calendar {n} has no PRODID")
card.error = f"line {number} is not a vCard property: {parsed}"
card.error = card.error or ("the card has no END:VCARD")
return CardError(source_name, 0, 1, "the file is empty")
raise IcsImportError(f"{where}: {label} ends before it starts")
'''
    found = problems_in(bad, "sample.py")
    assert len(found) == 15, "\n".join(found)
    good = '''
errors.append(FieldError("name", translate("roster", "Give the delegate's name.")))
errors.append(FieldError("email", translate("roster", "'{email}' is bad.").format(email=e)))
raise ValueError(f"slot {slot!r} ends before it starts")  # for programmers
errors.append(FieldError("phones", str(exc)))  # a translated message passed on
progress.step(0, 10, translate("agenda", "Saving the draft"))
story.append(para(name, styles["h1"], fonts))  # data
card.error = translate("vcard", "line {line}: not a property").format(line=n)
card.error = card.error or translate("vcard", "no END:VCARD")
return CardError(source_name, card.index, line, reason)  # a translated reason passed on
raise IcsImportError(message)
'''
    assert problems_in(good, "sample.py") == []
