"""Export of selected items: a folder, a ZIP, or one merged PDF, with every credit kept.

:func:`export_items` is the one entry point (the CLI calls it; the viewer calls it from a worker thread).
It never imports Qt and never touches the network.

Guarantees:

* Nothing half-written is ever left under the final name. Everything is written to a temporary name in
  the destination folder (``.NAME.partial-…``) and renamed at the end; on cancel, error or a full disk the
  temporary file or folder is removed. A full disk becomes an :class:`~presskit.errors.ExportError`
  that says so.
* Nothing is written inside the kit being read.
* Every photo leaves with its caption, credit and copyright: in ``CREDITS.txt`` and ``index.html``, in
  its own metadata (EXIF ImageDescription/Artist/Copyright and XMP dc:description/photoshop:Credit/
  dc:rights), and in the merged PDF under the image. A photo whose metadata already says all that is
  copied byte for byte; otherwise a copy is written with the metadata added (JPEG: the image data is
  kept as it is, only the metadata segments change). ``burn_credit=True`` also draws the credit in a
  white strip under the image. A photo with no known credit stops the export with
  :class:`MissingCreditError` unless ``allow_missing_credit=True`` (the viewer asks first).

Layout of a folder export (a ZIP holds the same under one top folder named like the ZIP)::

    OUT/index.html          offline list of everything (no external resources, relative links)
    OUT/CREDITS.txt         every photo's caption, credit, copyright; every document's title, org, date
    OUT/press-releases/…    the files, by kind (statements/, photos/, …)
"""

from __future__ import annotations

import datetime as _dt
import errno
import hashlib
import html
import io
import os
import re
import shutil
import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable
from urllib.parse import quote as _urlquote

from .errors import Cancelled, ExportError, KitError, PresskitError
from .model import KIND_LABELS, KINDS, LANGUAGE_NAMES, Item, KitInfo

__all__ = [
    "FORMATS", "KIND_FOLDERS", "ExportReport", "MissingCreditError", "export_items", "missing_credits",
    "read_photo_metadata", "photo_with_metadata", "default_export_name", "item_pdf_bytes",
]

FORMATS = ("folder", "zip", "pdf")

#: Sub-folder of an export for each kind.
KIND_FOLDERS: dict[str, str] = {
    "press-release": "press-releases",
    "statement": "statements",
    "newsletter": "newsletters",
    "analysis": "analyses",
    "summary": "summaries",
    "fact-sheet": "fact-sheets",
    "briefing": "briefings",
    "media-contacts": "media-contacts",
    "photo": "photos",
    "other": "other",
}

KIND_PLURALS: dict[str, str] = {
    "press-release": "Press releases", "statement": "Statements", "newsletter": "Newsletters",
    "analysis": "Analyses", "summary": "Summaries", "fact-sheet": "Fact sheets", "briefing": "Briefings",
    "media-contacts": "Media contacts", "photo": "Photos", "other": "Other documents",
}

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]

# EXIF tags (IFD0) and XMP names used for photo credits
EXIF_DESCRIPTION, EXIF_ARTIST, EXIF_COPYRIGHT = 0x010E, 0x013B, 0x8298
_NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xml": "http://www.w3.org/XML/1998/namespace",
}
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_CHUNK = 1 << 20
_A4 = (595.0, 842.0)
_MARGIN = 56.0


class MissingCreditError(ExportError):
    """Some selected photos have no known credit. ``items`` lists them; retry with ``allow_missing_credit``."""

    def __init__(self, items: list[Item]):
        names = [it.title or PurePosixPath(it.path).name for it in items]
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        n = len(items)
        super().__init__(
            f"{n} photo{'s have' if n != 1 else ' has'} no known credit ({shown}). Add the credit to the kit, "
            "or export anyway if you know the photo may be used without one.",
            details="\n".join(it.path for it in items))
        self.items = items


@dataclass
class ExportReport:
    """What an export wrote: the final ``path``, the ids of the ``items`` in it, and ``warnings``."""

    path: Path
    items: list[str]
    warnings: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # item id -> path inside the export (folder/zip)
    pages: int = 0  # merged PDF only


