"""Selection, export, copy with citation, the Quotes view and printing in the viewer (pytest-qt)."""

from __future__ import annotations

import zipfile

import pymupdf
import pytest

from presskit.ui.qt import QApplication, QKeySequence, Qt



@pytest.fixture
def win(qtbot, settings):
    from presskit.ui.app import make_application
    from presskit.ui.mainwindow import MainWindow

    make_application([])
    w = MainWindow(settings)
    if getattr(w, "journalist", None) is None:  # until the main window installs the tools itself
        from presskit.ui.journalism import install

        install(w)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.wait(3000)


def open_kit(qtbot, w, path):
    with qtbot.waitSignal(w.kitOpened, timeout=10000):
        w.open_kit(path)
    tools = w.journalist
    qtbot.waitUntil(lambda: tools.quotes.all_quotes or "No quotation" in tools.quotes.status.text()
                    or "quotation" in tools.quotes.status.text(), timeout=10000)
    return tools


def test_select_all_listed_then_export_zip_and_pdf(qtbot, win, built_kit, tmp_path):
    tools = open_kit(qtbot, win, built_kit)
    tools.mark_all_listed()  # every document the list shows
    docs = [it for it in win.kit.items if not it.is_photo]
    assert sorted(tools.selection.ids()) == sorted(it.id for it in docs)
    win.navigator.select({"photos": True})  # the photo gallery
    qtbot.waitUntil(lambda: win.list_pane.stack.currentWidget() is win.list_pane.gallery)
    tools.mark_all_listed()
    n = len(win.kit.items)
    assert len(tools.selection) == n
    assert tools.panel.list.count() == n
    assert str(n) in tools.panel.count_label.text() and str(n) in tools.count_label.text()
    # unchecking a row in the Selected view removes it
    row = tools.panel.list.item(0)
    first = row.data(Qt.ItemDataRole.UserRole)
    row.setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: len(tools.selection) == n - 1)
    assert first not in tools.selection
    tools.selection.add([first])

    asked = []
    dlg = tools.export_selection()
    dlg.ask = lambda title, text: asked.append(text) or True  # one photo has no credit: say yes
    dlg.set_format("zip")
    dlg.path_edit.setText(str(tmp_path / "sel.zip"))
    with qtbot.waitSignal(dlg.exportFinished, timeout=20000) as blocker:
        qtbot.mouseClick(dlg.export_btn, Qt.MouseButton.LeftButton)
    report = blocker.args[0]
    assert asked and "nocredit" in asked[0].lower()
    with zipfile.ZipFile(report.path) as zf:
        names = zf.namelist()
        credits = zf.read("sel/CREDITS.txt").decode("utf-8")
    assert len([x for x in names if not x.endswith(("CREDITS.txt", "index.html"))]) == n
    assert "Jo Smith / ICAN" in credits and "Delegates at the opening session" in credits
    assert "Exported" in dlg.status.text()
    dlg.close()

    dlg = tools.export_selection()
    dlg.ask = lambda title, text: True
    dlg.set_format("pdf")
    dlg.path_edit.setText(str(tmp_path / "sel.pdf"))
    with qtbot.waitSignal(dlg.exportFinished, timeout=20000):
        dlg.start()
    doc = pymupdf.open(tmp_path / "sel.pdf")
    titles = [t for lvl, t, _ in doc.get_toc() if lvl == 2]
    assert len(titles) == n
    assert any("Jo Smith / ICAN" in p.get_text() for p in doc)
    assert win.settings.get("export_format") == "pdf"
    dlg.close()


def test_export_refusal_and_cancel_keep_dialog_usable(qtbot, win, built_kit, tmp_path):
    tools = open_kit(qtbot, win, built_kit)
    tools.selection.add([it.id for it in win.kit.items if it.is_photo and it.credit])
    dlg = tools.export_selection()
    dlg.set_format("folder")
    dlg.path_edit.setText(str(built_kit / "inside"))
    with qtbot.waitSignal(dlg.exportFailed, timeout=10000) as b:
        dlg.start()
    assert "kit" in b.args[0] and not (built_kit / "inside").exists()
    assert dlg.export_btn.isEnabled()
    # not asked about credits: every photo here has one
    dlg.ask = lambda *a: pytest.fail("asked about credits")
    dlg.path_edit.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(dlg.exportFinished, timeout=10000):
        dlg.start()
    assert (tmp_path / "out" / "CREDITS.txt").is_file()
    dlg.close()


