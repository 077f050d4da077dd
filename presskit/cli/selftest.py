"""``presskit --self-test``: a smoke test of an installed or built (PyInstaller) presskit.

Runs offscreen, writes only to a temporary folder, touches no user settings and no network. Checks,
in order: the bundled sample kit opens with a fresh index; searches in English and French (accents
typed or not) find the expected documents on the expected pages; PyMuPDF renders a page; worker
processes start (the extraction pool and the index writers use 'spawn', which in a frozen app
needs ``multiprocessing.freeze_support()`` in the entry script); the main window shows the kit
offscreen, searches, and its About and User guide windows open; an export is written as ZIP and PDF.

Prints one line per check and exits 0 when all pass; otherwise names what failed and exits 1.
It is part of the command line (a front end): the window checks live in :mod:`presskit.ui.selftest_ui`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TextIO

from ..build import build_kit
from ..export import export_items
from ..index.status import kit_index_status
from ..index.writer import IndexWriter
from ..ingest.record import Extracted
from ..kit.open import open_kit
from ..locations import sample_kit_path
from ..model import Item
from ..search import Searcher

#: (query, filters, expected document id, expected page) - all from the bundled sample kit.
SEARCHES: list[tuple[str, dict, str, int]] = [
    ('"every unaccounted crate"', {}, "press-releases-pr-opening-16-11-26-en", 1),
    ("stockpile verification", {"languages": ["en"]}, "", 0),
    ('"une future scène de crime"', {}, "press-releases-pr-opening-16-11-26-french", 1),
    ('"une future scene de crime"', {}, "press-releases-pr-opening-16-11-26-french", 1),
    ("vérification", {"languages": ["fr"]}, "statements-statement-by-prof-lena-vogt-verification-19-11-2026-fr", 1),
    ("verification", {"languages": ["fr"]}, "statements-statement-by-prof-lena-vogt-verification-19-11-2026-fr", 1),
]


class CheckFailed(Exception):
    """A self-test check found something wrong; the message says what."""


@dataclass
class Context:
    tmp: Path
    kit: object = None
    notes: dict = field(default_factory=dict)


def _check(cond: bool, message: str) -> None:
    if not cond:
        raise CheckFailed(message)


# -- the checks ---------------------------------------------------------------------------------------
def check_open_kit(ctx: Context) -> str:
    path = sample_kit_path()
    _check((path / "manifest.json").is_file(), f"the bundled sample kit is missing at {path}")
    kit = open_kit(path)
    _check(len(kit.items) >= 25, f"the sample kit has only {len(kit.items)} items")
    status = kit_index_status(kit)
    _check(status == "fresh", f"the bundled index is {status} (at {kit.index_dir}); rebuild it before packaging")
    ctx.kit = kit
    return f"{len(kit.items)} items, index {status}"


def check_searches(ctx: Context) -> str:
    s = Searcher(ctx.kit)
    done = []
    for query, flt, want_id, want_page in SEARCHES:
        res = s.search(query, limit=20, **flt)
        _check(res.total > 0 and res.results, f"{query!r} {flt or ''} found nothing ({res.message or 'no message'})")
        if want_id:
            hit = next((d for d in res.results if d.item.id == want_id), None)
            _check(hit is not None, f"{query!r} did not find {want_id} (found: "
                   + ", ".join(d.item.id for d in res.results[:3]) + ")")
            pages = [p.page for p in hit.pages]
            _check(want_page in pages, f"{query!r} found {want_id} on pages {pages}, not on page {want_page}")
            snippet = next(p.snippet for p in hit.pages if p.page == want_page)
            _check("<b>" in snippet, f"{query!r}: the snippet of page {want_page} highlights nothing")
        if "languages" in flt:
            wrong = [d.item.id for d in res.results if d.item.language not in flt["languages"]]
            _check(not wrong, f"{query!r} with language {flt['languages']} returned {wrong[:3]}")
        done.append(query)
    quotes = s.quotes(speaker="Diallo")
    _check(bool(quotes), "no quotation by Diallo was found in the sample kit")
    return f"{len(done)} queries in English and French, {len(quotes)} quotes by Diallo"


def check_render_page(ctx: Context) -> str:
    import pymupdf

    item = ctx.kit.item("press-releases-pr-opening-16-11-26-en")
    with pymupdf.open(str(ctx.kit.path_of(item))) as doc:
        pix = doc[0].get_pixmap(dpi=96)
    _check(pix.width > 500 and pix.height > 700, f"page 1 rendered at {pix.width}x{pix.height}")
    samples = pix.samples
    dark = sum(1 for i in range(0, len(samples), 97) if samples[i] < 128)
    _check(dark > 50, "page 1 rendered blank")
    return f"{pix.width}x{pix.height} px, PyMuPDF {pymupdf.VersionBind}"


def check_worker_processes(ctx: Context) -> str:
    """A tiny build through the extraction pool (1 worker process) and two index writer processes."""
    import pymupdf

    src = ctx.tmp / "src"
    src.mkdir()
    (src / "kit.toml").write_text('title = "Self-test kit"\norganisation = "presskit"\nlanguages = ["en"]\n',
                                  encoding="utf-8")
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 90), "Self-test statement about lighthouse keepers.", fontsize=12)
    doc.save(str(src / "2026-01-02_statement_selftest_en.pdf"))
    doc.close()
    (src / "2026-01-03_summary_selftest_en.md").write_text("# Summary\n\nKeepers of the lighthouse met.\n",
                                                          encoding="utf-8")
    out = ctx.tmp / "kit"
    report = build_kit(src, out, workers=1, strict=True)
    _check(len(report.items) == 2 and not report.skipped,
           f"the test build made {len(report.items)} items and skipped {[s.path for s in report.skipped]}")
    res = Searcher(open_kit(out)).search("lighthouse")
    _check(res.total == 2, f"the test kit's search found {res.total} documents instead of 2")
    with IndexWriter(ctx.tmp / "two-writers", processes=2) as w:
        for n in (1, 2):
            item = Item(id=f"note-{n}", path=f"note-{n}.txt", sha256=f"{n}" * 64, bytes=20, title=f"Note {n}")
            w.add_item(item, Extracted("text", [f"Keepers of lighthouse number {n}."]), f"note-{n}")
        stats = w.finish("0" * 64)
    _check(stats.segments == 2, f"the two index writer processes wrote {stats.segments} segments, not 2")
    return "extraction worker and index writer processes started and finished"


def check_main_window(ctx: Context) -> str:
    from ..ui.selftest_ui import UICheckFailed, check_main_window as ui_check

    try:
        return ui_check(ctx.kit, ctx.tmp)
    except UICheckFailed as e:
        raise CheckFailed(str(e)) from None


def check_export(ctx: Context) -> str:
    import pymupdf

    kit = ctx.kit
    docs = [it.id for it in kit.items if it.media == "pdf"][:2]
    photos = [it.id for it in kit.items if it.is_photo and it.credit][:1]
    ids = docs + photos
    _check(len(ids) == 3, "the sample kit lacks PDFs or credited photos to export")
    z = export_items(kit, ids, "zip", ctx.tmp / "export.zip")
    with zipfile.ZipFile(z.path) as zf:
        names = zf.namelist()
        _check(zf.testzip() is None, "the exported ZIP is corrupt")
    _check(any(n.endswith("CREDITS.txt") for n in names), "the exported ZIP has no CREDITS.txt")
    _check(len([n for n in names if not n.endswith((".txt", ".html"))]) >= 3,
           f"the exported ZIP holds {names}")
    p = export_items(kit, ids, "pdf", ctx.tmp / "export.pdf")
    with pymupdf.open(str(p.path)) as d:
        pages, toc = len(d), d.get_toc()
    _check(pages >= 4 and len(toc) >= 3, f"the merged PDF has {pages} pages and {len(toc)} bookmarks")
    return f"ZIP of {len(names)} files, PDF of {pages} pages"


CHECKS: list[tuple[str, Callable[[Context], str]]] = [
    ("open the bundled sample kit", check_open_kit),
    ("search in English and French", check_searches),
    ("render a PDF page", check_render_page),
    ("worker processes", check_worker_processes),
    ("main window (offscreen)", check_main_window),
    ("export ZIP and PDF", check_export),
]


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check; print one line each. Returns 0 if all passed, else 1."""
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")  # offscreen: "does not support raise()"
    os.environ["PRESSKIT_NO_USER_STATE"] = "1"
    from .. import __version__

    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    print(f"presskit {__version__} self-test{frozen}", file=out)
    t_all = time.perf_counter()
    before = os.environ.get("PRESSKIT_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="presskit-selftest-") as tmp:
        os.environ.setdefault("XDG_CACHE_HOME", str(Path(tmp) / "cache"))
        # the main window's check opens the sample kit as a reader would: its library entry, what it saw
        # and its marks go to this temporary folder, never into the reader's own
        os.environ["PRESSKIT_DATA_DIR"] = str(Path(tmp) / "data")
        try:
            failed = _run_checks(Path(tmp), out)
        finally:
            if before is None:
                os.environ.pop("PRESSKIT_DATA_DIR", None)
            else:
                os.environ["PRESSKIT_DATA_DIR"] = before
    secs = time.perf_counter() - t_all
    if failed:
        print(f"self-test FAILED ({len(failed)} of {len(CHECKS)}): {', '.join(failed)}", file=out)
        return 1
    print(f"self-test passed: {len(CHECKS)} checks in {secs:.1f} s", file=out)
    return 0


def _run_checks(tmp: Path, out: TextIO) -> list[str]:
    """Run every check in turn; the names of those that failed."""
    failed: list[str] = []
    ctx = Context(tmp)
    for name, fn in CHECKS:
        if ctx.kit is None and fn not in (check_open_kit, check_worker_processes):
            print(f"SKIP {name}: the sample kit did not open", file=out)
            failed.append(name)
            continue
        t = time.perf_counter()
        try:
            detail = fn(ctx)
            print(f"ok   {name} ({(time.perf_counter() - t) * 1000:.0f} ms): {detail}", file=out)
        except CheckFailed as e:
            failed.append(name)
            print(f"FAIL {name}: {e}", file=out)
        except Exception as e:  # noqa: BLE001 - report every failure, keep going
            failed.append(name)
            print(f"FAIL {name}: {type(e).__name__}: {e}", file=out)
            print("     " + traceback.format_exc().replace("\n", "\n     ").rstrip(), file=out)
        out.flush()
    return failed
