"""The organisation's saved press page: photos credited from the text next to them, linked files titled
and typed from the page's lists, web links kept, the page's own files left out."""

from __future__ import annotations

import pytest

from presskit.build.items import list_source_files
from presskit.ingest.webpage import find_press_pages, read_press_page, split_credit
from pressfolder import ASSET_FILES, EXPECTED, PAGE_LINKS, PAGE_NAME, make_photo, make_press_folder

PAGE = f"web/{PAGE_NAME}.html"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return make_press_folder(tmp_path_factory.mktemp("press"))


@pytest.fixture(scope="module")
def page(folder):
    pages = find_press_pages(folder, list_source_files(folder))
    assert [p.path for p in pages] == [PAGE]
    return pages[0]


def test_every_photo_credit_line_ends_up_on_its_photo(folder, page):
    photos = {rel: exp for rel, exp in EXPECTED.items() if exp["kind"] == "photo"}
    assert page.photos == list(photos)
    for rel, exp in photos.items():
        assert page.hint(rel, "credit").value == exp["credit"], rel
        assert page.hint(rel, "caption").value == exp["caption"], rel
        assert page.hint(rel, "credit").source == PAGE
    credit_lines = (folder / PAGE).read_text(encoding="utf-8").count("Photo credit:")
    assert credit_lines == len(photos)


def test_linked_files_get_the_link_text_and_the_kind_of_their_list(page):
    for rel, exp in EXPECTED.items():
        if not rel.startswith("web/") or rel == PAGE or exp["kind"] == "photo":
            continue
        assert page.hint(rel, "title").value == exp["title"]
        assert page.hint(rel, "kind").value == exp["kind"]
        assert page.hint(rel, "date").value == exp["date"]
    h = page.hint("web/CMC-General-Statement-15.11.11_French.pdf", "kind")
    assert h.reason == 'heading "CMC Statements" of the list the link stands in'
    assert page.hint("web/CMC-General-Statement-15.11.11_French.pdf", "language").value == "fr"


def test_the_page_itself_is_a_document_of_its_main_content(page):
    assert page.hint(PAGE, "title").value == EXPECTED[PAGE]["title"]
    assert page.hint(PAGE, "date").value == "2011-11-14"
    assert page.hint(PAGE, "language").value == "en"
    assert page.hint(PAGE, "kind") is None  # a resources page: no kind word, no press-release opening
    assert "The Fourth Review Conference of the Convention" in page.text
    assert "• CMC General Statement - 15.11.11_French" in page.text
    for chrome in ("Donate", "About us", "tracking", "An older story", "Share on Facebook", "window.x"):
        assert chrome not in page.text


def test_web_links_are_kept_and_navigation_and_share_buttons_are_not(page):
    assert page.links == PAGE_LINKS


def test_the_pages_own_files_are_assets_not_items(page):
    assert page.assets == set(ASSET_FILES)
    assert not set(page.photos) & page.assets


def test_an_ordinary_html_document_is_not_a_press_page(tmp_path):
    (tmp_path / "note.html").write_text("<h1>Note</h1><p>See <a href='a.pdf'>this</a>.</p>", encoding="utf-8")
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    assert find_press_pages(tmp_path, ["a.pdf", "note.html"]) == []


def test_relative_links_and_captions_before_the_photo(tmp_path):
    """A page saved 'HTML only' beside its documents: relative links, a caption written above the photo."""
    make_photo(tmp_path / "img" / "delegates.jpg", (640, 480), 5)
    for name in ("r1.pdf", "r2.pdf"):
        (tmp_path / "docs").mkdir(exist_ok=True)
        (tmp_path / "docs" / name).write_bytes(b"%PDF-1.4")
    (tmp_path / "press.html").write_text(
        "<html><body><main><h1>Communiqués</h1><p>La Coalition publie ici ses communiqués et les "
        "déclarations de la conférence, avec les photos de la semaine.</p>"
        "<p>Les délégués en séance plénière. Crédit photo : Jean Dupont/Coalition</p>"
        "<p><img src='img/delegates.jpg'></p>"
        "<h2>Communiqués de presse</h2><ul>"
        "<li><a href='docs/r1.pdf'>Ouverture de la conférence - 14.11.2011</a></li>"
        "<li><a href='./docs/r2.pdf'>Clôture</a> (<a href='docs/r2.pdf'>PDF</a>)</li></ul>"
        "</main></body></html>", encoding="utf-8")
    files = {"press.html", "img/delegates.jpg", "docs/r1.pdf", "docs/r2.pdf"}
    page = read_press_page(tmp_path, "press.html", files)
    assert page.photos == ["img/delegates.jpg"]
    assert page.hint("img/delegates.jpg", "credit").value == "Jean Dupont/Coalition"
    assert page.hint("img/delegates.jpg", "caption").value == "Les délégués en séance plénière."
    assert page.hint("docs/r1.pdf", "title").value == "Ouverture de la conférence - 14.11.2011"
    assert page.hint("docs/r1.pdf", "kind").value == "press-release"
    assert page.hint("docs/r1.pdf", "date").value == "2011-11-14"
    assert page.hint("docs/r2.pdf", "title").value == "Clôture"  # "PDF" is not a title
    assert page.hint("press.html", "language").value == "fr"


def test_remote_images_are_never_fetched_or_listed(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "p.html").write_text(
        "<p><img src='https://example.org/remote.jpg'>Remote. Photo credit: Nobody</p>"
        "<p><a href='a.pdf'>Doc A</a> <a href='b.pdf'>Doc B</a></p>", encoding="utf-8")
    page = read_press_page(tmp_path, "p.html", {"p.html", "a.pdf", "b.pdf"})
    assert page.photos == []  # conftest's network guard would fail the test on any fetch


def test_hostile_html_is_read_without_recursion_or_script(tmp_path):
    deep = "<div>" * 50_000 + "deep text" + "</div>" * 50_000
    junk = "<p <a href=>>>" + "<td><tr><li>" * 2000 + "<script>while(1){}</script><!--"
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    html = f"<a href='a.pdf'>A</a><a href='b.pdf'>B</a>{deep}{junk}"
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    page = read_press_page(tmp_path, "p.html", {"p.html", "a.pdf", "b.pdf"})
    assert page is not None and "deep text" in page.text and "while" not in page.text


@pytest.mark.parametrize("text,caption,credit", [
    ("Campaigners in Geneva. Photo credit: Alison Locke/CMC", "Campaigners in Geneva.", "Alison Locke/CMC"),
    ("Photo credit: Mary Wareham/HRW.", "", "Mary Wareham/HRW"),
    ("Survivors meet delegates (Photo: AFP/John Smith)", "Survivors meet delegates", "AFP/John Smith"),
    ("La séance plénière. Crédit photo : Jean Dupont", "La séance plénière.", "Jean Dupont"),
    ("Fields cleared in 2024. © Lantern Coalition", "Fields cleared in 2024.", "Lantern Coalition"),
    ("Photos: J. Smith/CMC. More pictures on Flickr", "", "J. Smith/CMC"),
    ("A sentence about photography: no credit here at all.", None, ""),
    ("No credit in this caption.", "No credit in this caption.", ""),
])
def test_split_credit(text, caption, credit):
    got_caption, got_credit = split_credit(text)
    assert got_credit == credit
    if caption is not None:
        assert got_caption == caption
