"""Where presskit keeps things on this computer: its bundled data and the reader's own folders.

Readers never write into a kit (it may be on read-only media, or shared), so everything presskit
writes while reading lives under the user's cache or data folder:

* ``<user_cache_dir>/presskit/indexes/<key>`` an index built for a kit whose own is missing or stale;
* ``<user_cache_dir>/presskit/packed/`` files and indexes extracted from ``.presskit`` files;
* ``<user_cache_dir>/presskit/index-hashes/`` the hashes of unchanged index files (:mod:`presskit.index.hashmemo`);
* ``<user_data_dir>/presskit/seen/`` what a reader has seen of each kit (:mod:`presskit.state`);
* ``<user_data_dir>/presskit/library.json`` the reader's kits and saved searches (:mod:`presskit.library`).

``PRESSKIT_DATA_DIR``, when set, replaces ``<user_data_dir>/presskit`` on every platform: the self-test
and the screenshot tools point it at a temporary folder, so they never add a kit to the reader's
library or change what the reader has marked and seen.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path


def app_root() -> Path:
    """Where bundled data lives: the repository root, or PyInstaller's unpack folder."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else Path(__file__).resolve().parents[1]


def sample_kit_path() -> Path:
    """The bundled sample kit (``assets/sample-kit``)."""
    return app_root() / "assets" / "sample-kit"


def bundled_index_dir() -> Path:
    """The sample kit's prebuilt index, kept apart from the kit folder (``index/``)."""
    return app_root() / "index"


def user_cache() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("presskit", appauthor=False))


def user_data() -> Path:
    explicit = os.environ.get("PRESSKIT_DATA_DIR")
    if explicit:
        return Path(explicit)
    from platformdirs import user_data_dir

    return Path(user_data_dir("presskit", appauthor=False))


def cache_index_dir(kit_location: str | Path, manifest_sha: str) -> Path:
    """Index location for a kit (a folder or a ``.presskit`` file) whose own index cannot be used."""
    key = hashlib.sha256(str(Path(kit_location).resolve()).encode()).hexdigest()[:16]
    return user_cache() / "indexes" / f"{key}-{manifest_sha[:16]}"


def packed_cache_dir() -> Path:
    """Files and indexes extracted from single-file kits."""
    return user_cache() / "packed"


def seen_dir() -> Path:
    """What a reader has seen of each kit."""
    return user_data() / "seen"


def library_file() -> Path:
    """The reader's library: the kits added to it and the saved searches."""
    return user_data() / "library.json"
