"""Build a kit from a folder of files (publisher), or (re)index an existing kit (reader).

``build_kit(src, out)``:

1. reads ``src/kit.toml`` and lists the source files (generated files and sidecars left out), and
   hashes them (on two threads);
2. when ``out`` is another folder, assembles the new kit beside it (:mod:`.staging`): files whose
   content the previous kit already holds are hard-linked from it (copied where the file system has
   no hard links), the others copied from ``src``;
3. indexes the files in one pass (:class:`~presskit.build.indexing.IndexPass`): an item the previous
   build made from the same content, the same ``kit.toml`` and the same file names keeps its index
   entries as they are; files whose extraction the previous index holds are not read again; the
   others are read in worker processes; each new item is indexed as results stream in;
   translations are grouped and quote attribution settled across the kit;
4. writes ``manifest.json``, then swaps the new kit in for the old one (one atomic exchange of the
   two folders where the system has it). Killed or failing at any point before the swap, the
   previous kit stays byte for byte as it was. A build in place (``out`` is ``src``) only writes
   the index (a new directory swapped in) and then ``manifest.json``.

``index_kit(kit)`` runs the same pass over an already built kit, keeping its manifest.
"""

from __future__ import annotations

import copy
import datetime as _dt
import functools
import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path, PurePosixPath

from .. import __version__, kitswap
from .. import quotes as _quotes
from ..errors import BuildError, KitError
from ..fsutil import atomic_write_bytes, remove_stale_temps, sha256_file, temp_path
from ..index.status import SCHEMA_VERSION, index_size, read_stamp
from ..index.store import Entry
from ..ingest.extract import extraction_key
from ..ingest.formats import IMAGE_EXTENSIONS, extension, sidecar_paths, sidecars_of
from ..ingest.ocr import RULES_REVISION, OcrUnavailable, find_engine, find_engine_soon
from ..ingest.record import Extracted, Failure
from ..index.integrity import trusted
from ..kit.format import INDEX_DIRNAME, KIT_TEXT, KIT_TOML, MANIFEST_NAME, Kit, KitToml, dump_manifest, load_kit, load_kit_toml
from ..model import Item, Quote
from ..plaintext import plain
from ..quotes.settle import quotes_of_item
from .evidence import KitDates
from .hashcache import sha256_sources
from .identity import Identity, infer_identity
from .indexing import CancelFn, IndexPass, Progress, disk_errors
from .items import Draft, assign_groups, kit_dates, make_id, name_guesses, scan_source, settle_heading_titles
from .making import Made, Recipe, make_draft, made_in_reader
from .pressmeta import PressHints, read_press_pages
from .staging import Staging, kill_point


@dataclass
class BuildReport:
    """What a build did. ``ocr_problem`` says why scanned pages could not be read (and how to fix
    it) when OCR could not run; ``unread`` lists the items with scanned pages left without text."""

    kit_dir: Path
    items: list[Item] = field(default_factory=list)
    skipped: list[Failure] = field(default_factory=list)
    #: files of the source folder that are not documents of the kit (hidden, links, bad names, ...)
    left_out: list[Failure] = field(default_factory=list)
    extracted: int = 0
    reused: int = 0  # not read again: kept as indexed, or taken from the extraction cache
    kept: int = 0  # items whose index entries were kept as they were
    pages: int = 0
    quotes: int = 0
    seconds: float = 0.0
    seconds_extract_wait: float = 0.0
    index_bytes: int = 0
    #: seconds per stage (hash, copy, extract+index, ...), for bench/build_bench.py
    timings: dict[str, float] = field(default_factory=dict)
    #: the kit's title and organisation, and why (inferred when kit.toml does not set them)
    identity: Identity | None = None
    #: (path, the dates of its file that were not believed): files with implausible metadata dates
    doubtful_dates: list[tuple[str, str]] = field(default_factory=list)
    ocr_engine: str = ""
    ocr_problem: str = ""
    #: the organisation's saved press pages that gave titles, kinds, captions and credits
    press_pages: list[str] = field(default_factory=list)

    @property
    def ocr_pages(self) -> int:
        """Pages whose text was recognised from a scan."""
        return sum(len(it.ocr_pages) for it in self.items)

    @property
    def unread(self) -> list[Item]:
        """Items with scanned pages that stayed without text."""
        return [it for it in self.items if it.unread_pages]


