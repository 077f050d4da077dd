"""Export of selected items: a folder, a ZIP, or one merged PDF, with every credit kept.

:func:`export_items` is the one entry point (:mod:`.job`); ``from presskit.export import export_items``.
"""

from ..ingest.photometa import read_photo_metadata
from .common import FORMATS, KIND_FOLDERS, ExportReport, MissingCreditError, missing_credits
from .job import default_export_name, export_items, item_pdf_bytes
from .photos import photo_with_metadata

__all__ = [
    "FORMATS", "KIND_FOLDERS", "ExportReport", "MissingCreditError", "export_items", "missing_credits",
    "read_photo_metadata", "photo_with_metadata", "default_export_name", "item_pdf_bytes",
]
