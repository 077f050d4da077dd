"""Update packs: the day's new and changed files for a kit a reader already has.

``make_update(OLD, NEW, OUT)`` (publisher) writes a ``.presskit`` archive marked as an update: the new
manifest, its signature, ``kit.toml``, and only the items whose path or content is new. The marker
(``.presskit/pack.json``) records the manifest it was made against and what it adds and removes.

``apply_update(KIT, PACK)`` (reader) checks, then stages, then swaps:

1. **Trust.** The pack's signature must verify over its manifest. Decided rules:

   * local kit signed: the pack must be signed by the **same key** (fingerprints compared); an
     unsigned pack or one signed with another key is refused;
   * local kit unsigned: an unsigned pack is accepted (nobody vouched for the kit anyway); a signed
     pack is accepted too and the kit becomes signed (it is no weaker than accepting unsigned ones);
   * local kit whose own signature no longer matches its manifest: refused, since presskit cannot tell
     which key to trust. Get a fresh copy of the kit.

2. **Completeness.** Every item of the new manifest comes from the pack or from the local copy (same
   sha256, checked by hashing it); otherwise the update is refused ("apply the earlier update first").
   Every file taken from the pack is hashed against the new manifest while it is copied.

3. **Staging.** Everything is prepared in ``.<KIT>.apply-<pid>-<random>/`` next to the kit (same file
   system): unchanged files are hard-linked (copied where links are not supported, e.g. FAT), new
   files are written and fsynced, other local files (sidecars, skipped files) are carried over, the
   new manifest and signature are written, and the index is updated with
   :func:`presskit.build.index_kit`, which re-extracts only files whose sha256 the previous index does
   not hold.

4. **Swap.** On Linux the staged folder and the kit are exchanged atomically with
   ``renameat2(RENAME_EXCHANGE)``; elsewhere with two renames (kit -> ``.<KIT>.old-<pid>``, staged ->
   kit), and the next apply puts the old kit back if a crash fell between the two. Then the old copy
   is deleted. Killed at any moment before the swap, the kit is untouched (the staging folder is
   removed by the next apply); killed after it, the kit is the complete new one.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Callable

from ..build import index_kit
from ..errors import ArchiveError, Cancelled, KitError, SignatureError
from ..fsutil import (atomic_write_bytes, fsync_dir, leftover_pid, link_or_copy, link_tree, pid_alive, sha256_file,
                      swap_dir)
from ..index.status import first_fresh
from ..model import Item
from .archive import PACK_MARKER, SIGNATURE_NAME, PackWriter, marker_bytes, read_marker
from .safearchive import SafeArchive
from .format import INDEX_DIRNAME, KIT_TOML, MANIFEST_NAME, RESERVED_NAMES, load_kit, parse_manifest
from .access import Folder, as_kit, kit_files, kit_open, kit_read
from .keys import same_fingerprint
from .signing import parse_signature, read_trust_basics

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


# ---------------------------------------------------------------------------------------------
# making
# ---------------------------------------------------------------------------------------------

@dataclass
class UpdateSummary:
    path: Path
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    bytes: int = 0
    signed: bool = False


def _trust_of(kit: Any, label: str) -> tuple[str, str]:
    """(status, fingerprint) of a kit's signature over its manifest (files not hashed)."""
    sig, _manifest, status = read_trust_basics(kit)
    if status in ("modified", "bad-signature"):
        raise SignatureError(f"The {label} kit's signature does not match its manifest. Sign it again "
                             "with 'presskit sign' first.")
    return status, (sig.fingerprint if sig else "")


