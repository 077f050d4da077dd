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
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Callable

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .. import kitswap
from ..build import index_kit
from ..errors import ArchiveError, Cancelled, KitError, SignatureError
from ..fsutil import atomic_write_bytes, disk_errors, link_or_copy, link_tree, sha256_file
from ..index.status import first_trusted
from ..model import Item
from ..plaintext import mask_fingerprints, plain
from ..safeload import DataError, Limits, load_json
from .access import Folder, as_kit, kit_files, kit_open, kit_read
from .archive import (
    PACK_MARKER, PACK_SIGNATURE, SIGNATURE_NAME, PackWriter, marker_bytes, read_marker, refuse_inside,
)
from .format import (
    INDEX_DIRNAME, KIT_TOML, MANIFEST_NAME, RESERVED_NAMES, load_kit, load_manifest_json, manifest_sequence,
    parse_manifest,
)
from .keys import load_private_key, parse_signature, public_fingerprint, raw_public, same_fingerprint
from .safearchive import SafeArchive
from .signing import read_trust_basics

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


def _manifests(old: Any, new: Any, out_file: str | os.PathLike) -> tuple[bytes, bytes]:
    """The two kits' manifests, once it is clear an update between them makes sense and is not written
    into either kit folder."""
    for k in (old, new):
        if not getattr(k, "archive_path", None):  # a folder kit
            refuse_inside(k.root, out_file)
    old_manifest, new_manifest = kit_read(old, MANIFEST_NAME), kit_read(new, MANIFEST_NAME)
    if old_manifest is None or new_manifest is None:
        raise KitError("Both kits must be built (have a manifest.json) to make an update.")
    if old_manifest == new_manifest:  # it said the new kit "was not signed after the old one"
        raise KitError("The old and the new kit are the same edition (their manifests are identical): there is "
                       "nothing to put in an update. Build and sign the new edition first.")
    return old_manifest, new_manifest


def make_update(old_kit: Any, new_kit: Any, out_file: str | os.PathLike,
                progress: ProgressFn | None = None, cancel: CancelFn | None = None,
                key: str | os.PathLike | Ed25519PrivateKey | None = None,
                password: bytes | None = None) -> UpdateSummary:
    """Write an update pack turning ``old_kit`` into ``new_kit`` (paths or opened kits).

    When the new kit is signed, ``key`` (the same publisher key, a path or a loaded key) signs the
    pack's description: readers refuse a signed kit's update whose description is not signed.
    """
    old, new = as_kit(old_kit), as_kit(new_kit)
    old_manifest, new_manifest = _manifests(old, new, out_file)
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
    old_seq = manifest_sequence(load_manifest_json(old_manifest))
    new_seq = manifest_sequence(load_manifest_json(new_manifest))
    if new_status == "signed" and new_seq <= old_seq:
        raise SignatureError("The new kit was not signed after the old one (its edition number is not "
                             "higher); readers would refuse it as older. Sign the new kit again.")
    private = _description_key(key, password, new_status, new_fp)
    summary = UpdateSummary(Path(out_file), signed=new_status == "signed")
    ship = _changes(old_items, new_items, summary)
    marker = marker_bytes("update", new_manifest, base_manifest_sha256=hashlib.sha256(old_manifest).hexdigest(),
                          sequence=new_seq, base_sequence=old_seq, title=new_info.title,
                          added=summary.added, changed=summary.changed, removed=summary.removed)
    with disk_errors(Path(out_file), "update pack"):
        w = PackWriter(out_file, progress, cancel, sum(it.bytes for it in ship))
        try:
            w.start()
            w.add_bytes(PACK_MARKER, marker)
            if private is not None:
                w.add_bytes(PACK_SIGNATURE, description_signature(marker, private))
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


def _description_key(key, password: bytes | None, new_status: str, new_fp: str) -> Ed25519PrivateKey | None:
    """The key that signs an update's description: required (and the new kit's) when it is signed."""
    if new_status != "signed":
        return None
    if key is None:
        raise SignatureError("The new kit is signed, so the update's description must be signed too: give "
                             "the publisher key (presskit diff OLD NEW -o UPDATE --key KEYFILE).")
    private = key if isinstance(key, Ed25519PrivateKey) else load_private_key(key, password)
    if not same_fingerprint(public_fingerprint(private), new_fp):
        raise SignatureError(f"That key ({public_fingerprint(private)}) is not the one that signed the new kit "
                             f"({new_fp}).")
    return private


