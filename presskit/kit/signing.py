"""Ed25519 signatures over a kit's manifest, and verification of a kit against its signature.

Keys and fingerprints are :mod:`presskit.kit.keys`; files are read through :mod:`presskit.kit.access`.

What is signed: the exact bytes of ``manifest.json``. The manifest lists every item with its sha256,
so one signature covers every file; ``kit.toml`` (the publisher's input) and the index (a cache) are
not covered. ``KIT/signature.json`` holds::

    {"algorithm": "ed25519", "public_key": <base64 raw 32 bytes>, "fingerprint": "AB12 CD34 ...",
     "publisher": "Name", "manifest_sha256": <hex>, "signature": <base64 over manifest bytes>}

Signing order (:func:`sign_kit`), chosen so that the signature always covers the final manifest and a
crash at any point leaves a kit that opens:

1. every file is hashed and compared with the manifest (signing a kit whose files changed since the
   build would produce a kit that fails verification, so it is refused);
2. ``kit.toml`` gets ``publisher`` and ``key_fingerprint`` (atomic write), so the next build carries
   them into the manifest by itself;
3. only if the manifest's kit info does not carry them yet, ``manifest.json`` is rewritten with them
   (same canonical serialisation, other keys kept; atomic write) and a fresh index is re-stamped for
   the new manifest (:func:`presskit.index.status.restamp`);
4. ``signature.json`` is written last (atomic write) over the final manifest bytes.

A crash between 3 and 4 leaves "modified after signing: manifest.json" until ``presskit sign`` is
run again; nothing else is lost. Editing ``kit.toml`` afterwards never invalidates the signature.

Verification (:func:`verify_kit`) checks the signature over the manifest, then every item's sha256
(files are hashed in 1 MiB chunks, on two threads for folder kits, with progress and cancel).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, Callable, Iterable

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..errors import Cancelled, KitError, SignatureError
from ..fsutil import atomic_write_bytes, sha256_stream
from ..index.status import index_status, restamp
from .access import Folder, as_kit, kit_files, kit_open, kit_read, kit_size
from .format import (
    INDEX_DIRNAME, KIT_TOML, MANIFEST_NAME, RESERVED_NAMES, load_manifest_json, manifest_sequence,
    parse_kit_toml, parse_manifest,
)
from ..index.integrity import (
    SEAL_NAME, STAMP_NAME, UNLISTED, listing, parse_stamp, publisher_sealed, seal_bytes, trusted,
)
from ..plaintext import mask_fingerprints, plain
from .keys import (
    ALGORITHM, SignatureInfo, load_private_key, parse_signature, public_fingerprint, raw_public,
    same_fingerprint,
)

SIGNATURE_NAME = "signature.json"

#: Files at any depth that file managers leave behind; never reported as extra files.
_JUNK = {"thumbs.db", "desktop.ini", ".ds_store"}

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]



def _is_generated_or_junk(rel: str) -> bool:
    parts = PurePosixPath(rel).parts
    if not parts:
        return True
    if parts[0] in RESERVED_NAMES or parts[0] == INDEX_DIRNAME:
        return True
    return any(p.startswith(".") or p.lower() in _JUNK for p in parts)


# ---------------------------------------------------------------------------------------------
# hashing
# ---------------------------------------------------------------------------------------------

class _Progress:
    """Thread-safe byte counter that calls ``progress`` at most every 50 ms (and at the end)."""

    def __init__(self, total: int, progress: ProgressFn | None, cancel: CancelFn | None):
        self.total, self.done = total, 0
        self._progress, self._cancel = progress, cancel
        self._lock = threading.Lock()
        self._last = 0.0
        self.cancelled = False

    def add(self, n: int, label: str) -> None:
        with self._lock:
            self.done += n
            now = time.monotonic()
            if self._progress and (now - self._last > 0.05 or self.done >= self.total):
                self._last = now
                self._progress(self.done, self.total, label)

    def check(self) -> None:
        if self.cancelled or (self._cancel is not None and self._cancel()):
            self.cancelled = True
            raise Cancelled()


def hash_stream(f: BinaryIO, counter: _Progress | None = None, label: str = "") -> str:
    """sha256 of ``f``, counted by ``counter`` (which may cancel) when given."""
    if counter is None:
        return sha256_stream(f)
    return sha256_stream(f, counter.check, lambda n: counter.add(n, label))


def check_files(kit: Any, items: Iterable[Any], progress: ProgressFn | None = None,
                cancel: CancelFn | None = None, workers: int | None = None) -> tuple[list[str], list[str], int]:
    """Hash every item file and compare with its manifest sha256.

    Returns ``(changed, missing, bytes_hashed)``; both lists hold relative paths, sorted. A file whose
    size differs from the manifest is reported changed without being read.
    """
    items = list(items)
    todo: list[tuple[Any, int]] = []
    changed: list[str] = []
    missing: list[str] = []
    for it in items:
        size = kit_size(kit, it.path)
        if size is None:
            missing.append(it.path)
        elif size != it.bytes:
            changed.append(it.path)
        else:
            todo.append((it, size))
    counter = _Progress(sum(s for _, s in todo), progress, cancel)

    def one(entry: tuple[Any, int]) -> tuple[str, str | None]:
        it, _ = entry
        try:
            with kit_open(kit, it.path) as f:
                return it.path, hash_stream(f, counter, it.path)
        except FileNotFoundError:
            return it.path, None
        except Cancelled:
            raise
        except Exception:  # unreadable (I/O error, damaged archive member): it is not what was signed
            return it.path, ""

    packed = getattr(kit, "open_member", None) is not None
    n = workers or (1 if packed else min(2, os.cpu_count() or 1))
    if n > 1 and len(todo) > 1:
        with ThreadPoolExecutor(max_workers=n) as pool:
            results = list(pool.map(one, todo))
    else:
        results = [one(e) for e in todo]
    by_path = {it.path: it for it, _ in todo}
    for path, digest in results:
        if digest is None:
            missing.append(path)
        elif digest != by_path[path].sha256:
            changed.append(path)
    if progress:
        progress(counter.total, counter.total, "")
    return sorted(changed), sorted(missing), counter.done


# ---------------------------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------------------------

@dataclass
class TrustReport:
    """What :func:`verify_kit` found.

    ``status`` is one of:

    * ``signed``: the signature is valid and every file matches the manifest;
    * ``unsigned``: no ``signature.json`` (``changed``/``missing`` still say whether files match);
    * ``modified``: validly signed once, but ``changed``/``missing`` name what differs since
      (``manifest.json`` itself when the manifest no longer matches the signature);
    * ``bad-signature``: the signature file is damaged, forged or made with another key than the
      manifest names. Nothing about the kit can be trusted.

    ``extra`` lists files in the kit that the manifest does not mention: the viewer never shows
    them, so they do not change the status.
    """

    status: str
    publisher: str = ""
    fingerprint: str = ""
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    reason: str = ""
    files_checked: int = 0
    bytes_checked: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when the kit is signed and intact."""
        return self.status == "signed"

    @property
    def intact(self) -> bool:
        """True when every file matches the manifest (signed or not)."""
        return not self.changed and not self.missing and self.status != "bad-signature"

    @property
    def shown_publisher(self) -> str:
        """The publisher's name as a kit states it, made safe to show next to a fingerprint: plain
        text, bounded, anything that looks like a fingerprint masked."""
        return mask_fingerprints(self.publisher, 80)

    def summary(self) -> str:
        """One line for a status bar or the CLI (plain text; the fingerprint is the key's)."""
        if self.status == "signed":
            return f"Signed by {self.shown_publisher or 'an unnamed publisher'} ({self.fingerprint})."
        if self.status == "unsigned":
            if self.intact:
                return "Unsigned: nobody vouches for where this kit comes from."
            return f"Unsigned, and {self._what_differs()} since it was built."
        if self.status == "modified":
            who = f" by {self.shown_publisher}" if self.publisher else ""
            return f"Modified after signing{who}: {self._what_differs()}."
        return f"Bad signature: {plain(self.reason, 400) or 'the signature does not match.'}"

    def _what_differs(self) -> str:
        bits = []
        if self.changed:
            bits.append("changed " + ", ".join(plain(c, 120) for c in self.changed[:10])
                        + (" ..." if len(self.changed) > 10 else ""))
        if self.missing:
            bits.append("missing " + ", ".join(plain(m, 120) for m in self.missing[:10])
                        + (" ..." if len(self.missing) > 10 else ""))
        return "; ".join(bits) or "files differ"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["summary"] = self.summary()
        return d


