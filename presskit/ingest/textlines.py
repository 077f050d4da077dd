"""Whether a page made of pictures or drawings shows lines of text, before Tesseract is asked to read it.

Recognition costs 2-20 s of processor time on a page that holds no text (a vector field of arrows, a
plot, a logo, a photo of snow): Tesseract reads such a page four ways up before it gives up. On the
100,000-page benchmark, 72 pages passed every other test of a scan (:func:`presskit.ingest.ocr.needs_ocr`)
and took about 550 s of recognition on one core; 30 of them gave text. A scan of text, however
poor, shows *rows*: lines of characters, each a band of many short ink strokes, with lighter rows
between them; a line runs across the page, so the same band is found side by side in neighbouring
columns. A drawing, a photo or a logo has strokes too, but not in bands that line up.

:func:`line_evidence` renders the page (or the part its pictures cover) grey at :data:`DPI` dots per
inch, marks as ink what is darker than halfway between the paper and the darkest ink, and counts, in
each vertical strip :data:`STRIP` pixels wide, the ink's left edges per row. A text line is a peak of
that profile (at least :data:`MIN_EDGES` edges per pixel) with a valley on each side, within
:data:`REACH` rows, where the profile falls to :data:`VALLEY` of the peak. A line found in one strip
*continues* in the next when a peak of similar height stands there within half its height (a scan
skewed by 3.5 degrees moves a line by 6 pixels across one strip). The evidence is the number of lines that
continue through at least :data:`CHAIN` strips (about three inches of text) and the number of
continuations, both ways up (a page scanned sideways shows its rows as columns).
:func:`shows_text_lines` says no only when there is no such line and at most :data:`MAX_STRAY`
continuations: one line of text across a page is enough to send it to recognition.

Measured (docs/ingest.md, "Pages that show no text"): designed on the 72 pages the 100,000-page
benchmark still sent and on text pages of the real corpus made into scans; the thresholds were then
frozen and measured on the half kept aside of newly made scans (``bench/ocr_prepass_eval.py``): no scan
of text was passed over. The decision costs 5-45 ms of processor time a page.
"""

from __future__ import annotations

#: resolution the decision is made at: a line of 10-point text is about 17 pixels high
DPI = 100
#: the rendering is never larger than this (a poster is looked at in less detail)
MAX_PIXELS = 2_500_000
#: width, in pixels, of the strips whose rows are profiled (about an inch at DPI)
STRIP = 96
#: edges per pixel, in a strip, that the core of a text line reaches at least
MIN_EDGES = 0.08
#: a line's profile falls to this share of its peak above and below it
VALLEY = 0.5
#: rows within which both valleys of a line must be found (a line at most REACH * 2 pixels high)
REACH = 24
#: share of each side of the picture left out (a scanner's border, the edge of the paper)
MARGIN = 0.03
#: share of ink the rows above and below a line of text may hold (a grid's rules hold more)
MAX_VALLEY_INK = 0.5
#: strips a line must run through to count as one (three strips: about three inches)
CHAIN = 3
#: continuations from one strip to the next tolerated on a page said to show no text
MAX_STRAY = 3


def render(page, box=None):
    """``box`` of ``page`` (default: the whole page) rendered grey at DPI, as a Pillow image."""
    import pymupdf
    from PIL import Image

    r = page.rect if box is None else box
    dpi = float(DPI)
    pixels = (r.width * dpi / 72) * (r.height * dpi / 72)
    if pixels > MAX_PIXELS:
        dpi *= (MAX_PIXELS / pixels) ** 0.5
    zoom = dpi / 72
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), clip=r, colorspace=pymupdf.csGRAY, alpha=False)
    if not pix.width or not pix.height:
        return None
    return Image.frombytes("L", (pix.width, pix.height), pix.samples)


def line_evidence(img) -> tuple[int, int]:
    """(lines running through CHAIN strips or more, continuations from strip to strip) of a grey
    image, the better of its two ways up (as it is, and turned a quarter)."""
    from PIL import Image

    a = _evidence(img)
    b = _evidence(img.transpose(Image.Transpose.ROTATE_90))
    return max(a[0], b[0]), max(a[1], b[1])


