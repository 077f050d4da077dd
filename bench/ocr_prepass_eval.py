"""Pages that show no text: which candidate scans the line test keeps from Tesseract (presskit/ingest/textlines.py).

    python bench/ocr_prepass_eval.py [--half tune|held-out|both] [--corpus ~/.cache/presskit-bench]

The pages:

* ``100k``: the 72 pages of the 100,000-page benchmark corpus (``bench/make_real_corpus.py --profile
  100k``) that every earlier test of a scan still sent to Tesseract (no text layer; a picture of
  paper at scanner resolution, or glyph-sized vector shapes), listed in ``bench/ocr-prepass-truth.tsv``
  with what one recognition of each cost (processor seconds, measured one page after the other in
  one process) and how many characters it gave, and labelled by eye: ``words`` (it shows words a
  reader might search for: a table of colour names, a slide, a form, a university's name under its
  crest) or ``picture`` (a plot, a vector field, a photo, a drawing, a crest, an almost empty page);
* ``scan``: text pages of the real corpus (``--profile real``) made into image-only pages the way
  scanners, faxes and phones make them, ten kinds in turn: clean, grey paper, faded, yellowed, a
  scanner's dark border, uneven light (``bench/paper_eval.py``'s), a 100-dpi fax, skewed by 2-3.5
  degrees, scanned sideways, reduced to half size on the page, dark paper; and the same pages with
  their text turned into outlines (vector shapes, no text layer);
* ``ink``: pages made for the ink test (``presskit/ingest/inks.py``) from other text pages of the real
  corpus, five kinds in turn: text turned into outlines in one coloured ink (blue, red, green, purple,
  brown), outlined in several inks (a listing's: black with coloured words, or four inks word by word
  or line by line), a scan printed in coloured ink on white or tinted paper, a scan in coloured ink
  with a stamped page number as its only text layer, and a clean scan with such a thin text layer;
* ``fixture``: the three one-line pages of the tests' scanned statement (``tests/pressfolder.py``).

A made page goes to the tuning half or the held-out half by a hash of its name. The thresholds of
``textlines.py`` were chosen on pages made with other seeds and on the 72 pages above, then frozen;
``--half held-out`` reports pages made after that, never looked at; the ``ink`` pages were made
(seed 2027) after the ink test's threshold had been set from the 72 pages, and never looked at
before the report. Each page is decided by the line test and, for a page without pictures, the ink
test (the stages evaluated here); the build's whole decision (:func:`presskit.ingest.ocr.needs_ocr`,
which also asks how much of the page its pictures cover and how long its drawing is) is printed
beside it in brackets. A scan of text must never be kept from recognition (``scan``, ``ink`` and
``fixture`` kept: all).
"""

from __future__ import annotations

import argparse
import io
import random
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from paper_eval import STYLES, fixture_pages, half_of, make_scan, text_pages  # noqa: E402

MORE_STYLES = ("fax", "skew", "sideways", "small", "dark")
SEED = 2026  # pages made for the report; the thresholds were chosen on seeds 12 and 77


def make_more(page, rnd: random.Random, style: str) -> bytes:
    """One text page as a fax, a skewed or sideways scan, a reduced copy or dark paper gives it."""
    import pymupdf
    from PIL import Image, ImageChops, ImageFilter

    pix = page.get_pixmap(dpi=100 if style == "fax" else rnd.choice([150, 200, 300]), colorspace=pymupdf.csGRAY)
    img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    if style == "fax":
        img = img.point(lambda v: 0 if v < 160 else 255)
        img = ImageChops.add(img, Image.effect_noise(img.size, 30), 1.0, -128).point(lambda v: 0 if v < 100 else 255)
    else:
        if style == "dark":
            img = img.point(lambda v: int(40 + 130 * v / 255))
        img = img.filter(ImageFilter.GaussianBlur(rnd.choice([0.4, 0.7])))
        img = ImageChops.add(img, Image.effect_noise(img.size, rnd.choice([8, 14])), 1.0, -128)
        if style == "skew":
            img = img.rotate(rnd.choice([-1, 1]) * rnd.uniform(2.0, 3.5), fillcolor=255)
        if style == "sideways":
            img = img.transpose(rnd.choice([Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270]))
    buf = io.BytesIO()
    img.save(buf, "PNG" if style == "fax" else "JPEG", **({} if style == "fax" else {"quality": 70}))
    w, h = page.rect.width, page.rect.height
    if style == "sideways":
        w, h = h, w
    doc = pymupdf.open()
    where = pymupdf.Rect(w * .25, h * .25, w * .75, h * .75) if style == "small" else pymupdf.Rect(0, 0, w, h)
    doc.new_page(width=w, height=h).insert_image(where, stream=buf.getvalue())
    return doc.tobytes()


