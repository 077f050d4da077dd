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

Safe reading (:class:`SafeArchive`), for kits and update packs alike. The whole archive is refused,
with an :class:`~presskit.errors.ArchiveError` saying why, when any member has:

* a path that climbs out (``..``), is absolute (``/x``, ``\\x``), has a drive letter or any ``:``,
  a backslash, an empty or ``.`` component, a control character or a NUL byte;
* a name that is not UTF-8 (decided: **rejected, not sanitised**. Names must match the manifest's
  paths exactly; a renamed member would not match anyway, and an archive written by presskit never
  has one. Names stored as UTF-8 without the ZIP UTF-8 flag, as macOS writes them, are accepted);
* a duplicate name, also after Unicode normalisation and case folding (they would overwrite each
  other on Windows and macOS), or a name that is both a file and a folder;
* a symbolic link or any other non-regular file type in its Unix attributes;
* encryption, or a compression method other than stored/deflate;
* sizes past the limits of :class:`ArchiveLimits` (member count, per-file and total uncompressed
  size, compression ratio: the zip-bomb checks), or members overlapping each other.

Reading a member never yields more bytes than its declared size and checks its CRC; any damage
surfaces as ArchiveError, never as a zipfile/zlib exception.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import stat
import tempfile
import threading
import time
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, Callable, Iterable

from ..errors import ArchiveError, Cancelled, KitError
from ..fsutil import CHUNK, copy_hashing, fsync_file
from ..index.status import index_status
from ..ingest.formats import is_compressed
from ..locations import packed_cache_dir
from .format import INDEX_DIRNAME, KIT_TOML, MANIFEST_NAME, Kit, parse_manifest

PACK_MARKER = ".presskit/pack.json"
PACK_VERSION = 1
SIGNATURE_NAME = "signature.json"
_FIXED_DATE = (1980, 1, 1, 0, 0, 0)  # reproducible archives: the same kit gives the same bytes

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


def _file_mode() -> int:
    """0o666 minus the process umask: what a plain ``open(..., 'w')`` would give (mkstemp gives 0o600)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


FILE_MODE = _file_mode()


@dataclass(frozen=True)
class ArchiveLimits:
    """What an archive may contain before presskit refuses it (zip-bomb and sanity limits)."""

    max_members: int = 50_000
    max_file_bytes: int = 4 << 30       # 4 GiB uncompressed per file
    max_total_bytes: int = 32 << 30     # 32 GiB uncompressed in all
    max_ratio: float = 100.0            # uncompressed / compressed, for members above ratio_floor
    ratio_floor: int = 1 << 20          # small members may compress well (text of spaces)
    max_name_bytes: int = 1024
    max_depth: int = 32


DEFAULT_LIMITS = ArchiveLimits()


def _sentence_name(name: str) -> str:
    return repr(name) if any(ord(c) < 32 or ord(c) == 127 for c in name) else f"'{name}'"


# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------

def check_member_name(name: str, where: str = "The archive", limits: ArchiveLimits = DEFAULT_LIMITS) -> str:
    """Return ``name`` (without a trailing ``/``) if it is a safe relative POSIX path, else raise."""
    shown = _sentence_name(name)
    if not name or name == "/":
        raise ArchiveError(f"{where} has a member with an empty name; it is damaged or not a presskit archive.")
    if len(name.encode("utf-8", "surrogatepass")) > limits.max_name_bytes:
        raise ArchiveError(f"{where} has a member whose name is longer than {limits.max_name_bytes} bytes.")
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise ArchiveError(f"{where} has a member name with control characters ({shown}); it was refused.")
    if name.startswith(("/", "\\")):
        raise ArchiveError(f"{where} has a member with an absolute path ({shown}); it was refused "
                           "because it could write outside its folder.")
    if "\\" in name:
        raise ArchiveError(f"{where} has a member name with a backslash ({shown}); it was refused "
                           "because Windows reads it as a folder separator.")
    if len(name) >= 2 and name[1] == ":" and name[0].isalpha():
        raise ArchiveError(f"{where} has a member with a drive letter ({shown}); it was refused "
                           "because it could write outside its folder.")
    if ":" in name:
        raise ArchiveError(f"{where} has a member name with ':' ({shown}); it was refused because "
                           "Windows reads it as a drive or a hidden stream.")
    stripped = name[:-1] if name.endswith("/") else name
    parts = stripped.split("/")
    if ".." in parts:
        raise ArchiveError(f"{where} has a member that climbs out of its folder ({shown}); it was "
                           "refused (path traversal).")
    if any(p in ("", ".") for p in parts):
        raise ArchiveError(f"{where} has a member with an empty or '.' path component ({shown}).")
    if len(parts) > limits.max_depth:
        raise ArchiveError(f"{where} has a member nested deeper than {limits.max_depth} folders.")
    try:
        stripped.encode("utf-8")
    except UnicodeEncodeError:
        raise ArchiveError(f"{where} has a member name that is not valid UTF-8; it was refused.") from None
    return stripped


def _decode_name(zi: zipfile.ZipInfo, where: str) -> str:
    """The member's name as UTF-8 text; rejects names that are not UTF-8 and NUL tricks."""
    if "\x00" in zi.orig_filename:
        raise ArchiveError(f"{where} has a member name containing a NUL byte; it was refused.")
    name = zi.orig_filename
    if not zi.flag_bits & 0x800 and not name.isascii():
        try:
            raw = name.encode("cp437")
        except UnicodeEncodeError:  # pragma: no cover - zipfile decoded it from cp437
            raise ArchiveError(f"{where} has a member name that is not valid UTF-8; it was refused.") from None
        try:
            name = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ArchiveError(f"{where} has a member name that is not UTF-8 ({raw!r}); it was refused. "
                               "Re-create the archive with 'presskit pack'.") from None
    return name


