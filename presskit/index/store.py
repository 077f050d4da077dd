"""The text store (``store.sqlite`` in an index directory): the only module that runs SQL on it.

It holds what Whoosh does not: page texts (for snippets and the viewer's find), the extraction
cache (what each file gave, so a rebuild reads only new or changed files), thumbnails, the quotes
(as settled across the kit, and each item's own before settling), which extraction each item id has,
and the catalogue of the index: which Whoosh entries each item has, and what they were made of (so
an incremental build touches only the items that changed). Extractions are stored under their key
(:func:`presskit.ingest.extract.extraction_key`: the file's content, its sidecars' and the readers'
version), so a rebuild sees any change to any of them. It also keeps the word boxes of pages
whose text was recognised from a scan (``ocr_words``: the viewer draws hits on those pages from
them; which pages they are is in the extraction's ``meta["ocr"]``). Texts are zlib-compressed.

* :class:`StoreWriter` fills a new store while an index is written (:class:`presskit.index.writer.IndexWriter`),
  or a copy of the previous one for an incremental build.
* :class:`TextStore` reads one, read-only: it never creates a journal next to a kit on read-only media.
* :func:`load_extracts` reads the extraction cache of an existing index; :func:`read_catalog` its catalogue.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from ..errors import SearchIndexError, UnsafeIndexError
from ..model import Quote

if TYPE_CHECKING:  # searching never builds one: not imported to search
    from ..ingest.record import Extracted

STORE_NAME = "store.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS extracts (key TEXT PRIMARY KEY, media TEXT, status TEXT, meta BLOB, npages INT);
CREATE TABLE IF NOT EXISTS pages (key TEXT, page INT, text BLOB, PRIMARY KEY (key, page));
CREATE TABLE IF NOT EXISTS thumbs (key TEXT PRIMARY KEY, jpeg BLOB);
CREATE TABLE IF NOT EXISTS quotes (n INTEGER PRIMARY KEY, item TEXT, page INT, data TEXT);
CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, key TEXT);
CREATE TABLE IF NOT EXISTS entries (item TEXT PRIMARY KEY, seg TEXT, first INT, count INT, key TEXT,
                                    fp TEXT, texts TEXT, quotes TEXT);
CREATE TABLE IF NOT EXISTS ocr_words (key TEXT, page INT, words BLOB, PRIMARY KEY (key, page));
"""


@dataclass
class Entry:
    """The Whoosh entries of one item: ``count`` entries from ``first`` in segment ``seg``, made from the
    content ``key`` and the indexed fields whose fingerprint is ``fp``. ``texts`` holds the item's
    indexed title, speakers (and a photo's words), ``quotes`` its quotes before kit-wide settling."""

    item: str
    seg: str
    first: int
    count: int
    key: str
    fp: str
    texts: dict
    quotes: list


def _z(s: str) -> bytes:
    return zlib.compress(s.encode("utf-8"), 1)


#: The most a page's text may inflate to (a PDF page holds some KB; a plain-text file is one page),
#: and a page's word boxes (20,000 words of some 80 bytes), so a zlib bomb in the store is refused.
MAX_PAGE_TEXT, MAX_WORDS_JSON = 64 << 20, 4 << 20
#: A quotation's JSON row: at most 2.4 KB in a kit of 100,000 pages (5,055 quotations); a quotation is
#: at most a few sentences, so a longer row is damage, refused before it is parsed.
MAX_QUOTE_JSON = 64 << 10


#: Deflate never inflates one byte to more than 1,032: a text compressed to at most a 1,100th of
#: a limit cannot pass it, and is inflated at once (every page of a real kit).
_MAX_RATIO = 1100


def _unz(b: bytes | None, limit: int = MAX_PAGE_TEXT) -> str:
    """Stored text inflated to at most ``limit`` bytes (more: the store is damaged, a zlib bomb).
    A text that could inflate past it is measured first, a MiB at a time, never held whole."""
    if not b:
        return ""
    if len(b) * _MAX_RATIO > limit:
        d, size, data = zlib.decompressobj(), 0, b
        while size <= limit and not d.eof:
            got = len(d.decompress(data, 1 << 20))
            data = d.unconsumed_tail
            if not got and not data:  # nothing more comes out (a stream cut short)
                break
            size += got
        if size > limit:
            raise UnsafeIndexError("The search index's text store is damaged.",
                                   details=f"a stored text inflates past {limit:,} bytes")
    return zlib.decompress(b).decode("utf-8")