def _changes(old_items: list[Item], new_items: list[Item], summary: UpdateSummary) -> list[Item]:
    """Fill in what the update adds, changes and removes; return the items to ship."""
    old_by_path = {it.path: it for it in old_items}
    new_paths = {it.path for it in new_items}
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
    return ship


#: What the signature of an update's description signs, before the description's bytes.
DESCRIPTION_CONTEXT = b"presskit update description v1\n"


def description_signature(marker: bytes, key: Ed25519PrivateKey) -> bytes:
    """``.presskit/pack.sig``: the publisher's signature over an update's description."""
    import base64
    import json

    data = {"algorithm": "ed25519", "public_key": base64.b64encode(raw_public(key)).decode("ascii"),
            "fingerprint": public_fingerprint(key), "description_sha256": hashlib.sha256(marker).hexdigest(),
            "signature": base64.b64encode(key.sign(DESCRIPTION_CONTEXT + marker)).decode("ascii")}
    return (json.dumps(data, indent=1) + "\n").encode("utf-8")


def _description_signed_by(arc: SafeArchive, public_key: bytes) -> bool:
    """Whether the pack's description carries a valid signature by ``public_key``."""
    import base64

    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if PACK_SIGNATURE not in arc or PACK_MARKER not in arc:
        return False
    try:
        data = load_json(arc.read(PACK_SIGNATURE, max_bytes=64 << 10), PACK_SIGNATURE,
                         Limits(max_bytes=64 << 10, max_depth=4, max_string=4096, max_values=64))
        sig = base64.b64decode(data["signature"], validate=True)
        pub = base64.b64decode(data["public_key"], validate=True)
        marker = arc.read(PACK_MARKER, max_bytes=64 << 20)
        if pub != public_key:
            return False
        Ed25519PublicKey.from_public_bytes(pub).verify(sig, DESCRIPTION_CONTEXT + marker)
    except (DataError, ArchiveError, KeyError, TypeError, ValueError, InvalidSignature):
        return False
    return True


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
        """One line, plain text (the publisher's name masked like everywhere next to a fingerprint)."""
        who = f"signed by {mask_fingerprints(self.publisher, 80)} ({self.fingerprint})" if self.signed else "unsigned"
        if not (self.added or self.changed or self.removed) and self.note:
            return self.note
        return (f"Update applied ({who}): {len(self.added)} new, {len(self.changed)} changed, "
                f"{len(self.removed)} removed." + (f" {self.note}" if self.note else ""))


def recover(kit_root: str | os.PathLike) -> str:
    """Tidy after an interrupted apply; return what was done ('' if nothing). See
    :func:`presskit.kitswap.recover`."""
    return kitswap.recover(Path(kit_root), (STAGE_TAG,))


STAGE_TAG = "apply"


@dataclass
class UpdatePlan:
    """What applying a pack to a kit would do, decided from signed content only (the pack's manifest
    and signature, the signed description, the kit's own manifest), never from unsigned text.

    The viewer shows it before asking; :func:`apply_update` makes it again and does exactly it.
    """

    kit: Path
    kind: str
    signed: bool = False
    publisher: str = ""
    fingerprint: str = ""
    note: str = ""
    title: str = ""
    up_to_date: bool = False
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    #: path -> title, for every path above (the new manifest's, or the kit's for removed items)
    titles: dict[str, str] = field(default_factory=dict)
    new_manifest: bytes = field(default=b"", repr=False)
    new_items: list[Item] = field(default_factory=list, repr=False)
    old_items: list[Item] = field(default_factory=list, repr=False)


def plan_update(kit_root: str | os.PathLike, pack: str | os.PathLike) -> UpdatePlan:
    """Check a pack against a kit folder and say what applying it would do (nothing is written).

    Raises SignatureError/ArchiveError/KitError with a sentence when the pack would be refused.
    """
    root = Path(kit_root)
    if not (root / MANIFEST_NAME).is_file():
        raise KitError(f"{root} is not a built kit (no {MANIFEST_NAME}); an update needs the kit it updates.")
    with SafeArchive(pack) as arc:
        return _plan_update(root, arc, pack)


