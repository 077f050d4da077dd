"""Photos and scans: which pages made of pictures presskit sends to Tesseract (presskit/ingest/paper.py).

    python bench/paper_eval.py [--half tune|held-out|both] [--corpus ~/.cache/presskit-bench]

The pages:

* ``100k``: the 111 pages of the 100,000-page benchmark corpus (``bench/make_real_corpus.py --profile
  100k``) that pass every other test of a scan (no text, pictures covering a quarter of the page at
  scanner resolution), labelled by eye in ``bench/paper-truth.tsv``: ``picture`` (a photo, a marbled
  pattern, a crest, a drawing, a nearly empty page) or ``words`` (a picture that carries words a
  reader might search for: a table of colour names, a form, a slide), and the half each went to
  when the threshold was chosen;
* ``scan``: 80 text pages of the real corpus (``--profile real``, drawn with a fixed seed) made into
  image-only pages the way scanners and phones make them, six kinds in turn: clean, grey paper,
  faded (grey ink on grey paper), yellowed paper in colour, a scanner's dark border, uneven light;
  each blurred, grained, sometimes turned by up to 1.5 degrees, saved as JPEG at 60-85;
* ``fixture``: the three pages of the tests' scanned statement (``tests/pressfolder.py``).

The made scans and the fixture go to the tuning half or the held-out half by a hash of their names
(none of them came near the threshold). The threshold was chosen on ``--half tune``; the figures to
report are ``--half held-out``.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STYLES = ("clean", "grey", "faded", "yellow", "border", "phone")


def half_of(name: str, page: int) -> str:
    return "tune" if int(hashlib.sha256(f"{name}#{page}".encode()).hexdigest(), 16) % 2 == 0 else "held-out"


def make_scan(page, rnd: random.Random, style: str) -> bytes:
    """One text page as a scanner or a phone gives it: a PDF page holding only a JPEG."""
    import pymupdf
    from PIL import Image, ImageChops, ImageFilter, ImageOps

    pix = page.get_pixmap(dpi=rnd.choice([150, 200, 300]), colorspace=pymupdf.csGRAY)
    img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    if style in ("grey", "faded", "phone"):
        paper = rnd.randint(200, 235)
        ink = rnd.randint(90, 130) if style == "faded" else rnd.randint(20, 60)
        img = img.point(lambda v: int(ink + (paper - ink) * v / 255))
    img = img.filter(ImageFilter.GaussianBlur(rnd.choice([0.4, 0.6, 0.9])))
    img = ImageChops.add(img, Image.effect_noise(img.size, rnd.choice([6, 10, 16])), 1.0, -128)
    if style == "phone":  # light falling off across the page
        img = ImageChops.multiply(img, Image.linear_gradient("L").resize(img.size).point(lambda v: 255 - v // 5))
    if rnd.random() < 0.5:
        img = img.rotate(rnd.uniform(-1.5, 1.5), fillcolor=40 if style == "border" else 255)
    if style == "border":
        img = ImageOps.expand(img.crop((0, 0, img.width - 30, img.height - 30)), border=15, fill=30)
    if style == "yellow":
        img = Image.merge("RGB", [img, img.point(lambda v: int(v * 0.96)), img.point(lambda v: int(v * 0.82))])
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rnd.choice([60, 75, 85]))
    doc = pymupdf.open()
    doc.new_page(width=page.rect.width, height=page.rect.height).insert_image(page.rect, stream=buf.getvalue())
    return doc.tobytes()


def scans(real: Path, n: int = 80, seed: int = 12):
    """(name, PDF bytes) of ``n`` scans made from text pages of the real corpus."""
    rnd = random.Random(seed)
    for made, page in zip(range(n), text_pages(real, rnd, 400)):
        yield f"scan{made:03d}-{STYLES[made % len(STYLES)]}", make_scan(page, rnd, STYLES[made % len(STYLES)])


def text_pages(real: Path, rnd: random.Random, min_chars: int):
    """Pages of the real corpus with at least ``min_chars`` characters of text, one a file, the files
    and pages drawn with ``rnd`` (which the caller may draw from between pages: the sequence stays
    the same for a seed)."""
    import pymupdf

    pdfs = sorted(real.rglob("*.pdf"))
    rnd.shuffle(pdfs)
    for pdf in pdfs:
        try:
            doc = pymupdf.open(pdf)
        except Exception:  # noqa: BLE001 - a broken file of the corpus: not a page to use
            continue
        if doc.page_count < 1:
            continue
        page = doc[rnd.randrange(doc.page_count)]
        if len(page.get_text().strip()) >= min_chars:
            yield page


def pages(corpus: Path, tmp: Path):
    """(half, source, label, path, 0-based page) of every page of the evaluation."""
    for line in (HERE / "paper-truth.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        rel, page, label, half = line.split("\t")
        yield half, "100k", label, corpus / "100k" / rel, int(page) - 1
    for name, data in scans(corpus / "real"):
        (tmp / f"{name}.pdf").write_bytes(data)
        yield half_of(name, 0), "scan", "words", tmp / f"{name}.pdf", 0
    for half, path, k in fixture_pages(tmp):
        yield half, "fixture", "words", path, k


def fixture_pages(tmp: Path):
    """(half, path, 0-based page) of the three pages of the tests' scanned statement."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    from pressfolder import make_scanned_pdf

    fixture = make_scanned_pdf(tmp / "fixture.pdf", [
        ["Page one of the statement on victim assistance and clearance."],
        ["Page two of the statement, which a broken scanner made unreadable."],
        ["Page three of the statement closes with thanks to the President."]], dpi=200)
    for k in range(3):
        yield half_of("fixture", k), fixture, k


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("tune", "held-out", "both"), default="held-out")
    ap.add_argument("--corpus", type=Path, default=Path.home() / ".cache" / "presskit-bench")
    args = ap.parse_args()
    import pymupdf

    from presskit.ingest.paper import MIN_PAPER_SHARE, paper_share

    pymupdf.TOOLS.mupdf_display_errors(False)
    halves = ("tune", "held-out") if args.half == "both" else (args.half,)
    got: dict[tuple, list] = {}
    cost: list[float] = []
    with tempfile.TemporaryDirectory(prefix="paper-eval-") as tmp:
        for half, source, label, path, page in pages(args.corpus, Path(tmp)):
            if half not in halves:
                continue
            with pymupdf.open(path) as doc:
                t = time.process_time()
                share = paper_share(doc[page])
                cost.append(time.process_time() - t)
            name = path.name if source != "100k" else f"{path.relative_to(args.corpus / '100k')} p.{page + 1}"
            got.setdefault((half, source, label), []).append((name, share))
    for (half, source, label), rows in sorted(got.items()):
        sent = [n for n, s in rows if s >= MIN_PAPER_SHARE]
        kept_out = "" if label == "picture" else "; not sent: " + ", ".join(
            f"{n} ({s:.2f})" for n, s in rows if s < MIN_PAPER_SHARE)
        print(f"{half:9} {source:8} {label:8} {len(sent):3}/{len(rows):<3} sent to recognition{kept_out}")
    cost.sort()
    print(f"deciding: median {1000 * cost[len(cost) // 2]:.0f} ms, most {1000 * cost[-1]:.0f} ms of CPU per page")


if __name__ == "__main__":
    main()
