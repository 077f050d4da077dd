"""Writing a complete index directory: :class:`IndexWriter`, then :func:`swap_in`.

An index is never changed in place. A build writes a NEW directory next to the final one
(:func:`new_build_dir`), and :func:`swap_in` puts it in place with renames once it is complete, so
an interrupted or failed build leaves the previous index as it was. ``IndexWriter`` is a context
manager: leaving the ``with`` block without :meth:`IndexWriter.finish` (an error, a cancel) aborts
it, stops its helper process and removes the directory.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from whoosh import index as windex

from ..errors import SearchIndexError
from ..fsutil import atomic_write_bytes, remove_leftovers, swap_dir
from ..ingest.record import Extracted
from ..model import Item, Quote
from .schema import ENTRY_PAGE, ENTRY_PHOTO, ENTRY_QUOTE, make_schema
from .status import SCHEMA_VERSION, STAMP_NAME
from .store import STORE_NAME, StoreWriter


@dataclass
class IndexStats:
    documents: int = 0
    pages: int = 0
    quotes: int = 0
    seconds_commit: float = 0.0
    terms: int = 0


def _shard_main(path: str, limitmb: int, inbox, outbox) -> None:
    """A second index writer in its own process: Whoosh writes postings in Python, so one writer
    per core is the only way to use both cores for indexing (docs/architecture.md)."""
    try:
        ix = windex.create_in(path, make_schema())
        w = ix.writer(limitmb=limitmb)
        while True:
            msg = inbox.get()
            if msg is None:
                break
            if msg == "abort":
                w.cancel()
                outbox.put(("aborted", None))
                return
            for doc in msg:
                w.add_document(**doc)
        w.commit()
        outbox.put(("ok", None))
    except BaseException as e:  # noqa: BLE001 - reported to the parent, which aborts the build
        outbox.put(("error", repr(e)))


class _Shard:
    """One Whoosh sub-index: written here, or by a helper process."""

    def __init__(self, path: Path, limitmb: int, remote: bool):
        self.path = path
        self.pages = 0
        path.mkdir()
        self.proc = None
        if remote:
            import multiprocessing as mp

            ctx = mp.get_context("spawn")
            self.inbox, self.outbox = ctx.Queue(maxsize=64), ctx.Queue()
            self.proc = ctx.Process(target=_shard_main, args=(str(path), limitmb, self.inbox, self.outbox),
                                    daemon=True)
            self.proc.start()
        else:
            self.ix = windex.create_in(str(path), make_schema())
            self.writer = self.ix.writer(limitmb=limitmb)

    def add(self, docs: list[dict]) -> None:
        if self.proc is not None:
            self.inbox.put(docs)
        else:
            for d in docs:
                self.writer.add_document(**d)

    def start_commit(self) -> None:
        """Let the helper process commit while this process commits its own shard."""
        if self.proc is not None:
            self.inbox.put(None)
        else:
            self.writer.commit()

    def wait_commit(self) -> None:
        if self.proc is None:
            return
        status, detail = self.outbox.get()
        self.proc.join(timeout=30)
        if status != "ok":
            raise SearchIndexError("The search index could not be written.", details=detail)

    def abort(self) -> None:
        if self.proc is not None:
            try:
                self.proc.kill()
                self.proc.join(timeout=5)
            except Exception:  # noqa: BLE001
                pass
        else:
            try:
                self.writer.cancel()
            except Exception:  # noqa: BLE001
                pass


class IndexWriter:
    """Writes a complete index directory at ``path`` (which must not exist yet).

    Use it as a context manager: :meth:`add_item` for each item, :meth:`add_quotes` for the quotes,
    then :meth:`finish` with the manifest hash. Leaving the block without finishing, or with an
    exception, aborts: the directory is removed. Swapping it into place is :func:`swap_in`'s job.

    ``shards=2`` writes two Whoosh sub-indexes (``whoosh/0``, ``whoosh/1``), the second from a helper
    process, balanced by pages; searchers read them together. Worth it only for large kits.
    """

    def __init__(self, path: Path, limitmb: int = 768, shards: int = 1):
        self.path = Path(path)
        self.path.mkdir(parents=True)
        self.shards: list[_Shard] = []
        try:
            (self.path / "whoosh").mkdir()
            for k in range(max(1, shards)):
                self.shards.append(_Shard(self.path / "whoosh" / str(k), limitmb, remote=k > 0))
            self.store = StoreWriter(self.path / STORE_NAME)
        except BaseException:
            self.abort()
            raise
        self.stats = IndexStats()
        self._nquotes = 0
        self._finished = False

    def __enter__(self) -> "IndexWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self._finished:
            self.abort()

    def add_item(self, item: Item, ex: Extracted, key: str) -> None:
        """Index one item: a Whoosh entry per page (one for a photo). ``key`` names its extraction in
        the store (:func:`presskit.ingest.extract.extraction_key`)."""
        self.store.add_extract(key, ex)
        self.store.add_item(item.id, key)
        common = self._common(item)
        if item.is_photo:
            body = "\n".join(x for x in (item.caption, item.credit, item.copyright) if x)
            docs = [dict(uid=f"{item.id}#1", page=1, entry=ENTRY_PHOTO, body=body, **common)]
        else:
            docs = [dict(uid=f"{item.id}#{n}", page=n, entry=ENTRY_PAGE, body=text, **common)
                    for n, text in enumerate(ex.pages, start=1)]
        self._send(docs)
        self.stats.pages += len(docs)
        self.stats.documents += 1

    def add_quotes(self, item: Item, quotes: Iterable[Quote]) -> None:
        """Index the quotes of an item already added."""
        docs = []
        common = self._common(item)
        for q in quotes:
            self._nquotes += 1
            qn = self._nquotes
            self.store.add_quote(qn, item.id, q)
            docs.append(dict(uid=f"{item.id}#q{qn}", page=q.page, entry=ENTRY_QUOTE, quote=qn, body=q.text,
                             **{**common, "speakers": " ".join(x for x in (q.speaker, q.role, q.organisation) if x)}))
        self.stats.quotes = self._nquotes
        self._send(docs)

    @staticmethod
    def _common(item: Item) -> dict:
        return dict(item=item.id, kind=item.kind, lang=item.language or "und", date=item.date or "",
                    title=item.title, speakers=" ".join(item.speakers + [item.organisation]))

    def _send(self, docs: list[dict]) -> None:
        if docs:
            shard = min(self.shards, key=lambda s: s.pages)
            shard.pages += len(docs)
            shard.add(docs)

    def finish(self, manifest_sha256: str) -> IndexStats:
        """Commit everything and stamp the index as built for ``manifest_sha256``."""
        t0 = time.perf_counter()
        for shard in reversed(self.shards):  # the helper process commits while we commit ours
            shard.start_commit()
        for shard in self.shards:
            shard.wait_commit()
        self.stats.seconds_commit = time.perf_counter() - t0
        for shard in self.shards:  # Whoosh leaves its lock file behind; a finished index needs none
            for lock in shard.path.glob("*_WRITELOCK"):
                lock.unlink()
        self.store.finish()
        self._write_vocab()
        stamp = {"schema": SCHEMA_VERSION, "manifest_sha256": manifest_sha256,
                 "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                 "items": self.stats.documents, "pages": self.stats.pages, "quotes": self.stats.quotes,
                 "shards": len(self.shards)}
        atomic_write_bytes(self.path / STAMP_NAME, json.dumps(stamp, indent=1).encode())
        self._finished = True
        return self.stats

    def _write_vocab(self) -> None:
        """Vocabulary with document frequencies (for stem siblings and spelling suggestions)."""
        vocab: dict[str, int] = {}
        for shard in self.shards:
            ix = windex.open_dir(str(shard.path))
            with ix.reader() as r:
                for fieldname in ("body", "title"):
                    for tb, ti in r.iter_field(fieldname):
                        t = tb.decode("utf-8") if isinstance(tb, bytes) else tb
                        vocab[t] = vocab.get(t, 0) + ti.doc_frequency()
        self.stats.terms = len(vocab)
        atomic_write_bytes(self.path / "vocab.json", json.dumps(vocab, ensure_ascii=False).encode("utf-8"))

    def abort(self) -> None:
        """Stop writing and remove the directory (safe to call more than once)."""
        self._finished = True
        for shard in self.shards:
            shard.abort()
        store = getattr(self, "store", None)
        if store is not None:
            store.close()
        shutil.rmtree(self.path, ignore_errors=True)


def new_build_dir(final: Path) -> Path:
    """A fresh sibling directory of ``final`` to build into."""
    final = Path(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    return final.parent / f".{final.name}.building-{os.getpid()}-{int(time.time() * 1000)}"


def swap_in(built: Path, final: Path) -> None:
    """Replace ``final`` by the complete index in ``built`` (the old one is removed after)."""
    swap_dir(built, final)
    clean_leftovers(final)


def clean_leftovers(final: Path) -> None:
    """Remove build directories left behind by interrupted builds (not ours if still running)."""
    remove_leftovers(final, ("building-*", "old-*"))
