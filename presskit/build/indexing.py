"""The one indexing loop, shared by a publisher's build and a reader's re-index.

:class:`IndexPass` reads each distinct content once (reused from a previous index's store when it
holds it, else extracted in worker processes, a hostile file skipped with its reason), makes and
indexes every item as results stream in, settles quote attribution across the kit, then writes a
complete new index directory and swaps it in. Killed or failing at any point, the previous index
stays as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import BuildError, Cancelled
from ..index.writer import IndexStats, IndexWriter, new_build_dir, swap_in
from ..ingest.record import Extracted, Failure
from ..model import Item, KitInfo, Quote
from ..quotes.settle import settle_attribution

Progress = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
#: (relative path, content key, what reading it gave) -> the item and its quotes
MakeItem = Callable[[str, str, Extracted], tuple[Item, list[Quote]]]


def shards_for(total_bytes: int) -> int:
    """Two index writers (two processes) pay off only when there is a lot to index."""
    return 2 if total_bytes > 20_000_000 and (os.cpu_count() or 1) > 1 else 1


@contextlib.contextmanager
def disk_errors(where: Path):
    """Turn a full disk or a read-only folder into a sentence; the previous index stays in place."""
    try:
        yield
    except OSError as e:
        if e.errno == errno.ENOSPC:
            raise BuildError(f"The disk is full: the index for {where.parent} could not be written. "
                             "Free some space and build again; the previous kit is unchanged.",
                             details=str(e)) from None
        if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise BuildError(f"Cannot write in {where.parent} ({e.strerror}). Build into a folder you "
                             "can write to with -o.", details=str(e)) from None
        raise


@dataclass
class IndexPass:
    """One pass over a kit's files into the index at ``final``.

    Args:
        final: the index directory to replace.
        order: relative paths of the files, in the order items are listed.
        keys: relative path -> content key (files with the same key are read once).
        locate: relative path -> the file on disk (a packed kit extracts it on demand).
        total_bytes: size of all files (decides one or two index writers).
    """

    final: Path
    order: list[str]
    keys: dict[str, str]
    locate: Callable[[str], Path]
    total_bytes: int
    workers: int = 2
    progress: Progress | None = None
    cancel: CancelFn | None = None
    kit_info: KitInfo | None = None  # organisations and languages, for settling quote attribution
    failures: dict[str, Failure] = field(default_factory=dict)
    reused: int = 0
    extracted: int = 0
    seconds_extract_wait: float = 0.0

    def run(self, cache: dict[str, Extracted], make: MakeItem,
            manifest_sha: Callable[[list[Item]], str]) -> tuple[list[Item], IndexStats]:
        """Index every file; ``manifest_sha(items)`` is called once all are read (it may raise to stop).

        Returns the items made, in ``order``, and the index statistics.
        """
        rels_of: dict[str, list[str]] = {}
        for rel in self.order:
            rels_of.setdefault(self.keys[rel], []).append(rel)
        made: dict[str, tuple[Item, list[Quote]]] = {}
        build_dir = new_build_dir(self.final)
        done = 0
        with IndexWriter(build_dir, shards=shards_for(self.total_bytes)) as writer:

            def got(key: str, result: Extracted | Failure) -> None:
                nonlocal done
                for rel in rels_of[key]:
                    done += 1
                    if isinstance(result, Failure):
                        self.failures[rel] = Failure(result.reason, result.message, rel)
                    else:
                        made[rel] = make(rel, key, result)
                        writer.add_item(made[rel][0], result, key)
                    self._tick(done, rel)

            for key in rels_of:
                if key in cache:
                    self.reused += len(rels_of[key])
                    got(key, cache[key])
            todo = {key: rels for key, rels in rels_of.items() if key not in cache}
            self.extracted = sum(len(r) for r in todo.values())
            t0 = time.perf_counter()
            self._extract(todo, got)
            self.seconds_extract_wait = time.perf_counter() - t0
            items = [made[rel][0] for rel in self.order if rel in made]
            sha = manifest_sha(items)
            for item, quotes in settle_attribution(made.values(), self.kit_info):
                writer.add_quotes(item, quotes)
            stats = writer.finish(sha)
        swap_in(build_dir, self.final)
        return items, stats

    def _tick(self, done: int, label: str) -> None:
        if self.progress:
            self.progress(done, len(self.order), label)
        if self.cancel and self.cancel():
            raise Cancelled()

    def _extract(self, todo: dict[str, list[str]], got: Callable[[str, Extracted | Failure], None]) -> None:
        """Read the files of ``todo`` (key -> paths) in worker processes; ``got`` is called as each ends."""
        if not todo:
            return
        from ..ingest.pool import extract_many

        paths = {self.locate(rels[0]): key for key, rels in todo.items()}
        for path, result in extract_many(list(paths), workers=self.workers, cancel=self.cancel):
            got(paths[path], result)
