"""Small real files whose metadata a test sets: PDFs (text, title, creation and modification dates)
and JPEGs, for the metadata tests (kinds, dates, languages, titles)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from PIL import Image


def pdf(path: Path, text: str = "A short document.", *, title: str | None = None, created: str | None = None,
        modified: str | None = None, author: str | None = None) -> Path:
    """A one-page PDF at ``path`` with ``text`` (lines kept) and the metadata given (PDF dates such as
    ``D:19691231235959``; None leaves a key empty)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    page = doc.new_page()
    y = 72
    for line in text.splitlines() or [""]:
        page.insert_text((72, y), line, fontsize=11)
        y += 15
    doc.set_metadata({"title": title or "", "author": author or "", "creationDate": created or "",
                      "modDate": modified or ""})
    doc.save(path)
    doc.close()
    return path


def jpeg(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (120, 140, 160)).save(path, "JPEG")
    return path
