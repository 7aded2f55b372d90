"""Form rows with inline errors, as every editing dialog shows them.

A row is a caption (its ``&`` mnemonic jumps to the field), the field, and under it a red
line that says what is wrong with it; :meth:`FieldForm.show` puts each message of a
:class:`~biox_desktop.core.validation.ValidationError` under its field, the ones no field
shows in a general line, and moves the focus to the first field to mend.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from biox_desktop.core.validation import ValidationError

ERROR_STYLE = "color: #b3261e;"


def error_label(name: str) -> QLabel:
    """A hidden, wrapping, red label for the errors of ``name`` (object name ``error_<name>``)."""
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldForm:
    """The rows of one dialog: ``errors`` (field -> its error label), ``fields`` (field ->
    the widget that takes the focus when it is wrong) and ``captions``."""

    def __init__(self, general: QLabel | None = None,
                 aliases: Mapping[str, str] | None = None) -> None:
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        #: Where messages of fields without a row go (None: they are not shown here).
        self.general = general
        #: Fields whose messages show under another field's row ("organisation_id" under
        #: "organisation").
        self.aliases = dict(aliases or {})

    def add(self, form: QFormLayout, field: str, caption: str, widget: QWidget,
            focus: QWidget | None = None) -> QLabel:
        """Add a row to ``form``: caption, ``widget`` and its error line. ``focus`` (default
        ``widget``) is what the caption's mnemonic and a wrong value move the focus to.
        Returns the caption."""
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        error = error_label(field)
        box.addWidget(error)
        target = focus or widget
        label = QLabel(caption)
        label.setBuddy(target)  # makes the & mnemonic work and shows it underlined
        form.addRow(label, box)
        self.errors[field] = error
        self.fields[field] = target
        self.captions[field] = label
        if not target.accessibleName():
            target.setAccessibleName(caption.replace("&", ""))
        return label

    def register(self, field: str, error: QLabel, focus: QWidget) -> None:
        """An error line placed by the dialog itself (beside a check box, say)."""
        self.errors[field] = error
        self.fields[field] = focus

    def show(self, error: ValidationError) -> QWidget | None:
        """Show every message under its field (one label may serve several fields), the
        rest in the general line; focus the first wrong field and return it."""
        first: QWidget | None = None
        shown: dict[int, tuple[QLabel, list[str]]] = {}
        for field, label in self.errors.items():
            messages = shown.setdefault(id(label), (label, []))[1]
            names = [field] + [alias for alias, target in self.aliases.items()
                               if target == field]
            for name in names:
                message = error.for_field(name)
                if message and message not in messages:
                    messages.append(message)
                    if first is None:
                        first = self.fields.get(field, label)
        for label, messages in shown.values():
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
        if self.general is not None:
            others = [e.message for e in error.errors
                      if e.field not in self.errors and e.field not in self.aliases]
            self.general.setText("\n".join(others))
            self.general.setVisible(bool(others))
        if first is not None:
            first.setFocus()
        return first
