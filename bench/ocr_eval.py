"""OCR accuracy: how many words of a scanned page come back, measured on pages we know the text of.

    python3 bench/ocr_eval.py                      # the held-out half, default settings
    python3 bench/ocr_eval.py --half tune          # the half settings are chosen on
    python3 bench/ocr_eval.py --half tune --dpi 400 --no-clean --languages en   # try other settings

The pages (bench/ocr_eval_texts.py, English and French with accents, four layouts of fonts and sizes)
are written as text PDFs with PyMuPDF, then each page is turned into a "scan" under four conditions:

* ``200dpi``: rendered at 200 dpi;
* ``300dpi``: rendered at 300 dpi;
* ``skewed``: 300 dpi, turned by 1.5 to 3 degrees (alternating sides), as a page laid askew;
* ``low-contrast``: 300 dpi, dark-grey ink on light-grey paper (a faded photocopy).

Every scan also gets mild blur and noise and is stored as a JPEG (quality 75), as office scanners
do, inside an image-only PDF page of the original size. The scan is then read by
``presskit.ingest.ocr`` exactly as a build reads it (``needs_ocr`` must say yes first).

Words recovered = words of the original text layer found, in order, in the recognised text
(``difflib`` alignment of the two word sequences) / words of the original. ``exact`` compares words
as written (case and accents count: "Genève" read as "Geneve" is a miss); ``search`` compares them
folded as presskit's search does (case and accents ignored). The target is exact >= 0.97 at 300 dpi.

Pages come in English/French pairs; pairs at even positions are the tuning half, the others the
held-out half (``split``): settings are chosen on
``--half tune`` and the figures reported are ``--half held-out`` (the default).
"""

from __future__ import annotations

import argparse
import difflib
import io
import json
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CONDITIONS = ("200dpi", "300dpi", "skewed", "low-contrast")
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*", re.UNICODE)


