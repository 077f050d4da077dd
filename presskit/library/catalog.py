"""The library: the kits a reader has added, each with what a list of kits shows, kept on disk.

A reader collects kits from many publishers (folders, ``.presskit`` files, USB sticks). The library
remembers each one by its location, with a snapshot of what the library screen shows (publisher,
event, dates, languages, size, signature state), so the list appears at once and a kit that went
missing (a stick pulled out) is still listed, marked absent, never dropped. Removing a kit forgets
it; its files are never touched. Nothing is ever written into a kit.

The library lives in ``<user data>/presskit/library.json`` (:func:`presskit.locations.library_file`):
plain JSON read with :mod:`presskit.safeload` limits, written atomically; never pickle. A damaged file
is moved aside (``library.json.damaged-DATE``) and the library starts empty, with a notice.
Saved searches live in the same file (:mod:`presskit.library.alerts`).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import threading
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable

from ..errors import KitError, LibraryError, PresskitError
from ..fsutil import atomic_write_bytes
from ..index.status import read_stamp
from ..kit.format import Kit
from ..kit.open import open_kit
from ..kit.signing import read_trust_basics
from ..locations import library_file
from ..safeload import DataError, Limits, load_json
from ..state import last_seen, mark_seen, new_since_last_seen

#: Version of library.json. A reader refuses a newer one rather than lose what it does not know.
LIBRARY_VERSION = 1
#: held while the file is read, changed and written back, so that two threads of one program (the
#: viewer's window and its library thread) never write over each other's change
EDITING = threading.RLock()
_LIMITS = Limits(max_bytes=64 << 20, max_depth=8, max_string=1 << 16, max_values=5_000_000)

#: Signature states a kit can be in (see :class:`presskit.kit.signing.TrustReport`); ``unknown``
#: when the kit could not be read.
SIGNATURE_STATES = ("signed", "unsigned", "modified", "bad-signature", "unknown")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def now_iso() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def location_key(path: str | os.PathLike) -> str:
    """A short, stable id for a kit's location (the folder or the ``.presskit`` file)."""
    resolved = str(Path(path).expanduser().resolve())
    return hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:12]


@dataclass
class KitEntry:
    """One kit of the library: where it is, and a snapshot of what the library screen shows."""

    id: str
    path: str
    title: str = ""
    organisation: str = ""
    publisher: str = ""
    event: str = ""
    start: str | None = None
    end: str | None = None
    languages: list[str] = field(default_factory=list)
    items: int = 0
    pages: int = 0
    bytes: int = 0
    signature: str = "unknown"
    fingerprint: str = ""
    manifest_sha256: str = ""
    packed: bool = False
    new: int = 0  # items added or changed since the reader last opened the kit
    built: str = ""  # the day (ISO) the index that came with the kit was built, when it came with one
    added: str = ""
    checked: str = ""  # when the snapshot was last taken from the kit

    @property
    def present(self) -> bool:
        """Whether the kit is where it was added (a pulled-out stick makes it absent)."""
        p = Path(self.path)
        try:
            return p.is_file() if self.packed else (p / "manifest.json").is_file()
        except OSError:
            return False

    @property
    def label(self) -> str:
        """Who the kit is from, for result labels: the organisation, else the signer, else the title."""
        return self.organisation or self.publisher or self.title or Path(self.path).name

    @property
    def trusted(self) -> bool:
        return self.signature == "signed"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "KitEntry | None":
        if not isinstance(d, dict) or not isinstance(d.get("id"), str) or not isinstance(d.get("path"), str):
            return None
        out: dict[str, Any] = {}
        for f in fields(cls):
            v = d.get(f.name)
            if v is None:
                continue
            want = {"languages": list, "items": int, "pages": int, "bytes": int, "new": int, "packed": bool}.get(f.name, str)
            if isinstance(v, want) and not (want is int and isinstance(v, bool)):
                out[f.name] = [x for x in v if isinstance(x, str)] if want is list else v
        return cls(**out)

    def json_summary(self) -> dict[str, Any]:
        """The ``kit`` field of search results and alerts in ``--json`` output."""
        return {"id": self.id, "title": self.title, "organisation": self.organisation,
                "publisher": self.publisher, "signature": self.signature, "fingerprint": self.fingerprint,
                "path": self.path}


