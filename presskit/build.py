"""Build a kit from a folder of files (publisher), or (re)index an existing kit (reader).

``build_kit(src, out)``:

1. reads ``src/kit.toml`` and lists the source files (generated files and sidecars left out);
2. copies them into ``out`` when ``out`` is another folder (each file atomically);
3. hashes every file; files whose sha256 the previous index already holds are not extracted again;
4. extracts the others in worker processes (``ingest.pool``), a hostile file skipped with its reason;
5. makes one :class:`~presskit.model.Item` per file: names, then the file's own metadata, then
   ``kit.toml`` overrides; groups translations; finds quotations;
6. writes a complete new index directory, then ``manifest.json`` (atomically), then swaps the index
   in. Killed at any point, the previous kit stays usable (at worst its index reads as stale).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable

from . import index as idx
from .errors import BuildError, Cancelled, KitError
from .kit import (INDEX_DIRNAME, KIT_TOML, MANIFEST_NAME, RESERVED_NAMES, Kit, KitToml, atomic_write_bytes,
                  dump_manifest, load_kit_toml, sha256_file)
from .model import KINDS, Item, Quote
from .textutil import fold

Progress = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]

SUPPORTED = {
    ".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown",
    ".txt": "text", ".text": "text", ".jpg": "image", ".jpeg": "image", ".png": "image", ".tif": "image",
    ".tiff": "image", ".webp": "image",
}
IMAGE_EXTS = {e for e, m in SUPPORTED.items() if m == "image"}
SIDECAR_EXTS = {".json", ".xmp"}


@dataclass
class Skipped:
    path: str
    reason: str
    message: str

    def to_dict(self) -> dict:
        return {"path": self.path, "reason": self.reason, "message": self.message}


@dataclass
class BuildReport:
    kit_dir: Path
    items: list[Item] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    extracted: int = 0
    reused: int = 0
    pages: int = 0
    quotes: int = 0
    seconds: float = 0.0
    seconds_extract_wait: float = 0.0
    index_bytes: int = 0


# --- listing source files ------------------------------------------------------------------------

def list_source_files(src: Path) -> list[str]:
    """Relative POSIX paths of candidate item files under ``src``, sorted; generated files left out."""
    src = Path(src)
    out: list[str] = []
    all_files: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(src):
        rel_dir = Path(dirpath).relative_to(src)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and not (rel_dir == Path(".") and d in RESERVED_NAMES))
        for fn in filenames:
            rel = (rel_dir / fn).as_posix()
            if fn.startswith(".") or (rel_dir == Path(".") and fn in RESERVED_NAMES):
                continue
            if os.path.islink(os.path.join(dirpath, fn)):
                continue  # never follow links out of the kit
            all_files.add(rel)
    for rel in sorted(all_files):
        p = PurePosixPath(rel)
        if p.suffix.lower() in SIDECAR_EXTS and _is_sidecar(rel, all_files):
            continue
        out.append(rel)
    return out


def _is_sidecar(rel: str, files: set[str]) -> bool:
    p = PurePosixPath(rel)
    stem = str(p.with_suffix(""))
    if stem in files:  # photo.jpg.json
        return True
    return any(stem + e in files or stem + e.upper() in files for e in IMAGE_EXTS)  # photo.json


# --- item making ---------------------------------------------------------------------------------

_ID_RE = re.compile(r"[^a-z0-9]+")


def make_id(rel: str, taken: set[str]) -> str:
    """A stable, readable id from the file's path (the same path always gives the same id)."""
    base = _ID_RE.sub("-", fold(str(PurePosixPath(rel).with_suffix("")))).strip("-")[:72] or "item"
    cand, n = base, 2
    while cand in taken:
        cand = f"{base}-{n}"
        n += 1
    taken.add(cand)
    return cand


def _year_hint(kt: KitToml) -> int | None:
    for d in (kt.info.start, kt.info.end):
        if d:
            return int(d[:4])
    return None


