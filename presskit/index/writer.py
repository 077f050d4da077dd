"""Writing a complete index directory: :class:`IndexWriter`, then :func:`swap_in`.

An index is never changed in place. A build writes a NEW directory next to the final one
(:func:`new_build_dir`), and :func:`swap_in` puts it in place with renames once it is complete, so
an interrupted or failed build leaves the previous index as it was. ``IndexWriter`` is a context
manager: leaving the ``with`` block without :meth:`IndexWriter.finish` (an error, a cancel) aborts
it, stops its helper processes and removes the directory.

How an index is written (the measurements are in docs/benchmarks.md):

* Page entries go to segment writers (:mod:`.segwriter`): one helper process per core for large
  kits (Whoosh indexes in Python, so this is the only way to use both cores), else this process.
  Each inverts its pages in memory and writes a Whoosh segment (:mod:`.segment`) whenever it holds
  enough, and the spelling table of that segment's words.
* Quotes (settled across the kit once every item is read) go to one small segment of their own.
* :meth:`finish` writes the table of contents listing every segment, the vocabulary, the catalogue
  of which entries each item has (in the text store), and the stamp.
* **Incremental**: given the previous index (``base``), its segment files are linked (or copied)
  into the new directory and the text store is copied; items kept with :meth:`keep_item` keep their
  entries, the entries of every other item of the base are marked deleted, and only new or changed
  items are written, into a new small segment. The vocabulary and the scoring statistics are
  corrected for the deleted entries (:mod:`.livestats`), so searches give what a fresh build gives.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..fsutil import atomic_write_bytes, link_or_copy, remove_leftovers, swap_dir
from ..ingest.record import Extracted
from ..model import Item, Quote
from .docmap import DOCMAP_NAME, write_docmap
from .integrity import list_files, write_local_seal
from .lexicon import SPELL_DIR, VOCAB_NAME, read_counts, vocabulary_size, write_vocabulary
from .livestats import LIVESTATS_NAME, LiveStats, removed_stats
from .reader import WHOOSH_DIRNAME, read_segments
from .schema import make_schema
from .segment import write_toc
from .segwriter import QuoteSegment, SegmentWriters, entry_fingerprint, item_message
from .wordids import WORDIDS_DIR
from .status import SCHEMA_VERSION, STAMP_NAME, read_stamp
from .store import STORE_NAME, Entry, StoreWriter, load_pages, read_catalog


#: An incremental build starts afresh (from the stored texts, nothing is read again) when more than
#: this share of the previous index's entries would be dead, or it has this many page segments.
COMPACT_DEAD_SHARE = 0.25
COMPACT_SEGMENTS = 12


@dataclass
class IndexStats:
    documents: int = 0
    pages: int = 0
    quotes: int = 0
    seconds_commit: float = 0.0
    terms: int = 0
    segments: int = 0
    kept: int = 0  # items whose entries an incremental build kept
    removed: int = 0  # items whose entries it marked deleted
    compacted: bool = False  # an incremental build started afresh from the stored texts
    timings: dict[str, float] = field(default_factory=dict)


class IndexWriter:
    """Writes a complete index directory at ``path`` (which must not exist yet).

    Use it as a context manager: :meth:`add_item` (or :meth:`keep_item`) for each item,
    :meth:`add_quotes` for the quotes, then :meth:`finish` with the manifest hash. Leaving the block
    without finishing, or with an exception, aborts: the directory is removed. Swapping it into place
    is :func:`swap_in`'s job.

    ``processes``: segment writer processes (0: write in this process). ``base``: the previous index
    directory, for an incremental build (see the module's documentation).
    """

    def __init__(self, path: Path, processes: int = 0, base: Path | None = None,
                 max_bytes: int | None = None):
        self.path = Path(path)
        self.path.mkdir(parents=True)
        self.schema = make_schema()
        self.stats = IndexStats()
        self._finished = False
        self._nquotes = 0
        self._quotes = QuoteSegment(self.schema)
        self._entries: dict[str, Entry] = {}
        self._kept: dict[str, Item] = {}
        self._writers: SegmentWriters | None = None
        self.base = Path(base) if base is not None else None
        try:
            (self.path / WHOOSH_DIRNAME).mkdir()
            self._base_catalog: dict[str, Entry] = {}
            self._base_segments: list = []
            if self.base is not None:
                self._adopt_base()
            self.store_path = self.path
            self.store = StoreWriter(self.path / STORE_NAME,
                                     base=self.base / STORE_NAME if self.base is not None else None)
            self._writers = SegmentWriters(str(self.path / WHOOSH_DIRNAME), str(self.path / SPELL_DIR),
                                           processes, max_bytes)
        except BaseException:
            self.abort()
            raise

    # -- incremental ---------------------------------------------------------------------------
    def _adopt_base(self) -> None:
        """Read the previous index's catalogue and segments (all but its quote segment)."""
        stamp = read_stamp(self.base) or {}  # the caller checked it is trusted (integrity.trusted)
        quote_seg = stamp.get("quote_segment")
        self._base_catalog = read_catalog(self.base)
        self._base_segments = [s for s in read_segments(self.base / WHOOSH_DIRNAME) if s.segid != quote_seg]

    def _link_base(self) -> None:
        """Link (or copy) the base's page segments, their spelling tables and word lists into the new directory."""
        base = self.base
        keep = {s.segid for s in self._base_segments}
        names = os.listdir(base / WHOOSH_DIRNAME)
        for seg in self._base_segments:
            prefix = f"{seg.segment_id()}."
            for name in names:
                if name.startswith(prefix):
                    link_or_copy(base / WHOOSH_DIRNAME / name, self.path / WHOOSH_DIRNAME / name)
        for sub in (SPELL_DIR, WORDIDS_DIR):  # a segment's spelling table and word lists go with it
            folder = base / sub
            if not folder.is_dir():
                continue  # an index from before the word lists: those segments answer from postings
            (self.path / sub).mkdir(exist_ok=True)
            for name in os.listdir(folder):
                if name.endswith(".pk") and name[:-3] in keep:
                    link_or_copy(folder / name, self.path / sub / name)

    def _should_compact(self) -> bool:
        """Start afresh from the stored texts rather than carry too many deleted entries or segments."""
        if self.base is None:
            return False
        total = sum(s.doc_count_all() for s in self._base_segments)
        dead = sum(s.deleted_count() for s in self._base_segments)
        dead += sum(e.count for i, e in self._base_catalog.items() if i not in self._kept)
        return dead > COMPACT_DEAD_SHARE * max(total, 1) or len(self._base_segments) >= COMPACT_SEGMENTS

    def _compact(self) -> None:
        """Index the kept items again from the stored texts, into new segments; forget the base's."""
        for item_id, item in sorted(self._kept.items()):
            e = self._entries[item_id]
            photo = item.is_photo and not item.ocr_pages  # a photo of a document has its text indexed
            msg = item_message(item, [] if photo else load_pages(self.store_path, e.key))
            self._writers.send(msg)
            self._entries[item_id] = Entry(item_id, "", 0, len(msg.texts), e.key, e.fp,
                                           {**e.texts, **msg.fields_for_catalog()}, e.quotes)
        self._kept = {}
        self._base_catalog, self._base_segments = {}, []
        self.base = None
        self.stats.compacted = True

    def previous_entry(self, item_id: str) -> Entry | None:
        """The catalogue entry the base index has for ``item_id`` (None: a fresh build or a new item)."""
        return self._base_catalog.get(item_id)

    def keep_item(self, item: Item, key: str) -> bool:
        """Keep the base index's entries for ``item`` if they were made from the same content and the
        same indexed fields. Returns False when they cannot be kept (then call :meth:`add_item`)."""
        e = self._base_catalog.get(item.id)
        if e is None or e.key != key or e.fp != entry_fingerprint(item):
            return False
        self._kept[item.id] = item
        self._entries[item.id] = e
        self.store.add_item(item.id, key)
        self.stats.documents += 1
        self.stats.pages += e.count
        return True

    # -- adding --------------------------------------------------------------------------------
    def add_item(self, item: Item, ex: Extracted, key: str, quotes: list[Quote] | None = None,
                 replace: bool = False) -> None:
        """Index one item: a Whoosh entry per page (one for a photo). ``key`` names its extraction in
        the store (:func:`presskit.ingest.extract.extraction_key`); ``quotes`` are its own quotes
        before kit-wide settling (kept for incremental builds); ``replace``: ``ex`` takes the place of
        what the base index's store holds under ``key`` (scanned pages read again)."""
        t0, c0 = time.perf_counter(), time.process_time()
        self.store.add_extract(key, ex, replace)
        self.store.add_item(item.id, key)
        self._time("index add: text store", t0)
        t1 = time.perf_counter()
        msg = item_message(item, ex.pages)
        self._writers.send(msg)
        self._time("index add: hand-over to the writers", t1)
        self._entries[item.id] = Entry(item.id, "", 0, len(msg.texts), key, entry_fingerprint(item),
                                       msg.fields_for_catalog(), [q.to_dict() for q in quotes or []])
        self.stats.pages += len(msg.texts)
        self.stats.documents += 1
        self._time("index add (text store, hand-over)", t0)
        self.stats.timings["index add, CPU"] = self.stats.timings.get("index add, CPU", 0.0) + time.process_time() - c0

    def retire_writer_processes(self) -> None:
        """Have the writer processes write what they hold and stop; items added afterwards are
        written in this process (see :meth:`SegmentWriters.retire`)."""
        self._writers.retire()

    def _time(self, name: str, t0: float) -> None:
        self.stats.timings[name] = self.stats.timings.get(name, 0.0) + time.perf_counter() - t0

    def set_catalog_extra(self, extra: dict[str, dict]) -> None:
        """Keep more about each item in the catalogue (item id -> data; a later build reuses it)."""
        for item_id, e in self._entries.items():
            if item_id in extra:
                e.texts.update(extra[item_id])

    def set_quotes(self, item_id: str, quotes: list[Quote]) -> None:
        """Record an item's own quotes (before settling) in the catalogue."""
        e = self._entries.get(item_id)
        if e is not None:
            e.quotes = [q.to_dict() for q in quotes]

    def add_quotes(self, item: Item, quotes: Iterable[Quote]) -> None:
        """Index the quotes of an item already added (as settled across the kit)."""
        for q in quotes:
            self._nquotes += 1
            self.store.add_quote(self._nquotes, item.id, q)
            self._quotes.add(item, q, self._nquotes)
        self.stats.quotes = self._nquotes

    # -- finishing -----------------------------------------------------------------------------
    def finish(self, manifest_sha256: str, extra_stamp: dict | None = None) -> IndexStats:
        """Commit everything and stamp the index as built for ``manifest_sha256`` (``extra_stamp``: more
        keys for the stamp)."""
        t0 = time.perf_counter()
        self.store.commit()
        if self._should_compact():
            self._compact()
        elif self.base is not None:
            self._link_base()
        results = self._writers.finish()
        self.stats.seconds_commit = time.perf_counter() - t0
        self._time("commit (last segments written)", t0)
        self.stats.timings["index writers: inverting (CPU)"] = sum(r.cpu_invert for r in results)
        self.stats.timings["index writers: writing segments (CPU)"] = sum(r.cpu_write for r in results)
        t0 = time.perf_counter()
        # nothing added or removed (a rebuild with no change): the base's vocabulary is this one's
        same_words = (not results and self.base is not None and (self.base / VOCAB_NAME).exists()
                      and all(item_id in self._kept for item_id in self._base_catalog))
        counts = {} if same_words else self._vocabulary_base()
        segments = list(self._base_segments)
        for res in results:
            segments.append(res.segment)
            for item_id, first, count in res.items:
                e = self._entries[item_id]
                e.seg, e.first, e.count = res.segment.segid, first, count
            for t, n in res.counts.items():
                counts[t] = counts.get(t, 0) + n
        segments = self._mark_removed(segments, counts)
        quote_seg = self._quotes.write(str(self.path / WHOOSH_DIRNAME))
        if quote_seg is not None:
            segments.append(quote_seg)
        write_toc(str(self.path / WHOOSH_DIRNAME), self.schema, segments, 1)
        self._write_docmap(segments, quote_seg)
        if same_words:
            link_or_copy(self.base / VOCAB_NAME, self.path / VOCAB_NAME)
            self.stats.terms = vocabulary_size(self.path / VOCAB_NAME)
        else:
            self.stats.terms = write_vocabulary(self.path / VOCAB_NAME, counts)
        self.stats.segments = len(segments)
        for e in self._entries.values():
            self.store.put_entry(e)
        self.store.finish()
        self._time("finish (quotes, vocabulary, entry map, store)", t0)
        stamp = {"schema": SCHEMA_VERSION, "manifest_sha256": manifest_sha256,
                 "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                 "items": self.stats.documents, "pages": self.stats.pages, "quotes": self.stats.quotes,
                 "segments": len(segments), "quote_segment": quote_seg.segid if quote_seg is not None else None,
                 **(extra_stamp or {}), "files": list_files(self.path)}
        raw = json.dumps(stamp, indent=1).encode()
        atomic_write_bytes(self.path / STAMP_NAME, raw)
        write_local_seal(self.path, raw)  # this computer built it (presskit.index.integrity)
        self._finished = True
        return self.stats

    def _write_docmap(self, segments: list, quote_seg) -> None:
        offset, offsets = 0, {}
        for seg in segments:
            offsets[seg.segid] = offset
            offset += seg.doc_count_all()
        docs = []
        for e in self._entries.values():
            base = offsets[e.seg] + e.first
            docs.extend((e.item, j + 1, base + j) for j in range(e.count))
        if quote_seg is not None:
            base = offsets[quote_seg.segid]
            docs.extend((iid, page, base + j) for j, (iid, page) in enumerate(self._quotes.docs))
        write_docmap(self.path / DOCMAP_NAME, offset, docs)

    def _vocabulary_base(self) -> dict[str, int]:
        if self.base is None or not (self.base / VOCAB_NAME).exists():
            return {}
        return read_counts(self.base / VOCAB_NAME)

    def _mark_removed(self, segments: list, counts: dict[str, int]) -> list:
        """Mark deleted the base entries of items not kept; correct the vocabulary and the scoring
        statistics for them. Returns the segments still holding live entries."""
        gone = [e for item_id, e in self._base_catalog.items() if item_id not in self._kept]
        self.stats.kept, self.stats.removed = len(self._kept), len(gone)
        if self.base is None:
            return segments
        live = LiveStats.read(self.base)
        by_seg = {s.segid: s for s in segments}
        pages_of: dict[str, list[str]] = {}
        for e in gone:
            seg = by_seg.get(e.seg)
            if seg is None:
                continue
            for d in range(e.first, e.first + e.count):
                seg.delete_document(d)
            if e.key not in pages_of:
                pages_of[e.key] = [] if "photo" in e.texts else load_pages(self.base, e.key)
            live.add(removed_stats(e, pages_of[e.key], counts))
        live.write(self.path / LIVESTATS_NAME)
        return segments

    def abort(self) -> None:
        """Stop writing and remove the directory (safe to call more than once)."""
        self._finished = True
        if self._writers is not None:
            self._writers.abort()
        store = getattr(self, "store", None)
        if store is not None:
            store.close()
        shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self) -> "IndexWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self._finished:
            self.abort()


def new_build_dir(final: Path) -> Path:
    """A fresh sibling directory of ``final`` to build into. What killed builds of ``final`` left beside
    it (their process gone) is removed first, not only after a build that succeeds; never a folder of
    this process, which another thread may be writing (the viewer and its library can)."""
    final = Path(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(final, mine_too=False)
    # pid, time in ms, then a number of this process: two builds started by two threads in the same
    # millisecond (the viewer's and its library's) must not be given the same folder
    return final.parent / f".{final.name}.building-{os.getpid()}-{int(time.time() * 1000)}-{next(_BUILD_DIRS)}"


_BUILD_DIRS = itertools.count(1)


def swap_in(built: Path, final: Path) -> None:
    """Replace ``final`` by the complete index in ``built`` (the old one is removed after)."""
    swap_dir(built, final)
    clean_leftovers(final)


def clean_leftovers(final: Path, mine_too: bool = True) -> None:
    """Remove build directories left behind by interrupted builds (not ours if still running; none
    of this process's with ``mine_too=False``: a build starting while another thread builds)."""
    remove_leftovers(final, ("building-*", "old-*"), mine_too)
