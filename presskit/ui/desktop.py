"""Desktop integration: the application icon, About presskit, the offline user guide, the welcome.

* :func:`app_icon` - the presskit icon (``resources/presskit.svg`` and PNGs from 16 to 512 px).
* :class:`AboutDialog` - version, licence (AGPL-3.0-or-later, full text), third-party notices.
* :class:`UserGuideWindow` - ``docs/user-guide.md`` (``user-guide.fr.md`` when the interface is French)
  rendered in a ``QTextBrowser`` with a contents list; entirely offline: web links are copied, never opened.
* :class:`WelcomeDialog` - the first-start welcome (what this kit is, how to search, how to export);
  :func:`maybe_show_welcome` shows it unless the user ticked "Don't show this again"
  (the ``show_welcome`` preference in :mod:`presskit.ui.settings`).

The main window reaches them through Help > User guide / Welcome / About presskit.
"""

from __future__ import annotations

import html
from pathlib import Path

from .. import __version__
from ..locations import app_root
from . import i18n
from .qt import (
    BINDING_VERSION, QT_VERSION, QAction, QApplication, QDialog, QDialogButtonBox, QFont, QHBoxLayout, QIcon, QLabel,
    QKeySequence, QListWidget, QListWidgetItem, QMainWindow, QPushButton, QSize, QSplitter, QTabWidget, QTextBrowser,
    QTextCursor, QtWidgets, QTimer, QUrl, QVBoxLayout, Qt,
)
from .theme import css

QCheckBox = QtWidgets.QCheckBox
QPlainTextEdit = QtWidgets.QPlainTextEdit

RESOURCES = Path(__file__).resolve().parent / "resources"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

#: (component, what presskit uses it for, licence) - shown in About and kept in step with NOTICE.
THIRD_PARTY: list[tuple[str, str, str]] = [
    ("Qt 6 / Qt for Python (PySide6, Shiboken6)", "the window, widgets, printing", "LGPL-3.0"),
    ("PyMuPDF / MuPDF (Artifex)", "reading and rendering PDFs, merged PDF export", "AGPL-3.0"),
    ("Whoosh (whoosh-reloaded)", "the search index", "BSD-2-Clause"),
    ("Pillow", "photos, thumbnails, photo metadata", "MIT-CMU (HPND)"),
    ("cryptography", "Ed25519 signatures of kits", "Apache-2.0 or BSD-3-Clause"),
    ("platformdirs", "where caches and settings live", "MIT"),
    ("python-docx (with lxml)", "reading Word (.docx) files", "MIT (lxml: BSD-3-Clause)"),
    ("odfpy (with defusedxml)", "reading OpenDocument (.odt) files", "Apache-2.0 (defusedxml: PSF-2.0)"),
    ("Tesseract OCR, Leptonica (in MuPDF)", "text of scanned pages, at build time", "Apache-2.0, BSD-2-Clause"),
    ("Python", "the language presskit is written in", "PSF-2.0"),
]


def app_icon() -> QIcon:
    """The presskit icon, every size (falls back to an empty icon if resources are missing)."""
    icon = QIcon()
    for s in ICON_SIZES:
        p = RESOURCES / f"presskit-{s}.png"
        if p.exists():
            icon.addFile(str(p), QSize(s, s))
    return icon


def user_guide_path(lang: str | None = None) -> Path:
    """The guide in ``lang`` (default: the interface language), ``docs/user-guide.<lang>.md``.

    English, ``docs/user-guide.md``, when there is no guide in that language.
    """
    docs = app_root() / "docs"
    lang = i18n.current() if lang is None else lang
    if lang != "en":
        translated = docs / f"user-guide.{lang}.md"
        if translated.is_file():
            return translated
    return docs / "user-guide.md"


def _component_versions() -> dict[str, str]:
    """Versions of the bundled components, read from already-importable modules (no metadata needed)."""
    out = {"Qt": QT_VERSION, "PySide6": BINDING_VERSION}
    for label, mod, attr in (("PyMuPDF", "pymupdf", "VersionBind"), ("Whoosh", "whoosh", "versionstring"),
                             ("Pillow", "PIL", "__version__"), ("cryptography", "cryptography", "__version__"),
                             ("platformdirs", "platformdirs", "__version__")):
        try:
            v = getattr(__import__(mod), attr)
            out[label] = v() if callable(v) else str(v)
        except Exception:  # noqa: BLE001 - About must open even in a stripped build
            out[label] = "?"
    return out


