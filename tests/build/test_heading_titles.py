"""A PDF without a title of its own is titled from its first page's heading (largest type at the top,
not a banner, a date or the organisation), its good metadata title is kept, and a page with no text
keeps the file name. One small kit of real PDFs, built once."""

from __future__ import annotations

import pymupdf
import pytest

from presskit.build import build_kit
from presskit.cli import main


def _pdf(path, lines, *, title="", author="", image_only=False):
    """``lines``: (text, size, bold) drawn top to bottom, then body text in 10 pt."""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    page = doc.new_page()
    if image_only:
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 60, 80), False)
        pix.clear_with(200)
        page.insert_image(page.rect, pixmap=pix)
    else:
        y = 60.0
        body = [("The delegates met on Monday to discuss the new goal for finance.", 10, False)] * 12
        for text, size, bold in lines + body:
            y += size * 1.35
            page.insert_text((60, y), text, fontsize=size, fontname="hebo" if bold else "helv")
    doc.set_metadata({"title": title, "author": author})
    doc.save(str(path))
    doc.close()


@pytest.fixture(scope="module")
def kit(tmp_path_factory):
    src = tmp_path_factory.mktemp("src")
    _pdf(src / "releases/release_day2.pdf", [("PRESS RELEASE", 28, True), ("Baku, 12 November 2024", 10, False),
                                             ("Small island states call for an adaptation window", 17, True)])
    _pdf(src / "releases/pr_health.pdf", [("Global Health Alliance", 10, False),
                                          ("Health ministers warn that heat deaths", 20, True),
                                          ("will double without faster cuts", 20, True)])
    _pdf(src / "releases/PR Opening.pdf", [("UNACR opens COP-29 with a warning on finance", 18, True)],
         title="Microsoft Word - pr_final.docx")
    _pdf(src / "releases/pr_fund.pdf", [("NEWS", 24, True), ("Roadmap for the fund agreed", 18, True)],
         title="Ministers agree roadmap for the loss and damage fund")
    _pdf(src / "scans/flyer_side_event.pdf", [], image_only=True)
    _pdf(src / "reports/annual_report.pdf", [("Contents", 20, True), ("1 Introduction", 10, False)])
    _pdf(src / "misc/note_logistics.pdf", [("Shuttle buses leave the venue every twenty minutes.", 10, False)])
    report = build_kit(src, tmp_path_factory.mktemp("out") / "kit", workers=0)
    return {it.path: it for it in report.items}, report


def test_the_heading_under_a_banner_is_the_title(kit):
    items, _ = kit
    item = items["releases/release_day2.pdf"]
    assert item.title == "Small island states call for an adaptation window"
    assert item.why["title"] == "from the first page's heading"


def test_a_heading_over_two_lines_is_read_whole_and_the_organisation_line_is_not(kit):
    items, _ = kit
    assert items["releases/pr_health.pdf"].title == \
        "Health ministers warn that heat deaths will double without faster cuts"


def test_a_generated_metadata_title_gives_way_to_the_heading(kit):
    items, _ = kit
    item = items["releases/PR Opening.pdf"]
    assert item.title == "UNACR opens COP-29 with a warning on finance"
    assert "“Microsoft Word - pr_final.docx”, looks generated" in item.why["title"]


def test_a_good_metadata_title_stays(kit):
    items, _ = kit
    assert items["releases/pr_fund.pdf"].title == "Ministers agree roadmap for the loss and damage fund"


def test_no_heading_keeps_the_file_name(kit):
    items, _ = kit
    assert items["scans/flyer_side_event.pdf"].title == "Flyer side event"
    assert items["misc/note_logistics.pdf"].title == "Note logistics"
    assert items["misc/note_logistics.pdf"].why["title"] == "from the file name"
    assert items["reports/annual_report.pdf"].title == "Annual report"  # "Contents" names no document


def test_explain_says_the_heading_chose_the_title(kit, capsys):
    _, report = kit
    assert main(["info", str(report.kit_dir), "--explain", "release_day2"]) == 0
    out = capsys.readouterr().out
    assert "  title     “Small island states call for an adaptation window” — from the first page's heading" in out


def test_a_masthead_several_pdfs_share_is_no_title_and_a_rebuild_ends_as_a_full_build(tmp_path):
    """Daily newsletters without metadata titles all open with the masthead: titled by it, they would
    read as one document three times. Each keeps its file name's title, which tells them apart; once
    only one of them is left, the heading is its title again, on a rebuild as on a first build."""
    src, out = tmp_path / "src", tmp_path / "kit"
    masthead = [("The Harbour Daily", 22, True), ("Negotiators return to the finance text", 12, False)]
    for day in (1, 2, 3):
        _pdf(src / f"newsletters/Harbour Daily Day {day}.pdf", masthead)
    _pdf(src / "releases/pr_close.pdf", [("Talks close with a deal on the adaptation fund", 18, True)])
    items = {it.path: it for it in build_kit(src, out, workers=0).items}
    titles = [items[f"newsletters/Harbour Daily Day {day}.pdf"].title for day in (1, 2, 3)]
    assert titles == ["Harbour Daily Day 1", "Harbour Daily Day 2", "Harbour Daily Day 3"]
    assert "“The Harbour Daily” heads 3 documents" in items["newsletters/Harbour Daily Day 2.pdf"].why["title"]
    assert items["releases/pr_close.pdf"].title == "Talks close with a deal on the adaptation fund"

    for day in (2, 3):
        (src / f"newsletters/Harbour Daily Day {day}.pdf").unlink()
    rebuilt = {it.path: it for it in build_kit(src, out, workers=0).items}
    fresh = {it.path: it for it in build_kit(src, tmp_path / "fresh", workers=0).items}
    left = "newsletters/Harbour Daily Day 1.pdf"
    assert rebuilt[left].title == fresh[left].title == "The Harbour Daily"
    assert rebuilt[left].why == fresh[left].why
