"""Extract many files in worker processes, each file under a time and memory limit.

A hostile or broken file must never take the builder (or the viewer) down: each file is read in a
worker process; a file that hangs, eats memory or crashes its reader becomes a :class:`Failure` with a
sentence, the worker is replaced, and the other files carry on.

Design (see docs/ingest.md):

* ``spawn`` start method: safe in a Qt application (no fork of a process holding GUI threads) and the
  same on every OS. Workers live for the whole call (start-up ~0.3 s each, in parallel), so the per-file
  cost is one pipe round trip and one pickle of the result.
* One duplex ``Pipe`` per worker, no shared queue: killing a worker can never leave a lock held or a
  half-written message in a channel the others use. The parent waits on all pipes and process sentinels
  at once (``multiprocessing.connection.wait``) with the nearest deadline as timeout.
* Largest files first, so the long ones do not end up alone at the end.
* A worker empties MuPDF's cache when it holds more than 160 MB between two pages, gives the memory
  it freed back to the system after each file, and empties the cache then too if it still holds
  more than 100 MB (:func:`presskit.ingest.pdf.hold_less`, :func:`~presskit.ingest.pdf.after_file`,
  :mod:`presskit.memory`): otherwise each worker stays as large as the largest document it has
  read, for the rest of the build.
* On Linux each worker sets ``RLIMIT_AS`` to ``mem_mb``; hitting it shows up as ``MemoryError`` (Python)
  or a MuPDF allocation error (both reported as "used more than N MB") or as the worker dying.
* Scanned pages (``meta["ocr_todo"]`` of a PDF) are recognised one page per task, after the text pass,
  in recognising processes of their own, each taking the place of a reader with no file left to read
  (as many as there are pages waiting, never more processes than ``workers``): no reader holds a
  page's pixels and Tesseract on top of a file (a reader recognising a page peaked at 390-550 MB),
  and Tesseract's memory (about 190 MB for an A4 page) never adds to a reader's (measured: 651 MB for
  the real corpus's build when the two ran side by side, target 600). Once the last reader is done,
  scans are read on every core (one recognising process left the second core idle for minutes on
  the 100,000-page benchmark). A recognising process runs under the same time and memory limits as a
  reader, one page per task: a page that hangs or crashes Tesseract is left unread without losing
  the others, whichever process it was in. A document whose first pages recognised are all
  pictures (:func:`presskit.ingest.ocr.gives_up`, judged on its pages in their order) has its other
  picture pages left unread: the same pages whether one process or two read them.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from ..errors import BuildError, Cancelled
from ..memory import tree_resident_bytes
from .extract import extract
from .limits import _crash_failure, _failure_from_exception, _limit_cpu, _limit_memory, _what, cpu_limit_works
from .ocr import NO_OCR, OcrEngine, OcrPage, OcrUnavailable, apply_ocr, gives_up, read_page
from .record import Extracted, Failure

__all__ = ["Failure", "extract_many", "cpu_limit_works"]

#: work done in the reader on each file right after it is read (see :func:`extract_many`)
Then = Callable[[Path, Extracted], object]


#: what one recognising process may come to hold (an A4 page at 300 dpi, three languages: 200-262 MB
#: measured), counted for each one running and for the one about to start (see ``ocr_mem_mb``)
RECOGNISER_MB = 270
#: the wall-clock deadline of a task, in multiples of its processor time (see extract_many's ``timeout``)
_WALL_PER_CPU = 4
_START_LIMIT = 60.0  # seconds a worker may take to start (import PyMuPDF and Pillow) before it is replaced


def _worker_main(conn: Connection, mem_mb: int, max_bytes: int, max_pages: int,
                 worker_init: Callable[[], None] | None, then: Then | None = None, cpu_s: float = 0.0) -> None:
    """Worker loop: receive a path, send back ("ok", Extracted) or ("fail", reason, message)."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's business
    except ValueError:  # pragma: no cover
        pass
    if worker_init is not None:
        worker_init()
    from .pdf import after_file, hold_less, mupdf

    mupdf()  # load PyMuPDF and Pillow now: start-up time is not charged to the first file
    hold_less()
    import PIL.Image  # noqa: F401

    _limit_memory(mem_mb)
    conn.send(("ready",))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        page = -1
        if isinstance(task, tuple):  # ("ocr", path, page number, engine)
            _kind, task, page, engine = task
        path = Path(task)
        _limit_cpu(cpu_s)
        try:
            if page >= 0:
                msg: tuple = ("ok", read_page(path, page, engine))
            else:
                msg = ("ok", _then(then, path, extract(path, max_bytes=max_bytes, max_pages=max_pages)))
        except BaseException as e:  # noqa: BLE001 - a worker reports everything
            msg = ("fail", _failure_from_exception(path, e, mem_mb, page))
        try:
            conn.send(msg)
        except MemoryError:
            conn.send(("fail", Failure("memory", f"{path.name} used more than {mem_mb} MB; it was skipped.")))
        except Exception as e:  # unpicklable result: should not happen
            conn.send(("fail", Failure("unreadable", f"{path.name}: the result could not be passed back ({e}).")))
        if msg[0] == "fail" and msg[1].reason == "memory":
            return  # a process that ran out of memory may be in a bad state: let a fresh one take over
        del msg
        after_file()  # a large file's memory must not stay with this worker for the whole build


