"""The signature badge in the status bar, and the "New since last time" panel.

When a kit opens, the badge says "Checking signature…" at once; a first background task checks the
signature over the manifest (instant), a second one hashes every file (progress shown in the badge).
The reader sees who signed the kit, or that nobody did, or which files changed, before trusting it.
Clicking the badge shows the details (fingerprint, changed, missing and extra files).

The panel lists the items added or changed since this kit was last opened: the window's
:class:`~presskit.ui.newitems.NewItems`, which also badges them in the list and the gallery.
"""

from __future__ import annotations

from ..kit.keys import same_fingerprint
from ..kit.signing import TrustReport, verify_kit
from ..state import previous_signer, remember_signer
from .qt import (
    QLabel, QListWidget, QListWidgetItem, QMessageBox, QObject, QPushButton, Qt, QVBoxLayout, QWidget,
)
from .plainui import plain_box, plain_tip
from .theme import css

_STYLES = {
    "checking": css("color: @MUTED;"),
    "signed": css("color: @GOOD; font-weight: 600;"),
    "unsigned": css("color: @CAUTION;"),
    "modified": css("color: @BAD; font-weight: 600;"),
    "bad-signature": css("color: @BAD; font-weight: 600;"),
}


class TrustBadge(QPushButton):
    """A flat button showing the kit's trust status; click for details.

    Attributes:
        report: the last :class:`~presskit.signing.TrustReport` shown (None while checking).
        final: True once every file was hashed.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("trustBadge")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.report: TrustReport | None = None
        self.final = False
        #: the key this kit was signed with when last opened here ('' if never seen signed)
        self.previous_signer = ""
        self.clicked.connect(self.show_details)
        self.hide()

    def set_checking(self) -> None:
        self.report, self.final = None, False
        self._show("checking", self.tr("Checking signature…"), self.tr("presskit is checking who signed this kit."))

    def set_progress(self, done: int, total: int) -> None:
        if self.report is None or self.final or self.report.status != "signed":
            return
        pct = int(100 * done / max(total, 1))
        self.setText(self.tr("✔ Signed by {0} — checking files {1}%").format(self._who(), pct))

    def set_report(self, rep: TrustReport, final: bool) -> None:
        if self.final and not final:
            return  # the quick result arrived after the full one
        self.report, self.final = rep, final
        was = self.previous_signer
        if was and not (rep.status == "signed" and same_fingerprint(was, rep.fingerprint)):
            text = (self.tr("⚠ Signed with another key than when you last opened it") if rep.status == "signed"
                    else self.tr("⚠ No longer signed, though it was when you last opened it"))
            self._show("bad-signature", text,
                       self.tr("When you last opened this kit here, it was signed with the key {0}. {1}").format(
                           was, rep.summary()))
            return
        tip = rep.summary()
        if rep.status == "signed":
            text = self.tr("✔ Signed by {0}").format(self._who())
            if not final:
                text = self.tr("✔ Signed by {0} — checking files…").format(self._who())
            tip = self.tr("Signed by {0}.\nKey fingerprint: {1}").format(self._who(), rep.fingerprint)
        elif rep.status == "unsigned":
            text = self.tr("Unsigned") if rep.intact else self.tr("⚠ Unsigned, files changed")
            tip = self.tr("Nobody vouches for where this kit comes from.")
        elif rep.status == "modified":
            names = rep.changed + rep.missing
            shown = ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
            text = self.tr("⚠ Modified after signing: {0}").format(shown)
        else:
            text = self.tr("⚠ Bad signature")
        self._show(rep.status, text, tip)

    def _who(self) -> str:
        """The publisher's name as the kit states it: plain, bounded, fingerprint-like text masked."""
        return (self.report.shown_publisher if self.report else "") or self.tr("an unnamed publisher")

    def _show(self, status: str, text: str, tip: str) -> None:
        self.setText(text)
        self.setToolTip(plain_tip(tip))
        self.setAccessibleName(text)
        self.setStyleSheet(f"QPushButton#trustBadge {{ border: none; padding: 0 4px; {_STYLES.get(status, '')} }}")
        self.show()

    def details_text(self) -> str:
        rep = self.report
        if rep is None:
            return self.tr("The check is still running.")
        lines = [rep.summary()]
        if rep.fingerprint:
            lines.append(self.tr("Key fingerprint: {0}").format(rep.fingerprint))
        for label, names in ((self.tr("Changed"), rep.changed), (self.tr("Missing"), rep.missing),
                             (self.tr("Not in the manifest (never shown)"), rep.extra)):
            if names:
                lines.append(f"{label}:\n  " + "\n  ".join(names))
        if rep.files_checked:
            lines.append(self.tr("%n file(s) checked ({0:.1f} MB) in {1:.1f} s.", "", rep.files_checked).format(
                rep.bytes_checked / 1e6, rep.seconds))
        elif not self.final:
            lines.append(self.tr("Files are still being checked."))
        return "\n\n".join(lines)

    def show_details(self) -> None:
        box = plain_box(QMessageBox(QMessageBox.Icon.Information, self.tr("Signature"), self.text(),
                                    QMessageBox.StandardButton.Ok, self.window()))
        box.setInformativeText(self.details_text())
        box.setObjectName("trustDetails")
        box.open()
        self._box = box