# --------------------------------------------------------------------------------------------------
class AboutDialog(QDialog):
    """About presskit: version, licence and third-party notices, in three tabs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutPresskit")
        self.setWindowTitle(self.tr("About presskit"))
        self.resize(640, 520)
        lay = QVBoxLayout(self)

        head = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(72, 72))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            f"<div style='font-size:17pt; font-weight:600;'>presskit {html.escape(__version__)}</div>"
            + css("<div style='color:@TEXT_HINT; margin-top:4px;'>")
            + html.escape(self.tr("Read, search and export a press kit offline.")) + "</div>"
            + css("<div style='color:@TEXT_HINT;'>")
            + html.escape(self.tr("presskit never connects to the network.")) + "</div>")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(title, 1)
        lay.addLayout(head)

        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        about = QTextBrowser()
        about.setOpenLinks(False)
        about.setHtml(self._licence_summary_html())
        self.tabs.addTab(about, self.tr("Licence"))
        self.tabs.addTab(self._third_party_view(), self.tr("Third-party software"))
        full = QPlainTextEdit()
        full.setObjectName("licenceText")
        full.setReadOnly(True)
        full.setFont(QFont("monospace", 9))
        full.setPlainText(self.licence_text())
        self.tabs.addTab(full, self.tr("GNU AGPL v3 (full text)"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)

    @staticmethod
    def licence_text() -> str:
        for base in (app_root(), Path(__file__).resolve().parents[2]):
            p = base / "LICENSE"
            if p.is_file():
                return p.read_text(encoding="utf-8")
        return ("GNU Affero General Public License, version 3 or later.\n"
                "The full text is at https://www.gnu.org/licenses/agpl-3.0.txt")

    def _licence_summary_html(self) -> str:
        p = [
            self.tr("presskit is free software: you can redistribute it and/or modify it under the terms of "
                    "the GNU Affero General Public License as published by the Free Software Foundation, "
                    "either version 3 of the License, or (at your option) any later version "
                    "(AGPL-3.0-or-later)."),
            self.tr("presskit is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; "
                    "without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. "
                    "See the GNU Affero General Public License for more details."),
            self.tr("Why the AGPL: presskit reads and renders PDFs with PyMuPDF (MuPDF), which is licensed under "
                    "the AGPL-3.0. Whoever passes this app on, for example on a USB stick, must also offer its "
                    "complete source code under the same licence."),
        ]
        return "".join(f"<p>{html.escape(x)}</p>" for x in p)

    def _third_party_view(self) -> QTextBrowser:
        versions = _component_versions()
        rows = []
        for name, use, lic in THIRD_PARTY:
            key = next((k for k in versions if k.lower() in name.lower()), None)
            ver = versions.get(key, "") if key else ""
            rows.append(f"<tr><td><b>{html.escape(name)}</b>{(' ' + html.escape(ver)) if ver else ''}"
                        + css("<br><span style='color:@MUTED'>") + f"{html.escape(use)}</span></td>"
                        f"<td style='padding-left:16px'>{html.escape(lic)}</td></tr>")
        note = html.escape(self.tr(
            "Qt and Qt for Python are used as shared libraries under the LGPL-3.0: they sit as separate files "
            "in the app's folder and can be replaced by your own build of the same version."))
        view = QTextBrowser()
        view.setObjectName("thirdParty")
        view.setOpenLinks(False)
        view.setHtml("<table cellspacing='6'>" + "".join(rows) + f"</table><p>{note}</p>")
        return view


# --------------------------------------------------------------------------------------------------
class UserGuideWindow(QMainWindow):
    """The bundled user guide, offline: Markdown in a QTextBrowser, a contents list on the left.

    Web links are never opened: clicking one copies the address and says so in the status bar.
    """

    def __init__(self, parent=None, path: Path | None = None):
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("presskit user guide"))
        self.setWindowIcon(app_icon())
        self.resize(980, 760)
        self.path = Path(path) if path else user_guide_path()
        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self.contents.setAccessibleName(self.tr("Contents"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.browser.document().setDefaultStyleSheet(
            css("h1 { color: @HEADING; } h2 { color: @HEADING; margin-top: 18px; } h3 { color: @HEADING_SUB; } "
                "code { background-color: @CODE_INLINE; } pre { background-color: @CODE_BLOCK; }"))
        f = self.browser.font()
        f.setPointSizeF(max(f.pointSizeF(), 10.5))
        self.browser.setFont(f)
        split = QSplitter()
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([230, 750])
        self.setCentralWidget(split)
        self.contents.currentRowChanged.connect(self._jump)
        self.headings: list[tuple[int, str, int]] = []  # (level, text, position)
        self.close_action = QAction(self.tr("Close the guide"), self)
        keys = [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close) if not k.isEmpty()]
        for extra in ("Ctrl+W", "Esc"):
            if QKeySequence(extra) not in keys:
                keys.append(QKeySequence(extra))
        self.close_action.setShortcuts(keys)  # Esc and Ctrl+W close the guide, as they close a dialog
        self.close_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        self.load()

    def load(self) -> bool:
        """Render the guide; False (with a sentence in the window) if the file is missing."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation ({0}).")
                                      .format(str(self.path)))
            return False
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(self.path.parent) + "/"))
        self.browser.setSearchPaths([str(self.path.parent)])
        self.browser.setMarkdown(text)
        self._scale_images()
        self._collect_headings()
        return True

    def _scale_images(self) -> None:
        """Screenshots are 1440 px wide: show them at the text width (clicking does nothing)."""
        doc = self.browser.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                if fmt.isImageFormat():
                    img = fmt.toImageFormat()
                    img.setWidth(720)
                    cur = QTextCursor(doc)
                    cur.setPosition(frag.position())
                    cur.setPosition(frag.position() + frag.length(), QTextCursor.MoveMode.KeepAnchor)
                    cur.setCharFormat(img)
                it += 1
            block = block.next()

    def _collect_headings(self) -> None:
        self.contents.clear()
        self.headings.clear()
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if 1 <= level <= 3 and block.text().strip():
                self.headings.append((level, block.text().strip(), block.position()))
                item = QListWidgetItem(("    " * max(0, level - 2)) + block.text().strip())
                if level <= 2:
                    f = item.font()
                    f.setBold(level == 1)
                    item.setFont(f)
                self.contents.addItem(item)
            block = block.next()

    def _jump(self, row: int) -> None:
        if 0 <= row < len(self.headings):
            self.scroll_to(self.headings[row][2])

    def scroll_to(self, position: int) -> None:
        cur = QTextCursor(self.browser.document())
        cur.setPosition(position)
        sb = self.browser.verticalScrollBar()
        sb.setValue(sb.maximum())  # so the heading ends up at the top, not the bottom
        self.browser.setTextCursor(cur)
        self.browser.ensureCursorVisible()

    def find_heading(self, text: str) -> int:
        """Index of the first heading containing ``text`` (case-insensitive), or -1."""
        t = text.lower()
        return next((i for i, h in enumerate(self.headings) if t in h[1].lower()), -1)

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QApplication.clipboard().setText(url.toString())
            self.statusBar().showMessage(
                self.tr("Copied {0} — presskit does not open web links (this laptop may be offline).")
                .format(url.toString()), 8000)
            return
        frag = url.fragment()
        if frag:
            i = self.find_heading(frag.replace("-", " "))
            if i >= 0:
                self.contents.setCurrentRow(i)
            return
        self.statusBar().showMessage(self.tr("That link points outside the user guide."), 5000)


