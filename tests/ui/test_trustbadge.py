"""Viewer trust parts: the signature badge (signed / unsigned / modified) and File > Import update."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from presskit.kit import keys, signing



@pytest.fixture
def win(qtbot, settings):
    from presskit.ui.importupdate import install_import_update
    from presskit.ui.mainwindow import MainWindow
    from presskit.ui import i18n
    from presskit.ui.trustbadge import install_trust_badge

    i18n.install("en")  # English plural forms ("6 files checked"), whatever ran before
    w = MainWindow(settings)
    install_trust_badge(w)
    install_import_update(w)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.wait(5000)


@pytest.fixture
def signed(built_kit, tmp_path):
    kit = tmp_path / "kit"
    shutil.copytree(built_kit, kit)
    key = tmp_path / "key.pem"
    keys.generate_key(key)
    signing.sign_kit(kit, key, publisher="ICAN Press")
    return kit, key


def unsign(root: Path) -> Path:
    """An ordinary unsigned kit: no signature, and a manifest that names no key."""
    (root / "signature.json").unlink(missing_ok=True)
    data = json.loads((root / "manifest.json").read_text("utf-8"))
    data["kit"].pop("key_fingerprint", None)
    (root / "manifest.json").write_bytes(
        (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    return root


def open_and_check(qtbot, w, path):
    with qtbot.waitSignal(w.kitOpened, timeout=10000):
        w.open_kit(str(path))
    badge = w.trust.badge
    assert badge.isVisible()
    qtbot.waitUntil(lambda: badge.final, timeout=10000)
    return badge


def test_badge_signed(qtbot, win, signed):
    kit, _ = signed
    badge = open_and_check(qtbot, win, kit)
    assert badge.text().startswith("✔ Signed by ICAN Press")
    assert badge.report.fingerprint in badge.toolTip()
    assert "files checked" in badge.details_text()


def test_badge_names_modified_file(qtbot, win, signed):
    kit, _ = signed
    target = next(p for p in kit.rglob("*.md"))
    target.write_text(target.read_text() + "\nPlanted sentence.\n")
    badge = open_and_check(qtbot, win, kit)
    assert "Modified after signing" in badge.text()
    assert target.name in badge.text()
    assert target.name in badge.details_text()


def test_badge_unsigned(qtbot, win, built_kit):
    badge = open_and_check(qtbot, win, built_kit)
    assert badge.text() == "Unsigned"
    assert win.import_update.action.isEnabled()  # folder kits can take updates


def test_import_update_marks_new_items(qtbot, win, signed, tmp_path):
    from presskit.build import build_kit
    from presskit.kit.updates import make_update
    kit, key = signed
    src2 = tmp_path / "src2"  # the same source files (same bytes) plus one new statement
    shutil.copytree(kit, src2, ignore=shutil.ignore_patterns("index", "manifest.json", "signature.json"))
    (src2 / "2026-11-18_statement_closing_en.md").write_text("# Closing\n\nThe summit closes on a vote.\n")
    build_kit(src2, tmp_path / "v2", workers=1)
    signing.sign_kit(tmp_path / "v2", key)
    make_update(kit, tmp_path / "v2", tmp_path / "up.presskit", key=key)

    open_and_check(qtbot, win, kit)  # first open: remembered as seen, nothing new yet
    assert win.new_items.ids == set()
    imp = win.import_update
    assert imp.action.isEnabled()
    imp.confirm = lambda plan: plan.signed and plan.added == ["2026-11-18_statement_closing_en.md"]
    with qtbot.waitSignal(win.kitOpened, timeout=30000):
        imp.import_path(str(tmp_path / "up.presskit"))
    assert imp.last_result is not None and imp.last_result.signed
    qtbot.waitUntil(lambda: win.trust.badge.final, timeout=10000)
    assert win.trust.badge.text().startswith("✔ Signed by ICAN Press")
    new = {win.kit.item(i).path for i in win.new_items.ids}
    assert new == {"2026-11-18_statement_closing_en.md"}
    assert win.side.isTabVisible(win.trust.tab)
    assert win.trust.panel.list.count() == 1


def test_import_update_from_another_key_is_refused(qtbot, win, signed, tmp_path):
    from presskit.kit.updates import make_update

    kit, _ = signed
    other = tmp_path / "other.pem"
    keys.generate_key(other)
    v2 = tmp_path / "v2"
    shutil.copytree(kit, v2)
    unsign(v2)
    signing.sign_kit(v2, other, publisher="Impostor")
    base = unsign(Path(shutil.copytree(kit, tmp_path / "base")))
    make_update(base, v2, tmp_path / "evil.presskit", key=other)
    open_and_check(qtbot, win, kit)
    before = (kit / "manifest.json").read_bytes()
    win.import_update.confirm = lambda info: True
    with qtbot.waitSignal(win.errorShown, timeout=10000) as blocker:
        win.import_update.import_path(str(tmp_path / "evil.presskit"))
    assert "another key" in blocker.args[0]
    assert (kit / "manifest.json").read_bytes() == before


def test_viewer_installs_trust_features(qtbot, settings, built_kit):
    from presskit.ui.app import Viewer, make_application

    make_application([])
    v = Viewer(settings)
    w = v.window
    qtbot.addWidget(w)
    assert hasattr(w, "trust") and hasattr(w, "import_update")
    assert w.import_update.action in w.menus["file"].actions()
    with qtbot.waitSignal(w.kitOpened, timeout=10000):
        w.open_kit(str(built_kit))
    qtbot.waitUntil(lambda: w.trust.badge.final, timeout=10000)
    assert w.trust.badge.text() == "Unsigned"
    w.runner.wait(5000)


def test_install_is_idempotent(qtbot, settings):
    from presskit.ui.mainwindow import MainWindow
    from presskit.ui.trust import install

    w = MainWindow(settings)
    qtbot.addWidget(w)
    a = install(w)
    assert install(w) == a
    assert sum(1 for x in w.menus["file"].actions() if x.objectName() == "importUpdate") == 1
