"""Desktop integration: welcome that sticks once dismissed, About with licence and notices, offline guide."""

from __future__ import annotations


def test_welcome_does_not_come_back_once_dismissed(qtbot, tmp_path):
    from presskit.kit.open import open_kit
    from presskit.locations import sample_kit_path
    from presskit.ui import desktop
    from presskit.ui.mainwindow import MainWindow
    from presskit.ui.settings import Settings

    ini = tmp_path / "presskit.ini"
    w = MainWindow(Settings(ini))
    qtbot.addWidget(w)
    w.set_kit(open_kit(sample_kit_path()))
    dlg = desktop.maybe_show_welcome(w)
    assert dlg is not None and dlg.isVisible()
    assert w.kit.info.title in dlg.kit_sentence(w.kit)
    assert dlg.dont_show.isChecked()
    dlg.start_button.click()
    assert desktop.maybe_show_welcome(w) is None
    assert desktop.maybe_show_welcome(type("W", (), {"settings": Settings(ini), "kit": None})()) is None


def test_welcome_comes_back_if_unticked(qtbot, tmp_path):
    from presskit.ui import desktop
    from presskit.ui.mainwindow import MainWindow
    from presskit.ui.settings import Settings

    w = MainWindow(Settings(tmp_path / "p.ini"))
    qtbot.addWidget(w)
    dlg = desktop.maybe_show_welcome(w)
    dlg.dont_show.setChecked(False)
    dlg.reject()
    again = desktop.maybe_show_welcome(w)
    assert again is not None
    again.close()


def test_about_shows_version_licence_and_third_party(qtbot):
    from presskit import __version__
    from presskit.ui import desktop

    dlg = desktop.AboutDialog()
    qtbot.addWidget(dlg)
    text = dlg.licence_text()
    assert text.startswith("                    GNU AFFERO GENERAL PUBLIC LICENSE") and len(text.splitlines()) == 661
    notices = dlg.findChild(desktop.QTextBrowser, "thirdParty").toPlainText()
    for name, lic in (("PySide6", "LGPL-3.0"), ("PyMuPDF", "AGPL-3.0"), ("Whoosh", "BSD-2-Clause"),
                      ("Pillow", "MIT-CMU (HPND)"), ("cryptography", "Apache-2.0"), ("platformdirs", "MIT")):
        assert name in notices and lic in notices
    assert __version__ in dlg.findChildren(desktop.QLabel)[1].text()


def test_user_guide_offline_links_are_copied(qtbot):
    from presskit.ui import desktop
    from presskit.ui.qt import QApplication, QUrl

    g = desktop.UserGuideWindow()
    qtbot.addWidget(g)
    titles = [h[1] for h in g.headings]
    for t in ("Open a kit", "Search", "Quotations and citations", "Export and print", "Keyboard shortcuts"):
        assert t in titles
    g.contents.setCurrentRow(g.find_heading("Keyboard"))
    g._link(QUrl("https://example.org/x"))
    assert QApplication.clipboard().text() == "https://example.org/x"


def test_help_menu_has_guide_welcome_about(qtbot, tmp_path):
    from presskit.ui.mainwindow import MainWindow
    from presskit.ui.settings import Settings

    w = MainWindow(Settings(tmp_path / "p.ini"))
    qtbot.addWidget(w)
    names = [a.text().replace("&", "") for a in w.menu("help").actions() if a.text()]
    assert {"User guide", "Welcome", "About presskit"} <= set(names)


def test_the_welcome_waits_until_the_kit_is_indexed(qtbot, tmp_path):
    # on a first start with a kit to index, the welcome opened over the indexing progress: the
    # reader's Esc, meant for the welcome, cancelled the indexing and left search unavailable
    from presskit.ui import desktop
    from presskit.ui.mainwindow import MainWindow
    from presskit.ui.settings import Settings

    w = MainWindow(Settings(tmp_path / "p.ini"))
    qtbot.addWidget(w)
    w.show()
    w.index_task = object()  # indexing under way
    desktop.show_welcome_when_ready(w, delay_ms=0)
    qtbot.wait(700)
    assert getattr(w, "welcome_dialog", None) is None
    w.index_task = None  # indexed
    qtbot.waitUntil(lambda: getattr(w, "welcome_dialog", None) is not None and w.welcome_dialog.isVisible(),
                    timeout=3000)
    w.welcome_dialog.close()


def test_the_welcome_does_not_interrupt_a_reader_already_at_work(qtbot, tmp_path):
    # a large kit is indexed for a minute; the reader browses and types meanwhile: a welcome opening
    # then took the words being typed (a space ticked "Don't show this again", Enter opened the guide)
    from presskit.ui import desktop
    from presskit.ui.mainwindow import MainWindow
    from presskit.ui.settings import Settings

    w = MainWindow(Settings(tmp_path / "p.ini"))
    qtbot.addWidget(w)
    w.show()
    w.index_task = object()
    desktop.show_welcome_when_ready(w, delay_ms=0)
    w.list_pane.box.setText("ammunition")
    w.index_task = None
    qtbot.wait(800)
    assert getattr(w, "welcome_dialog", None) is None
    assert w.settings.get("show_welcome")  # still shown at the next start


def test_the_welcome_shows_every_line_of_a_long_kit_title(qtbot, tmp_path):
    """A conference's long title wrapped the welcome's sentence on more lines than the dialog made room for:
    its last line ("15 documents, 0 photos") was cut under the steps. Every wrapped text of the welcome has the
    height its lines need, also once the dialog is made as narrow and short as it can be."""
    from types import SimpleNamespace

    from presskit.ui import desktop
    from presskit.ui.mainwindow import MainWindow
    from presskit.ui.qt import QLabel
    from presskit.ui.settings import Settings

    w = MainWindow(Settings(tmp_path / "p.ini"))
    qtbot.addWidget(w)
    info = SimpleNamespace(
        title="Shoreweed Coalition at the First Meeting of the Parties to the Ombreval Agreement on Sargassum "
              "Influxes and Coastal Resilience — press kit, with statements, briefings and the daily newsletter",
        organisation="Shoreweed Coalition for Clean Coasts and Fair Fisheries", publisher="",
        event="First Meeting of the Parties to the Ombreval Agreement on Sargassum Influxes",
        venue="Port-Lazarine Convention Centre, Port-Lazarine")
    w.kit = SimpleNamespace(info=info, items=[])
    dlg = desktop.show_welcome(w)
    qtbot.waitUntil(dlg.isVisible)
    for size in ((dlg.width(), dlg.height()), (dlg.minimumWidth(), 120)):
        dlg.resize(*size)
        qtbot.wait(50)
        cut = [(lab.objectName() or lab.text()[:20], lab.height(), lab.heightForWidth(lab.width()))
               for lab in dlg.findChildren(QLabel) if lab.wordWrap() and lab.isVisible()
               and lab.height() < lab.heightForWidth(lab.width())]
        assert not cut, (size, cut)
    dlg.close()