def outlined(page) -> bytes:
    """The page with its text turned into outlines: vector shapes, no text layer."""
    import pymupdf

    svg = pymupdf.open("svg", page.get_svg_image(text_as_path=True).encode())
    return svg.convert_to_pdf()


def made_pages(real: Path, n: int = 60, seed: int = SEED):
    """(name, PDF bytes) of pages made from ``n`` text pages of the real corpus (see the notes)."""
    rnd = random.Random(seed)
    styles = STYLES + MORE_STYLES
    for made, page in zip(range(n), text_pages(real, rnd, 200)):
        style = styles[made % len(styles)]
        data = make_scan(page, rnd, style) if style in STYLES else make_more(page, rnd, style)
        yield f"s{seed}-{made:03d}-{style}", data
        if made % 3 == 0:
            yield f"s{seed}-{made:03d}-outlined", outlined(page)


INK_STYLES = ("outlined-ink", "outlined-inks", "ink-scan", "ink-scan-stamped", "scan-stamped")
INK_SEED = 2027
INKS = [(20, 40, 160), (170, 20, 20), (0, 110, 40), (110, 30, 130), (120, 70, 20)]


def _hex(rgb) -> str:
    return "#%02x%02x%02x" % rgb


def recoloured(page, inks: list, by: str) -> bytes:
    """The page with its text turned into outlines, glyphs in ``inks`` taken in turn by word or by line."""
    import pymupdf

    state = {"k": 0, "y": None}

    def paint(m: re.Match) -> str:
        attrs = re.sub(r' fill="[^"]*"', "", m.group(2))
        y = re.search(r"transform=\"matrix\([^)]*,([-\d.]+)\)", attrs)
        y = y.group(1) if y else None
        if (by == "word" and m.group(1) == " ") or (by == "line" and y != state["y"]):
            state["k"] += 1
        state["y"] = y
        return f'<use data-text="{m.group(1)}"{attrs} fill="{_hex(inks[state["k"] % len(inks)])}"/>'

    svg = re.sub(r'<use data-text="(.*?)"([^>]*?)/>', paint, page.get_svg_image(text_as_path=True))
    return pymupdf.open("svg", svg.encode()).convert_to_pdf()


def ink_scan(page, rnd: random.Random, ink, stamp: bool) -> bytes:
    """The page printed in ``ink`` on white or tinted paper, scanned in colour (JPEG); with a stamped
    page number as its only text layer when ``stamp``."""
    import pymupdf
    from PIL import Image, ImageChops, ImageFilter

    pix = page.get_pixmap(dpi=rnd.choice([150, 200, 300]), colorspace=pymupdf.csGRAY)
    grey = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    grey = grey.filter(ImageFilter.GaussianBlur(rnd.choice([0.4, 0.7])))
    paper = rnd.choice([(255, 255, 255), (250, 244, 220), (235, 240, 250), (245, 235, 235)])
    bands = [g.point([int(p * v / 255 + i * (255 - v) / 255) for v in range(256)])
             for g, p, i in zip((grey, grey, grey), paper, ink)]
    img = Image.merge("RGB", bands)
    noise = Image.effect_noise(img.size, 10).convert("RGB")
    img = ImageChops.add(img, noise, 1.0, -128)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rnd.choice([70, 85]))
    doc = pymupdf.open()
    new = doc.new_page(width=page.rect.width, height=page.rect.height)
    new.insert_image(new.rect, stream=buf.getvalue())
    if stamp:
        new.insert_text((new.rect.width - 90, new.rect.height - 30), f"Page {rnd.randrange(1, 99)}", fontsize=9)
    return doc.tobytes()


