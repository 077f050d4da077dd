"""Printing through the system print dialog: one document, or the selection as one merged PDF.

Pages are rendered with PyMuPDF (at the printer's resolution, at most 300 dpi) and painted onto a
``QPrinter`` with ``QPainter``, each scaled to fit the printable area and centred. Printing to a PDF
file ("Print to File") writes the document's own pages instead, text and all (PyMuPDF copies them),
rather than pictures of them. A text, HTML or
Markdown document is typeset into pages first (:func:`presskit.export.item_pdf_bytes`); the selection
is exported to a temporary merged PDF in the background (progress and cancel), then printed.

:func:`print_pdf` does the painting and needs no dialog, so tests print to a PDF file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Callable

from ..errors import PresskitError
from ..model import Item
from . import i18n
from .qt import QApplication, QImage, QProgressDialog, QRectF, Qt, QtGui, QtPrintSupport, translate

QPrinter = QtPrintSupport.QPrinter
QPrintDialog = QtPrintSupport.QPrintDialog


def print_pdf(printer, pdf: bytes | str | Path, *, first: int = 1, last: int | None = None,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> int:
    """Paint pages ``first..last`` (1-based) of ``pdf`` onto ``printer``; returns the pages printed."""
    import pymupdf

    doc = pymupdf.open("pdf", pdf) if isinstance(pdf, (bytes, bytearray)) else pymupdf.open(str(pdf))
    try:
        last = min(last or doc.page_count, doc.page_count)
        first = max(1, first)
        if first > last:
            return 0
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            return _copy_pages(doc, first, last, printer.outputFileName(), progress)
        dpi = min(300, max(72, printer.resolution()))
        painter = QtGui.QPainter()
        if not painter.begin(printer):
            raise PresskitError("The printer could not be started. Check that it is connected and try again.")
        printed = 0
        try:
            for n in range(first, last + 1):
                if cancelled is not None and cancelled():
                    break
                if printed:
                    printer.newPage()
                page = doc[n - 1]
                pix = page.get_pixmap(dpi=dpi, alpha=False)
                img = QImage(pix.samples_mv, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888).copy()
                area = printer.pageRect(QPrinter.Unit.DevicePixel)
                area = QRectF(0, 0, area.width(), area.height())
                scale = min(area.width() / img.width(), area.height() / img.height())
                w, h = img.width() * scale, img.height() * scale
                target = QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h)
                painter.drawImage(target, img)
                printed += 1
                if progress is not None:
                    progress(printed, last - first + 1)
        finally:
            painter.end()
        return printed
    finally:
        doc.close()


def _copy_pages(doc, first: int, last: int, out: str, progress) -> int:
    """Pages ``first..last`` of ``doc`` into the PDF file ``out``, as they are (text stays text)."""
    import pymupdf

    part = pymupdf.open()
    try:
        part.insert_pdf(doc, from_page=first - 1, to_page=last - 1)
        part.save(out, garbage=3, deflate=True)
    except (RuntimeError, ValueError, OSError) as e:
        raise PresskitError(f"The PDF file {Path(out).name} could not be written.", details=str(e)) from None
    finally:
        part.close()
    if progress is not None:
        progress(last - first + 1, last - first + 1)
    return last - first + 1


def _dialog_and_print(parent, pdf: bytes | str | Path, title: str) -> bool:
    import pymupdf

    with (pymupdf.open("pdf", pdf) if isinstance(pdf, (bytes, bytearray)) else pymupdf.open(str(pdf))) as d:
        pages = d.page_count
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFromTo(1, pages)
    dlg = QPrintDialog(printer, parent)
    dlg.setWindowTitle(translate("Printing", "Print {0}").format(title) if parent else f"Print {title}")
    dlg.setMinMax(1, pages)
    dlg.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dlg.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    first, last = (printer.fromPage(), printer.toPage()) if printer.fromPage() else (1, pages)
    bar = QProgressDialog(translate("Printing", "Printing…") if parent else "Printing…",
                          translate("Printing", "Cancel") if parent else "Cancel", 0, last - first + 1, parent)
    bar.setWindowModality(Qt.WindowModality.WindowModal)
    bar.setMinimumDuration(500)

    def progress(done: int, total: int) -> None:
        bar.setValue(done)
        QApplication.processEvents()  # painting must stay on this thread; keep the window responsive

    try:
        print_pdf(printer, pdf, first=first, last=last, progress=progress, cancelled=bar.wasCanceled)
    finally:
        bar.close()
    return True


def print_item(parent, kit, item: Item) -> bool:
    """Print one document or photo through the system print dialog. Returns False if cancelled.

    Raises:
        ExportError: the item cannot be printed (missing, damaged, password-protected).
    """
    from ..export import item_pdf_bytes

    data = item_pdf_bytes(kit, item)
    return _dialog_and_print(parent, data, item.title or item.path)


def print_selection(parent, kit, item_ids: list[str], runner, *, on_error=None) -> None:
    """Export the selection to a temporary merged PDF in the background, then open the print dialog.

    ``runner`` is the window's :class:`~presskit.ui.tasks.TaskRunner`; ``on_error(err, tb)`` shows failures.
    """
    from ..export import export_items

    tmpdir = Path(tempfile.mkdtemp(prefix="presskit-print-"))
    out = tmpdir / "selection.pdf"
    bar = QProgressDialog(translate("Printing", "Preparing the selection for printing…"), translate("Printing", "Cancel"), 0,
                          max(1, len(item_ids) + 1), parent)
    bar.setWindowModality(Qt.WindowModality.WindowModal)
    bar.setMinimumDuration(300)
    bar.setAutoClose(False)
    bar.setAutoReset(False)

    def cleanup() -> None:
        bar.close()
        for p in tmpdir.glob("*"):
            p.unlink(missing_ok=True)
        tmpdir.rmdir()

    def done(report) -> None:
        bar.close()
        try:
            _dialog_and_print(parent, report.path, kit.info.title)
        finally:
            cleanup()

    def failed(err, tb) -> None:
        cleanup()
        if on_error is not None:
            on_error(err, tb)

    lang = i18n.current() or "en"
    task = runner.run(
        lambda ctx: export_items(kit, item_ids, "pdf", out, progress=ctx.progress, cancel=ctx.cancelled,
                                 allow_missing_credit=True, language=lang),
        on_result=done, on_error=failed, on_cancelled=cleanup,
        on_progress=lambda d, t, label: (bar.setMaximum(max(1, t)), bar.setValue(min(d, t))), key="print")
    bar.canceled.connect(task.cancel)
