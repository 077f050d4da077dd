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

from ..index.status import first_fresh
from ..locations import bundled_index_dir, sample_kit_path
from .archive import open_packed_kit
from .format import Kit, load_kit

PACKED_SUFFIX = ".presskit"


def is_packed(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a single-file kit (an existing ``.presskit`` file)."""
    p = Path(path)
    return p.is_file() and p.suffix.lower() == PACKED_SUFFIX


def open_kit(path: str | os.PathLike, index_dir: str | os.PathLike | None = None) -> Kit:
    """Open the kit folder or ``.presskit`` file at ``path``; never writes.

    ``index_dir`` forces the kit's own index to be that folder. Raises KitError (or ArchiveError for a
    damaged or hostile ``.presskit`` file) with a sentence saying what is wrong.
    """
    p = Path(path)
    packed = is_packed(p)
    if packed:
        kit: Kit = open_packed_kit(p, with_index=index_dir is None)
    else:
        kit = load_kit(p)
        if index_dir is None and p.resolve() == sample_kit_path().resolve():
            index_dir = bundled_index_dir()
    if index_dir is not None:
        kit.own_index_dir = Path(index_dir)
    fallback = kit.own_index_dir if (index_dir is not None or not packed) else None
    kit.index_dir = (first_fresh([kit.own_index_dir, kit.writable_index_dir()], kit.manifest_sha256)
                     or fallback or kit.writable_index_dir())
    return kit
