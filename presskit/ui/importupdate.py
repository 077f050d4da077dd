"""File > Import update…: apply an update pack to the open kit folder, in the background.

The pack is described first (title, publisher, what it adds), the reader confirms, then
:func:`presskit.updates.apply_update` runs in a worker with a cancellable progress dialog. The kit is
only changed if the update is signed by the same publisher key (see docs/trust.md); on success the
kit is reopened, and the "New" panel lists what arrived.
"""

from __future__ import annotations

from pathlib import Path

from ..kit.archive import PackedKit
from ..kit.updates import apply_update, describe_pack
from .qt import QAction, QFileDialog, QMessageBox, QObject, QProgressDialog, Qt


class ImportUpdate(QObject):
    """The action and its work. ``confirm(info) -> bool`` may be replaced (tests)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Import &update…"), window)
        self.action.setObjectName("importUpdate")
        self.action.setStatusTip(self.tr("Apply a day's update pack (.presskit) from the kit's publisher"))
        self.action.triggered.connect(self.choose)
        self.action.setEnabled(False)
        window.add_action("file", self.action, before=getattr(window, "close_action", None))
        window.kitOpened.connect(self._kit_changed)
        self.progress: QProgressDialog | None = None
        self.task = None
        self.last_result = None

    def _kit_changed(self, kit) -> None:
        self.action.setEnabled(kit is not None and not isinstance(kit, PackedKit))

    def choose(self) -> None:
        kit = self.window.kit
        start = str(Path(kit.root).parent) if kit else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import an update"), start,
                                              self.tr("presskit updates (*.presskit)"))
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        """Describe the pack in the background, ask, then apply it."""
        kit = self.window.kit
        if kit is None or isinstance(kit, PackedKit):
            return
        self.window.runner.run(lambda ctx: describe_pack(path), key="update-describe",
                               on_result=lambda info: self._described(str(kit.root), path, info),
                               on_error=lambda e, tb: self.window.show_error(
                                   self.tr("This update cannot be read."), e, tb))

    def confirm(self, info: dict) -> bool:
        parts = []
        for key, label in (("added", self.tr("%n new item(s)", "", len(info.get("added", [])))),
                           ("changed", self.tr("%n changed item(s)", "", len(info.get("changed", [])))),
                           ("removed", self.tr("%n removed item(s)", "", len(info.get("removed", []))))):
            if info.get(key):
                parts.append(label)
        who = info.get("publisher") or self.tr("an unnamed publisher")
        signed = self.tr("signed by {0}").format(who) if info.get("signed") else self.tr("NOT signed")
        text = self.tr("Update for “{0}”, {1}: {2}.").format(info.get("title", ""), signed,
                                                           ", ".join(parts) or self.tr("no new items"))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import update"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.window)
        box.setInformativeText(self.tr("presskit checks that it comes from the same publisher as this kit "
                                       "before changing anything."))
        return box.exec() == QMessageBox.StandardButton.Yes

    def _described(self, kit_root: str, path: str, info: dict) -> None:
        if not self.confirm(info):
            return
        dlg = QProgressDialog(self.tr("Applying the update…"), self.tr("Cancel"), 0, 0, self.window)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(300)
        dlg.setAutoClose(False)
        self.progress = dlg

        def work(ctx):
            return apply_update(kit_root, path, progress=ctx.progress, cancel=ctx.cancelled)

        def progress(done: int, total: int, label: str) -> None:
            if total:
                dlg.setMaximum(total)
                dlg.setValue(min(done, total))
            dlg.setLabelText(self.tr("Applying the update: {0}").format(label))

        self.task = self.window.runner.run(work, key="update-apply", on_result=self._done,
                                           on_error=self._failed, on_progress=progress,
                                           on_cancelled=self._close_progress)
        dlg.canceled.connect(self.task.cancel)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _done(self, result) -> None:
        self._close_progress()
        self.last_result = result
        self.window.statusBar().showMessage(result.summary(), 10000)
        self.window.open_kit(str(result.kit))

    def _failed(self, err: BaseException, tb: str) -> None:
        self._close_progress()
        self.window.show_error(self.tr("The update was not applied; the kit is unchanged."), err, tb)


def install_import_update(window) -> ImportUpdate:
    """Add File > Import update… to ``window`` (a MainWindow)."""
    imp = ImportUpdate(window)
    window.import_update = imp
    return imp