def inputs_fingerprint(*parts: bytes | str) -> str:
    """What items are made of besides their own files: presskit's version, the index schema, the quote
    finder's version (:data:`presskit.quotes.QUOTES_VERSION`), and the ``parts`` (kit.toml, what the
    file names say about the kit's dates). A rebuild reuses items only when it is unchanged."""
    h = hashlib.sha256(f"{__version__}\n{SCHEMA_VERSION}\nquotes {_quotes.QUOTES_VERSION}\n".encode())
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def build_kit(src: str | os.PathLike, out: str | os.PathLike | None = None, *, strict: bool = False,
              index_dir: str | os.PathLike | None = None, workers: int = 2,
              progress: Progress | None = None, cancel: CancelFn | None = None) -> BuildReport:
    """Build (or rebuild) the kit in ``out`` from the files in ``src`` (``out`` defaults to ``src``).

    Raises BuildError when ``strict`` and any file was skipped (nothing is swapped in then),
    KitError for a bad ``kit.toml``, Cancelled when ``cancel()`` turned true. See the module doc.
    """
    t0 = time.perf_counter()
    src = Path(src)
    out = Path(out) if out is not None else src
    if not src.is_dir():
        raise KitError(f"{src} is not a folder. Give the folder that holds the press kit's files.")
    kt = load_kit_toml(src)
    find_engine_soon(kt.info.languages)  # checked in a helper process while the files are hashed
    files = scan_source(src)
    if not files.items:
        raise BuildError(f"{src} has no files to put in a kit.")
    press = read_press_pages(src, files.items, kt)
    files.items = [r for r in files.items if r not in press.assets]  # a saved page's styles, scripts, icons
    in_place = src.resolve() == out.resolve()
    if not in_place and out.resolve().is_relative_to(src.resolve()):
        raise BuildError("The output folder must not be inside the source folder.")
    report = BuildReport(kit_dir=out, left_out=list(files.left_out))
    shas, sizes = _hash_files(src, files.items, report)
    report.timings["hash"] = time.perf_counter() - t0
    with kitswap.kit_lock(out, "build"):  # one build or update of a kit at a time
        _assemble(src, out, in_place, kt, files, press, shas, sizes, report, index_dir, strict, workers, progress,
                  cancel)
    report.seconds = time.perf_counter() - t0
    report.index_bytes = index_size(Path(index_dir) if index_dir else out / INDEX_DIRNAME)
    return report


def _assemble(src: Path, out: Path, in_place: bool, kt: KitToml, files, press: PressHints, shas: dict[str, str],
              sizes: dict[str, int], report: BuildReport, index_dir, strict: bool, workers: int,
              progress: Progress | None, cancel: CancelFn | None) -> None:
    """Index the kit (beside ``out`` unless in place), write its manifest and swap it in."""
    previous = _Previous.of(out)
    if in_place:
        remove_stale_temps(out, "manifest")  # what a killed in-place build left
    staging = None if in_place else Staging(src, out)
    try:
        if staging is not None:
            t = time.perf_counter()
            sidecars = sorted(s for names in files.sidecars.values() for s in names)
            staging.assemble(files.items, sidecars, shas, previous.items, cancel)
            report.timings["copy"] = time.perf_counter() - t
            kill_point("staged-sources")
        kit_dir = staging.path if staging is not None else out
        final_index = Path(index_dir) if index_dir else kit_dir / INDEX_DIRNAME
        manifest = _index(src, kit_dir, final_index, kt, files, press, shas, sizes, previous, report,
                          strict, workers, progress, cancel)
        kill_point("staged-index")
        t = time.perf_counter()
        if staging is not None:
            atomic_write_bytes(kit_dir / MANIFEST_NAME, manifest)
            kill_point("staged-manifest")
            kill_point("before-swap")
            staging.swap_in()
            kill_point("swapped")
        else:  # in place: the new index is in; the manifest is replaced last, in one rename
            _replace_manifest(out, manifest)
        report.timings["manifest"] = time.perf_counter() - t
    finally:
        if staging is not None:
            staging.cleanup()