def read_trust_basics(kit: Any) -> tuple[SignatureInfo | None, bytes, str]:
    """``(signature or None, manifest bytes, status)`` without hashing any item file.

    status: 'signed' (signature valid over the manifest), 'unsigned', 'modified' (the manifest
    changed since signing) or 'bad-signature'. Raises nothing but KitError for an unreadable manifest.
    """
    manifest = kit_read(kit, MANIFEST_NAME)
    if manifest is None:
        raise KitError(f"{getattr(kit, 'root', kit)} has no {MANIFEST_NAME}.")
    raw_sig = kit_read(kit, SIGNATURE_NAME)
    if raw_sig is None:
        named = load_manifest_json(manifest).get("kit", {})
        if isinstance(named, dict) and named.get("key_fingerprint"):
            return None, manifest, "bad-signature"  # signed once, signature removed
        return None, manifest, "unsigned"
    try:
        sig = parse_signature(raw_sig)
    except SignatureError:
        return None, manifest, "bad-signature"
    if sig.verifies(manifest):
        return sig, manifest, "signed"
    if hashlib.sha256(manifest).hexdigest() != sig.manifest_sha256:
        return sig, manifest, "modified"
    return sig, manifest, "bad-signature"


def index_problems(kit: Any, public_key: bytes) -> list[str]:
    """The index files of a kit that differ from the publisher's seal (``index/...``), for verify.

    [] when the index holds, or has no seal (an unsealed index is never used: readers rebuild it).
    ``index/stamp.json`` when the seal does not verify.
    """
    prefix = INDEX_DIRNAME + "/"
    seal_raw = kit_read(kit, prefix + SEAL_NAME)
    if seal_raw is None:
        return []
    stamp_raw = kit_read(kit, prefix + STAMP_NAME)
    if not publisher_sealed(seal_raw, stamp_raw, public_key):
        return [prefix + STAMP_NAME]
    files = listing(parse_stamp(stamp_raw)) or {}
    present = {n[len(prefix):] for n in kit_files(kit) if n.startswith(prefix)} - UNLISTED
    bad = [prefix + rel for rel in files if rel not in present]
    for rel in sorted(present):
        entry = files.get(rel)
        try:
            with kit_open(kit, prefix + rel) as f:
                ok = entry is not None and hash_stream(f) == entry["sha256"]
        except OSError:
            ok = False
        except Exception:  # a damaged archive member
            ok = False
        if not ok:
            bad.append(prefix + rel)
    return sorted(bad)