def _collision_key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


# ---------------------------------------------------------------------------------------------
# the safe reader
# ---------------------------------------------------------------------------------------------

class _MemberReader(io.RawIOBase):
    """A member's bytes: never more than declared, every error as ArchiveError."""

    def __init__(self, raw: BinaryIO, name: str, size: int, where: str):
        self._raw, self._name, self._left, self._where = raw, name, size, where

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def read(self, n: int = -1) -> bytes:  # type: ignore[override]
        if n is None or n < 0:
            n = self._left + 1
        try:
            data = self._raw.read(min(n, self._left + 1))
        except ArchiveError:
            raise
        except Exception as e:  # BadZipFile (CRC), zlib.error, EOFError, OSError, ...
            raise ArchiveError(f"{self._where}: the member '{self._name}' is damaged and cannot be read.",
                               details=f"{type(e).__name__}: {e}") from None
        if len(data) > self._left:
            raise ArchiveError(f"{self._where}: the member '{self._name}' is larger than it claims; "
                               "the archive was refused.")
        self._left -= len(data)
        return data

    def readall(self) -> bytes:
        return self.read(-1)

    def close(self) -> None:
        try:
            self._raw.close()
        except Exception:
            pass
        super().close()


class SafeArchive:
    """A validated, read-only view of a ZIP archive. Construction checks every member (see module doc).

    Use as a context manager. Members are addressed by their relative POSIX path (folders omitted).
    ``open()`` may be called from several threads.
    """

    def __init__(self, path: str | os.PathLike, limits: ArchiveLimits = DEFAULT_LIMITS, label: str | None = None):
        self.path = Path(path)
        self.limits = limits
        self.where = label or str(self.path)
        self._zf: zipfile.ZipFile | None = None
        try:
            self._zf = zipfile.ZipFile(self.path, "r")
        except FileNotFoundError:
            raise ArchiveError(f"There is no file at {self.path}.") from None
        except IsADirectoryError:
            raise ArchiveError(f"{self.path} is a folder, not a .presskit file.") from None
        except PermissionError as e:
            raise ArchiveError(f"Cannot read {self.path}: permission denied.", details=str(e)) from None
        except UnicodeDecodeError as e:
            raise ArchiveError(f"{self.where} has a member name that is not valid UTF-8; it was refused.",
                               details=str(e)) from None
        except zipfile.BadZipFile as e:
            raise ArchiveError(f"{self.where} is not a presskit archive, or it is damaged or incomplete "
                               "(was the copy interrupted?).", details=str(e)) from None
        except Exception as e:  # struct.error, OverflowError, NotImplementedError, OSError ...
            raise ArchiveError(f"{self.where} is damaged and cannot be read as an archive.",
                               details=f"{type(e).__name__}: {e}") from None
        try:
            self._members = self._validate()
        except BaseException:
            self.close()
            raise

    # -- validation --------------------------------------------------------------------------
    def _validate(self) -> dict[str, zipfile.ZipInfo]:
        assert self._zf is not None
        lim, where = self.limits, self.where
        infos = self._zf.infolist()
        if len(infos) > lim.max_members:
            raise ArchiveError(f"{where} has {len(infos)} members, more than the {lim.max_members} presskit "
                               "accepts; it was refused.")
        members: dict[str, zipfile.ZipInfo] = {}
        keys: dict[str, str] = {}
        dirs: set[str] = set()
        total = 0
        for zi in infos:
            raw_name = _decode_name(zi, where)
            is_dir = raw_name.endswith("/")
            name = check_member_name(raw_name, where, lim)
            mode = (zi.external_attr >> 16) & 0xFFFF
            ftype = stat.S_IFMT(mode)
            if ftype == stat.S_IFLNK:
                raise ArchiveError(f"{where} contains a symbolic link ('{name}'); it was refused because a "
                                   "link can point anywhere on the computer.")
            if ftype not in (0, stat.S_IFREG, stat.S_IFDIR):
                raise ArchiveError(f"{where} contains a special file ('{name}'); only plain files are accepted.")
            if ftype == stat.S_IFDIR:
                is_dir = True
            if zi.flag_bits & 0x1:
                raise ArchiveError(f"{where} is encrypted ('{name}'); presskit archives are never encrypted.")
            if zi.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise ArchiveError(f"{where} uses a compression method presskit does not read ('{name}', "
                                   f"method {zi.compress_type}). Re-create it with 'presskit pack'.")
            key = _collision_key(name)
            if is_dir:
                if key in keys and keys[key] != "/":
                    raise ArchiveError(f"{where} has '{name}' both as a file and as a folder; it was refused.")
                dirs.add(key)
                keys.setdefault(key, "/")
                continue
            if key in keys:
                other = keys[key]
                if other == "/":
                    raise ArchiveError(f"{where} has '{name}' both as a file and as a folder; it was refused.")
                if other == name:
                    raise ArchiveError(f"{where} lists '{name}' twice; it was refused because one copy would "
                                       "silently replace the other.")
                raise ArchiveError(f"{where} has both '{other}' and '{name}', the same name on Windows and "
                                   "macOS; it was refused because one would silently replace the other.")
            keys[key] = name
            if zi.file_size > lim.max_file_bytes:
                raise ArchiveError(f"{where}: '{name}' would unpack to {zi.file_size:,} bytes, more than the "
                                   f"{lim.max_file_bytes:,} presskit accepts for one file (zip bomb?).")
            if zi.compress_type == zipfile.ZIP_STORED and zi.compress_size != zi.file_size:
                raise ArchiveError(f"{where}: '{name}' has inconsistent sizes; the archive is damaged.")
            if zi.file_size > lim.ratio_floor and zi.file_size > lim.max_ratio * max(zi.compress_size, 1):
                raise ArchiveError(f"{where}: '{name}' is compressed {zi.file_size // max(zi.compress_size, 1):,} "
                                   f"to 1, more than the {lim.max_ratio:.0f} to 1 presskit accepts (zip bomb?).")
            total += zi.file_size
            if total > lim.max_total_bytes:
                raise ArchiveError(f"{where} would unpack to more than {lim.max_total_bytes:,} bytes; it was "
                                   "refused (zip bomb?).")
            members[name] = zi
        # a file may not also be a folder ("a" and "a/b")
        for name in members:
            parts = name.split("/")
            for i in range(1, len(parts)):
                prefix = _collision_key("/".join(parts[:i]))
                if keys.get(prefix) not in (None, "/"):
                    raise ArchiveError(f"{where} has '{'/'.join(parts[:i])}' both as a file and as a folder; "
                                       "it was refused.")
        self._check_overlaps(list(members.values()))
        return members

    def _check_overlaps(self, infos: list[zipfile.ZipInfo]) -> None:
        """Refuse members whose data overlap (the 'overlapping files' zip bomb)."""
        spans = sorted(infos, key=lambda zi: zi.header_offset)
        end_of_data = getattr(self._zf, "start_dir", None)
        for a, b in zip(spans, spans[1:] + [None]):
            name_len = len(a.orig_filename.encode("utf-8" if a.flag_bits & 0x800 else "cp437", "replace"))
            end = a.header_offset + 30 + name_len + a.compress_size
            limit = b.header_offset if b is not None else end_of_data
            if limit is not None and end > limit:
                raise ArchiveError(f"{self.where} has members that overlap each other; it was refused "
                                   "(a known zip-bomb trick, or damage).")

    # -- access ------------------------------------------------------------------------------
    def __enter__(self) -> "SafeArchive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._zf is not None:
            try:
                self._zf.close()
            finally:
                self._zf = None

    def names(self) -> list[str]:
        return list(self._members)

    def __contains__(self, name: str) -> bool:
        return name in self._members

    def size(self, name: str) -> int | None:
        zi = self._members.get(name)
        return None if zi is None else zi.file_size

    def info(self, name: str) -> zipfile.ZipInfo:
        try:
            return self._members[name]
        except KeyError:
            raise FileNotFoundError(name) from None

    def open(self, name: str) -> BinaryIO:
        """A reader over one member; raises FileNotFoundError if absent, ArchiveError if damaged."""
        zi = self.info(name)
        if self._zf is None:
            raise ArchiveError(f"{self.where} is closed.")
        try:
            raw = self._zf.open(zi, "r")
        except Exception as e:
            raise ArchiveError(f"{self.where}: the member '{name}' is damaged and cannot be read.",
                               details=f"{type(e).__name__}: {e}") from None
        return io.BufferedReader(_MemberReader(raw, name, zi.file_size, self.where), CHUNK)  # type: ignore[arg-type]

    def read(self, name: str, max_bytes: int | None = None) -> bytes:
        zi = self.info(name)
        if max_bytes is not None and zi.file_size > max_bytes:
            raise ArchiveError(f"{self.where}: '{name}' is larger than expected ({zi.file_size:,} bytes).")
        with self.open(name) as f:
            return f.read()

    def extract(self, name: str, dest: str | os.PathLike, cancel: CancelFn | None = None) -> str:
        """Copy one member to ``dest`` through a temporary file and a rename; return its sha256."""
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name[:40]}.", suffix=".part", dir=dest.parent)

        def check() -> None:
            if cancel is not None and cancel():
                raise Cancelled()

        try:
            with os.fdopen(fd, "wb") as out, self.open(name) as src:
                digest = copy_hashing(src, out, check)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, FILE_MODE)
            os.replace(tmp, dest)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        return digest

    def extract_all(self, target: str | os.PathLike, names: Iterable[str] | None = None,
                    cancel: CancelFn | None = None) -> list[Path]:
        """Extract members (all by default) under ``target``; every path is checked to stay inside."""
        target = Path(target)
        target.mkdir(parents=True, exist_ok=True)
        base = os.path.realpath(target)
        out: list[Path] = []
        for name in (self.names() if names is None else names):
            dest = target.joinpath(*PurePosixPath(name).parts)
            real_parent = os.path.realpath(dest.parent)
            if os.path.commonpath([base, real_parent]) != base:  # pragma: no cover - names are checked
                raise ArchiveError(f"{self.where}: '{name}' would be written outside {target}; refused.")
            self.extract(name, dest, cancel)
            out.append(dest)
        return out


