"""PDF work done in worker threads: one PyMuPDF ``Document`` per thread, never shared.

MuPDF is not thread-safe (docs/architecture.md: a shared Document crashed the interpreter). Every function here
runs in a pool thread and opens the file through :func:`thread_doc`, a small thread-local cache.
Nothing here touches a widget; ``QImage`` is safe to build outside the GUI thread.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Sequence

from .qt import QImage, QThreadPool
from .pagewords import match_rects

if TYPE_CHECKING:  # imported lazily: PyMuPDF costs ~0.3 s at start-up
    import pymupdf

_tl = threading.local()
_MAX_DOCS_PER_THREAD = 3
#: Passwords that opened a PDF this session, by file identity (memory only, never saved). Each
#: thread's own Document of that file is unlocked with it when the thread first uses it.
_passwords: dict[tuple, str] = {}
_pool: QThreadPool | None = None


def pdf_pool() -> QThreadPool:
    """The pool for PDF rendering and text work (two threads: MuPDF holds the GIL anyway)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
        _pool.setExpiryTimeout(-1)  # keep threads (and their cached documents) alive
    return _pool


def _key(path: str) -> tuple:
    st = os.stat(path)
    return (path, st.st_size, st.st_mtime_ns)


def thread_doc(path: str) -> "pymupdf.Document":
    docs: OrderedDict = _tl.__dict__.setdefault("docs", OrderedDict())
    k = _key(path)
    d = docs.get(k)
    if d is None:
        import pymupdf

        d = pymupdf.open(path)
        docs[k] = d
        while len(docs) > _MAX_DOCS_PER_THREAD:
            _, old = docs.popitem(last=False)
            old.close()
    else:
        docs.move_to_end(k)
    if _locked(d):
        pw = _passwords.get(k)
        if pw is not None:
            d.authenticate(pw)
    return d


def _locked(d) -> bool:
    """True while ``d`` needs a user password (``needs_pass`` stays set after authenticating)."""
    return bool(d.needs_pass) and bool(d.is_encrypted)


def close_thread_docs() -> None:
    docs = _tl.__dict__.get("docs")
    if docs:
        for d in docs.values():
            d.close()
        docs.clear()


@dataclass
class DocInfo:
    page_count: int
    sizes: list[tuple[float, float]]  # points, rotation applied
    needs_password: bool = False


def doc_info(path: str) -> DocInfo:
    d = thread_doc(path)
    if _locked(d):
        return DocInfo(0, [], True)
    n = d.page_count
    sizes: list[tuple[float, float]] = []
    if n <= 600:
        for i in range(n):
            r = d[i].rect
            sizes.append((r.width, r.height))
    else:  # huge documents: exact first page, crop boxes for the rest (no page loading)
        r = d[0].rect
        sizes.append((r.width, r.height))
        for i in range(1, n):
            try:
                c = d.page_cropbox(i)
                sizes.append((c.width, c.height))
            except Exception:  # noqa: BLE001
                sizes.append(sizes[0])
    return DocInfo(n, sizes)


def unlock(path: str, password: str) -> DocInfo | None:
    """Try ``password`` on this thread's Document of ``path``. Right: the password is remembered for
    the other threads' Documents (this session only) and the page sizes are returned; wrong: None."""
    d = thread_doc(path)
    if _locked(d):
        if not d.authenticate(password):
            return None
        _passwords[_key(path)] = password
    return doc_info(path)


def render_page(path: str, pno: int, scale: float) -> QImage:
    import pymupdf

    page = thread_doc(path)[pno]
    pix = page.get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False, annots=True)
    img = QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888)
    return img.copy()  # detach from pix's memory


def page_words(path: str, pno: int, ocr_words: dict[int, list[tuple]] | None = None) -> list[tuple]:
    """The words of page ``pno`` (0-based) with their boxes: the text layer's, or for a page whose
    text was recognised from a scan, the OCR word boxes the index keeps (``ocr_words``)."""
    if ocr_words and pno in ocr_words:
        return ocr_words[pno]
    return thread_doc(path)[pno].get_text("words", sort=False)


def _text_width(text: str) -> float:
    """Width of ``text`` in Helvetica at size 1: the share of a word's box its characters take."""
    import pymupdf

    try:
        return pymupdf.get_text_length(text, fontname="helv", fontsize=1)
    except Exception:  # a character the font cannot measure: count characters instead
        return float(len(text))


def find_hits(path: str, sequences: Sequence[Sequence[str]], prefix_last: bool = False,
              cancelled: Callable[[], bool] = lambda: False,
              words_out: dict | None = None,
              ocr_words: dict[int, list[tuple]] | None = None) -> list[tuple[int, list[tuple]]]:
    """Every match of the folded sequences, in page order: ``[(pno, [rects per line]), ...]``.

    Scanned pages are searched in ``ocr_words`` (0-based page -> OCR word boxes) instead of their
    (empty) text layer, so hits on them get boxes too."""
    d = thread_doc(path)
    hits: list[tuple[int, list[tuple]]] = []
    for pno in range(d.page_count):
        if cancelled():
            break
        words = ocr_words[pno] if ocr_words and pno in ocr_words else d[pno].get_text("words", sort=False)
        if words_out is not None and len(words_out) < 50:
            words_out[pno] = words
        for rects in match_rects(words, sequences, prefix_last, _text_width):
            hits.append((pno, rects))
    return hits
