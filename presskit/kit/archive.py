"""Single-file kits (``.presskit``, a ZIP) and safe reading of any archive presskit is given.

Packing (:func:`pack_kit`): the kit's manifest, ``signature.json``, ``kit.toml``, every item listed in
the manifest and, when it is fresh, the ``index/`` folder. Formats that are already compressed
(PDF, JPEG, PNG, ...) are stored; text is deflated. Every item is hashed while it is copied and the
pack is refused if a file no longer matches the manifest. The archive is written to a temporary file
next to the target and renamed into place: never a half-written ``.presskit`` under its final name.

Opening (:func:`open_packed_kit`), decided: a packed kit is read **in place**. Its manifest and
signature are read from the archive, verification hashes members straight from the archive, and
nothing is unpacked up front. Files are extracted **lazily**, when :meth:`PackedKit.path_of` is asked
for one (the viewer shows it, an export copies it), into the per-user cache::

    <user_cache_dir>/presskit/packed/files/<sha256 of the content>/<file name>

The cache is keyed by the sha256 of each extracted file's content (computed while extracting), not
by a hash of the whole archive: opening a 2 GB kit on a slow USB stick must not read all of it first,
a file is never served from the cache under a hash it does not have (no poisoning of a genuine kit by
a tampered copy), and two versions of a kit share their unchanged files. The archive itself is never
written. The packed index is extracted once into ``packed/index/<key>`` (the key covers the manifest
and the CRCs of the index members) and used when it is fresh for the manifest; otherwise the reader
builds one in the user cache like for any read-only kit. The cache may be deleted at any time.

Reading any archive safely is :mod:`presskit.kit.safearchive`.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, Callable

from ..errors import ArchiveError, Cancelled, KitError
from ..safeload import DataError, Limits, load_json
from ..fsutil import copy_hashing, disk_errors, fsync_file, open_regular, remove_stale_temps, signals_held, temp_path
from ..index.integrity import LOCAL_SEAL_NAME
from ..index.status import index_status
from ..ingest.formats import is_compressed
from ..locations import packed_cache_dir
from .format import INDEX_DIRNAME, KIT_TOML, MANIFEST_NAME, Kit, parse_manifest
from .safearchive import DEFAULT_LIMITS, FILE_MODE, ArchiveLimits, SafeArchive

PACK_MARKER = ".presskit/pack.json"
PACK_VERSION = 1
SIGNATURE_NAME = "signature.json"
#: The publisher's signature over an update's description (presskit.kit.updates).
PACK_SIGNATURE = ".presskit/pack.sig"
_FIXED_DATE = (1980, 1, 1, 0, 0, 0)  # reproducible archives: the same kit gives the same bytes

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


# ---------------------------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------------------------

def _compress_type(rel: str) -> int:
    return zipfile.ZIP_STORED if is_compressed(rel) else zipfile.ZIP_DEFLATED


class PackWriter:
    """Writes a ZIP to a temporary file next to ``out`` and renames it into place on success.

    The temporary file is created by :meth:`start`, which callers run inside the ``try`` whose
    ``except`` calls :meth:`abort`: a Ctrl+C or SIGTERM that lands just after the file appears (before
    the writer is even returned) still removes it.
    """

    def __init__(self, out: str | os.PathLike, progress: ProgressFn | None, cancel: CancelFn | None, total: int):
        self.out = Path(out)
        if self.out.exists() and self.out.is_dir():
            raise ArchiveError(f"{self.out} is a folder. Give a file name ending in .presskit.")
        if not self.out.parent.is_dir():
            raise ArchiveError(f"The folder {self.out.parent} does not exist.")
        remove_stale_temps(self.out.parent, "part")  # what a killed pack left here
        self.tmp = temp_path(self.out, "part")
        self.zf: zipfile.ZipFile | None = None
        self.progress, self.cancel = progress, cancel
        self.total, self.done = total, 0
        self.files = 0

    def start(self) -> None:
        """Create the temporary ZIP (call it inside the ``try`` that calls :meth:`abort`)."""
        try:
            with signals_held():  # a SIGTERM now arrives once self.zf is whole, for abort() to close
                self.zf = zipfile.ZipFile(self.tmp, "x", allowZip64=True)
        except OSError as e:
            with disk_errors(self.out.parent, "pack"):
                raise e

    def _check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled()

    def _info(self, rel: str, compress: int) -> zipfile.ZipInfo:
        zi = zipfile.ZipInfo(rel, _FIXED_DATE)
        zi.compress_type = compress
        zi.create_system = 3
        zi.external_attr = (stat.S_IFREG | 0o644) << 16
        return zi

    def add_bytes(self, rel: str, data: bytes, compress: int = zipfile.ZIP_DEFLATED) -> None:
        self._check()
        self.zf.writestr(self._info(rel, compress), data)
        self.files += 1

    def add_file(self, rel: str, src: Path, expect_sha: str | None = None, compress: int | None = None) -> str:
        """Stream the file ``src`` into the archive; see :meth:`add_stream`."""
        try:
            f = open(src, "rb")
        except FileNotFoundError:
            raise ArchiveError(f"{src} is listed in the manifest but missing. Rebuild the kit first.") from None
        with f:
            return self.add_stream(rel, f, os.fstat(f.fileno()).st_size, expect_sha, compress)

    def add_stream(self, rel: str, f: BinaryIO, size: int, expect_sha: str | None = None,
                   compress: int | None = None) -> str:
        """Copy ``f`` into the archive, hashing it; raises ArchiveError if it differs from expect_sha."""
        self._check()
        zi = self._info(rel, _compress_type(rel) if compress is None else compress)

        def copied(n: int) -> None:
            self.done += n
            if self.progress:
                self.progress(self.done, self.total, rel)

        with self.zf.open(zi, "w", force_zip64=size > (1 << 31)) as dst:
            digest = copy_hashing(f, dst, self._check, copied)
        if expect_sha is not None and digest != expect_sha:
            raise ArchiveError(f"{rel} changed since the kit was built (its sha256 no longer matches the "
                               "manifest). Rebuild the kit, sign it again, then pack it.")
        self.files += 1
        return digest

    def commit(self) -> None:
        with disk_errors(self.out, "pack"):  # a full disk often shows only when the last bytes are flushed
            self.zf.close()
            fsync_file(self.tmp)
            os.chmod(self.tmp, FILE_MODE)
            os.replace(self.tmp, self.out)

    def abort(self) -> None:
        try:
            if self.zf is not None:
                self.zf.close()
        except Exception:
            pass
        try:
            self.tmp.unlink()
        except OSError:
            pass


def marker_bytes(kind: str, manifest: bytes, **extra: Any) -> bytes:
    data = {"presskit_pack": kind, "version": PACK_VERSION,
            "manifest_sha256": hashlib.sha256(manifest).hexdigest(), **extra}
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _index_to_ship(root: Path, index_dir: Path, manifest: bytes, manifest_sha: str) -> bool:
    """Ship the index only when it is fresh and presskit can vouch for it (built on this computer, or
    sealed by the kit's publisher): a pack never carries an index someone else planted."""
    from ..index.integrity import trusted
    from .keys import publisher_key

    if index_status(index_dir, manifest_sha) != "fresh":
        return False
    try:
        sig = (root / SIGNATURE_NAME).read_bytes()
    except OSError:
        sig = None
    return trusted(index_dir, publisher_key(manifest, sig))


@dataclass
class PackResult:
    path: Path
    files: int
    bytes: int
    index_included: bool
    seconds: float


def refuse_inside(kit_root: Path, out_file: str | os.PathLike) -> None:
    """A pack written into a kit folder changed the kit (an extra file, read as a document of it at
    its next build, a ZIP in the way of its signature check): refused with a sentence."""
    try:
        inside = Path(out_file).resolve().is_relative_to(Path(kit_root).resolve())
    except OSError:
        return
    if inside:
        raise KitError(f"{out_file} would be written inside the kit folder {kit_root}, and become part of "
                       "the kit's files at its next build. Write it next to the kit folder instead.")


def pack_kit(kit_root: str | os.PathLike, out_file: str | os.PathLike, include_index: bool = True,
             progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> PackResult:
    """Write the kit folder ``kit_root`` as one ``.presskit`` file (see the module docstring)."""
    t0 = time.monotonic()
    root = Path(kit_root)
    if root.is_file():
        raise ArchiveError(f"{root} is already a single-file kit.")
    refuse_inside(root, out_file)
    mpath = root / MANIFEST_NAME
    try:
        manifest = mpath.read_bytes()
    except FileNotFoundError:
        raise KitError(f"{root} has no {MANIFEST_NAME}. Build it with 'presskit build' first.") from None
    _info, items, _skipped = parse_manifest(manifest, where=str(mpath))
    manifest_sha = hashlib.sha256(manifest).hexdigest()
    index_dir = root / INDEX_DIRNAME
    index_files: list[Path] = []
    if include_index and _index_to_ship(root, index_dir, manifest, manifest_sha):
        index_files = sorted(p for p in index_dir.rglob("*") if p.is_file() and not p.is_symlink()
                             and p.name != LOCAL_SEAL_NAME)
    total = sum(it.bytes for it in items) + sum(p.stat().st_size for p in index_files)
    with disk_errors(Path(out_file), "pack"):
        w = PackWriter(out_file, progress, cancel, total)
        try:
            w.start()
            w.add_bytes(PACK_MARKER, marker_bytes("kit", manifest))
            w.add_bytes(MANIFEST_NAME, manifest)
            for extra in (SIGNATURE_NAME, KIT_TOML):
                if (root / extra).is_file():
                    w.add_bytes(extra, (root / extra).read_bytes())
            for it in sorted(items, key=lambda i: i.path):
                try:
                    f = open_regular(root, it.path)
                except FileNotFoundError:
                    raise ArchiveError(f"{it.path} is listed in the manifest but missing. Rebuild the kit first.") from None
                except OSError:
                    raise ArchiveError(f"{it.path} in {root} is a link or a special file, not the document the "
                                       "manifest lists. Rebuild the kit first.") from None
                with f:
                    w.add_stream(it.path, f, it.bytes, expect_sha=it.sha256)
            for p in index_files:
                w.add_file(p.relative_to(root).as_posix(), p)
            w.commit()
        except BaseException:
            w.abort()
            raise
    return PackResult(Path(out_file), w.files, Path(out_file).stat().st_size, bool(index_files),
                      time.monotonic() - t0)


# ---------------------------------------------------------------------------------------------
# packed kits
# ---------------------------------------------------------------------------------------------

#: A pack's description lists what an update adds, changes and removes (one line per item).
#: At most 50,000 members, a line of some 100 bytes each (the bound: 300 bytes each, in three lists).
MARKER_LIMITS = Limits(max_bytes=16 << 20, max_depth=4, max_string=4096, max_values=500_000)


def read_marker(arc: SafeArchive) -> dict[str, Any]:
    """The ``.presskit/pack.json`` of an archive ({} when absent, e.g. a hand-made ZIP of a kit)."""
    if PACK_MARKER not in arc:
        return {}
    try:
        data = load_json(arc.read(PACK_MARKER, max_bytes=MARKER_LIMITS.max_bytes), PACK_MARKER, MARKER_LIMITS)
    except DataError as e:
        raise ArchiveError(f"{arc.where} has a damaged description ({PACK_MARKER}): {e.message}") from None
    if not isinstance(data, dict):
        raise ArchiveError(f"{arc.where} has a damaged description ({PACK_MARKER}).")
    ver = data.get("version", 1)
    if not isinstance(ver, int) or ver > PACK_VERSION:
        raise ArchiveError(f"{arc.where} was written by a newer presskit (pack version {ver!r}). "
                           "Install a newer presskit to open it.")
    return data


class _MemberAccess:
    """Reading a packed kit's members by relative path (used by signing.verify_kit)."""

    archive: "SafeArchive"

    def open_member(self, rel: str) -> BinaryIO:
        return self.archive.open(rel)

    def member_names(self) -> list[str]:
        return [n for n in self.archive.names() if not n.startswith(".presskit/")]

    def member_size(self, rel: str) -> int | None:
        return self.archive.size(rel)


class PackedKit(_MemberAccess, Kit):
    """A kit read from a ``.presskit`` file in place; files are extracted lazily to the user cache.

    ``root`` is the archive file itself; always use :meth:`path_of` to get a file's path.
    The archive is never written. ``open_member``/``member_names``/``member_size`` give
    :mod:`presskit.kit.signing` direct access to members for verification without extracting them.
    ``own_index_dir`` is the packed index, extracted once to the user cache (None when the archive
    has none, or when ``with_index`` is false).
    """

    def __init__(self, archive_path: Path, arc: SafeArchive, manifest: bytes, with_index: bool = True):
        info, items, skipped = parse_manifest(manifest, where=f"{archive_path} ({MANIFEST_NAME})")
        self.archive_path = Path(archive_path)
        self.archive = arc
        self._lock = threading.Lock()
        self._files_dir = packed_cache_dir() / "files"
        manifest_sha = hashlib.sha256(manifest).hexdigest()
        packed_index = self._extract_packed_index(manifest, manifest_sha, info) if with_index else None
        super().__init__(self.archive_path, info, items, skipped, manifest_sha, packed_index)

    def read_member(self, rel: str, max_bytes: int = 1 << 20) -> bytes | None:
        if rel not in self.archive:
            return None
        try:
            return self.archive.read(rel, max_bytes=max_bytes)
        except (FileNotFoundError, ArchiveError):
            return None

    # -- files ---------------------------------------------------------------------------------
    def path_of(self, item) -> Path:  # type: ignore[override]
        """Extract the item into the content-addressed cache (once) and return its path there."""
        it = self.item(item) if isinstance(item, str) else item
        basename = PurePosixPath(it.path).name
        cached = self._files_dir / it.sha256 / basename
        if cached.is_file() and cached.stat().st_size == it.bytes:
            return cached
        with self._lock:
            if cached.is_file() and cached.stat().st_size == it.bytes:
                return cached
            if it.path not in self.archive or self.archive.size(it.path) != it.bytes:
                raise KitError(f"{self.archive_path} does not contain {it.path} as its manifest lists it; "
                               "the file is damaged or was modified.")
            self._files_dir.mkdir(parents=True, exist_ok=True)
            tmp_dir = Path(tempfile.mkdtemp(prefix=".x-", dir=self._files_dir))
            try:
                digest = self.archive.extract(it.path, tmp_dir / basename)
                final = self._files_dir / digest / basename  # named by what it IS, never by what it claims
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp_dir / basename, final)
            finally:
                shutil.rmtree(tmp_dir, ignore_errors=True)
        return final

    # -- index ---------------------------------------------------------------------------------
    def _extract_packed_index(self, manifest: bytes, manifest_sha: str, info) -> Path | None:
        """The packed index, extracted to the user cache, when the publisher vouches for it.

        Only an index whose stamp is sealed by the key of the manifest's valid signature, fresh for
        this manifest, and whose members are exactly the files the stamp lists is extracted, and
        each member is checked against its sha256 on the way. So what is written to the cache is
        bounded by the signed list (and by the free space), and an index the publisher did not
        vouch for is never extracted at all: the reader builds one from the kit's files.
        """
        from ..index.integrity import SEAL_NAME, STAMP_NAME, UNLISTED, listing, parse_stamp, publisher_sealed
        from ..index.status import SCHEMA_VERSION
        from .keys import publisher_key

        prefix = INDEX_DIRNAME + "/"
        key = publisher_key(manifest, self.read_member(SIGNATURE_NAME), info.key_fingerprint)
        if key is None:
            return None
        stamp_raw, seal_raw = self.read_member(prefix + STAMP_NAME, 8 << 20), self.read_member(prefix + SEAL_NAME, 64 << 10)
        if not publisher_sealed(seal_raw, stamp_raw, key):
            return None
        stamp = parse_stamp(stamp_raw) or {}
        files = listing(stamp)
        if files is None or stamp.get("schema") != SCHEMA_VERSION or stamp.get("manifest_sha256") != manifest_sha:
            return None
        members = {n[len(prefix):] for n in self.archive.names() if n.startswith(prefix)} - UNLISTED
        if members != set(files) or any(self.archive.size(prefix + r) != e["bytes"] for r, e in files.items()):
            return None
        final = packed_cache_dir() / "index" / hashlib.sha256(stamp_raw).hexdigest()[:32]
        if final.is_dir():
            return final  # renamed into place only when complete; checked again by open_kit before use
        total = sum(e["bytes"] for e in files.values())
        final.parent.mkdir(parents=True, exist_ok=True)
        if total > shutil.disk_usage(final.parent).free // 2:
            return None  # too big for this disk: searching builds a (smaller) index instead
        tmp = Path(tempfile.mkdtemp(prefix=".x-", dir=final.parent))
        try:
            for rel, entry in sorted(files.items()):
                if self.archive.extract(prefix + rel, tmp.joinpath(*rel.split("/"))) != entry["sha256"]:
                    return None
            (tmp / STAMP_NAME).write_bytes(stamp_raw)
            (tmp / SEAL_NAME).write_bytes(seal_raw)
            try:
                os.replace(tmp, final)
            except OSError:  # another process finished first (the same content: same stamp)
                pass
        except (ArchiveError, OSError):
            return None  # a damaged packed index, or no room: the reader builds one
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return final

    def close(self) -> None:
        self.archive.close()


def open_packed_kit(path: str | os.PathLike, with_index: bool = True,
                    limits: ArchiveLimits = DEFAULT_LIMITS) -> PackedKit:
    """Read a ``.presskit`` file as a kit, in place (see the module docstring). Most callers want
    :func:`presskit.kit.open.open_kit`, which also picks the index to search."""
    path = Path(path)
    arc = SafeArchive(path, limits)
    try:
        marker = read_marker(arc)
        if marker.get("presskit_pack") == "update":
            raise KitError(f"{path} is an update pack, not a kit. Apply it to a kit with 'presskit apply "
                           "KIT UPDATE' or File > Import update.")
        if MANIFEST_NAME not in arc:
            raise KitError(f"{path} has no {MANIFEST_NAME}, so it is not a presskit kit.")
        manifest = arc.read(MANIFEST_NAME, max_bytes=256 << 20)
        return PackedKit(path, arc, manifest, with_index)
    except BaseException:
        arc.close()
        raise


class PackedFiles(_MemberAccess):
    """Member access to a ``.presskit`` without opening it as a Kit (used by verification)."""

    def __init__(self, path: str | os.PathLike, limits: ArchiveLimits = DEFAULT_LIMITS):
        self.archive_path = Path(path)
        self.root = self.archive_path
        self.archive = SafeArchive(path, limits)


    def close(self) -> None:
        self.archive.close()
