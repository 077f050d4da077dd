"""Keyboard rules shared by the viewer's windows.

* :class:`GiveWayToShortcuts`: a text box keeps the keys a person edits text with (letters, Ctrl+C/V/X/Z/A,
  arrows, Home/End, Backspace) and Esc, and lets every other Ctrl or Alt combination reach the window's
  menus. Qt's line edits otherwise eat X11's Emacs keys, so Ctrl+E (export) and Ctrl+K (search) did
  nothing while the search box had focus.
* :class:`EnterClicksButtons`: Enter on a focused button of a window (not a dialog, where Enter is the
  default button's) clicks it, as Space does. Qt's buttons ignore Enter outside dialogs, so a keyboard
  user pressing Enter on "Save search…" or "Open the sample kit" got nothing.
* :func:`shortcut_table` lists every QAction and QShortcut of a window with the key sequences they
  answer to (standard keys expanded) and the widget whose focus makes them live; :func:`ambiguities`
  finds two of them answering to the same keys at the same time, which Qt treats as "do nothing".
"""

from __future__ import annotations

from dataclasses import dataclass

from .qt import QAction, QDialog, QEvent, QKeySequence, QMenu, QObject, QPushButton, QShortcut, Qt, QToolButton, QWidget

_EDITING = (
    QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.MoveToNextWord, QKeySequence.StandardKey.MoveToPreviousWord,
    QKeySequence.StandardKey.SelectNextWord, QKeySequence.StandardKey.SelectPreviousWord,
    QKeySequence.StandardKey.DeleteStartOfWord, QKeySequence.StandardKey.DeleteEndOfWord,
    QKeySequence.StandardKey.MoveToStartOfLine, QKeySequence.StandardKey.MoveToEndOfLine,
    QKeySequence.StandardKey.SelectStartOfLine, QKeySequence.StandardKey.SelectEndOfLine,
)
_COMBO_MODS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def _editing_keys() -> set[int]:
    keys: set[int] = set()
    for std in _EDITING:
        for seq in QKeySequence.keyBindings(std):
            if seq.count():
                keys.add(seq[0].toCombined())
    return keys


class GiveWayToShortcuts(QObject):
    """Event filter for text boxes: editing keys and Esc stay in the box, other Ctrl/Alt keys go to the
    window's actions (see the module docstring)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._editing = _editing_keys()

    def eventFilter(self, obj, e) -> bool:  # noqa: N802
        if e.type() != QEvent.Type.ShortcutOverride:
            return False
        if e.key() == Qt.Key.Key_Escape:
            e.accept()  # Esc clears the box, it does not leave full screen
            return True
        mods = e.modifiers() & _COMBO_MODS
        if not mods:
            return False  # typing, arrows, Backspace: the box's own
        combined = e.keyCombination().toCombined()
        if combined in self._editing:
            return False
        e.ignore()  # not an editing key: the window's shortcut answers
        return True


def give_way_to_shortcuts(*widgets: QWidget) -> GiveWayToShortcuts:
    f = GiveWayToShortcuts(widgets[0] if widgets else None)
    for w in widgets:
        w.installEventFilter(f)
    return f


class EnterClicksButtons(QObject):
    """Event filter for a window: a Return or Enter no widget took (Qt's buttons ignore it outside
    dialogs, so it reaches the window) clicks the focused push or tool button."""

    def eventFilter(self, obj, e) -> bool:  # noqa: N802
        if e.type() != QEvent.Type.KeyPress or e.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if e.modifiers() & _COMBO_MODS:
            return False
        focus = obj.focusWidget() if isinstance(obj, QWidget) else None
        if (isinstance(focus, (QPushButton, QToolButton)) and focus.isEnabled() and focus.isVisible()
                and not isinstance(focus.window(), QDialog)):
            focus.animateClick()
            return True
        return False


def enter_clicks_buttons(window: QWidget) -> EnterClicksButtons:
    f = EnterClicksButtons(window)
    window.installEventFilter(f)
    return f


@dataclass(frozen=True)
class Binding:
    """One key sequence one action or shortcut answers to, and where it is live."""

    keys: str  # QKeySequence.toString()
    name: str  # the action's text or the shortcut's object name
    context: Qt.ShortcutContext
    scope: QWidget | None  # the widget whose focus (or window) makes it live
    owner: QObject


def _name(obj) -> str:
    if isinstance(obj, QAction):
        return obj.text().replace("&", "") or obj.objectName() or repr(obj)
    return obj.objectName() or obj.whatsThis() or repr(obj)


def shortcut_table(window: QWidget) -> list[Binding]:
    """Every key sequence of the window's actions and shortcuts (each action once)."""
    seen: set[int] = set()
    owners = list(window.findChildren(QAction)) + list(window.actions())
    for w in window.findChildren(QWidget):
        owners.extend(w.actions())
    out: list[Binding] = []
    for a in owners:
        if id(a) in seen:
            continue
        seen.add(id(a))
        scopes = [w for w in a.associatedObjects() if isinstance(w, QWidget)]
        scope = scopes[0] if scopes else window
        if isinstance(scope, QMenu):  # a menu of the menu bar: live in the window it belongs to
            scope = window if _top(scope) in (window, None) else scope
        if _top(scope) is not window:
            continue  # another window's (a dialog's) own actions
        for seq in a.shortcuts():
            if not seq.isEmpty():
                out.append(Binding(seq.toString(), _name(a), a.shortcutContext(), scope, a))
    for sc in window.findChildren(QShortcut):
        parent = sc.parent()
        if not isinstance(parent, QWidget) or parent.window() is not window:
            continue
        for seq in sc.keys():
            if not seq.isEmpty():
                out.append(Binding(seq.toString(), _name(sc), sc.context(), parent, sc))
    return out


def _top(w: QWidget | None) -> QWidget | None:
    """The window a widget is in; a menu counts as the window its parent widget is in."""
    while isinstance(w, QMenu):
        w = w.parentWidget()
    return w.window() if w is not None else None


def _live_together(a: Binding, b: Binding) -> bool:
    """Whether both can be live at once: window-wide ones always; a widget's own when the other is
    window-wide or belongs to the same widget (or one inside the other)."""
    wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    if a.context in wide and b.context in wide:
        return True
    sa, sb = a.scope, b.scope
    if a.context in wide or b.context in wide:
        return True
    if sa is None or sb is None:
        return False
    return sa is sb or sa.isAncestorOf(sb) or sb.isAncestorOf(sa)


def ambiguities(window: QWidget) -> list[tuple[Binding, Binding]]:
    """Pairs of different actions/shortcuts answering to the same keys while both are live."""
    table = shortcut_table(window)
    out = []
    for i, a in enumerate(table):
        for b in table[i + 1:]:
            if a.keys == b.keys and a.owner is not b.owner and _live_together(a, b):
                out.append((a, b))
    return out