def _plan_update(root: Path, arc: SafeArchive, pack) -> UpdatePlan:
    new_manifest, new_info, new_items = _read_pack(arc, pack)
    local_raw = (root / MANIFEST_NAME).read_bytes()
    _, old_items, _ = parse_manifest(local_raw, where=str(root / MANIFEST_NAME))
    signed, fp, publisher, note, local_key = _check_trust(root, arc, new_manifest, new_info)
    marker = read_marker(arc)
    plan = UpdatePlan(root, str(marker.get("presskit_pack") or "kit"), signed, publisher, fp, note,
                      plain(new_info.title, 200), new_manifest=new_manifest, new_items=new_items,
                      old_items=old_items)
    if hashlib.sha256(new_manifest).digest() == hashlib.sha256(local_raw).digest():
        plan.up_to_date = True
        plan.note = "The kit already is this edition; nothing was changed."
        return plan
    _check_order(arc, marker, local_raw, new_manifest, local_key)
    _changes(old_items, new_items, plan)  # type: ignore[arg-type] - fills added/changed/removed
    old_titles = {it.path: it.title for it in old_items}
    new_titles = {it.path: it.title for it in new_items}
    plan.titles = {p: plain(new_titles.get(p) or old_titles.get(p) or p, 200)
                   for p in plan.added + plan.changed + plan.removed}
    _sources(arc, old_items, new_items)  # refuses an update that needs files nobody has
    if plan.kind == "update":
        _refuse_unlisted(arc, new_items)
    return plan


def _refuse_unlisted(arc: SafeArchive, new_items: list[Item]) -> None:
    """An update pack holds its description, the new manifest, signature and kit.toml, and files the
    new manifest lists; a file beyond those was put in after the publisher made it."""
    known = {PACK_MARKER, PACK_SIGNATURE, MANIFEST_NAME, SIGNATURE_NAME, KIT_TOML} | {it.path for it in new_items}
    extra = sorted(n for n in arc.names() if n not in known and not n.endswith("/"))
    if extra:
        raise ArchiveError(f"This update holds files its publisher did not list "
                           f"({', '.join(plain(n, 120) for n in extra[:5])}); it was altered after it was "
                           "made. It was not applied; ask the publisher for the update again.")


def _check_order(arc: SafeArchive, marker: dict, local_raw: bytes, new_manifest: bytes,
                 local_key: bytes | None) -> None:
    """Updates move forward only: a newer edition than the kit's, and (for a signed kit's update
    pack) a signed description made for exactly the kit's edition."""
    local_seq = manifest_sequence(load_manifest_json(local_raw))
    new_seq = manifest_sequence(load_manifest_json(new_manifest))
    if (local_key is not None or local_seq) and new_seq <= local_seq:
        raise SignatureError("This update is older than your copy of the kit (or another edition of the "
                             "same day); applying it would bring back what the publisher replaced. It was "
                             "not applied.")
    if marker.get("presskit_pack") != "update" or local_key is None:
        return  # a full kit names no base; an unsigned kit's update is checked by its manifest alone
    if not _description_signed_by(arc, local_key):
        raise SignatureError("This update's description is not signed by the kit's publisher (it was made "
                             "by an older presskit, or altered). It was not applied; ask the publisher for "
                             "a new update, or the full kit.")
    if marker.get("manifest_sha256") != hashlib.sha256(new_manifest).hexdigest() or marker.get("sequence") != new_seq:
        raise ArchiveError("This update's description does not match its contents. It was not applied.")
    if marker.get("base_manifest_sha256") != hashlib.sha256(local_raw).hexdigest():
        raise ArchiveError("This update was made for another edition of the kit than yours. Apply the "
                           "earlier updates first, or get the full kit. Nothing was changed.")