def verify_kit(kit: Any, progress: ProgressFn | None = None, cancel: CancelFn | None = None,
               check_files_too: bool = True, workers: int | None = None) -> TrustReport:
    """Check a kit's signature and every file against its manifest. See :class:`TrustReport`.

    ``kit`` is an opened :class:`presskit.kit.Kit` (folder or packed) or a path. Progress is reported
    in bytes hashed; ``cancel()`` returning True raises :class:`presskit.errors.Cancelled`.
    """
    t0 = time.monotonic()
    kit = as_kit(kit)
    manifest = kit_read(kit, MANIFEST_NAME)
    if manifest is None:
        raise KitError(f"{getattr(kit, 'root', kit)} has no {MANIFEST_NAME}.")
    info, items, skipped = parse_manifest(manifest)
    report = TrustReport(status="unsigned")
    raw_sig = kit_read(kit, SIGNATURE_NAME)
    sig: SignatureInfo | None = None
    if raw_sig is None and info.key_fingerprint:
        # signed once: the manifest names the key. Without the signature nobody vouches for it now,
        # and it must not pass for an ordinary unsigned kit.
        report.status = "bad-signature"
        report.fingerprint = ""
        report.reason = ("the manifest names the publisher key "
                         f"{plain(info.key_fingerprint, 100)} but signature.json is missing: the kit was signed "
                         "and its signature removed. Get a fresh copy from the publisher.")
        report.seconds = time.monotonic() - t0
        return report
    if raw_sig is not None:
        try:
            sig = parse_signature(raw_sig)
        except SignatureError as e:
            report.status, report.reason = "bad-signature", e.message
            report.seconds = time.monotonic() - t0
            return report
        report.fingerprint = sig.fingerprint
        report.publisher = info.publisher or sig.publisher
        if not sig.verifies(manifest):
            if hashlib.sha256(manifest).hexdigest() != sig.manifest_sha256:
                report.status = "modified"
                report.changed = [MANIFEST_NAME]
                report.publisher = sig.publisher
                report.reason = "manifest.json changed after the kit was signed."
            else:
                report.status = "bad-signature"
                report.reason = "the signature does not match the manifest (forged or damaged)."
            report.seconds = time.monotonic() - t0
            return report
        if info.key_fingerprint and not same_fingerprint(info.key_fingerprint, sig.fingerprint):
            report.status = "bad-signature"
            report.reason = (f"the manifest names the key {info.key_fingerprint} but was signed with "
                             f"{sig.fingerprint}.")
            report.seconds = time.monotonic() - t0
            return report
        report.status = "signed"
    if check_files_too:
        changed, missing, nbytes = check_files(kit, items, progress, cancel, workers)
        if sig is not None:
            changed = sorted(changed + index_problems(kit, sig.public_key))
        report.changed, report.missing = changed, missing
        report.files_checked, report.bytes_checked = len(items), nbytes
        known = {it.path for it in items} | {s.get("path") for s in skipped if isinstance(s.get("path"), str)}
        report.extra = sorted(p for p in kit_files(kit) - known if not _is_generated_or_junk(p))
        if report.status == "signed" and (changed or missing):
            report.status = "modified"
    report.seconds = time.monotonic() - t0
    return report


