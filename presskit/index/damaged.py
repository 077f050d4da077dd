"""A kit's own index found damaged, passed over from then on in favour of the reader's rebuilt one.

An index can be vouched for and intact (every file matches a stamp its publisher sealed) and still
be damaged: its publisher sealed a broken one, or a tool rewrote it and sealed it again. A search
finds out (:class:`presskit.errors.SearchIndexError`), and the reader rebuilds an index from the kit's
files into the user cache (:meth:`presskit.kit.format.Kit.writable_index_dir`, never the kit).

So that the next opening does not choose the damaged index again, :func:`remember_damaged` writes a
record beside that cache folder (``<user cache>/presskit/indexes/<kit>-<manifest>.damaged``): an
HMAC, under this computer's secret (:func:`presskit.index.integrity.local_secret`), of the kit's
manifest sha256 and the damaged index's stamp sha256. :func:`passed_over` is true only while both
are exactly those: the same manifest (which lists every item's sha256: the same kit contents) and the
same damaged index. A new edition of the kit, or another index sealed for it, is tried afresh.

The rebuilt index stays a cache like any other: it is searched only when fresh for the manifest and
trusted (sealed by this computer, every file matching its stamp), deleting it or the record is
always safe (the kit's files are the truth), and nothing is ever written into the kit.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from .integrity import local_secret, read_stamp_bytes

SUFFIX = ".damaged"


def _record_path(kit) -> Path:
    cache = Path(kit.writable_index_dir())
    return cache.with_name(cache.name + SUFFIX)


def _mac(manifest_sha256: str, stamp: bytes) -> str:
    msg = f"presskit damaged index\n{manifest_sha256}\n{hashlib.sha256(stamp).hexdigest()}\n".encode()
    return hmac.new(local_secret(), msg, hashlib.sha256).hexdigest()


def _foreign(kit, index_dir: Path | None) -> bool:
    """Whether ``index_dir`` is an index other than the reader's cache for this kit."""
    return index_dir is not None and Path(index_dir) != Path(kit.writable_index_dir())


def remember_damaged(kit) -> bool:
    """A search found the index ``kit`` searches damaged: remember it, and point ``kit`` at the reader's
    cache (so its index status reads as missing or stale until it is rebuilt there).

    Returns False, remembering nothing, when the damaged index is the reader's own cache already (a
    rebuild replaces it in place) or has no stamp. A record that cannot be written (a read-only
    cache) only means the damage is found again at the next opening.
    """
    damaged = kit.index_dir
    stamp = read_stamp_bytes(damaged) if _foreign(kit, damaged) else None
    if stamp is None:
        return False
    from ..fsutil import atomic_write_bytes

    record = _record_path(kit)
    try:
        record.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(record, _mac(kit.manifest_sha256, stamp).encode("ascii"))
    except OSError:
        pass
    kit.index_dir = kit.writable_index_dir()
    kit.trusted_index = None
    return True


def passed_over(kit, index_dir: Path | None) -> bool:
    """Whether ``index_dir`` (a kit's own index) was found damaged for exactly this manifest and is
    still that same index (its stamp unchanged): the reader's rebuilt cache is searched instead."""
    if not _foreign(kit, index_dir):
        return False
    try:
        recorded = _record_path(kit).read_bytes()[:200].decode("ascii", "replace").strip()
    except OSError:
        return False
    stamp = read_stamp_bytes(index_dir)
    return stamp is not None and hmac.compare_digest(recorded, _mac(kit.manifest_sha256, stamp))