def make_item(rel: str, item_id: str, sha: str, size: int, ex: idx.CachedExtract, kt: KitToml) -> tuple[Item, str]:
    """One manifest entry from name inference, extracted metadata and kit.toml overrides.

    Returns the item and its translation-group key (before groups are settled).
    """
    from .ingest.naming import detect_language, infer_from_name

    guess = infer_from_name(rel, default_year=_year_hint(kt))
    meta = ex.meta
    media = ex.media
    kind = guess.get("kind") or ("photo" if media == "image" else None)
    title = (meta.get("title") or "").strip()
    if not title or _looks_generated(title):
        title = guess.get("title") or PurePosixPath(rel).stem
    language = guess.get("language") or meta.get("language")
    if not language and media != "image":
        language = detect_language(" ".join(ex.pages[:3])[:20000])
    if not language and media == "image" and meta.get("caption"):
        language = detect_language(meta["caption"])
    item = Item(
        id=item_id, path=rel, sha256=sha, bytes=size, kind=kind or "other", media=media,
        title=title, date=guess.get("date") or meta.get("date"), language=language,
        speakers=list(meta.get("speakers") or []),
        organisation=(meta.get("author") or kt.info.organisation or "") if media != "image" else kt.info.organisation,
        tags=[t.strip() for t in re.split(r"[;,]", meta.get("keywords") or "") if t.strip()],
        pages=len(ex.pages) if media != "image" else 0, status=ex.status,
        links=list(meta.get("links") or [])[:50],
        caption=meta.get("caption") or "", credit=meta.get("credit") or "",
        copyright=meta.get("copyright") or "", width=int(meta.get("width") or 0), height=int(meta.get("height") or 0),
    )
    if not item.speakers and item.media != "image":
        m = _SPEAKER_IN_TITLE.search(title) or _SPEAKER_IN_TITLE.search(PurePosixPath(rel).stem)
        if m:
            item.speakers = [m.group(1).strip()]
    ov = kt.overrides.get(rel, {})
    for key, v in ov.items():
        if v is not None:
            setattr(item, key, v)
    if item.kind not in KINDS:
        item.kind = "other"
    return item, ("" if ov.get("group") else guess.get("group_key") or "")


#: "Statement by Dr Amara Diallo", "Déclaration de Mme Rose Kamau": the speaker is in the title.
_SPEAKER_IN_TITLE = re.compile(
    r"(?i:statement|speech|remarks|intervention|address|d[ée]claration|discours|allocution)"
    r"\s+(?i:by|of|from|de|du|d[’'])\s*"
    r"(?:(?:H\.E\.|Dr|Prof|Professor|Ms|Mr|Mrs|Mme|M|Me|Ambassador|Ambassadrice|Ambassadeur)\.?\s+)*"
    r"([A-Z][\w’'-]+(?:[ _]+(?:[A-Z][\w’'-]+|de|van|von|al|bin)){1,3})")


def index_quotes(writer: idx.IndexWriter, pending: list[tuple[Item, list[Quote]]]) -> None:
    """Settle attribution across the kit, then index every quote.

    A speaker named with a role and organisation in one document ("said Amara Diallo, Director of the
    Lantern Coalition") is the same person where another document names her alone: her role and
    organisation are filled in there too, so citations carry them.
    """
    known: dict[str, dict[tuple[str, str], int]] = {}
    for _item, quotes in pending:
        for q in quotes:
            if q.speaker and not q.inferred and (q.role or q.organisation):
                votes = known.setdefault(q.speaker, {})
                votes[(q.role, q.organisation)] = votes.get((q.role, q.organisation), 0) + 1
    best = {name: max(votes.items(), key=lambda kv: (kv[1], bool(kv[0][1]), bool(kv[0][0])))[0]
            for name, votes in known.items()}
    for item, quotes in sorted(pending, key=lambda p: p[0].path):
        for q in quotes:
            if q.speaker in best and not (q.role and q.organisation):
                role, org = best[q.speaker]
                q.role = q.role or role
                q.organisation = q.organisation or org
        writer.add_quotes(item, quotes)


def merge_quote_speakers(item: Item, quotes: list[Quote]) -> None:
    """People the document quotes by name become its speakers too (browse by speaker finds them)."""
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker and not q.inferred:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    for name, _n in sorted(counts.items(), key=lambda kv: -kv[1]):
        if len(item.speakers) >= 6:
            break
        if name not in item.speakers and not any(name in s or s in name for s in item.speakers):
            item.speakers.append(name)


