"""Segment writers: what turns items into Whoosh segments, in helper processes or in this one.

:class:`SegmentWriters` hands each item (its page texts and indexed fields, an :class:`ItemMessage`)
to the writer that has had the fewest pages so far. A writer inverts the pages into a
:class:`~presskit.index.segment.SegmentBuilder` and writes a segment whenever it holds
``max_bytes`` of memory (memory stays bounded however large the kit) and once more at the end;
with each segment it writes the segment's spelling table (:mod:`presskit.index.lexicon`) and its
words' lists of entries (:mod:`presskit.index.wordids`), and
reports which entries each item got and how many entries hold each word.

Helper processes use the ``spawn`` start method (safe inside the Qt viewer); they only ever see
text the build has already extracted, never a source file.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SearchIndexError
from ..memory import give_back
from ..model import Item, Quote
from ..orphans import ParentGone, stop_with_parent
from .lexicon import write_spell_table
from .wordids import FIELDS as WORDIDS_FIELDS, word_ids_path, write_word_ids
from .schema import ENTRY_PAGE, ENTRY_PHOTO, ENTRY_QUOTE, make_schema
from .segment import SegmentBuilder, invert, new_segment_id

#: Memory a writer holds (as :class:`~presskit.index.segment.SegmentBuilder` estimates it) before it
#: writes a segment. A bound in postings does not bound memory: a new term costs some 45 times a
#: posting, so the same postings weigh far more on pages of rare words (code listings, indexes,
#: tables) than on prose. On the 30 largest PDFs of the 100,000-page benchmark, 90 MB is where the
#: earlier bound of 2,000,000 postings fell, so a kit gets about as many segments as before.
DEFAULT_MAX_BYTES = 90_000_000
#: Fields counted in the vocabulary (the words a reader can search for in titles and texts).
VOCAB_FIELDS = ("body", "title")


@dataclass
class ItemMessage:
    """What a segment writer needs of an item: its indexed fields and one text per entry."""

    item_id: str
    entry: str  # ENTRY_PAGE or ENTRY_PHOTO
    keywords: dict
    title: str
    speakers: str
    texts: list[str]

    def fields_for_catalog(self) -> dict:
        out = {"title": self.title, "speakers": self.speakers, "keywords": self.keywords}
        if self.entry == ENTRY_PHOTO:
            out["photo"] = self.texts[0] if self.texts else ""
        return out


def _keywords(item: Item) -> dict:
    return dict(item=item.id, kind=item.kind, lang=item.language or "und", date=item.date or "")


def _speakers_text(item: Item) -> str:
    return " ".join(item.speakers + [item.organisation])


def photo_text(item: Item) -> str:
    return "\n".join(x for x in (item.caption, item.credit, item.copyright) if x)


def item_message(item: Item, pages: list[str]) -> ItemMessage:
    """The entries of an item: one per page, or one for a photo (its caption, credit, copyright, and
    for a photo of a document, such as a statement photographed on a phone, its recognised text)."""
    if item.is_photo:
        text = pages[0] if item.ocr_pages and pages else ""
        body = "\n".join(x for x in (photo_text(item), text) if x)
        return ItemMessage(item.id, ENTRY_PHOTO, _keywords(item), item.title, _speakers_text(item), [body])
    return ItemMessage(item.id, ENTRY_PAGE, _keywords(item), item.title, _speakers_text(item), list(pages))


def entry_fingerprint(item: Item) -> str:
    """A hash of everything an item's entries are made of besides its text (kept entries must match)."""
    data = [_keywords(item), item.title, _speakers_text(item), photo_text(item) if item.is_photo else None]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()[:32]


