"""Password-protected PDFs and files the builder left out: a mixin of the reading pane.

A kit PDF that needs a password asks for it (window-modal, typed characters hidden); a wrong one is said
so, Cancel leaves an "Enter the password…" link. A PDF the builder left out of the index (protected,
damaged) can still be opened from the About page when it is in the kit folder.
"""

from __future__ import annotations

from ..model import Item
from .qt import QInputDialog, QLineEdit


class ProtectedFiles:
    """The password half of :class:`~presskit.ui.reader.ReaderPane`."""

    # -- password-protected PDFs -------------------------------------------------------------
    def _password_required(self, wrong: bool) -> None:
        name = self.title.text() or self.tr("This PDF")
        if wrong:
            self._show_message(self.tr("That password is not right, so “{0}” stays closed.").format(name),
                               ("password", self.tr("Try another password…")))
        else:
            self._show_message(self.tr("“{0}” is protected by a password.").format(name),
                               ("password", self.tr("Enter the password…")))
        self.ask_password(wrong)

    def ask_password(self, wrong: bool = False) -> QInputDialog | None:
        """Ask for the PDF's password (window-modal, typed characters hidden); the PDF threads try it."""
        if not self.pdf.needs_password:
            return None
        self._close_password_dialog()
        name = self.title.text() or self.tr("This PDF")
        dlg = QInputDialog(self)
        dlg.setObjectName("pdfPasswordDialog")
        dlg.setWindowTitle(self.tr("Password needed"))
        label = self.tr("“{0}” is protected by a password. Enter it to read the document:").format(name)
        if wrong:
            label = self.tr("That password is not right. Try again, or ask the kit's publisher for it.") + "\n\n" + label
        dlg.setLabelText(label)
        dlg.setInputMode(QInputDialog.InputMode.TextInput)
        dlg.setTextEchoMode(QLineEdit.EchoMode.Password)
        dlg.setOkButtonText(self.tr("Open"))
        dlg.setCancelButtonText(self.tr("Cancel"))
        gen = self.pdf._gen
        dlg.textValueSelected.connect(lambda pw: self.pdf.unlock(pw) if self.pdf._gen == gen else None)
        dlg.open()
        self.password_dialog = dlg
        return dlg

    def _close_password_dialog(self) -> None:
        dlg, self.password_dialog = self.password_dialog, None
        if dlg is not None:
            dlg.blockSignals(True)
            dlg.close()
            dlg.deleteLater()

    # -- files left out of the kit -------------------------------------------------------------
    def _about_link(self, url) -> None:
        href = url.toString()
        if href.startswith("skipped:"):
            self.open_skipped(href[len("skipped:"):])
        else:
            self.linkActivated.emit(href)

    def open_skipped(self, n: str | int) -> bool:
        """Open a PDF the builder left out (e.g. password-protected) that is still in the kit folder."""
        kit = self.kit
        try:
            entry = kit.skipped[int(n)]
            rel = str(entry.get("path", ""))
            root = kit.root.resolve()
            path = (root / rel).resolve()
            ok = root.is_dir() and path.is_relative_to(root) and path.is_file() and path.suffix.lower() == ".pdf"
        except (AttributeError, IndexError, ValueError, TypeError, OSError):
            ok = False
        if not ok:
            return False
        item = Item(id=f"skipped:{rel}", path=path.relative_to(root).as_posix(), sha256="", bytes=0,
                    kind="other", media="pdf", title=path.name)
        self.show_item(kit, item)
        return True