def ink_pages(real: Path, n: int = 50, seed: int = INK_SEED):
    """(name, PDF bytes) of the ``ink`` pages (see the notes)."""
    rnd = random.Random(seed)
    for made, page in zip(range(n), text_pages(real, rnd, 200)):
        style = INK_STYLES[made % len(INK_STYLES)]
        if style == "outlined-ink":
            data = recoloured(page, [rnd.choice(INKS)], "word")
        elif style == "outlined-inks":
            inks = rnd.choice([[(0, 0, 0), (0, 0, 0), (0, 0, 0), *INKS[:3]], INKS[:4]])
            data = recoloured(page, inks, rnd.choice(["word", "line"]))
        else:
            ink = (0, 0, 0) if style == "scan-stamped" else rnd.choice(INKS)
            data = ink_scan(page, rnd, ink, stamp=style != "ink-scan")
        yield f"i{seed}-{made:03d}-{style}", data


def pages(corpus: Path, tmp: Path):
    """(half, source, label, path, 0-based page, recognition CPU s or None) of every page."""
    for line in (HERE / "ocr-prepass-truth.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        rel, page, label, half, cpu, _chars = line.split("\t")
        yield half, "100k", label, corpus / "100k" / rel, int(page) - 1, float(cpu)
    for name, data in made_pages(corpus / "real"):
        (tmp / f"{name}.pdf").write_bytes(data)
        yield half_of(name, 0), "scan", "words", tmp / f"{name}.pdf", 0, None
    for name, data in ink_pages(corpus / "real"):
        (tmp / f"{name}.pdf").write_bytes(data)
        yield half_of(name, 0), "ink", "words", tmp / f"{name}.pdf", 0, None
    for half, path, k in fixture_pages(tmp):
        yield half, "fixture", "words", path, k, None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("tune", "held-out", "both"), default="held-out")
    ap.add_argument("--corpus", type=Path, default=Path.home() / ".cache" / "presskit-bench")
    args = ap.parse_args()
    import pymupdf

    from presskit.ingest.inks import written_in_few_inks
    from presskit.ingest.ocr import _outlined_text, needs_ocr
    from presskit.ingest.paper import pictures_box
    from presskit.ingest.textlines import shows_text_lines

    pymupdf.TOOLS.mupdf_display_errors(False)
    halves = ("tune", "held-out") if args.half == "both" else (args.half,)
    got: dict[tuple, list] = {}
    cost: list[float] = []
    with tempfile.TemporaryDirectory(prefix="prepass-eval-") as tmp:
        for half, source, label, path, page, cpu in pages(args.corpus, Path(tmp)):
            if half not in halves:
                continue
            with pymupdf.open(path) as doc:
                p = doc[page]
                t = time.process_time()
                pictures = bool(p.get_image_info())
                keep = shows_text_lines(p, pictures_box(p) if pictures else None) and (
                    pictures or written_in_few_inks(p, _outlined_text(p)))
                cost.append(time.process_time() - t)
                whole = needs_ocr(p)
            name = path.name if source != "100k" else f"{path.relative_to(args.corpus / '100k')} p.{page + 1}"
            got.setdefault((half, source, label), []).append((name, keep, cpu, whole))
    print("line and ink tests (the whole decision of the build, needs_ocr, in brackets):")
    for (half, source, label), rows in sorted(got.items()):
        kept = [r for r in rows if r[1]]
        line = (f"{half:9} {source:8} {label:8} {len(kept):3}/{len(rows):<3} sent to recognition "
                f"[{sum(r[3] for r in rows)}]")
        if source != "100k" and not all(r[3] for r in rows):
            line += " [not sent by needs_ocr: " + ", ".join(r[0] for r in rows if not r[3]) + "]"
        if source == "100k":
            saved = sum(r[2] for r in rows if not r[1])
            line += f" (recognition they cost: {sum(r[2] for r in rows):.1f} s, spared {saved:.1f} s)"
            if label == "words":
                line += "; kept back: " + ", ".join(r[0] for r in rows if not r[1])
        elif len(kept) < len(rows):
            line += "; LOST: " + ", ".join(r[0] for r in rows if not r[1])
        print(line)
    cost.sort()
    print(f"deciding: median {1000 * cost[len(cost) // 2]:.0f} ms, most {1000 * cost[-1]:.0f} ms of CPU per page")


if __name__ == "__main__":
    main()