def _then(then: Then | None, path: Path, ex: Extracted) -> Extracted:
    """Run ``then`` on a file just read (see :func:`extract_many`); what it gives goes in ``ex.derived``.
    It failing never fails the file: the caller then does the work itself."""
    if then is not None:
        try:
            ex.derived = then(path, ex)
        except Exception:  # noqa: BLE001
            ex.derived = None
    return ex


@dataclass(frozen=True)
class _Task:
    """One job for a worker: read a whole file (``page`` -1), or recognise one of its pages."""

    path: Path
    page: int = -1
    engine: OcrEngine | None = None


@dataclass
class _Scan:
    """A scanned file whose pages are being recognised."""

    ex: Extracted
    todo: list[int]
    done: dict[int, OcrPage] = field(default_factory=dict)
    failed: dict[int, str] = field(default_factory=dict)
    dropped: list[int] = field(default_factory=list)  # taken off the queue, never read
    cut: int | None = None  # pages after todo[cut] are passed over (see give_up)

    @property
    def finished(self) -> int:
        return len(self.done) + len(self.failed) + len(self.dropped)

    def give_up(self) -> bool:
        """Whether the pages read so far say that the rest are pictures (:func:`gives_up`), judged on
        the pages in their order, as far as every one of them is back: the same pages are passed
        over whichever recognising process finished first. Once True, ``cut`` is set."""
        if self.cut is None:
            ordered: dict[int, OcrPage] = {}
            for i, pno in enumerate(self.todo):
                if pno in self.failed:
                    continue
                if pno not in self.done:
                    break
                ordered[pno] = self.done[pno]
                if gives_up(ordered):
                    self.cut = i
                    break
        return self.cut is not None

    def outcome(self) -> tuple[dict[int, OcrPage], dict[int, str], list[int]]:
        """(pages read, pages failed, pages passed over) once every page is back."""
        skipped = self.todo[self.cut + 1:] if self.cut is not None else []
        gone = set(skipped)
        return ({p: r for p, r in self.done.items() if p not in gone},
                {p: m for p, m in self.failed.items() if p not in gone}, skipped)


