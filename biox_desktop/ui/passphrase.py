"""Asking for the passphrase of a data folder on a computer without an OS keyring.

The database key is normally kept in the OS keyring; where none works (a headless or bare Linux
desktop), it is derived from a passphrase the person types at each start (see
:mod:`biox_desktop.db.crypto`). These dialogs appear before the main window exists.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.ui import theme
from biox_desktop.ui.forms import ERROR_STYLE

#: The shortest passphrase accepted for a new folder.
MIN_LENGTH = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("PassphraseDialog", text)


class PassphraseDialog(QDialog):
    """One or two password fields; ``new`` asks to choose a passphrase (typed twice)."""

    def __init__(self, new: bool, error: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(_tr("bioX Missions: passphrase"))
        layout = QVBoxLayout(self)
        # Sized by its content, so the wrapped explanation and the error are never cut.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)
        if new:
            text = _tr("No password store (OS keyring) works on this computer, so the "
                       "database cannot keep its key there. Choose a passphrase: it is asked "
                       "for at each start and nobody can recover it for you.")
        else:
            text = _tr("This data folder is protected by a passphrase.")
        intro = QLabel(text)
        intro.setWordWrap(True)
        intro.setMinimumWidth(440)  # a wrapped explanation needs a width to wrap in
        layout.addWidget(intro)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("passphrase")
        self.first.setAccessibleName(_tr("Passphrase"))
        layout.addWidget(self.first)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setObjectName("passphrase_again")
        self.second.setAccessibleName(_tr("Passphrase again"))
        self.second.setPlaceholderText(_tr("Type it again"))
        self.second.setVisible(new)
        layout.addWidget(self.second)
        self.error = QLabel(error or "")
        theme.tint(self.error, ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first.setFocus()

    def _accept(self) -> None:
        typed = self.first.text()
        problem = None
        if not typed:
            problem = _tr("Type the passphrase.")
        elif self.new and len(typed) < MIN_LENGTH:
            problem = _tr("Choose at least {n} characters.").replace("{n}", str(MIN_LENGTH))
        elif self.new and self.second.text() != typed:
            problem = _tr("The two passphrases differ.")
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()


def ask_new_passphrase() -> str | None:
    dialog = PassphraseDialog(new=True)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_passphrase(error: str | None = None) -> str | None:
    dialog = PassphraseDialog(new=False, error=error)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
