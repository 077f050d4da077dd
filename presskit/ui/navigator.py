"""The navigator: browse a kit by kind, by conference day, by language, by speaker and organisation.

Choosing an entry narrows the list (and a search's results) through the list's one filter state; the
navigator then shows that state (:meth:`Navigator.show_state`): the entry of the filter in force is the
current one, whether it was chosen here, in a filter list or by a query word (``speaker:diallo``).

Signals:
    chosen(dict): a filter such as ``{"kind": "statement"}``, ``{"date": "2026-11-17"}``
        (``{"date": "none"}``: the items with no date, :data:`~presskit.search.facets.UNDATED`),
        ``{"all": True}``, ``{"photos": True}`` or ``{"about": True}``.
    peopleReady(): the Speakers and Organisations entries are listed (a moment after
        :meth:`Navigator.set_kit` for a large kit, see ``PEOPLE_NOW``; ``people_ready`` says whether they are).
"""

from __future__ import annotations

from collections import Counter

from ..kit.format import Kit
from ..model import KINDS, Item
from ..quotes.entities import Organisations
from ..quotes.listing import entity_key
from ..search.facets import UNDATED
from . import i18n
from .labels import date_label, day_format, day_label, kind_label, language_label, one_meeting
from .plainui import plain_tip
from .qt import QFont, QFontMetrics, QFrame, QStyle, QTreeWidget, QTreeWidgetItem, Qt, Signal
from .tasks import TaskRunner

ROLE = Qt.ItemDataRole.UserRole


def item_matches(item: Item, flt: dict) -> bool:
    """Whether ``item`` belongs to a navigator filter. Languages, speakers and organisations list
    documents (photos have their own entry); kinds and days list both."""
    if flt.get("all"):
        return not item.is_photo
    if flt.get("photos"):
        return item.is_photo
    if "kind" in flt:
        return item.kind == flt["kind"]
    if "date" in flt:  # UNDATED: the items with no date
        return (item.date or UNDATED) == flt["date"]
    if item.is_photo:
        return False
    if "language" in flt:
        return (item.language or "und") == flt["language"]
    if "speaker" in flt:
        return flt["speaker"] in item.speakers
    if "organisation" in flt:  # one organisation, any of its names (a list), or one name
        names = flt["organisation"]
        return item.organisation in names if isinstance(names, (list, tuple)) else item.organisation == names
    return False


#: Kits with at most this many items list their speakers and organisations at once; larger ones a
#: moment later, counted off the GUI thread (a kit of thousands names thousands of people).
PEOPLE_NOW = 500

#: A kit whose dates are not one meeting's days lists them closed when there are more than this many
#: (forty dates over twenty years pushed the languages and the speakers out of sight).
OPEN_DATES = 12


def people_of(kit: Kit, docs: list[Item], lang: str) -> tuple[list, list]:
    """The navigator's Speakers and Organisations entries, as (label, count, filter value) (no Qt:
    run on a worker thread for a large kit). Each organisation once, under its name in ``lang``,
    whatever names its documents give it (``kit.toml``'s ``[[organisations]]``, translations, short forms)."""
    counts = Counter(s for i in docs for s in i.speakers)
    speakers = [(s, n, s) for s, n in sorted(counts.items(), key=lambda kv: kv[0].lower())]
    if not any(i.organisation for i in docs):
        return speakers, []
    entities = Organisations.of_kit(kit.info, kit.items)
    names: dict[str, set[str]] = {}
    orgs: Counter = Counter()
    labels: dict[str, str] = {}
    for i in docs:
        if i.organisation:
            key = entity_key(entities, i.organisation)
            names.setdefault(key, set()).add(i.organisation)
            orgs[key] += 1
            labels.setdefault(key, entities.label(i.organisation, lang))
    return speakers, [(labels[k], orgs[k], sorted(names[k])) for k in sorted(orgs, key=lambda k: labels[k].lower())]


class _Entry(QTreeWidgetItem):
    """A navigator entry whose tooltip (its name in full, as plain text) is made when shown."""

    def __init__(self, label: str, name: str):
        super().__init__([label])
        self._name = name

    def data(self, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._name)
        return super().data(column, role)