def _replace_manifest(kit: Path, manifest: bytes) -> None:
    """Write ``manifest.json`` of a kit built in place: killed before the rename, the old manifest
    is in force (the new index then reads as stale for it and is rebuilt), after it the new one."""
    tmp = temp_path(kit / MANIFEST_NAME, "manifest")
    try:
        atomic_write_bytes(tmp, manifest)
        kill_point("staged-manifest")
        kill_point("before-swap")
        os.replace(tmp, kit / MANIFEST_NAME)
    finally:
        tmp.unlink(missing_ok=True)
    kill_point("swapped")


def _index(src: Path, kit_dir: Path, final_index: Path, kt: KitToml, files, press: PressHints,
           shas: dict[str, str], sizes: dict[str, int], previous: "_Previous", report: BuildReport,
           strict: bool, workers: int, progress: Progress | None, cancel: CancelFn | None) -> bytes:
    """Index the kit assembled in ``kit_dir``; returns the manifest's bytes."""
    readable = [r for r in files.items if r in shas]
    keys = {rel: _key(kit_dir, shas[rel], files.sidecars.get(rel, [])) for rel in readable}
    base = previous.index if previous.index is not None else (final_index if final_index.exists() else None)
    engine = find_engine(kt.info.languages)
    report.ocr_engine, report.press_pages = engine.key, press.pages
    # scans recognised by another engine (or none), photos newly marked as documents: read again
    run = IndexPass(final_index, readable, keys, lambda rel: kit_dir / PurePosixPath(rel), sizes, workers,
                    progress, cancel, base=base, kit_info=kt.info, ocr=engine,
                    ocr_photos=_photos_as_documents(readable, kt), refresh_ocr=True)
    taken: set[str] = set()
    ids = {rel: make_id(rel, taken) for rel in readable}  # fixed up front: ids never depend on timing
    # what the names say is known before any file is read, so each item is final once its file is
    guesses = name_guesses(readable, kt)
    kd = KitDates.of(guesses, kit_dates(kt))
    toml = (src / KIT_TOML).read_bytes() if (src / KIT_TOML).is_file() else b""
    inputs = inputs_fingerprint(toml, json.dumps(asdict(replace(kd, today=_dt.date.min)), default=str),
                                press.fingerprint())
    drafts: dict[str, Draft] = {}
    manifest = b""

    tm = report.timings
    recipe = Recipe(kt, kd, guesses, ids, shas, sizes, press.texts, press.hints,
                    {str(kit_dir / PurePosixPath(rel)): rel for rel in readable})
    run.then = functools.partial(made_in_reader, recipe)

    def make(rel: str, _key: str, ex: Extracted) -> tuple[Item, list[Quote]]:
        made = ex.derived
        if isinstance(made, Made) and made.rel == rel:  # made by the reader process (both cores)
            drafts[rel], where = made.draft, "readers"
            cpu_item, cpu_quotes = made.cpu_item, made.cpu_quotes
        else:
            drafts[rel], cpu_item, cpu_quotes = make_draft(recipe, rel, ex)
            where = "builder"
        for name, cpu in ((f"items (metadata, language), {where} CPU", cpu_item), (f"quotes, {where} CPU", cpu_quotes)):
            tm[name] = tm.get(name, 0.0) + cpu
        return drafts[rel].item, drafts[rel].quotes

    def reuse(rel: str, key: str, catalog: dict[str, Entry]) -> tuple[Item, list[Quote]] | None:
        p, entry = previous.items.get(rel), catalog.get(ids[rel])
        if p is None or entry is None or p.id != ids[rel] or p.sha256 != shas[rel] or entry.key != key:
            return None
        d = entry.texts.get("draft") or {}
        if previous.today != kd.today.isoformat() and any("future" in r for r in d.get("rejected_dates", [])):
            return None  # a date that was in the future may not be any more
        item = copy.deepcopy(p)
        if not kt.overrides.get(rel, {}).get("group"):
            item.group = None
        quotes = [Quote.from_dict(q) for q in entry.quotes]
        drafts[rel] = Draft(item, d.get("group_key", ""), list(d.get("rejected_dates", [])), d.get("top", ""),
                            d.get("author", ""), quotes)
        return item, quotes

    def settle(items: list[Item]) -> str:
        nonlocal manifest
        report.skipped += [run.failures[rel] for rel in readable if rel in run.failures]
        assign_groups(items, {d.item.id: d.group_key for d in drafts.values()})
        settle_heading_titles(items, guesses)
        _check_result(items, report.skipped, strict)
        report.identity = _identity(kt, items, [drafts[it.path] for it in items])
        info = replace(kt.info, title=plain(report.identity.title, KIT_TEXT["title"]),
                       organisation=plain(report.identity.organisation, KIT_TEXT["organisation"]))
        report.doubtful_dates = [(rel, "; ".join(d.rejected_dates)) for rel, d in sorted(drafts.items())
                                 if d.rejected_dates]
        manifest = dump_manifest(info, items, [s.to_dict() for s in report.skipped])
        return hashlib.sha256(manifest).hexdigest()

    def catalog_extra() -> dict[str, dict]:
        return {d.item.id: {"draft": {"group_key": d.group_key, "rejected_dates": d.rejected_dates,
                                      "top": d.top, "author": d.author}} for d in drafts.values()}

    with disk_errors(final_index):
        report.items, stats = run.run(make, settle, reuse=reuse, inputs=inputs, catalog_extra=catalog_extra,
                                      stamp_extra={"today": kd.today.isoformat(),
                                                   "ocr_rules": RULES_REVISION})
    report.reused, report.extracted, report.kept = run.reused + run.kept, run.extracted, run.kept
    report.seconds_extract_wait = run.seconds_extract_wait
    report.pages, report.quotes = stats.pages, stats.quotes
    report.timings.update(run.timings)
    report.timings.update({f"index:{k}": v for k, v in stats.timings.items()})
    if isinstance(engine, OcrUnavailable) and report.unread:
        report.ocr_problem = engine.message
    return manifest


