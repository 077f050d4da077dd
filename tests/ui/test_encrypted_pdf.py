"""Password-protected PDFs: listed as left out on the About page, and readable with their password."""

from __future__ import annotations

import shutil

import pytest

from presskit.ui.qt import QApplication, QUrl
from uihelpers import make_source


PASSWORD = "sesame"


def locked_pdf(path, pages):
    import pymupdf

    d = pymupdf.open()
    for text in pages:
        d.new_page().insert_textbox(pymupdf.Rect(72, 72, 540, 760), text, fontsize=12, fontname="helv")
    d.save(str(path), encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=PASSWORD, owner_pw="owner-" + PASSWORD,
           garbage=3, deflate=True)
    d.close()
    return path


@pytest.fixture(scope="module")
def locked_kit(tmp_path_factory):
    from presskit.build import build_kit

    base = tmp_path_factory.mktemp("locked")
    src = make_source(base / "src")
    locked_pdf(src / "2026-11-17_statement_locked_en.pdf", ["Embargoed statement.", "Second page, still secret."])
    build_kit(src, base / "kit")
    return base / "kit"


@pytest.fixture
def win(qtbot, settings):
    from presskit.ui.app import Viewer, make_application

    make_application([])
    w = Viewer(settings).window
    qtbot.addWidget(w)
    w.show()
    yield w
    w.reader._close_password_dialog()
    w.runner.wait(3000)


def open_kit(qtbot, w, path):
    with qtbot.waitSignal(w.kitOpened, timeout=15000):
        w.open_kit(path)


def password_dialog(qtbot, reader):
    qtbot.waitUntil(lambda: reader.password_dialog is not None and reader.password_dialog.isVisible(), timeout=10000)
    return reader.password_dialog


def test_about_page_lists_files_left_out_with_reasons(qtbot, win, locked_kit):
    open_kit(qtbot, win, locked_kit)
    assert [s["reason"] for s in win.kit.skipped] == ["encrypted"]
    text = win.reader.about.toPlainText()
    assert "Files left out" in text
    assert "2026-11-17_statement_locked_en.pdf — protected by a password" in text
    assert "Open it with its password" in text
    # not offered as a normal document
    assert all("locked" not in it.path for it in win.kit.items)


def test_left_out_pdf_opens_with_its_password_and_says_when_it_is_wrong(qtbot, win, locked_kit):
    open_kit(qtbot, win, locked_kit)
    reader = win.reader
    reader.about.anchorClicked.emit(QUrl("skipped:0"))
    dlg = password_dialog(qtbot, reader)
    from presskit.ui.qt import QLineEdit

    assert dlg.textEchoMode() == QLineEdit.EchoMode.Password
    assert "protected by a password" in dlg.labelText()
    assert reader.stack.currentWidget() is reader.message

    dlg.setTextValue("wrong guess")
    dlg.accept()
    dlg2 = password_dialog(qtbot, reader)
    assert dlg2 is not dlg
    assert "not right" in dlg2.labelText()
    assert "not right" in reader.message.text()
    assert reader.pdf.page_count == 0  # nothing shown with a wrong password

    with qtbot.waitSignal(reader.pdf.documentLoaded, timeout=10000) as blocker:
        dlg2.setTextValue(PASSWORD)
        dlg2.accept()
    assert blocker.args == [2]
    assert reader.current_view() is reader.pdf
    assert reader.controls.isVisible()
    # pages render and text is searchable in the PDF threads, each with its own unlocked Document
    qtbot.waitUntil(lambda: reader.pdf._painted_first, timeout=10000)
    with qtbot.waitSignal(reader.pdf.hitsChanged, timeout=10000, check_params_cb=lambda c, t: t > 0):
        reader.pdf.find("secret")
    assert reader.pdf.hits[0][0] == 1
    assert win.error_box is None


def test_cancelling_the_password_leaves_a_way_back(qtbot, win, built_kit, tmp_path):
    kit_dir = tmp_path / "kit"
    shutil.copytree(built_kit, kit_dir)
    victim = kit_dir / "2026-11-16_statement_opening_en.pdf"
    locked_pdf(victim, ["Opening statement.", "Two.", "Three."])  # a kit item whose PDF now needs a password
    open_kit(qtbot, win, kit_dir)
    item = next(it for it in win.kit.items if it.path == victim.name)
    win.open_item(item.id)
    dlg = password_dialog(qtbot, win.reader)
    dlg.reject()
    QApplication.processEvents()
    msg = win.reader.message.text()
    assert "protected by a password" in msg and "Enter the password" in msg
    win.reader.message.linkActivated.emit("password")
    dlg = password_dialog(qtbot, win.reader)
    with qtbot.waitSignal(win.reader.pdf.documentLoaded, timeout=10000):
        dlg.setTextValue(PASSWORD)
        dlg.accept()
    # another document, then back: no second question this session
    other = next(it for it in win.kit.items if it.media == "pdf" and it.id != item.id)
    with qtbot.waitSignal(win.reader.pdf.documentLoaded, timeout=10000):
        win.open_item(other.id)
    with qtbot.waitSignal(win.reader.pdf.documentLoaded, timeout=10000):
        win.open_item(item.id)
    assert win.reader.password_dialog is None
