"""Form rows with inline errors, as every editing dialog shows them.

A row is a caption (its ``&`` mnemonic jumps to the field), the field, and under it a red
line that says what is wrong with it; :meth:`FieldForm.show` puts each message of a
:class:`~biox_desktop.core.validation.ValidationError` under its field, the ones no field
shows in a general line, and moves the focus to the first field to mend.

:class:`FormGuard` is what every form dialog does with the keyboard: open on the first field,
Enter submits, Escape on typed data asks before discarding, mnemonics toggle check boxes at once.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShortcutEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.core.validation import ValidationError
from biox_desktop.ui import theme

#: Error text; a template for theme.tint(), which fills in the theme's warning colour.
ERROR_STYLE = "color: {warning};"


def error_label(name: str) -> QLabel:
    """A hidden, wrapping, red label for the errors of ``name`` (object name ``error_<name>``)."""
    label = QLabel()
    label.setObjectName(f"error_{name}")
    theme.tint(label, ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _say(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


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
        # Typed dates and times (ui/dates.py) say at once, under the row, why they are refused.
        for part in (widget, *widget.findChildren(QLineEdit)):
            refused = getattr(part, "refused", None)
            if refused is not None:
                refused.connect(lambda message, shown=error: _say(shown, message))
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


# -- what every form dialog does with the keyboard --------------------------------------------


def form_state(dialog: QWidget) -> list[object]:
    """What the user can have changed in ``dialog``: texts, choices, ticks, numbers."""
    state: list[object] = []
    for w in dialog.findChildren(QWidget):
        if isinstance(w, QLineEdit):
            state.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            state.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            state.append((w.currentIndex(), w.currentText()))
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            state.append(w.isChecked())
        elif isinstance(w, QAbstractSpinBox):
            state.append(w.text())
        elif isinstance(w, QListWidget):
            state.append(tuple(w.item(i).checkState() for i in range(w.count())))
    return state


def _is_field(w: QWidget, dialog: QWidget) -> bool:
    """Whether ``w`` is somewhere a person types or chooses (not a button, not a part)."""
    if isinstance(w, QPushButton | QToolButton | QDialogButtonBox | QLabel):
        return False
    if not (w.isVisibleTo(dialog) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
        return False
    if isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox):
        return False  # the line edit inside a combo or a spin box: the owner counts
    return not (isinstance(w, QLineEdit) and w.isReadOnly())


def first_field(dialog: QWidget) -> QWidget | None:
    """The field a person reads first: top-most, then left-most."""
    fields = [w for w in dialog.findChildren(QWidget) if _is_field(w, dialog)]
    if not fields:
        return None

    def where(w: QWidget) -> tuple[int, int]:
        p = w.mapTo(dialog, w.rect().topLeft())
        return (p.y(), p.x())

    return min(fields, key=where)


class FormGuard(QObject):
    """Keeps a form dialog from throwing input away; install one per dialog.

    - It opens with the focus on its first field, not on a button (typing would be lost and
      Space would press Save).
    - Enter submits: ``submit`` (default: the button box's Save/OK) is the default button,
      set once the dialog shows, when the button belongs to it.
    - Escape, or closing the window, on a form whose fields changed asks before discarding.
    - A check box toggled by its mnemonic (Alt+letter, its own or its caption's) toggles at
      once: Qt's animated click flips it 100 ms later, so an Enter pressed meanwhile would
      submit the old value.
    """

    def __init__(self, dialog: QDialog, submit: QPushButton | None = None) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.submit = submit
        self._snapshot: list[object] | None = None
        self._discard = False
        #: The open "discard what you typed?" question, if any (tests answer it).
        self.question: QMessageBox | None = None
        dialog.installEventFilter(self)

    def dirty(self) -> bool:
        """Whether a field differs from how the dialog opened."""
        return self._snapshot is not None and form_state(self.dialog) != self._snapshot

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if obj is self.dialog:
            if kind == QEvent.Type.Show and self._snapshot is None:
                self._opened()
            elif (kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                  and event.key() == Qt.Key.Key_Escape
                  and event.modifiers() == Qt.KeyboardModifier.NoModifier):
                if self._discard or not self.dirty():
                    return False
                self.ask()
                return True
            elif kind == QEvent.Type.Close and not self._discard and self.dirty():
                event.ignore()
                self.ask()
                return True
            return False
        if kind == QEvent.Type.Shortcut and isinstance(event, QShortcutEvent):
            button = obj.buddy() if isinstance(obj, QLabel) else obj
            if (isinstance(button, QAbstractButton) and button.isCheckable()
                    and button.isEnabled() and not event.isAmbiguous()):
                button.setFocus(Qt.FocusReason.ShortcutFocusReason)
                button.click()  # now, not 100 ms later
                return True
        return False

    def _opened(self) -> None:
        self._snapshot = form_state(self.dialog)
        for w in self.dialog.findChildren(QAbstractButton):
            if w.isCheckable():
                w.installEventFilter(self)
        for label in self.dialog.findChildren(QLabel):
            buddy = label.buddy()
            if isinstance(buddy, QAbstractButton) and buddy.isCheckable():
                label.installEventFilter(self)
        submit = self.submit
        if submit is None:
            for box in self.dialog.findChildren(QDialogButtonBox):
                submit = next((b for b in box.buttons()
                               if box.buttonRole(b) in (QDialogButtonBox.ButtonRole.AcceptRole,
                                                        QDialogButtonBox.ButtonRole.YesRole)
                               and isinstance(b, QPushButton)), None)
                if submit is not None:
                    break
        if submit is not None:
            # setDefault(True) on a button already marked default (before it had a dialog)
            # is a no-op in Qt, and the dialog would then pick another one (Close) itself.
            submit.setDefault(False)
            submit.setDefault(True)
        focus = self.dialog.focusWidget()
        if focus is None or not _is_field(focus, self.dialog):
            target = first_field(self.dialog)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask(self) -> None:
        """Ask whether to discard what was typed; Discard closes the dialog, the rest keeps it."""
        if self.question is not None:
            return
        box = QMessageBox(self.dialog)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard what you typed?"))
        box.setText(self.tr("This form has changes that are not saved. Close it and lose them?"))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.question = box

        def answered(_result: int) -> None:
            self.question = None
            box.deleteLater()
            if box.clickedButton() is discard:
                self._discard = True
                self.dialog.reject()

        box.finished.connect(answered)
        box.open()