def _connect_readonly(index_dir: Path) -> sqlite3.Connection:
    path = Path(index_dir) / STORE_NAME
    if not path.exists():
        raise SearchIndexError(f"The search index in {index_dir} has no text store; rebuild the index.")
    # immutable=1: works on read-only media and never creates journal files next to the kit. The
    # path goes in as a file: URI, so folder names with '#', '?' or '%' open the right file.
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    # no value stored in a file is longer than the file: SQLite believes the length a damaged
    # record states and allocates it before reading, unless this limit says no (SQLITE_TOOBIG)
    try:
        con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, max(1 << 16, min(path.stat().st_size, 1 << 30)))
    except OSError:
        pass
    return con


class TextStore:
    """Read access to an index's text store. Not thread-safe: one per thread (as searchers)."""

    def __init__(self, index_dir: Path):
        self._con = _connect_readonly(index_dir)

    def close(self) -> None:
        self._con.close()

    def page_text(self, item_id: str, page: int) -> str:
        """Extracted text of one page (1-based) of an item; "" when there is none. A damaged store
        raises SearchIndexError."""
        try:
            row = self._con.execute(
                "SELECT p.text FROM pages p JOIN items i ON p.key=i.key WHERE i.id=? AND p.page=?",
                (item_id, page)).fetchone()
            return _unz(row[0]) if row else ""
        except (sqlite3.Error, zlib.error, UnicodeDecodeError) as e:
            raise SearchIndexError("The search index's text store is damaged.", details=repr(e)) from None

    def thumbnail(self, item_id: str) -> bytes | None:
        row = self._con.execute(
            "SELECT t.jpeg FROM thumbs t JOIN items i ON t.key=i.key WHERE i.id=?", (item_id,)).fetchone()
        return row[0] if row else None

    def quote(self, n: int) -> Quote | None:
        """The quote stored as row ``n`` (the ``quote`` field of a quote entry in Whoosh). A damaged
        store raises SearchIndexError."""
        try:
            row = self._con.execute("SELECT data FROM quotes WHERE n=?", (n,)).fetchone()
            if row and len(row[0]) > MAX_QUOTE_JSON:
                raise ValueError(f"a quotation of {len(row[0])} bytes")
            return Quote.from_dict(json.loads(row[0])) if row else None
        except (sqlite3.Error, ValueError, TypeError, KeyError, AttributeError, RecursionError) as e:
            raise SearchIndexError("The search index's quotations are damaged.", details=repr(e)[:200]) from None

    def ocr_words(self, item_id: str, page: int) -> list[tuple]:
        """Word boxes of a page (1-based) whose text was recognised from a scan, as
        ``page.get_text("words")`` gives them; [] for other pages (and for stores made before OCR)."""
        try:
            row = self._con.execute(
                "SELECT w.words FROM ocr_words w JOIN items i ON w.key=i.key WHERE i.id=? AND w.page=?",
                (item_id, page)).fetchone()
            return _words(json.loads(_unz(row[0], MAX_WORDS_JSON))) if row else []
        except (sqlite3.Error, ValueError, zlib.error, SearchIndexError, RecursionError):
            return []


def _words(raw) -> list[tuple]:
    """Word boxes from the store, checked (it may come from a stranger's kit): at most 20,000."""
    out: list[tuple] = []
    for w in raw[:20_000] if isinstance(raw, list) else []:
        if (isinstance(w, list) and len(w) == 8 and all(isinstance(v, (int, float)) for v in w[:4])
                and isinstance(w[4], str) and all(isinstance(v, int) for v in w[5:])):
            out.append((float(w[0]), float(w[1]), float(w[2]), float(w[3]), w[4][:200], w[5], w[6], w[7]))
    return out


def load_extracts(index_dir: Path, keys: Iterable[str]) -> dict[str, Extracted]:
    """Extraction results of an existing index's store, by key (for incremental builds).

    A damaged store is only a cache: it yields nothing, and the files are read again.
    """
    from ..ingest.record import Extracted

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
                words = _load_words(con, key)
                if words:
                    out[key].meta["ocr_words"] = words
        finally:
            con.close()
    except (sqlite3.Error, ValueError, TypeError, zlib.error, RecursionError, SearchIndexError):
        return {}  # a damaged store (a page inflating past its bound, a bad record): only a cache
    return out