class _Worker:
    """A worker process; ``ocr``: it recognises scanned pages (and reads no file)."""

    def __init__(self, ctx, args: tuple, ocr: bool = False):
        self.ocr = ocr
        parent, child = ctx.Pipe(duplex=True)
        self.conn: Connection = parent
        self.proc = ctx.Process(target=_worker_main, args=(child, *args), daemon=True,
                                name="presskit-ocr" if ocr else "presskit-extract")
        self.proc.start()
        child.close()
        self.task: _Task | None = None
        self.deadline = 0.0
        self.ready = False
        self.started = time.monotonic()

    def give(self, task: "_Task", timeout: float) -> bool:
        """Hand ``task`` to the worker; False if the worker is gone (the caller replaces it)."""
        try:
            self.conn.send(str(task.path) if task.page < 0 else ("ocr", str(task.path), task.page, task.engine))
        except (OSError, ValueError):
            return False
        self.task = task
        self.deadline = time.monotonic() + timeout
        return True

    def kill(self) -> None:
        try:
            if self.proc.is_alive():
                self.proc.kill()
            self.proc.join(timeout=2)
        except Exception:  # pragma: no cover
            pass
        try:
            self.conn.close()
        except Exception:  # pragma: no cover
            pass

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except Exception:
            pass
        self.proc.join(timeout=1)
        self.kill()


def _size(p: Path) -> int:
    try:
        return os.stat(p).st_size
    except OSError:
        return 0


def extract_many(
    paths: Sequence[Path],
    *,
    workers: int = 2,
    timeout: float | None = None,
    mem_mb: int = 2048,
    cancel: Callable[[], bool] | None = None,
    max_bytes: int = 512 * 1024 * 1024,
    max_pages: int = 20000,
    worker_init: Callable[[], None] | None = None,
    ocr: OcrEngine | OcrUnavailable | None = None,
    on_page: Callable[[Path, int, int], None] | None = None,
    ocr_photos: Iterable[Path] = (),
    then: Then | None = None,
    cpu_s: float = 120.0,
    ocr_mem_mb: int = 0,
    on_text_done: Callable[[], None] | None = None,
) -> Iterator[tuple[Path, Extracted | Failure]]:
    """Extract ``paths`` and yield ``(path, Extracted | Failure)`` as each file finishes.

    Args:
        workers: worker processes (default 2, one per core here); 0 reads in this process, one file at a
            time, without time or memory limits (tests, debugging).
        cpu_s: seconds of processor time one file, or one scanned page, may take (Linux: the
            system stops the worker past it, ``RLIMIT_CPU``); the file is then a Failure (the page
            is left unread). Processor time, not wall time: on a machine busy with other work a
            page gets the same share of work before it is given up.
        timeout: wall-clock seconds a task may take, for one that hangs without working (default
            four times ``cpu_s`` where the processor time is limited, else ``cpu_s``); past it the
            worker is killed, with the same outcome.
        mem_mb: address-space limit of each worker (Linux).
        cancel: polled about 10 times a second; when it returns True the workers are killed and
            :class:`presskit.errors.Cancelled` is raised.
        worker_init: picklable function run once in each worker before any file (tests register extra
            extractors with it).
        ocr: the engine that reads scanned pages (:func:`presskit.ingest.ocr.find_engine`), or why
            there is none; None: scanned pages are not read (they are listed as unread).
        on_page: called as ``on_page(path, pages_done, pages_to_read)`` after each scanned page.
        ocr_photos: photos that are documents (a kit.toml kind other than photo: a statement
            photographed on a phone); their text is recognised as a scanned page's.
        then: picklable function run in the reader on each file just read, ``then(path, extracted)``
            (a builder makes the file's item there, on both cores); what it returns travels back as
            ``extracted.derived``. Its time counts in the file's ``timeout``; it raising leaves
            ``derived`` None. ``derived`` is None for a file whose scanned pages are then recognised
            (its text changed after ``then`` ran).
        ocr_mem_mb: a second (third…) recognising process starts only while this process and all its
            children (index writers too) hold less than this, counting RECOGNISER_MB for each
            recognising process and the new one (Linux; elsewhere only one recognises); 0: no bound.
        on_text_done: called once, when every file has been read and scanned pages are still to be
            recognised (a builder has its index writers give memory back then).

    Every path is yielded exactly once unless cancelled. Files are started largest first.
    """
    order = sorted((Path(p) for p in paths), key=_size, reverse=True)
    if timeout is None:
        timeout = cpu_s * (_WALL_PER_CPU if cpu_limit_works() else 1)
    engine = ocr if ocr is not None else NO_OCR
    photos = {Path(p) for p in ocr_photos}
    if workers <= 0:
        yield from _in_process(order, cancel, max_bytes, max_pages, mem_mb, worker_init, engine, on_page, photos,
                               then)
        return
    if not order:
        return
    pool = _Pool(mp.get_context("spawn"), (mem_mb, max_bytes, max_pages, worker_init, then, cpu_s),
                 [_Task(p) for p in reversed(order)], timeout, mem_mb, workers, cpu_s)  # pop(): largest first
    pool.ocr_mem_mb = ocr_mem_mb
    scans: dict[Path, _Scan] = {}
    try:
        pool.start(min(workers, len(order)))
        while pool.busy():
            _check_cancel(cancel)
            if on_text_done is not None and pool.only_scans_left():
                on_text_done()
                on_text_done = None
            for task, outcome in pool.round(poll_often=cancel is not None):
                _mark_photo(task.path, outcome, photos, task.page)
                done = _settle(task, outcome, scans, pool, engine, on_page)
                if done is not None:
                    yield done
                    _check_cancel(cancel)
    finally:
        pool.close()


