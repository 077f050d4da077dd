"""Export of selected items: a folder, a ZIP, or one merged PDF, with every credit kept.

:func:`export_items` is the one entry point (the CLI calls it; the viewer calls it from a worker thread).
It never imports Qt and never touches the network.

Guarantees:

* Nothing half-written is ever left under the final name. Everything is written to a temporary name in
  the destination folder (``.pk-<pid>-<random>.partial``) and renamed at the end; on cancel, Ctrl+C,
  SIGTERM, error or a full disk the temporary file or folder is removed, and what a killed export left
  is removed by the next one. A full disk becomes an :class:`~presskit.errors.ExportError` that says so.
* A merged PDF of more than :data:`MAX_MERGED_PAGES` pages is refused with a sentence.
* Nothing is written inside the kit being read.
* Every photo leaves with its caption, credit and copyright: in ``CREDITS.txt`` and ``index.html``, in
  its own metadata (EXIF ImageDescription/Artist/Copyright and XMP dc:description/photoshop:Credit/
  dc:rights), and in the merged PDF under the image. A photo whose metadata already says all that is
  copied byte for byte; otherwise a copy is written with the metadata added (JPEG: the image data is
  kept as it is, only the metadata segments change). ``burn_credit=True`` also draws the credit in a
  white strip under the image. A photo with no known credit stops the export with
  :class:`MissingCreditError` unless ``allow_missing_credit=True`` (the viewer asks first).

The parts: :mod:`.tree` (folder and ZIP layout), :mod:`.credits` (``CREDITS.txt``, ``index.html``),
:mod:`.photos` (credits into photo metadata), :mod:`.pdf` (the merged PDF), :mod:`.markup` (text
documents as safe HTML).
"""

from __future__ import annotations

import datetime as _dt
import errno
import os
import re
import shutil
import zipfile
from pathlib import Path
from typing import Iterable

from ..errors import ExportError, KitError, PresskitError
from ..fsutil import fsync_file, remove_stale_temps, safe_name, signals_held, temp_path
from ..model import Item, KitInfo
from ..sizes import file_size
from .common import FORMATS, CancelFn, Job, ExportReport, MissingCreditError, ProgressFn, missing_credits
from .pdf import add_item, write_pdf
from .sheets import Sheets
from .tree import FolderSink, ZipSink, write_tree

# ----------------------------------------------------------------------------------------------------
# entry point
# ----------------------------------------------------------------------------------------------------
def export_items(kit, item_ids: Iterable[str], fmt: str, out: str | os.PathLike, *,
                 progress: ProgressFn | None = None, cancel: CancelFn | None = None,
                 burn_credit: bool = False, allow_missing_credit: bool = False,
                 language: str | None = "en") -> ExportReport:
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
        language: the language of the export's own words (cover, contents, section names, "Sources and
            credits", CREDITS.txt, index.html): ``"en"`` or ``"fr"``, the reader's interface language.

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
    else:
        _check_merge_size(items)
    job = Job(kit, items, progress, cancel, burn_credit, language)
    remove_stale_temps(out.parent, "partial")  # what a killed export left here
    tmp = temp_path(out, "partial")
    try:
        if fmt == "folder":
            tmp.mkdir()
            write_tree(job, FolderSink(tmp))
        elif fmt == "zip":
            with signals_held():  # (a signal inside the constructor leaves a ZipFile that cannot close)
                zf = zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True)
            with zf:
                write_tree(job, ZipSink(zf, safe_name(out.stem) or "export"))
            fsync_file(tmp)
        else:
            write_pdf(job, tmp)
            fsync_file(tmp)
        job.check_cancel()
        _install(tmp, out)
    except BaseException as e:
        _remove(tmp)
        if isinstance(e, OSError):
            raise _os_error(e, out) from None
        if isinstance(e, PresskitError) or not isinstance(e, Exception):  # incl. Ctrl+C, SIGTERM
            raise
        said = _writer_os_error(e)  # MuPDF's own writer: "code=2: cannot fwrite: File too large"
        if said is not None:
            raise _os_error(said, out) from None
        raise ExportError(f"The export to {out} failed; nothing was written.", details=repr(e)) from e
    job.report.path = out
    job.tick(job.texts["exported_to"].format(name=out.name), final=True)
    return job.report