def index_kit(kit: Kit, index_dir: str | os.PathLike | None = None, *, workers: int = 2,
              progress: Progress | None = None, cancel: CancelFn | None = None) -> Path:
    """Rebuild the index of an already built kit into ``index_dir`` (default: the user cache).

    Used by readers when a kit's index is missing or stale; never writes into the kit itself. The
    manifest's metadata is kept as it is; only text is extracted again (or reused by its key), and
    an index already there is updated incrementally. The text of scanned pages comes from the kit's
    own index; a scanned file it does not hold (one an update pack brought) is read by OCR when this
    machine has Tesseract, else left unread.
    """
    final = Path(index_dir) if index_dir else kit.writable_index_dir()
    keys = _kit_keys(kit)
    by_path = {it.path: it for it in kit.items}
    inputs = inputs_fingerprint(json.dumps(asdict(kit.info), sort_keys=True, default=str))
    photo_docs = frozenset(it.path for it in kit.items if it.is_photo and (it.ocr_pages or it.unread_pages))
    run = IndexPass(final, [it.path for it in kit.items], keys, lambda rel: kit.path_of(by_path[rel]),
                    {it.path: it.bytes for it in kit.items}, workers, progress, cancel,
                    base=final if final.exists() else None, kit_info=kit.info,
                    ocr=find_engine(kit.info.languages), ocr_photos=photo_docs)

    def make(rel: str, _key: str, ex: Extracted) -> tuple[Item, list[Quote]]:
        item = by_path[rel]
        return item, quotes_of_item(item, ex.pages, kit.info.organisation, kit.info)

    def reuse(rel: str, key: str, catalog: dict[str, Entry]) -> tuple[Item, list[Quote]] | None:
        entry = catalog.get(by_path[rel].id)
        if entry is None or entry.key != key:
            return None
        return by_path[rel], [Quote.from_dict(q) for q in entry.quotes]

    # only indexes presskit may trust give extractions (a planted text store must not put words in a
    # kit's mouth): built on this computer, or sealed by the publisher of the kit's valid signature
    caches = [Path(d) for d in dict.fromkeys((kit.index_dir, kit.own_index_dir, final))
              if d is not None and trusted(Path(d), getattr(kit, "publisher_key", None))]
    with disk_errors(final):
        run.run(make, lambda _items: kit.manifest_sha256, reuse=reuse, inputs=inputs, cache_dirs=caches)
    kit.index_dir = kit.trusted_index = final  # this computer just built it
    return final