def _looks_generated(title: str) -> bool:
    t = title.strip().lower()
    return (t.endswith((".pdf", ".doc", ".docx")) or t.startswith(("microsoft word", "untitled"))
            or len(t) < 3)


def assign_groups(items: list[Item], keys: dict[str, str]) -> None:
    """Items whose name keys match and whose languages differ are translations of each other."""
    by_key: dict[str, list[Item]] = {}
    for it in items:
        k = keys.get(it.id)
        if it.group or not k or it.media == "image":
            continue
        by_key.setdefault(k, []).append(it)
    for k, members in by_key.items():
        langs = {m.language for m in members}
        if len(members) > 1 and len(langs) == len(members):
            gid = "g-" + _ID_RE.sub("-", k).strip("-")[:60]
            for m in members:
                m.group = gid


def find_quotes(item: Item, ex: idx.CachedExtract, default_org: str) -> list[Quote]:
    try:
        from .quotes import extract_quotes
    except ImportError:  # pragma: no cover - quotes module not present
        return []
    if item.media == "image" or not any(ex.pages):
        return []
    speaker = item.speakers[0] if len(item.speakers) == 1 else ""
    try:
        return extract_quotes(ex.pages, language=item.language, document_id=item.id, title=item.title,
                              date=item.date, default_speaker=speaker,
                              default_organisation=item.organisation or default_org)
    except Exception:  # noqa: BLE001 - a quote bug must never fail a build
        return []


# --- extraction ----------------------------------------------------------------------------------

def _extract_all(locate: Callable[[str], Path], todo: dict[str, list[str]], workers: int, cancel: CancelFn | None,
                 on_done: Callable[[str, idx.CachedExtract | None, str, str], None]) -> None:
    """Extract files (sha -> rel paths) with the worker pool; call ``on_done(sha, result, reason, msg)``.

    ``locate(rel)`` gives a file's path on disk (a packed kit extracts it on demand).
    """
    from .ingest.pool import extract_many

    paths = {locate(rels[0]): sha for sha, rels in todo.items()}
    for path, res in extract_many(list(paths), workers=workers, cancel=cancel):
        sha = paths[path]
        if hasattr(res, "pages"):
            on_done(sha, idx.CachedExtract(res.media, res.status, dict(res.meta), list(res.pages),
                                           getattr(res, "thumbnail", None)), "", "")
        else:
            on_done(sha, None, getattr(res, "reason", "unreadable"), getattr(res, "message", str(res)))


@contextlib.contextmanager
def _disk_errors(where: Path):
    """Turn a full disk or a read-only folder into a sentence; the previous index stays in place."""
    try:
        yield
    except OSError as e:
        if e.errno == errno.ENOSPC:
            raise BuildError(f"The disk is full: the index for {where.parent} could not be written. "
                             "Free some space and build again; the previous kit is unchanged.",
                             details=str(e)) from None
        if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise BuildError(f"Cannot write in {where.parent} ({e.strerror}). Build into a folder you "
                             "can write to with -o.", details=str(e)) from None
        raise


def shards_for(total_bytes: int) -> int:
    """Two index writers (two processes) pay off only when there is a lot to index."""
    return 2 if total_bytes > 20_000_000 and (os.cpu_count() or 1) > 1 else 1


# --- the two entry points ------------------------------------------------------------------------

