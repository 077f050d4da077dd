"""Whether an index may be used: every file it holds is listed, and someone trusted vouches for the list.

A kit's index comes from whoever handed over the kit, and Whoosh reads parts of it with ``pickle``
(:mod:`presskit.index.safe_toc` is the second defence). So an index is only searched when:

* it is **intact**: ``stamp.json`` lists every file of the index (but the stamp and the seals) with
  its size and sha256, exactly those files are there, and each matches (no links, no extras);
* and its stamp is **vouched for**, by one of

  - this computer: ``local-seal`` holds an HMAC-SHA256 of the stamp bytes under a secret kept in the
    user's data folder (``index-seal.key``), written by every index this computer builds (a
    publisher's own build, a reader's cache);
  - the kit's publisher: ``seal.json`` holds an Ed25519 signature over ``SEAL_CONTEXT`` + the stamp
    bytes, made by ``presskit sign`` with the key that signs the manifest, and checked with the
    public key of the kit's *valid* manifest signature.

Anything else (an unsigned kit's index from another computer, a damaged or rewritten one) is not
used: readers rebuild the index from the kit's files into their cache. The stamp records the manifest
it was built for, so a vouched-for stamp also ties the index to that manifest.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import os
import secrets
import stat
import threading
from pathlib import Path
from typing import Any

from ..safeload import DataError, Limits, load_json

STAMP_NAME = "stamp.json"
SEAL_NAME = "seal.json"
LOCAL_SEAL_NAME = "local-seal"
#: Files of an index that the stamp does not list (they vouch for it).
UNLISTED = {STAMP_NAME, SEAL_NAME, LOCAL_SEAL_NAME}
#: What a publisher's seal signs, before the stamp bytes (never confused with a manifest signature).
SEAL_CONTEXT = b"presskit index stamp v1\n"
#: The stamp lists the index's files: 22 KB and under 1,000 values at 100,000 pages (145 files).
STAMP_LIMITS = Limits(max_bytes=1 << 20, max_values=50_000, max_string=4096)
MAX_FILES = 20_000
CHUNK = 1 << 20


# --- listing -------------------------------------------------------------------------------------

_memo = threading.local()


def remembering_hashes(fn):
    """Run ``fn`` remembering, on this thread and for that call only, the sha256 of each index file
    hashed. A build verifies its previous index by hashing every file, hard-links most of them into
    the new index and lists the new index's files with their sha256: each is read once, not twice.
    Nothing outlives the call, and nothing the kit says is taken as a hash."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        outer = getattr(_memo, "hashes", None)
        if outer is None:
            _memo.hashes = {}
        try:
            return fn(*args, **kwargs)
        finally:
            if outer is None:
                _memo.hashes = None
    return wrapper


def _hash(path: Path, memo: dict | None = None) -> str:
    if memo is not None:
        st = os.stat(path)
        key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)  # a hard link is the same file
        if key in memo:
            return memo[key]
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    digest = h.hexdigest()
    if memo is not None:
        memo[key] = digest
    return digest


#: indexes smaller than this are hashed on one thread (a second thread costs more than it saves)
PARALLEL_BYTES = 8 << 20


def _hash_many(paths: list[Path], sizes: list[int]) -> list[str]:
    """sha256 of each of ``paths`` (``sizes``: their sizes), on two threads when it pays: hashlib
    releases the GIL, so opening a large index takes half the time on two cores. Raises OSError."""
    memo = getattr(_memo, "hashes", None)
    out: list[str | OSError | None] = [None] * len(paths)
    order = iter(sorted(range(len(paths)), key=lambda i: -sizes[i]))  # the largest first

    def work() -> None:
        for i in order:  # shared by both threads: next() on it is atomic
            try:
                out[i] = _hash(paths[i], memo)
            except OSError as e:
                out[i] = e

    if sum(sizes) > PARALLEL_BYTES and len(paths) > 1:
        helper = threading.Thread(target=work, name="presskit-hash")
        helper.start()
        work()
        helper.join()
    else:
        work()
    for r in out:
        if isinstance(r, OSError):
            raise r
    return out  # type: ignore[return-value]