def snapshot(kit: Kit, entry: KitEntry) -> KitEntry:
    """Fill ``entry`` with what ``kit`` says now (manifest, signature over it, what is new)."""
    i = kit.info
    entry.title, entry.organisation, entry.event = i.title, i.organisation, i.event
    entry.start, entry.end, entry.languages = i.start, i.end, list(dict.fromkeys(i.languages))
    entry.items = len(kit.items)
    entry.pages = sum(it.pages for it in kit.items)
    entry.bytes = sum(it.bytes for it in kit.items)
    entry.manifest_sha256 = kit.manifest_sha256
    entry.packed = getattr(kit, "archive_path", None) is not None
    try:
        sig, _manifest, status = read_trust_basics(kit)
    except (PresskitError, OSError):
        sig, status = None, "unknown"
    entry.signature = status
    entry.fingerprint = sig.fingerprint if sig else ""
    entry.publisher = (i.publisher or (sig.publisher if sig else "")) if status == "signed" else i.publisher
    entry.new = len(new_since_last_seen(kit))
    entry.built = built_on(kit)
    entry.checked = now_iso()
    return entry


def built_on(kit: Kit) -> str:
    """The day (ISO) the index that came with ``kit`` says it was built ("" without one): two builds
    of one kit, a copy updated and one not, differ in it."""
    stamp = read_stamp(kit.own_index_dir) if kit.own_index_dir is not None else None
    built = stamp.get("built") if stamp else None
    return built[:10] if isinstance(built, str) and _ISO_DAY.match(built) else ""


def _unchanged(kit: Kit | None, entry: KitEntry) -> Kit | None:
    """``kit`` when it is the kit folder at ``entry`` and its manifest has not changed since it was opened."""
    if kit is None or entry.packed or getattr(kit, "archive_path", None) is not None:
        return None
    try:
        if Path(kit.root).resolve() != Path(entry.path).resolve():
            return None
        raw = (Path(entry.path) / "manifest.json").read_bytes()
    except OSError:
        return None
    return kit if hashlib.sha256(raw).hexdigest() == kit.manifest_sha256 else None