def build_kit(src: str | os.PathLike, out: str | os.PathLike | None = None, *, strict: bool = False,
              index_dir: str | os.PathLike | None = None, workers: int = 2,
              progress: Progress | None = None, cancel: CancelFn | None = None) -> BuildReport:
    """Build (or rebuild) the kit in ``out`` from the files in ``src`` (``out`` defaults to ``src``).

    Raises BuildError when ``strict`` and any file was skipped (nothing is swapped in then),
    KitError for a bad ``kit.toml``, Cancelled when ``cancel()`` turned true.
    """
    t0 = time.perf_counter()
    src = Path(src)
    out = Path(out) if out is not None else src
    if not src.is_dir():
        raise KitError(f"{src} is not a folder. Give the folder that holds the press kit's files.")
    kt = load_kit_toml(src)
    rels = list_source_files(src)
    if not rels:
        raise BuildError(f"{src} has no files to put in a kit.")
    same = src.resolve() == out.resolve()
    if not same:
        if out.resolve().is_relative_to(src.resolve()):
            raise BuildError("The output folder must not be inside the source folder.")
        _copy_sources(src, out, rels, cancel)
    final_index = Path(index_dir) if index_dir else out / INDEX_DIRNAME
    total = len(rels)
    report = BuildReport(kit_dir=out)

    def tick(done: int, label: str) -> None:
        if progress:
            progress(done, total, label)
        if cancel and cancel():
            raise Cancelled()

    # hash
    shas: dict[str, str] = {}
    sizes: dict[str, int] = {}
    for rel in rels:
        p = out / PurePosixPath(rel)
        try:
            sizes[rel] = p.stat().st_size
            shas[rel] = sha256_file(p)
        except OSError as e:
            report.skipped.append(Skipped(rel, "unreadable", f"cannot be read: {e.strerror}"))
    if cancel and cancel():
        raise Cancelled()
    with _disk_errors(final_index):
        items = _index_files(out, [r for r in rels if r in shas], shas, sizes, kt, final_index, report,
                             workers, tick, strict=strict, write_manifest=True)
    report.items = items
    report.seconds = time.perf_counter() - t0
    report.index_bytes = idx.index_size(final_index)
    return report


def index_kit(kit: Kit, index_dir: str | os.PathLike | None = None, *, workers: int = 2,
              progress: Progress | None = None, cancel: CancelFn | None = None) -> Path:
    """Rebuild the index of an already built kit into ``index_dir`` (default: the user cache).

    Used by readers when a kit's index is missing or stale; never writes into the kit itself. The
    manifest's metadata is kept as it is; only text is extracted again (or reused by sha256).
    """
    final = Path(index_dir) if index_dir else kit.writable_index_dir()
    total = len(kit.items)

    def tick(done: int, label: str) -> None:
        if progress:
            progress(done, total, label)
        if cancel and cancel():
            raise Cancelled()

    wanted = {it.sha256 for it in kit.items}
    cache: dict[str, idx.CachedExtract] = {}
    for d in {kit.index_dir, kit.default_index_dir(), final}:
        missing = wanted - set(cache)
        if missing and Path(d).exists():
            cache.update(idx.load_cached_extracts(Path(d), missing))
    with _disk_errors(final):
        return _reindex(kit, final, cache, tick, workers, cancel)


def _reindex(kit: Kit, final: Path, cache: dict[str, idx.CachedExtract], tick, workers: int,
             cancel: CancelFn | None) -> Path:
    build_dir = idx.new_build_dir(final)
    writer = idx.IndexWriter(build_dir, shards=shards_for(sum(it.bytes for it in kit.items)))
    try:
        todo: dict[str, list[str]] = {}
        for it in kit.items:
            if it.sha256 not in cache:
                todo.setdefault(it.sha256, []).append(it.path)
        done = 0
        by_sha: dict[str, list[Item]] = {}
        for it in kit.items:
            by_sha.setdefault(it.sha256, []).append(it)

        pending: list[tuple[Item, list[Quote]]] = []

        def add(sha: str, ex: idx.CachedExtract | None, reason: str, msg: str) -> None:
            nonlocal done
            for it in by_sha.get(sha, []):
                done += 1
                if ex is not None:
                    writer.add_item(it, ex)
                    pending.append((it, find_quotes(it, ex, kit.info.organisation)))
                tick(done, it.path)

        for sha, ex in cache.items():
            add(sha, ex, "", "")
        if todo:
            by_path = {it.path: it for it in kit.items}
            _extract_all(lambda rel: kit.path_of(by_path[rel]), todo, workers, cancel, add)
        index_quotes(writer, pending)
        writer.finish(kit.manifest_sha256)
    except BaseException:
        writer.abort()
        raise
    idx.swap_in(build_dir, final)
    kit.index_dir = final
    return final


