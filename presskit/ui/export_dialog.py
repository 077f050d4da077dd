"""The export dialog: format, destination, burn-credit option; runs the export in the background.

The export itself is :func:`presskit.export.export_items`, run through the window's
:class:`~presskit.ui.tasks.TaskRunner` (progress bar and Cancel in the dialog; the window stays live).
Photos without a known credit are listed and the user is asked before they are exported.

Signals of :class:`ExportDialog`:
    exportFinished(object): the :class:`~presskit.export.ExportReport` of a finished export.
    exportFailed(str): the sentence of an error (also shown in the dialog).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import PresskitError
from ..export import FORMATS, MissingCreditError, default_export_name, missing_credits
from . import i18n
from .plainui import plain_box, plain_label
from .qt import (
    QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, Qt, QtWidgets, QVBoxLayout, Signal,
)

QRadioButton = QtWidgets.QRadioButton
QCheckBox = QtWidgets.QCheckBox
QProgressBar = QtWidgets.QProgressBar


class ExportDialog(QDialog):
    exportFinished = Signal(object)
    exportFailed = Signal(str)

    def __init__(self, kit, item_ids: list[str], runner, settings=None, parent=None, *, ask=None):
        """
        Args:
            kit: the opened kit.
            item_ids: what to export.
            runner: a :class:`~presskit.ui.tasks.TaskRunner` (the window's).
            settings: :class:`~presskit.ui.settings.Settings` (remembers format and burn option), or None.
            ask: ``ask(title, text) -> bool`` for the missing-credit question; default: a QMessageBox.
        """
        super().__init__(parent)
        self.kit = kit
        self.item_ids = list(item_ids)
        self.runner = runner
        self.settings = settings
        self.ask = ask or self._ask_box
        self.task = None
        self.report = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the selection"))
        self.setMinimumWidth(600)
        items = [it for it in (kit.get(i) for i in self.item_ids) if it is not None]
        n_photos = sum(1 for it in items if it.is_photo)

        lay = QVBoxLayout(self)
        summary = QLabel(self.tr("%n item(s)", "", len(items)) + (self.tr(", of which %n photo(s)", "", n_photos)
                                                                   if n_photos else ""))
        summary.setObjectName("exportSummary")
        lay.addWidget(summary)

        self._add_format_and_path(lay)
        self.burn_box = QCheckBox(self.tr("Print each photo's credit in a white strip under the image"))
        self.burn_box.setObjectName("burnCredit")
        self.burn_box.setEnabled(n_photos > 0)
        lay.addWidget(self.burn_box)
        self._add_progress_and_buttons(lay)

        fmt = settings.get("export_format") if settings else "zip"
        self.format_buttons.get(fmt, self.format_buttons["zip"]).setChecked(True)
        self._format_changed(self.format())
        if settings:
            self.burn_box.setChecked(bool(settings.get("export_burn_credit")))

    def _add_format_and_path(self, lay: QVBoxLayout) -> None:
        """The three formats, one radio button each, and where to write."""
        lay.addWidget(QLabel(self.tr("Export as:")))
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        labels = {
            "zip": self.tr("ZIP archive: the files by kind, CREDITS.txt, index.html"),
            "folder": self.tr("Folder: the same, unpacked (e.g. onto a USB stick)"),
            "pdf": self.tr("One PDF: cover, contents, bookmarks, photos with credits"),
        }
        for fmt in ("zip", "folder", "pdf"):
            b = QRadioButton(labels[fmt])
            b.setObjectName(f"format-{fmt}")
            self.format_group.addButton(b)
            self.format_buttons[fmt] = b
            b.toggled.connect(lambda on, fmt=fmt: on and self._format_changed(fmt))
            lay.addWidget(b)

        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setAccessibleName(self.tr("Export to"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_path)
        row.addWidget(QLabel(self.tr("To:")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        lay.addLayout(row)

    def _add_progress_and_buttons(self, lay: QVBoxLayout) -> None:
        """The progress bar, the status sentence, Export and Cancel."""
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        lay.addWidget(self.progress)
        self.status = plain_label(QLabel())
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.export_btn = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_btn.setObjectName("startExport")
        self.cancel_btn = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_btn.clicked.connect(self.start)
        self.cancel_btn.clicked.connect(self.cancel)
        lay.addWidget(self.buttons)

    # -- choices ---------------------------------------------------------------------------------
    def format(self) -> str:
        for fmt, b in self.format_buttons.items():
            if b.isChecked():
                return fmt
        return "zip"

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def _format_changed(self, fmt: str) -> None:
        current = self.path_edit.text().strip()
        base = Path(current).parent if current else Path.home()
        self.path_edit.setText(str(base / default_export_name(self.kit.info, fmt, language=i18n.current() or "en")))
        self.burn_box.setVisible(fmt != "pdf")

    def choose_path(self) -> None:
        fmt = self.format()
        current = self.path_edit.text()
        if fmt == "folder":
            parent = QFileDialog.getExistingDirectory(self, self.tr("Export into which folder?"),
                                                      str(Path(current).parent))
            if parent:
                self.path_edit.setText(str(Path(parent) / Path(current).name))
            return
        flt = self.tr("ZIP archives (*.zip)") if fmt == "zip" else self.tr("PDF documents (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), current, flt)
        if path:
            ext = "." + fmt
            self.path_edit.setText(path if path.lower().endswith(ext) else path + ext)

    # -- running ---------------------------------------------------------------------------------
    def _ask_box(self, title: str, text: str) -> bool:
        box = plain_box(QMessageBox(QMessageBox.Icon.Question, title, text,
                                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def start(self) -> None:
        """Check the choices, ask about photos without credit, then export in the background."""
        from ..export import export_items

        if self.task is not None:
            return
        out = Path(self.path_edit.text().strip()).expanduser()
        if not self.path_edit.text().strip():
            self._fail(self.tr("Choose where to export to."))
            return
        fmt = self.format()
        if fmt != "folder" and out.suffix.lower() != f".{fmt}":
            out = out.with_name(out.name + f".{fmt}")
        if fmt == "folder" and out.is_dir() and any(out.iterdir()):  # Export again: said in the reader's language
            self._fail(self.tr("The folder {0} already exists and is not empty. Choose a new folder name.").format(out))
            return
        allow = False
        missing = missing_credits(it for it in (self.kit.get(i) for i in self.item_ids) if it is not None)
        if missing:
            names = "\n".join(f"• {it.title or it.path}" for it in missing[:12])
            more = self.tr("\n… and %n more", "", len(missing) - 12) if len(missing) > 12 else ""
            if not self.ask(self.tr("Photos without a credit"),
                            self.tr("%n photo(s) have no known credit:", "", len(missing)) + f"\n{names}{more}\n\n"
                            + self.tr("Export them anyway? Check with the publisher before using them.")):
                self.status.setText(self.tr("Not exported. Unmark those photos, or export anyway."))
                return
            allow = True
        burn = self.burn_box.isChecked() and fmt != "pdf"
        if self.settings:
            self.settings.set("export_format", fmt)
            self.settings.set("export_burn_credit", self.burn_box.isChecked())
        kit, ids = self.kit, list(self.item_ids)
        self.progress.setVisible(True)
        self.progress.setRange(0, max(1, len(ids) + 1))
        self.progress.setValue(0)
        self.status.setText(self.tr("Exporting…"))
        self.export_btn.setEnabled(False)
        for b in self.format_buttons.values():
            b.setEnabled(False)
        lang = i18n.current() or "en"  # the export's own words follow the interface
        self.task = self.runner.run(
            lambda ctx: export_items(kit, ids, fmt, out, progress=ctx.progress, cancel=ctx.cancelled,
                                     burn_credit=burn, allow_missing_credit=allow, language=lang),
            on_result=self._done, on_error=self._error, on_progress=self._progress,
            on_cancelled=self._cancelled, key="export")

    def cancel(self) -> None:
        """Stop a running export (nothing is left behind), or close the dialog."""
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Stopping…"))
        else:
            self.reject()

    def _progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(min(done, total))
        if label:
            self.status.setText(self.tr("Exporting… {0}").format(label))

    def _reset(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.export_btn.setEnabled(True)
        for b in self.format_buttons.values():
            b.setEnabled(True)

    def _done(self, report) -> None:
        self._reset()
        self.report = report
        text = self.tr("Exported %n item(s) to {0}.", "", len(report.items)).format(report.path)
        if report.warnings:
            text += "\n" + self.tr("Warnings:") + "\n" + "\n".join(f"• {w}" for w in report.warnings)
        self.status.setText(text)
        self.export_btn.setText(self.tr("Export again"))
        self.cancel_btn.setText(self.tr("Close"))
        self.exportFinished.emit(report)

    def _error(self, err: BaseException, tb: str) -> None:
        self._reset()
        if isinstance(err, MissingCreditError):  # the kit changed under us: ask again next time
            msg = err.message
        elif isinstance(err, PresskitError):
            msg = err.message
        else:
            msg = self.tr("The export failed: {0}").format(err)
        self._fail(msg)

    def _fail(self, msg: str) -> None:
        self.status.setText(msg)
        self.exportFailed.emit(msg)

    def _cancelled(self) -> None:
        self._reset()
        self.status.setText(self.tr("Export cancelled; nothing was written."))

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
        super().reject()


__all__ = ["ExportDialog", "FORMATS"]
