"""Helpers for tests: make small, real source folders (PDFs via PyMuPDF, text files, photos)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

KIT_TOML = """
format = 1
title = "Test Coalition press kit"
organisation = "Test Coalition"
event = "Review Conference"
venue = "Geneva"
start = 2026-11-16
end = 2026-11-20
languages = ["en", "fr"]

[[contacts]]
name = "Jo Press"
email = "press@example.org"

[items."statements/Statement_Diallo_17.11.26_EN.pdf"]
speakers = ["Amara Diallo"]
"""


def make_pdf(path: Path, pages: list[str], title: str = "", author: str = "Test Coalition") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    for html in pages:
        page = doc.new_page()
        page.insert_htmlbox(pymupdf.Rect(50, 50, 545, 790), html)
    doc.set_metadata({"title": title, "author": author})
    doc.save(path)
    doc.close()
    return path


def make_source(root: Path) -> Path:
    """A small bilingual source folder: 2 press releases (EN/FR), a statement, a text note."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "kit.toml").write_text(KIT_TOML, encoding="utf-8")
    make_pdf(root / "press-releases/PR_Opening_16.11.26_EN.pdf", [
        "<h1>Coalition opens the conference</h1><p>GENEVA, 16 November 2026 — The coalition demands "
        "transparency on ammunition stockpiles.</p><p>“We will not accept another decade of delay,” said "
        "Amara Diallo, Director of the Test Coalition.</p>",
        "<p>Second page: disarmament negotiations and verification must start now.</p><p>ENDS</p>",
    ], title="Coalition opens the conference")
    make_pdf(root / "press-releases/PR_Opening_16.11.26_French.pdf", [
        "<h1>La coalition ouvre la conférence</h1><p>GENÈVE, 16 novembre 2026 — La coalition exige la "
        "transparence sur les stocks de munitions.</p><p>« Nous n’accepterons pas une nouvelle décennie de "
        "retard », a déclaré Amara Diallo.</p>",
        "<p>Deuxième page : le désarmement et la sécurité passent par des négociations.</p><p>FIN</p>",
    ], title="La coalition ouvre la conférence")
    make_pdf(root / "statements/Statement_Diallo_17.11.26_EN.pdf", [
        "<h1>Statement to the plenary</h1><p>Madam President, the humanitarian consequences of explosive "
        "weapons in populated areas are well documented.</p>",
        "<p>Page two.</p>", "<p>Page three mentions the stockpile destruction deadline.</p>",
    ], title="Statement to the plenary")
    (root / "briefing-note.txt").write_text(
        "Briefing note\n\nThe verification regime needs independent inspectors.\n", encoding="utf-8")
    return root