def _mark_photo(path: Path, outcome, photos: set[Path], page: int = -1) -> None:
    """A photo that is a document is read like a one-page scan."""
    if page < 0 and path in photos and isinstance(outcome, Extracted) and outcome.is_photo:
        outcome.meta["ocr_todo"] = [0]
        outcome.derived = None


def _settle(task: "_Task", outcome, scans: dict[Path, _Scan], pool: "_Pool", engine, on_page):
    """What a finished task means: a file to yield now, or pages of a scan still to recognise."""
    if task.page < 0:
        todo = outcome.meta.get("ocr_todo") if isinstance(outcome, Extracted) else None
        if todo:
            outcome.derived = None  # made from the text before recognition: not the file's text
        if todo and isinstance(engine, OcrEngine):
            scans[task.path] = _Scan(outcome, list(todo))
            pool.push([_Task(task.path, p, engine) for p in todo])
            return None
        if todo:
            apply_ocr(outcome, {}, {}, engine, task.path.name)
        return task.path, outcome
    scan = scans[task.path]
    if isinstance(outcome, OcrPage):
        scan.done[task.page] = outcome
    else:
        scan.failed[task.page] = outcome.message
    if scan.give_up():
        scan.dropped += pool.drop(task.path)
    if on_page is not None:
        on_page(task.path, scan.finished, len(scan.todo))
    if scan.finished < len(scan.todo):
        return None
    del scans[task.path]
    done, failed, skipped = scan.outcome()
    return task.path, apply_ocr(scan.ex, done, failed, engine, task.path.name, skipped)


