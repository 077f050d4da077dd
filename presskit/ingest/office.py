"""Word (.docx) and OpenDocument (.odt) files -> structured text in page-like sections. No Qt.

Read with ``python-docx`` (MIT; its XML parser resolves no entities) and ``odfpy`` (Apache-2.0; it
parses through ``defusedxml``). Nothing in the file is executed (macros are never looked at),
nothing is fetched (linked images and templates are ignored).

:func:`read_office` returns an :class:`OfficeDocument`:

* ``sections``: lists of :class:`Block` (heading, paragraph, list item, table), in reading order,
  including text boxes, footnotes and endnotes (at the end), without deleted tracked changes,
  comments, headers and footers;
* ``pages``: each section as plain text, one index "page" each, so a search hit lands on a stretch
  of a few thousand characters rather than on "the document". Sections follow the document's own
  page breaks (explicit ones, and the layout breaks Word and LibreOffice record when they save);
  a document without any is cut before level 1-2 headings and at paragraph ends, about every
  3,000 characters (one printed page). ``meta["section_kind"]`` says which: ``page`` or ``section``;
* ``meta``: title, author, date (created, else modified), modified, language, subject, keywords,
  links (web addresses of hyperlinks), warnings.

The file is checked as a ZIP archive first (:func:`check_zip`): too many members, a member or a total
that unpacks to more than the limits, or a ratio only a "zip bomb" has, are refused before any XML
is parsed. Old binary ``.doc`` files, and password-protected Word files (which are not ZIP archives),
are refused with a sentence (:func:`refuse_binary`). An XML part that declares a document type
(entities: the "billion laughs" expansion, or references to other files) is refused before parsing
too; the parsers would not expand them anyway (python-docx resolves no entities, odfpy parses
through defusedxml).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Callable

from presskit.errors import CorruptError, EncryptedError, TooBigError, UnsupportedError
from presskit.ingest.record import Extracted, Limits
from presskit.ingest.office_docx import read_docx
from presskit.ingest.office_odt import read_odt
from presskit.ingest.officedoc import (SECTION_MAX, SECTION_TARGET, Block, OfficeDocument, block_text,
                                       section_text, split_sections)

__all__ = [
    "Block",
    "OfficeDocument",
    "OFFICE_EXTENSIONS",
    "read_office",
    "read_docx",
    "read_odt",
    "check_zip",
    "refuse_binary",
    "block_text",
    "section_text",
    "split_sections",
    "SECTION_TARGET",
    "SECTION_MAX",
    "READERS",
    "WORD_EXTENSIONS",
    "extract_office",
]

OFFICE_EXTENSIONS = frozenset({"docx", "odt"})
#: Names under which Word documents travel; an OLE file among them is an old .doc or a locked .docx.
WORD_EXTENSIONS = frozenset({"doc", "dot", "docx", "docm", "odt"})
#: Limits checked before parsing: members, unpacked bytes in all and per XML part, unpacked/packed ratio.
MAX_MEMBERS = 10_000
MAX_UNPACKED = 400 * 1024 * 1024
MAX_XML_PART = 64 * 1024 * 1024
MAX_RATIO = 200


# --- safety checks ----------------------------------------------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refuse_binary(path: Path, head: bytes) -> None:
    """Raise the sentence for a file that is an OLE container (old .doc, or a password-protected
    .docx, which Word stores encrypted inside one). Returns when ``head`` is not OLE."""
    if not head.startswith(_OLE_MAGIC):
        return
    name = path.name
    try:
        with open(path, "rb") as f:
            sample = f.read(1 << 20)
    except OSError:
        sample = head
    if "EncryptedPackage".encode("utf-16-le") in sample:
        raise EncryptedError(
            f"{name} is password-protected; open it in Word or LibreOffice, save a copy without a "
            "password, and build again.", "OLE EncryptedPackage")
    ext = path.suffix.lower().lstrip(".") or "no extension"
    raise UnsupportedError(
        f"{name} is an old Word document (.{'doc' if ext in ('doc', 'docx', 'dot') else ext}), which presskit "
        "cannot read; open it in Word or LibreOffice, save it as .docx, .odt or PDF, and build again.",
        "OLE compound file")


def check_zip(path: Path) -> zipfile.ZipFile:
    """Open ``path`` as a ZIP archive after checking it cannot unpack into something huge.

    Raises:
        CorruptError: not a ZIP archive, or a damaged one.
        TooBigError: too many members, too many unpacked bytes, or a 'zip bomb' ratio.
        EncryptedError: encrypted members.
    """
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise CorruptError(f"{name} is damaged (it is not a readable ZIP package); re-save it.", str(e)) from e
    try:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise TooBigError(f"{name} holds {len(infos)} parts, more than presskit reads; re-save it.")
        total = 0
        for i in infos:
            if i.flag_bits & 0x1:
                raise EncryptedError(f"{name} is encrypted; save a copy without a password and build again.")
            total += i.file_size
            bomb = i.file_size > 10 * 1024 * 1024 and i.file_size > MAX_RATIO * max(1, i.compress_size)
            big_xml = i.filename.lower().endswith((".xml", ".rels")) and i.file_size > MAX_XML_PART
            if bomb or big_xml:
                raise TooBigError(
                    f"{name} unpacks to far more than its size ({i.filename}: {i.file_size / 1e6:.0f} MB); "
                    "it was not opened (a 'zip bomb'?).", f"{i.filename} {i.compress_size} -> {i.file_size}")
        if total > MAX_UNPACKED:
            raise TooBigError(f"{name} unpacks to {total / 1e6:.0f} MB, more than the "
                              f"{MAX_UNPACKED / 1e6:.0f} MB presskit reads; re-save it with smaller images.")
        _refuse_doctypes(zf, infos, name)
    except BaseException:
        zf.close()
        raise
    return zf


#: A document type declaration in the prolog of an XML part, in UTF-8 or UTF-16.
_DOCTYPE_MARKS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be"))
_PROLOG_BYTES = 64 * 1024


def _refuse_doctypes(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse a package whose XML parts declare a document type: Word and LibreOffice never write
    one, and its entities are how an XML file expands to gigabytes ('billion laughs') or points at
    files and addresses elsewhere. Only the start of each part is read (the prolog comes first)."""
    for i in infos:
        if not i.filename.lower().endswith((".xml", ".rels")) or i.file_size == 0:
            continue
        try:
            with zf.open(i) as f:
                head = f.read(_PROLOG_BYTES)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as e:
            raise CorruptError(f"{name} is damaged ({i.filename} cannot be unpacked); re-save it.", str(e)) from e
        if any(m in head for m in _DOCTYPE_MARKS):
            raise UnsupportedError(
                f"{name} declares XML entities ({i.filename}), which Word and LibreOffice never write; "
                "it was not opened (a 'billion laughs' file?). Re-save it from Word or LibreOffice.",
                f"document type declaration in {i.filename}")