def make_update(old_kit: Any, new_kit: Any, out_file: str | os.PathLike,
                progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> UpdateSummary:
    """Write an update pack turning ``old_kit`` into ``new_kit`` (paths or opened kits)."""
    old, new = as_kit(old_kit), as_kit(new_kit)
    old_manifest, new_manifest = kit_read(old, MANIFEST_NAME), kit_read(new, MANIFEST_NAME)
    if old_manifest is None or new_manifest is None:
        raise KitError("Both kits must be built (have a manifest.json) to make an update.")
    _, old_items, _ = parse_manifest(old_manifest, where=f"the old kit's {MANIFEST_NAME}")
    new_info, new_items, _ = parse_manifest(new_manifest, where=f"the new kit's {MANIFEST_NAME}")
    old_status, old_fp = _trust_of(old, "old")
    new_status, new_fp = _trust_of(new, "new")
    if old_status == "signed" and new_status != "signed":
        raise SignatureError("The old kit is signed but the new one is not; readers would refuse this "
                             "update. Sign the new kit with the same key first.")
    if old_status == "signed" and not same_fingerprint(old_fp, new_fp):
        raise SignatureError(f"The new kit is signed with another key ({new_fp}) than the old one "
                             f"({old_fp}); readers would refuse this update.")
    old_by_path = {it.path: it for it in old_items}
    new_paths = {it.path for it in new_items}
    summary = UpdateSummary(Path(out_file), signed=new_status == "signed")
    ship: list[Item] = []
    for it in sorted(new_items, key=lambda i: i.path):
        before = old_by_path.get(it.path)
        if before is None:
            summary.added.append(it.path)
            ship.append(it)
        elif before.sha256 != it.sha256:
            summary.changed.append(it.path)
            ship.append(it)
    summary.removed = sorted(p for p in old_by_path if p not in new_paths)
    marker = marker_bytes("update", new_manifest, base_manifest_sha256=hashlib.sha256(old_manifest).hexdigest(),
                     title=new_info.title, added=summary.added, changed=summary.changed,
                     removed=summary.removed)
    w = PackWriter(out_file, progress, cancel, sum(it.bytes for it in ship))
    try:
        w.add_bytes(PACK_MARKER, marker)
        w.add_bytes(MANIFEST_NAME, new_manifest)
        for extra in (SIGNATURE_NAME, KIT_TOML):
            data = kit_read(new, extra)
            if data is not None:
                w.add_bytes(extra, data)
        for it in ship:
            try:
                f = kit_open(new, it.path)
            except FileNotFoundError:
                raise ArchiveError(f"{it.path} is listed in the new kit's manifest but missing. Rebuild "
                                   "the new kit first.") from None
            with f:
                w.add_stream(it.path, f, it.bytes, expect_sha=it.sha256)
        w.commit()
    except BaseException:
        w.abort()
        raise
    summary.bytes = Path(out_file).stat().st_size
    return summary


# ---------------------------------------------------------------------------------------------
# applying
# ---------------------------------------------------------------------------------------------

@dataclass
class ApplyResult:
    """What :func:`apply_update` did."""

    kit: Path
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    publisher: str = ""
    fingerprint: str = ""
    signed: bool = False
    note: str = ""
    indexed: bool = False
    seconds: float = 0.0

    def summary(self) -> str:
        who = f"signed by {self.publisher} ({self.fingerprint})" if self.signed else "unsigned"
        return (f"Update applied ({who}): {len(self.added)} new, {len(self.changed)} changed, "
                f"{len(self.removed)} removed." + (f" {self.note}" if self.note else ""))


def recover(kit_root: str | os.PathLike) -> str:
    """Tidy after an interrupted apply; return what was done ('' if nothing).

    Puts the old kit back if the kit folder is missing (a crash between the two renames of the
    non-Linux swap), then removes staging and old folders whose process is gone.
    """
    root = Path(kit_root)
    parent, name = root.parent, root.name
    done = ""
    if not root.exists():
        olds = sorted(parent.glob(f".{name}.old-*"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in olds:
            if (old / MANIFEST_NAME).exists():
                os.replace(old, root)
                done = f"restored the kit from {old.name}"
                break
    for p in list(parent.glob(f".{name}.apply-*")) + list(parent.glob(f".{name}.old-*")):
        pid = leftover_pid(p)
        if pid is not None and pid != os.getpid() and pid_alive(pid):
            continue
        shutil.rmtree(p, ignore_errors=True)
        done = done or "removed leftovers of an interrupted update"
    return done


class _Lock:
    """One apply at a time per kit: ``.<KIT>.apply.lock`` next to it, holding the owner's pid."""

    def __init__(self, root: Path):
        self.path = root.parent / f".{root.name}.apply.lock"

    def __enter__(self) -> "_Lock":
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                try:
                    pid = int(self.path.read_text().strip() or 0)
                except (OSError, ValueError):
                    pid = 0
                if pid and pid_alive(pid):
                    raise KitError(f"Another update is being applied to this kit (process {pid}). Wait "
                                   "for it to finish.") from None
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w") as f:
                f.write(str(os.getpid()))
            return self
        raise KitError(f"Cannot lock {self.path}; remove it if no update is running.")

    def __exit__(self, *exc) -> None:
        self.path.unlink(missing_ok=True)


def _check_trust(root: Path, arc: SafeArchive, new_manifest: bytes, new_info) -> tuple[bool, str, str, str]:
    """Apply the trust rules of the module docstring. Returns (signed, fingerprint, publisher, note)."""
    local = Folder(root)
    local_sig, _m, local_status = read_trust_basics(local)
    if local_status in ("modified", "bad-signature"):
        raise SignatureError(f"The kit at {root} no longer matches its own signature, so presskit cannot "
                             "tell which publisher key to trust. Get a fresh copy of the kit.")
    raw = arc.read(SIGNATURE_NAME, max_bytes=1 << 20) if SIGNATURE_NAME in arc else None
    pack_sig = None
    if raw is not None:
        try:
            pack_sig = parse_signature(raw)
        except SignatureError as e:
            raise SignatureError(f"The update's signature is damaged: {e.message} It was not applied.") from None
        if not pack_sig.verifies(new_manifest):
            raise SignatureError("The update's signature does not match its contents; it may have been "
                                 "tampered with. It was not applied.")
        if new_info.key_fingerprint and not same_fingerprint(new_info.key_fingerprint, pack_sig.fingerprint):
            raise SignatureError("The update names another key than the one that signed it. It was not applied.")
    if local_status == "signed":
        assert local_sig is not None
        if pack_sig is None:
            raise SignatureError(f"This kit is signed by {local_sig.publisher or 'its publisher'} but the update "
                                 "is not signed, so it cannot be shown to come from them. It was not applied.")
        if not same_fingerprint(local_sig.fingerprint, pack_sig.fingerprint):
            raise SignatureError(f"The update is signed with another key ({pack_sig.fingerprint}) than this "
                                 f"kit ({local_sig.fingerprint}); it does not come from the same publisher. "
                                 "It was not applied.")
        return True, pack_sig.fingerprint, new_info.publisher or pack_sig.publisher, ""
    if pack_sig is not None:
        return True, pack_sig.fingerprint, new_info.publisher or pack_sig.publisher, \
            "The kit was unsigned; it is now signed by this publisher."
    return False, "", "", "Neither the kit nor the update is signed: nothing shows where they come from."


def _hash_file(p: Path) -> str | None:
    try:
        return sha256_file(p)
    except OSError:
        return None


def apply_update(kit_root: str | os.PathLike, pack: str | os.PathLike,
                 progress: ProgressFn | None = None, cancel: CancelFn | None = None,
                 reindex: bool = True) -> ApplyResult:
    """Apply the update pack ``pack`` to the kit folder ``kit_root`` (see the module docstring)."""
    t0 = time.monotonic()
    root = Path(kit_root)
    if root.is_file():
        raise KitError(f"{root} is a single-file kit, which presskit never modifies. Apply the update to "
                       "a kit folder, or get the new .presskit file.")
    recover(root)
    if not (root / MANIFEST_NAME).is_file():
        raise KitError(f"{root} is not a built kit (no {MANIFEST_NAME}); an update needs the kit it updates.")

    def check() -> None:
        if cancel is not None and cancel():
            raise Cancelled()

    with _Lock(root), SafeArchive(pack) as arc:
        new_manifest, new_info, new_items = _read_pack(arc, pack)
        signed, fp, publisher, note = _check_trust(root, arc, new_manifest, new_info)
        result = ApplyResult(root, publisher=publisher, fingerprint=fp, signed=signed, note=note)
        _, old_items, _ = parse_manifest((root / MANIFEST_NAME).read_bytes(), where=str(root / MANIFEST_NAME))
        plan = _plan(arc, old_items, new_items, result)
        staged = root.parent / f".{root.name}.apply-{os.getpid()}-{secrets.token_hex(4)}"
        staged.mkdir()
        try:
            _copy_items(root, arc, staged, plan, progress, cancel, check)
            _carry_over(root, arc, staged, {it.path for it in old_items} | {it.path for it in new_items}, signed)
            atomic_write_bytes(staged / MANIFEST_NAME, new_manifest)
            check()
            if reindex:
                result.indexed = _reindex(staged, progress, cancel)
            fsync_dir(staged)
            check()
            swap_dir(staged, root)
            fsync_dir(root.parent)
        except BaseException:
            shutil.rmtree(staged, ignore_errors=True)
            raise
    result.seconds = time.monotonic() - t0
    return result


def _read_pack(arc: SafeArchive, pack) -> tuple[bytes, Any, list[Item]]:
    """The new manifest of an update pack (its bytes, kit info and items)."""
    marker = read_marker(arc)
    if marker and marker.get("presskit_pack") not in ("update", "kit"):
        raise ArchiveError(f"{pack} is not a presskit update.")
    if MANIFEST_NAME not in arc:
        raise ArchiveError(f"{pack} has no {MANIFEST_NAME}, so it is not a presskit update.")
    new_manifest = arc.read(MANIFEST_NAME, max_bytes=256 << 20)
    new_info, new_items, _skipped = parse_manifest(new_manifest, where=f"{pack} ({MANIFEST_NAME})")
    return new_manifest, new_info, new_items


def _plan(arc: SafeArchive, old_items: list[Item], new_items: list[Item],
          result: ApplyResult) -> list[tuple[Item, str, str]]:
    """Where each new item comes from: ``(item, "pack" | "local", local path)``; fills in what the
    update adds, changes and removes. Refused when an item is neither in the pack nor in the kit."""
    old_by_path = {it.path: it for it in old_items}
    old_by_sha: dict[str, Item] = {}
    for it in old_items:
        old_by_sha.setdefault(it.sha256, it)
    plan: list[tuple[Item, str, str]] = []
    lacking: list[str] = []
    for it in new_items:
        if it.path in arc and arc.size(it.path) == it.bytes:
            plan.append((it, "pack", ""))
        elif it.path in old_by_path and old_by_path[it.path].sha256 == it.sha256:
            plan.append((it, "local", it.path))
        elif it.sha256 in old_by_sha:
            plan.append((it, "local", old_by_sha[it.sha256].path))
        else:
            lacking.append(it.path)
        before = old_by_path.get(it.path)
        if before is None:
            result.added.append(it.path)
        elif before.sha256 != it.sha256:
            result.changed.append(it.path)
    if lacking:
        raise ArchiveError(f"This update needs files that are neither in it nor in your copy of the kit "
                           f"({', '.join(sorted(lacking)[:5])}). Apply the earlier updates first, or get "
                           "the full kit.")
    new_paths = {it.path for it in new_items}
    result.removed = sorted(p for p in old_by_path if p not in new_paths)
    return plan


def _copy_items(root: Path, arc: SafeArchive, staged: Path, plan: list[tuple[Item, str, str]],
                progress: ProgressFn | None, cancel: CancelFn | None, check: Callable[[], None]) -> None:
    """Every item of the new manifest into ``staged``, each checked against its sha256."""
    total = sum(it.bytes for it, _, _ in plan)
    done = 0
    for it, source, rel in plan:
        check()
        dst = staged / PurePosixPath(it.path)
        dst.parent.mkdir(parents=True, exist_ok=True)
        if source == "pack":
            if arc.extract(it.path, dst, cancel) != it.sha256:
                raise ArchiveError(f"{it.path} in the update does not match the update's manifest; "
                                   "the update is damaged or was tampered with. It was not applied.")
        else:
            src = root / PurePosixPath(rel)
            if _hash_file(src) != it.sha256:
                raise ArchiveError(f"Your copy of {rel} was modified since it was received, so the "
                                   "update cannot build on it. Get a fresh copy of the kit.")
            link_or_copy(src, dst)
        done += it.bytes
        if progress:
            progress(done, total, it.path)


def _carry_over(root: Path, arc: SafeArchive, staged: Path, managed: set[str], signed: bool) -> None:
    """Into ``staged``: the local files the manifests do not manage (sidecars, skipped files, notes),
    ``kit.toml`` (the pack's, else the kit's), the signature, and the previous index (linked: the
    re-index reuses its extraction cache)."""
    for rel in kit_files(Folder(root)):
        parts = PurePosixPath(rel).parts
        if rel in managed or parts[0] in RESERVED_NAMES or parts[0] == INDEX_DIRNAME:
            continue
        link_or_copy(root / PurePosixPath(rel), staged / PurePosixPath(rel))
    toml = arc.read(KIT_TOML, max_bytes=16 << 20) if KIT_TOML in arc else None
    if toml is not None:
        atomic_write_bytes(staged / KIT_TOML, toml)
    elif (root / KIT_TOML).is_file():
        link_or_copy(root / KIT_TOML, staged / KIT_TOML)
    if signed:
        atomic_write_bytes(staged / SIGNATURE_NAME, arc.read(SIGNATURE_NAME, max_bytes=1 << 20))
    old_index = _current_index_dir(root)
    if old_index is not None:
        link_tree(old_index, staged / INDEX_DIRNAME)


def _current_index_dir(root: Path) -> Path | None:
    """The index the kit uses now (its own, or the reader's cached one), if it has a text store."""
    cand = root / INDEX_DIRNAME
    if (cand / "store.sqlite").is_file():
        return cand
    try:
        kit = load_kit(root)
    except Exception:  # noqa: BLE001 - no usable index: the update builds one
        return None
    d = first_fresh([kit.own_index_dir, kit.writable_index_dir()], kit.manifest_sha256)
    return d if d is not None and (d / "store.sqlite").is_file() else None


def _reindex(staged: Path, progress: ProgressFn | None, cancel: CancelFn | None) -> bool:
    index_kit(load_kit(staged), staged / INDEX_DIRNAME, progress=progress, cancel=cancel)
    return True


def describe_pack(pack: str | os.PathLike) -> dict[str, Any]:
    """The marker of a pack (kind, title, added/changed/removed) for a confirmation dialog."""
    with SafeArchive(pack) as arc:
        data = read_marker(arc)
        if MANIFEST_NAME in arc:
            info, items, _ = parse_manifest(arc.read(MANIFEST_NAME, max_bytes=256 << 20))
            data.setdefault("title", info.title)
            data["publisher"] = info.publisher
            data["items"] = len(items)
        data["signed"] = SIGNATURE_NAME in arc
    return data