def _identity(kt: KitToml, items: list[Item], drafts: list[Draft]) -> Identity:
    """The kit's title and organisation: kit.toml's, else inferred from what the files share."""
    return infer_identity(items, [d.top for d in drafts], [d.author for d in drafts],
                          title=kt.info.title if "title" in kt.given else "",
                          organisation=kt.info.organisation if "organisation" in kt.given else "")


def _photos_as_documents(rels: list[str], kt: KitToml) -> frozenset:
    """Photos whose kit.toml kind is not "photo" (a statement photographed on a phone): their text is
    recognised at build time, as a scanned page's."""
    return frozenset(rel for rel in rels if extension(rel) in IMAGE_EXTENSIONS
                     and kt.overrides.get(rel, {}).get("kind") not in (None, "photo"))


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
        for it in kit.items:
            if it.is_photo:
                try:
                    files |= {p.relative_to(kit.root).as_posix() for p in sidecar_paths(kit.path_of(it))}
                except KitError:
                    continue  # a link or a special file: it is never read (IndexPass skips it)
    return {it.path: _key(kit.root, it.sha256, sidecars_of(it.path, files)) if folder
            else extraction_key(it.sha256) for it in kit.items}


@dataclass
class _Previous:
    """What the kit being rebuilt held: its items by path, and its index if that is fresh for it."""

    items: dict[str, Item] = field(default_factory=dict)
    index: Path | None = None
    today: str | None = None  # the day it was built (a date then in the future may not be now)

    @classmethod
    def of(cls, out: Path) -> "_Previous":
        try:
            kit = load_kit(out)
        except KitError:
            return cls()
        index = out / INDEX_DIRNAME
        stamp = read_stamp(index) or {}
        if stamp.get("manifest_sha256") != kit.manifest_sha256:
            return cls({it.path: it for it in kit.items})
        return cls({it.path: it for it in kit.items}, index, stamp.get("today"))


def _hash_files(root: Path, rels: list[str], report: BuildReport) -> tuple[dict[str, str], dict[str, int]]:
    shas: dict[str, str] = {}
    sizes: dict[str, int] = {}
    paths = {str(root / PurePosixPath(rel)): rel for rel in rels}
    for path, res in sha256_sources(root, list(paths)).items():
        rel = paths[path]
        try:
            if isinstance(res, OSError):
                raise res
            sizes[rel] = os.stat(path).st_size
        except OSError as e:
            report.skipped.append(Failure("unreadable", f"cannot be read: {e.strerror}", rel))
            continue
        shas[rel] = res
    report.skipped.sort(key=lambda f: f.path)
    return shas, sizes


def _check_result(items: list[Item], skipped: list[Failure], strict: bool) -> None:
    if strict and skipped:
        names = "; ".join(_said(s) for s in skipped[:10])
        err = BuildError(f"{len(skipped)} file(s) could not be read and --strict is on: {names}.")
        err.skipped = list(skipped)
        raise err
    if not items:
        raise BuildError("None of the files could be read, so there is no kit to build.",
                         details="; ".join(_said(s) for s in skipped[:20]))


def _said(s: Failure) -> str:
    """Why a file was skipped, named once ('a.xyz: a.xyz: .xyz files are not supported' named it twice)."""
    return s.message if PurePosixPath(s.path).name in s.message else f"{s.path}: {s.message}"