@dataclass
class SegmentResult:
    """A segment written: the Whoosh segment, each item's entries in it, words per entry count."""

    segment: object
    items: list[tuple[str, int, int]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    cpu_invert: float = 0.0  # CPU seconds the writer spent inverting pages into it
    cpu_write: float = 0.0  # and writing its files (postings, spelling table)


class _Local:
    """One segment writer (in whichever process runs it)."""

    def __init__(self, folder: str, spell_dir: str, max_bytes: int):
        self.folder, self.spell_dir, self.max_bytes = folder, spell_dir, max_bytes
        self.schema = make_schema()
        self._new()

    def _new(self) -> None:
        self.sb = SegmentBuilder(self.schema)
        self.items: list[tuple[str, int, int]] = []
        self.cpu = 0.0

    def add(self, msg: ItemMessage) -> SegmentResult | None:
        t0 = time.process_time()
        title, speakers = invert(msg.title), invert(msg.speakers)
        first = self.sb.docs
        for n, text in enumerate(msg.texts, start=1):
            uid = f"{msg.item_id}#{n}"
            self.sb.add(dict(uid=uid, item=msg.item_id, page=n, entry=msg.entry),
                        dict(msg.keywords, entry=msg.entry),
                        {"body": invert(text), "title": title, "speakers": speakers})
        self.items.append((msg.item_id, first, len(msg.texts)))
        self.cpu += time.process_time() - t0
        if self.sb.bytes >= self.max_bytes:
            return self.flush()
        return None

    def flush(self) -> SegmentResult | None:
        if not self.sb.docs:
            return None
        t0 = time.process_time()
        sb = self.sb
        counts: dict[str, int] = {}
        for name in VOCAB_FIELDS:
            for t, acc in sb.text_terms(name):
                counts[t] = counts.get(t, 0) + len(acc[0])
        segid = new_segment_id()
        # before the segment is written: writing it frees its postings as they go
        write_word_ids(word_ids_path(Path(self.spell_dir).parent, segid), sb.docs,
                       [sb.text_terms(name) for name in WORDIDS_FIELDS])
        seg = sb.write(self.folder, segid)
        give_back()  # the postings just written are free: the spelling table should not start on top of them
        write_spell_table(Path(self.spell_dir) / f"{seg.segid}.pk", counts)
        res = SegmentResult(seg, self.items, counts, self.cpu, time.process_time() - t0)
        del sb
        self._new()
        give_back()  # what the segment held is free: the next one should not start on top of it
        return res


def _writer_main(folder: str, spell_dir: str, max_bytes: int, inbox, outbox, parent_pid: int = 0) -> None:
    """A segment writer in a helper process: items in, segments out. When the building process dies
    without its handlers (SIGKILL), the writer stops at once, removes the build's folder and exits."""
    try:
        if parent_pid:
            stop_with_parent(parent_pid)
        w = _Local(folder, spell_dir, max_bytes)
        while True:
            msg = inbox.get()
            if msg is None:
                break
            if msg == "abort":
                return
            res = w.add(msg)
            if res is not None:
                outbox.put(("segment", res))
        res = w.flush()
        if res is not None:
            outbox.put(("segment", res))
        outbox.put(("done", None))
    except ParentGone:
        _remove_orphaned_build(Path(folder).parent, parent_pid)
        os._exit(0)  # nobody reads the queues any more: do not wait for their threads
    except BaseException as e:  # noqa: BLE001 - reported to the parent, which aborts the build
        outbox.put(("error", f"{type(e).__name__}: {e}"))


def _remove_orphaned_build(build_dir: Path, parent_pid: int) -> None:
    """Remove the folder a dead build was writing the index into (``new_build_dir``: its name holds
    the build's pid), as the build's own abort would have. Any other folder is left as it is."""
    if f".building-{parent_pid}-" in build_dir.name:
        shutil.rmtree(build_dir, ignore_errors=True)


class _Remote:
    def __init__(self, ctx, args: tuple):
        self.inbox, self.outbox = ctx.Queue(maxsize=32), ctx.Queue()
        self.proc = ctx.Process(target=_writer_main, args=(*args, self.inbox, self.outbox, os.getpid()),
                                daemon=True, name="presskit-index")
        self.proc.start()
        self.pages = 0


class SegmentWriters:
    """``processes`` segment writer processes (0: one writer in this process)."""

    def __init__(self, folder: str, spell_dir: str, processes: int = 0, max_bytes: int | None = None):
        args = self._args = (folder, spell_dir, max_bytes or DEFAULT_MAX_BYTES)
        Path(spell_dir).mkdir(parents=True, exist_ok=True)
        self.results: list[SegmentResult] = []
        self._local = _Local(*args) if processes <= 0 else None
        self._remotes: list[_Remote] = []
        if processes > 0:
            import multiprocessing as mp

            ctx = mp.get_context("spawn")
            self._remotes = [_Remote(ctx, args) for _ in range(processes)]

    def send(self, msg: ItemMessage) -> None:
        if self._local is not None:
            res = self._local.add(msg)
            if res is not None:
                self.results.append(res)
            return
        # the writer with the fewest pages among those with room in their inbox: a writer busy
        # writing a segment (seconds) does not read its inbox meanwhile, and putting an item there
        # would block this process while the other writer waits for work
        free = [r for r in self._remotes if not r.inbox.full()]
        w = min(free or self._remotes, key=lambda r: r.pages)
        w.pages += len(msg.texts)
        self._check(w)
        w.inbox.put(msg)

    def retire(self) -> None:
        """Let the writer processes write what they hold and stop; what is sent afterwards is written
        in this process. A build calls it when only scanned pages are left to recognise: the writers
        would otherwise wait minutes for a few items while holding 120 MB each (measured at 100,000
        pages), memory a second recognising process needs."""
        if self._local is None:
            self._collect()
            self._local = _Local(*self._args)

    def _check(self, w: _Remote) -> None:
        if not w.proc.is_alive():
            raise SearchIndexError("The search index could not be written (an index writer stopped).",
                                   details=f"exit code {w.proc.exitcode}")

    def finish(self) -> list[SegmentResult]:
        """Write the last segments; every segment written, in a stable order."""
        if self._local is not None:
            res = self._local.flush()
            if res is not None:
                self.results.append(res)
            return self.results
        self._collect()
        return self.results

    def _collect(self) -> None:
        """Stop the writer processes once they have written their last segments; keep the results."""
        for w in self._remotes:
            w.inbox.put(None)
        for w in self._remotes:
            while True:
                try:
                    kind, value = w.outbox.get(timeout=5)
                except Exception:  # noqa: BLE001 - queue.Empty: is it still alive?
                    self._check(w)
                    continue
                if kind == "segment":
                    self.results.append(value)
                elif kind == "done":
                    break
                else:
                    raise SearchIndexError("The search index could not be written.", details=str(value))
            w.proc.join(timeout=10)
        self._remotes = []

    def abort(self) -> None:
        for w in self._remotes:
            try:
                w.proc.kill()
                w.proc.join(timeout=5)
            except Exception:  # noqa: BLE001
                pass
        self._remotes = []


class QuoteSegment:
    """The quotes of a kit, one entry each, written as one small segment in this process."""

    def __init__(self, schema):
        self.sb = SegmentBuilder(schema)
        self._titles: dict[str, tuple] = {}
        self.docs: list[tuple[str, int]] = []  # (item id, page) of each entry

    def add(self, item: Item, q: Quote, n: int) -> None:
        title = self._titles.get(item.id)
        if title is None:
            title = self._titles[item.id] = invert(item.title)
        uid = f"{item.id}#q{n}"
        speakers = " ".join(x for x in (q.speaker, q.role, q.organisation) if x)
        self.docs.append((item.id, q.page))
        self.sb.add(dict(uid=uid, item=item.id, page=q.page, entry=ENTRY_QUOTE, quote=n),
                    dict(_keywords(item), entry=ENTRY_QUOTE),
                    {"body": invert(q.text), "title": title, "speakers": invert(speakers)})

    def write(self, folder: str):
        return self.sb.write(folder) if self.sb.docs else None
