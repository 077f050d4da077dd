"""presskit.ui.navigator: browse by kind, day, language, speaker; each entry counts what it holds."""

from __future__ import annotations

from presskit.kit.open import open_kit
from presskit.ui.navigator import Navigator, item_matches
from presskit.ui.qt import Qt


def entries(nav):
    out = {}

    def walk(node):
        for i in range(node.childCount()):
            child = node.child(i)
            flt = child.data(0, Qt.ItemDataRole.UserRole)
            if flt:
                out[child.text(0)] = flt
            walk(child)

    walk(nav.invisibleRootItem())
    return out


def test_every_entry_lists_what_it_counts(qtbot, built_kit):
    kit = open_kit(built_kit)
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_kit(kit)
    found = entries(nav)
    assert any(t.startswith("Photos") for t in found)
    for text, flt in found.items():
        if text.endswith(")") and "(" in text and "about" not in flt:
            count = int(text.rsplit("(", 1)[1].rstrip(")"))
            assert count == sum(item_matches(it, flt) for it in kit.items), text
    with qtbot.waitSignal(nav.chosen, timeout=2000) as got:
        assert nav.select({"photos": True})
    assert got.args[0] == {"photos": True}


def test_the_side_panel_is_measured_again_only_when_its_entries_change(qtbot, built_kit):
    """A large kit lists thousands of days: the navigator's width is measured once per change of
    what it shows (a kit, people listed, a group opened or closed), not at every resize."""
    from presskit.kit.open import open_kit
    from presskit.ui.navigator import Navigator

    nav = Navigator()
    qtbot.addWidget(nav)
    nav.show()
    kit = open_kit(built_kit)
    nav.set_kit(kit)
    qtbot.waitUntil(lambda: nav.people_ready, timeout=5000)
    measured = []
    real = nav.sizeHintForColumn
    nav.sizeHintForColumn = lambda col: (measured.append(col), real(col))[1]
    wide = nav.content_width()
    assert wide == real(0) and nav.content_width() == wide and len(measured) == 1
    days = next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount())
                if nav.topLevelItem(i).childCount() and nav.topLevelItem(i).isExpanded())
    days.setExpanded(False)  # fewer entries shown: measured again
    assert nav.content_width() == real(0) and len(measured) == 2
    nav.set_kit(kit)
    nav.content_width()
    assert len(measured) == 3


def test_a_long_entry_in_a_narrow_panel_keeps_its_count(qtbot, built_kit):
    """At 1024 x 700 in French the side panel showed "Communiqué de presse…": the name cut at its end,
    and the count with it. The middle of the entry gives way, so the count stays on screen."""
    from presskit.ui.qt import QFontMetrics, QStyle, QStyleOptionViewItem

    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_kit(open_kit(built_kit))
    nav.resize(150, 400)
    nav.show()
    qtbot.waitExposed(nav)
    it = next(nav.topLevelItem(i).child(0) for i in range(nav.topLevelItemCount())
              if nav.topLevelItem(i).childCount() and nav.topLevelItem(i).isExpanded())
    it.setText(0, "Communiqué de presse  (6)")  # the French label
    opt = QStyleOptionViewItem()
    opt.rect = nav.visualItemRect(it)
    opt.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    width = nav.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, nav).width()
    shown = QFontMetrics(nav.font()).elidedText(it.text(0), nav.textElideMode(), width - 4)
    assert shown != it.text(0) and shown.endswith("(6)"), shown
