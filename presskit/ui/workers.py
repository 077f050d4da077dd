"""Worker-thread helpers that are not PDF: the search thread's Searcher and image loading (no widgets).

One :class:`presskit.search.Searcher` per thread, never shared (a Whoosh searcher shared between
threads gave intermittent zlib and unpickling errors). Searches run on a one-thread pool, so there is
exactly one: :func:`thread_searcher` makes it, replaces it when the kit or its index changes, and
:func:`close_search_thread` closes it when the viewer quits. Thumbnails read the text store directly.
"""

from __future__ import annotations

import io

from ..index.status import kit_index_status
from ..index.store import TextStore
from ..kit.format import Kit
from .photoload import load_image, pil_to_qimage
from .qt import QImage, QThreadPool
from .threadstate import ThreadState, index_generation

_tl = ThreadState()  # not threading.local: see presskit.ui.threadstate
_search_pool: QThreadPool | None = None


def search_pool() -> QThreadPool:
    """One thread for searches: queued stale searches are skipped, never run."""
    global _search_pool
    if _search_pool is None:
        _search_pool = QThreadPool()
        _search_pool.setMaxThreadCount(1)
        _search_pool.setExpiryTimeout(-1)
    return _search_pool


def thread_searcher(kit: Kit):
    """The calling thread's Searcher for ``kit`` (made on first use, replaced when the kit changes)."""
    from ..search import Searcher

    cur = getattr(_tl, "searcher", None)
    key = (id(kit), str(kit.index_dir), kit.manifest_sha256, index_generation(kit))
    if cur is not None and _tl.key == key:
        return cur
    if cur is not None:
        try:
            cur.close()
        except Exception:  # noqa: BLE001
            pass
        _tl.searcher = None
    s = Searcher(kit)
    _tl.searcher, _tl.key = s, key
    return s


def snippet_filler(kit: Kit, results):
    """A search-thread task cutting the snippets ``results`` lacks, document by document (cancellable)."""
    def work(ctx):
        s = thread_searcher(kit)
        for d in results.results:
            ctx.check()
            s.fill_snippets(results, [d])
        return results
    return work


def close_thread_searcher() -> None:
    """Close the calling thread's Searcher (its Whoosh readers and its SQLite connection)."""
    cur = getattr(_tl, "searcher", None)
    if cur is not None:
        try:
            cur.close()
        finally:
            _tl.searcher = None


def close_search_thread(timeout_ms: int = 2000) -> None:
    """Close the search thread's Searcher, on that thread, and wait for it (the viewer is quitting)."""
    if _search_pool is None:
        return
    _search_pool.start(close_thread_searcher)
    _search_pool.waitForDone(timeout_ms)


def ocr_words_of(kit: Kit, item) -> dict[int, list[tuple]]:
    """Word boxes of an item's scanned pages (0-based page -> words) from the kit's index; {} when
    the item has none or the index is not fresh and trusted (a reader's cache is rebuilt from the kit)."""
    if not item.ocr_pages or kit_index_status(kit) != "fresh":
        return {}
    try:
        store = TextStore(kit.index_dir)
    except Exception:  # noqa: BLE001 - no index yet: hits on scanned pages get no boxes
        return {}
    try:
        return {p - 1: w for p in item.ocr_pages[:2000] if (w := store.ocr_words(item.id, p))}
    finally:
        store.close()


#: The largest thumbnail taken from an index (presskit.ingest.photo.THUMB_SIZE is 320).
MAX_STORED_THUMB = 640


def thumbnail_image(kit: Kit, item_id: str, path: str, size: int = 220) -> QImage:
    """The index's thumbnail when it has one (and is fresh), else one made from the file."""
    data = None
    if kit_index_status(kit) == "fresh":
        try:
            store = TextStore(kit.index_dir)
            try:
                data = store.thumbnail(item_id)
            finally:
                store.close()
        except Exception:  # noqa: BLE001 - a damaged index: make one from the file
            data = None
    if data:
        from PIL import Image

        try:
            with Image.open(io.BytesIO(data)) as im:
                # the builder writes thumbnails of at most 320 px a side; a larger one in the
                # index is not its own (a stranger's index could ask to decode a huge picture)
                if max(im.size) <= MAX_STORED_THUMB:
                    im.thumbnail((size, size))
                    return pil_to_qimage(im)
        except Exception:  # noqa: BLE001 - a damaged thumbnail: make one from the file
            pass
    return load_image(path, size)