def _index_files(out: Path, rels: list[str], shas: dict[str, str], sizes: dict[str, int], kt: KitToml,
                 final_index: Path, report: BuildReport, workers: int, tick, *, strict: bool,
                 write_manifest: bool) -> list[Item]:
    """Extract (or reuse), make items and index them as results stream in; then manifest and swap."""
    import hashlib

    cache = idx.load_cached_extracts(final_index, set(shas.values()))
    by_sha: dict[str, list[str]] = {}
    taken: set[str] = set()
    ids = {rel: make_id(rel, taken) for rel in rels}  # fixed up front: ids never depend on timing
    for rel in rels:
        by_sha.setdefault(shas[rel], []).append(rel)
    made: dict[str, Item] = {}
    keys: dict[str, str] = {}
    failures: dict[str, tuple[str, str]] = {}
    build_dir = idx.new_build_dir(final_index)
    writer = idx.IndexWriter(build_dir, shards=shards_for(sum(sizes.values())))
    pending: list[tuple[Item, list[Quote]]] = []
    done = 0

    def got(sha: str, ex: idx.CachedExtract | None, reason: str, msg: str) -> None:
        nonlocal done
        for rel in by_sha[sha]:
            done += 1
            if ex is None:
                failures[rel] = (reason, msg)
            else:
                item, key = make_item(rel, ids[rel], sha, sizes[rel], ex, kt)
                made[rel], keys[item.id] = item, key
                quotes = find_quotes(item, ex, kt.info.organisation)
                if "speakers" not in kt.overrides.get(rel, {}):
                    merge_quote_speakers(item, quotes)
                writer.add_item(item, ex)
                pending.append((item, quotes))
            tick(done, rel)

    try:
        for sha in list(by_sha):
            if sha in cache:
                report.reused += len(by_sha[sha])
                got(sha, cache[sha], "", "")
        todo = {sha: r for sha, r in by_sha.items() if sha not in cache}
        report.extracted = sum(len(r) for r in todo.values())
        t_ex = time.perf_counter()
        if todo:
            _extract_all(lambda rel: out / PurePosixPath(rel), todo, workers, None, got)
        report.seconds_extract_wait = time.perf_counter() - t_ex
        for rel in rels:
            if rel in failures:
                reason, msg = failures[rel]
                report.skipped.append(Skipped(rel, reason, msg))
        items = [made[rel] for rel in rels if rel in made]
        assign_groups(items, keys)
        if strict and report.skipped:
            names = "; ".join(f"{s.path} ({s.message})" for s in report.skipped[:10])
            err = BuildError(f"{len(report.skipped)} file(s) could not be read and --strict is on: {names}.")
            err.skipped = list(report.skipped)
            raise err
        if not items:
            raise BuildError("None of the files could be read, so there is no kit to build.",
                             details="; ".join(f"{s.path}: {s.message}" for s in report.skipped[:20]))
        index_quotes(writer, pending)
        manifest = dump_manifest(kt.info, items, [s.to_dict() for s in report.skipped])
        stats = writer.finish(hashlib.sha256(manifest).hexdigest())
    except BaseException:
        writer.abort()
        raise
    report.pages = stats.pages
    report.quotes = stats.quotes
    idx.swap_in(build_dir, final_index)
    if write_manifest:
        atomic_write_bytes(out / MANIFEST_NAME, manifest)
    return items


def _copy_sources(src: Path, out: Path, rels: Iterable[str], cancel: CancelFn | None) -> None:
    """Copy source files (and kit.toml, sidecars) into the kit folder, each one atomically."""
    out.mkdir(parents=True, exist_ok=True)
    extra = [KIT_TOML] if (src / KIT_TOML).exists() else []
    sidecars = [r for r in _all_rel_files(src) if PurePosixPath(r).suffix.lower() in SIDECAR_EXTS
                and r != MANIFEST_NAME and not r.startswith(INDEX_DIRNAME + "/")]
    for rel in list(rels) + extra + sidecars:
        if cancel and cancel():
            raise Cancelled()
        s, d = src / PurePosixPath(rel), out / PurePosixPath(rel)
        try:
            if d.exists() and d.stat().st_size == s.stat().st_size and d.stat().st_mtime >= s.stat().st_mtime:
                continue
            d.parent.mkdir(parents=True, exist_ok=True)
            tmp = d.with_name(f".{d.name}.tmp-{os.getpid()}")
            shutil.copy2(s, tmp)
            os.replace(tmp, d)
        except OSError as e:
            raise BuildError(f"Cannot copy {rel} into {out}: {e.strerror}.", details=str(e)) from None


def _all_rel_files(src: Path) -> list[str]:
    return [p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file() and not p.is_symlink()]