def test_missing_credit_answer_no_exports_nothing(qtbot, win, built_kit, tmp_path):
    tools = open_kit(qtbot, win, built_kit)
    tools.selection.add([it.id for it in win.kit.items if it.is_photo])
    dlg = tools.export_selection()
    dlg.ask = lambda *a: False
    dlg.set_format("zip")
    dlg.path_edit.setText(str(tmp_path / "x.zip"))
    dlg.start()
    assert dlg.task is None and not (tmp_path / "x.zip").exists()
    assert "Not exported" in dlg.status.text()
    dlg.close()


def test_mark_with_keyboard_toggles(qtbot, win, built_kit):
    tools = open_kit(qtbot, win, built_kit)
    lst = win.list_pane.list
    lst.setFocus()
    lst.setCurrentItem(lst.topLevelItem(0))
    lst.topLevelItem(0).setSelected(True)
    first = lst.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)[0]
    qtbot.keyClick(lst, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert tools.selection.ids() == [first]
    qtbot.keyClick(lst, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert tools.selection.ids() == []


def _clipboard():
    md = QApplication.clipboard().mimeData()
    return md.text(), md.html()


def test_copy_selected_text_with_citation(qtbot, win, built_kit):
    tools = open_kit(qtbot, win, built_kit)
    item = next(it for it in win.kit.items if it.media == "pdf" and it.language == "en")
    pdf = win.reader.pdf
    with qtbot.waitSignal(pdf.documentLoaded, timeout=10000):
        win.open_item(item.id, 1)
    qtbot.waitUntil(lambda: pdf.words_of(1) is not None, timeout=10000)
    words = pdf.words_of(1)
    pdf.select_words(1, 0, 2)
    selected = win.reader.selected_text()
    assert selected.split() == [w[4] for w in words[:3]]
    win.settings.set("citation_style", "news")
    pdf.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(pdf, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text, html = _clipboard()
    assert text.startswith("“" + " ".join(selected.split()))
    assert item.title in text and "p. 1" in text and "16 November 2026" in text
    assert "<span lang=\"en\">" in html
    # the bibliographic style, chosen from the Edit menu
    style = next(a for a in tools.style_group.actions() if a.data() == "bibliographic")
    style.trigger()
    assert win.settings.get("citation_style") == "bibliographic"
    assert tools.copy_with_citation()
    text, _ = _clipboard()
    assert "\n" in text and "Statement" in text and "16 Nov. 2026, p. 1." in text


def test_quotes_view_open_and_cite(qtbot, win, built_kit):
    tools = open_kit(qtbot, win, built_kit)
    view = tools.quotes
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    quotes = view.all_quotes
    q = next((x for x in quotes if x.speaker == "Ana Pérez"), None)
    assert q is not None, [(x.text, x.speaker) for x in quotes]
    tools.show_quotes()
    view.speaker_combo.setCurrentIndex(view.speaker_combo.findData("Ana Pérez"))
    assert view.model.rowCount() >= 1 and all(x.speaker == "Ana Pérez" for x in view.model.quotes)
    win.settings.set("citation_style", "news")
    QApplication.clipboard().clear()
    assert tools.copy_with_citation()
    text, html = _clipboard()
    assert "«\u00a0Le désarmement nucléaire est urgent\u00a0», said Ana Pérez" in text
    assert "translation, French" in text and "&laquo;" not in html and "said Ana Pérez" in html
    with qtbot.waitSignal(win.itemOpened, timeout=10000):
        view.open_current()
    assert win.reader.item.id == q.document_id
    qtbot.waitUntil(lambda: win.reader.pdf.current_page == q.page and bool(win.reader.pdf.hits), timeout=10000)


def test_print_current_document_to_pdf(qtbot, win, built_kit, tmp_path):
    from presskit.export import item_pdf_bytes
    from presskit.ui.printing import QPrinter, print_pdf

    open_kit(qtbot, win, built_kit)
    md = next(it for it in win.kit.items if it.media == "markdown")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(printer, item_pdf_bytes(win.kit, md)) == 1
    assert pymupdf.open(tmp_path / "printed.pdf").page_count == 1


def test_actions_are_in_the_menus(win):
    edit = [a.text() for a in win.menu("edit").actions()]
    assert any("citation" in t.lower() for t in edit)
    file_ = [a.text() for a in win.menu("file").actions()]
    assert any("Export" in t for t in file_) and any("Print" in t for t in file_)
    assert win.journalist.cite_action.shortcut() == QKeySequence("Ctrl+Shift+C")


def test_the_status_bar_names_a_long_export_path_without_cutting_it_off(qtbot, win, built_kit, tmp_path):
    """At 1024 px the status bar said "Exported to /home/…/Tidewater-Alliance-at-the-(" and ran into
    the selection count: the file's name, the part a reader looks for, was cut off. The path is now
    shortened in its middle to the room the message has."""
    win.resize(1024, 700)
    tools = open_kit(qtbot, win, built_kit)
    tools.selection.add([it.id for it in win.kit.items if it.is_photo and it.credit])
    folder = tmp_path / ("a-folder-with-a-long-name-for-the-press-office-" * 3)
    folder.mkdir()
    dlg = tools.export_selection()
    dlg.set_format("pdf")
    dlg.path_edit.setText(str(folder / "Conference-press-kit-selection-2026-11-29.pdf"))
    with qtbot.waitSignal(dlg.exportFinished, timeout=20000):
        dlg.start()
    dlg.close()
    sb = win.statusBar()
    msg = sb.currentMessage()
    assert msg.endswith("selection-2026-11-29.pdf"), msg
    assert sb.fontMetrics().horizontalAdvance(msg) <= sb.width() - win.status_area.width(), msg


def test_ctrl_shift_c_on_a_photo_copies_its_caption_and_credit_with_its_source(qtbot, win):
    # on a photo Ctrl+Shift+C said "Select some text in a document, or a quotation, first.": a
    # journalist could not take a photo's caption and credit, which must travel with it, as a citation
    from presskit.locations import sample_kit_path

    open_kit(qtbot, win, sample_kit_path())
    photo = next(it for it in win.kit.items if it.kind == "photo" and it.caption and it.credit)
    win.open_item(photo.id)
    win.settings.set("citation_style", "news")
    QApplication.clipboard().clear()
    qtbot.keyClick(win, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text, html = _clipboard()
    caption = " ".join(photo.caption.split())
    assert text.startswith(caption.rstrip(".")) and f"Photo: {photo.credit}" in text, text
    assert photo.title in text and "November 2026" in text and "<p>" in html
    win.settings.set("citation_style", "bibliographic")
    assert win.journalist.copy_with_citation()
    text, _ = _clipboard()
    assert f"Photo: {photo.credit}" in text and "Photograph." in text and "Nov. 2026" in text


def test_export_again_into_the_same_folder_says_so_in_french(qtbot, win, built_kit, tmp_path):
    """In French, Export again after a folder export (the same name) answered in English, « The folder
    … already exists and is not empty. Choose a new folder name. »"""
    from presskit.ui import i18n

    tools = open_kit(qtbot, win, built_kit)
    tools.selection.add([it.id for it in win.kit.items if it.is_photo and it.credit])
    i18n.install("fr")
    try:
        dlg = tools.export_selection()
        dlg.set_format("folder")
        dlg.path_edit.setText(str(tmp_path / "sel"))
        with qtbot.waitSignal(dlg.exportFinished, timeout=10000):
            dlg.start()
        with qtbot.waitSignal(dlg.exportFailed, timeout=10000) as b:
            dlg.start()
        assert "existe déjà" in b.args[0] and "already" not in b.args[0]
        assert dlg.export_btn.isEnabled()
        dlg.close()
    finally:
        i18n.install("en")
