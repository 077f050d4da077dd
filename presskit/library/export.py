"""Export documents from several kits at once, each kit's credits naming its own publisher.

Built on :func:`presskit.export.export_items`, kit by kit, so every guarantee of a one-kit export holds
(photos keep caption, credit and copyright; nothing half-written is left; nothing is written into a
kit):

* **folder**: one sub-folder per kit (named after its publisher), each exactly what a one-kit export
  writes (files by kind, ``CREDITS.txt`` and ``index.html`` naming that kit's publisher), and a
  top-level ``CREDITS.txt`` listing the kits;
* **zip**: the same tree, in one ZIP;
* **pdf**: the kits' merged PDFs one after the other (each with its own cover page naming its
  publisher and its own contents), with one bookmark per kit above each kit's bookmarks.

Written under a temporary name beside the output and renamed at the end, like a one-kit export.
"""

from __future__ import annotations

import datetime as _dt
import os
import shutil
import uuid
import zipfile
from pathlib import Path
from typing import Callable, Iterable

from ..errors import Cancelled, ExportError
from ..export import ExportReport, export_items
from ..fsutil import safe_name
from ..kit.format import Kit
from .catalog import KitEntry

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
Selection = list[tuple[KitEntry, Kit, list[str]]]  # (kit entry, opened kit, item ids)


def _folder_names(selection: Selection) -> list[str]:
    used: set[str] = set()
    names = []
    for e, _kit, _ids in selection:
        base = safe_name(e.label) or e.id
        name, n = base, 2
        while name.casefold() in used:
            name, n = f"{base} ({n})", n + 1
        used.add(name.casefold())
        names.append(name)
    return names


def _credits_index(selection: Selection, names: list[str], reports: list[ExportReport]) -> str:
    lines = [f"Documents from {len(selection)} press kits, exported on {_dt.date.today():%d %B %Y} with presskit.",
             "Each folder holds one kit's documents and its own CREDITS.txt naming its publisher.", ""]
    for (e, kit, _ids), name, rep in zip(selection, names, reports):
        who = e.organisation or e.publisher or "publisher not named"
        trust = {"signed": f"signed by {e.publisher or who} ({e.fingerprint})", "unsigned": "unsigned"}.get(
            e.signature, f"signature: {e.signature}")
        lines.append(f"{name}/  {kit.info.title} — {who} ({trust}); {len(rep.items)} item{'' if len(rep.items) == 1 else 's'}")
    return "\n".join(lines) + "\n"


def export_across_kits(selection: Selection, fmt: str, out: str | os.PathLike, *,
                       progress: ProgressFn | None = None, cancel: CancelFn | None = None,
                       burn_credit: bool = False, allow_missing_credit: bool = False) -> list[ExportReport]:
    """Export items of several kits as one folder, ZIP or PDF; one report per kit."""
    selection = [(e, k, list(ids)) for e, k, ids in selection if ids]
    if not selection:
        raise ExportError("Nothing is selected, so there is nothing to export.")
    if fmt not in ("folder", "zip", "pdf"):
        raise ExportError(f"Unknown export format '{fmt}'. Choose one of: folder, zip, pdf.")
    out = Path(out)
    if fmt == "folder" and out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ExportError(f"The folder {out} is not empty; give a new or empty folder.")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.partial-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    names = _folder_names(selection)
    reports: list[ExportReport] = []
    total = len(selection)
    try:
        tmp.mkdir()
        for n, ((e, kit, ids), name) in enumerate(zip(selection, names)):
            if cancel is not None and cancel():
                raise Cancelled()
            if progress:
                progress(n, total, e.label)
            target = tmp / (f"{n:03d}.pdf" if fmt == "pdf" else name)
            reports.append(export_items(kit, ids, "pdf" if fmt == "pdf" else "folder", target, cancel=cancel,
                                        burn_credit=burn_credit, allow_missing_credit=allow_missing_credit))
        if fmt == "pdf":
            _merge_pdfs(selection, [tmp / f"{n:03d}.pdf" for n in range(total)], out)
        else:
            (tmp / "CREDITS.txt").write_text(_credits_index(selection, names, reports), encoding="utf-8")
            if fmt == "zip":
                _zip_tree(tmp, out)
            else:
                if out.exists():
                    out.rmdir()
                os.replace(tmp, out)
        if progress:
            progress(total, total, f"Exported to {out.name}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for rep in reports:
        rep.path = out
    return reports


def _zip_tree(folder: Path, out: Path) -> None:
    part = out.with_name(f".{out.name}.zip-{uuid.uuid4().hex[:8]}")
    try:
        with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            root = safe_name(out.stem) or "export"
            for p in sorted(folder.rglob("*")):
                if p.is_file():
                    zf.write(p, f"{root}/{p.relative_to(folder).as_posix()}")
        os.replace(part, out)
    finally:
        part.unlink(missing_ok=True)


def _merge_pdfs(selection: Selection, parts: list[Path], out: Path) -> None:
    import pymupdf

    merged = pymupdf.open()
    toc: list[list] = []
    try:
        for (e, kit, _ids), part in zip(selection, parts):
            with pymupdf.open(part) as doc:
                start = merged.page_count
                toc.append([1, f"{e.label} — {kit.info.title}", start + 1])
                toc.extend([lvl + 1, title, page + start] for lvl, title, page, *_ in doc.get_toc(simple=True))
                merged.insert_pdf(doc)
        merged.set_toc(toc)
        part_out = out.with_name(f".{out.name}.pdf-{uuid.uuid4().hex[:8]}")
        try:
            merged.save(part_out, garbage=1, deflate=True)
            os.replace(part_out, out)
        finally:
            part_out.unlink(missing_ok=True)
    finally:
        merged.close()


def group_by_kit(hits: Iterable[tuple[KitEntry, Kit, str]]) -> Selection:
    """[(entry, kit, [ids])] from (entry, kit, id) triples, kits in first-seen order, ids de-duplicated."""
    order: dict[str, tuple[KitEntry, Kit, list[str]]] = {}
    for e, kit, iid in hits:
        slot = order.setdefault(e.id, (e, kit, []))
        if iid not in slot[2]:
            slot[2].append(iid)
    return list(order.values())
