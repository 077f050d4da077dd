"""Opening a kit: the one function for a kit folder or a single-file ``.presskit`` kit.

:func:`open_kit` reads the manifest (a folder's, or the archive's in place, see
:mod:`presskit.kit.archive`), then picks the index to search: the first *fresh* one among the kit's
own (``KIT/index``, the packed index of a ``.presskit`` file, the bundled sample kit's prebuilt
``index/``, or the one given) and the reader's cache. When none is fresh, ``kit.index_dir`` is where
the kit's own index should be (the cache for a packed kit) and its status says stale or missing: a
reader then builds one in the cache with :func:`presskit.build.index_kit`, never in the kit.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..index.damaged import passed_over
from ..index.status import first_trusted, index_status
from ..locations import bundled_index_dir, sample_kit_path
from .format import MANIFEST_NAME, Kit, load_kit

PACKED_SUFFIX = ".presskit"


def is_packed(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a single-file kit (an existing ``.presskit`` file)."""
    p = Path(path)
    return p.is_file() and p.suffix.lower() == PACKED_SUFFIX


def open_kit(path: str | os.PathLike, index_dir: str | os.PathLike | None = None) -> Kit:
    """Open the kit folder or ``.presskit`` file at ``path``; never writes.

    ``index_dir`` forces the kit's own index to be that folder. The index searched is the first one
    that is fresh *and trusted* (:mod:`presskit.index.integrity`: intact, and built on this computer
    or sealed by the key of the manifest's valid signature); otherwise ``kit.index_dir`` is the
    reader's cache, where the index is rebuilt from the kit's files. Raises KitError (or ArchiveError
    for a damaged or hostile ``.presskit`` file) with a sentence saying what is wrong.
    """
    p = Path(path)
    packed = is_packed(p)
    bundled = False
    if packed:
        from .archive import open_packed_kit  # only then: a folder kit needs none of it

        kit: Kit = open_packed_kit(p, with_index=index_dir is None)
    else:
        kit = load_kit(p)
        if index_dir is None and p.resolve() == sample_kit_path().resolve():
            index_dir, bundled = bundled_index_dir(), True
    if index_dir is not None:
        kit.own_index_dir = Path(index_dir)
    # the publisher's key only matters for an index sealed by the publisher (index/seal.json)
    sealed = kit.own_index_dir is not None and (Path(kit.own_index_dir) / "seal.json").is_file()
    kit.publisher_key = _publisher_key(kit) if sealed else None
    if bundled and index_status(kit.own_index_dir, kit.manifest_sha256) == "fresh":
        kit.index_dir = kit.trusted_index = kit.own_index_dir  # part of presskit itself, like its code
        return kit
    # an own index a search found damaged for this very manifest is passed over for the reader's
    # rebuilt one (presskit.index.damaged): it is not chosen, and found damaged, again
    own = None if passed_over(kit, kit.own_index_dir) else kit.own_index_dir
    chosen = first_trusted([own, kit.writable_index_dir()], kit.manifest_sha256, kit.publisher_key)
    # none trusted: point at the kit's own (so its status reads stale or missing; an untrusted fresh
    # one reads stale too, see kit_index_status), and readers rebuild into the cache
    fallback = own if (index_dir is not None or not packed) else None
    kit.index_dir = chosen or fallback or kit.writable_index_dir()
    kit.trusted_index = chosen
    return kit


def _publisher_key(kit: Kit) -> bytes | None:
    """The public key of the kit's manifest signature when it is valid, else None."""
    from .access import kit_read  # here: reading a folder kit's index needs neither archives nor keys
    from .archive import SIGNATURE_NAME
    from .keys import publisher_key

    try:
        return publisher_key(kit_read(kit, MANIFEST_NAME), kit_read(kit, SIGNATURE_NAME),
                             kit.info.key_fingerprint)
    except OSError:
        return None
