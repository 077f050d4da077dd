"""A file size as a reader reads it, in English or French: "439 KB", "3.1 MB" / "439 Ko", "3,1 Mo".

Used wherever the viewer or an export shows a size to a person (the library's kit rows, the sources of
an exported ``index.html``). The number and its unit are joined by a no-break space, so a wrapped line
never leaves a unit alone at the start of the next one. Sizes are decimal (1 MB = 1,000,000 bytes), as
file managers on every desktop but Windows show them.
"""

from __future__ import annotations

NBSP = "\u00a0"
_UNITS = {"en": ("KB", "MB", "GB"), "fr": ("Ko", "Mo", "Go")}


def file_size(n: int, language: str | None = "en") -> str:
    """``n`` bytes in the reader's language: whole kilobytes below a megabyte (never "0 KB"), one
    decimal below ten megabytes and from a gigabyte, whole megabytes between."""
    lang = language if language in _UNITS else "en"
    kb, mb, gb = _UNITS[lang]
    if n < 1_000_000:
        num, unit = f"{max(n, 1000) / 1e3:.0f}", kb
    elif n < 10_000_000:
        num, unit = f"{n / 1e6:.1f}", mb
    elif n < 1_000_000_000:
        num, unit = f"{n / 1e6:.0f}", mb
    else:
        num, unit = f"{n / 1e9:.1f}", gb
    if lang == "fr":
        num = num.replace(".", ",")
    return f"{num}{NBSP}{unit}"
