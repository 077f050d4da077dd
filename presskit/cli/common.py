"""What several commands share: a terminal progress bar, and opening a kit ready to search."""

from __future__ import annotations

import shutil
import sys
import time
from typing import TYPE_CHECKING, Callable, TypeVar

from ..errors import SearchIndexError
from ..index.damaged import remember_damaged
from ..index.status import kit_index_status
from ..kit.format import Kit
from ..kit.open import open_kit
from ..plaintext import plain

if TYPE_CHECKING:
    from ..search import Searcher

T = TypeVar("T")


class TerminalProgress:
    """A one-line progress bar on a terminal; silent when stderr is not a terminal."""

    def __init__(self, label: str, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.label = label
        self._last = 0.0

    def __call__(self, done: int, total: int, name: str) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.05 and done < total:
            return
        self._last = now
        cols = shutil.get_terminal_size((80, 20)).columns
        width = max(10, min(30, cols - 50))
        filled = int(width * done / max(total, 1))
        name = name if len(name) <= cols - width - 25 else "…" + name[-(cols - width - 26):]
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name}\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def open_searchable(path: str) -> Kit:
    """Open a kit; if its index is missing or stale, build one in the user cache (never in the kit)."""
    kit = open_kit(path)
    status = kit_index_status(kit)
    if status != "fresh":
        _index(kit, f"the kit's search index is {status}; indexing it into {kit.writable_index_dir()} …")
    return kit


def _index(kit: Kit, line: str) -> None:
    from ..build import index_kit  # only then: building imports much that searching does not need

    print(f"presskit: {line}", file=sys.stderr)
    bar = TerminalProgress("Indexing")
    try:
        index_kit(kit, progress=bar)
    finally:
        bar.close()


def searching(path: str, work: Callable[[Searcher], T]) -> tuple[Kit, T]:
    """Open a kit ready to search and run ``work`` with a searcher of it.

    When the kit's own index turns out damaged (a publisher sealed a broken one), it is set aside
    for good (:mod:`presskit.index.damaged`), an index is built from the kit's files in the user
    cache (never in the kit), and ``work`` runs again there: later commands search the rebuilt
    index. A damaged index in the cache itself raises the damaged-index error.
    """
    from ..search import Searcher

    kit = open_searchable(path)
    try:
        with Searcher(kit) as s:
            return kit, work(s)
    except SearchIndexError as e:
        if not remember_damaged(kit):
            raise
        why = e.message + (f" ({plain(e.details, 300)})" if e.details else "")
    _index(kit, f"{why} The kit's own index is set aside for good; indexing the kit into "
                f"{kit.writable_index_dir()} …")
    with Searcher(kit) as s:
        return kit, work(s)


def result_language(it) -> str:
    """The language part of a result line, with its comma: none for a photo (it has no language;
    "?" there looked like a fault), "language unknown" for a document presskit could not place."""
    if it.is_photo:
        return ""
    return f"{it.language or 'language unknown'}, "