class Library:
    """The reader's kits and saved searches, kept in ``library.json``.

    Every change is written at once (atomically); each change re-reads the file first, so a viewer
    and a ``presskit library`` command run side by side do not undo each other's additions.
    """

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path else library_file()
        self.kits: list[KitEntry] = []
        self.searches: list[dict[str, Any]] = []  # raw saved searches, see presskit.library.alerts
        self.notice = ""  # a sentence for the reader when the file had to be set aside
        self.load()

    # -- the file ----------------------------------------------------------------------------
    def load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self.kits, self.searches = [], []
            return
        except OSError as e:
            raise LibraryError(f"Cannot read your library ({self.path}): {e.strerror}.", details=str(e)) from None
        try:
            data = load_json(raw, "library.json", _LIMITS)
            if not isinstance(data, dict):
                raise DataError("library.json is not a JSON object.", "syntax")
        except DataError as e:
            self._set_aside(e.message)
            return
        version = data.get("version", 1)
        if isinstance(version, int) and version > LIBRARY_VERSION:
            raise LibraryError(f"Your library ({self.path}) was written by a newer presskit; install it to "
                               "use the library.")
        kits = data.get("kits") if isinstance(data.get("kits"), list) else []
        self.kits = [e for e in (KitEntry.from_dict(d) for d in kits) if e is not None]
        searches = data.get("searches") if isinstance(data.get("searches"), list) else []
        self.searches = [s for s in searches if isinstance(s, dict)]

    def _set_aside(self, why: str) -> None:
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            os.replace(self.path, aside)
        except OSError:
            aside = self.path
        self.kits, self.searches = [], []
        self.notice = (f"Your library file could not be read ({why}); it was kept as {aside.name} and the "
                       "library starts empty. Add your kits again.")

    def save(self) -> None:
        data = {"version": LIBRARY_VERSION, "kits": [k.to_dict() for k in self.kits], "searches": self.searches}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
        except OSError as e:
            raise LibraryError(f"Cannot save your library to {self.path}: {e.strerror}.", details=str(e)) from None

    # -- kits --------------------------------------------------------------------------------
    def get(self, key: str) -> KitEntry | None:
        """The kit whose id, path, title or organisation is ``key`` (or an unambiguous id prefix)."""
        for e in self.kits:
            if key in (e.id, e.path):
                return e
        try:
            by_path = location_key(key) if Path(key).exists() else None
        except OSError:
            by_path = None
        found = [e for e in self.kits if e.id == by_path or e.id.startswith(key.lower())
                 or key.casefold() in (e.title.casefold(), e.organisation.casefold())]
        return found[0] if len(found) == 1 else None

    def entry(self, key: str) -> KitEntry:
        e = self.get(key)
        if e is None:
            raise LibraryError(f"Your library has no kit '{key}'. 'presskit library list' shows the kits and "
                               "their ids.")
        return e

    def add(self, path: str | os.PathLike) -> tuple[KitEntry, bool]:
        """Add the kit at ``path`` (a folder or a ``.presskit`` file); (entry, True if it is new).

        A kit already in the library is refreshed instead. Raises KitError/ArchiveError with a
        sentence when ``path`` is not a kit.
        """
        resolved = Path(path).expanduser().resolve()
        kit = open_kit(resolved)
        with EDITING:
            self.load()
            key = location_key(resolved)
            entry = next((e for e in self.kits if e.id == key), None)
            is_new = entry is None
            if entry is None:
                entry = KitEntry(id=key, path=str(resolved), added=now_iso())
                self.kits.append(entry)
                if last_seen(kit) is None:
                    mark_seen(kit)  # what it holds now is what the reader has; later updates are "new"
            snapshot(kit, entry)
            self.save()
        return entry, is_new

    def add_many(self, paths: Iterable[str | os.PathLike]) -> tuple[list[KitEntry], list[tuple[str, str]]]:
        """Add each kit; (kits added or refreshed, [(path, why not)] for the others)."""
        done: list[KitEntry] = []
        failed: list[tuple[str, str]] = []
        for p in paths:
            try:
                done.append(self.add(p)[0])
            except (KitError, PresskitError) as e:
                failed.append((str(p), e.message))
        return done, failed

    def remove(self, key: str) -> KitEntry:
        """Forget a kit (its files are not touched)."""
        with EDITING:
            self.load()
            e = self.entry(key)
            self.kits = [k for k in self.kits if k.id != e.id]
            self.save()
        return e

    def open(self, entry: KitEntry) -> Kit:
        """Open a kit of the library. Raises LibraryError when it is absent."""
        if not entry.present:
            raise LibraryError(f"“{entry.title or entry.path}” is not where it was ({entry.path}). Plug in "
                               "its USB stick or drive, or remove it from the library.")
        return open_kit(entry.path)

    def refresh(self, entries: Iterable[KitEntry] | None = None,
                opened: dict[str, Kit] | None = None) -> list[tuple[KitEntry, str]]:
        """Take a new snapshot of each present kit; [(entry, why not)] for kits that could not be read.

        An absent kit keeps its last snapshot (it is shown as absent, not dropped). Kits added or
        removed, and searches saved, while the kits were read (another window, the command line)
        are kept as they were saved: only the snapshots are written. ``opened`` ({kit id: Kit}):
        kits already open (a library search has them), used instead of reading the manifest again
        when it is still byte for byte the one they were opened from (the signature is read anew).
        """
        self.load()
        wanted = {e.id for e in entries} if entries is not None else None
        problems: list[tuple[KitEntry, str]] = []
        fresh: dict[str, KitEntry] = {}
        for e in self.kits:
            if (wanted is not None and e.id not in wanted) or not e.present:
                continue
            try:
                snapshot(_unchanged((opened or {}).get(e.id), e) or open_kit(e.path), e)
            except PresskitError as err:
                e.signature = "unknown"
                problems.append((e, err.message))
            fresh[e.id] = e
        with EDITING:
            self.load()
            self.kits = [fresh.get(e.id, e) for e in self.kits]
            self.save()
        return problems

    def present_kits(self) -> list[KitEntry]:
        return [e for e in self.kits if e.present]
