"""Safe reading (:class:`SafeArchive`), for kits and update packs alike. The whole archive is refused,
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

import io
import os
import stat
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Callable, Iterable

from ..errors import ArchiveError, Cancelled
from ..fsutil import CHUNK, copy_hashing

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