# ----------------------------------------------------------------------------------------------------
# entry point
# ----------------------------------------------------------------------------------------------------
def export_items(kit, item_ids: Iterable[str], fmt: str, out: str | os.PathLike, *,
                 progress: ProgressFn | None = None, cancel: CancelFn | None = None,
                 burn_credit: bool = False, allow_missing_credit: bool = False) -> ExportReport:
    """Export the items ``item_ids`` of ``kit`` as ``fmt`` ('folder', 'zip' or 'pdf') to ``out``.

    Args:
        kit: an opened :class:`presskit.kit.Kit`.
        item_ids: ids of the items to export (order kept within a kind; duplicates ignored).
        fmt: ``"folder"``, ``"zip"`` or ``"pdf"``.
        out: the folder / ``.zip`` / ``.pdf`` to create. An existing file is replaced (only at the end,
            by a rename); an existing folder must be empty.
        progress: ``progress(done, total, label)``, called from the exporting thread.
        cancel: returns True to stop; the export then raises :class:`~presskit.errors.Cancelled` and
            leaves nothing behind.
        burn_credit: also draw each photo's credit in a white strip under the image (folder/zip).
        allow_missing_credit: export photos that have no known credit instead of raising
            :class:`MissingCreditError`.

    Raises:
        ExportError: bad format, nothing selected, unknown item, output inside the kit, disk full, …
        MissingCreditError: photos without a credit (see ``allow_missing_credit``).
        Cancelled: ``cancel()`` returned True.
    """
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format '{fmt}'. Choose one of: {', '.join(FORMATS)}.")
    items = _resolve_items(kit, item_ids)
    out = _check_output(kit, Path(out), fmt)
    if not allow_missing_credit:
        missing = missing_credits(items)
        if missing:
            raise MissingCreditError(missing)
    if fmt != "pdf":
        _check_free_space(out, sum(it.bytes for it in items))
    job = _Job(kit, items, progress, cancel, burn_credit)
    tmp = out.with_name(f".{out.name}.partial-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        if fmt == "folder":
            tmp.mkdir()
            job.write_tree(_FolderSink(tmp))
        elif fmt == "zip":
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
                job.write_tree(_ZipSink(zf, _safe_name(out.stem) or "export"))
            _fsync_path(tmp)
        else:
            job.write_pdf(tmp)
            _fsync_path(tmp)
        job.check_cancel()
        _install(tmp, out)
    except BaseException as e:
        _remove(tmp)
        if isinstance(e, OSError):
            raise _os_error(e, out) from None
        if isinstance(e, (PresskitError, KeyboardInterrupt, SystemExit)):
            raise
        if isinstance(e, RuntimeError) and "no space left" in str(e).lower():  # MuPDF's own writer
            raise _os_error(OSError(errno.ENOSPC, "No space left on device"), out) from None
        raise ExportError(f"The export to {out} failed; nothing was written.", details=repr(e)) from e
    job.report.path = out
    job.tick(f"Exported to {out.name}", final=True)
    return job.report


def item_pdf_bytes(kit, item: Item) -> bytes:
    """One item as PDF bytes, for printing: a PDF as it is, a text document typeset, a photo on a page.

    Raises:
        ExportError: the file is missing, damaged or password-protected.
    """
    import pymupdf

    src = kit.path_of(item)
    if not src.is_file():
        raise ExportError(f"{item.path} is missing from the kit folder, so it cannot be printed.")
    if not item.is_photo and (item.media == "pdf" or src.suffix.lower() == ".pdf"):
        try:
            with pymupdf.open(src) as d:
                if d.needs_pass:
                    raise ExportError(f"{item.title or item.path} is protected by a password, so it cannot be printed.")
                if d.page_count == 0:
                    raise ExportError(f"{item.title or item.path} has no readable pages.")
        except ExportError:
            raise
        except Exception as e:
            raise ExportError(f"{item.title or item.path} is damaged and cannot be printed.", details=str(e)) from None
        return src.read_bytes()
    job = _Job(kit, [item], None, None, False)
    doc = pymupdf.open()
    try:
        job._pdf_item(doc, item)
        if job.report.warnings:
            raise ExportError(job.report.warnings[0])
        return doc.tobytes(garbage=4, deflate=True)
    finally:
        doc.close()


def missing_credits(items: Iterable[Item]) -> list[Item]:
    """The photos among ``items`` that have no known credit."""
    return [it for it in items if it.is_photo and not it.credit.strip()]


def default_export_name(info: KitInfo, fmt: str, today: _dt.date | None = None) -> str:
    """A file or folder name for an export, e.g. ``Summit-2026-selection-2026-11-16.zip``."""
    base = re.sub(r"[^\w-]+", "-", info.title or "presskit", flags=re.UNICODE).strip("-")[:60] or "presskit"
    stamp = (today or _dt.date.today()).isoformat()
    ext = {"folder": "", "zip": ".zip", "pdf": ".pdf"}.get(fmt, "")
    return f"{base}-selection-{stamp}{ext}"


# ----------------------------------------------------------------------------------------------------
# checks and file-system helpers
# ----------------------------------------------------------------------------------------------------
def _resolve_items(kit, item_ids: Iterable[str]) -> list[Item]:
    seen: set[str] = set()
    items: list[Item] = []
    for iid in item_ids:
        if iid in seen:
            continue
        seen.add(iid)
        try:
            items.append(kit.item(iid))
        except KitError as e:
            raise ExportError(f"{e.message} Refresh the selection and try again.") from None
    if not items:
        raise ExportError("Nothing is selected: mark documents or photos to export first.")
    return items


def _check_output(kit, out: Path, fmt: str) -> Path:
    out = Path(os.path.abspath(out))
    if not out.name:
        raise ExportError(f"{out} is not a usable name for an export.")
    kit_root = Path(kit.root).resolve()
    target = out.parent.resolve() / out.name
    if target == kit_root or kit_root in target.parents:
        raise ExportError(f"Cannot export into the kit itself ({kit_root}). Choose a folder outside the kit.")
    if not out.parent.is_dir():
        raise ExportError(f"The folder {out.parent} does not exist. Choose an existing folder.")
    if fmt != "folder" and out.is_dir():
        raise ExportError(f"{out} is a folder. Choose a file name for the {fmt.upper()}.")
    if fmt == "folder" and out.exists():
        if not out.is_dir():
            raise ExportError(f"{out} already exists and is a file. Choose another name for the folder.")
        if any(out.iterdir()):
            raise ExportError(f"The folder {out} already exists and is not empty. Choose a new folder name.")
    if not os.access(out.parent, os.W_OK):
        raise ExportError(f"Cannot write in {out.parent}. Choose a folder you may write to.")
    return out


def _check_free_space(out: Path, needed: int) -> None:
    try:
        free = shutil.disk_usage(out.parent).free
    except OSError:
        return
    if needed + (1 << 20) > free:
        raise ExportError(
            f"There is not enough free space in {out.parent}: the export needs about {_mb(needed)}, "
            f"only {_mb(free)} is free. Free some space or choose another place.")


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{max(1, round(n / 1000))} KB"


def _os_error(e: OSError, out: Path) -> ExportError:
    if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return ExportError(f"The disk is full: the export to {out} was stopped and nothing was left behind. "
                           "Free some space or choose another place, then export again.", details=str(e))
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(f"Cannot write {out}: permission denied or read-only disk. "
                           "Choose another place.", details=str(e))
    return ExportError(f"Could not write {out} ({e.strerror or e}); nothing was left behind.", details=str(e))


def _install(tmp: Path, out: Path) -> None:
    if tmp.is_dir() and out.is_dir():
        out.rmdir()  # checked empty before the export started
    os.replace(tmp, out)


def _remove(p: Path) -> None:
    try:
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)
    except OSError:
        pass


def _fsync_path(p: Path) -> None:
    with open(p, "rb+") as f:
        os.fsync(f.fileno())


def _copy_stream(fsrc, fdst, check: Callable[[], None]) -> str:
    """Copy ``fsrc`` to ``fdst`` in chunks (cancel checked between them); returns the sha256 of what was copied."""
    h = hashlib.sha256()
    while chunk := fsrc.read(_CHUNK):
        check()
        h.update(chunk)
        fdst.write(chunk)
    return h.hexdigest()


_BAD_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_WIN_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def _safe_name(name: str) -> str:
    """A file name valid on Windows, macOS and Linux (USB sticks are often FAT/exFAT)."""
    name = _BAD_CHARS.sub("_", name).strip().rstrip(". ")
    if name.split(".")[0].lower() in _WIN_RESERVED:
        name = "_" + name
    return name[:180]


# ----------------------------------------------------------------------------------------------------
# sinks: where the folder/zip layout is written
# ----------------------------------------------------------------------------------------------------
class _FolderSink:
    def __init__(self, root: Path):
        self.root = root

    def add_file(self, rel: str, src: Path, check) -> str:
        dst = self.root / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        with open(src, "rb") as fi, open(dst, "wb") as fo:
            digest = _copy_stream(fi, fo, check)
        try:
            shutil.copystat(src, dst)  # keep the file dates
        except OSError:
            pass
        return digest

    def add_bytes(self, rel: str, data: bytes, check) -> None:
        dst = self.root / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        with open(dst, "wb") as fo:
            _copy_stream(io.BytesIO(data), fo, check)


_STORED_EXT = {".jpg", ".jpeg", ".jpe", ".png", ".gif", ".webp", ".heic", ".zip", ".gz", ".mp4", ".mp3"}


class _ZipSink:
    def __init__(self, zf: zipfile.ZipFile, top: str):
        self.zf = zf
        self.top = top

    def _info(self, rel: str, mtime: float | None = None) -> zipfile.ZipInfo:
        t = _dt.datetime.fromtimestamp(mtime) if mtime else _dt.datetime.now()
        zi = zipfile.ZipInfo(f"{self.top}/{rel}", date_time=(max(t.year, 1980),) + t.timetuple()[1:6])
        zi.compress_type = zipfile.ZIP_STORED if PurePosixPath(rel).suffix.lower() in _STORED_EXT else zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        return zi

    def add_file(self, rel: str, src: Path, check) -> str:
        st = src.stat()
        with open(src, "rb") as fi, self.zf.open(self._info(rel, st.st_mtime), "w", force_zip64=st.st_size > 2**31) as fo:
            return _copy_stream(fi, fo, check)

    def add_bytes(self, rel: str, data: bytes, check) -> None:
        with self.zf.open(self._info(rel), "w", force_zip64=len(data) > 2**31) as fo:
            _copy_stream(io.BytesIO(data), fo, check)