def list_files(index_dir: Path) -> dict[str, dict[str, Any]]:
    """Every file of an index folder but the stamp and the seals: ``{rel: {"sha256", "bytes"}}``.

    Written into the stamp by :class:`presskit.index.writer.IndexWriter` when it finishes.
    """
    index_dir = Path(index_dir)
    found: dict[str, tuple[Path, int]] = {}
    for dirpath, _dirs, files in os.walk(index_dir):
        for name in files:
            p = Path(dirpath) / name
            rel = p.relative_to(index_dir).as_posix()
            if rel in UNLISTED:
                continue
            found[rel] = (p, p.stat().st_size)
    rels = sorted(found)
    shas = _hash_many([found[r][0] for r in rels], [found[r][1] for r in rels])
    return {rel: {"sha256": sha, "bytes": found[rel][1]} for rel, sha in zip(rels, shas)}


def read_stamp_bytes(index_dir: Path) -> bytes | None:
    try:
        return (Path(index_dir) / STAMP_NAME).read_bytes()[: STAMP_LIMITS.max_bytes + 1]
    except OSError:
        return None


def parse_stamp(raw: bytes | None) -> dict[str, Any] | None:
    """A stamp's content, or None when it is missing, damaged or past the limits."""
    if raw is None:
        return None
    try:
        stamp = load_json(raw, STAMP_NAME, STAMP_LIMITS)
    except DataError:
        return None
    return stamp if isinstance(stamp, dict) else None


def listing(stamp: dict[str, Any] | None) -> dict[str, dict[str, Any]] | None:
    """The stamp's file list when it is well formed (relative names inside the index), else None."""
    files = (stamp or {}).get("files")
    if not isinstance(files, dict) or not files or len(files) > MAX_FILES:
        return None
    for rel, entry in files.items():
        parts = rel.split("/")
        if (not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str)
                or not isinstance(entry.get("bytes"), int) or entry["bytes"] < 0
                or any(p in ("", ".", "..") for p in parts) or "\\" in rel or ":" in rel or rel in UNLISTED):
            return None
    return files


def intact(index_dir: Path, stamp: dict[str, Any] | None) -> bool:
    """Exactly the files the stamp lists are in ``index_dir`` (regular files, no links), and match."""
    files = listing(stamp)
    if files is None:
        return False
    index_dir = Path(index_dir)
    found: dict[str, os.stat_result] = {}
    try:
        for dirpath, dirs, names in os.walk(index_dir):
            for d in dirs:
                if os.path.islink(os.path.join(dirpath, d)):
                    return False
            for name in names:
                p = Path(dirpath) / name
                rel = p.relative_to(index_dir).as_posix()
                if rel in UNLISTED:
                    continue
                st = os.lstat(p)
                if not stat.S_ISREG(st.st_mode) or rel not in files or st.st_size != files[rel]["bytes"]:
                    return False
                found[rel] = st
        if set(found) != set(files):
            return False
        shas = _hashes(index_dir, found)
        return all(hmac.compare_digest(shas[rel], files[rel]["sha256"]) for rel in files)
    except OSError:
        return False


def _hashes(index_dir: Path, found: dict[str, os.stat_result]) -> dict[str, str]:
    """sha256 of each file of ``found`` (``{rel: its lstat}``): remembered ones
    (:mod:`presskit.index.hashmemo`, where file times can be believed) are not read again."""
    from . import hashmemo

    memo = hashmemo.stamps_trustworthy(index_dir)
    started = hashmemo.now_ns()
    known = hashmemo.recall(index_dir, local_secret()) if memo else {}
    idents = {rel: hashmemo.identity(st) for rel, st in found.items()}
    out = {rel: known[rel][1] for rel, ident in idents.items() if rel in known and known[rel][0] == ident}
    thread_memo = getattr(_memo, "hashes", None)
    if thread_memo is not None:  # a build lists the files it hard-links from this index: no reading
        for rel in out:
            thread_memo[idents[rel][:4]] = out[rel]
    todo = sorted(rel for rel in found if rel not in out)
    if todo:
        out.update(zip(todo, _hash_many([index_dir / rel for rel in todo], [found[rel].st_size for rel in todo])))
        if memo:
            hashmemo.remember(index_dir, {rel: (idents[rel], out[rel]) for rel in found}, started,
                              local_secret())
    return out


