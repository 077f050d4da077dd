"""The text store (``store.sqlite`` in an index directory): the only module that runs SQL on it.

It holds what Whoosh does not: page texts (for snippets and the viewer's find), the extraction
cache (what each file gave, so a rebuild reads only new or changed files), thumbnails, the quotes,
and which extraction each item id has. Extractions are stored under their key
(:func:`presskit.ingest.extract.extraction_key`: the file's content, its sidecars' and the readers'
version), so a rebuild sees any change to any of them. Texts are zlib-compressed.

* :class:`StoreWriter` fills a new store while an index is written (:class:`presskit.index.writer.IndexWriter`).
* :class:`TextStore` reads one, read-only: it never creates a journal next to a kit on read-only media.
* :func:`load_extracts` reads the extraction cache of an existing index for an incremental build.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path
from typing import Iterable

from ..errors import SearchIndexError
from ..ingest.record import Extracted
from ..model import Quote

STORE_NAME = "store.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS extracts (key TEXT PRIMARY KEY, media TEXT, status TEXT, meta BLOB, npages INT);
CREATE TABLE IF NOT EXISTS pages (key TEXT, page INT, text BLOB, PRIMARY KEY (key, page));
CREATE TABLE IF NOT EXISTS thumbs (key TEXT PRIMARY KEY, jpeg BLOB);
CREATE TABLE IF NOT EXISTS quotes (n INTEGER PRIMARY KEY, item TEXT, page INT, data TEXT);
CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, key TEXT);
"""


def _z(s: str) -> bytes:
    return zlib.compress(s.encode("utf-8"), 1)


def _unz(b: bytes | None) -> str:
    return zlib.decompress(b).decode("utf-8") if b else ""


def _connect_readonly(index_dir: Path) -> sqlite3.Connection:
    path = Path(index_dir) / STORE_NAME
    if not path.exists():
        raise SearchIndexError(f"The search index in {index_dir} has no text store; rebuild the index.")
    # immutable=1: works on read-only media and never creates journal files next to the kit. The
    # path goes in as a file: URI, so folder names with '#', '?' or '%' open the right file.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


class TextStore:
    """Read access to an index's text store. Not thread-safe: one per thread (as searchers)."""

    def __init__(self, index_dir: Path):
        self._con = _connect_readonly(index_dir)

    def close(self) -> None:
        self._con.close()

    def page_text(self, item_id: str, page: int) -> str:
        """Extracted text of one page (1-based) of an item; "" when there is none."""
        row = self._con.execute(
            "SELECT p.text FROM pages p JOIN items i ON p.key=i.key WHERE i.id=? AND p.page=?",
            (item_id, page)).fetchone()
        return _unz(row[0]) if row else ""

    def thumbnail(self, item_id: str) -> bytes | None:
        row = self._con.execute(
            "SELECT t.jpeg FROM thumbs t JOIN items i ON t.key=i.key WHERE i.id=?", (item_id,)).fetchone()
        return row[0] if row else None

    def quote(self, n: int) -> Quote | None:
        """The quote stored as row ``n`` (the ``quote`` field of a quote entry in Whoosh)."""
        row = self._con.execute("SELECT data FROM quotes WHERE n=?", (n,)).fetchone()
        return Quote.from_dict(json.loads(row[0])) if row else None


def load_extracts(index_dir: Path, keys: Iterable[str]) -> dict[str, Extracted]:
    """Extraction results of an existing index's store, by key (for incremental builds).

    A damaged store is only a cache: it yields nothing, and the files are read again.
    """
    if not (Path(index_dir) / STORE_NAME).exists():
        return {}
    out: dict[str, Extracted] = {}
    try:
        con = _connect_readonly(index_dir)
        try:
            wanted = set(keys)
            rows = con.execute("SELECT key, media, status, meta, npages FROM extracts").fetchall()
            for key, media, status, meta, npages in rows:
                if key not in wanted:
                    continue
                pages = [""] * npages
                for page, text in con.execute("SELECT page, text FROM pages WHERE key=?", (key,)):
                    if 1 <= page <= npages:
                        pages[page - 1] = _unz(text)
                row = con.execute("SELECT jpeg FROM thumbs WHERE key=?", (key,)).fetchone()
                out[key] = Extracted(media, pages, json.loads(_unz(meta)), status, row[0] if row else None)
        finally:
            con.close()
    except (sqlite3.Error, ValueError, zlib.error):
        return {}
    return out


class StoreWriter:
    """Fills a new text store at ``path`` (journal off while writing: the whole index is new anyway)."""

    def __init__(self, path: Path):
        self._con = sqlite3.connect(str(path))
        self._con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        self._keys: set[str] = set()

    def add_extract(self, key: str, ex: Extracted) -> None:
        """Keep what reading a file gave (once per key)."""
        if key in self._keys:
            return
        self._keys.add(key)
        self._con.execute("INSERT OR REPLACE INTO extracts VALUES (?,?,?,?,?)",
                          (key, ex.media, ex.status, _z(json.dumps(ex.meta, ensure_ascii=False)), len(ex.pages)))
        self._con.executemany("INSERT OR REPLACE INTO pages VALUES (?,?,?)",
                              [(key, n + 1, _z(t)) for n, t in enumerate(ex.pages)])
        if ex.thumbnail:
            self._con.execute("INSERT OR REPLACE INTO thumbs VALUES (?,?)", (key, ex.thumbnail))

    def add_item(self, item_id: str, key: str) -> None:
        self._con.execute("INSERT OR REPLACE INTO items VALUES (?,?)", (item_id, key))

    def add_quote(self, n: int, item_id: str, quote: Quote) -> None:
        self._con.execute("INSERT INTO quotes VALUES (?,?,?,?)",
                          (n, item_id, quote.page, json.dumps(quote.to_dict(), ensure_ascii=False)))

    def finish(self) -> None:
        self._con.commit()
        self._con.execute("PRAGMA journal_mode=DELETE")
        self._con.close()

    def close(self) -> None:
        try:
            self._con.close()
        except sqlite3.Error:
            pass
