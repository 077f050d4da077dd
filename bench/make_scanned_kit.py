"""Write a source folder of scanned statements: image-only PDFs, as an office scanner makes them.

    python3 bench/make_scanned_kit.py OUT [--pages 100] [--per-file 10] [--dpi 300]

Each file holds ``--per-file`` pages; each page is one of the texts of bench/ocr_eval_texts.py
(English and French, cycled), written with PyMuPDF, rendered grey at ``--dpi`` with the blur and
grain of bench/ocr_eval.py, and stored as a JPEG (quality 75) inside a page with no text layer.
A kit.toml with languages en and fr goes with them. Used by bench/ocr_bench.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

KIT_TOML = """format = 1
title = "Scanned statements (benchmark)"
organisation = "Lantern Coalition"
start = 2026-11-14
end = 2026-11-18
languages = ["en", "fr"]
"""


def make_scanned_kit(out: Path, pages: int = 100, per_file: int = 10, dpi: int = 300) -> list[Path]:
    import pymupdf

    from bench.ocr_eval import scan, text_pdf
    from bench.ocr_eval_texts import PAGES

    out.mkdir(parents=True, exist_ok=True)
    (out / "kit.toml").write_text(KIT_TOML, encoding="utf-8")
    files = []
    n = 0
    k = 0
    while n < pages:
        k += 1
        doc = pymupdf.open()
        for _ in range(min(per_file, pages - n)):
            lang, font, size, paras = PAGES[n % len(PAGES)]
            src = text_pdf(lang, font, size, paras)
            jpeg = scan(src[0], "300dpi" if dpi >= 300 else "200dpi", seed=n)
            page = doc.new_page(width=src[0].rect.width, height=src[0].rect.height)
            page.insert_image(page.rect, stream=jpeg)
            n += 1
        path = out / "statements" / f"Statement_scan_{k:02d}_1{4 + k % 5}.11.26.pdf"
        path.parent.mkdir(parents=True, exist_ok=True)
        doc.save(path)
        doc.close()
        files.append(path)
    return files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--per-file", type=int, default=10)
    ap.add_argument("--dpi", type=int, default=300, choices=(200, 300))
    a = ap.parse_args(argv)
    files = make_scanned_kit(a.out, a.pages, a.per_file, a.dpi)
    print(f"{a.pages} scanned pages in {len(files)} files under {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
