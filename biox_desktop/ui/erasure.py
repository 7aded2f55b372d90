""""Erase this person…": the confirmation that names the person and what goes, then the erasure
through the operations worker (the screen never touches the database)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from biox_desktop.db.erasure import ErasureResult
from biox_desktop.ui.operations import Operations, show_error


class ErasureDialog(QDialog):
    """Asks to confirm the erasure of one person, with an optional basis, then runs it."""

    def __init__(self, ops: Operations, person_id: str, name: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ops = ops
        self.person_id = person_id
        #: What the erasure did, once it is done (None before, or when it failed).
        self.result_: ErasureResult | None = None
        self.setWindowTitle(self.tr("Erase this person"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.message = QLabel(self.tr(
            "Erase {name} from this laptop, the server and every laptop that syncs?\n\n"
            "Their name, e-mails, phones, photo and notes, their leads, consents, follow-up "
            "notes, roster entries, meeting and programme places, merge history, unsent "
            "changes and the backups that hold them are removed. Only a record of the erasure "
            "stays (who, when, why), so that importing their card again warns.\n\n"
            "This cannot be undone.").format(name=name or self.tr("(no name)")))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("&Basis (the request, the legal ground):")))
        self.basis = QLineEdit()
        self.basis.setAccessibleName(self.tr("Basis of the erasure"))
        layout.itemAt(layout.count() - 1).widget().setBuddy(self.basis)  # type: ignore[union-attr]
        layout.addWidget(self.basis)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("&Erase"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setAccessibleName(self.tr("Erase the person"))
        self.buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.erase)
        layout.addWidget(self.buttons)
        self.basis.setFocus()

    def erase(self) -> None:
        """Run the erasure (backups included) in the background; close when it is done."""
        self.erase_button.setEnabled(False)
        person_id, basis = self.person_id, self.basis.text().strip() or None

        def work(ws: Any) -> ErasureResult:
            from biox_desktop.db.erasure import ErasureService

            return ErasureService(ws).erase(person_id, basis=basis, backups=ws.backups)

        def done(result: ErasureResult) -> None:
            self.result_ = result
            self.accept()

        def failed(error: BaseException) -> None:
            self.erase_button.setEnabled(True)
            show_error(self, error)

        self.ops.run(work, success=done, failure=failed, changes={"leads", "people", "roster"},
                     parent=self)