# --- this computer's seal ------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def local_secret() -> bytes:
    """This computer's (this user's) secret for sealing indexes it built; read once per process.

    Kept in the user's data folder, readable by the user only. Where that folder cannot be written,
    a secret for this process alone is used (indexes are then trusted only while it runs).
    """
    from ..locations import user_data

    path = user_data() / "index-seal.key"
    try:
        data = path.read_bytes()
        if len(data) == 32:
            return data
    except OSError:
        pass
    key = secrets.token_bytes(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(3)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(key)
        try:
            os.link(tmp, path)  # never replaces a secret another process just wrote
        except FileExistsError:
            pass
        finally:
            os.unlink(tmp)
        data = path.read_bytes()
        return data if len(data) == 32 else key
    except OSError:
        return key


def _mac(stamp_bytes: bytes) -> str:
    return hmac.new(local_secret(), b"presskit index built here\n" + stamp_bytes, hashlib.sha256).hexdigest()


def write_local_seal(index_dir: Path, stamp_bytes: bytes) -> None:
    from ..fsutil import atomic_write_bytes

    atomic_write_bytes(Path(index_dir) / LOCAL_SEAL_NAME, _mac(stamp_bytes).encode("ascii"))


def locally_sealed(index_dir: Path, stamp_bytes: bytes | None) -> bool:
    if stamp_bytes is None:
        return False
    try:
        seal = (Path(index_dir) / LOCAL_SEAL_NAME).read_bytes()[:200].decode("ascii", "replace").strip()
    except OSError:
        return False
    return hmac.compare_digest(seal, _mac(stamp_bytes))


# --- the publisher's seal ------------------------------------------------------------------------

def seal_bytes(stamp_bytes: bytes, private_key) -> bytes:
    """``seal.json`` for a stamp, signed with an Ed25519 private key (see :mod:`presskit.kit.signing`)."""
    from cryptography.hazmat.primitives import serialization

    pub = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    data = {"algorithm": "ed25519", "public_key": base64.b64encode(pub).decode("ascii"),
            "stamp_sha256": hashlib.sha256(stamp_bytes).hexdigest(),
            "signature": base64.b64encode(private_key.sign(SEAL_CONTEXT + stamp_bytes)).decode("ascii")}
    return (json.dumps(data, indent=1) + "\n").encode("utf-8")


def publisher_sealed(seal_raw: bytes | None, stamp_bytes: bytes | None, public_key: bytes | None) -> bool:
    """Whether ``seal_raw`` (a ``seal.json``) is a valid signature of the stamp by ``public_key``."""
    if not seal_raw or stamp_bytes is None or not public_key:
        return False
    try:
        seal = load_json(seal_raw, SEAL_NAME, Limits(max_bytes=16 << 10, max_values=64, max_string=1024))
        sig = base64.b64decode(seal["signature"], validate=True)
        pub = base64.b64decode(seal["public_key"], validate=True)
    except (DataError, KeyError, TypeError, ValueError):
        return False
    if pub != public_key or len(sig) != 64:
        return False
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(sig, SEAL_CONTEXT + stamp_bytes)
    except (InvalidSignature, ValueError):
        return False
    return True


def _read(path: Path, limit: int = 1 << 16) -> bytes | None:
    try:
        with open(path, "rb") as f:
            return f.read(limit)
    except OSError:
        return None


# --- the verdict ---------------------------------------------------------------------------------

def vouched(index_dir: Path, public_key: bytes | None = None) -> bool:
    """The stamp is sealed by this computer, or signed by ``public_key`` (the kit's publisher)."""
    raw = read_stamp_bytes(index_dir)
    return locally_sealed(index_dir, raw) or publisher_sealed(_read(Path(index_dir) / SEAL_NAME), raw, public_key)


def trusted(index_dir: Path | None, public_key: bytes | None = None) -> bool:
    """Vouched for and intact: its content may be used (searched, or reused as an extraction cache)."""
    if index_dir is None or not Path(index_dir).is_dir():
        return False
    if not vouched(index_dir, public_key):
        return False
    return intact(index_dir, parse_stamp(read_stamp_bytes(index_dir)))