# ---------------------------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------------------------

def _compress_type(rel: str) -> int:
    return zipfile.ZIP_STORED if is_compressed(rel) else zipfile.ZIP_DEFLATED


class _PackWriter:
    """Writes a ZIP to a temporary file next to ``out`` and renames it into place on success."""

    def __init__(self, out: str | os.PathLike, progress: ProgressFn | None, cancel: CancelFn | None, total: int):
        self.out = Path(out)
        if self.out.exists() and self.out.is_dir():
            raise ArchiveError(f"{self.out} is a folder. Give a file name ending in .presskit.")
        if not self.out.parent.is_dir():
            raise ArchiveError(f"The folder {self.out.parent} does not exist.")
        fd, tmp = tempfile.mkstemp(prefix=f".{self.out.name}.", suffix=".part", dir=self.out.parent)
        os.close(fd)
        self.tmp = Path(tmp)
        self.zf = zipfile.ZipFile(self.tmp, "w", allowZip64=True)
        self.progress, self.cancel = progress, cancel
        self.total, self.done = total, 0
        self.files = 0

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
        self.zf.close()
        fsync_file(self.tmp)
        os.chmod(self.tmp, FILE_MODE)
        os.replace(self.tmp, self.out)

    def abort(self) -> None:
        try:
            self.zf.close()
        except Exception:
            pass
        try:
            self.tmp.unlink()
        except OSError:
            pass


