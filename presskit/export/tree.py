"""The folder and ZIP layout of an export: files by kind, with ``CREDITS.txt`` and ``index.html``.

Layout (a ZIP holds the same under one top folder named like the ZIP)::

    OUT/index.html          offline list of everything (no external resources, relative links)
    OUT/CREDITS.txt         every photo's caption, credit, copyright; every document's title, org, date
    OUT/press-releases/…    the files, by kind (statements/, photos/, …)

A file is copied as it is (its sha256 checked against the manifest while it is copied), except a
photo whose metadata lacks its caption or credit: a copy with them added is written instead
(:mod:`.photos`).
"""

from __future__ import annotations

import datetime as _dt
import io
import shutil
import zipfile
from pathlib import Path, PurePosixPath

from ..fsutil import copy_hashing, safe_name
from ..ingest.formats import is_compressed
from ..model import Item
from .common import KIND_FOLDERS, Entry, Job
from .credits import credits_text, index_html
from .photos import PhotoError, photo_with_metadata


class FolderSink:
    """Writes the export layout into a folder."""

    def __init__(self, root: Path):
        self.root = root

    def add_file(self, rel: str, src: Path, check) -> str:
        dst = self.root / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        with open(src, "rb") as fi, open(dst, "wb") as fo:
            digest = copy_hashing(fi, fo, check)
        try:
            shutil.copystat(src, dst)  # keep the file dates
        except OSError:
            pass
        return digest

    def add_bytes(self, rel: str, data: bytes, check) -> None:
        dst = self.root / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        with open(dst, "wb") as fo:
            copy_hashing(io.BytesIO(data), fo, check)


class ZipSink:
    """Writes the export layout into a ZIP, under one top folder."""

    def __init__(self, zf: zipfile.ZipFile, top: str):
        self.zf = zf
        self.top = top

    def _info(self, rel: str, mtime: float | None = None) -> zipfile.ZipInfo:
        t = _dt.datetime.fromtimestamp(mtime) if mtime else _dt.datetime.now()
        zi = zipfile.ZipInfo(f"{self.top}/{rel}", date_time=(max(t.year, 1980),) + t.timetuple()[1:6])
        zi.compress_type = zipfile.ZIP_STORED if is_compressed(rel) else zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        return zi

    def add_file(self, rel: str, src: Path, check) -> str:
        st = src.stat()
        with open(src, "rb") as fi, self.zf.open(self._info(rel, st.st_mtime), "w", force_zip64=st.st_size > 2**31) as fo:
            return copy_hashing(fi, fo, check)

    def add_bytes(self, rel: str, data: bytes, check) -> None:
        with self.zf.open(self._info(rel), "w", force_zip64=len(data) > 2**31) as fo:
            copy_hashing(io.BytesIO(data), fo, check)


def write_tree(job: Job, sink) -> None:
    """Write every item of ``job``, then the credits and the index, through ``sink``."""
    used: set[str] = set()
    entries: list[Entry] = []
    for it in job.items:
        job.tick(it.title or it.path)
        entry = Entry(it)
        entries.append(entry)
        src = job.source(it)
        if src is None:
            entry.ok, entry.note = False, job.texts["missing_file"]
            continue
        name = safe_name(PurePosixPath(it.path).name) or f"{it.id}{src.suffix}"
        data: bytes | None = None
        if it.is_photo:
            data, ext, entry.note = _photo(job, it, src)
            if ext and data is not None:
                name = str(PurePosixPath(name).with_suffix(ext))
        entry.rel = _unique(f"{KIND_FOLDERS.get(it.kind, 'other')}/{name}", used)
        if data is None:
            digest = sink.add_file(entry.rel, src, job.check_cancel)
            if it.sha256 and digest != it.sha256:
                job.warn(f"{it.path} has changed since the kit was built (its checksum differs); "
                         "the current file was exported.")
        else:
            sink.add_bytes(entry.rel, data, job.check_cancel)
        job.report.files[it.id] = entry.rel
    job.step("Writing the credits and index")
    sink.add_bytes("CREDITS.txt", credits_text(job.info, entries, job.now, job.texts).encode("utf-8"),
                   job.check_cancel)
    sink.add_bytes("index.html", index_html(job.info, entries, job.now, job.texts).encode("utf-8"),
                   job.check_cancel)
    job.done += 1


def _photo(job: Job, it: Item, src: Path) -> tuple[bytes | None, str | None, str]:
    try:
        return photo_with_metadata(src, it, burn_credit=job.burn_credit)
    except PhotoError as e:
        job.warn(f"{it.path}: {e}; the original file was exported unchanged (its credit is in CREDITS.txt).")
        return None, None, ""


def _unique(rel: str, used: set[str]) -> str:
    p = PurePosixPath(rel)
    cand, n = rel, 2
    while cand.lower() in used:
        cand = str(p.with_name(f"{p.stem}-{n}{p.suffix}"))
        n += 1
    used.add(cand.lower())
    return cand
