"""File > Import update…: apply an update pack to the open kit folder, in the background.

The pack is checked first (:func:`presskit.kit.updates.plan_update`: same publisher key, newer
edition, made for this kit), and the reader is shown exactly what it adds, changes and removes, as
computed from the signed manifests (never from the pack's own description), in plain text. Then
:func:`presskit.kit.updates.apply_update` runs in a worker with a cancellable progress dialog, doing
that same plan; on success the kit is reopened, and the "New" panel lists what arrived.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..kit.archive import PackedKit
from ..plaintext import plain
from .qt import QAction, QFileDialog, QMessageBox, QObject, QProgressDialog, Qt

if TYPE_CHECKING:
    from ..kit.updates import UpdatePlan

#: How many items the confirmation names in its text (all of them are in its details).
_SHOWN = 12


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
        """Check the pack in the background, show what it would do, ask, then apply it."""
        kit = self.window.kit
        if kit is None or isinstance(kit, PackedKit):
            return
        from ..kit.updates import plan_update  # with the build machinery: not needed to start the window

        root = str(kit.root)
        self.window.runner.run(lambda ctx: plan_update(root, path), key="update-describe",
                               on_result=lambda plan: self._described(root, path, plan),
                               on_error=lambda e, tb: self.window.show_error(
                                   self.tr("This update cannot be applied; the kit is unchanged."), e, tb))

    def confirmation_text(self, plan: UpdatePlan) -> str:
        """What the reader is asked to confirm: who signed it and every item it adds, changes, removes."""
        if plan.signed:
            who = self.tr("signed by {0}\nKey fingerprint: {1}").format(plan.publisher or self.tr("an unnamed publisher"),
                                                                       plan.fingerprint)
        else:
            who = self.tr("NOT signed: nothing shows where it comes from")
        lines = [self.tr("Update for “{0}”, {1}.").format(plan.title, who), ""]
        for label, names in ((self.tr("New"), plan.added), (self.tr("Changed"), plan.changed),
                             (self.tr("Removed"), plan.removed)):
            if names:
                lines.append(self.tr("{0} ({1}):").format(label, len(names)))
                lines += [f"  {plan.titles.get(n, plain(n))}" for n in names[:_SHOWN]]
                if len(names) > _SHOWN:
                    lines.append("  " + self.tr("… and {0} more (Show Details)").format(len(names) - _SHOWN))
        if not (plan.added or plan.changed or plan.removed):
            lines.append(self.tr("It changes no document."))
        return "\n".join(lines)

    def details_text(self, plan: UpdatePlan) -> str:
        rows = [(self.tr("NEW"), plan.added), (self.tr("CHANGED"), plan.changed), (self.tr("REMOVED"), plan.removed)]
        return "\n".join(f"{label:8} {plain(n, 0)}  —  {plan.titles.get(n, '')}" for label, names in rows for n in names)

    def confirm(self, plan: UpdatePlan) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import update"), self.confirmation_text(plan),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(self.details_text(plan))
        box.setInformativeText(self.tr("presskit checked that it comes from the same publisher as this kit "
                                       "and is newer; the list above is what applying it does."))
        return box.exec() == QMessageBox.StandardButton.Yes

    def _described(self, kit_root: str, path: str, plan: UpdatePlan) -> None:
        if plan.up_to_date:
            self.window.statusBar().showMessage(self.tr("This update is already applied; nothing to do."), 10000)
            return
        if not self.confirm(plan):
            return
        dlg = QProgressDialog(self.tr("Applying the update…"), self.tr("Cancel"), 0, 0, self.window)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(300)
        dlg.setAutoClose(False)
        self.progress = dlg

        from ..kit.updates import apply_update

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
        self.window.statusBar().showMessage(plain(result.summary(), 300), 10000)
        self.window.open_kit(str(result.kit))

    def _failed(self, err: BaseException, tb: str) -> None:
        self._close_progress()
        self.window.show_error(self.tr("The update was not applied; the kit is unchanged."), err, tb)


def install_import_update(window) -> ImportUpdate:
    """Add File > Import update… to ``window`` (a MainWindow)."""
    imp = ImportUpdate(window)
    window.import_update = imp
    return imp