def read_office(path: str | Path) -> OfficeDocument:
    """Read a .docx or .odt file (by its content: a .docx that is really an .odt is read as one)."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError as e:
        raise CorruptError(f"{path.name} cannot be read: {e.strerror or e}.", str(e)) from e
    refuse_binary(path, head)
    zf = check_zip(path)
    with zf:
        names = set(zf.namelist())
        if "word/document.xml" in names or any(n.endswith("document.xml") and n.startswith("word/") for n in names):
            fmt = "docx"
        elif "content.xml" in names:
            mime = zf.read("mimetype")[:200].decode("ascii", "replace").strip() if "mimetype" in names else ""
            if mime and not mime.startswith("application/vnd.oasis.opendocument.text"):
                raise UnsupportedError(
                    f"{path.name} is an OpenDocument file of another kind ({mime.rsplit('.', 1)[-1]}); "
                    "only text documents (.odt) are read. Export it as PDF.", mime)
            manifest = zf.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            if b"encryption-data" in manifest:
                raise EncryptedError(f"{path.name} is password-protected; save a copy without a password "
                                     "and build again.", "manifest:encryption-data")
            fmt = "odt"
        else:
            raise UnsupportedError(
                f"{path.name} is a ZIP package but not a Word or OpenDocument text; export it as PDF.",
                ", ".join(sorted(names)[:10]))
    reader = READERS[fmt]
    try:
        return reader(path)
    except (CorruptError, TooBigError, EncryptedError, UnsupportedError):
        raise
    except MemoryError:
        raise
    except Exception as e:  # lxml/SAX/odfpy errors on malformed XML
        raise CorruptError(f"{path.name} is damaged and cannot be read; open it in Word or LibreOffice and "
                           "save it again.", f"{type(e).__name__}: {str(e)[:500]}") from e


READERS: dict[str, Callable[[Path], OfficeDocument]] = {"docx": read_docx, "odt": read_odt}


def extract_office(path: Path, limits: Limits) -> Extracted:
    """The extraction record of a .docx/.odt file: one page per section (see :func:`read_office`)."""
    from presskit.model import OFFICE_MEDIA

    doc = read_office(path)
    pages = doc.pages
    meta = dict(doc.meta)
    if len(pages) > limits.max_pages:
        meta.setdefault("warnings", []).append(
            f"{path.name} has {len(pages)} sections; only the first {limits.max_pages} were read.")
        meta["truncated"] = True
        pages = pages[: limits.max_pages]
    status = "ok" if any(p.strip() for p in pages) else "no-text"
    if status == "no-text":
        meta.setdefault("warnings", []).append(f"{path.name} holds no text; it is listed but cannot be searched.")
    return Extracted(OFFICE_MEDIA, pages, meta, status)