# ----------------------------------------------------------------------------------------------------
# the job
# ----------------------------------------------------------------------------------------------------
@dataclass
class _Entry:
    item: Item
    rel: str = ""  # path inside the export
    note: str = ""  # e.g. "credit burnt in", "could not be included"
    ok: bool = True


class _Job:
    def __init__(self, kit, items: list[Item], progress, cancel, burn_credit: bool):
        self.kit = kit
        self.info: KitInfo = kit.info
        order = {k: i for i, k in enumerate(KINDS)}
        pos = {it.id: n for n, it in enumerate(items)}
        self.items = sorted(items, key=lambda it: (order.get(it.kind, len(order)), pos[it.id]))
        self.progress = progress
        self.cancel = cancel
        self.burn_credit = burn_credit
        self.report = ExportReport(Path(), [it.id for it in self.items])
        self.total = len(items) + 1
        self.done = 0
        self.now = _dt.datetime.now()

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled("Export cancelled; nothing was written.")

    def tick(self, label: str, final: bool = False) -> None:
        if not final:
            self.check_cancel()
        if self.progress is not None:
            self.progress(self.done, self.total, label)
        self.done += 0 if final else 1

    def warn(self, msg: str) -> None:
        self.report.warnings.append(msg)

    def source(self, it: Item) -> Path | None:
        p = self.kit.path_of(it)
        if not p.is_file():
            self.warn(f"{it.path} is missing from the kit folder; it was left out.")
            return None
        return p

    # -- folder / zip ----------------------------------------------------------------------------
    def write_tree(self, sink) -> None:
        used: set[str] = set()
        entries: list[_Entry] = []
        for it in self.items:
            self.tick(it.title or it.path)
            entry = _Entry(it)
            entries.append(entry)
            src = self.source(it)
            if src is None:
                entry.ok, entry.note = False, "missing from the kit"
                continue
            folder = KIND_FOLDERS.get(it.kind, "other")
            name = _safe_name(PurePosixPath(it.path).name) or f"{it.id}{src.suffix}"
            data: bytes | None = None
            if it.is_photo:
                data, ext, note = self._photo(it, src)
                if ext and data is not None:
                    name = str(PurePosixPath(name).with_suffix(ext))
                entry.note = note
            entry.rel = _unique(f"{folder}/{name}", used)
            if data is None:
                digest = sink.add_file(entry.rel, src, self.check_cancel)
                if it.sha256 and digest != it.sha256:
                    self.warn(f"{it.path} has changed since the kit was built (its checksum differs); "
                              "the current file was exported.")
            else:
                sink.add_bytes(entry.rel, data, self.check_cancel)
            self.report.files[it.id] = entry.rel
        self.check_cancel()
        if self.progress is not None:
            self.progress(self.done, self.total, "Writing the credits and index")
        sink.add_bytes("CREDITS.txt", credits_text(self.info, entries, self.now).encode("utf-8"), self.check_cancel)
        sink.add_bytes("index.html", index_html(self.info, entries, self.now).encode("utf-8"), self.check_cancel)
        self.done += 1

    def _photo(self, it: Item, src: Path) -> tuple[bytes | None, str | None, str]:
        try:
            data, ext, note = photo_with_metadata(src, it, burn_credit=self.burn_credit)
        except _PhotoError as e:
            self.warn(f"{it.path}: {e}; the original file was exported unchanged (its credit is in CREDITS.txt).")
            return None, None, ""
        return data, ext, note

    # -- merged PDF ------------------------------------------------------------------------------
    def write_pdf(self, tmp: Path) -> None:
        import pymupdf

        content = pymupdf.open()
        toc: list[list] = []  # [level, title, page (1-based within content)]
        current_kind = None
        for it in self.items:
            self.tick(it.title or it.path)
            start = content.page_count + 1
            if it.kind != current_kind:
                current_kind = it.kind
                toc.append([1, KIND_PLURALS.get(it.kind, "Other documents"), start])
            title = it.title or PurePosixPath(it.path).name
            toc.append([2, title, start])
            inner = self._pdf_item(content, it)
            for lvl, t, p in inner:
                toc.append([2 + lvl, t, start + p - 1])
        n_toc = _toc_pages_needed(len(toc))
        offset = 1 + n_toc
        final = content
        _cover_page(final, self.info, len(self.items), self.now)  # inserted at 0
        for i in range(n_toc):
            final.new_page(pno=1 + i, width=_A4[0], height=_A4[1])
        shifted = [[lvl, t, p + offset] for lvl, t, p in toc]
        _draw_toc(final, shifted, first_page=1, n_pages=n_toc, check=self.check_cancel)
        outline = [[1, "Contents", 2]] + shifted
        try:
            final.set_toc(_valid_outline(outline))
        except Exception as e:  # a strange inner outline must not stop the export
            self.warn(f"The bookmarks of some documents could not be kept ({e}).")
            final.set_toc(_valid_outline([x for x in outline if x[0] <= 2]))
        final.set_metadata({
            "title": f"{self.info.title} — selection", "author": self.info.organisation,
            "subject": self.info.event, "creator": "presskit", "producer": "presskit (PyMuPDF)",
            "keywords": "press kit", "creationDate": pymupdf.get_pdf_now(), "modDate": pymupdf.get_pdf_now(),
        })
        self.check_cancel()
        if self.progress is not None:
            self.progress(self.done, self.total, "Saving the PDF")
        _save_pdf(final, tmp)
        self.report.pages = final.page_count
        final.close()
        self.done += 1

    def _pdf_item(self, doc, it: Item) -> list[list]:
        """Append ``it`` to ``doc``; returns its own outline (levels from 1, pages from 1)."""
        import pymupdf

        title = it.title or PurePosixPath(it.path).name
        src = self.source(it)
        if src is None:
            _placeholder_page(doc, it, "The file is missing from the kit folder.")
            return []
        if it.is_photo:
            try:
                _photo_page(doc, it, src)
            except Exception as e:
                self.warn(f"{it.path}: the photo could not be read ({_short(e)}); a page says so instead.")
                _placeholder_page(doc, it, f"The photo could not be read ({_short(e)}).")
            return []
        if it.media == "pdf" or src.suffix.lower() == ".pdf":
            try:
                src_doc = pymupdf.open(src)
            except Exception as e:
                self.warn(f"{it.path} is damaged and could not be included ({_short(e)}).")
                _placeholder_page(doc, it, f"The PDF is damaged and could not be opened ({_short(e)}).")
                return []
            try:
                if src_doc.needs_pass:
                    self.warn(f"{it.path} is password-protected and could not be included.")
                    _placeholder_page(doc, it, "The PDF is protected by a password, so it could not be "
                                               "included. Open it from the kit with its password.")
                    return []
                if src_doc.page_count == 0:
                    self.warn(f"{it.path} has no readable pages and could not be included.")
                    _placeholder_page(doc, it, "The PDF has no readable pages (it is probably damaged).")
                    return []
                before = doc.page_count
                try:
                    doc.insert_pdf(src_doc)
                except Exception as e:
                    while doc.page_count > before:
                        doc.delete_page(-1)
                    self.warn(f"{it.path} could not be included ({_short(e)}).")
                    _placeholder_page(doc, it, f"The PDF could not be included ({_short(e)}).")
                    return []
                try:
                    inner = [[lvl, t, p] for lvl, t, p, *_ in src_doc.get_toc(simple=True)
                             if 1 <= p <= src_doc.page_count and str(t).strip()]
                except Exception:
                    inner = []
                return inner
            finally:
                src_doc.close()
        try:
            body = _document_html(src, it)
        except OSError as e:
            self.warn(f"{it.path} could not be read ({e.strerror or e}).")
            _placeholder_page(doc, it, f"The file could not be read ({e.strerror or e}).")
            return []
        _typeset(doc, _item_header_html(it, title) + body, self.check_cancel)
        return []