def shows_text_lines(page, box=None) -> bool:
    """Whether ``page`` (its part ``box``) shows at least one line of text (see the module's notes).
    A page that cannot be rendered small: True (recognition decides)."""
    try:
        img = render(page, box)
    except Exception:  # noqa: BLE001 - a damaged page: let recognition say what it makes of it
        return True
    if img is None:
        return False
    lines, links = line_evidence(img)
    return lines > 0 or links > MAX_STRAY


def _ink_mask(img):
    """Ink as 255 on 0, or None for a blank picture (no ink clearly darker than the paper). The outer
    MARGIN of each side is left out: a scanner's dark border would otherwise set the level of the ink,
    and the grey strokes of small text would fall on the paper's side."""
    w, h = img.size
    dx, dy = int(w * MARGIN), int(h * MARGIN)
    img = img.crop((dx, dy, w - dx, h - dy))
    hist = img.histogram()
    total = sum(hist)
    paper = max(range(128, 256), key=lambda v: hist[v])
    need, acc, ink = total * 0.002, 0, paper
    for v in range(256):
        acc += hist[v]
        if acc >= need:
            ink = v
            break
    if paper - ink < 32:
        return None
    cut = (paper + ink) // 2
    return img.point([255 if v < cut else 0 for v in range(256)])


def _evidence(img) -> tuple[int, int]:
    from PIL import Image, ImageChops

    mask = _ink_mask(img)
    if mask is None:
        return 0, 0
    w, h = mask.size
    edges = ImageChops.difference(mask, ImageChops.offset(mask, 1, 0))
    n = max(1, round(w / STRIP))
    e = edges.resize((n, h), Image.Resampling.BOX).tobytes()
    k = mask.resize((n, h), Image.Resampling.BOX).tobytes()
    per = [_peaks([e[y * n + s] / 255.0 for y in range(h)], [k[y * n + s] / 255.0 for y in range(h)])
           for s in range(n)]
    links = [_continuations(per[s], per[s + 1]) for s in range(n - 1)]
    return _chains(per, links), sum(len(k) for k in links)


def _peaks(col: list[float], ink: list[float]) -> list[tuple[float, int]]:
    """(middle row, height) of each text-line-like peak of one strip's edge profile ``col``; ``ink``:
    the share of each row that is ink (the valleys between lines of text are mostly paper, the
    rules between the cells of a grid are not)."""
    h = len(col)
    sm = [(col[max(0, y - 1)] + 2 * col[y] + col[min(h - 1, y + 1)]) / 4 for y in range(h)]
    out = []
    y = 0
    while y < h:
        v = sm[y]
        if v >= MIN_EDGES and (y == 0 or sm[y - 1] < v) and (y + 1 >= h or sm[y + 1] <= v):
            floor = v * VALLEY
            up = next((t for t in range(y - 1, y - REACH - 1, -1) if t < 0 or sm[t] <= floor), None)
            down = next((t for t in range(y + 1, y + REACH + 1) if t >= h or sm[t] <= floor), None)
            if (up is not None and down is not None and max(sm[max(0, up):min(h, down)]) <= v
                    and max(ink[max(0, up)], ink[min(h - 1, down)]) <= MAX_VALLEY_INK):
                out.append(((up + down) / 2, down - up))
                y = down
                continue
        y += 1
    return out


def _continuations(here: list[tuple[float, int]], there: list[tuple[float, int]]) -> dict[int, int]:
    """Which peak of the next strip each peak of this one continues in (index -> index)."""
    out = {}
    for i, (mid, high) in enumerate(here):
        for j, (mid2, high2) in enumerate(there):
            if abs(mid - mid2) <= 0.5 * max(high, high2) + 1 and 0.6 <= high / high2 <= 1 / 0.6:
                out[i] = j
                break
    return out


def _chains(per: list[list], links: list[dict[int, int]]) -> int:
    """Lines that run through CHAIN strips or more."""
    count = 0
    for s, peaks in enumerate(per):
        continued = set(links[s - 1].values()) if s else set()
        for i in range(len(peaks)):
            if i in continued:
                continue  # the middle of a line counted from its start
            length, t, k = 1, s, i
            while t < len(links) and k in links[t]:
                k, t, length = links[t][k], t + 1, length + 1
            count += length >= CHAIN
    return count
