"""Typed errors. Every message is a sentence a person can act on; ``details`` holds the technical part."""

from __future__ import annotations


class PresskitError(Exception):
    """Base class of every error presskit raises on purpose.

    Args:
        message: one short sentence saying what is wrong and what to do.
        details: optional technical detail (paths, library messages) shown folded away in the UI.
    """

    def __init__(self, message: str, details: str | None = None):
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class KitError(PresskitError):
    """A kit folder, kit.toml or manifest.json is missing, malformed or of an unknown version."""


class KitVersionError(KitError):
    """The kit was made by a newer presskit (newer major format version)."""


class SearchIndexError(PresskitError):
    """The search index is missing, stale or unreadable (it can always be rebuilt from the kit)."""


class UnsafeIndexError(SearchIndexError):
    """A search index holds something presskit refuses to load: code in a pickle, or a size, count or
    offset past what its files hold (it is rebuilt from the kit's files)."""


class ExtractError(PresskitError):
    """A source file cannot be read. ``reason`` is a short machine-friendly code."""

    reason = "unreadable"


class EncryptedError(ExtractError):
    reason = "encrypted"


class CorruptError(ExtractError):
    reason = "corrupt"


class EmptyError(ExtractError):
    reason = "empty"


class UnsupportedError(ExtractError):
    reason = "unsupported"


class TooBigError(ExtractError):
    reason = "too-big"


class BuildError(PresskitError):
    """A kit build failed as a whole (nothing was swapped in; the previous kit is untouched)."""


class Cancelled(PresskitError):
    """Long work stopped because the user asked it to."""

    def __init__(self, message: str = "Cancelled.", details: str | None = None):
        super().__init__(message, details)


class ExportError(PresskitError):
    """An export could not be written (nothing is left under the final name)."""


class ArchiveError(PresskitError):
    """A .presskit archive or update pack is unsafe or malformed."""


class SignatureError(PresskitError):
    """A signature or key is invalid, missing or does not match."""


class LibraryError(PresskitError):
    """The library (the reader's list of kits and saved searches) cannot do what was asked."""


class DiskError(PresskitError):
    """Writing failed because of the disk: full, read-only, not allowed, busy. Nothing was lost."""