def _short(e: BaseException) -> str:
    s = str(e).strip() or type(e).__name__
    return s[:160]


def _unique(rel: str, used: set[str]) -> str:
    p = PurePosixPath(rel)
    cand, n = rel, 2
    while cand.lower() in used:
        cand = str(p.with_name(f"{p.stem}-{n}{p.suffix}"))
        n += 1
    used.add(cand.lower())
    return cand


# ----------------------------------------------------------------------------------------------------
# CREDITS.txt and index.html
# ----------------------------------------------------------------------------------------------------
def _language(code: str | None) -> str:
    return LANGUAGE_NAMES.get(code or "", code or "")


def _dates(info: KitInfo) -> str:
    if info.start and info.end and info.end != info.start:
        return f"{info.start} – {info.end}"
    return info.start or info.end or ""


def _kit_line(info: KitInfo) -> str:
    return " · ".join(x for x in (info.organisation, info.event, info.venue, _dates(info)) if x)


def credits_text(info: KitInfo, entries: list[_Entry], now: _dt.datetime) -> str:
    """The text of CREDITS.txt."""
    out = [f"Credits — {info.title}"]
    if _kit_line(info):
        out.append(_kit_line(info))
    out.append(f"Exported with presskit on {now:%Y-%m-%d %H:%M}.")
    out.append("")
    photos = [e for e in entries if e.item.is_photo]
    docs = [e for e in entries if not e.item.is_photo]

    class _OneLine:  # one line per field: credits stay greppable and copyable whole
        @staticmethod
        def wrap(text: str) -> list[str]:
            return ["  " + " ".join(text.split())]

    wrap = _OneLine()
    if photos:
        out += ["PHOTOS", "======", ""]
        for e in photos:
            it = e.item
            out.append(e.rel or f"({it.path}: {e.note})")
            out += wrap.wrap(f"Caption: {it.caption or '(none)'}")
            out += wrap.wrap(f"Credit: {it.credit or '(unknown — ask the publisher before use)'}")
            out += wrap.wrap(f"Copyright: {it.copyright or '(not stated)'}")
            if it.title:
                out += wrap.wrap(f"Title: {it.title}")
            if e.note and "drawn" in e.note:
                out += wrap.wrap(f"Note: {e.note}")
            out.append("")
    if docs:
        out += ["DOCUMENTS", "=========", ""]
        for e in docs:
            it = e.item
            out.append(e.rel or f"({it.path}: {e.note})")
            out += wrap.wrap(f"Title: {it.title or PurePosixPath(it.path).name}")
            out += wrap.wrap(f"Kind: {KIND_LABELS.get(it.kind, it.kind)}")
            out += wrap.wrap(f"Organisation: {it.organisation or info.organisation or '(not stated)'}")
            out += wrap.wrap(f"Date: {it.date or '(not stated)'}")
            if it.language:
                out += wrap.wrap(f"Language: {_language(it.language)}")
            if it.speakers:
                out += wrap.wrap(f"Speakers: {', '.join(it.speakers)}")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