#: A merged PDF this long is refused: it would take many minutes to write and to open, and nobody
#: reads it as one document. Export such a selection as a folder or a ZIP (the PDFs as they are).
MAX_MERGED_PAGES = 5000


def _check_merge_size(items: list[Item]) -> None:
    total = sum(max(it.pages, 1) for it in items)
    if total <= MAX_MERGED_PAGES:
        return
    longest = sorted(items, key=lambda it: -it.pages)[:3]
    names = ", ".join(f"{it.title or it.path} ({it.pages} pages)" for it in longest)
    raise ExportError(f"A merged PDF of {total:,} pages is more than the {MAX_MERGED_PAGES:,} pages presskit "
                      f"writes as one file (longest: {names}). Export them as a folder or a ZIP instead.")


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
    job = Job(kit, [item], None, None, False)
    doc = pymupdf.open()
    try:
        sheets = Sheets(doc)
        add_item(job, sheets, item)
        sheets.finish()
        if job.report.warnings:
            raise ExportError(job.report.warnings[0])
        return doc.tobytes(garbage=4, deflate=True)
    finally:
        doc.close()


def default_export_name(info: KitInfo, fmt: str, today: _dt.date | None = None, language: str | None = "en") -> str:
    """A file or folder name for an export, e.g. ``Summit-2026-selection-2026-11-16.zip``
    (``…-sélection-…`` in French)."""
    from .texts import Texts

    base = _name_from_title(info.title or "") or "presskit"
    stamp = (today or _dt.date.today()).isoformat()
    ext = {"folder": "", "zip": ".zip", "pdf": ".pdf"}.get(fmt, "")
    return f"{base}-{Texts(language)['selection']}-{stamp}{ext}"


#: a file name made from a title stops at whole words within this many characters
NAME_FROM_TITLE = 80


def _name_from_title(title: str) -> str:
    """The words of a kit's title as a file name: its main part (before " — ", " – " or ": ", when what is
    before is a name of its own, not "Kit"), joined by hyphens, at whole words within
    :data:`NAME_FROM_TITLE` characters: "Lantern Coalition at the Eighth Review Conference of the CCCA — press
    kit" gives "Lantern-Coalition-at-the-Eighth-Review-Conference-of-the-CCCA" (it was cut at 60 characters,
    in the middle of "CCCA")."""
    main = re.split(r"\s+[\u2014\u2013]\s+|:\s+", title, maxsplit=1)[0]
    if len(main) >= 12:
        title = main
    words = [w for w in re.split(r"[^\w]+", title, flags=re.UNICODE) if w]
    name = ""
    for w in words:
        if len(name) + len(w) + 1 > NAME_FROM_TITLE:
            break
        name = f"{name}-{w}" if name else w
    return name or "-".join(words)[:NAME_FROM_TITLE]


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
            f"There is not enough free space in {out.parent}: the export needs about {file_size(needed)}, "
            f"only {file_size(free)} is free. Free some space or choose another place.")


#: what a writer that reports errors as text (MuPDF's) may say, as the error it stands for
_WRITE_ERRNOS = tuple(c for c in (errno.ENOSPC, getattr(errno, "EDQUOT", None), errno.EFBIG, errno.EROFS,
                                  errno.EACCES, errno.EPERM, errno.EIO) if c is not None)


def _writer_os_error(e: BaseException) -> OSError | None:
    text = str(e).lower()
    for code in _WRITE_ERRNOS:
        if os.strerror(code).lower() in text:
            return OSError(code, os.strerror(code))
    return None


def _os_error(e: OSError, out: Path) -> ExportError:
    if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return ExportError(f"The disk is full: the export to {out} was stopped and nothing was left behind. "
                           "Free some space or choose another place, then export again.", details=str(e))
    if e.errno == errno.EFBIG:
        one = out.suffix.lower() in (".zip", ".pdf")
        what = f"{out.name} would be" if one else "A file of the export would be"
        return ExportError(f"{what} larger than one file may be there (a USB stick formatted FAT32 holds at "
                           "most 4 GB a file); nothing was left behind. "
                           + ("Export a folder, or choose another place." if one else "Choose another place."),
                           details=str(e))
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
