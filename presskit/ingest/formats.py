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

from ..model import OFFICE_MEDIA, PHOTO_MEDIA

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
    "docx": OFFICE_MEDIA,
    "odt": OFFICE_MEDIA,
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

#: A photo's sidecars, in the order they are read, as (what follows the photo's own name, what replaces
#: its extension): ``photo.jpg.json`` or ``photo.json``; ``photo.jpg.txt`` (the caption as text; never
#: ``photo.txt``, which may be a document of its own); ``photo.jpg.xmp`` or ``photo.xmp``.
SIDECAR_FORMS: tuple[tuple[str, bool], ...] = (
    ("json", True), ("json", False), ("txt", True), ("xmp", True), ("xmp", False),
)
SIDECAR_EXTENSIONS = frozenset(ext for ext, _ in SIDECAR_FORMS)

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


def sidecar_names(photo: str) -> list[str]:
    """The names a sidecar of the photo ``photo`` (a path or name) may have, in the order they are read."""
    p = PurePosixPath(str(photo).replace("\\", "/"))
    if extension(p) not in IMAGE_EXTENSIONS:
        return []
    out = []
    for ext, after_name in SIDECAR_FORMS:
        cand = str(p) + "." + ext if after_name else str(p.with_suffix("." + ext))
        if cand not in out:
            out.append(cand)
    return out


def sidecars_of(photo: str, files: set[str]) -> list[str]:
    """The sidecars of ``photo`` among ``files`` (relative paths), in the order they are read."""
    return [c for c in sidecar_names(photo) if c in files]


def sidecar_paths(photo: Path) -> list[Path]:
    """The sidecar files next to ``photo`` on disk, in the order they are read."""
    return [p for p in (photo.with_name(PurePosixPath(n).name) for n in sidecar_names(photo.name)) if p.is_file()]


def is_sidecar(rel: str, files: set[str]) -> bool:
    """Whether ``rel`` (among the kit's ``files``) is a photo's sidecar rather than a file of its own."""
    p = PurePosixPath(rel)
    ext = extension(p)
    if ext not in SIDECAR_EXTENSIONS:
        return False
    stem = str(p.with_suffix(""))
    if stem in files and rel in sidecar_names(stem):  # photo.jpg.json, photo.jpg.txt, photo.jpg.xmp
        return True
    return any(rel in sidecar_names(cand) for e in IMAGE_EXTENSIONS  # photo.json, photo.xmp
               for cand in (f"{stem}.{e}", f"{stem}.{e.upper()}") if cand in files)