# --------------------------------------------------------------------------------------------------
class WelcomeDialog(QDialog):
    """First-start welcome: what this kit is, how to search, how to export. Non-blocking (``open()``)."""

    def __init__(self, kit=None, parent=None, settings=None):
        super().__init__(parent)
        self.setObjectName("welcome")
        self.settings = settings
        self.setWindowTitle(self.tr("Welcome to presskit"))
        self.setModal(False)
        self.setMinimumWidth(620)
        self.setStyleSheet(css("QDialog#welcome { background: @SURFACE; border: 1px solid @LINE_DIALOG; }"
                               "QLabel.step { color: @TEXT; }"
                               "QLabel#welcomeKit { color: @TEXT_SOFT; }"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 18)
        lay.setSpacing(14)
        lay.addLayout(self._heading(kit))
        self._add_steps(lay)
        lay.addSpacing(4)
        hint = QLabel(html.escape(self.tr("presskit works offline: nothing you do here goes on the network. "
                                          "Help › User guide explains everything else.")))
        hint.setWordWrap(True)
        hint.setStyleSheet(css("color:@MUTED;"))
        lay.addWidget(hint)
        lay.addLayout(self._buttons())
        self.start_button.clicked.connect(self.accept)
        self.guide_button.clicked.connect(self._guide)
        self.finished.connect(self._remember)

    def showEvent(self, e) -> None:  # noqa: N802
        super().showEvent(e)
        self._fit_height(exact=True)

    def resizeEvent(self, e) -> None:  # noqa: N802
        super().resizeEvent(e)
        self._fit_height()

    def _fit_height(self, exact: bool = False) -> None:
        """As tall as its wrapped lines need at the width it has (when it opens: exactly that). A dialog with a
        minimum width takes its height from its size hint, measured at another width: a kit with a long title
        lost the last line of what the kit is ("15 documents, 0 photos") under the steps, and a short one left
        gaps between them."""
        lay = self.layout()
        if lay is not None and lay.hasHeightForWidth():
            need = lay.totalHeightForWidth(self.width())
            self.setMinimumHeight(need)  # nor can it be made shorter than that (its width sets what it needs)
            if need > self.height() or exact and need != self.height():
                self.resize(self.width(), need)

    def _heading(self, kit) -> QHBoxLayout:
        """The logo, "Welcome to presskit" and what the kit is."""
        head = QHBoxLayout()
        head.setSpacing(16)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(css("<div style='font-size:18pt; font-weight:600; color:@HEADING;'>")
                       + html.escape(self.tr("Welcome to presskit")) + "</div>")
        kit_line = QLabel(self.kit_sentence(kit))
        kit_line.setObjectName("welcomeKit")
        kit_line.setWordWrap(True)
        col = QVBoxLayout()
        col.setSpacing(6)
        col.addWidget(title)
        col.addWidget(kit_line)
        head.addLayout(col, 1)
        return head

    def _add_steps(self, lay: QVBoxLayout) -> None:
        """Search, read, export: one numbered line each."""
        steps = [
            ("1", self.tr("Search"), self.tr(
                "Type in the search box at the top of the list (Ctrl+K). Accents and word endings do not "
                "matter: <i>verification</i> also finds <i>vérification</i>. Put quotation marks around "
                "an exact phrase: <i>\"future crime scene\"</i>.")),
            ("2", self.tr("Read"), self.tr(
                "Click a result: the document opens at the page, with your words highlighted. "
                "F3 goes to the next hit. Photos always show their caption and credit.")),
            ("3", self.tr("Export"), self.tr(
                "Mark documents and photos with Ctrl+M, then File › Export selection (Ctrl+E): "
                "a ZIP, a folder or one PDF, with the credits.")),
        ]
        for num, head_text, body in steps:
            row = QHBoxLayout()
            row.setSpacing(12)
            badge = QLabel(num)
            badge.setFixedSize(28, 28)
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setStyleSheet(css("background:@STEP_BADGE; color:@SURFACE; border-radius:14px; font-weight:700;"))
            row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
            text = QLabel(f"<b>{html.escape(head_text)}</b><br>{body}")
            text.setProperty("class", "step")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            row.addWidget(text, 1)
            lay.addLayout(row)

    def _buttons(self) -> QHBoxLayout:
        """Don't show this again; open the user guide; start reading."""
        bottom = QHBoxLayout()
        self.dont_show = QCheckBox(self.tr("Don't show this again"))
        self.dont_show.setObjectName("dontShowAgain")
        self.dont_show.setChecked(True)
        bottom.addWidget(self.dont_show)
        bottom.addStretch(1)
        self.guide_button = QPushButton(self.tr("Open the user guide"))
        self.start_button = QPushButton(self.tr("Start reading"))
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        bottom.addWidget(self.guide_button)
        bottom.addWidget(self.start_button)
        return bottom

    def kit_sentence(self, kit) -> str:
        if kit is None:
            return html.escape(self.tr("presskit opens press kits: documents, statements and photos you can "
                                       "read, search and export without a network."))
        info = kit.info
        docs = sum(1 for it in kit.items if not it.is_photo)
        photos = len(kit.items) - docs
        who = info.organisation or info.publisher or ""
        parts = [f"<b>{html.escape(info.title)}</b>"]
        if who:
            parts.append(html.escape(self.tr("from {0}").format(who)))
        s = " ".join(parts)
        where = ", ".join(x for x in (info.event, info.venue) if x)
        if where:
            s += "<br>" + html.escape(where)
        s += "<br>" + html.escape(self.contents_sentence(docs, photos))
        return s

    def contents_sentence(self, docs: int, photos: int) -> str:
        """"3 documents and 1 photo, with their credits.": plural forms from the translations."""
        d = self.tr("%n document(s)", "", docs)
        p = self.tr("%n photo(s)", "", photos)
        if docs and photos:
            return self.tr("{0} and {1}, with their credits.").format(d, p)
        if photos:
            return self.tr("{0}, with their credits.").format(p)
        return self.tr("{0}.").format(d)

    def _guide(self) -> None:
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "show_user_guide"):
            parent.show_user_guide()
        else:
            show_user_guide(parent)
        self.accept()

    def _remember(self, _result: int) -> None:
        if self.settings is not None:
            self.settings.set("show_welcome", not self.dont_show.isChecked())
            self.settings.sync()


