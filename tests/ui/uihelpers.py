"""Helpers for viewer tests: small PDFs and source folders made in tmp_path."""

from __future__ import annotations

from pathlib import Path


def make_pdf(path: Path, pages: list[str]) -> Path:
    import pymupdf

    d = pymupdf.open()
    for text in pages:
        p = d.new_page()
        p.insert_textbox(pymupdf.Rect(72, 72, 540, 760), text, fontsize=12, fontname="helv")
    d.save(str(path))
    d.close()
    return path


def make_source(src: Path) -> Path:
    """A small source folder in English and French: statements, a newsletter, a summary, photos."""
    from PIL import Image

    src.mkdir(parents=True, exist_ok=True)
    (src / "kit.toml").write_text('''title = "Test Summit Kit"
organisation = "ICAN"
event = "Test Summit on Disarmament"
venue = "Geneva"
start = 2026-11-16
end = 2026-11-18
languages = ["en", "fr"]

[[contacts]]
name = "Ana Pérez"
role = "Press officer"
email = "press@example.org"
phone = "+41 22 000 00 00"

[[links]]
label = "Petition"
url = "https://example.org/sign"

[items."photos/delegates.jpg"]
caption = "Delegates at the opening session"
credit = "Jo Smith / ICAN"
''', encoding="utf-8")
    make_pdf(src / "2026-11-16_statement_opening_en.pdf", [
        "Opening statement. We call for nuclear disarmament now.",
        "Page two is about the treaty.\nThe summer was hot.",
        "Page three: nuclear disarmament is urgent."])
    make_pdf(src / "2026-11-16_statement_opening_fr.pdf", [
        "Déclaration d'ouverture. Nous appelons au désarmement nucléaire.",
        "Page deux sur le traité. L'été était chaud.",
        "« Le désarmement nucléaire est urgent », a déclaré Ana Pérez."])
    (src / "2026-11-17_newsletter_day2_en.html").write_text(
        "<html><head><title>Day 2 newsletter</title></head><body><h1>Day 2</h1>"
        "<p>The treaty talks continued on disarmament. <a href='https://example.org/x'>More online</a></p>"
        "<img src='https://example.org/track.png'></body></html>", encoding="utf-8")
    (src / "2026-11-18_summary_en.md").write_text(
        "# Summary\n\nDelegates agreed on **disarmament** steps.\n", encoding="utf-8")
    (src / "photos").mkdir(exist_ok=True)
    Image.new("RGB", (800, 533), (90, 120, 160)).save(src / "photos" / "delegates.jpg", quality=80)
    Image.new("RGB", (600, 800), (160, 120, 90)).save(src / "photos" / "nocredit.jpg", quality=80)
    return src
