"""Build a kit from a folder of files (publisher), or (re)index an existing kit (reader).

``build_kit(src, out)``:

1. reads ``src/kit.toml`` and lists the source files (generated files and sidecars left out);
2. copies them into ``out`` when ``out`` is another folder (each file atomically);
3. hashes every file;
4. indexes them in one pass (:class:`~presskit.build.indexing.IndexPass`): files whose content the
   previous index already holds are not read again, the others are read in worker processes;
   each becomes an item (:mod:`presskit.build.items`) with its quotations, indexed as results
   stream in; translations are grouped and quote attribution settled across the kit;
5. writes the complete new index directory and swaps it in, then writes ``manifest.json``
   (atomically). Killed at any point, the previous kit stays usable: at worst, between the last two
   steps, its index reads as stale and is rebuilt.

``index_kit(kit)`` runs the same pass over an already built kit, keeping its manifest.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Iterable

from ..errors import BuildError, Cancelled, KitError
from ..fsutil import atomic_write_bytes, sha256_file
from ..index.status import index_size
from ..index.store import load_extracts
from ..ingest.extract import extraction_key
from ..ingest.formats import sidecar_paths, sidecars_of
from ..ingest.record import Extracted, Failure
from ..kit.format import INDEX_DIRNAME, KIT_TOML, MANIFEST_NAME, Kit, KitToml, dump_manifest, load_kit_toml
from ..model import Item, Quote
from ..quotes.settle import quotes_of_item, speakers_from_quotes
from .indexing import CancelFn, IndexPass, Progress, disk_errors
from .evidence import KitDates
from .identity import Identity, infer_identity
from .items import Draft, assign_groups, kit_dates, make_id, make_item, name_guesses, scan_source


@dataclass
class BuildReport:
    kit_dir: Path
    items: list[Item] = field(default_factory=list)
    skipped: list[Failure] = field(default_factory=list)
    extracted: int = 0
    reused: int = 0
    pages: int = 0
    quotes: int = 0
    seconds: float = 0.0
    seconds_extract_wait: float = 0.0
    index_bytes: int = 0
    #: the kit's title and organisation, and why (inferred when kit.toml does not set them)
    identity: Identity | None = None
    #: (path, the dates of its file that were not believed): files with implausible metadata dates
    doubtful_dates: list[tuple[str, str]] = field(default_factory=list)


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
    files = scan_source(src)
    rels = files.items
    if not rels:
        raise BuildError(f"{src} has no files to put in a kit.")
    if src.resolve() != out.resolve():
        if out.resolve().is_relative_to(src.resolve()):
            raise BuildError("The output folder must not be inside the source folder.")
        _copy_sources(src, out, files.all(), cancel)
    final_index = Path(index_dir) if index_dir else out / INDEX_DIRNAME
    report = BuildReport(kit_dir=out)
    shas, sizes = _hash_files(out, rels, report)
    if cancel and cancel():
        raise Cancelled()
    readable = [r for r in rels if r in shas]
    keys = {rel: _key(out, shas[rel], files.sidecars.get(rel, [])) for rel in readable}
    run = IndexPass(final_index, readable, keys, lambda rel: out / PurePosixPath(rel), sum(sizes.values()),
                    workers, progress, cancel, kit_info=kt.info)
    taken: set[str] = set()
    ids = {rel: make_id(rel, taken) for rel in readable}  # fixed up front: ids never depend on timing
    # what the names say is known before any file is read, so each item is final once its file is
    guesses = name_guesses(readable, kt)
    kd = KitDates.of(guesses, kit_dates(kt))
    drafts: dict[str, Draft] = {}
    manifest = b""

    def make(rel: str, _key: str, ex: Extracted) -> tuple[Item, list[Quote]]:
        drafts[rel] = make_item(rel, ids[rel], shas[rel], sizes[rel], ex, kt, kd, guesses[rel])
        item = drafts[rel].item
        quotes = drafts[rel].quotes = quotes_of_item(item, ex.pages, kt.info.organisation, kt.info)
        if "speakers" not in kt.overrides.get(rel, {}):
            speakers_from_quotes(item, quotes)
        return item, quotes

    def settle(items: list[Item]) -> str:
        nonlocal manifest
        report.skipped += [run.failures[rel] for rel in readable if rel in run.failures]
        assign_groups(items, {d.item.id: d.group_key for d in drafts.values()})
        _check_result(items, report.skipped, strict)
        report.identity = _identity(kt, items, [drafts[it.path] for it in items])
        info = replace(kt.info, title=report.identity.title, organisation=report.identity.organisation)
        report.doubtful_dates = [(rel, "; ".join(d.rejected_dates)) for rel, d in sorted(drafts.items())
                                 if d.rejected_dates]
        manifest = dump_manifest(info, items, [s.to_dict() for s in report.skipped])
        return hashlib.sha256(manifest).hexdigest()

    with disk_errors(final_index):
        report.items, stats = run.run(load_extracts(final_index, set(keys.values())), make, settle)
        atomic_write_bytes(out / MANIFEST_NAME, manifest)
    report.reused, report.extracted = run.reused, run.extracted
    report.seconds_extract_wait = run.seconds_extract_wait
    report.pages, report.quotes = stats.pages, stats.quotes
    report.seconds = time.perf_counter() - t0
    report.index_bytes = index_size(final_index)
    return report


def index_kit(kit: Kit, index_dir: str | os.PathLike | None = None, *, workers: int = 2,
              progress: Progress | None = None, cancel: CancelFn | None = None) -> Path:
    """Rebuild the index of an already built kit into ``index_dir`` (default: the user cache).

    Used by readers when a kit's index is missing or stale; never writes into the kit itself. The
    manifest's metadata is kept as it is; only text is extracted again (or reused by sha256).
    """
    final = Path(index_dir) if index_dir else kit.writable_index_dir()
    keys = _kit_keys(kit)
    cache: dict[str, Extracted] = {}
    for d in (kit.index_dir, kit.own_index_dir, final):
        missing = set(keys.values()) - set(cache)
        if d is not None and missing and Path(d).exists():
            cache.update(load_extracts(Path(d), missing))
    by_path = {it.path: it for it in kit.items}
    run = IndexPass(final, [it.path for it in kit.items], keys, lambda rel: kit.path_of(by_path[rel]),
                    sum(it.bytes for it in kit.items), workers, progress, cancel, kit_info=kit.info)

    def make(rel: str, _key: str, ex: Extracted) -> tuple[Item, list[Quote]]:
        item = by_path[rel]
        return item, quotes_of_item(item, ex.pages, kit.info.organisation, kit.info)

    with disk_errors(final):
        run.run(cache, make, lambda _items: kit.manifest_sha256)
    kit.index_dir = final
    return final


def _identity(kt: KitToml, items: list[Item], drafts: list[Draft]) -> Identity:
    """The kit's title and organisation: kit.toml's, else inferred from what the files share."""
    return infer_identity(items, [d.top for d in drafts], [d.author for d in drafts],
                          title=kt.info.title if "title" in kt.given else "",
                          organisation=kt.info.organisation if "organisation" in kt.given else "")


def _key(root: Path, sha: str, sidecars: list[str]) -> str:
    """The extraction cache key of a file: its content, its sidecars' and the readers' version."""
    digests = []
    for rel in sidecars:
        try:
            digests.append((PurePosixPath(rel).name, sha256_file(root / PurePosixPath(rel))))
        except OSError:
            continue  # an unreadable sidecar is not read by the photo's reader either
    return extraction_key(sha, digests)


def _kit_keys(kit: Kit) -> dict[str, str]:
    """Extraction keys of a built kit's items. A folder kit has its sidecars next to the photos; a
    ``.presskit`` file carries none (its manifest holds the captions and credits)."""
    folder = kit.root.is_dir()
    files: set[str] = set()
    if folder:
        files = {p.relative_to(kit.root).as_posix() for it in kit.items if it.is_photo
                 for p in sidecar_paths(kit.path_of(it))}
    return {it.path: _key(kit.root, it.sha256, sidecars_of(it.path, files)) if folder
            else extraction_key(it.sha256) for it in kit.items}


def _hash_files(root: Path, rels: list[str], report: BuildReport) -> tuple[dict[str, str], dict[str, int]]:
    shas: dict[str, str] = {}
    sizes: dict[str, int] = {}
    for rel in rels:
        p = root / PurePosixPath(rel)
        try:
            sizes[rel] = p.stat().st_size
            shas[rel] = sha256_file(p)
        except OSError as e:
            sizes.pop(rel, None)
            report.skipped.append(Failure("unreadable", f"cannot be read: {e.strerror}", rel))
    return shas, sizes


def _check_result(items: list[Item], skipped: list[Failure], strict: bool) -> None:
    if strict and skipped:
        names = "; ".join(f"{s.path} ({s.message})" for s in skipped[:10])
        err = BuildError(f"{len(skipped)} file(s) could not be read and --strict is on: {names}.")
        err.skipped = list(skipped)
        raise err
    if not items:
        raise BuildError("None of the files could be read, so there is no kit to build.",
                         details="; ".join(f"{s.path}: {s.message}" for s in skipped[:20]))


def _copy_sources(src: Path, out: Path, rels: Iterable[str], cancel: CancelFn | None) -> None:
    """Copy source files (items and sidecars, and kit.toml) into the kit folder, each one atomically."""
    out.mkdir(parents=True, exist_ok=True)
    extra = [KIT_TOML] if (src / KIT_TOML).exists() else []
    for rel in list(rels) + extra:
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