def read_catalog(index_dir: Path) -> dict[str, Entry]:
    """The catalogue of an index (item id -> :class:`Entry`); {} when it has none or is damaged."""
    if not (Path(index_dir) / STORE_NAME).exists():
        return {}
    try:
        con = _connect_readonly(index_dir)
        try:
            rows = con.execute("SELECT item, seg, first, count, key, fp, texts, quotes FROM entries").fetchall()
        finally:
            con.close()
        out = {}
        for item, seg, first, count, key, fp, texts, quotes in rows:
            out[item] = Entry(item, seg, int(first), int(count), key, fp, json.loads(texts or "{}"),
                              json.loads(quotes or "[]"))
        return out
    except (sqlite3.Error, ValueError, TypeError):
        return {}


def _extract_metas(index_dir: Path, keys: Iterable[str], pick, media: str | None = None) -> dict:
    """key -> ``pick(media, meta)`` for the extractions an index's store holds under ``keys`` (only
    those of ``media`` when given), reading the small metadata alone, not the texts. A store that is
    missing or cannot be read (a bad row, metadata that is not an object) yields {}: only a cache."""
    if not (Path(index_dir) / STORE_NAME).exists():
        return {}
    wanted, out = set(keys), {}
    sql, args = "SELECT key, media, meta FROM extracts", ()
    if media is not None:
        sql, args = sql + " WHERE media=?", (media,)
    try:
        con = _connect_readonly(index_dir)
        try:
            for key, kind, meta in con.execute(sql, args):
                if key in wanted:
                    out[key] = pick(kind, json.loads(_unz(meta)))
        finally:
            con.close()
    except (sqlite3.Error, ValueError, zlib.error, AttributeError):
        return {}
    return out


def ocr_states(index_dir: Path, keys: Iterable[str]) -> dict[str, tuple[str, dict | None]]:
    """Of the extractions an index's store holds under ``keys``: key -> (media, what OCR did:
    ``meta["ocr"]``, None when it did nothing). Only the small metadata is read, not the texts."""
    def pick(media: str, meta: dict) -> tuple[str, dict | None]:
        info = meta.get("ocr")
        return media, info if isinstance(info, dict) else None
    return _extract_metas(index_dir, keys, pick)


def ocr_rule_states(index_dir: Path, keys: Iterable[str]) -> dict[str, tuple[int | None, bool]]:
    """Of the PDF extractions an index's store holds under ``keys``: key -> (the revision of the rules
    that decided which of its pages to recognise, ``meta["ocr_rules"]``, None when the extraction is
    older than that record; whether those rules declined some of its pages without text,
    ``meta["ocr_declined"]``). Only the small metadata is read."""
    def pick(_media: str, meta: dict) -> tuple[int | None, bool]:
        rev = meta.get("ocr_rules")
        return rev if isinstance(rev, int) else None, bool(meta.get("ocr_declined"))
    return _extract_metas(index_dir, keys, pick, media="pdf")


def keys_with_page(index_dir: Path, keys: Iterable[str], test) -> set[str]:
    """Those of ``keys`` whose stored extraction has a page whose text passes ``test(text)`` (page
    texts are read one at a time, each key's until one passes)."""
    wanted, out = set(keys), set()
    if not wanted or not (Path(index_dir) / STORE_NAME).exists():
        return out
    try:
        con = _connect_readonly(index_dir)
        try:
            for key, text in con.execute("SELECT key, text FROM pages"):
                if key in wanted and key not in out and test(_unz(text)):
                    out.add(key)
        finally:
            con.close()
    except (sqlite3.Error, ValueError, zlib.error):
        return set(wanted)  # unreadable: read them all again
    return out


def _load_words(con: sqlite3.Connection, key: str) -> dict[str, list]:
    try:
        return {str(page): json.loads(_unz(w))
                for page, w in con.execute("SELECT page, words FROM ocr_words WHERE key=?", (key,))}
    except sqlite3.OperationalError:  # a store made before OCR: no such table
        return {}


