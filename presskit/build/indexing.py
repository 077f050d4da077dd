"""The one indexing loop, shared by a publisher's build and a reader's re-index.

:class:`IndexPass` goes through a kit's files once and writes a complete new index directory,
which it swaps in at the end (killed or failing at any point, the previous index stays as it was):

* an item the previous index already holds, unchanged (same content, same indexed fields), keeps
  its entries: nothing of it is read, made or indexed again (an incremental build);
* a file whose content the previous index's text store holds is not read again;
* the others are read in worker processes (a hostile file is skipped with its reason), made into
  items with their quotations, and indexed as results stream in.

Quote attribution is then settled across the kit and the quotes indexed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable

from ..errors import BuildError, Cancelled, PresskitError
from ..index.integrity import remembering_hashes, trusted
from ..index.status import SCHEMA_VERSION, read_stamp
from ..index.store import Entry, keys_with_page, load_extracts, ocr_rule_states, ocr_states, read_catalog
from ..index.writer import IndexStats, IndexWriter, new_build_dir, swap_in
from ..ingest.ocr import NO_OCR, RULES_REVISION, has_text
from ..ingest.record import Extracted, Failure
from ..model import Item, KitInfo, Quote, is_photo_media
from ..quotes.settle import settle_attribution

Progress = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
#: (relative path, content key, what reading it gave) -> the item and its quotes
MakeItem = Callable[[str, str, Extracted], tuple[Item, list[Quote]]]
#: (relative path, content key, the previous index's catalogue: item id -> entry) -> the item and
#: its own quotes as the previous build made them, if nothing they were made of changed (None: make
#: it again)
ReuseItem = Callable[[str, str, dict[str, Entry]], tuple[Item, list[Quote]] | None]

#: Index writer processes pay off only when there is a lot to index (they take ~0.3 s to start).
PARALLEL_INDEX_BYTES = 20_000_000
#: Scanned pages are recognised on a second core only while the whole build (this process, its index
#: writers and the recognising processes, counted at their largest) stays under this: the 100,000-page
#: benchmark's bound is 800 MB (docs/benchmarks.md). At 760 the second process never started there:
#: the building process holds about 210 MB once it has the writers' word counts, and 225 + 2 x 280
#: was over; with the recognising processes counted at 270 (262 MB the most measured), 225 + 540 fits.
BUILD_MEMORY_MB = 790


def writer_processes(bytes_to_index: int) -> int:
    return 2 if bytes_to_index > PARALLEL_INDEX_BYTES and (os.cpu_count() or 1) > 1 else 0


def usable_base(index_dir: Path | None) -> Path | None:
    """``index_dir`` if an incremental build can start from it (same schema, a catalogue, and built by
    this computer: :func:`presskit.index.integrity.trusted`), else None. Its segments are carried
    into the new index, so an index someone else made is never a base."""
    if index_dir is None or not trusted(Path(index_dir)):
        return None
    stamp = read_stamp(Path(index_dir))
    if not stamp or stamp.get("schema") != SCHEMA_VERSION or not "quote_segment" in stamp:
        return None
    return Path(index_dir)


@contextlib.contextmanager
def disk_errors(where: Path):
    """Turn a full disk or a read-only folder into a sentence; the previous index stays in place."""
    try:
        try:
            yield
        except sqlite3.OperationalError as e:  # the text store says it in its own words
            text = str(e).lower()
            if "full" in text:
                raise OSError(errno.ENOSPC, str(e)) from None
            if "readonly" in text or "read-only" in text:
                raise OSError(errno.EROFS, str(e)) from None
            raise
    except OSError as e:
        if e.errno == errno.ENOSPC:
            raise BuildError(f"The disk is full: the index for {where.parent} could not be written. "
                             "Free some space and build again; the previous kit is unchanged.",
                             details=str(e)) from None
        if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise BuildError(f"Cannot write in {where.parent} ({e.strerror}). Build into a folder you "
                             "can write to with -o.", details=str(e)) from None
        raise


def _decided_under_older_rules(index_dir: Path, keys: set[str]) -> set[str]:
    """Keys of the PDFs of ``index_dir`` whose pages without text were decided (sent to recognition
    or not) under older rules than :data:`~presskit.ingest.ocr.RULES_REVISION`: read again, so a
    scan those rules missed is recognised now. An index whose stamp has this revision was built
    under it throughout (nothing to look at). Extractions from before the revision was recorded are
    read again when one of their pages has no text (its page texts are read once for that)."""
    if (read_stamp(index_dir) or {}).get("ocr_rules") == RULES_REVISION:
        return set()
    states = ocr_rule_states(index_dir, keys)
    out = {key for key, (rev, passed) in states.items() if rev is not None and rev != RULES_REVISION and passed}
    unknown = {key for key, (rev, _passed) in states.items() if rev is None}
    return out | keys_with_page(index_dir, unknown, lambda text: not has_text(text))


@dataclass
class IndexPass:
    """One pass over a kit's files into the index at ``final``.

    Args:
        final: the index directory to replace.
        order: relative paths of the files, in the order items are listed.
        keys: relative path -> content key (files with the same key are read once).
        locate: relative path -> the file on disk (a packed kit extracts it on demand).
        sizes: relative path -> size in bytes (decides whether indexing runs in helper processes).
        base: the previous index, to build incrementally from (None: a fresh build).
        kit_info: the kit's organisations and languages, for settling quote attribution.
        ocr: what reads scanned pages (:func:`presskit.ingest.ocr.find_engine`); None: they stay unread.
        ocr_photos: relative paths of photos that are documents (their text is recognised like a scan's).
        refresh_ocr: a stored extraction whose scanned pages another engine read (or none could), or a
            photo newly marked as a document (or no longer one), is read again, and its item made
            again; only those files (a publisher's build). False: the stored OCR text is used as it is
            (a reader's re-index keeps the kit's own).
        then: picklable work done in the reader processes on each file read (the ``then`` of
            :func:`presskit.ingest.pool.extract_many`, given the file as :attr:`locate` names it);
            ``make`` finds what it gave in ``Extracted.derived``.
    """

    final: Path
    order: list[str]
    keys: dict[str, str]
    locate: Callable[[str], Path]
    sizes: dict[str, int]
    workers: int = 2
    progress: Progress | None = None
    cancel: CancelFn | None = None
    base: Path | None = None
    kit_info: KitInfo | None = None  # organisations and languages, for settling quote attribution
    ocr: object | None = None
    ocr_photos: frozenset = frozenset()
    refresh_ocr: bool = False
    then: Callable[[Path, Extracted], object] | None = None
    failures: dict[str, Failure] = field(default_factory=dict)
    reused: int = 0
    extracted: int = 0
    kept: int = 0
    seconds_extract_wait: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)

    @remembering_hashes
    def run(self, make: MakeItem, manifest_sha: Callable[[list[Item]], str], *,
            reuse: ReuseItem | None = None, inputs: str = "",
            catalog_extra: Callable[[], dict[str, dict]] | None = None, stamp_extra: dict | None = None,
            cache_dirs: list[Path] | None = None) -> tuple[list[Item], IndexStats]:
        """Index every file; ``manifest_sha(items)`` is called once all are read (it may raise to stop).

        ``reuse`` finds items that need not be made again, when the previous index was built from
        the same ``inputs`` (:func:`presskit.build.builder.inputs_fingerprint`, recorded in the
        stamp); ``catalog_extra()`` gives, once all items are made, what to keep in the catalogue
        for reusing each item (item id -> data), ``stamp_extra`` more keys for the stamp;
        ``cache_dirs`` are indexes whose text stores may hold extractions of the other files.
        Returns the items made, in ``order``, and the index statistics.
        """
        t0 = time.perf_counter()
        made: dict[str, tuple[Item, list[Quote]]] = {}
        build_dir = new_build_dir(self.final)
        self._done = 0
        base = usable_base(self.base)
        if base is not None and (read_stamp(base) or {}).get("inputs") != inputs:
            reuse = None  # kit.toml or presskit changed: every item is made again (from cached text)
        self._stale = self._stale_keys([base, *(cache_dirs or [])])
        kept = self._kept_items(reuse, base)
        todo_rels = [rel for rel in self.order if rel not in kept]
        processes = writer_processes(sum(self.sizes.get(rel, 0) for rel in todo_rels))
        with IndexWriter(build_dir, processes=processes, base=base) as writer:
            for rel in self.order:
                if rel in kept:
                    item, quotes = kept[rel]
                    if writer.keep_item(item, self.keys[rel]):
                        writer.set_quotes(item.id, quotes)
                        made[rel] = (item, quotes)
                        self.kept += 1
                        self._tick(rel)
                    else:
                        todo_rels.append(rel)
            self.timings["keep unchanged items"] = time.perf_counter() - t0
            self._index_rest(writer, todo_rels, make, made, cache_dirs or ([base] if base else []))
            items = [made[rel][0] for rel in self.order if rel in made]
            sha = manifest_sha(items)
            t1 = time.perf_counter()
            # in the kit's order: attribution ties are then settled the same way in every build
            for item, quotes in settle_attribution([made[rel] for rel in self.order if rel in made],
                                                   self.kit_info):
                writer.add_quotes(item, quotes)
            writer.set_catalog_extra(catalog_extra() if catalog_extra else {})
            stats = writer.finish(sha, {"inputs": inputs, **(stamp_extra or {})})
            self.timings["settle quotes, finish index"] = time.perf_counter() - t1
        swap_in(build_dir, self.final)
        return items, stats

    def _kept_items(self, reuse: ReuseItem | None, base: Path | None) -> dict[str, tuple[Item, list[Quote]]]:
        if reuse is None or base is None:
            return {}
        catalog = read_catalog(base)
        out = {}
        for rel in self.order:
            if self.keys[rel] in self._stale:
                continue
            got = reuse(rel, self.keys[rel], catalog) if catalog else None
            if got is not None:
                out[rel] = got
        return out

    def _index_rest(self, writer: IndexWriter, rels: list[str], make: MakeItem,
                    made: dict[str, tuple[Item, list[Quote]]], cache_dirs: list[Path]) -> None:
        """Make and index the items of ``rels``: from the extraction cache, else read in workers."""
        rels_of: dict[str, list[str]] = {}
        for rel in rels:
            rels_of.setdefault(self.keys[rel], []).append(rel)

        def got(key: str, result: Extracted | Failure) -> None:
            read = PurePosixPath(rels_of[key][0]).name  # files of one content are read once
            for rel in rels_of[key]:
                if isinstance(result, Failure):  # named as the file it is said of (two empty files)
                    said = result.message.replace(read, PurePosixPath(rel).name)
                    self.failures[rel] = Failure(result.reason, said, rel)
                else:
                    made[rel] = item, quotes = make(rel, key, result)
                    stale = key in self._stale
                    if not stale and writer.keep_item(item, key):  # made again, but indexed just as before
                        writer.set_quotes(item.id, quotes)
                    else:
                        writer.add_item(item, result, key, quotes, replace=stale)
                self._tick(rel)

        t0 = time.perf_counter()
        cache: dict[str, Extracted] = {}
        for d in cache_dirs:
            missing = set(rels_of) - set(cache)
            if d is not None and missing and Path(d).exists():
                cache.update({k: ex for k, ex in load_extracts(Path(d), missing).items() if k not in self._stale})
        self.timings["extraction cache"] = time.perf_counter() - t0
        for key in list(rels_of):
            if key in cache:
                self.reused += len(rels_of[key])
                got(key, cache.pop(key))
        todo = {key: r for key, r in rels_of.items() if not any(rel in made or rel in self.failures for rel in r)}
        self.extracted = sum(len(r) for r in todo.values())
        t0 = time.perf_counter()
        self._extract(todo, got, writer.retire_writer_processes)
        self.seconds_extract_wait = self.timings["extract, make, index (streaming)"] = time.perf_counter() - t0

    def _stale_keys(self, dirs: list[Path | None]) -> set[str]:
        """Keys whose stored extraction must be read again for OCR (see ``refresh_ocr``)."""
        if not self.refresh_ocr:
            return set()
        engine = getattr(self.ocr, "key", NO_OCR.key)
        photos = {self.keys[rel] for rel in self.ocr_photos if rel in self.keys}
        out: set[str] = set()
        for d in dict.fromkeys(d for d in dirs if d is not None):
            for key, (media, info) in ocr_states(Path(d), set(self.keys.values())).items():
                if info is not None and info.get("engine") != engine:
                    out.add(key)  # recognised by another engine, other languages, or not at all
                elif is_photo_media(media) and (info is None) == (key in photos):
                    out.add(key)  # a photo newly marked as a document, or no longer one
            out |= _decided_under_older_rules(Path(d), set(self.keys.values()))
        return out

    def _tick(self, label: str) -> None:
        self._done += 1
        if self.progress:
            self.progress(self._done, len(self.order), label)
        if self.cancel and self.cancel():
            raise Cancelled()

    def _extract(self, todo: dict[str, list[str]], got: Callable[[str, Extracted | Failure], None],
                 text_done: Callable[[], None] | None = None) -> None:
        """Read the files of ``todo`` (key -> paths) in worker processes; ``got`` is called as each ends,
        ``text_done`` once only scanned pages are left to recognise."""
        if not todo:
            return
        from ..ingest.pool import extract_many

        paths: dict[Path, str] = {}
        for key, rels in todo.items():
            try:
                paths[self.locate(rels[0])] = key
            except (PresskitError, OSError) as e:  # a link or special file in a kit: never read
                got(key, Failure("unreadable", getattr(e, "message", None) or str(e)))
        rel_of = {path: todo[key][0] for path, key in paths.items()}

        def page_done(path: Path, done: int, total: int) -> None:
            if self.progress:
                self.progress(self._done, len(self.order), f"{rel_of[path]}: text of scanned page {done}/{total}")
            if self.cancel and self.cancel():
                raise Cancelled()

        photos = [path for path, rel in rel_of.items() if rel in self.ocr_photos]
        for path, result in extract_many(list(paths), workers=self.workers, cancel=self.cancel, ocr=self.ocr,
                                         on_page=page_done, ocr_photos=photos, then=self.then,
                                         ocr_mem_mb=BUILD_MEMORY_MB, on_text_done=text_done):
            got(paths[path], result)