def _check_cancel(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled("Reading the files was cancelled.")


class _Pool:
    """The worker processes of one :func:`extract_many` call, and the tasks still to do: files for the
    readers, scanned pages for the one recognising process (see the module's notes)."""

    def __init__(self, ctx, args: tuple, pending: list[_Task], timeout: float, mem_mb: int, most: int,
                 cpu_s: float = 0.0):
        self.ctx, self.args, self.pending, self.cpu_s = ctx, args, pending, cpu_s
        self.timeout, self.mem_mb, self.most = timeout, mem_mb, most
        self.ocr_pending: list[_Task] = []
        self.ocr_mem_mb = 0
        self.workers: list[_Worker] = []
        self.start_failures = 0

    def start(self, n: int) -> None:
        self.workers = [_Worker(self.ctx, self.args) for _ in range(n)]
        for i in range(n):
            self.feed(i)

    def push(self, tasks: list[_Task]) -> None:
        """Recognise ``tasks`` (scanned pages, in this order) in the recognising process."""
        self.ocr_pending.extend(reversed(tasks))
        self.balance()

    def drop(self, path: Path) -> list[int]:
        """Forget the pages of ``path`` still waiting for recognition; their numbers."""
        gone = [t.page for t in self.ocr_pending if t.path == path]
        self.ocr_pending = [t for t in self.ocr_pending if t.path != path]
        return sorted(gone)

    def balance(self) -> None:
        """Stop the workers with nothing left to do, start the recognising process once every file has
        gone to a reader (never more than ``most`` processes), and give every idle worker a task."""
        for w in [w for w in self.workers if w.task is None and not self._queue(w)]:
            self.workers.remove(w)  # nothing left for it (the text pass is over, or no page waits)
            w.stop()
        idle_ocr = sum(1 for w in self.workers if w.ocr and w.task is None)
        while (not self.pending and len(self.ocr_pending) > idle_ocr and len(self.workers) < self.most
               and self._room_for_recogniser()):
            self.workers.append(_Worker(self.ctx, self.args, ocr=True))  # a reader's place, once free
            idle_ocr += 1
        while self.pending and len(self.workers) < min(self.most, len(self.busy()) + len(self.pending)):
            self.workers.append(_Worker(self.ctx, self.args))
        for i, w in enumerate(self.workers):
            if w.task is None:
                self.feed(i)

    def _room_for_recogniser(self) -> bool:
        """Whether one more recognising process fits under ``ocr_mem_mb`` (the first always does)."""
        ocr = {w.proc.pid for w in self.workers if w.ocr}
        if not ocr or not self.ocr_mem_mb:
            return True
        held = tree_resident_bytes()
        if held is None:
            return False
        mb = 1024 * 1024
        total = sum(max(b, RECOGNISER_MB * mb) if pid in ocr else b for pid, b in held.items())
        return total + RECOGNISER_MB * mb <= self.ocr_mem_mb * mb

    def only_scans_left(self) -> bool:
        """Whether every file has been read and only scanned pages remain."""
        return not self.pending and all(w.ocr for w in self.busy()) and bool(self.ocr_pending or self.busy())

    def busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.task is not None]

    def _queue(self, w: _Worker) -> list[_Task]:
        return self.ocr_pending if w.ocr else self.pending

    def feed(self, i: int) -> None:
        """Give the next task of its kind to worker ``i``, replacing the worker if it died meanwhile."""
        for _attempt in range(3):
            w = self.workers[i]
            queue = self._queue(w)
            if not queue:
                return
            if w.proc.is_alive() and w.give(queue[-1], self.timeout):
                queue.pop()
                return
            w.kill()
            self.workers[i] = _Worker(self.ctx, self.args, ocr=w.ocr)

    def round(self, poll_often: bool) -> list[tuple[_Task, Extracted | OcrPage | Failure]]:
        """Wait for the next worker to answer, die or pass its deadline; the tasks that ended."""
        busy = self.busy()
        wait_for = max(0.0, min(w.deadline for w in busy) - time.monotonic())
        if poll_often:
            wait_for = min(wait_for, 0.1)
        ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=wait_for))
        now = time.monotonic()
        done = []
        for w in busy:
            task = w.task
            outcome = self._outcome(w, ready, now)
            if outcome is not None:
                done.append((task, outcome))
        return done

    def _outcome(self, w: _Worker, ready: set, now: float) -> Extracted | OcrPage | Failure | None:
        """What worker ``w`` gave for its task, if it ended (the worker is then fed or replaced)."""
        task = w.task
        assert task is not None
        signalled = w.conn in ready or w.proc.sentinel in ready
        outcome, replace = None, False
        if w.conn in ready:
            try:
                msg = w.conn.recv()
                if msg[0] == "ready":
                    w.ready = True
                    self.start_failures = 0
                    w.deadline = time.monotonic() + self.timeout  # start-up time is not the file's
                    if not (w.conn.poll() or not w.proc.is_alive()):
                        return None
                    msg = w.conn.recv()
                outcome = msg[1]
                replace = not w.proc.is_alive() or (isinstance(outcome, Failure) and outcome.reason == "memory")
            except (EOFError, OSError):
                outcome = None
        if outcome is None and not w.ready and signalled:
            self._restart(w, task)  # the worker died while starting: not the file's fault
            return None
        if outcome is None and not w.ready and now >= w.deadline:
            if now - w.started < _START_LIMIT:  # still starting (a loaded machine): the file's time has not begun
                w.deadline = now + self.timeout
            else:
                self._restart(w, task)
            return None
        if outcome is None and signalled:
            w.proc.join(timeout=1)
            outcome, replace = _crash_failure(task.path, w.proc.exitcode, self.mem_mb, task.page, self.cpu_s), True
        elif outcome is None and now >= w.deadline:
            what = _what(task.path, task.page)
            outcome = Failure("timeout", f"{what} took longer than {self.timeout:g} s to read; it was skipped.")
            replace = True
        if outcome is None:
            return None
        w.task = None
        i = self.workers.index(w)
        if replace:
            w.kill()
            if self._queue(w):
                self.workers[i] = _Worker(self.ctx, self.args, ocr=w.ocr)
            # else: dead and idle; balance() or feed() replaces it if more work comes
        self.balance()
        return outcome

    def _restart(self, w: _Worker, task: _Task) -> None:
        """Put ``task`` back and start a new worker in place of ``w``, which died while starting."""
        w.proc.join(timeout=1)
        self.start_failures += 1
        if self.start_failures >= 3:
            raise BuildError(
                "The reader processes could not start, so no file could be read. "
                "If presskit is embedded in another program, its main module must use "
                "'if __name__ == \"__main__\":' (and multiprocessing.freeze_support() when frozen).",
                f"worker exit code {w.proc.exitcode}",
            )
        w.task = None
        self._queue(w).append(task)
        w.kill()
        i = self.workers.index(w)
        self.workers[i] = _Worker(self.ctx, self.args, ocr=w.ocr)
        self.feed(i)

    def close(self) -> None:
        for w in self.workers:
            if w.task is None and w.proc.is_alive():
                w.stop()
            else:
                w.kill()