class Navigator(QTreeWidget):
    chosen = Signal(dict)
    peopleReady = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Navigator"))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        # a long entry in a narrow panel gives way in its middle: its count stays on screen (French at
        # 1024 x 700 showed "Communiqué de presse…", the count cut off with the end of the name)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformRowHeights(True)
        self.currentItemChanged.connect(self._emit)
        self.itemActivated.connect(lambda it, _c: self._emit(it, force=True))
        self.itemClicked.connect(lambda it, _c: self._emit(it, force=True))
        self._last: dict | None = None
        self._runner = TaskRunner(self)
        self._people_kit: Kit | None = None
        self._expand_later: list[str] = []
        self.people_ready = True
        self._expected = 0  # see expect()
        self._entries_changed()
        self.itemExpanded.connect(self._entries_changed)
        self.itemCollapsed.connect(self._entries_changed)

    def _entries_changed(self, *_a) -> None:
        self._width: tuple[object, int] | None = None

    def content_width(self) -> int:
        """The width of the widest entry shown, measured again only when the entries or the font
        changed (a large kit lists thousands of days: measuring them at every resize stalled it)."""
        font = self.font().key()
        if self._width is None or self._width[0] != font:
            self._width = (font, max(self.sizeHintForColumn(0), self._expected))
        return self._width[1]

    def _leaf(self, parent, text: str, count: int | None, flt: dict) -> QTreeWidgetItem:
        """An entry (its tooltip, the whole name, is made when asked: a kit may list thousands)."""
        label = f"{text}  ({count})" if count is not None else text
        it = _Entry(label, text)
        it.setData(0, ROLE, flt)
        if parent is not None:
            parent.addChild(it)
        return it

    def _group(self, text: str, flt: dict | None = None, add: bool = True) -> QTreeWidgetItem:
        """A heading; ``add=False``: not put in the tree yet (filled first, then added at once)."""
        it = QTreeWidgetItem(self, [text]) if add else QTreeWidgetItem([text])
        f = QFont(self.font())
        f.setBold(True)
        it.setFont(0, f)
        if flt is None:
            it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        else:
            it.setData(0, ROLE, flt)
        return it

    def _outline(self, kit: Kit, docs: list[Item]) -> list[tuple[str, dict | None, list, bool]]:
        """The headings :meth:`set_kit` lists for ``kit`` (speakers and organisations apart): for each
        its title, its filter, its entries (text, count, filter) and whether it is open."""
        photos = sum(1 for i in kit.items if i.is_photo)
        out: list[tuple[str, dict | None, list, bool]] = [
            (self.tr("About this kit"), {"about": True}, [], False),
            (self.tr("All documents  ({0})").format(len(docs)), {"all": True}, [], False)]
        if photos:
            out.append((self.tr("Photos  ({0})").format(photos), {"photos": True}, [], False))
        kinds = Counter(i.kind for i in docs)
        if kinds:
            out.append((self.tr("By kind"), None,
                        [(kind_label(k), kinds[k], {"kind": k}) for k in KINDS if kinds.get(k)], True))
        dates = Counter(i.date for i in kit.items if i.date)
        undated = sum(1 for i in kit.items if not i.date)
        # a date known only to the month reads as the month, never as its 1st day
        months = {i.date for i in kit.items if i.date and i.date_precision == "month"}
        months -= {i.date for i in kit.items if i.date and i.date_precision != "month"}
        if dates:
            fmt = day_format(dates)
            meeting = one_meeting(dates, kit.info.start)
            out.append((self.tr("Conference days") if meeting else self.tr("Dates"), None,
                        [(date_label(d, "MMMM yyyy") if d in months
                          else day_label(d, kit.info.start, kit.info.end, fmt), dates[d], {"date": d})
                         for d in sorted(dates)]
                        # the items with no date (a fact sheet, a photo without EXIF), after the days
                        + [(date_label(None), n, {"date": UNDATED}) for n in (undated,) if n],
                        meeting or len(dates) <= OPEN_DATES))
        langs = Counter(i.language or "und" for i in docs)
        if langs:
            out.append((self.tr("By language"), None,
                        [(language_label(code), n, {"language": code})
                         for code, n in sorted(langs.items(), key=lambda kv: -kv[1])], len(langs) <= 4))
        return out

    def expect(self, kit: Kit) -> None:
        """Until :meth:`set_kit` fills the tree, :meth:`content_width` is the width the entries of
        ``kit`` will need, measured from their texts: a large kit's side panel, filled a moment after
        the window shows, was 190 px wide meanwhile and its days read "Day 2 · Tu…Nov"."""
        bold = QFont(self.font())
        bold.setBold(True)
        heads, leaves = QFontMetrics(bold), self.fontMetrics()
        pad = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1)
        need = 0
        for title, _flt, entries, opened in self._outline(kit, [i for i in kit.items if not i.is_photo]):
            need = max(need, heads.horizontalAdvance(title) + self.indentation() + pad)
            if opened:
                need = max([need] + [leaves.horizontalAdvance(f"{t}  ({n})") + 2 * self.indentation() + pad
                                     for t, n, _f in entries])
        self._expected = need
        self._entries_changed()

    def set_kit(self, kit: Kit | None) -> None:
        self._expected = 0
        self._entries_changed()
        self.blockSignals(True)
        self._runner.cancel("people")
        self.clear()
        self._last = None
        self._people_kit = kit
        self.people_ready = True
        if kit is None:
            self.blockSignals(False)
            return
        docs = [i for i in kit.items if not i.is_photo]
        # the headings are filled before they go into the tree, and go in at once: inserted one by
        # one into the tree shown, thousands of days took the GUI thread for a second
        groups, expand = [], []
        for title, flt, leaves, opened in self._outline(kit, docs):
            g = self._group(title, flt, add=False)
            g.addChildren([self._leaf(None, text, n, leaf_flt) for text, n, leaf_flt in leaves])
            groups.append(g)
            if opened:
                expand.append(g)
        self.addTopLevelItems(groups)
        for g in expand:
            g.setExpanded(True)
        self.people_ready = False
        if len(kit.items) <= PEOPLE_NOW:
            self._add_people(kit, people_of(kit, docs, i18n.current() or "en"))
        else:  # thousands of speakers and organisations: counted and named off the GUI thread
            lang = i18n.current() or "en"
            self._runner.run(lambda ctx: people_of(kit, docs, lang), key="people",
                             on_result=lambda r: self._add_people(kit, r))
        self.blockSignals(False)

    def ensure_people(self) -> None:
        """Speakers and organisations listed now (counted on this thread if the worker has not yet)."""
        kit = self._people_kit
        if self.people_ready or kit is None:
            return
        self._runner.cancel("people")
        self._add_people(kit, people_of(kit, [i for i in kit.items if not i.is_photo], i18n.current() or "en"))

    def _add_people(self, kit: Kit, people: tuple[list, list]) -> None:
        if kit is not self._people_kit or self.people_ready:
            return
        speakers, organisations = people
        self._entries_changed()
        blocked = self.blockSignals(True)
        for title, key, entries in ((self.tr("Speakers"), "speaker", speakers),
                                    (self.tr("Organisations"), "organisation", organisations)):
            if entries:
                g = self._group(title)
                g.addChildren([self._leaf(None, label, n, {key: value}) for label, n, value in entries])
                if str(self.indexOfTopLevelItem(g)) in self._expand_later:
                    g.setExpanded(True)
        self.blockSignals(blocked)
        self.people_ready = True
        self.peopleReady.emit()

    def entry(self, flt: dict) -> QTreeWidgetItem | None:
        if "speaker" in flt or "organisation" in flt:
            self.ensure_people()
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for it in [top] + [top.child(k) for k in range(top.childCount())]:
                if it.data(0, ROLE) == flt:
                    return it
        return None

    def show_state(self, spec, query_speakers: list[str] | None = None) -> None:
        """Make the entry of the filter in force current, without choosing it again: a speaker or an
        organisation first, then the kind (Photos for photos), the day, the language; none: All documents."""
        from ..textutil import fold

        want: list[dict] = [{"speaker": s} for s in spec.speakers] + ([{"organisation": list(spec.organisations)}] if spec.organisations else [])
        if query_speakers:
            self.ensure_people()
        for word in query_speakers or []:
            w = fold(word)
            names = [it.data(0, ROLE) for it in self._leaves("speaker") if w in fold(it.data(0, ROLE)["speaker"])]
            if len(names) == 1:
                want.append(names[0])
        if len(spec.kinds) == 1:
            want.append({"photos": True} if spec.kinds[0] == "photo" else {"kind": spec.kinds[0]})
        if spec.date:
            want.append({"date": spec.date})
        if len(spec.languages) == 1:
            want.append({"language": spec.languages[0]})
        want.append({"all": True})
        for flt in want:
            it = self.entry(flt)
            if it is not None:
                self._show(it)
                return

    def show_about(self) -> None:
        it = self.entry({"about": True})
        if it is not None:
            self._show(it)

    def _show(self, it: QTreeWidgetItem) -> None:
        self.blockSignals(True)
        parent = it.parent()
        if parent is not None and not parent.isExpanded():
            parent.setExpanded(True)
            self._entries_changed()
        self.setCurrentItem(it)
        self.scrollToItem(it)
        self.blockSignals(False)
        self._last = it.data(0, ROLE)

    def _leaves(self, key: str) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            out.extend(top.child(k) for k in range(top.childCount()) if key in (top.child(k).data(0, ROLE) or {}))
        return out

    def expanded_groups(self) -> list[str]:
        """The texts of the groups that are open (kept across a language switch by position)."""
        return [str(i) for i in range(self.topLevelItemCount()) if self.topLevelItem(i).isExpanded()]

    def set_expanded_groups(self, rows: list[str]) -> None:
        self._expand_later = list(rows)  # the people's groups, when they come
        for i in range(self.topLevelItemCount()):
            self.topLevelItem(i).setExpanded(str(i) in rows)
        self._entries_changed()

    def select(self, flt: dict) -> bool:
        """Make the entry for ``flt`` current (emits ``chosen``)."""
        if "speaker" in flt or "organisation" in flt:
            self.ensure_people()
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for it in [top] + [top.child(k) for k in range(top.childCount())]:
                if it.data(0, ROLE) == flt:
                    self.blockSignals(True)
                    self.setCurrentItem(it)
                    self.blockSignals(False)
                    self._emit(it, force=True)
                    return True
        return False

    def _emit(self, it: QTreeWidgetItem | None, _prev=None, force: bool = False) -> None:
        if it is None:
            return
        flt = it.data(0, ROLE)
        if isinstance(flt, dict) and (force or flt != self._last):
            self._last = flt
            self.chosen.emit(flt)
