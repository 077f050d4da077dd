"""The library on the start page: the reader's kits, one search across them, and what is new.

:class:`LibraryPanel` takes the place of the recent kits on the start page
(``StartPage.set_kit_list``). It lists every kit of the library (publisher, event, dates,
languages, size, signature state, what is new; a kit whose stick is out stays, marked absent), offers
"Add kits from a folder or USB stick…", "Add a kit file…" and "Remove from library", searches every
kit as one as the reader types (each result labelled with its kit and its signature state, narrowed
by kit and organisation), and shows the saved searches' alerts ("3 new for Article 5").

Library work runs on one worker thread of its own (:class:`~presskit.ui.librarywork.LibraryWorker`,
with the work it does there); stale searches are dropped by the task runner. Kit-supplied text is
shown as plain text only.

Signals (LibraryPanel):
    kitChosen(str): open this kit (the start page opens it).
    hitChosen(str, str, int, object): open this kit at this item and page, highlighting these terms.
    libraryChanged(): kits were added or removed.
    backRequested(): Esc with nothing typed: back to the kit being read, if any.
"""

from __future__ import annotations

import html
import re

from ..errors import PresskitError
from ..library.names import tell_apart
from ..plaintext import plain
from ..sizes import NBSP, file_size
from . import i18n
from .qt import (
    QComboBox, QFileDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QTimer, Qt, QVBoxLayout, QWidget, Signal, translate,
)
from .flow import FlowLayout
from .labels import search_advice
from .librarywork import LibraryWorker, _add_kits, _refresh_and_alerts
from .theme import css

ROLE = Qt.ItemDataRole.UserRole
_TAGS = re.compile(r"</?b>")


def trust_text(signature: str, publisher: str) -> str:
    """A short, translated signature state for a kit row or a result."""
    if signature == "signed":
        return translate("LibraryPanel", "Signed by {0}").format(plain(publisher, 60)) if publisher else \
            translate("LibraryPanel", "Signed")
    states = {"unsigned": translate("LibraryPanel", "Unsigned"),
              "modified": translate("LibraryPanel", "Changed after signing"),
              "bad-signature": translate("LibraryPanel", "Signature fails")}
    return states.get(signature) or translate("LibraryPanel", "Not checked")


def apart_text(facts: list[tuple[str, str]]) -> str:
    """What sets a kit apart from the kits of its name (:func:`presskit.library.names.tell_apart`),
    in words: "2025-11-10 – 2025-11-21 · folder KINGSTON/cop-kit"."""
    words = {"title": "{0}", "dates": "{0}",
             "publisher": translate("LibraryPanel", "published by {0}"),
             "built": translate("LibraryPanel", "built {0}"),
             "folder": translate("LibraryPanel", "folder {0}"),
             "file": translate("LibraryPanel", "file {0}")}
    missing = {"title": translate("LibraryPanel", "untitled"), "dates": translate("LibraryPanel", "no dates"),
               "publisher": translate("LibraryPanel", "no publisher named"),
               "built": translate("LibraryPanel", "no build date")}
    phrases = (words[f].format(plain(v, 60)) if v else missing.get(f, "") for f, v in facts)
    # Each fact is kept on one line (no-break spaces inside it): a long title wraps its row between
    # facts, never between "folder" and its path or inside a date range.
    return " · ".join(p.replace(" ", NBSP) for p in phrases)


def size_text(n: int) -> str:
    """A kit's size in the interface's language: 420 KB, 3.1 MB / 420 Ko, 3,1 Mo."""
    return file_size(n, i18n.current())


