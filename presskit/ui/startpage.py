"""The start page: what the window shows with no kit open, or when a kit could not be opened.

It offers the recent kits, "Open the sample kit", "Open a kit folder or file…" and a drop target, and
above them, after a failure, one sentence naming the problem: the kit is named by its file or folder
name, the whole path stands apart on one line that never wraps, and advice for publishers ("rebuild it
with presskit build") is kept in the details, folded away.

The list of kits is a :class:`KitList` fed with :class:`KitEntry` rows (:meth:`StartPage.set_entries`);
a fuller list (a library of kits) can take its place with :meth:`StartPage.set_kit_list`, any widget
that emits ``kitChosen(str)``.

Signals (StartPage):
    openRequested(str): open the kit at this path.
    sampleRequested(): open the bundled sample kit.
    chooseRequested(): show the Open dialog (folders and .presskit files).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import ArchiveError, KitVersionError, PresskitError
from .plainui import display_text
from .qt import (
    QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, Qt, QToolButton, QVBoxLayout, QWidget, Signal, translate,
)
from .theme import css

ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class KitEntry:
    """One kit the start page lists: where it is, what it is called, a second line, whether it is there."""

    path: str
    title: str = ""
    detail: str = ""
    available: bool = True


def recent_entries(paths: list[str], titles: dict[str, str] | None = None) -> list[KitEntry]:
    """Rows for recently opened kits; a kit that is not there any more (a USB stick removed) stays listed."""
    out = []
    for p in paths:
        here = os.path.exists(p)
        title = (titles or {}).get(p) or Path(p).name or p
        out.append(KitEntry(p, title, p, here))
    return out


def describe_open_failure(path: str, err: BaseException) -> tuple[str, str]:
    """(one sentence for a reader, details) for a kit that could not be opened.

    The sentence names the kit by its name only; the details hold the full message, the path and any
    advice meant for the kit's publisher.
    """
    p = Path(path)
    name = p.name or str(p)
    core = err.message if isinstance(err, PresskitError) else (str(err) or type(err).__name__)
    extra = err.details if isinstance(err, PresskitError) and err.details else ""
    publisher = ""
    if not p.exists():
        sentence = translate("StartPage", "There is nothing called “{0}” at that place: it may have been moved, "
                                          "renamed or be on a drive that is not plugged in.").format(name)
    elif isinstance(err, KitVersionError):
        sentence = translate("StartPage", "“{0}” was made by a newer presskit: install a newer presskit to "
                                          "read it.").format(name)
    elif isinstance(err, ArchiveError) or p.is_file() and p.suffix.lower() == ".presskit":
        sentence = translate("StartPage", "“{0}” is damaged or is not a press kit: copy it again from where "
                                          "you got it, or ask its publisher for a new copy.").format(name)
        publisher = translate("StartPage", "Publishers: pack the kit again with 'presskit pack'.")
    elif p.is_dir() and not (p / "manifest.json").exists():
        sentence = translate("StartPage", "“{0}” is a folder but not a press kit: it has no list of contents "
                                          "(manifest.json).").format(name)
        publisher = translate("StartPage", "Publishers: build the kit from this folder with 'presskit build'.")
    elif p.is_dir():
        sentence = translate("StartPage", "“{0}” is damaged: its list of contents cannot be read. Ask its "
                                          "publisher for a new copy.").format(name)
        publisher = translate("StartPage", "Publishers: rebuild the kit with 'presskit build'.")
    else:
        sentence = translate("StartPage", "“{0}” is not a press kit: a kit is a folder with a manifest.json, "
                                          "or a .presskit file.").format(name)
    details = "\n\n".join(x for x in (str(p), core, extra, publisher) if x)
    return sentence, details


class KitList(QListWidget):
    """Kits to open, one per row (title, then where it is); Enter or a double-click opens one.

    Signals:
        kitChosen(str): the path of the kit to open.
    """

    kitChosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("recentKits")
        self.setAccessibleName(self.tr("Recent kits"))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.itemActivated.connect(self._chosen)
        self.setStyleSheet(css("QListWidget#recentKits::item { padding: 6px 4px; border-bottom: 1px solid @LINE_LIGHT; }"))

    def set_entries(self, entries: list[KitEntry]) -> None:
        self.clear()
        for e in entries:
            state = "" if e.available else "  " + self.tr("(not found)")
            row = QListWidgetItem(display_text(e.title) + state + "\n" + display_text(e.detail))
            row.setData(ROLE, e.path)
            row.setToolTip(e.path)
            if not e.available:
                row.setForeground(self.palette().placeholderText())
            self.addItem(row)
        if entries:
            self.setCurrentRow(0)

    def _chosen(self, row: QListWidgetItem) -> None:
        self.kitChosen.emit(row.data(ROLE))


class StartPage(QScrollArea):
    """See the module docstring."""

    openRequested = Signal(str)
    sampleRequested = Signal()
    chooseRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setWidgetResizable(True)
        # the page scrolls to what Tab reaches; as a stop of its own it showed nothing focused
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("startBody")
        body.setStyleSheet(css("#startBody { background: @PANEL; }"))
        outer = QHBoxLayout(body)
        outer.addStretch(1)
        col = QWidget()
        col.setMaximumWidth(760)
        col.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer.addWidget(col, 4)
        outer.addStretch(1)
        lay = QVBoxLayout(col)
        lay.setContentsMargins(24, 32, 24, 24)
        lay.setSpacing(14)

        heading = QLabel(self.tr("Read, search and export press kits — offline."))
        heading.setObjectName("startHeading")
        heading.setWordWrap(True)
        heading.setStyleSheet(css("font-size: 17pt; font-weight: 600; color: @HEADING;"))
        lay.addWidget(heading)

        self.problem = self._problem_box()
        lay.addWidget(self.problem)

        buttons = QHBoxLayout()
        self.sample_btn = QPushButton(self.tr("Open the sample kit"))
        self.sample_btn.setObjectName("openSample")
        self.open_btn = QPushButton(self.tr("Open a kit folder or file…"))
        self.open_btn.setObjectName("openKit")
        self.open_btn.setToolTip(self.tr("A kit folder, or a .presskit file (Ctrl+O)"))
        for b in (self.open_btn, self.sample_btn):
            b.setMinimumHeight(34)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.sample_btn.clicked.connect(self.sampleRequested)
        self.open_btn.clicked.connect(self.chooseRequested)
        lay.addLayout(buttons)

        self.drop = QLabel(self.tr("Or drop a kit folder or a .presskit file anywhere on this window."))
        self.drop.setObjectName("dropTarget")
        self.drop.setWordWrap(True)
        self.drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop.setMinimumHeight(64)
        self.drop.setStyleSheet(css("#dropTarget { border: 2px dashed @LINE_INPUT; border-radius: 8px; color: @MUTED;"
                                    " padding: 12px; background: @SURFACE; }"))
        lay.addWidget(self.drop)

        self.list_heading = QLabel(self.tr("Recent kits"))
        self.list_heading.setStyleSheet(css("font-weight: 600; color: @TEXT; margin-top: 6px;"))
        lay.addWidget(self.list_heading)
        self.kit_list: QWidget = KitList()
        self.kit_list.kitChosen.connect(self.openRequested)
        self.no_recent = QLabel(self.tr("Kits you open will be listed here."))
        self.no_recent.setStyleSheet(css("color: @MUTED;"))
        lay.addWidget(self.no_recent)
        lay.addWidget(self.kit_list, 1)
        self._list_layout = lay
        self.setWidget(body)
        self.setTabOrder(self.open_btn, self.sample_btn)
        self.setTabOrder(self.sample_btn, self.kit_list)

    def _problem_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("startProblem")
        box.setStyleSheet(css("#startProblem { background: @FIND_BAR; border: 1px solid @FIND_BAR_LINE;"
                              " border-radius: 6px; }"))
        lay = QVBoxLayout(box)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(6)
        self.problem_text = QLabel()
        self.problem_text.setObjectName("problemSentence")
        self.problem_text.setWordWrap(True)
        self.problem_text.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_text.setStyleSheet(css("font-size: 11pt; color: @TEXT;"))
        self.problem_path = QLabel()
        self.problem_path.setObjectName("problemPath")
        self.problem_path.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_path.setWordWrap(False)  # a path is read whole, on one line
        self.problem_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_path.setStyleSheet(css("color: @MUTED; font-family: monospace;"))
        path_area = QScrollArea()
        path_area.setWidget(self.problem_path)
        path_area.setWidgetResizable(True)
        path_area.setFrameShape(QFrame.Shape.NoFrame)
        path_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        path_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        path_area.setStyleSheet("background: transparent;")
        path_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop that shows nothing focused
        path_area.setFixedHeight(self.problem_path.sizeHint().height() + 18)
        self.path_area = path_area
        self.details_btn = QToolButton()
        self.details_btn.setText(self.tr("Show details"))
        self.details_btn.setCheckable(True)
        self.details_btn.toggled.connect(self._toggle_details)
        self.details = QPlainTextEdit()
        self.details.setObjectName("problemDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(140)
        self.details.hide()
        for w in (self.problem_text, path_area, self.details_btn, self.details):
            lay.addWidget(w)
        box.hide()
        return box

    def _toggle_details(self, on: bool) -> None:
        self.details.setVisible(on)
        self.details_btn.setText(self.tr("Hide details") if on else self.tr("Show details"))

    # -- what it shows ---------------------------------------------------------------------------
    def set_problem(self, sentence: str | None, path: str = "", details: str = "") -> None:
        """Show one sentence about what went wrong (None: no problem), the path apart, details folded."""
        if not sentence:
            self.problem.hide()
            return
        self.problem_text.setText(sentence)
        self.problem_path.setText(path)
        self.path_area.setVisible(bool(path))
        self.details.setPlainText(details)
        self.details_btn.setVisible(bool(details))
        self.details_btn.setChecked(False)
        self.problem.show()

    def set_entries(self, entries: list[KitEntry]) -> None:
        """The kits listed (recent kits); ignored once another list took the place of the default one."""
        if isinstance(self.kit_list, KitList):
            self.kit_list.set_entries(entries)
            self.kit_list.setVisible(bool(entries))
            self.no_recent.setVisible(not entries)

    def set_kit_list(self, widget: QWidget, heading: str | None = None) -> None:
        """Put another list of kits (any widget with a ``kitChosen(str)`` signal) in place of the recent kits."""
        old = self.kit_list
        self._list_layout.replaceWidget(old, widget)
        old.hide()
        old.deleteLater()
        self.kit_list = widget
        widget.kitChosen.connect(self.openRequested)
        self.no_recent.hide()
        if heading is not None:
            self.list_heading.setText(heading)

    def focus_first(self) -> None:
        """Keyboard focus where a reader starts: the first kit of the list, else the Open button."""
        if isinstance(self.kit_list, QListWidget) and self.kit_list.count():
            self.kit_list.setFocus(Qt.FocusReason.OtherFocusReason)
        elif hasattr(self.kit_list, "focus_first"):
            self.kit_list.focus_first()
        else:
            self.open_btn.setFocus(Qt.FocusReason.OtherFocusReason)
