"""Pages near the two size rules of a scan: how much of its page a picture covers, and how long an
outlined page's drawing is (presskit/ingest/ocr.py, ``needs_ocr``).

    python bench/scan_rules_eval.py [--half tune|held-out|both] [--corpus ~/.cache/presskit-bench]
                                    [--photos DIR]
    python bench/scan_rules_eval.py --newly-sent ~/.cache/presskit-bench/100k

The pages (all made, seed 2028, from pages nobody had looked at when the rules were changed):

* ``part``: text pages of the real corpus (``bench/make_real_corpus.py --profile real``) scanned
  (grey, 150-300 dpi, blur, grain, JPEG) and placed on an otherwise empty page so that they cover
  0.10 to 0.30 of it, at several places (top left, top band, centre, bottom right): the whole page
  reduced (a copy reduced on the glass), or a piece of it at its own size (a clipping);
* ``outlined``: text turned into outlines (vector shapes, no text layer), one, two or four text
  pages to a page, kept when the page's drawing is 3 to 12 MB long;
* ``photo``, ``logo``, ``chart``: pictures that must NOT be sent, at the same sizes: a photo of the
  corpus (``--photos``; the tests' real-world corpus by default) alone on its page or with a
  one-line caption in its text layer; a logo (coloured shapes and a two-letter mark); a bar or line
  chart drawn as a picture at 150-200 dpi with a few labels;
* ``drawing``: vector drawings as long as the outlined pages (3-12 MB) that must NOT be sent: a
  scatter plot of tens of thousands of small dots, a mosaic of small coloured tiles.

A page goes to the tuning half or the held-out half by a hash of its name (``paper_eval.half_of``).
Each page is decided by the build's whole decision, :func:`presskit.ingest.ocr.needs_ocr`; the
CPU it costs is measured. A scan of text (``part``, ``outlined``) must never be kept from
recognition; each picture sent costs a recognition for nothing.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from paper_eval import half_of  # noqa: E402

SEED = 2028
FRACTIONS = (0.10, 0.15, 0.20, 0.25, 0.30)
PLACES = ("top-left", "top", "centre", "bottom-right")
MB = 1024 * 1024


def _place(w: float, h: float, frac: float, aspect: float, where: str):
    """A rectangle of ``frac`` of a w x h page, ``aspect`` (width / height) when it fits, at ``where``."""
    import pymupdf

    area = frac * w * h
    if where == "top":  # a band across the page
        bw, bh = w * 0.9, area / (w * 0.9)
    else:
        bw = min(w * 0.95, (area * aspect) ** 0.5)
        bh = area / bw
    m = 0.03 * min(w, h)
    x0 = {"top-left": m, "top": (w - bw) / 2, "centre": (w - bw) / 2, "bottom-right": w - m - bw}[where]
    y0 = {"top-left": m, "top": m, "centre": (h - bh) / 2, "bottom-right": h - m - bh}[where]
    return pymupdf.Rect(x0, y0, x0 + bw, y0 + bh)


def _scan_image(page, rnd: random.Random, clip=None):
    """A grey scan of ``page`` (or of its ``clip``): PIL image and the dpi it was made at."""
    import pymupdf
    from PIL import Image, ImageChops, ImageFilter

    dpi = rnd.choice([150, 200, 300])
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, clip=clip)
    img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    img = img.filter(ImageFilter.GaussianBlur(rnd.choice([0.4, 0.7])))
    img = ImageChops.add(img, Image.effect_noise(img.size, rnd.choice([8, 14])), 1.0, -128)
    if rnd.random() < 0.4:  # grey or yellowed paper
        img = img.point(lambda v: int(30 + 0.85 * v))
    return img, dpi


def _jpeg(img, rnd: random.Random) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB" if img.mode not in ("L", "RGB") else img.mode).save(buf, "JPEG", quality=rnd.choice([70, 85]))
    return buf.getvalue()


def part_scan(page, rnd: random.Random, frac: float, where: str, kind: str) -> bytes:
    """``page`` scanned and placed on an empty page of its size covering ``frac`` of it (see the notes)."""
    import pymupdf

    w, h = page.rect.width, page.rect.height
    if kind == "reduced":
        img, _dpi = _scan_image(page, rnd)
        target = _place(w, h, frac, w / h, where)
    else:  # a clipping at its own size: the part of the page's text that fills the target
        target = _place(w, h, frac, rnd.choice([0.8, 1.4, 2.5]), where)
        text = page.get_text("blocks")
        x, y = (text[0][0], text[0][1]) if text else (page.rect.x0, page.rect.y0)
        clip = pymupdf.Rect(x, y, x + target.width, y + target.height) & page.rect
        img, _dpi = _scan_image(page, rnd, clip)
        target = pymupdf.Rect(target.x0, target.y0, target.x0 + clip.width, target.y0 + clip.height)
    doc = pymupdf.open()
    doc.new_page(width=w, height=h).insert_image(target, stream=_jpeg(img, rnd), keep_proportion=False)
    return doc.tobytes()


def n_up(pages: list, w: float, h: float) -> bytes:
    """``pages`` (1, 2 or 4) on one w x h page, text turned into outlines (vector shapes only)."""
    import pymupdf

    src = pymupdf.open()
    new = src.new_page(width=w, height=h)
    cols, rows = {1: (1, 1), 2: (1, 2), 4: (2, 2)}[len(pages)]
    for k, p in enumerate(pages):
        cell = pymupdf.Rect((k % cols) * w / cols, (k // cols) * h / rows,
                            (k % cols + 1) * w / cols, (k // cols + 1) * h / rows)
        new.show_pdf_page(cell, p.parent, p.number)
    svg = pymupdf.open("svg", new.get_svg_image(text_as_path=True).encode())
    return svg.convert_to_pdf()


def content_length(data: bytes) -> int:
    import pymupdf

    with pymupdf.open("pdf", data) as d:
        return len(d[0].read_contents())


def _text_pages(real: Path, rnd: random.Random, need: int = 400):
    """Text pages of the real corpus, in a random order (a page holds ``need`` characters at least)."""
    import pymupdf

    pdfs = sorted(real.rglob("*.pdf"))
    rnd.shuffle(pdfs)
    for pdf in pdfs:
        try:
            doc = pymupdf.open(pdf)
        except Exception:  # noqa: BLE001 - a broken file of the corpus
            continue
        if doc.page_count < 1 or doc.page_count > 2000:
            continue
        page = doc[rnd.randrange(doc.page_count)]
        if len(page.get_text().strip()) >= need:
            yield page


def part_pages(real: Path, seed: int = SEED):
    rnd = random.Random(seed)
    src = _text_pages(real, rnd)
    k = 0
    for frac in FRACTIONS:
        for where in PLACES:
            for kind in ("reduced", "clipping"):
                page = next(src)
                yield f"p{seed}-{k:03d}-{kind}-{where}-{frac:.2f}", part_scan(page, rnd, frac, where, kind)
                k += 1


def outlined_pages(real: Path, n: int = 24, seed: int = SEED, low: int = 3 * MB, high: int = 12 * MB):
    """Outlined pages whose drawing is ``low``-``high`` bytes long: one, two or four pages to a page."""
    rnd = random.Random(seed + 1)
    src = _text_pages(real, rnd, need=1500)
    made = tries = 0
    while made < n and tries < 200:
        tries += 1
        per = [1, 2, 4][tries % 3]
        pages = [next(src) for _ in range(per)]
        w, h = pages[0].rect.width, pages[0].rect.height
        try:
            data = n_up(pages, w, h)
        except Exception:  # noqa: BLE001 - a page MuPDF cannot draw as SVG
            continue
        size = content_length(data)
        if low <= size <= high:
            yield f"o{seed}-{made:03d}-{per}up-{size / MB:.1f}MB", data
            made += 1


def _photo_files(photos: Path) -> list[Path]:
    from PIL import Image

    out = []
    for p in sorted(photos.glob("*")):
        if p.suffix.lower() not in (".jpg", ".jpeg", ".png", ".tif", ".tiff"):
            continue
        try:
            with Image.open(p) as im:
                if im.width * im.height >= 300_000:
                    out.append(p)
        except Exception:  # noqa: BLE001 - the corpus holds broken photos on purpose
            continue
    return out


def _logo(rnd: random.Random, w: int, h: int):
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    for _ in range(rnd.randrange(2, 6)):
        c = tuple(rnd.randrange(0, 220) for _ in range(3))
        x0, y0 = rnd.randrange(w // 2), rnd.randrange(h // 2)
        box = (x0, y0, x0 + rnd.randrange(w // 4, w // 2), y0 + rnd.randrange(h // 4, h // 2))
        (d.ellipse if rnd.random() < 0.5 else d.rectangle)(box, fill=c)
    mark = "".join(rnd.choice("ABCDEFGHKMNPRSTUW") for _ in range(2))
    d.text((w // 3, h // 3), mark, fill=(20, 20, 20), font_size=max(12, h // 3))
    return img


def _chart(rnd: random.Random, w: int, h: int):
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    m = min(w, h) // 8
    d.line((m, m, m, h - m, w - m // 2, h - m), fill=(0, 0, 0), width=max(1, w // 300))
    n = rnd.randrange(4, 12)
    fs = max(10, min(w, h) // 16)
    vals = [rnd.uniform(0.1, 1.0) for _ in range(n)]
    step = (w - 2 * m) / n
    if rnd.random() < 0.5:
        for i, v in enumerate(vals):
            x = m + i * step + step * 0.15
            d.rectangle((x, h - m - v * (h - 2 * m), x + step * 0.7, h - m), fill=(60, 100, 180))
    else:
        pts = [(m + (i + 0.5) * step, h - m - v * (h - 2 * m)) for i, v in enumerate(vals)]
        d.line(pts, fill=(200, 40, 40), width=max(2, w // 200))
    for i in range(n):
        d.text((m + i * step + step * 0.3, h - m + fs // 3), str(2015 + i), fill=(0, 0, 0), font_size=fs)
    d.text((m, m // 3), "Figure " + str(rnd.randrange(1, 9)), fill=(0, 0, 0), font_size=fs)
    return img


def picture_pages(photos: Path | None, seed: int = SEED):
    """(name, PDF bytes) of photos (alone, or captioned), logos and charts covering 0.10-0.30."""
    import pymupdf

    rnd = random.Random(seed + 2)
    files = _photo_files(photos) if photos and photos.is_dir() else []
    k = 0
    for frac in FRACTIONS:
        for where in PLACES:
            w, h = 595.0, 842.0
            kinds = ["logo", "chart"] + (["photo", "photo-captioned"] if files else [])
            for kind in kinds:
                doc = pymupdf.open()
                page = doc.new_page(width=w, height=h)
                if kind.startswith("photo"):
                    from PIL import Image

                    with Image.open(files[k % len(files)]) as im:
                        im = im.convert("RGB")
                        im.thumbnail((2000, 2000))
                        aspect = im.width / im.height
                        data = _jpeg(im, rnd)
                    target = _place(w, h, frac, aspect, where)
                else:
                    target = _place(w, h, frac, rnd.choice([1.0, 1.5]), where)
                    dpi = rnd.choice([150, 200])
                    pw, ph = int(target.width * dpi / 72), int(target.height * dpi / 72)
                    img = _logo(rnd, pw, ph) if kind == "logo" else _chart(rnd, pw, ph)
                    buf = io.BytesIO()
                    img.save(buf, "PNG")
                    data = buf.getvalue()
                page.insert_image(target, stream=data, keep_proportion=False)
                if kind == "photo-captioned":
                    page.insert_text((target.x0, min(h - 20, target.y1 + 14)),
                                     "Delegates at the opening session, photographed by the secretariat.",
                                     fontsize=9)
                yield f"x{seed}-{k:03d}-{kind}-{where}-{frac:.2f}", doc.tobytes()
                k += 1


def drawing_pages(n: int = 8, seed: int = SEED, low: int = 3 * MB, high: int = 12 * MB):
    """Vector drawings of 3-12 MB of small shapes: scatter plots of dots (one ink, each dot a filled
    curve), mosaics of coloured tiles."""
    import pymupdf

    rnd = random.Random(seed + 3)
    for k in range(n):
        kind = ("scatter", "mosaic")[k % 2]
        target = rnd.uniform(low, high)
        ops: list[str] = []
        size = 0
        colours = [tuple(round(rnd.random(), 3) for _ in range(3)) for _ in range(40)]
        while size < target:
            if kind == "scatter":  # dots along a noisy curve, one ink: four Bezier arcs each
                x = rnd.uniform(60, 535)
                y = max(60.0, min(780.0, 780 - (x - 60) * 1.3 + rnd.gauss(0, 60)))
                r, c = rnd.uniform(0.8, 2.0), 0.5523
                op = (f"0.1 0.2 0.6 rg {x + r:.2f} {y:.2f} m "
                      f"{x + r:.2f} {y + c * r:.2f} {x + c * r:.2f} {y + r:.2f} {x:.2f} {y + r:.2f} c "
                      f"{x - c * r:.2f} {y + r:.2f} {x - r:.2f} {y + c * r:.2f} {x - r:.2f} {y:.2f} c "
                      f"{x - r:.2f} {y - c * r:.2f} {x - c * r:.2f} {y - r:.2f} {x:.2f} {y - r:.2f} c "
                      f"{x + c * r:.2f} {y - r:.2f} {x + r:.2f} {y - c * r:.2f} {x + r:.2f} {y:.2f} c f\n")
            else:
                x, y = rnd.uniform(40, 550), rnd.uniform(40, 800)
                col = rnd.choice(colours)
                op = f"{col[0]} {col[1]} {col[2]} rg {x:.2f} {y:.2f} {rnd.uniform(2, 6):.2f} {rnd.uniform(2, 6):.2f} re f\n"
            ops.append(op)
            size += len(op)
        doc = pymupdf.open()
        page = doc.new_page(width=595, height=842)
        page.draw_rect(pymupdf.Rect(0, 0, 1, 1), color=None, fill=(1, 1, 1))  # gives the page a content stream
        xref = page.get_contents()[0]
        doc.update_stream(xref, "".join(ops).encode())
        data = doc.tobytes(deflate=True)
        yield f"d{seed}-{k:03d}-{kind}-{content_length(data) / MB:.1f}MB", data


def pages(corpus: Path, photos: Path | None, tmp: Path):
    """(half, source, label, path) of every page (0-based page 0 of its own PDF)."""
    sources = [("part", "words", part_pages(corpus / "real")),
               ("outlined", "words", outlined_pages(corpus / "real")),
               ("picture", "picture", picture_pages(photos)),
               ("drawing", "picture", drawing_pages())]
    for source, label, made in sources:
        for name, data in made:
            path = tmp / f"{name}.pdf"
            path.write_bytes(data)
            src = source if source != "picture" else name.split("-")[2]
            yield half_of(name, 0), src, label, path


def newly_sent(corpus: Path, recognise: bool) -> None:
    """Pages of every PDF under ``corpus`` that the rules before revision 2 kept from recognition and
    the current ones send (only pages without a text layer are looked at), with what recognising
    each costs (processor seconds, one after the other in this process)."""
    import pymupdf

    from presskit.ingest import ocr

    def old_rules(page, text) -> bool:  # a quarter of the page, and no drawing over 4 MB
        cover, fills = ocr._MIN_IMAGE_COVER, ocr._more_fills_than
        ocr._MIN_IMAGE_COVER, ocr._more_fills_than = 0.25, lambda content, _limit: len(content) > 4_000_000
        try:
            return ocr.needs_ocr(page, text)
        finally:
            ocr._MIN_IMAGE_COVER, ocr._more_fills_than = cover, fills

    pymupdf.TOOLS.mupdf_display_errors(False)
    engine = ocr.find_engine(ocr.DEFAULT_LANGUAGES) if recognise else None  # a kit that names none
    t0 = time.process_time()
    pages = textless = before = now = 0
    extra: list[tuple[str, int, float, int]] = []
    for pdf in sorted(corpus.rglob("*.pdf")):
        try:
            doc = pymupdf.open(pdf)
        except Exception:  # noqa: BLE001 - a broken file of the corpus
            continue
        with doc:
            for page in doc:
                pages += 1
                try:
                    text = page.get_text("text")
                except Exception:  # noqa: BLE001
                    continue
                if ocr.has_text(text):
                    continue
                textless += 1
                was, is_ = old_rules(page, text), ocr.needs_ocr(page, text)
                before += was
                now += is_
                if is_ and not was:
                    cpu, chars = 0.0, 0
                    if isinstance(engine, ocr.OcrEngine):
                        c = time.process_time()
                        chars = len(ocr.ocr_page(page, engine).text.strip())
                        cpu = time.process_time() - c
                    extra.append((str(pdf.relative_to(corpus)), page.number + 1, cpu, chars))
    print(f"{corpus}: {pages} pages, {textless} without text; sent to recognition by the rules before "
          f"revision 2: {before}, now: {now} ({time.process_time() - t0:.0f} s of CPU for this count)")
    for rel, number, cpu, chars in extra:
        print(f"  newly sent: {rel} p.{number}: recognition {cpu:.1f} s of CPU, {chars} characters")
    print(f"  recognition they add: {sum(e[2] for e in extra):.1f} s of CPU")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("tune", "held-out", "both"), default="held-out")
    ap.add_argument("--corpus", type=Path, default=Path.home() / ".cache" / "presskit-bench")
    default_photos = Path(os.environ.get("PRESSKIT_CORPUS") or HERE.parent.parent / "shared" / "corpus") / "photos"
    ap.add_argument("--photos", type=Path, default=default_photos)
    ap.add_argument("--keep", type=Path, help="write the made pages into this folder too")
    ap.add_argument("--newly-sent", type=Path, metavar="CORPUS",
                    help="instead: the pages of a corpus the rules now send and the earlier ones did not")
    ap.add_argument("--no-recognise", action="store_true", help="with --newly-sent: count, do not recognise")
    args = ap.parse_args()
    if args.newly_sent:
        newly_sent(args.newly_sent, not args.no_recognise)
        return
    import pymupdf

    from presskit.ingest.ocr import needs_ocr

    pymupdf.TOOLS.mupdf_display_errors(False)
    halves = ("tune", "held-out") if args.half == "both" else (args.half,)
    got: dict[tuple, list] = {}
    cost: list[tuple[float, str]] = []
    with tempfile.TemporaryDirectory(prefix="scan-rules-eval-") as tmp:
        for half, source, label, path in pages(args.corpus, args.photos, Path(tmp)):
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / path.name).write_bytes(path.read_bytes())
            if half not in halves:
                continue
            with pymupdf.open(path) as doc:
                t = time.process_time()
                sent = needs_ocr(doc[0])
                cost.append((time.process_time() - t, path.stem))
            got.setdefault((half, source, label), []).append((path.stem, sent))
    print("the build's decision (needs_ocr) on pages near the size rules:")
    for (half, source, label), rows in sorted(got.items()):
        sent = [r for r in rows if r[1]]
        line = f"{half:9} {source:16} {label:8} {len(sent):3}/{len(rows):<3} sent to recognition"
        if label == "words" and len(sent) < len(rows):
            line += "; LOST: " + ", ".join(r[0] for r in rows if not r[1])
        if label == "picture" and sent:
            line += "; sent: " + ", ".join(r[0] for r in sent)
        print(line)
    cost.sort()
    print(f"deciding: median {1000 * cost[len(cost) // 2][0]:.0f} ms, most {1000 * cost[-1][0]:.0f} ms "
          f"of CPU per page ({cost[-1][1]}); this process's peak: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