def load_pages(index_dir: Path, key: str) -> list[str]:
    """The page texts stored for one content key ([] when there are none)."""
    con = _connect_readonly(index_dir)
    try:
        rows = con.execute("SELECT page, text FROM pages WHERE key=? ORDER BY page", (key,)).fetchall()
    finally:
        con.close()
    return [_unz(t) for _p, t in rows]


class StoreWriter:
    """Fills the text store at ``path``: a new one, or a copy of ``base`` (a previous index's store)
    that an incremental build updates. Journal off while writing: the whole index is new anyway."""

    def __init__(self, path: Path, base: Path | None = None):
        if base is not None:
            shutil.copyfile(base, path)
        self._con = sqlite3.connect(str(path))
        self._con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        self._keys: set[str] = set()
        self._replaced: set[str] = set()
        if base is not None:  # items, quotes and the catalogue are written again for every build
            self._con.executescript("DELETE FROM items; DELETE FROM quotes;")
            self._keys = {k for (k,) in self._con.execute("SELECT key FROM extracts")}

    def commit(self) -> None:
        self._con.commit()

    def has_extract(self, key: str) -> bool:
        return key in self._keys

    def add_extract(self, key: str, ex: Extracted, replace: bool = False) -> None:
        """Keep what reading a file gave (once per key; ``replace``: in place of what the previous
        index kept under that key, e.g. scanned pages read again by OCR)."""
        if key in self._keys and not (replace and key not in self._replaced):
            return
        if replace:
            self._replaced.add(key)
            for table in ("pages", "ocr_words", "thumbs"):
                self._con.execute(f"DELETE FROM {table} WHERE key=?", (key,))
        self._keys.add(key)
        meta = {k: v for k, v in ex.meta.items() if k != "ocr_words"}
        self._con.execute("INSERT OR REPLACE INTO extracts VALUES (?,?,?,?,?)",
                          (key, ex.media, ex.status, _z(json.dumps(meta, ensure_ascii=False)), len(ex.pages)))
        words = ex.meta.get("ocr_words") or {}
        self._con.executemany("INSERT OR REPLACE INTO ocr_words VALUES (?,?,?)",
                              [(key, int(page), _z(json.dumps(w, ensure_ascii=False))) for page, w in words.items()])
        self._con.executemany("INSERT OR REPLACE INTO pages VALUES (?,?,?)",
                              [(key, n + 1, _z(t)) for n, t in enumerate(ex.pages)])
        if ex.thumbnail:
            self._con.execute("INSERT OR REPLACE INTO thumbs VALUES (?,?)", (key, ex.thumbnail))

    def add_item(self, item_id: str, key: str) -> None:
        self._con.execute("INSERT OR REPLACE INTO items VALUES (?,?)", (item_id, key))

    def add_quote(self, n: int, item_id: str, quote: Quote) -> None:
        self._con.execute("INSERT INTO quotes VALUES (?,?,?,?)",
                          (n, item_id, quote.page, json.dumps(quote.to_dict(), ensure_ascii=False)))

    def put_entry(self, e: Entry) -> None:
        self._con.execute("INSERT OR REPLACE INTO entries VALUES (?,?,?,?,?,?,?,?)",
                          (e.item, e.seg, e.first, e.count, e.key, e.fp, json.dumps(e.texts, ensure_ascii=False),
                           json.dumps(e.quotes, ensure_ascii=False)))

    def drop_entries(self, item_ids) -> None:
        self._con.executemany("DELETE FROM entries WHERE item=?", [(i,) for i in item_ids])

    def finish(self) -> None:
        """Forget content no item uses any more (the store of a fresh build holds nothing else), commit."""
        con = self._con
        con.executescript("""
            DELETE FROM pages WHERE key NOT IN (SELECT key FROM items);
            DELETE FROM thumbs WHERE key NOT IN (SELECT key FROM items);
            DELETE FROM extracts WHERE key NOT IN (SELECT key FROM items);
            DELETE FROM ocr_words WHERE key NOT IN (SELECT key FROM items);
        """)
        con.commit()
        con.execute("PRAGMA journal_mode=DELETE")
        con.close()

    def close(self) -> None:
        try:
            self._con.close()
        except sqlite3.Error:
            pass
