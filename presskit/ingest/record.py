"""The one record of what reading a file gave (:class:`Extracted`), and why a file was left out (:class:`Failure`).

Extraction makes an :class:`Extracted` (in a worker process, see :mod:`presskit.ingest.pool`); the
text store keeps it as the extraction cache of later builds (:mod:`presskit.index.store`); the builder
makes an item of it. A file that cannot be read becomes a :class:`Failure`, which the build report and
``manifest.json`` list as skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import ExtractError
from ..model import is_photo_media


@dataclass
class Extracted:
    """What one file holds.

    Attributes:
        media: 'pdf' | 'html' | 'markdown' | 'text' | 'office' | 'image'.
        pages: normalised page texts; one entry for text documents, one per section of Word and
            OpenDocument files; for photos one entry, the caption (followed by the recognised text
            of a photo that is a document).
        meta: known keys among title, author, subject, keywords, date (ISO), date_modified (a PDF's
            modification date when it differs), language, caption, credit,
            copyright, width, height, links, speakers, warnings (list of sentences), truncated (bool),
            section_kind (office files), and for scanned pages ``ocr`` (engine, pages read by OCR,
            pages left unread, the problem when OCR could not run) and ``ocr_words`` (page -> word
            boxes); see :mod:`presskit.ingest.ocr`.
        status: 'ok' or 'no-text' (a PDF without any text, even after OCR: listed, not searchable).
        thumbnail: JPEG bytes (long side <= 320 px) for photos, else None.
        derived: what the reader process made of it besides (the ``then`` of
            :func:`presskit.ingest.pool.extract_many`); never stored, never compared.
    """

    media: str
    pages: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    status: str = "ok"
    thumbnail: bytes | None = None
    derived: Any = field(default=None, compare=False, repr=False)

    @property
    def is_photo(self) -> bool:
        return is_photo_media(self.media)


@dataclass
class Failure:
    """Why a file was not read. ``reason`` is a short code; ``message`` a sentence for people.

    Reasons: the :class:`~presskit.errors.ExtractError` codes (encrypted, corrupt, empty, unsupported,
    too-big, unreadable) plus timeout, memory, crash. ``path`` is the file's path inside the kit when
    the failure is reported for a kit (build reports, ``manifest.json``'s ``skipped`` list).
    """

    reason: str
    message: str
    path: str = ""

    @classmethod
    def of(cls, error: ExtractError, path: str = "") -> "Failure":
        return cls(error.reason, error.message, path)

    def to_dict(self) -> dict:
        return {"path": self.path, "reason": self.reason, "message": self.message}


@dataclass
class Limits:
    """How much of one file a reader takes: bytes of the file, pages of a document."""

    max_bytes: int
    max_pages: int
