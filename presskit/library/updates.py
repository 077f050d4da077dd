"""Update packs for a library: each pack goes to the kit of the same publisher key, and no other.

A reader with many kits imports the day's update packs without saying which kit each is for:
:func:`choose_kit` finds it, and :func:`apply_to_library` applies it with
:func:`presskit.kit.updates.apply_update` (which checks the trust rules again, stages and swaps).

Decided rules for choosing the kit:

* a **signed** pack goes only to a kit validly signed with the **same key** (same fingerprint); among
  several, the one whose manifest the pack was made against, else the one with the same title. An
  unsigned kit, or one whose signature fails, never receives it here (``presskit apply KIT PACK``
  still can, under its own rules, when the reader names the kit);
* an **unsigned** pack goes only to an unsigned kit whose manifest is exactly the one the pack was
  made against: nothing else shows the pack belongs to it;
* single-file kits (``.presskit``) and absent kits are never updated (presskit never modifies a
  ``.presskit`` file; get the new one).

No match: a :class:`~presskit.errors.LibraryError` saying why, and nothing is changed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import LibraryError, SignatureError
from ..kit.archive import SIGNATURE_NAME, read_marker
from ..kit.format import MANIFEST_NAME, parse_manifest
from ..kit.keys import same_fingerprint
from ..kit.safearchive import SafeArchive
from ..kit.signing import parse_signature
from ..kit.updates import ApplyResult, apply_update
from .catalog import KitEntry, Library

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


@dataclass
class PackFacts:
    """Who signed an update pack, and which manifest it was made against."""

    title: str
    fingerprint: str  # "" when unsigned
    publisher: str
    base_manifest_sha256: str


def pack_facts(pack: str | os.PathLike) -> PackFacts:
    """Read a pack's marker, manifest and signature (not the files). Raises ArchiveError/SignatureError."""
    with SafeArchive(pack) as arc:
        marker = read_marker(arc)
        if MANIFEST_NAME not in arc:
            raise LibraryError(f"{Path(pack).name} has no manifest.json, so it is not a presskit update.")
        manifest = arc.read(MANIFEST_NAME, max_bytes=256 << 20)
        info, _items, _skipped = parse_manifest(manifest, where=f"the manifest of {Path(pack).name}")
        fp = publisher = ""
        if SIGNATURE_NAME in arc:
            sig = parse_signature(arc.read(SIGNATURE_NAME, max_bytes=1 << 20))
            if not sig.verifies(manifest):
                raise SignatureError(f"The signature of {Path(pack).name} does not match its contents; it may "
                                     "have been tampered with. It was not applied.")
            fp, publisher = sig.fingerprint, info.publisher or sig.publisher
    base = marker.get("base_manifest_sha256") if isinstance(marker.get("base_manifest_sha256"), str) else ""
    return PackFacts(info.title, fp, publisher, base)


def choose_kit(library: Library, facts: PackFacts) -> KitEntry:
    """The one kit of the library this pack may update (see the module's rules)."""
    folders = [e for e in library.kits if not e.packed and e.present]
    if facts.fingerprint:
        same_key = [e for e in folders if e.signature == "signed" and e.fingerprint
                    and same_fingerprint(e.fingerprint, facts.fingerprint)]
        if not same_key:
            raise LibraryError(f"No kit folder in your library is signed with the key of this update "
                               f"({facts.publisher or 'unnamed publisher'}, {facts.fingerprint}); it was not "
                               "applied. Add the kit it updates first.")
        exact = [e for e in same_key if e.manifest_sha256 == facts.base_manifest_sha256]
        titled = [e for e in same_key if e.title == facts.title]
        for group in (exact, titled, same_key):
            if len(group) == 1:
                return group[0]
        raise LibraryError("Several kits in your library are signed with this key and none is the one the "
                           "update was made for; apply it to one with 'presskit apply KIT PACK'.")
    exact = [e for e in folders if e.signature == "unsigned" and e.manifest_sha256
             and e.manifest_sha256 == facts.base_manifest_sha256]
    if len(exact) == 1:
        return exact[0]
    raise LibraryError("This update is not signed, and no unsigned kit in your library is the exact kit it was "
                       "made for; it was not applied. Unsigned updates are applied only to the kit they were "
                       "made from (or with 'presskit apply KIT PACK', naming the kit).")


def apply_to_library(library: Library, pack: str | os.PathLike, progress: ProgressFn | None = None,
                     cancel: CancelFn | None = None) -> tuple[KitEntry, ApplyResult]:
    """Apply ``pack`` to the kit of the library it belongs to; the kit's entry is refreshed."""
    library.load()
    library.refresh()  # signature states as they are now, not as they were when last listed
    entry = choose_kit(library, pack_facts(pack))
    result = apply_update(entry.path, pack, progress=progress, cancel=cancel)
    library.refresh([entry])
    return library.entry(entry.id), result