class LibraryPanel(QWidget):
    """See the module docstring."""

    kitChosen = Signal(str)
    hitChosen = Signal(str, str, int, object)
    libraryChanged = Signal()
    backRequested = Signal()

    def __init__(self, parent=None, worker: LibraryWorker | None = None, refresh: bool = True):
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.worker = worker or LibraryWorker(self)
        self.entries: list = []
        self.apart: dict[str, str] = {}  # kit id -> what sets it apart from kits of the same title
        self.kit_names: dict[str, str] = {}  # kit id -> its name in the kit filter and on results
        self.results = None
        self.alerts: list = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setObjectName("librarySearch")
        self.query.setPlaceholderText(self.tr("Search every kit of your library"))
        self.query.setAccessibleName(self.tr("Search every kit of your library"))
        self.query.setClearButtonEnabled(True)
        self.save_btn = QPushButton(self.tr("Save search…"))
        self.save_btn.setToolTip(self.tr("Be told what is new for this search when a kit or an update arrives"))
        row.addWidget(self.query, 1)
        row.addWidget(self.save_btn)
        lay.addLayout(row)
        filters = QHBoxLayout()
        self.kit_filter = QComboBox()
        self.kit_filter.setAccessibleName(self.tr("Kit"))
        self.org_filter = QComboBox()
        self.org_filter.setAccessibleName(self.tr("Organisation"))
        for c in (self.kit_filter, self.org_filter):
            c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            c.setMinimumContentsLength(18)
            filters.addWidget(c, 1)
        self.filters_row = QWidget()
        self.filters_row.setLayout(filters)
        lay.addWidget(self.filters_row)
        self.alert_list = self._list("libraryAlerts", self.tr("What is new for your saved searches"))
        self.alert_list.setMaximumHeight(110)
        lay.addWidget(self.alert_list)
        self.status = QLabel()
        self.status.setObjectName("libraryStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(css("color: @MUTED;"))
        lay.addWidget(self.status)
        self.kit_list = self._list("libraryKits", self.tr("Kits in your library"))
        self.result_list = self._list("libraryResults", self.tr("Results from every kit"))
        lay.addWidget(self.kit_list, 1)
        lay.addWidget(self.result_list, 1)
        buttons = FlowLayout(spacing=6, justify=False)  # wraps to two rows rather than cut a label (French, 1024 px)
        self.scan_btn = QPushButton(self.tr("Add kits from a folder or USB stick…"))
        self.add_btn = QPushButton(self.tr("Add a kit file…"))
        self.remove_btn = QPushButton(self.tr("Remove from library"))
        self.remove_btn.setToolTip(self.tr("The kit's files are not touched"))
        for b in (self.scan_btn, self.add_btn, self.remove_btn):
            buttons.addWidget(b)
        self.buttons_row = QWidget()
        self.buttons_row.setLayout(buttons)
        lay.addWidget(self.buttons_row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._first_result)
        self.kit_filter.activated.connect(lambda _i: self.search_now())
        self.org_filter.activated.connect(lambda _i: self.search_now())
        self.kit_list.itemActivated.connect(self._kit_activated)
        self.result_list.itemActivated.connect(self._hit_activated)
        self.alert_list.itemActivated.connect(self._alert_activated)
        self.save_btn.clicked.connect(self.save_search)
        self.scan_btn.clicked.connect(self.choose_folder)
        self.add_btn.clicked.connect(self.choose_file)
        self.remove_btn.clicked.connect(self.remove_current)
        self.setTabOrder(self.query, self.save_btn)
        self._show_results(False)
        self.reload(refresh)

    def _list(self, name: str, accessible: str) -> QListWidget:
        w = QListWidget()
        w.setObjectName(name)
        w.setAccessibleName(accessible)
        w.setWordWrap(True)
        w.setTextElideMode(Qt.TextElideMode.ElideNone)
        w.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows wrap to the width, never scroll sideways
        w.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # (the side margin is the list's, not a row's: a row's height is worked out for the list's full width, so
        # padding at a row's sides wrapped its text onto one more line than the height allows and cut the last off)
        w.setStyleSheet(css(f"QListWidget#{name} {{ padding: 0px 4px; }}"
                            f" QListWidget#{name}::item {{ padding: 6px 0px; border-bottom: 1px solid @LINE_LIGHT; }}"
                            f" QListWidget#{name}::item:selected {{ background: @SELECTED; color: black; }}"))
        return w

    # -- the list of kits ---------------------------------------------------------------------
    def reload(self, refresh: bool = True) -> None:
        """Show the library as last saved (no kit is opened: instant), then refresh it off-thread
        (unless ``refresh`` is False)."""
        from ..library.catalog import Library

        try:
            lib = Library()
        except PresskitError as e:
            self.status.setText(e.message)
            return
        self._set_entries(lib.kits)
        if lib.notice:
            self.status.setText(lib.notice)
        if refresh:
            self.worker.run(lambda ctx, s: _refresh_and_alerts(s), self._refreshed, self._failed, "refresh")

    def _set_entries(self, entries: list) -> None:
        current = self.current_entry()
        self.entries = list(entries)
        self.apart = {k: apart_text(f) for k, f in tell_apart(self.entries).items()}
        by_org = tell_apart(self.entries, lambda e: e.organisation or e.title)
        self.kit_names = {e.id: plain(e.organisation or e.title, 60)
                          + (f" ({apart_text(by_org[e.id])})" if e.id in by_org else "") for e in self.entries}
        self.kit_list.clear()
        for e in self.entries:
            row = QListWidgetItem(self.kit_row_text(e))
            row.setData(ROLE, e.id)
            row.setToolTip(e.path)
            colour = {"signed": "@GOOD", "unsigned": "@CAUTION"}.get(e.signature, "@BAD")
            row.setForeground(self.palette().placeholderText() if not e.present else
                              _qcolor(css(colour)))
            self.kit_list.addItem(row)
        ids = [e.id for e in self.entries]
        self.kit_list.setCurrentRow(ids.index(current.id) if current and current.id in ids else 0)
        self.remove_btn.setEnabled(bool(self.entries))
        self.kit_filter.clear()
        self.kit_filter.addItem(self.tr("All kits"), "")
        for e in self.entries:
            self.kit_filter.addItem(self.kit_names[e.id], e.id)
        if not self.entries:
            self.status.setText(self.tr("Your library is empty. Open a kit, drop one here, or add the kits "
                                        "of a folder or USB stick: they stay listed and are searched together."))
        else:
            absent = sum(not e.present for e in self.entries)
            text = self.tr("%n kit(s) in your library", "", len(self.entries))
            if absent:
                text += " · " + self.tr("%n not found (drive not plugged in)", "", absent)
            self.status.setText(text)

    def kit_row_text(self, e) -> str:
        """Three plain-text lines for a kit of the list; a kit whose title another kit has says on its
        first line what sets it apart (its dates, publisher, build day or place)."""
        who = plain(e.organisation or e.publisher or e.title, 80)
        apart = f"  ({self.apart[e.id]})" if e.id in self.apart else ""
        first = f"{plain(e.title, 100)}{apart}  —  {who}"
        if not e.present:
            first += "  " + self.tr("(not found: plug in its drive)")
        dates = " – ".join(x for x in (e.start, e.end) if x)
        languages = ", ".join(dict.fromkeys(plain(x, 8).upper() for x in e.languages))
        short = (dates, languages, self.tr("%n document(s)", "", e.items), size_text(e.bytes))
        # the short facts never break inside (a date range, "3 documents"); the event's name may wrap
        facts = [plain(e.event, 60)] + [f.replace(" ", NBSP) for f in short]
        third = trust_text(e.signature, e.publisher)
        if e.new:
            third += "  ·  " + self.tr("%n new", "", e.new)
        return "\n".join((first, "  ·  ".join(f for f in facts if f), third))

    def current_entry(self):
        row = self.kit_list.currentItem() if hasattr(self, "kit_list") else None
        key = row.data(ROLE) if row else None
        return next((e for e in self.entries if e.id == key), None)

    def _refreshed(self, result) -> None:
        entries, alerts = result
        self._set_entries(entries)
        self.set_alerts(alerts)

    def _failed(self, err: BaseException, _tb: str) -> None:
        self.status.setText(err.message if isinstance(err, PresskitError) else str(err))

    def _kit_activated(self, row: QListWidgetItem) -> None:
        e = next((x for x in self.entries if x.id == row.data(ROLE)), None)
        if e is not None:
            self.kitChosen.emit(e.path)

    def focus_first(self) -> None:
        self.query.setFocus(Qt.FocusReason.OtherFocusReason)

    def remember_kit(self, kit) -> None:
        """A kit was opened in the window: it joins the library (the window indexes it itself)."""
        loc = _location(kit)
        if any(e.path == loc for e in self.entries):
            self.worker.changed()  # it may have been updated: new documents for the saved searches
            self.reload()
            return
        self.worker.run(lambda ctx, s: _add_kits(ctx, [loc], index=False), self._added, self._failed, "remember")

    def kit_indexed(self) -> None:
        """The window's kit has a usable index now: the library thread's searcher, which left that kit
        out while it had none, opens the kits again at its next task (and a search shown runs again)."""
        self.worker.changed()
        if self.query.text().strip():
            self.search_now()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Esc: clear the search, else back to the kit being read."""
        if event.key() == Qt.Key.Key_Escape:
            if self.query.text():
                self.query.clear()
                self.query.setFocus()
            else:
                self.backRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- adding and removing ---------------------------------------------------------------------
    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add the kits of a folder or USB stick"))
        if path:
            self.add_paths([path])

    def choose_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Add a kit file"), "",
                                               self.tr("Press kits (*.presskit manifest.json)"))
        if path:
            self.add_paths([path[:-len("manifest.json")] if path.endswith("manifest.json") else path])

    def add_paths(self, paths: list[str]) -> None:
        """Add kits (or every kit found in these folders) off-thread, indexing those that need it."""
        self.status.setText(self.tr("Looking for kits…"))
        self.worker.run(lambda ctx, s: _add_kits(ctx, paths), self._added, self._failed, "add",
                        on_progress=self._indexing)

    def _indexing(self, done: int, total: int, label: str) -> None:
        self.status.setText(self.tr("Indexing {0} ({1}/{2})…").format(plain(label, 60), done + 1, total))

    def _added(self, report) -> None:
        added, problems = report
        self.worker.changed()
        self.libraryChanged.emit()
        self.reload()
        if problems:
            why = "; ".join(plain(f"{p}: {why}", 200) for p, why in problems[:3])
            self.status.setText(self.tr("%n kit(s) added.", "", len(added)) + " "
                                + self.tr("Not added: {0}").format(why))

    def remove_current(self) -> None:
        """Forget the chosen kit (on the library thread, after any refresh under way)."""
        e = self.current_entry()
        if e is None:
            return

        def removed(_r) -> None:
            self.worker.changed()
            self.libraryChanged.emit()
            self.reload()
            self.status.setText(self.tr("Removed “{0}” from your library; its files were not touched.")
                                .format(plain(e.title, 80)))

        self.worker.run(lambda ctx, s: s.library.remove(e.id), removed, self._failed, "remove")

    # -- search across kits -------------------------------------------------------------------
    def _show_results(self, on: bool) -> None:
        """Results (and their filters) in place of the kits and the alerts, or back."""
        self.result_list.setVisible(on)
        self.filters_row.setVisible(on)
        self.alert_list.setVisible(not on and bool(self.alerts))
        self.kit_list.setVisible(not on)
        self.buttons_row.setVisible(not on)

    def search_now(self) -> None:
        text = self.query.text().strip()
        if not text:
            self._show_results(False)
            self.results = None
            self._set_entries(self.entries)  # and the status line says what the library holds again
            return
        kit = self.kit_filter.currentData() or None
        org = self.org_filter.currentData() or None
        self.worker.run(lambda ctx, s: s.search(text, kits=[kit] if kit else None,
                                                organisations=[org] if org else None, limit=50,
                                                snippets_per_doc=1),  # a row shows its best page
                        self.show_results, self._failed, "search")

    def _nothing_found(self, res) -> str:
        """Why nothing was found when :func:`search_advice` has nothing to say, in the interface's language:
        the core's own sentences are English, so "no-match" is said again here; a sentence for a reason
        the viewer does not translate (a query that could not be run) stays as the core says it."""
        if res.message and res.reason != "no-match":
            return res.message
        return self.tr("No documents match.") + (
            " " + self.tr("Did you mean {0}?").format(res.suggestion) if res.suggestion else "")

    def show_results(self, res) -> None:
        self.results = res
        self._show_results(True)
        self.result_list.clear()
        for h in res.results:
            self.result_list.addItem(self._hit_row(h))
        if not res.results:
            empty = QListWidgetItem(search_advice(res) or self._nothing_found(res))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.result_list.addItem(empty)
        self._fill_facet(self.org_filter, self.tr("All organisations"), res.facets.get("organisation", {}),
                         lambda v: plain(v, 60))
        self._fill_facet(self.kit_filter, self.tr("All kits"), res.facets.get("kit", {}),
                         lambda v: self.kit_names.get(v) or plain(v, 60))
        n = len(res.facets.get("kit", {}))
        self.status.setText(self.tr("%n document(s)", "", res.total) + " · " + self.tr("from %n kit(s)", "", n)
                            if res.total else "")

    def _hit_row(self, h) -> QListWidgetItem:
        it = h.item
        page = h.hit.pages[0] if h.hit.pages else None
        snippet = html.unescape(_TAGS.sub("", page.snippet)) if page else ""
        where = self.tr("p. {0}").format(page.page) if page and not it.is_photo else ""
        name = self.kit_names.get(h.entry.id) or plain(h.entry.organisation or h.entry.title, 60)
        kit = f"{name} · {trust_text(h.entry.signature, h.entry.publisher)}"
        lines = [plain(it.title or it.path, 160), kit, plain(f"{where}  {snippet}".strip(), 300)]
        row = QListWidgetItem("\n".join(lines))
        row.setData(ROLE, (h.entry.path, it.id, page.page if page else 1))
        row.setToolTip(h.entry.path)
        if h.entry.signature not in ("signed", "unsigned"):
            row.setForeground(_qcolor(css("@BAD")))
        return row

    def _fill_facet(self, combo: QComboBox, everything: str, counts: dict, label) -> None:
        keep = combo.currentData()
        combo.clear()
        combo.addItem(everything, "")
        for value, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            combo.addItem(f"{label(value)} ({n})", value)
        if keep:
            i = combo.findData(keep)
            combo.setCurrentIndex(max(i, 0))

    def _first_result(self) -> None:
        self.search_now()
        if self.result_list.count():
            self.result_list.setFocus()
            self.result_list.setCurrentRow(0)

    def _hit_activated(self, row: QListWidgetItem) -> None:
        data = row.data(ROLE)
        if data:
            path, item_id, page = data
            self.hitChosen.emit(path, item_id, page, self.results.terms if self.results else None)

    # -- saved searches and alerts ----------------------------------------------------------------
    def save_search(self) -> None:
        text = self.query.text().strip()
        if not text:
            self.status.setText(self.tr("Type a search first, then save it."))
            return
        dlg = self.name_dialog(text)
        if dlg.exec():
            self.save_search_as(dlg.textValue().strip() or text, text)

    def name_dialog(self, text: str) -> QInputDialog:
        """Asks the saved search's name; wide enough that the window manager shows its whole title
        (Qt's own getText dialog is some 250 pixels wide: "Enregistr…— presskit")."""
        dlg = QInputDialog(self)
        dlg.setWindowTitle(self.tr("Save search"))
        dlg.setLabelText(self.tr("Name of the saved search:"))
        dlg.setTextValue(text)
        title = f"{dlg.windowTitle()} — presskit"
        # its layout sets the dialog's size from its widgets: widen the text box, not the dialog
        dlg.findChild(QLineEdit).setMinimumWidth(max(360, dlg.fontMetrics().horizontalAdvance(title) * 3 // 2 + 100))
        return dlg

    def save_search_as(self, name: str, query: str) -> None:
        from ..library.alerts import save_search

        def work(ctx, s):
            save_search(s.library, s, name, query)
            return _refresh_and_alerts(s)

        self.worker.run(work, self._refreshed, self._failed, "save")

    def set_alerts(self, alerts: list) -> None:
        self.alerts = alerts
        self.alert_list.clear()
        for a in alerts:
            text = self.tr("%n new for {0}", "", a.count).format(plain(a.search.name, 80))
            if a.documents:
                text += "\n" + "; ".join(f"{plain(h.item.title, 60)} ({plain(h.entry.organisation, 40)})"
                                         for h in a.documents[:3])
            row = QListWidgetItem(text)
            row.setData(ROLE, a.search.id)
            if not a.count:
                row.setForeground(self.palette().placeholderText())
            self.alert_list.addItem(row)
        self.alert_list.setVisible(bool(alerts) and not self.result_list.isVisibleTo(self))

    def _alert_activated(self, row: QListWidgetItem) -> None:
        """Show the alert's search, and count what it found as seen."""
        from ..library.alerts import mark_looked

        a = next((x for x in self.alerts if x.search.id == row.data(ROLE)), None)
        if a is None:
            return
        self.query.setText(a.search.query)
        self.search_now()

        def work(ctx, s):
            mark_looked(s.library, s, [a.search.id])
            return _refresh_and_alerts(s)

        self.worker.run(work, self._refreshed, self._failed, "looked")


def _qcolor(value: str):
    from .qt import QColor

    return QColor(value.strip())


# -- the window ------------------------------------------------------------------------------------

def _location(kit) -> str:
    from pathlib import Path

    return str(Path(getattr(kit, "archive_path", None) or kit.root).resolve())


def open_hit(window, path: str, item_id: str, page: int, terms) -> None:
    """Open a result of the library: its kit (unless it is the one shown), then the item at its page."""
    from pathlib import Path

    target = str(Path(path).resolve())
    if window.kit is not None and _location(window.kit) == target:
        window.open_item(item_id, page, terms)
        return

    def opened(kit) -> None:
        window.kitOpened.disconnect(opened)
        if _location(kit) == target:
            window.open_item(item_id, page, terms)

    window.kitOpened.connect(opened)
    window.open_kit(path)


def toggle_library(window) -> None:
    """Show the library (the start page) over the kit being read, or go back to the kit."""
    panel = getattr(window, "library_panel", None)
    if panel is None or window.start_page.kit_list is not panel:  # another list took its place
        return
    if window.central.currentWidget() is window.start_page and window.kit is not None:
        window._show_main()
        return
    window.show_start_page()
    panel.reload()
    panel.focus_first()


def install(window) -> LibraryPanel:
    """Put the library on the window's start page (File › Library, Ctrl+Shift+L, shows it over the kit
    being read; Esc goes back); every kit the window opens joins the library."""
    from pathlib import Path

    from ..library.catalog import Library
    from .qt import QAction, QKeySequence

    # the library's first day, decided before the panel's first refresh (on the library thread) may
    # save the library file: deciding after it made the recent kits join it only now and then
    first_day = not Library().path.exists()
    panel = LibraryPanel(window, refresh=False)
    window.start_page.set_kit_list(panel, translate("LibraryPanel", "Your library"))
    window.library_panel = panel
    panel.hitChosen.connect(lambda p, i, n, t: open_hit(window, p, i, n, t))
    panel.backRequested.connect(lambda: window.kit is not None and window._show_main())
    action = QAction(translate("LibraryPanel", "&Library"), window)
    action.setObjectName("showLibrary")
    action.setShortcut(QKeySequence("Ctrl+Shift+L"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setStatusTip(translate("LibraryPanel", "Your kits, one search across them, and what is new"))
    action.triggered.connect(lambda _c=False: toggle_library(window))
    window.add_action("file", action, before=window.recent_menu.menuAction())
    window.library_action = action

    # refreshing opens every kit of the library (a kit of thousands of items among them): not while
    # the window opens one at start-up, which then joins or refreshes the library once it is shown
    window.kitFilled.connect(panel.remember_kit)  # a bound slot: gone with the panel
    window.indexReady.connect(panel.kit_indexed)  # indexed while it was in the library already

    def first_refresh() -> None:
        if window.runner.running("open"):
            QTimer.singleShot(200, first_refresh)
        elif window.kit is None:
            panel.reload()
    QTimer.singleShot(0, first_refresh)
    if first_day:  # the kits opened recently join the library
        recent = [p for p in window.settings.recent_kits() if Path(p).exists()]
        if recent:
            panel.worker.run(lambda ctx, s: _add_kits(ctx, recent, index=False), panel._added, panel._failed,
                             "recent")
    return panel