def maybe_show_welcome(window) -> WelcomeDialog | None:
    """Show the welcome over ``window`` (non-modal) unless the user asked not to see it again."""
    settings = getattr(window, "settings", None)
    if settings is not None and not settings.get("show_welcome"):
        return None
    return show_welcome(window)


def _started_reading(window) -> bool:
    """The reader is already at work (a search typed, a document open): a large kit is indexed for a
    minute, and a welcome opening then took the words being typed (a space ticked "Don't show this
    again", Enter opened the user guide)."""
    box = getattr(getattr(window, "list_pane", None), "box", None)
    reader = getattr(window, "reader", None)
    return bool((box is not None and box.text().strip()) or (reader is not None and reader.item is not None))


def show_welcome_when_ready(window, delay_ms: int = 150) -> None:
    """:func:`maybe_show_welcome` once the kit is shown and no longer being indexed: over the
    indexing progress, the welcome took the reader's first Esc or Enter to the progress dialog, whose
    Cancel stopped the indexing (search then unavailable) when the reader meant to close the welcome."""
    def later() -> None:
        if getattr(window, "index_task", None) is not None:
            QTimer.singleShot(300, later)
            return
        if _started_reading(window):
            return  # it would take the keys typed next; Help › Welcome has it, and the next start
        maybe_show_welcome(window)

    QTimer.singleShot(delay_ms, later)


