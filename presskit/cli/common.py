"""What several commands share: a terminal progress bar, and opening a kit ready to search."""

from __future__ import annotations

import shutil
import sys
import time

from ..index.status import kit_index_status
from ..kit.format import Kit
from ..kit.open import open_kit


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
        from ..build import index_kit  # only then: building imports much that searching does not need

        print(f"presskit: the kit's search index is {status}; indexing it into {kit.writable_index_dir()} …",
              file=sys.stderr)
        bar = TerminalProgress("Indexing")
        try:
            index_kit(kit, progress=bar)
        finally:
            bar.close()
    return kit
