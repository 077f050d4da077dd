"""One source file -> :class:`~presskit.ingest.record.Extracted`: page texts, metadata and a thumbnail.

:func:`extract` picks a reader from the file's first bytes (magic) and its extension
(:data:`presskit.ingest.formats.MEDIA_BY_EXTENSION`), and raises a :class:`presskit.errors.ExtractError`
subclass with a sentence a person can act on when it cannot read the file. Readers, one per format:
:mod:`.pdf`, :mod:`.html`, :mod:`.text` (Markdown and plain text) and :mod:`.photo`. No Qt, no network.

Readers are looked up in :data:`EXTRACTORS` (``media -> function``); :func:`register_extractor` adds
one for an extension (tests use it to make files that hang or crash a worker).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable, Iterable

from ..errors import CorruptError, EmptyError, ExtractError, TooBigError, UnsupportedError
from .formats import MEDIA_BY_EXTENSION, extension
from .html import extract_html
from .office import WORD_EXTENSIONS, extract_office, refuse_binary
from .pdf import extract_pdf
from .photo import THUMB_SIZE, extract_image
from .record import Extracted, Limits
from .text import extract_markdown, extract_text

__all__ = ["Extracted", "extract", "extraction_key", "register_extractor", "EXTRACTORS", "EXTRACTOR_VERSION",
           "THUMB_SIZE", "sniff"]

Extractor = Callable[[Path, Limits], Extracted]

#: The version of what the readers give. Bump it whenever a reader's output changes (text, metadata,
#: thumbnails): the extraction cache of every kit then misses, and every file is read again.
EXTRACTOR_VERSION = 8  # 4: scanned PDF pages marked for OCR, Word/OpenDocument files read; 5: "a-t-¶il" keeps its hyphen;
# 6: a Markdown heading or "> " block is a paragraph of its own, no longer glued to the line before it;
# 7: a Markdown table is read as its cells, without its pipes and rules; 8: a PDF's first-page lines with
# their type sizes (its heading is the title of a PDF without one of its own)

EXTRACTORS: dict[str, Extractor] = {
    "pdf": extract_pdf,
    "html": extract_html,
    "markdown": extract_markdown,
    "text": extract_text,
    "image": extract_image,
    "office": extract_office,
}

#: extension (lower case, no dot) -> extractor, consulted before the built-in readers.
_CUSTOM: dict[str, Extractor] = {}


def extraction_key(sha256: str, sidecars: Iterable[tuple[str, str]] = ()) -> str:
    """The extraction cache's key for a file: its content, the name and content of each sidecar read
    with it (``(name, sha256)``, in reading order), and :data:`EXTRACTOR_VERSION`. Any change to one of
    them means reading the file again."""
    h = hashlib.sha256(f"presskit-extract {EXTRACTOR_VERSION}\n{sha256}\n".encode())
    for name, digest in sidecars:
        h.update(f"{name}\n{digest}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def register_extractor(ext: str, func: Extractor) -> None:
    """Use ``func(path, limits) -> Extracted`` for files ending in ``.ext`` (tests and plug-ins)."""
    _CUSTOM[ext.lower().lstrip(".")] = func


def sniff(head: bytes) -> str | None:
    """The media type that the first bytes of a file say, or None if they say nothing clear."""
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xff\xd8\xff") or head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "image"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image"
    if head[:6] in (b"GIF87a", b"GIF89a") or head[:2] == b"BM":
        return "image" if head[:2] != b"BM" or len(head) > 26 else None
    if head[:4] in (b"PK\x03\x04",) or head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "office"  # zip container (docx, odt, ...) or OLE (doc, xls)
    low = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if low.startswith(b"<!doctype html") or low.startswith(b"<html") or (
        low.startswith(b"<") and (b"<html" in low or b"<body" in low or b"<head" in low)
    ):
        return "html"
    return None


def extract(path: Path, *, max_bytes: int = 512 * 1024 * 1024, max_pages: int = 20000) -> Extracted:
    """Read one file.

    Raises:
        EmptyError: the file has 0 bytes.
        TooBigError: the file is larger than ``max_bytes`` or a photo has too many pixels.
        UnsupportedError: the type is unknown (the message names the extension).
        EncryptedError: a password-protected PDF.
        CorruptError: the file cannot be opened or repaired.
    """
    path = Path(path)
    _check_size(path, max_bytes)
    ext = extension(path)
    limits = Limits(max_bytes, max_pages)
    if ext in _CUSTOM:
        return _CUSTOM[ext](path, limits)
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError as e:
        raise ExtractError(f"{path.name} cannot be read: {e.strerror or e}.", str(e)) from e
    if ext in WORD_EXTENSIONS:
        refuse_binary(path, head)  # an old .doc, or a password-protected Word file: a sentence
    media, warn = media_of(path.name, ext, head)
    result = EXTRACTORS[media](path, limits)
    if warn:
        result.meta.setdefault("warnings", []).extend(warn)
    return result


def _check_size(path: Path, max_bytes: int) -> None:
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ExtractError(f"{name} cannot be read: {e.strerror or e}.", str(e)) from e
    if size == 0:
        raise EmptyError(f"{name} is empty (0 bytes); replace it with the real file.")
    if size > max_bytes:
        raise TooBigError(
            f"{name} is {size / 1e6:.0f} MB, more than the {max_bytes / 1e6:.0f} MB limit; "
            "split it or raise the limit.", f"{size} bytes"
        )


#: ZIP files that are archives of other files, and office formats presskit does not read (their
#: first bytes are a ZIP's or an OLE container's, like a Word file's)
_ARCHIVES = frozenset({"zip", "jar", "apk"})
_SHEETS_AND_SLIDES = frozenset({"xlsx", "xlsm", "xls", "ods", "pptx", "ppt", "odp", "key", "numbers"})


def _container_sentence(name: str, ext: str) -> str:
    if ext == "presskit":
        return (f"{name} is a packed kit or an update pack, not a document; keep .presskit files outside "
                "the folder a kit is built from.")
    if ext in _ARCHIVES:
        return (f"{name} is a ZIP archive; presskit does not read inside archives. Unpack it into the "
                "folder and build again.")
    if ext in _SHEETS_AND_SLIDES:
        return f"{name} is a spreadsheet or a presentation (.{ext}) that presskit cannot read; save it as PDF."
    return (f"{name} is an office document (.{ext or 'no extension'}) that presskit cannot read; "
            "save it as .docx, .odt or PDF.")


def media_of(name: str, ext: str, head: bytes) -> tuple[str, list[str]]:
    """How to read a file, from its extension and its first bytes, and the warnings to keep.

    The content wins over a wrong extension; a file whose content contradicts what it must be (a
    ``.pdf`` that does not start with ``%PDF``) is refused.
    """
    by_ext = MEDIA_BY_EXTENSION.get(ext)
    by_magic = sniff(head)
    warn: list[str] = []
    if by_magic == "office" and by_ext == "office" and head.startswith(b"PK"):
        return "office", warn
    if by_magic == "office":
        raise UnsupportedError(_container_sentence(name, ext), "zip/OLE container")
    if by_ext is None:
        if by_magic is None:
            label = f".{ext} files" if ext else "files without an extension"
            raise UnsupportedError(
                f"{name}: {label} are not supported; use PDF, HTML, Markdown, plain text or "
                "JPEG/PNG/TIFF/WebP photos.", f"extension {ext!r}"
            )
        media = by_magic
        warn.append(f"{name} has no known extension; it was read as {media} from its content.")
    elif by_magic is not None and by_magic != by_ext:
        media = by_magic
        warn.append(f"{name} is named .{ext} but is really {media}; it was read as {media}.")
    else:
        media = by_ext
    if media == "pdf" and by_magic != "pdf":
        raise CorruptError(
            f"{name} is not a PDF (it does not start with %PDF); re-export or replace the file.",
            repr(head[:32]),
        )
    if media == "image" and by_magic != "image":
        raise CorruptError(
            f"{name} is not a readable photo (its first bytes match no image format); replace the file.",
            repr(head[:32]),
        )
    if media in ("text", "markdown") and b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedError(f"{name} looks like a binary file, not text; it cannot be read as .{ext}.")
    return media, warn