def _in_process(order, cancel, max_bytes, max_pages, mem_mb, worker_init, engine, on_page, photos, then=None):
    if worker_init is not None:
        worker_init()
    for p in order:
        if cancel is not None and cancel():
            raise Cancelled("Reading the files was cancelled.")
        try:
            ex = extract(p, max_bytes=max_bytes, max_pages=max_pages)
        except Exception as e:  # noqa: BLE001
            yield p, _failure_from_exception(p, e, mem_mb)
            continue
        _mark_photo(p, _then(then, p, ex), photos)
        todo = ex.meta.get("ocr_todo") or []
        if todo:
            ex.derived = None
        done: dict[int, OcrPage] = {}
        failed: dict[int, str] = {}
        skipped: list[int] = []
        for k, pno in enumerate(todo if isinstance(engine, OcrEngine) else []):
            _check_cancel(cancel)
            if gives_up(done):
                skipped.append(pno)
            else:
                try:
                    done[pno] = read_page(p, pno, engine)
                except Exception as e:  # noqa: BLE001
                    failed[pno] = _failure_from_exception(p, e, mem_mb, pno).message
            if on_page is not None:
                on_page(p, k + 1, len(todo))
        yield p, apply_ocr(ex, done, failed, engine, p.name, skipped) if todo else ex