class NewItemsPanel(QWidget):
    """Items new or changed since this kit was last opened; activating one opens it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        lay.addWidget(self.label)
        self.list = QListWidget()
        self.list.setObjectName("newItems")
        lay.addWidget(self.list)
        self.ids: list[str] = []

    def set_items(self, kit, ids: set[str]) -> None:
        self.list.clear()
        items = sorted((kit.get(i) for i in ids), key=lambda it: (it.date or "", it.title or it.path), reverse=True)
        self.ids = [it.id for it in items if it is not None]
        self.label.setText(self.tr("%n item(s) new or changed since you last opened this kit.", "", len(self.ids)))
        for it in items:
            if it is None:
                continue
            w = QListWidgetItem(f"{it.title or it.path}" + (f"  ({it.date})" if it.date else ""))
            w.setData(Qt.ItemDataRole.UserRole, it.id)
            self.list.addItem(w)


class TrustController(QObject):
    """Wires the badge and the panel to a main window (see :func:`install_trust_badge`)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.badge = TrustBadge()
        window.signature_slot.addWidget(self.badge)
        self.panel = NewItemsPanel()
        self.tab = window.add_side_tab(self.panel, self.tr("New"))
        window.side.setTabVisible(self.tab, False)
        self.panel.list.itemActivated.connect(
            lambda w: window.open_item(w.data(Qt.ItemDataRole.UserRole)))
        window.new_items.changed.connect(self._new_items_changed)
        window.kitOpened.connect(self.on_kit)
        window.kitFilled.connect(self.check)
        if window.kit is not None:
            self._new_items_changed(window.new_items.ids)

    def on_kit(self, kit) -> None:
        """A kit is shown: "checking" until its signature is checked, which starts once its panes
        are filled (``kitFilled``: after the first search, for a large kit) and reads the manifest
        again, off the GUI thread."""
        self.badge.set_checking()
        self.window.runner.cancel("trust-quick")
        self.window.runner.cancel("trust")

    def check(self, kit) -> None:
        if kit is not self.window.kit:
            return

        def quick(_ctx):
            return _previous_signer(kit), verify_kit(kit, check_files_too=False)

        def full(ctx):
            return _previous_signer(kit), verify_kit(kit, progress=ctx.progress, cancel=ctx.cancelled)

        runner = self.window.runner
        runner.run(quick, key="trust-quick", on_result=lambda r: self._report(kit, *r, final=False),
                   on_error=lambda e, tb: self._failed(e))
        runner.run(full, key="trust", on_result=lambda r: self._report(kit, *r, final=True),
                   on_progress=lambda d, t, _l: self.badge.set_progress(d, t),
                   on_error=lambda e, tb: self._failed(e))

    def _report(self, kit, was: str, rep: TrustReport, final: bool) -> None:
        self.badge.previous_signer = was  # read before this opening could record a signer
        if final:
            self._final(kit, rep)
        else:
            self.badge.set_report(rep, final=False)

    def _final(self, kit, rep: TrustReport) -> None:
        self.badge.set_report(rep, final=True)
        if rep.status == "signed":
            try:
                remember_signer(kit, rep.fingerprint)
            except Exception:  # noqa: BLE001
                pass

    def _failed(self, err: BaseException) -> None:
        rep = TrustReport(status="bad-signature", reason=getattr(err, "message", str(err)))
        self.badge.set_report(rep, final=True)

    def _new_items_changed(self, ids) -> None:
        if self.window.kit is None:
            return
        self.panel.set_items(self.window.kit, ids)
        self.window.side.setTabText(self.tab, self.tr("New (%n)", "", len(self.panel.ids)))
        self.window.side.setTabVisible(self.tab, bool(self.panel.ids))


def _previous_signer(kit) -> str:
    try:
        return previous_signer(kit)
    except Exception:  # noqa: BLE001 - remembering is a convenience
        return ""


def install_trust_badge(window) -> TrustController:
    """Add the signature badge and the "New" panel to ``window`` (a MainWindow)."""
    ctl = TrustController(window)
    window.trust = ctl
    return ctl