def show_welcome(window) -> WelcomeDialog:
    dlg = WelcomeDialog(getattr(window, "kit", None), window, getattr(window, "settings", None))
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.welcome_dialog = dlg
    dlg.open()
    return dlg


def show_about(parent=None) -> AboutDialog:
    dlg = AboutDialog(parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if parent is not None:
        parent.about_dialog = dlg
    dlg.open()
    return dlg


def show_user_guide(parent=None) -> UserGuideWindow:
    """One guide window per main window, raised if already open."""
    w = getattr(parent, "user_guide_window", None) if parent is not None else None
    if w is None:
        w = UserGuideWindow(parent)
        w.setWindowFlag(Qt.WindowType.Window, True)
        if parent is not None:
            parent.user_guide_window = w
    w.show()
    w.raise_()
    w.activateWindow()
    return w


__all__ = ["AboutDialog", "UserGuideWindow", "WelcomeDialog", "app_icon", "maybe_show_welcome",
           "show_about", "show_user_guide", "show_welcome", "THIRD_PARTY"]


class _StartupProbe:
    """``PRESSKIT_STARTUP_PROBE=1``: print when the window is first painted and when it first shows the
    kit (wall-clock epoch seconds), then quit. Used by tools/measure_startup.py on the built app."""

    def __init__(self, window):
        from .qt import QEvent, QObject

        self.window = window
        self.first_paint: float | None = None
        self.kit_paint: float | None = None
        self.kit_shown = False
        probe = self

        class Filter(QObject):
            def eventFilter(self, obj, ev):  # noqa: N802
                if ev.type() == QEvent.Type.Paint:
                    probe._painted()
                return False

        self.filter = Filter(window)
        window.installEventFilter(self.filter)
        window.kitOpened.connect(self._kit)

    def _kit(self, _kit) -> None:
        self.kit_shown = True
        self.window.update()

    def _painted(self) -> None:
        import time

        from .qt import QTimer

        now = time.time()
        if self.first_paint is None:
            self.first_paint = now
            print(f"startup-probe first-paint {now:.4f}", flush=True)
        if self.kit_shown and self.kit_paint is None:
            self.kit_paint = now
            print(f"startup-probe kit-painted {now:.4f}", flush=True)
            QTimer.singleShot(50, QApplication.instance().quit)


def install_startup_probe(window) -> _StartupProbe:
    probe = _StartupProbe(window)
    window.startup_probe = probe
    return probe