_INDEX_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.4}
h1{margin-bottom:.2rem}.kit{color:#555;margin-top:0}.exported{color:#777;font-size:.9rem}
h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
ul.docs{list-style:none;padding:0}ul.docs li{margin:.6rem 0}.meta{color:#666;font-size:.9rem}
.photos{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0;width:14rem}
figure img{width:14rem;height:10rem;object-fit:cover;background:#eee;display:block}
figcaption{font-size:.85rem}.credit{color:#444}.missing{color:#a00}
""".strip()


def index_html(info: KitInfo, entries: list[_Entry], now: _dt.datetime) -> str:
    """The offline index.html: no scripts, no external resources, links relative to itself."""
    e_ = html.escape
    lang = (info.languages[0] if info.languages else "en")
    parts = [f'<!DOCTYPE html>\n<html lang="{e_(lang)}">\n<head>\n<meta charset="utf-8">\n'
             f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             f'<meta name="generator" content="presskit">\n'
             f"<title>{e_(info.title)} — selection</title>\n<style>\n{_INDEX_CSS}\n</style>\n</head>\n<body>\n"
             f"<h1>{e_(info.title)}</h1>\n"]
    if _kit_line(info):
        parts.append(f'<p class="kit">{e_(_kit_line(info))}</p>\n')
    parts.append(f'<p class="exported">{len(entries)} item{"s" if len(entries) != 1 else ""}, exported on '
                 f'{now:%Y-%m-%d}. Credits: <a href="CREDITS.txt">CREDITS.txt</a></p>\n')
    current = None
    for e in entries:
        it = e.item
        if it.kind != current:
            if current is not None:
                parts.append("</div>\n" if current == "photo" else "</ul>\n")
            current = it.kind
            parts.append(f"<h2>{e_(KIND_PLURALS.get(it.kind, 'Other documents'))}</h2>\n")
            parts.append('<div class="photos">\n' if it.kind == "photo" else '<ul class="docs">\n')
        title = it.title or PurePosixPath(it.path).name
        href = _urlquote(e.rel) if e.rel else ""
        lang_attr = f' lang="{e_(it.language)}"' if it.language else ""
        if it.is_photo:
            img = (f'<a href="{e_(href)}"><img src="{e_(href)}" alt="{e_(it.caption or title)}" loading="lazy"></a>'
                   if href else '<div class="missing">missing</div>')
            credit = (f'<span class="credit">Credit: {e_(it.credit)}</span>' if it.credit
                      else '<span class="missing">Credit unknown</span>')
            cr = f"<br><span class=\"credit\">{e_(it.copyright)}</span>" if it.copyright else ""
            parts.append(f"<figure>{img}<figcaption{lang_attr}><b>{e_(title)}</b><br>{e_(it.caption)}"
                         f"{'<br>' if it.caption else ''}{credit}{cr}</figcaption></figure>\n")
        else:
            meta = [x for x in (it.date or "", _language(it.language), it.organisation,
                                f"{it.pages} page{'s' if it.pages != 1 else ''}" if it.media == "pdf" and it.pages else "",
                                _mb(it.bytes) if it.bytes else "") if x]
            link = f'<a href="{e_(href)}">{e_(title)}</a>' if href else f"{e_(title)} <span class=\"missing\">(missing)</span>"
            parts.append(f'<li><span{lang_attr}>{link}</span><br><span class="meta">{e_(" · ".join(meta))}'
                         f"</span></li>\n")
    if current is not None:
        parts.append("</div>\n" if current == "photo" else "</ul>\n")
    parts.append("</body>\n</html>\n")
    return "".join(parts)


# ----------------------------------------------------------------------------------------------------
# photo metadata
# ----------------------------------------------------------------------------------------------------
class _PhotoError(Exception):
    pass


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def _exif_str(v) -> str:
    if isinstance(v, bytes):
        for enc in ("utf-8", "latin-1"):
            try:
                return v.decode(enc).rstrip("\x00")
            except UnicodeDecodeError:
                continue
    if isinstance(v, str):
        try:  # Pillow decodes ASCII-typed fields as Latin-1; exiftool and presskit write UTF-8 there
            return v.encode("latin-1").decode("utf-8").rstrip("\x00")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return v.rstrip("\x00")
    return ""


def _xmp_values(xmp: bytes | str | None) -> dict[str, str]:
    """caption/credit/copyright from an XMP packet (empty strings when absent or unreadable)."""
    out = {"caption": "", "credit": "", "copyright": ""}
    if not xmp:
        return out
    try:
        root = ET.fromstring(xmp if isinstance(xmp, bytes) else xmp.encode("utf-8"))
    except ET.ParseError:
        m = re.search(rb"<x:xmpmeta.*</x:xmpmeta>", xmp if isinstance(xmp, bytes) else xmp.encode(), re.S)
        if not m:
            return out
        try:
            root = ET.fromstring(m.group(0))
        except ET.ParseError:
            return out
    rdf, dc, ps = _NS["rdf"], _NS["dc"], _NS["photoshop"]
    for desc in root.iter(f"{{{rdf}}}Description"):
        for key, tag in (("caption", f"{{{dc}}}description"), ("copyright", f"{{{dc}}}rights"),
                         ("credit", f"{{{ps}}}Credit")):
            if out[key]:
                continue
            if tag in desc.attrib:
                out[key] = desc.attrib[tag]
                continue
            el = desc.find(tag)
            if el is None:
                continue
            lis = el.findall(f".//{{{rdf}}}li")
            if lis:
                default = [li for li in lis if li.get(f"{{{_NS['xml']}}}lang") == "x-default"]
                out[key] = ((default or lis)[0].text or "")
            else:
                out[key] = el.text or ""
    return {k: v.strip() for k, v in out.items()}


def read_photo_metadata(src: str | os.PathLike | bytes) -> dict[str, dict[str, str]]:
    """Caption, credit and copyright stored in a photo, as ``{"exif": {...}, "xmp": {...}}``.

    Each inner dict has keys ``caption``, ``credit``, ``copyright`` (empty when absent). EXIF text
    written as UTF-8 (exiftool, presskit) is decoded as such.
    """
    from PIL import Image

    fp = io.BytesIO(src) if isinstance(src, bytes) else src
    with Image.open(fp) as im:
        exif = im.getexif()
        xmp = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
        if xmp is None and hasattr(im, "tag_v2"):
            xmp = im.tag_v2.get(700)
    return {
        "exif": {"caption": _exif_str(exif.get(EXIF_DESCRIPTION)).strip(),
                 "credit": _exif_str(exif.get(EXIF_ARTIST)).strip(),
                 "copyright": _exif_str(exif.get(EXIF_COPYRIGHT)).strip()},
        "xmp": _xmp_values(xmp),
    }


def _wanted(it: Item) -> dict[str, str]:
    return {"caption": _norm(it.caption), "credit": _norm(it.credit), "copyright": _norm(it.copyright)}


def _has_metadata(meta: dict[str, dict[str, str]], want: dict[str, str]) -> bool:
    for key, value in want.items():
        if value and value not in (_norm(meta["exif"][key]), _norm(meta["xmp"][key])):
            return False
    return True


def _xmp_packet(want: dict[str, str], existing: bytes | str | None = None) -> bytes:
    """An XMP packet with ``want`` set; other properties of ``existing`` are kept when it parses."""
    for prefix, uri in _NS.items():
        if prefix != "xml":
            ET.register_namespace(prefix, uri)
    for prefix, uri in (("xmp", "http://ns.adobe.com/xap/1.0/"), ("exif", "http://ns.adobe.com/exif/1.0/"),
                        ("tiff", "http://ns.adobe.com/tiff/1.0/"), ("xmpMM", "http://ns.adobe.com/xap/1.0/mm/"),
                        ("Iptc4xmpCore", "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"),
                        ("xmpRights", "http://ns.adobe.com/xap/1.0/rights/")):
        ET.register_namespace(prefix, uri)
    rdf, dc, ps, xml_ns = _NS["rdf"], _NS["dc"], _NS["photoshop"], _NS["xml"]
    root = None
    if existing:
        try:
            raw = existing if isinstance(existing, bytes) else existing.encode("utf-8")
            m = re.search(rb"<x:xmpmeta.*</x:xmpmeta>", raw, re.S)
            root = ET.fromstring(m.group(0)) if m else None
            if root is not None and root.find(f"{{{rdf}}}RDF") is None:
                root = None
        except ET.ParseError:
            root = None
    if root is None:
        root = ET.Element(f"{{{_NS['x']}}}xmpmeta")
        ET.SubElement(root, f"{{{rdf}}}RDF")
    rdf_el = root.find(f"{{{rdf}}}RDF")
    # remove our properties wherever they are, then add them to one new Description
    for desc in rdf_el.findall(f"{{{rdf}}}Description"):
        for tag in (f"{{{dc}}}description", f"{{{dc}}}rights", f"{{{ps}}}Credit"):
            desc.attrib.pop(tag, None)
            for el in desc.findall(tag):
                desc.remove(el)
    desc = ET.SubElement(rdf_el, f"{{{rdf}}}Description", {f"{{{rdf}}}about": ""})
    for key, tag in (("caption", f"{{{dc}}}description"), ("copyright", f"{{{dc}}}rights")):
        if want[key]:
            alt = ET.SubElement(ET.SubElement(desc, tag), f"{{{rdf}}}Alt")
            ET.SubElement(alt, f"{{{rdf}}}li", {f"{{{xml_ns}}}lang": "x-default"}).text = want[key]
    if want["credit"]:
        ET.SubElement(desc, f"{{{ps}}}Credit").text = want["credit"]
    body = ET.tostring(root, encoding="unicode")
    packet = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' + body + '\n<?xpacket end="w"?>')
    return packet.encode("utf-8")


def _exif_bytes(im, want: dict[str, str]) -> bytes:
    exif = im.getexif()
    for tag, key in ((EXIF_DESCRIPTION, "caption"), (EXIF_ARTIST, "credit"), (EXIF_COPYRIGHT, "copyright")):
        if want[key]:
            exif[tag] = want[key].encode("utf-8")  # UTF-8 in ASCII fields, as exiftool writes them
    return exif.tobytes()


def _jpeg_segments(data: bytes) -> list[tuple[int, bytes]] | None:
    """Split a JPEG into (marker, whole segment) up to SOS; the last entry holds SOS and the rest."""
    if data[:2] != b"\xff\xd8":
        return None
    out: list[tuple[int, bytes]] = [(0xD8, data[:2])]
    i = 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is image data, kept as is
            out.append((marker, data[i:]))
            return out
        length = int.from_bytes(data[i + 2:i + 4], "big")
        out.append((marker, data[i:i + 2 + length]))
        i += 2 + length
    return None


def _jpeg_with_metadata(data: bytes, exif: bytes, xmp: bytes) -> bytes | None:
    """The same JPEG with its EXIF and XMP segments replaced; the image data is not re-encoded."""
    segs = _jpeg_segments(data)
    if segs is None or len(exif) + 2 > 0xFFFF or len(_XMP_HEADER) + len(xmp) + 2 > 0xFFFF:
        return None
    kept = [(m, s) for m, s in segs
            if not (m == 0xE1 and (s[4:10] == b"Exif\x00\x00" or s[4:4 + len(_XMP_HEADER)] == _XMP_HEADER))]
    # after SOI and a JFIF APP0 if there is one
    at = 1 + (1 if len(kept) > 1 and kept[1][0] == 0xE0 else 0)
    exif_seg = b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif
    payload = _XMP_HEADER + xmp
    xmp_seg = b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload
    parts = [s for _, s in kept[:at]] + [exif_seg, xmp_seg] + [s for _, s in kept[at:]]
    return b"".join(parts)


def _credit_line(it: Item) -> str:
    line = _norm(it.credit)
    cr = _norm(it.copyright)
    if cr and cr.lower() not in line.lower():
        line = f"{line} · {cr}" if line else cr
    return line


def _burn(im, text: str):
    """The image (orientation applied) with a white strip under it holding ``text``."""
    from PIL import Image, ImageDraw, ImageFont, ImageOps

    im = ImageOps.exif_transpose(im)
    if im.mode not in ("RGB", "L"):
        bg = Image.new("RGB", im.size, "white")
        rgba = im.convert("RGBA")
        bg.paste(rgba, mask=rgba.getchannel("A"))
        im = bg
    im = im.convert("RGB")
    w, h = im.size
    size = max(10, round(min(w, h * 1.5) * 0.022))
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        font = ImageFont.load_default(size=size)
    pad = max(4, size // 2)
    lines = _wrap_to_width(text, font, w - 2 * pad)
    line_h = round(size * 1.3)
    strip = pad * 2 + line_h * len(lines)
    canvas = Image.new("RGB", (w, h + strip), "white")
    canvas.paste(im, (0, 0))
    draw = ImageDraw.Draw(canvas)
    y = h + pad
    for line in lines:
        draw.text((pad, y), line, fill=(40, 40, 40), font=font)
        y += line_h
    return canvas


def _wrap_to_width(text: str, font, width: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        cand = f"{cur} {w}".strip()
        if cur and font.getlength(cand) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines[:4] or [""]


_PIL_FORMAT_EXT = {"JPEG": ".jpg", "PNG": ".png", "TIFF": ".tif", "WEBP": ".webp"}
# TIFF tags copied when a TIFF is rewritten: DocumentName, Make, Model, PageName, Software, DateTime, HostComputer
_TIFF_KEEP_TAGS = (269, 271, 272, 285, 305, 306, 316)


def _rewrite_loses_data(im) -> str:
    """Why re-saving ``im`` with Pillow would lose image data ('' when it would not)."""
    if im.format == "TIFF":
        bits = im.tag_v2.get(258, (8,))
        bits = bits if isinstance(bits, tuple) else (bits,)
        if any(b > 8 for b in bits) or im.mode in ("I;16", "I;16B", "I", "F"):
            return "a high bit-depth TIFF would lose precision if rewritten"
        if im.info.get("compression") in ("jpeg", "tiff_jpeg"):
            return "a JPEG-compressed TIFF would be re-compressed if rewritten"
        if getattr(im, "n_frames", 1) > 1:
            return "a multi-page TIFF would lose pages if rewritten"
    if im.format == "PNG" and getattr(im, "n_frames", 1) > 1:
        return "an animated PNG would lose frames if rewritten"
    return ""


def photo_with_metadata(src: str | os.PathLike, item: Item, *, burn_credit: bool = False
                        ) -> tuple[bytes | None, str | None, str]:
    """The bytes to export for photo ``item`` read from ``src``.

    Returns ``(data, ext, note)``: ``data`` is None when the original already carries the caption,
    credit and copyright (copy it unchanged); ``ext`` is a new extension when the format had to change
    (e.g. a GIF with a burnt-in credit becomes PNG), else None; ``note`` says what was done.

    Raises:
        _PhotoError: the image cannot be read or its format cannot hold the metadata.
    """
    from PIL import Image, UnidentifiedImageError

    want = _wanted(item)
    path = Path(src)
    try:
        with Image.open(path) as im:
            im.load()
            fmt = im.format or ""
            meta = read_photo_metadata(path)
            line = _credit_line(item)
            burn = burn_credit and bool(line)
            if not burn and (not any(want.values()) or _has_metadata(meta, want)):
                return None, None, ""
            if fmt not in _PIL_FORMAT_EXT and not burn:
                raise _PhotoError(f"the {fmt or 'image'} format cannot hold caption and credit metadata")
            lossy = _rewrite_loses_data(im) if fmt != "JPEG" and not burn else ""
            if lossy:
                raise _PhotoError(f"its metadata was not changed because {lossy}")
            existing_xmp = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
            if existing_xmp is None and hasattr(im, "tag_v2"):
                existing_xmp = im.tag_v2.get(700)
            xmp = _xmp_packet(want, existing_xmp)
            if burn:
                out_im = _burn(im, line)
                exif = im.getexif()
                exif[0x0112] = 1  # orientation is applied now
                for tag, key in ((EXIF_DESCRIPTION, "caption"), (EXIF_ARTIST, "credit"), (EXIF_COPYRIGHT, "copyright")):
                    if want[key]:
                        exif[tag] = want[key].encode("utf-8")
                out_fmt = fmt if fmt in _PIL_FORMAT_EXT else "PNG"
                buf = io.BytesIO()
                _save_with_metadata(out_im, buf, out_fmt, exif.tobytes(), xmp, im.info, want)
                ext = _PIL_FORMAT_EXT[out_fmt] if out_fmt != fmt else None
                return buf.getvalue(), ext, "credit line drawn under the image"
            if fmt == "JPEG":
                data = path.read_bytes()
                new = _jpeg_with_metadata(data, _exif_bytes(im, want), xmp)
                if new is not None:
                    return new, None, "caption and credit added to the metadata"
            buf = io.BytesIO()
            _save_with_metadata(im, buf, fmt, _exif_bytes(im, want), xmp, im.info, want)
            return buf.getvalue(), None, "caption and credit added to the metadata"
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as e:
        raise _PhotoError(f"the image could not be read ({_short(e)})") from None


def _save_with_metadata(im, fp, fmt: str, exif: bytes, xmp: bytes, info: dict, want: dict[str, str]) -> None:
    kw: dict = {}
    if info.get("icc_profile"):
        kw["icc_profile"] = info["icc_profile"]
    if info.get("dpi"):
        kw["dpi"] = info["dpi"]
    if fmt == "JPEG":
        im = im if im.mode in ("RGB", "L", "CMYK") else im.convert("RGB")
        im.save(fp, "JPEG", quality=95, exif=exif, xmp=xmp, subsampling=0)
    elif fmt == "PNG":
        from PIL import PngImagePlugin

        pi = PngImagePlugin.PngInfo()
        for k, v in (info or {}).items():
            if isinstance(v, str) and k not in ("XML:com.adobe.xmp", "Description", "Author", "Copyright"):
                pi.add_itxt(k, v)
        pi.add_itxt("XML:com.adobe.xmp", xmp.decode("utf-8"))
        for k, key in (("Description", "caption"), ("Author", "credit"), ("Copyright", "copyright")):
            if want[key]:
                pi.add_itxt(k, want[key])
        im.save(fp, "PNG", exif=exif, pnginfo=pi, **kw)
    elif fmt == "WEBP":
        im.save(fp, "WEBP", exif=exif, xmp=xmp, quality=95, **({"icc_profile": kw["icc_profile"]} if "icc_profile" in kw else {}))
    elif fmt == "TIFF":
        from PIL import TiffImagePlugin

        ifd = TiffImagePlugin.ImageFileDirectory_v2()
        old = getattr(im, "tag_v2", None) or {}
        for tag in _TIFF_KEEP_TAGS:  # descriptive tags of the original
            if tag in old:
                ifd[tag] = old[tag]
        for tag, key in ((EXIF_DESCRIPTION, "caption"), (EXIF_ARTIST, "credit"), (EXIF_COPYRIGHT, "copyright")):
            if want[key]:
                ifd[tag] = want[key].encode("utf-8")
        ifd[700] = xmp
        comp = info.get("compression")
        im.save(fp, "TIFF", tiffinfo=ifd, **({"compression": comp} if comp and comp != "raw" else {}), **kw)
    else:  # pragma: no cover - callers check
        raise _PhotoError(f"cannot write {fmt}")


# ----------------------------------------------------------------------------------------------------
# merged PDF pieces
# ----------------------------------------------------------------------------------------------------
_PDF_CSS = """
* {font-family: sans-serif;}
body {font-size: 10.5pt; line-height: 1.35;}
h1 {font-size: 18pt; margin: 0 0 4pt 0;}
h2 {font-size: 14pt;} h3 {font-size: 12pt;}
p {margin: 0 0 7pt 0;}
.meta {color: #555555; font-size: 9pt; margin-bottom: 14pt;}
pre, code {font-family: monospace; font-size: 9pt;}
blockquote {margin-left: 18pt; color: #333333;}
td, th {border: 0.5pt solid #999999; padding: 2pt;}
"""


def _save_pdf(doc, path: Path) -> None:
    doc.save(str(path), garbage=4, deflate=True)  # 4: one copy of fonts embedded many times


def _cover_page(doc, info: KitInfo, n_items: int, now: _dt.datetime) -> None:
    import pymupdf

    page = doc.new_page(pno=0, width=_A4[0], height=_A4[1])
    e_ = html.escape
    lines = [f"<h1 style='font-size:26pt'>{e_(info.title)}</h1>"]
    for label, value in (("", info.organisation), ("", info.event), ("", info.venue), ("", _dates(info))):
        if value:
            lines.append(f"<p style='font-size:14pt'>{e_(value)}</p>")
    lines.append(f"<p style='margin-top:30pt;color:#555555'>Selection of {n_items} item"
                 f"{'s' if n_items != 1 else ''}, exported on {now:%d %B %Y} with presskit.</p>")
    page.insert_htmlbox(pymupdf.Rect(_MARGIN, 200, _A4[0] - _MARGIN, _A4[1] - _MARGIN),
                        "".join(lines), css=_PDF_CSS, scale_low=0.3)


_TOC_LINE = 17.0
_TOC_TOP = _MARGIN + 40


def _toc_pages_needed(n_entries: int) -> int:
    per_page = int((_A4[1] - _TOC_TOP - _MARGIN) // _TOC_LINE)
    return max(1, -(-n_entries // per_page))


def _draw_toc(doc, toc: list[list], first_page: int, n_pages: int, check) -> None:
    """Draw the contents on pages ``first_page``.. (0-based), with links to each entry's page."""
    import pymupdf

    per_page = int((_A4[1] - _TOC_TOP - _MARGIN) // _TOC_LINE)
    width = _A4[0] - 2 * _MARGIN
    for n in range(n_pages):
        check()
        page = doc[first_page + n]
        if n == 0:
            page.insert_htmlbox(pymupdf.Rect(_MARGIN, _MARGIN, _A4[0] - _MARGIN, _TOC_TOP), "<h1>Contents</h1>",
                                css=_PDF_CSS)
        y = _TOC_TOP
        for lvl, title, pno in toc[n * per_page:(n + 1) * per_page]:
            indent = 0 if lvl == 1 else 14 * (lvl - 1)
            weight = "bold" if lvl == 1 else "normal"
            text = title if len(title) <= 110 else title[:107] + "…"
            rect = pymupdf.Rect(_MARGIN + indent, y, _MARGIN + width - 40, y + _TOC_LINE)
            page.insert_htmlbox(rect, f"<span style='font-weight:{weight}'>{html.escape(text)}</span>",
                                css="* {font-family: sans-serif; font-size: 10pt;}", scale_low=0.4)
            num = str(pno)
            page.insert_text((_MARGIN + width - pymupdf.get_text_length(num, "helv", 10), y + 11), num,
                             fontname="helv", fontsize=10)
            page.insert_link({"kind": pymupdf.LINK_GOTO, "from": pymupdf.Rect(_MARGIN, y, _MARGIN + width, y + _TOC_LINE),
                              "page": pno - 1, "to": pymupdf.Point(0, 0)})
            y += _TOC_LINE


def _valid_outline(toc: list[list]) -> list[list]:
    """Levels that start at 1 and never jump by more than one (what ``set_toc`` requires)."""
    out, prev = [], 0
    for lvl, title, page in toc:
        lvl = max(1, min(int(lvl), prev + 1))
        out.append([lvl, str(title).strip()[:200] or "(untitled)", int(page)])
        prev = lvl
    return out


def _placeholder_page(doc, it: Item, reason: str) -> None:
    import pymupdf

    page = doc.new_page(width=_A4[0], height=_A4[1])
    e_ = html.escape
    title = it.title or PurePosixPath(it.path).name
    page.insert_htmlbox(
        pymupdf.Rect(_MARGIN, _MARGIN, _A4[0] - _MARGIN, _A4[1] - _MARGIN),
        f"<h1>{e_(title)}</h1><p class='meta'>{e_(KIND_LABELS.get(it.kind, it.kind))} · {e_(it.path)}</p>"
        f"<p><b>This item could not be included.</b> {e_(reason)}</p>"
        "<p>The original file is part of the kit; open it from the viewer.</p>",
        css=_PDF_CSS, scale_low=0.3)


def _photo_page(doc, it: Item, src: Path) -> None:
    import pymupdf

    stream, (iw, ih) = _photo_stream(src)
    page = doc.new_page(width=_A4[0], height=_A4[1])
    e_ = html.escape
    title = it.title or PurePosixPath(it.path).name
    page.insert_htmlbox(pymupdf.Rect(_MARGIN, _MARGIN - 20, _A4[0] - _MARGIN, _MARGIN + 16),
                        f"<p style='font-weight:bold;font-size:12pt'>{e_(title)}</p>", css=_PDF_CSS, scale_low=0.4)
    text_h = 130.0
    box = pymupdf.Rect(_MARGIN, _MARGIN + 22, _A4[0] - _MARGIN, _A4[1] - _MARGIN - text_h)
    scale = min(box.width / max(iw, 1), box.height / max(ih, 1))
    w, h = iw * scale, ih * scale
    img_rect = pymupdf.Rect(box.x0 + (box.width - w) / 2, box.y0, box.x0 + (box.width + w) / 2, box.y0 + h)
    page.insert_image(img_rect, stream=stream, keep_proportion=True)
    parts = []
    if it.caption:
        parts.append(f"<p>{e_(it.caption)}</p>")
    parts.append(f"<p><b>Credit:</b> {e_(it.credit) if it.credit else 'unknown — ask the publisher before use'}</p>")
    if it.copyright:
        parts.append(f"<p><b>Copyright:</b> {e_(it.copyright)}</p>")
    page.insert_htmlbox(pymupdf.Rect(_MARGIN, img_rect.y1 + 10, _A4[0] - _MARGIN, img_rect.y1 + 10 + text_h),
                        "".join(parts), css=_PDF_CSS + " p {font-size: 10pt; margin: 0 0 4pt 0;}", scale_low=0.3)


def _photo_stream(src: Path) -> tuple[bytes, tuple[int, int]]:
    """Image bytes MuPDF can place and their displayed size: the file itself for plain JPEG/PNG,
    else a converted copy with the EXIF orientation applied."""
    from PIL import Image, ImageOps

    with Image.open(src) as im:
        orientation = im.getexif().get(0x0112, 1)
        if im.format in ("JPEG", "PNG") and orientation in (1, None) and im.mode in ("RGB", "L", "RGBA", "LA", "P", "CMYK", "1"):
            return src.read_bytes(), im.size
        im = ImageOps.exif_transpose(im)
        if max(im.size) > 4000:
            im.thumbnail((4000, 4000))
        buf = io.BytesIO()
        if im.mode in ("RGBA", "LA", "P", "PA") or "transparency" in im.info:
            im.convert("RGBA").save(buf, "PNG")
        else:
            im.convert("RGB").save(buf, "JPEG", quality=90)
        return buf.getvalue(), im.size


def _item_header_html(it: Item, title: str) -> str:
    e_ = html.escape
    meta = " · ".join(x for x in (KIND_LABELS.get(it.kind, ""), it.organisation, it.date or "",
                                  _language(it.language)) if x)
    lang = f' lang="{e_(it.language)}"' if it.language else ""
    return f"<h1{lang}>{e_(title)}</h1><p class='meta'>{e_(meta)}</p>"


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _document_html(src: Path, it: Item) -> str:
    """The body of a text, Markdown or HTML document as safe HTML for typesetting."""
    text = _read_text(src)
    suffix = src.suffix.lower()
    if it.media == "html" or suffix in (".html", ".htm", ".xhtml"):
        return sanitise_html(text)
    if it.media == "markdown" or suffix in (".md", ".markdown"):
        return markdown_to_html(text)
    return plain_to_html(text)


def _typeset(doc, body_html: str, check) -> None:
    """Lay ``body_html`` out on A4 pages appended to ``doc`` (``fitz.Story``)."""
    import pymupdf

    story = pymupdf.Story(f"<body>{body_html}</body>", user_css=_PDF_CSS)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    mediabox = pymupdf.Rect(0, 0, *_A4)
    where = mediabox + (_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
    more, pages = 1, 0
    while more:
        check()
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
        pages += 1
        if pages > 5000:  # a pathological document: stop rather than fill the disk
            break
    writer.close()
    with pymupdf.open("pdf", buf.getvalue()) as part:
        doc.insert_pdf(part)


# -- text to HTML -----------------------------------------------------------------------------------
def plain_to_html(text: str) -> str:
    """Paragraphs (blank-line separated) with line breaks kept; everything escaped."""
    paras = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n").strip())
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paras if p.strip())


def _md_inline(s: str) -> str:
    s = html.escape(s, quote=False)
    s = re.sub(r"`([^`]+)`", r"<code>\1</code>", s)
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)  # images: alt text only (no external resources)
    s = re.sub(r"\[([^\]]+)\]\(([^)\s]+)[^)]*\)", r"\1 (\2)", s)  # links: text and address, not clickable
    s = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"<b>\2</b>", s)
    s = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)", r"<i>\1</i>", s)
    s = re.sub(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?!\w)", r"<i>\1</i>", s)
    return s


def markdown_to_html(text: str) -> str:
    """A small, safe Markdown subset: headings, paragraphs, lists, quotes, code blocks, emphasis.

    Raw HTML in the Markdown is shown as text, never interpreted.
    """
    out: list[str] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    para: list[str] = []
    list_tag: str | None = None
    i = 0

    def flush():
        nonlocal para
        if para:
            out.append("<p>" + _md_inline(" ".join(x.strip() for x in para)) + "</p>")
            para = []

    def close_list():
        nonlocal list_tag
        if list_tag:
            out.append(f"</{list_tag}>")
            list_tag = None

    while i < len(lines):
        line = lines[i]
        if line.strip().startswith("```"):
            flush(), close_list()
            code = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                code.append(lines[i])
                i += 1
            out.append("<pre>" + html.escape("\n".join(code)) + "</pre>")
            i += 1
            continue
        m = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m:
            flush(), close_list()
            n = min(len(m.group(1)) + 1, 6)  # the document title is the h1
            out.append(f"<h{n}>{_md_inline(m.group(2))}</h{n}>")
        elif re.match(r"^\s*([-*+])\s+", line) or re.match(r"^\s*\d+[.)]\s+", line):
            flush()
            tag = "ul" if re.match(r"^\s*[-*+]\s+", line) else "ol"
            if list_tag != tag:
                close_list()
                out.append(f"<{tag}>")
                list_tag = tag
            out.append("<li>" + _md_inline(re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)) + "</li>")
        elif line.startswith(">"):
            flush(), close_list()
            out.append("<blockquote>" + _md_inline(line.lstrip("> ")) + "</blockquote>")
        elif re.match(r"^\s*([-*_])(\s*\1){2,}\s*$", line):
            flush(), close_list()
            out.append("<hr>")
        elif not line.strip():
            flush(), close_list()
        else:
            if list_tag and line.startswith((" ", "\t")):
                out[-1] = out[-1][:-5] + " " + _md_inline(line.strip()) + "</li>"
            else:
                close_list()
                para.append(line)
        i += 1
    flush()
    close_list()
    return "".join(out)


class _Sanitiser(HTMLParser):
    ALLOWED = {"p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "b", "strong", "i", "em", "u",
               "blockquote", "pre", "code", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
               "hr", "sup", "sub", "small", "span", "div", "dl", "dt", "dd", "section", "article", "header",
               "footer", "figure", "figcaption", "q", "cite", "abbr", "s", "del", "ins", "mark"}
    VOID = {"br", "hr"}
    DROP_CONTENT = {"script", "style", "head", "title", "noscript", "template", "iframe", "object", "embed",
                    "svg", "math", "canvas", "video", "audio", "form", "select", "textarea", "button"}
    KEEP_ATTRS = {"lang", "dir", "colspan", "rowspan"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.DROP_CONTENT:
            self.skip += 1
            return
        if self.skip:
            return
        if tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.out.append(f"[{html.escape(alt)}]")
            return
        if tag not in self.ALLOWED:
            return
        keep = "".join(f' {k}="{html.escape(v or "")}"' for k, v in attrs
                       if k in self.KEEP_ATTRS and re.fullmatch(r"[\w-]{1,12}", v or ""))
        self.out.append(f"<{tag}{keep}>")
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self.stack and tag not in self.VOID and self.stack[-1] == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in self.DROP_CONTENT:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip or tag not in self.ALLOWED or tag in self.VOID or tag not in self.stack:
            return
        while self.stack:
            t = self.stack.pop()
            self.out.append(f"</{t}>")
            if t == tag:
                break

    def handle_data(self, data):
        if not self.skip:
            self.out.append(html.escape(data, quote=False))

    def close(self):
        super().close()
        while self.stack:
            self.out.append(f"</{self.stack.pop()}>")


def sanitise_html(text: str) -> str:
    """HTML with only text-structure tags kept: no scripts, styles, images, links or other resources."""
    s = _Sanitiser()
    s.feed(text)
    s.close()
    return "".join(s.out)
