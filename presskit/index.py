"""The search index: a rebuildable cache of a kit, in one directory.

Layout of an index directory::

    stamp.json      schema version + sha256 of the manifest it was built for (fresh/stale test)
    whoosh/N/       the Whoosh index, in one or two shards (N = 0, 1) read together: one entry per
                    PDF page, per text document, per photo caption, per quote
    store.sqlite    page texts, extraction cache (by file sha256), thumbnails, quotes
    vocab.json      body/title vocabulary with document frequencies (for "did you mean")

Design (see ../shared/STACK.md for the measurements behind it): ONE analysed field per text, with
positions, folded (lowercase, no accents, ligatures expanded) and not stemmed. Exact phrases match word
for word; stemming is done at query time by expanding a word to every indexed word sharing its stem in
English, French or Spanish (see ``search.Lexicon``). Page text is kept out of Whoosh, in SQLite, for snippets.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from whoosh import fields as wf
from whoosh import formats as wformats
from whoosh import index as windex
from whoosh.analysis import Token, Tokenizer

from .errors import IndexError_
from .kit import atomic_write_bytes
from .model import Item, Quote
from .textutil import TOKEN_RE, fold

#: Bump when the schema or the analysis changes: older indexes become "stale" and are rebuilt.
SCHEMA_VERSION = 8
STEM_LANGUAGES = ("en", "fr", "es")


class FoldTokenizer(Tokenizer):
    """Fold the whole text once (lowercase, accents off), then cut words with TOKEN_RE.

    Single pass and no per-token filter objects: this is the hot loop of a build.
    """

    def __eq__(self, other):
        return isinstance(other, FoldTokenizer)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        pos = start_pos
        for m in TOKEN_RE.finditer(fold(value)):
            t.text = m.group()
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = t.text
            if positions:
                t.pos = pos
                pos += 1
            if chars:
                t.startchar, t.endchar = start_char + m.start(), start_char + m.end()
            yield t


def analyzer():
    return FoldTokenizer()


class FoldedPositions(wformats.Positions):
    """Whoosh's Positions format, indexing with one fold + one regex pass and no Token objects.

    Postings are encoded exactly as Positions encodes them (readers decode them unchanged); only the
    indexing path is shorter. It gives the same terms as :class:`FoldTokenizer`.
    """

    def word_values(self, value, analyzer, **kwargs):
        fb = self.field_boost
        poses: dict[str, list[int]] = {}
        for i, w in enumerate(TOKEN_RE.findall(fold(value))):
            lst = poses.get(w)
            if lst is None:
                poses[w] = [i]
            else:
                lst.append(i)
        encode = self.encode
        for w, lst in poses.items():
            yield (w, len(lst), len(lst) * fb, encode(lst))


def _text_field() -> wf.TEXT:
    field = wf.TEXT(analyzer=analyzer(), phrase=True)
    field.format = FoldedPositions(field_boost=1.0)
    return field


def make_schema() -> wf.Schema:
    return wf.Schema(
        uid=wf.ID(stored=True, unique=True),
        item=wf.ID(stored=True, sortable=True),
        page=wf.NUMERIC(stored=True, sortable=True),
        type=wf.ID(stored=True),  # page | photo | quote
        quote=wf.NUMERIC(stored=True),  # row of the quotes table, for type=quote
        title=_text_field(),
        body=_text_field(),
        speakers=_text_field(),  # speakers (page entries) or speaker, role, organisation (quotes)
        kind=wf.ID(sortable=True),
        lang=wf.ID(sortable=True),
        date=wf.ID(sortable=True),
    )


# --- status -------------------------------------------------------------------------------------

def read_stamp(index_dir: Path) -> dict[str, Any] | None:
    try:
        return json.loads((Path(index_dir) / "stamp.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None


def index_status(index_dir: Path, manifest_sha256: str) -> str:
    """'fresh', 'stale' or 'missing' for the index in ``index_dir`` and a manifest hash."""
    stamp = read_stamp(index_dir)
    if not stamp or not (Path(index_dir) / "whoosh").is_dir():
        return "missing"
    if stamp.get("schema") != SCHEMA_VERSION or stamp.get("manifest_sha256") != manifest_sha256:
        return "stale"
    return "fresh"


# --- the text store -----------------------------------------------------------------------------

STORE_SQL = """
CREATE TABLE IF NOT EXISTS extracts (sha256 TEXT PRIMARY KEY, media TEXT, status TEXT, meta BLOB, npages INT);
CREATE TABLE IF NOT EXISTS pages (sha256 TEXT, page INT, text BLOB, PRIMARY KEY (sha256, page));
CREATE TABLE IF NOT EXISTS thumbs (sha256 TEXT PRIMARY KEY, jpeg BLOB);
CREATE TABLE IF NOT EXISTS quotes (n INTEGER PRIMARY KEY, item TEXT, page INT, data TEXT);
CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, sha256 TEXT);
"""


def _z(s: str) -> bytes:
    return zlib.compress(s.encode("utf-8"), 1)


def _unz(b: bytes | None) -> str:
    return zlib.decompress(b).decode("utf-8") if b else ""


def open_store_readonly(index_dir: Path) -> sqlite3.Connection:
    path = Path(index_dir) / "store.sqlite"
    if not path.exists():
        raise IndexError_(f"The search index in {index_dir} has no text store; rebuild the index.")
    # immutable=1: works on read-only media and never creates journal files next to the kit.
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
    return con


@dataclass
class CachedExtract:
    """What an extraction produced, as kept in the store (thumbnail apart)."""

    media: str
    status: str
    meta: dict[str, Any]
    pages: list[str]
    thumbnail: bytes | None = None


def load_cached_extracts(index_dir: Path, shas: Iterable[str]) -> dict[str, CachedExtract]:
    """Extraction results of an existing index's store, by file sha256 (for incremental builds)."""
    path = Path(index_dir) / "store.sqlite"
    out: dict[str, CachedExtract] = {}
    if not path.exists():
        return out
    try:
        con = open_store_readonly(index_dir)
        wanted = set(shas)
        for sha, media, status, meta, npages in con.execute("SELECT sha256, media, status, meta, npages FROM extracts"):
            if sha not in wanted:
                continue
            pages = [""] * npages
            for page, text in con.execute("SELECT page, text FROM pages WHERE sha256=?", (sha,)):
                if 1 <= page <= npages:
                    pages[page - 1] = _unz(text)
            row = con.execute("SELECT jpeg FROM thumbs WHERE sha256=?", (sha,)).fetchone()
            out[sha] = CachedExtract(media, status, json.loads(_unz(meta)), pages, row[0] if row else None)
        con.close()
    except (sqlite3.Error, ValueError, zlib.error):
        return {}  # a damaged cache is just a cache: extract again
    return out