def _check_trust(root: Path, arc: SafeArchive, new_manifest: bytes,
                 new_info) -> tuple[bool, str, str, str, bytes | None]:
    """Apply the trust rules of the module docstring.

    Returns (signed, fingerprint, publisher, note, the local kit's public key or None).
    """
    local_sig, _m, local_status = read_trust_basics(Folder(root))
    if local_status in ("modified", "bad-signature"):
        raise SignatureError(f"The kit at {root} no longer matches its own signature (or its signature was "
                             "removed), so presskit cannot tell which publisher key to trust. Get a fresh "
                             "copy of the kit.")
    raw = arc.read(SIGNATURE_NAME, max_bytes=1 << 20) if SIGNATURE_NAME in arc else None
    pack_sig = None
    if raw is None and new_info.key_fingerprint:
        raise SignatureError("The update names a publisher key but carries no signature; it was altered. "
                             "It was not applied.")
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
    who = mask_fingerprints(new_info.publisher or (pack_sig.publisher if pack_sig else ""), 80)
    if local_status == "signed":
        assert local_sig is not None
        if pack_sig is None:
            raise SignatureError(f"This kit is signed by {mask_fingerprints(local_sig.publisher, 80) or 'its publisher'} "
                                 "but the update is not signed, so it cannot be shown to come from them. It was "
                                 "not applied.")
        if not same_fingerprint(local_sig.fingerprint, pack_sig.fingerprint):
            raise SignatureError(f"The update is signed with another key ({pack_sig.fingerprint}) than this "
                                 f"kit ({local_sig.fingerprint}); it does not come from the same publisher. "
                                 "It was not applied.")
        return True, pack_sig.fingerprint, who, "", local_sig.public_key
    if pack_sig is not None:
        return True, pack_sig.fingerprint, who, "The kit was unsigned; it is now signed by this publisher.", None
    return False, "", "", "Neither the kit nor the update is signed: nothing shows where they come from.", None


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
    if not (root / MANIFEST_NAME).is_file() and not (root / kitswap.JOURNAL).is_file():
        raise KitError(f"{root} is not a built kit (no {MANIFEST_NAME}); an update needs the kit it updates.")

    def check() -> None:
        if cancel is not None and cancel():
            raise Cancelled()

    with disk_errors(root, "update"), kitswap.kit_lock(root, "update"), SafeArchive(pack) as arc:
        recover(root)
        plan = _plan_update(root, arc, pack)
        result = ApplyResult(root, list(plan.added), list(plan.changed), list(plan.removed), plan.publisher,
                             plan.fingerprint, plan.signed, plan.note)
        if plan.up_to_date:
            result.seconds = time.monotonic() - t0
            return result
        sources = _sources(arc, plan.old_items, plan.new_items)
        staged = kitswap.stage_dir(root, STAGE_TAG)
        try:
            _copy_items(root, arc, staged, sources, progress, cancel, check)
            managed = {it.path for it in plan.old_items} | {it.path for it in plan.new_items}
            _carry_over(root, arc, staged, managed, plan.signed)
            atomic_write_bytes(staged / MANIFEST_NAME, plan.new_manifest)
            check()
            if reindex:
                result.indexed = _reindex(staged, progress, cancel)
            check()
            kitswap.checkpoint("before-swap")
            kitswap.commit(staged, root)
        except BaseException:
            kitswap.discard(staged)
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


def _sources(arc: SafeArchive, old_items: list[Item], new_items: list[Item]) -> list[tuple[Item, str, str]]:
    """Where each new item comes from: ``(item, "pack" | "local", local path)``. Refused when an item
    is neither in the pack nor in the kit."""
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
    if lacking:
        raise ArchiveError(f"This update needs files that are neither in it nor in your copy of the kit "
                           f"({', '.join(plain(p, 120) for p in sorted(lacking)[:5])}). Apply the earlier "
                           "updates first, or get the full kit.")
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
    d = first_trusted([kit.own_index_dir, kit.writable_index_dir()], kit.manifest_sha256)
    return d if d is not None and (d / "store.sqlite").is_file() else None


def _reindex(staged: Path, progress: ProgressFn | None, cancel: CancelFn | None) -> bool:
    index_kit(load_kit(staged), staged / INDEX_DIRNAME, progress=progress, cancel=cancel)
    return True