def _marker(kind: str, manifest: bytes, **extra: Any) -> bytes:
    data = {"presskit_pack": kind, "version": PACK_VERSION,
            "manifest_sha256": hashlib.sha256(manifest).hexdigest(), **extra}
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


@dataclass
class PackResult:
    path: Path
    files: int
    bytes: int
    index_included: bool
    seconds: float


def pack_kit(kit_root: str | os.PathLike, out_file: str | os.PathLike, include_index: bool = True,
             progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> PackResult:
    """Write the kit folder ``kit_root`` as one ``.presskit`` file (see the module docstring)."""
    t0 = time.monotonic()
    root = Path(kit_root)
    if root.is_file():
        raise ArchiveError(f"{root} is already a single-file kit.")
    mpath = root / MANIFEST_NAME
    try:
        manifest = mpath.read_bytes()
    except FileNotFoundError:
        raise KitError(f"{root} has no {MANIFEST_NAME}. Build it with 'presskit build' first.") from None
    _info, items, _skipped = parse_manifest(manifest, where=str(mpath))
    manifest_sha = hashlib.sha256(manifest).hexdigest()
    index_dir = root / INDEX_DIRNAME
    index_files: list[Path] = []
    if include_index and index_status(index_dir, manifest_sha) == "fresh":
        index_files = sorted(p for p in index_dir.rglob("*") if p.is_file() and not p.is_symlink())
    total = sum(it.bytes for it in items) + sum(p.stat().st_size for p in index_files)
    w = _PackWriter(out_file, progress, cancel, total)
    try:
        w.add_bytes(PACK_MARKER, _marker("kit", manifest))
        w.add_bytes(MANIFEST_NAME, manifest)
        for extra in (SIGNATURE_NAME, KIT_TOML):
            if (root / extra).is_file():
                w.add_bytes(extra, (root / extra).read_bytes())
        for it in sorted(items, key=lambda i: i.path):
            w.add_file(it.path, root / PurePosixPath(it.path), expect_sha=it.sha256)
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

def read_marker(arc: SafeArchive) -> dict[str, Any]:
    """The ``.presskit/pack.json`` of an archive ({} when absent, e.g. a hand-made ZIP of a kit)."""
    if PACK_MARKER not in arc:
        return {}
    try:
        data = json.loads(arc.read(PACK_MARKER, max_bytes=1 << 20).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ArchiveError(f"{arc.where} has a damaged description ({PACK_MARKER}).") from None
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
        packed_index = self._extract_packed_index(manifest_sha) if with_index else None
        super().__init__(self.archive_path, info, items, skipped, manifest_sha, packed_index)

    def read_member(self, rel: str) -> bytes | None:
        try:
            return self.archive.read(rel)
        except FileNotFoundError:
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
            if it.path not in self.archive:
                raise KitError(f"{self.archive_path} does not contain {it.path}; the file is damaged or "
                               "was modified.")
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
    def _extract_packed_index(self, manifest_sha: str) -> Path | None:
        prefix = INDEX_DIRNAME + "/"
        names = sorted(n for n in self.archive.names() if n.startswith(prefix))
        if not names:
            return None
        h = hashlib.sha256(manifest_sha.encode())
        for n in names:
            zi = self.archive.info(n)
            h.update(f"\0{n}\0{zi.CRC}\0{zi.file_size}".encode())
        final = packed_cache_dir() / "index" / h.hexdigest()[:32]
        if (final / ".complete").exists():
            return final
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".x-", dir=final.parent))
        try:
            for n in names:
                self.archive.extract(n, tmp.joinpath(*PurePosixPath(n).parts[1:]))
            (tmp / ".complete").write_bytes(b"")
            try:
                os.replace(tmp, final)
            except OSError:  # another process finished first
                if not (final / ".complete").exists():
                    shutil.rmtree(final, ignore_errors=True)
                    os.replace(tmp, final)
        except ArchiveError:
            return None  # a damaged packed index is only a cache: the reader builds one
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