def split(n: int, half: str) -> list[int]:
    """Page positions of a half. Pages come in English/French pairs of the same layout; pairs at even
    positions (pages 0-1, 4-5, …) are the tuning half, pairs at odd positions (2-3, 6-7, …) the
    held-out half, so each half has both languages and every layout."""
    if half == "all":
        return list(range(n))
    return [i for i in range(n) if ((i // 2) % 2 == 0) == (half == "tune")]


def text_pdf(lang: str, font: str, size: int, paragraphs: list[str]):
    """One A4 page of real text (a text layer we can read back as the truth)."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    css = f"* {{font-family: {font}; font-size: {size}pt; line-height: 1.35;}} p {{margin: 0 0 9pt 0;}}"
    page.insert_htmlbox(pymupdf.Rect(64, 64, 531, 790), body, css=css)
    return doc


def scan(page, condition: str, seed: int) -> bytes:
    """JPEG bytes of ``page`` 'scanned' under ``condition`` (see the module docstring)."""
    import pymupdf
    from PIL import Image, ImageFilter

    dpi = 200 if condition == "200dpi" else 300
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    if condition == "low-contrast":
        img = img.point(lambda v: int(112 + v * (206 - 112) / 255))  # ink 112, paper 206
    if condition == "skewed":
        angle = (1.5 + (seed % 4) * 0.5) * (1 if seed % 2 else -1)
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False,
                         fillcolor=206 if condition == "low-contrast" else 255)
    img = img.filter(ImageFilter.GaussianBlur(0.6 * dpi / 300))
    img = _add_noise(img, seed)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=75, dpi=(dpi, dpi))
    return buf.getvalue()


def _add_noise(img, seed: int):
    """Gaussian-ish grain (sigma about 6 grey levels), deterministic per page."""
    import random

    from PIL import Image

    rnd = random.Random(seed)
    w, h = img.size
    tile = Image.new("L", (256, 256))
    tile.putdata([max(0, min(255, int(rnd.gauss(128, 6)))) for _ in range(256 * 256)])
    grain = Image.new("L", (w, h))
    for y in range(0, h, 256):
        for x in range(0, w, 256):
            grain.paste(tile, (x, y))
    from PIL import ImageChops

    return ImageChops.add(img, grain, 1.0, -128)


def scanned_pdf(jpeg: bytes, width: float, height: float):
    """An image-only PDF page holding ``jpeg`` (no text layer)."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=width, height=height)
    page.insert_image(page.rect, stream=jpeg)
    return doc


def words(text: str) -> list[str]:
    return _WORD.findall(text.replace("\u2019", "'"))


def recovered(truth: str, got: str, fold=None) -> tuple[int, int]:
    """(words of ``truth`` found in order in ``got``, words of ``truth``)."""
    a, b = words(truth), words(got)
    if fold is not None:
        a, b = [fold(w) for w in a], [fold(w) for w in b]
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(m.size for m in sm.get_matching_blocks()), len(a)


def _one(args) -> dict:
    pos, condition, dpi, clean, languages = args
    from bench.ocr_eval_texts import PAGES
    from presskit.ingest import ocr
    from presskit.textutil import fold, normalise_text

    if not clean:
        ocr._clean = lambda pix: pix
    lang, font, size, paras = PAGES[pos]
    src = text_pdf(lang, font, size, paras)
    truth = normalise_text(src[0].get_text())  # ligatures expanded, as every build does
    jpeg = scan(src[0], condition, seed=pos)
    doc = scanned_pdf(jpeg, src[0].rect.width, src[0].rect.height)
    page = doc[0]
    engine = ocr.find_engine(languages)
    if isinstance(engine, ocr.OcrUnavailable):
        raise SystemExit(engine.message)
    if not ocr.needs_ocr(page):
        raise SystemExit(f"page {pos} ({condition}) was not detected as a scan")
    t = time.perf_counter()
    res = ocr.ocr_page(page, engine, dpi=dpi)
    secs = time.perf_counter() - t
    ex, n = recovered(truth, res.text)
    fo, _ = recovered(truth, res.text, fold)
    return {"page": pos, "language": lang, "condition": condition, "words": n, "exact": ex, "search": fo,
            "seconds": secs, "boxes": len(res.words)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("tune", "held-out", "all"), default="held-out")
    ap.add_argument("--conditions", default=",".join(CONDITIONS))
    ap.add_argument("--dpi", type=int, default=None, help="rendering dpi for OCR (default: the engine's)")
    ap.add_argument("--no-clean", action="store_true", help="no contrast stretching before recognition")
    ap.add_argument("--languages", default="en,fr", help="kit languages OCR reads (default en,fr)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", type=Path, help="write the per-page results here")
    args = ap.parse_args(argv)
    from bench.ocr_eval_texts import PAGES

    langs = tuple(x for x in args.languages.split(",") if x)
    conds = [c for c in args.conditions.split(",") if c]
    jobs = [(p, c, args.dpi, not args.no_clean, langs) for c in conds for p in split(len(PAGES), args.half)]
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=max(1, args.workers)) as ex:
        rows = list(ex.map(_one, jobs))
    wall = time.perf_counter() - t0
    from presskit.ingest.ocr import find_engine

    eng = find_engine(langs)
    print(f"half={args.half} pages={len(split(len(PAGES), args.half))} "
          f"tesseract={getattr(eng, 'language', eng)} "
          f"dpi={args.dpi or 'engine'} clean={not args.no_clean}")
    print(f"{'condition':<13} {'lang':<5} {'pages':>5} {'words':>6} {'exact':>7} {'search':>7} {'s/page':>7}")
    for c in conds:
        for lang in ("en", "fr", "all"):
            sel = [r for r in rows if r["condition"] == c and (lang == "all" or r["language"] == lang)]
            if not sel:
                continue
            n = sum(r["words"] for r in sel)
            print(f"{c:<13} {lang:<5} {len(sel):>5} {n:>6} {sum(r['exact'] for r in sel) / n:>7.4f} "
                  f"{sum(r['search'] for r in sel) / n:>7.4f} {sum(r['seconds'] for r in sel) / len(sel):>7.2f}")
    print(f"wall {wall:.1f} s with {args.workers} processes")
    worst = sorted(rows, key=lambda r: r["exact"] / r["words"])[:3]
    print("worst pages:", ", ".join(f"{r['page']}/{r['condition']} {r['exact'] / r['words']:.3f}" for r in worst))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    raise SystemExit(main())