# --- writing ------------------------------------------------------------------------------------

@dataclass
class IndexStats:
    documents: int = 0
    pages: int = 0
    quotes: int = 0
    seconds_commit: float = 0.0
    terms: int = 0


def _shard_main(path: str, limitmb: int, inbox, outbox) -> None:
    """A second index writer in its own process: Whoosh writes postings in Python, so one writer
    per core is the only way to use both cores for indexing (see STACK.md)."""
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

    def commit(self) -> None:
        if self.proc is not None:
            self.inbox.put(None)
            status, detail = self.outbox.get()
            self.proc.join(timeout=30)
            if status != "ok":
                raise IndexError_("The search index could not be written.", details=detail)
        else:
            self.writer.commit()

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

    Use :meth:`add_item` for each item, then :meth:`finish` with the manifest hash. On any failure call
    :meth:`abort`; the directory is removed. Swapping it into place is :func:`swap_in`'s job.

    ``shards=2`` writes two Whoosh sub-indexes (``whoosh/0``, ``whoosh/1``), the second from a helper
    process, balanced by pages; searchers read them together. Worth it only for large kits.
    """

    def __init__(self, path: Path, limitmb: int = 768, shards: int = 1):
        self.path = Path(path)
        self.path.mkdir(parents=True)
        (self.path / "whoosh").mkdir()
        self.shards = [_Shard(self.path / "whoosh" / str(k), limitmb, remote=k > 0) for k in range(max(1, shards))]
        self.store = sqlite3.connect(str(self.path / "store.sqlite"))
        self.store.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + STORE_SQL)
        self.stats = IndexStats()
        self._stored_shas: set[str] = set()
        self._nquotes = 0

    def store_extract(self, sha: str, ex: CachedExtract) -> None:
        if sha in self._stored_shas:
            return
        self._stored_shas.add(sha)
        self.store.execute("INSERT OR REPLACE INTO extracts VALUES (?,?,?,?,?)",
                           (sha, ex.media, ex.status, _z(json.dumps(ex.meta, ensure_ascii=False)), len(ex.pages)))
        self.store.executemany("INSERT OR REPLACE INTO pages VALUES (?,?,?)",
                               [(sha, n + 1, _z(t)) for n, t in enumerate(ex.pages)])
        if ex.thumbnail:
            self.store.execute("INSERT OR REPLACE INTO thumbs VALUES (?,?)", (sha, ex.thumbnail))

    def add_item(self, item: Item, ex: CachedExtract, quotes: Iterable[Quote] = ()) -> None:
        """Index one item: a Whoosh entry per page (or one for a photo), and its quotes if given."""
        self.store_extract(item.sha256, ex)
        self.store.execute("INSERT OR REPLACE INTO items VALUES (?,?)", (item.id, item.sha256))
        common = self._common(item)
        docs: list[dict] = []
        if item.media == "image":
            body = "\n".join(x for x in (item.caption, item.credit, item.copyright) if x)
            docs.append(dict(uid=f"{item.id}#1", page=1, type="photo", body=body, **common))
        else:
            docs.extend(dict(uid=f"{item.id}#{n}", page=n, type="page", body=text, **common)
                        for n, text in enumerate(ex.pages, start=1))
        docs.extend(self._quote_docs(item, quotes))
        self._send(docs)
        self.stats.pages += len(ex.pages) if item.media != "image" else 1
        self.stats.documents += 1

    def add_quotes(self, item: Item, quotes: Iterable[Quote]) -> None:
        """Index the quotes of an item already added (used once attribution is settled kit-wide)."""
        self._send(self._quote_docs(item, quotes))

    @staticmethod
    def _common(item: Item) -> dict:
        return dict(item=item.id, kind=item.kind, lang=item.language or "und", date=item.date or "",
                    title=item.title, speakers=" ".join(item.speakers + [item.organisation]))

    def _quote_docs(self, item: Item, quotes: Iterable[Quote]) -> list[dict]:
        docs = []
        common = self._common(item)
        for q in quotes:
            self._nquotes += 1
            qn = self._nquotes
            self.store.execute("INSERT INTO quotes VALUES (?,?,?,?)",
                               (qn, item.id, q.page, json.dumps(q.to_dict(), ensure_ascii=False)))
            docs.append(dict(uid=f"{item.id}#q{qn}", page=q.page, type="quote", quote=qn, body=q.text,
                             **{**common, "speakers": " ".join(x for x in (q.speaker, q.role, q.organisation) if x)}))
        self.stats.quotes = self._nquotes
        return docs

    def _send(self, docs: list[dict]) -> None:
        if docs:
            shard = min(self.shards, key=lambda s: s.pages)
            shard.pages += len(docs)
            shard.add(docs)

    def finish(self, manifest_sha256: str) -> IndexStats:
        t0 = time.perf_counter()
        for shard in reversed(self.shards):  # the helper process commits while we commit ours
            if shard.proc is not None:
                shard.inbox.put(None)
        for shard in self.shards:
            if shard.proc is None:
                shard.commit()
        for shard in self.shards:
            if shard.proc is not None:
                status, detail = shard.outbox.get()
                shard.proc.join(timeout=30)
                if status != "ok":
                    raise IndexError_("The search index could not be written.", details=detail)
        self.stats.seconds_commit = time.perf_counter() - t0
        self.store.commit()
        self.store.execute("PRAGMA journal_mode=DELETE")
        self.store.close()
        self._write_vocab()
        stamp = {"schema": SCHEMA_VERSION, "manifest_sha256": manifest_sha256,
                 "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                 "items": self.stats.documents, "pages": self.stats.pages, "quotes": self.stats.quotes,
                 "shards": len(self.shards)}
        atomic_write_bytes(self.path / "stamp.json", json.dumps(stamp, indent=1).encode())
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
        for shard in self.shards:
            shard.abort()
        try:
            self.store.close()
        except Exception:  # noqa: BLE001
            pass
        shutil.rmtree(self.path, ignore_errors=True)


def open_searcher(index_dir: Path, weighting):
    """A Whoosh searcher over every shard of an index (one reader per shard, read together)."""
    from whoosh.reading import MultiReader
    from whoosh.searching import Searcher as WhooshSearcher

    base = Path(index_dir) / "whoosh"
    shard_dirs = sorted((p for p in base.iterdir() if p.is_dir()), key=lambda p: p.name)
    readers = [windex.open_dir(str(p)).reader() for p in shard_dirs]
    if not readers:
        raise IndexError_("The search index has no data; rebuild it.")
    reader = readers[0] if len(readers) == 1 else MultiReader(readers)
    return WhooshSearcher(reader, weighting=weighting)


def new_build_dir(final: Path) -> Path:
    """A fresh sibling directory of ``final`` to build into."""
    final = Path(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    return final.parent / f".{final.name}.building-{os.getpid()}-{int(time.time() * 1000)}"


def swap_in(built: Path, final: Path) -> None:
    """Replace ``final`` by the complete index in ``built`` with renames (the old one removed after)."""
    final = Path(final)
    old = final.parent / f".{final.name}.old-{os.getpid()}"
    if final.exists():
        os.replace(final, old)
    try:
        os.replace(built, final)
    except BaseException:
        if old.exists() and not final.exists():
            os.replace(old, final)
        raise
    shutil.rmtree(old, ignore_errors=True)
    clean_leftovers(final)


def clean_leftovers(final: Path) -> None:
    """Remove build directories left behind by interrupted builds (not ours if still running)."""
    final = Path(final)
    for p in final.parent.glob(f".{final.name}.*-*"):
        try:
            pid = int(p.name.rsplit(".", 1)[-1].split("-")[1])
        except (ValueError, IndexError):
            continue
        if pid != os.getpid() and _pid_alive(pid):
            continue
        shutil.rmtree(p, ignore_errors=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def index_size(index_dir: Path) -> int:
    return sum(p.stat().st_size for p in Path(index_dir).rglob("*") if p.is_file())
