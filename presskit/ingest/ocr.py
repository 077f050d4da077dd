"""Text of scanned pages, recognised with Tesseract through PyMuPDF. No Qt, no network.

PyMuPDF's wheels carry the Tesseract library; what a machine may lack is Tesseract's *language data*
(``eng.traineddata``, ``fra.traineddata``, … from Debian's ``tesseract-ocr-*`` packages). So:

* :func:`find_engine` (in :mod:`presskit.ingest.tesseract`, re-exported here) looks for the data
  (``TESSDATA_PREFIX``, then the usual install folders; no program is run to find it), checks that every wanted language has its file and that OCR really
  works in this PyMuPDF, and returns an :class:`OcrEngine`, or an :class:`OcrUnavailable` saying why
  not and how to fix it (the build then completes and names the pages that stayed unsearchable).
* :func:`needs_ocr` tells a scanned page (no usable text layer, mostly image) from a text page.
* :func:`ocr_page` renders one page (grey, ``engine.dpi``), recognises it and returns its text
  (normalised like every extracted text) and its word boxes in page coordinates (the same space
  ``page.get_text("words")`` uses), for the viewer's hit boxes.

:attr:`OcrEngine.key` names the engine, its languages and settings: it is part of the extraction
cache key, so a rebuild after installing Tesseract (or changing the kit's languages) reads the
scanned pages again, and only them.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from typing import Callable, Sequence

from presskit.memory import give_back
from presskit.textutil import normalise_text

from .paper import looks_like_paper, pictures_box
from .inks import written_in_few_inks
from .textlines import shows_text_lines

from .tesseract import (  # noqa: F401 (re-exported): callers ask presskit.ingest.ocr for the engine
    DEFAULT_LANGUAGES, ENGINE_REVISION, MAX_OCR_PIXELS, OCR_DPI, TESSERACT_CODES, OcrEngine, OcrUnavailable,
    _quiet, _stderr_silenced, find_engine, find_engine_soon, find_tessdata, tesseract_code,
)

__all__ = [
    "OCR_DPI",
    "MAX_OCR_PIXELS",
    "DEFAULT_LANGUAGES",
    "TESSERACT_CODES",
    "OcrEngine",
    "OcrUnavailable",
    "OcrPage",
    "find_engine",
    "find_engine_soon",
    "find_tessdata",
    "needs_ocr",
    "declined",
    "has_text",
    "RULES_REVISION",
    "ocr_page",
    "ocr_pages",
    "ocr_image",
    "compact_words",
    "read_page",
    "apply_ocr",
    "gives_up",
    "PICTURE_STREAK",
    "ocr_stale",
    "NO_OCR",
]

# text layers with fewer letters/digits than this do not make a page "a text page"
_MIN_TEXT_CHARS = 20
# share of the page that images must cover for a page without text to be a scan. A quarter (until
# 29 November 2026) lost a page copied reduced on the glass to a quarter of its size (it covered
# 0.249 of its page) and clippings of a tenth to a quarter of a page; what keeps a small picture
# from recognition is the tests after this one (pixels, resolution, paper, rows of text)
_MIN_IMAGE_COVER = 0.05
# pixels the images of a page must hold together for it to be a scan: a page of text scanned at
# 100 dpi has a million, a small note at 150 dpi 300,000; below this an image holds no text a reader
# would search for (an icon, a flag, a texture tile, a small diagram)
_MIN_SCAN_PIXELS = 200_000
# resolution (pixels per inch of page) under which the pictures of a page are not a scan of paper but a
# screen's image: a screenshot or a web graphic placed at 72-96 dpi (scanners and phones give 150 dpi
# and more, faxes 100-200). Such a page took 30-70 s of Tesseract's CPU each for a few words of menus
_MIN_SCAN_DPI = 100
# glyph-sized filled paths on a page without text or images from which it is probably outlined text
# (a designer's poster or invitation with its fonts turned into paths), and past which it is a
# drawing: a page of text holds a few thousand glyphs, a fractal or a map hundreds of thousands
_MIN_PATHS = 60
_MAX_PATHS = 20_000
# a page with no text and no image whose drawing fills more than this many shapes is a drawing: it is
# not even listed (listing 243,000 paths took 2.3 s and 360 MB in a reader process). The fills are
# counted in the content stream's bytes first (a 9 MB stream in about 0.1 s), because its length
# says nothing: text turned into outlines takes about 1 KB a glyph, a page of it 3-12 MB, where a
# drawing of 243,000 small shapes may take less
_MAX_FILLS = 2 * _MAX_PATHS
_FILL_OPERATOR = re.compile(rb"(?<=\s)[fFbB]\*?(?=\s)")

#: Revision of the rules that decide which pages go to recognition (:func:`needs_ocr` and the tests it
#: asks). A PDF's extraction record keeps the revision it was read under (``meta["ocr_rules"]``) and
#: the pages without text those rules did not send (``meta["ocr_declined"]``); an index's stamp keeps
#: the revision of its whole build. A build under newer rules reads again the files whose pages
#: without text were decided under older ones, and only those (:mod:`presskit.build.indexing`).
#: 1: the rules before this was recorded; 2: a scan covering less than a quarter of its page (down
#: to a twentieth), and outlined text whose drawing is longer than 4 MB, are sent.
RULES_REVISION = 2
#: a page without text whose content stream is shorter than this shows nothing a rule could call a
#: scan (a blank page, a page number, a rule): not recorded as declined (outlined text needs 60
#: glyph-sized shapes, several KB)
_MIN_DRAWN = 1024


@dataclass
class OcrPage:
    """Text recognised on one page.

    Attributes:
        number: 0-based page number.
        text: the page's text, normalised as every extracted text (:func:`normalise_text`).
        words: ``(x0, y0, x1, y1, word, block, line, word_no)`` in page coordinates: exactly what
            ``page.get_text("words")`` gives for a page with a text layer (the viewer draws hit
            boxes and selections from them the same way).
        engine: :attr:`OcrEngine.key` of the engine that read it.
        dpi: the resolution actually used (lower than the engine's for huge pages).
        seconds: time spent on this page.
        picture: the page gave gibberish every way up: a photo or a figure, not text.
    """

    number: int
    text: str
    words: list[tuple] = field(default_factory=list)
    engine: str = ""
    dpi: int = OCR_DPI
    seconds: float = 0.0
    picture: bool = False

    def to_dict(self) -> dict:
        return {"number": self.number, "text": self.text, "engine": self.engine, "dpi": self.dpi,
                "words": compact_words(self.words)}


def compact_words(words: Sequence[tuple]) -> list[list]:
    """Word boxes as JSON-friendly lists, coordinates rounded to 0.1 pt."""
    return [[round(w[0], 1), round(w[1], 1), round(w[2], 1), round(w[3], 1), *w[4:8]] for w in words]


# --- which pages need it ----------------------------------------------------------------------------

def has_text(text: str, at_least: int = _MIN_TEXT_CHARS) -> bool:
    """Whether ``text`` holds ``at_least`` letters or digits (stops counting there: text pages are
    decided after a few dozen characters)."""
    n = 0
    for c in text:
        if c.isalnum():
            n += 1
            if n >= at_least:
                return True
    return False


def needs_ocr(page, text: str | None = None) -> bool:
    """True when ``page`` is a scan: almost no text layer and mostly image (or outlined text).

    ``text`` is the page's extracted text when the caller has it already. A page with fewer than
    20 letters or digits of text whose images cover a twentieth of it or more, hold 200,000 pixels
    or more between them, at 100 dpi or more (paper scanned, not a screenshot), and show mostly
    paper (:func:`presskit.ingest.paper.looks_like_paper`: not a photo, a painting or a logo) is a
    scan; so is a page with neither text nor images whose
    drawing is made of 60 to 20,000 glyph-sized filled shapes, and of 40,000 filled shapes at most
    in all, however long its content stream (text turned into outlines). Either
    must also show at least one line of text when rendered small
    (:func:`presskit.ingest.textlines.shows_text_lines`: not a plot, a vector field, a logo), and
    outlined text must be written in a few inks (:func:`presskit.ingest.inks.written_in_few_inks`:
    not a table of emoji painted in many colours). Blank
    pages, decorative pictures (an icon, a flag, a texture), photos, screenshots and vector drawings (a diagram, a
    fractal, a map) are not: recognising them finds no words a reader would look for.
    """
    if text is None:
        try:
            text = page.get_text("text")
        except Exception:
            text = ""
    if has_text(text):
        return False
    try:
        area = abs(page.rect)
        covered = 0.0
        pixels = 0
        for info in page.get_image_info():
            r = page.rect & info["bbox"]
            if not r.is_empty:
                covered += abs(r)
                pixels += info["width"] * info["height"]
        if covered:
            return (area > 0 and covered / area >= _MIN_IMAGE_COVER and pixels >= _MIN_SCAN_PIXELS
                    and pixels * 72 * 72 >= covered * _MIN_SCAN_DPI ** 2 and looks_like_paper(page)
                    and shows_text_lines(page, pictures_box(page)))
        boxes = _outlined_text(page)
        return bool(boxes) and shows_text_lines(page) and written_in_few_inks(page, boxes)
    except Exception:  # a damaged page: reading its images failed, so OCR will most likely fail too
        return False


def declined(page, text: str) -> bool:
    """Whether ``page``, which :func:`needs_ocr` did not send, is one other rules might send: it has
    no text layer (fewer than 20 letters or digits in ``text``) but shows something, a picture or a
    drawing of some length. Recorded so that a rule change reaches it (:data:`RULES_REVISION`)."""
    if has_text(text):
        return False
    try:
        return bool(page.get_image_info()) or len(page.read_contents()) >= _MIN_DRAWN
    except Exception:  # noqa: BLE001 - a damaged page: as needs_ocr, left as it is
        return False


def _outlined_text(page) -> list[tuple]:
    """The glyph-sized filled shapes of a page without text or images when it is text turned into
    outlines (see :func:`needs_ocr`); an empty list when it is not."""
    if _more_fills_than(page.read_contents(), _MAX_FILLS):
        return []
    glyph = page.rect.height / 20  # a glyph is much smaller than the page, unlike a drawing's shapes
    small = []
    for kind, box in page.get_bboxlog():
        if kind == "fill-path" and box[3] - box[1] < glyph and box[2] - box[0] < glyph * 2:
            small.append(box)
            if len(small) > _MAX_PATHS:
                return []
    return small if len(small) >= _MIN_PATHS else []


def _more_fills_than(content: bytes, limit: int) -> bool:
    """Whether the content stream ``content`` fills more than ``limit`` shapes (counting stops there)."""
    n = 0
    for _m in _FILL_OPERATOR.finditer(content):
        n += 1
        if n > limit:
            return True
    return False


# --- recognising ------------------------------------------------------------------------------------

def _render(page, dpi: int, turn: int = 0):
    """The page as an RGB pixmap at ``dpi``, turned by ``turn`` degrees, cleaned; and the matrix
    from the pixmap's pixels to the page's unrotated coordinates (those of ``page.get_text``).

    ``dpi`` is lowered so the pixmap stays under MAX_OCR_PIXELS. Rendered grey (colour does not
    help recognition), then handed to Tesseract as RGB: MuPDF's OCR returns no text at all for a
    grey pixmap (measured with PyMuPDF 1.28).
    """
    import pymupdf

    r = page.rect
    px = (r.width * dpi / 72) * (r.height * dpi / 72)
    if px > MAX_OCR_PIXELS:  # rounded down, and no floor: the bound holds for a page of any size
        dpi = max(1, int(dpi * (0.99 * MAX_OCR_PIXELS / px) ** 0.5))  # 1 %: edge pixels
    m = pymupdf.Matrix(dpi / 72, dpi / 72).prerotate(turn)
    grey = _clean(page.get_pixmap(matrix=m, colorspace=pymupdf.csGRAY, alpha=False))
    if grey is None:
        return None, dpi, None
    origin = (page.rect * m).irect.top_left
    to_page = pymupdf.Matrix(1, 0, 0, 1, origin.x, origin.y) * ~m * page.derotation_matrix
    pix = pymupdf.Pixmap(pymupdf.csRGB, grey)
    pix.set_origin(0, 0)  # a turned page renders at negative coordinates, which OCR then misses
    pix.set_dpi(dpi, dpi)
    return pix, dpi, to_page


def _clean(pix):
    """Clean-up before recognition: stretch the grey levels of a low-contrast scan; None if blank.

    A page whose ink is grey on grey paper (a faded photocopy) loses words in Tesseract's own
    binarisation. The paper is the most frequent grey level, the ink the darkest level that at
    least 0.01 % of the pixels reach; when they are less than half the scale apart, ink is mapped
    to black and paper to white. When they are hardly apart at all the page is blank (paper grain
    only): None. Other pages are left as they are.
    """
    import pymupdf
    from PIL import Image

    img = Image.frombuffer("L", (pix.width, pix.height), pix.samples_mv, "raw", "L", pix.stride, 1)
    hist = img.histogram()
    ink, paper = _ink_and_paper(hist)
    if paper - ink < _MIN_INK_GAP or paper - ink >= _LOW_CONTRAST:
        del img  # it holds a view of the pixmap's memory
        return None if paper - ink < _MIN_INK_GAP else pix
    scale = 255.0 / (paper - ink)
    img = img.point([max(0, min(255, int((v - ink) * scale))) for v in range(256)])
    return pymupdf.Pixmap(pymupdf.csGRAY, img.width, img.height, img.tobytes(), 0)


_LOW_CONTRAST = 128
_MIN_INK_GAP = 32


def _ink_and_paper(hist: list[int]) -> tuple[int, int]:
    """(ink, paper) grey levels of a page's histogram (see _clean)."""
    total = sum(hist) or 1
    paper = max(range(256), key=lambda v: hist[v])
    need, acc = total * 0.0001, 0
    for ink in range(256):
        acc += hist[ink]
        if acc >= need:
            return ink, paper
    return paper, paper


def ocr_page(page, engine: OcrEngine, *, dpi: int | None = None) -> OcrPage:
    """Recognise one PyMuPDF page with ``engine`` (at ``dpi``, default the engine's).

    A blank page (paper grain only) is not sent to Tesseract, which would read its grain as
    hundreds of "words" and take a minute doing so. A page whose text comes out as gibberish (a
    scan upside down or sideways) is tried again turned by 180, 90 and 270 degrees at a low
    resolution, and read in full the way up with the most common words, unless most of its tokens
    read like words and figures (a table of names and numbers the right way up: turning it finds
    nothing better, and reading it sideways cost 40 s); one that stays gibberish
    every way up, with few word-like tokens (noise, a texture, a photo), gives no text. Raises what
    MuPDF raises on a page it cannot render.
    """
    import pymupdf

    _quiet(pymupdf)
    t0 = time.perf_counter()
    dpi = useful_dpi(page, dpi or engine.dpi)
    text, words, used = _recognise(page, engine, dpi, 0)
    picture = False
    if _garbled(text) and _wordlike_share(text) < _UPRIGHT_WORDLIKE:
        trials = [(turn, _common_share(_recognise(page, engine, min(dpi, _TRIAL_DPI), turn)[0]))
                  for turn in (180, 90, 270)]
        turn, share = max(trials, key=lambda t: t[1])
        if share > _common_share(text) and share >= _GARBLED_SHARE:
            text, words, used = _recognise(page, engine, dpi, turn)
        if _garbled(text) and _wordlike_share(text) < _NOISE_WORDLIKE:
            text, words, picture = "", [], True  # gibberish every way up: a picture or noise, not text
    return OcrPage(page.number, normalise_text(text), words, engine.key, used, time.perf_counter() - t0,
                   picture)


#: A page made of pictures is never rendered under this resolution for recognition (see useful_dpi).
_MIN_DPI = 150


def useful_dpi(page, dpi: int) -> int:
    """``dpi``, lowered for a page made of pictures to twice the resolution of its sharpest one (but not
    under 150 dpi): rendering a 72-dpi screenshot at 300 dpi gives Tesseract 17 times the pixels and
    no detail that is not in the picture (a 1440 x 900 pt screenshot: 22.5 million pixels, 70 s of
    CPU and 370 MB in one process, for no text). A page with no picture keeps ``dpi``."""
    try:
        infos = page.get_image_info()
    except Exception:  # noqa: BLE001 - a damaged page: rendered as asked, MuPDF says what fails
        return dpi
    native = 0.0
    for info in infos:
        x0, y0, x1, y1 = info["bbox"]
        if x1 - x0 > 1 and y1 - y0 > 1:
            native = max(native, 72 * max(info["width"] / (x1 - x0), info["height"] / (y1 - y0)))
    if native <= 0:
        return dpi
    return max(min(dpi, _MIN_DPI), min(dpi, int(2 * native)))


#: Resolution of the quick readings that find which way up a page is.
_TRIAL_DPI = 150


def _recognise(page, engine: OcrEngine, dpi: int, turn: int):
    """(text, word boxes in page coordinates, dpi used) of one reading of ``page``."""
    import pymupdf

    pix, used, to_page = _render(page, dpi, turn)
    if pix is None:  # blank
        return "", [], used
    pymupdf.TOOLS.store_shrink(100)  # the page's decoded pictures (a 12-megapixel photo: 36 MB) and
    give_back()  # what rendering freed, before Tesseract takes its share: 12 MB less on an A4 scan
    with _stderr_silenced():
        data = pix.pdfocr_tobytes(compress=False, language=engine.language, tessdata=engine.tessdata)
    width = pix.width
    del pix
    with pymupdf.open("pdf", data) as ocr:
        opage = ocr.load_page(0)
        scale = width / opage.rect.width if opage.rect.width else 1.0  # OCR points -> pixels
        ctm = pymupdf.Matrix(scale, scale) * to_page
        flags = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES
        # read in the OCR page's own space and move the boxes afterwards: a text page made with a
        # turning matrix clips away the words of pages read sideways
        tp = opage.get_textpage(flags=flags)
        text = opage.get_text("text", textpage=tp)
        words = []
        for w in opage.get_text("words", textpage=tp):
            r = pymupdf.Rect(w[:4]) * ctm
            r.normalize()
            words.append((r.x0, r.y0, r.x1, r.y1, w[4], w[5], w[6], w[7]))
    return text, words, used


#: Words of three letters or more common in English, French, Spanish and German prose (about one word
#: in ten); text read from a page lying the wrong way has almost none (two-letter words are left out:
#: gibberish is full of them).
_COMMON = frozenset(
    "the and that with for are was this from not have has will its their which all our they been "
    "les des est que pour dans par sur aux pas qui une ont sont avec cette son ses leur nous "
    "los las del con por para una como más sus que este esta son fue "
    "der die das und ist den mit von nicht ein eine auf dem sich des für".split())


def _common_share(text: str) -> float:
    """Share of common words among all the words (space-separated) of ``text``."""
    tokens = text.split()
    common = sum(w.lower() in _COMMON for w in re.findall(r"[^\W\d_]{3,}", text))
    return common / len(tokens) if tokens else 0.0


def _garbled(text: str) -> bool:
    """Several words, almost none of them common ones: text read from a page the wrong way up."""
    return len(text.split()) >= 8 and _common_share(text) < _GARBLED_SHARE


_GARBLED_SHARE = 0.03

#: A token that reads like a word of text: three or more letters (not a short run of capitals, which
#: noise gives plenty of), an elided form (l'État), or a number (figures of a scanned table).
_WORDLIKE = re.compile(r"^[(\"“«‘']?(?:[^\W\d_]{3,}|[^\W\d_][^\W\d_\s]*[’'][^\W\d_]+|\d[\d.,:/%-]*)"
                       r"[)\"”»’'.,;:!?]*$")
#: Below this share of word-like tokens a garbled reading is noise (measured: 0.16-0.19 on noise
#: images, 0.81-0.83 on the scanned statement of the tests, whose tables and names count as words).
_NOISE_WORDLIKE = 0.4
#: From this share of word-like tokens up, a garbled reading is a page the right way up whose words
#: are not prose (a table of colour names and figures: 0.60-0.63), and it is not tried turned
#: (readings of six made scans turned 90 or 180 degrees: 0.15-0.48). A table's sideways trials took
#: 40-50 s of the 60-70 s its page cost, and gave nothing.
_UPRIGHT_WORDLIKE = 0.58


def _wordlike_share(text: str) -> float:
    tokens = text.split()
    good = sum(1 for t in tokens if _WORDLIKE.match(t) and not (t.isalpha() and t.isupper() and len(t) <= 4))
    return good / len(tokens) if tokens else 0.0


def ocr_pages(path: str | os.PathLike, numbers: Sequence[int], engine: OcrEngine, *,
              on_page: Callable[[OcrPage], None] | None = None,
              cancel: Callable[[], bool] | None = None) -> list[OcrPage]:
    """Recognise the pages ``numbers`` (0-based) of the PDF at ``path``, one after the other.

    ``on_page`` is called after each page (progress); ``cancel()`` is checked before each page.
    A page MuPDF cannot render is left out of the result (the caller reports it unsearchable).
    """
    import pymupdf

    _quiet(pymupdf)
    out: list[OcrPage] = []
    with pymupdf.open(str(path)) as doc:
        for n in numbers:
            if cancel is not None and cancel():
                break
            try:
                res = ocr_page(doc.load_page(n), engine)
            except (MemoryError, KeyboardInterrupt):
                raise
            except Exception:  # noqa: BLE001 - one damaged page must not lose the others
                continue
            out.append(res)
            if on_page is not None:
                on_page(res)
    return out


def ocr_image(path: str | os.PathLike, engine: OcrEngine) -> OcrPage:
    """Recognise a photo of a document (JPEG, PNG, TIFF…), at its own pixel size.

    Word boxes are in the photo's pixels (MuPDF shows an image without resolution at 72 dpi, one
    point per pixel).
    """
    import pymupdf

    _quiet(pymupdf)
    with pymupdf.open(str(path)) as doc:
        page = doc.load_page(0)
        info = page.get_image_info()
        px_w = info[0]["width"] if info else page.rect.width
        native = max(72, min(600, int(round(72 * px_w / max(1.0, page.rect.width)))))
        return ocr_page(page, engine, dpi=native)


# --- in the extraction workers ------------------------------------------------------------------------

#: What OCR gives when the builder was asked not to run it (a reader re-indexing a kit, tests).
NO_OCR = OcrUnavailable("not-asked", "Text recognition was not run for this index; build the kit again "
                        "with 'presskit build' on a machine with Tesseract to read scanned pages.")


def read_page(path: str | os.PathLike, number: int, engine: OcrEngine) -> OcrPage:
    """Recognise page ``number`` (0-based) of the file at ``path``: a PDF page, or a photo of a
    document (MuPDF opens images as one-page documents; they are read at their own resolution)."""
    import pymupdf

    _quiet(pymupdf)
    with pymupdf.open(str(path)) as doc:
        page = doc.load_page(number)
        if doc.is_pdf:
            return ocr_page(page, engine)
        info = page.get_image_info()
        px_w = info[0]["width"] if info else page.rect.width
        native = max(72, min(600, int(round(72 * px_w / max(1.0, page.rect.width)))))
        return ocr_page(page, engine, dpi=native)


#: Pages of a document that Tesseract may find to be pictures, one after the other and before any of
#: its pages gave words, before its other picture pages are taken for what they are (a package's
#: example photos: 18 pages of 4032 x 3024 photos took 17 s of CPU each for no text) and not read.
PICTURE_STREAK = 3


def gives_up(done: dict[int, OcrPage]) -> bool:
    """Whether the pages of a document recognised so far (``done``, in the order read) say that the
    rest are pictures too: :data:`PICTURE_STREAK` pictures in a row and no page with words."""
    if any(r.text.strip() for r in done.values()):
        return False
    streak = 0
    for r in done.values():
        streak = streak + 1 if r.picture else 0
    return streak >= PICTURE_STREAK


def apply_ocr(ex, done: dict[int, OcrPage], failed: dict[int, str], engine: OcrEngine | OcrUnavailable,
              name: str, skipped: Sequence[int] = ()):
    """Put what OCR read into the extraction record ``ex`` (of the file called ``name``).

    ``ex.meta["ocr_todo"]`` (the scanned pages, 0-based, as the PDF reader found them) is replaced by
    ``meta["ocr"]``: ``engine`` (:attr:`OcrEngine.key`), ``pages`` (1-based pages whose text is now
    OCR text), ``unread`` (scanned pages left without text) and, when OCR could not run,
    ``problem``; ``pictures``, when some pages were not read because the first ones recognised were
    all pictures (``skipped``, 0-based; :func:`gives_up`). Word boxes go to ``meta["ocr_words"]`` (page
    number as text -> compact words). A page keeps its text layer when OCR found less text than it.
    Returns ``ex``.
    """
    todo = ex.meta.pop("ocr_todo", None) or []
    if not todo:
        return ex
    read: list[int] = []
    unread: list[int] = []
    words: dict[str, list] = {}
    passed = set(skipped)
    for pno in todo:
        res = done.get(pno)
        if pno in passed:
            continue
        if res is None:
            unread.append(pno + 1)
        elif ex.is_photo and res.text.strip():  # a photo of a document: its caption, then its text
            ex.pages[0] = "\n\n".join(t for t in (ex.pages[0].strip() if ex.pages else "", res.text) if t)
            read.append(1)
            words["1"] = compact_words(res.words)
        elif res.text.strip() and len(res.text.strip()) > len(ex.pages[pno].strip()):
            ex.pages[pno] = res.text
            read.append(pno + 1)
            words[str(pno + 1)] = compact_words(res.words)
    info: dict = {"engine": engine.key, "pages": read, "unread": unread}
    if isinstance(engine, OcrUnavailable):
        info["problem"] = engine.message
    if passed:
        info["pictures"] = sorted(p + 1 for p in passed)
        shown = sorted(p + 1 for p in passed)
        ex.meta.setdefault("warnings", []).append(
            f"{len(shown)} picture page(s) of {name} were not recognised (page {_page_list(shown)}): the "
            "first ones read held photos or figures, not text.")
    ex.meta["ocr"] = info
    if words:
        ex.meta["ocr_words"] = words
    if not ex.is_photo:
        ex.status = "ok" if any(p.strip() for p in ex.pages) else "no-text"
    if unread:
        why = engine.message if isinstance(engine, OcrUnavailable) else "; ".join(
            dict.fromkeys(failed.get(p - 1, "its text could not be recognised") for p in unread))
        ex.meta.setdefault("warnings", []).append(
            f"{len(unread)} scanned page(s) of {name} stayed unsearchable (page {_page_list(unread)}): {why}")
    return ex


def _page_list(pages: list[int]) -> str:
    shown = ", ".join(str(p) for p in pages[:12])
    return shown + (f" and {len(pages) - 12} more" if len(pages) > 12 else "")


def ocr_stale(meta: dict, key: str) -> bool:
    """Whether a cached extraction must be read again because its scanned pages were recognised by
    another engine, other languages, or not at all (``key``: the engine a build would use now)."""
    info = meta.get("ocr")
    return bool(info) and isinstance(info, dict) and info.get("engine") != key