# ---------------------------------------------------------------------------------------------
# signing
# ---------------------------------------------------------------------------------------------

def _toml_string(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid TOML basic string


_TOP_KEY = re.compile(r"^\s*(publisher|key_fingerprint)\s*=")
_TABLE = re.compile(r"^\s*\[")


def set_toml_keys(text: str, values: dict[str, str]) -> str:
    """Set top-level string keys in kit.toml text, keeping every other line as it is."""
    lines = text.splitlines(keepends=True)
    first_table = next((i for i, ln in enumerate(lines) if _TABLE.match(ln)), len(lines))
    todo = dict(values)
    for i in range(first_table):
        m = _TOP_KEY.match(lines[i])
        if m and m.group(1) in todo:
            lines[i] = f"{m.group(1)} = {_toml_string(todo.pop(m.group(1)))}\n"
    if todo:
        new = "".join(f"{k} = {_toml_string(v)}\n" for k, v in todo.items())
        if first_table and lines[first_table - 1:first_table] and not lines[first_table - 1].endswith("\n"):
            lines[first_table - 1] += "\n"
        lines.insert(first_table, new + ("\n" if first_table < len(lines) else ""))
    return "".join(lines)


def _dump_json_like_manifest(data: dict) -> bytes:
    # The serialisation of presskit.kit.dump_manifest, applied to the full dict so unknown keys stay.
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _restamp_index(kit_root: Path, old_sha: str, new_sha: str) -> bool:
    """Tell a fresh index that the manifest changed only in its kit info (publisher, key), not its items."""
    try:
        return restamp(kit_root / INDEX_DIRNAME, old_sha, new_sha)
    except Exception:  # noqa: BLE001 - the index is a cache: at worst it reads as stale and is rebuilt
        return False


@dataclass
class SignResult:
    publisher: str
    fingerprint: str
    manifest_sha256: str
    manifest_rewritten: bool
    index_restamped: bool
    index_sealed: bool = False


def sign_kit(kit_root: str | os.PathLike, key_path: str | os.PathLike, publisher: str | None = None,
             password: bytes | None = None, progress: ProgressFn | None = None,
             cancel: CancelFn | None = None) -> SignResult:
    """Sign a built kit folder with the key at ``key_path``. See the module docstring for the order.

    ``publisher`` defaults to ``publisher`` in kit.toml, then the manifest's publisher, then its
    organisation. Raises SignatureError/KitError with a sentence.
    """
    root = Path(kit_root)
    if not root.is_dir():
        raise KitError(f"{root} is not a kit folder. Sign the folder, then pack it.")
    key = load_private_key(key_path, password)
    fp = public_fingerprint(key)
    mpath = root / MANIFEST_NAME
    try:
        manifest = mpath.read_bytes()
    except FileNotFoundError:
        raise KitError(f"{root} has no {MANIFEST_NAME}. Build it with 'presskit build' first.") from None
    info, items, _ = parse_manifest(manifest, where=str(mpath))

    changed, missing, _n = check_files(Folder(root), items, progress, cancel)
    if changed or missing:
        names = ", ".join((changed + missing)[:10])
        raise SignatureError(f"These files differ from the manifest: {names}. Rebuild the kit with "
                             "'presskit build', then sign it.")

    tpath = root / KIT_TOML
    toml_text = ""
    if tpath.exists():
        try:
            toml_text = tpath.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise KitError(f"Cannot read {tpath} as UTF-8 text.", details=str(e)) from None
        current = parse_kit_toml(toml_text, where=str(tpath)).info
    else:
        current = None
    name = (publisher or (current.publisher if current else "") or info.publisher or info.organisation).strip()
    if not name:
        raise SignatureError("Say who publishes this kit: add publisher = \"Name\" to kit.toml, or "
                             "pass --publisher NAME.")

    # 2. kit.toml
    if current is None:
        toml_text = f"title = {_toml_string(info.title)}\n"
    new_toml = set_toml_keys(toml_text, {"publisher": name, "key_fingerprint": fp})
    check = parse_kit_toml(new_toml, where=str(tpath)).info
    if check.publisher != name or check.key_fingerprint != fp:  # pragma: no cover - defensive
        raise SignatureError(f"Could not update {tpath} safely; set publisher and key_fingerprint by hand.")
    if new_toml != toml_text or current is None:
        atomic_write_bytes(tpath, new_toml.encode("utf-8"))

    # 3. manifest kit info and sequence
    rewritten = restamped = False
    old_sha = hashlib.sha256(manifest).hexdigest()
    data = load_manifest_json(manifest, str(mpath))
    if info.publisher != name or info.key_fingerprint != fp or "sequence" not in data:
        data.setdefault("kit", {})
        data["kit"]["publisher"] = name
        data["kit"]["key_fingerprint"] = fp
        data["sequence"] = next_sequence(manifest_sequence(data))
        manifest = _dump_json_like_manifest(data)
        parse_manifest(manifest, where=str(mpath))
        atomic_write_bytes(mpath, manifest)
        rewritten = True
        restamped = _restamp_index(root, old_sha, hashlib.sha256(manifest).hexdigest())

    # 3b. the index, when it is this computer's and fresh for the final manifest
    sealed = seal_index(root / INDEX_DIRNAME, manifest, key)

    # 4. signature over the final manifest bytes
    atomic_write_bytes(root / SIGNATURE_NAME, signature_bytes_for(manifest, key, name))
    return SignResult(name, fp, hashlib.sha256(manifest).hexdigest(), rewritten, restamped, sealed)


def next_sequence(previous: int) -> int:
    """The edition number a newly signed manifest gets: the signing time in milliseconds since 1970
    (UTC), or one more than the previous manifest's if the clock is behind it. Readers accept an
    update only when its number is higher than their kit's (:mod:`presskit.kit.updates`)."""
    global _last_sequence
    _last_sequence = max(time.time_ns() // 1_000_000, previous + 1, _last_sequence + 1)
    return _last_sequence


_last_sequence = 0


def seal_index(index_dir: Path, manifest: bytes, key: Ed25519PrivateKey) -> bool:
    """Sign the index's stamp (``index/seal.json``) when the index is fresh for ``manifest`` and
    trusted: built on this computer, or already sealed with this key. Returns whether it is sealed.

    An index built elsewhere is never vouched for: it stays unsealed, and readers rebuild it.
    """
    index_dir = Path(index_dir)
    if index_status(index_dir, hashlib.sha256(manifest).hexdigest()) != "fresh":
        return False
    if not trusted(index_dir, raw_public(key)):
        return False
    stamp = (index_dir / STAMP_NAME).read_bytes()
    atomic_write_bytes(index_dir / SEAL_NAME, seal_bytes(stamp, key))
    return True


def signature_bytes_for(manifest: bytes, key: Ed25519PrivateKey, publisher: str) -> bytes:
    """The ``signature.json`` bytes for some manifest bytes (used by tests and update packs)."""
    sig = {
        "algorithm": ALGORITHM,
        "public_key": base64.b64encode(raw_public(key)).decode("ascii"),
        "fingerprint": public_fingerprint(key),
        "publisher": publisher,
        "manifest_sha256": hashlib.sha256(manifest).hexdigest(),
        "signature": base64.b64encode(key.sign(manifest)).decode("ascii"),
    }
    return (json.dumps(sig, indent=1) + "\n").encode("utf-8")
