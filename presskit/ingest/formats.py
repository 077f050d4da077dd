"""The one table of file types: which extension is read as what, and which files are sidecars.

* :data:`MEDIA_BY_EXTENSION`: how a file is read (``pdf``, ``html``, ``markdown``, ``text``, ``image``)
  from its extension; :func:`presskit.ingest.extract.extract` also checks the first bytes.
* Sidecars carry a photo's caption and credit next to it: ``NAME.ext.json`` or ``NAME.json`` (caption,
  credit, copyright, title, date), ``NAME.ext.xmp`` or ``NAME.xmp`` (an XMP packet), and
  ``NAME.ext.txt`` (the caption as plain text). They are read with the photo, never listed as items.
* :data:`COMPRESSED_EXTENSIONS`: formats already compressed, stored as they are in ZIP files.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from ..model import PHOTO_MEDIA

#: extension (lower case, no dot) -> media type
MEDIA_BY_EXTENSION: dict[str, str] = {
    "pdf": "pdf",
    "html": "html",
    "htm": "html",
    "xhtml": "html",
    "md": "markdown",
    "markdown": "markdown",
    "txt": "text",
    "text": "text",
    "jpg": PHOTO_MEDIA,
    "jpeg": PHOTO_MEDIA,
    "jpe": PHOTO_MEDIA,
    "png": PHOTO_MEDIA,
    "tif": PHOTO_MEDIA,
    "tiff": PHOTO_MEDIA,
    "webp": PHOTO_MEDIA,
    "gif": PHOTO_MEDIA,
    "bmp": PHOTO_MEDIA,
}

#: extensions of photos presskit reads
IMAGE_EXTENSIONS = frozenset(e for e, m in MEDIA_BY_EXTENSION.items() if m == PHOTO_MEDIA)

#: extensions a photo's sidecar may have, after the photo's own name or in place of its extension
SIDECAR_EXTENSIONS = frozenset({"json", "xmp"})

#: formats that are already compressed (ZIP files store them without deflating again)
COMPRESSED_EXTENSIONS = frozenset({
    "pdf", "jpg", "jpeg", "jpe", "png", "gif", "webp", "heic", "heif", "avif", "jp2", "zip", "gz", "bz2",
    "xz", "7z", "mp3", "m4a", "aac", "ogg", "opus", "mp4", "m4v", "mov", "webm", "mkv", "docx", "xlsx",
    "pptx", "odt", "ods", "odp", "epub", "woff", "woff2",
})


def extension(name: str | PurePosixPath | Path) -> str:
    """The extension of a file name, lower case, without the dot ("" when there is none)."""
    return PurePosixPath(str(name)).suffix.lower().lstrip(".")


def media_for(name: str | PurePosixPath | Path) -> str | None:
    """How a file with this name is read, from its extension alone (None: not a known type)."""
    return MEDIA_BY_EXTENSION.get(extension(name))


def is_compressed(name: str | PurePosixPath | Path) -> bool:
    return extension(name) in COMPRESSED_EXTENSIONS


def is_sidecar(rel: str, files: set[str]) -> bool:
    """Whether ``rel`` (among the kit's ``files``) is a sidecar of a photo rather than a file of its own."""
    p = PurePosixPath(rel)
    if extension(p) not in SIDECAR_EXTENSIONS:
        return False
    stem = str(p.with_suffix(""))
    if stem in files:  # photo.jpg.json
        return True
    return any(f"{stem}.{e}" in files or f"{stem}.{e.upper()}" in files for e in IMAGE_EXTENSIONS)  # photo.json


def sidecar_files(photo: Path) -> list[Path]:
    """Where the sidecars of ``photo`` may be, in the order they are read."""
    out = [photo.with_name(f"{photo.name}.{e}") for e in ("json",)]
    out.append(photo.with_suffix(".json"))
    out += [photo.with_name(f"{photo.name}.txt"), photo.with_name(f"{photo.name}.xmp"), photo.with_suffix(".xmp")]
    return [p for p in out if p != photo]
