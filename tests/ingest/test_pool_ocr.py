"""Scanned pages in the extraction workers: one page per task, each under the time and memory limits,
with progress; a page that hangs or crashes Tesseract is left unread and the others are kept."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from presskit.ingest import ocr
from presskit.ingest.pool import cpu_limit_works, extract_many
from presskit.ingest.record import Extracted
from pressfolder import make_scanned_pdf

PAGES = [["Page one of the statement on victim assistance and clearance."],
         ["Page two of the statement, which a broken scanner made unreadable."],
         ["Page three of the statement closes with thanks to the President."]]


def misbehave_on_page_two() -> None:
    """worker_init: page 2 of hang.pdf never finishes, page 2 of crash.pdf kills the worker, page 2 of
    burn.pdf works for ever (a Tesseract lost in a page of noise)."""
    from presskit.ingest import pool

    real = pool.read_page

    def read_page(path, number, engine):
        if number == 1 and Path(path).name == "hang.pdf":
            time.sleep(300)
        if number == 1 and Path(path).name == "burn.pdf":
            while True:
                pass
        if number == 1 and Path(path).name == "crash.pdf":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, number, engine)

    pool.read_page = read_page


@pytest.fixture(scope="module")
def engine():
    e = ocr.find_engine(["en"])
    if isinstance(e, ocr.OcrUnavailable):
        pytest.skip(f"Tesseract is not installed here: {e.message}")
    return e


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    d = tmp_path_factory.mktemp("scans")
    src = make_scanned_pdf(d / "good.pdf", PAGES, dpi=200)
    for name in ("hang.pdf", "crash.pdf", "burn.pdf"):
        (d / name).write_bytes(src.read_bytes())
    return d


def test_a_hanging_or_crashing_page_is_left_unread_and_the_others_are_read(engine, scans):
    files = [scans / n for n in ("good.pdf", "hang.pdf", "crash.pdf")]
    progress: dict[str, list[tuple[int, int]]] = {}
    t0 = time.monotonic()
    out = dict(extract_many(files, workers=2, timeout=20, ocr=engine, worker_init=misbehave_on_page_two,
                            on_page=lambda p, done, total: progress.setdefault(p.name, []).append((done, total))))
    assert time.monotonic() - t0 < 200
    assert all(isinstance(r, Extracted) for r in out.values())
    good, hang, crash = (out[f] for f in files)
    assert good.meta["ocr"]["pages"] == [1, 2, 3] and good.meta["ocr"]["unread"] == []
    assert "victim assistance" in good.pages[0] and "thanks to the President" in good.pages[2]
    for r, why in ((hang, "took longer than 20 s"), (crash, "crashed the reader")):
        assert r.meta["ocr"]["pages"] == [1, 3] and r.meta["ocr"]["unread"] == [2]
        assert r.status == "ok" and r.pages[1] == "" and "President" in r.pages[2]
        assert any(why in w and "page 2 of" in w for w in r.meta["warnings"]), r.meta["warnings"]
    assert progress["good.pdf"] == [(1, 3), (2, 3), (3, 3)]
    assert "ocr_todo" not in good.meta and set(good.meta["ocr_words"]) == {"1", "2", "3"}


@pytest.mark.skipif(not cpu_limit_works(), reason="processor time is limited on Linux only")
def test_a_page_is_stopped_by_its_processor_time_not_the_clock(engine, scans):
    """A page that works without end is stopped once it has used its share of processor time
    (however busy the machine is, the wall-clock deadline is far); only that page is lost, and the
    document's warnings say why."""
    files = [scans / "burn.pdf", scans / "good.pdf"]
    t0 = time.monotonic()
    out = dict(extract_many(files, workers=2, cpu_s=3, timeout=600, ocr=engine, worker_init=misbehave_on_page_two))
    assert time.monotonic() - t0 < 300
    burn, good = out[files[0]], out[files[1]]
    assert good.meta["ocr"]["pages"] == [1, 2, 3]
    assert burn.meta["ocr"]["pages"] == [1, 3] and burn.meta["ocr"]["unread"] == [2]
    assert any("page 2 of burn.pdf took more than 3 s of processor time" in w for w in burn.meta["warnings"]), \
        burn.meta["warnings"]


def test_without_an_engine_scanned_pages_are_listed_as_unread(scans):
    out = dict(extract_many([scans / "good.pdf"], workers=2))
    r = out[scans / "good.pdf"]
    assert r.status == "no-text" and r.meta["ocr"] == {
        "engine": "none", "pages": [], "unread": [1, 2, 3], "problem": ocr.NO_OCR.message}


def test_in_process_mode_reads_scans_too(engine, scans):
    seen = []
    out = dict(extract_many([scans / "good.pdf"], workers=0, ocr=engine, on_page=lambda *a: seen.append(a[1:])))
    assert out[scans / "good.pdf"].meta["ocr"]["pages"] == [1, 2, 3]
    assert seen == [(1, 3), (2, 3), (3, 3)]


def record_processes() -> None:
    """worker_init: each worker notes, in the folder PRESSKIT_TEST_LOG names, its process name for
    every file it reads and every page it recognises."""
    import multiprocessing as mp

    from presskit.ingest import pool

    log = Path(os.environ["PRESSKIT_TEST_LOG"])
    real_page, real_extract = pool.read_page, pool.extract
    name = mp.current_process().name

    def read_page(path, number, engine):
        with open(log / f"{os.getpid()}.page", "a") as f:
            f.write(f"{name}\n")
        return real_page(path, number, engine)

    def extract(path, **kw):
        with open(log / f"{os.getpid()}.file", "a") as f:
            f.write(f"{name}\n")
        return real_extract(path, **kw)

    pool.read_page, pool.extract = read_page, extract


def test_pages_are_recognised_in_processes_of_their_own(engine, scans, tmp_path, monkeypatch):
    """Readers never run Tesseract: pages go to recognising processes, started after the text
    pass in the readers' places, so there are never more processes than workers."""
    import multiprocessing as mp

    from pressfolder import make_text_pdf

    log = tmp_path / "log"
    log.mkdir()
    monkeypatch.setenv("PRESSKIT_TEST_LOG", str(log))
    texts = [make_text_pdf(tmp_path / f"text{i}.pdf", [[f"Text document {i} on clearance."]] * 3) for i in range(6)]
    most = []
    files = [scans / "good.pdf", *texts]
    out = dict(extract_many(files, workers=2, timeout=60, ocr=engine, worker_init=record_processes,
                            on_page=lambda *a: most.append(len(mp.active_children()))))
    assert out[scans / "good.pdf"].meta["ocr"]["pages"] == [1, 2, 3]
    assert all(isinstance(out[t], Extracted) and "clearance" in out[t].pages[0] for t in texts)
    pages = {p.stem for p in log.glob("*.page")}
    readers = {p.stem for p in log.glob("*.file")}
    assert 1 <= len(pages) <= 2 and not pages & readers  # recognising processes, which read no file
    assert {n for p in log.glob("*.page") for n in p.read_text().split()} == {"presskit-ocr"}
    assert len(most) == 3 and max(most) <= 2


def pictures_in_photos_pdf() -> None:
    """worker_init: Tesseract finds every page of photos.pdf to be a picture (gibberish every way up)."""
    from presskit.ingest import pool

    real = pool.read_page

    def read_page(path, number, engine):
        if Path(path).name == "photos.pdf":
            return ocr.OcrPage(number, "", [], engine.key, picture=True)
        return real(path, number, engine)

    pool.read_page = read_page


def test_after_three_pictures_the_other_picture_pages_of_a_document_are_not_recognised(
        engine, scans, tmp_path, monkeypatch):
    """A document whose first scanned pages are photos has its other picture pages passed over, and
    says so; a document with words is read to the end."""
    photos = make_scanned_pdf(tmp_path / "photos.pdf", PAGES + PAGES[:2], dpi=100)
    files = [photos, scans / "good.pdf"]
    out = dict(extract_many(files, workers=2, ocr=engine, worker_init=pictures_in_photos_pdf))
    from presskit.ingest import pool

    monkeypatch.setattr(pool, "read_page", pool.read_page)  # put back after the test
    pictures_in_photos_pdf()  # for workers=0, in this process
    alone = dict(extract_many([photos], workers=0, ocr=engine))
    # in workers, page 4 may already be being read when page 3 comes back as the third picture:
    # what it gives is set aside, so the outcome is the one of reading the pages one by one
    for r in (out[photos], alone[photos]):
        assert r.meta["ocr"]["pages"] == [] and r.meta["ocr"]["unread"] == []
        assert r.meta["ocr"]["pictures"] == [4, 5]
        passed = "2 picture page(s) of photos.pdf were not recognised (page 4, 5)"
        assert any(passed in w for w in r.meta["warnings"]), r.meta["warnings"]
    assert out[scans / "good.pdf"].meta["ocr"]["pages"] == [1, 2, 3]


def test_two_recognising_processes_share_the_pages_and_a_crash_loses_only_its_page(
        engine, scans, tmp_path, monkeypatch):
    """Once the text pass is over, every core recognises pages; Tesseract crashing on one page in
    one process leaves that page unread and every other page read, in either process."""
    import multiprocessing as mp

    log = tmp_path / "log"
    log.mkdir()
    monkeypatch.setenv("PRESSKIT_TEST_LOG", str(log))
    six = make_scanned_pdf(tmp_path / "six.pdf", PAGES + PAGES, dpi=150)
    files = [six, scans / "crash.pdf"]
    alive = []

    def both(path, done, total):
        alive.append(len(mp.active_children()))

    out = dict(extract_many(files, workers=2, timeout=60, ocr=engine, on_page=both,
                            worker_init=_crash_and_record))
    assert out[six].meta["ocr"]["pages"] == [1, 2, 3, 4, 5, 6]
    crash = out[scans / "crash.pdf"]
    assert crash.meta["ocr"]["pages"] == [1, 3] and crash.meta["ocr"]["unread"] == [2]
    assert any("crashed the reader" in w and "page 2 of" in w for w in crash.meta["warnings"])
    spans = [(float(a), float(b), p.stem) for p in log.glob("*.span")
             for a, b in (ln.split() for ln in p.read_text().splitlines())]
    assert any(a1 < b2 and a2 < b1 and p1 != p2 for a1, b1, p1 in spans for a2, b2, p2 in spans)  # side by side
    assert max(alive) <= 2


def _crash_and_record() -> None:
    """worker_init: misbehave_on_page_two, and note when each page's recognition began and ended."""
    misbehave_on_page_two()
    from presskit.ingest import pool

    log = Path(os.environ["PRESSKIT_TEST_LOG"])
    real = pool.read_page

    def read_page(path, number, engine):
        t0 = time.monotonic()
        res = real(path, number, engine)
        with open(log / f"{os.getpid()}.span", "a") as f:
            f.write(f"{t0} {time.monotonic()}\n")
        return res

    pool.read_page = read_page


def test_no_second_recognising_process_without_room_in_memory(engine, tmp_path, monkeypatch):
    """Under a memory bound the build's processes already fill, pages are recognised one at a time."""
    log = tmp_path / "log"
    log.mkdir()
    monkeypatch.setenv("PRESSKIT_TEST_LOG", str(log))
    six = make_scanned_pdf(tmp_path / "six.pdf", PAGES + PAGES, dpi=150)
    other = make_scanned_pdf(tmp_path / "other.pdf", PAGES, dpi=150)
    out = dict(extract_many([six, other], workers=2, timeout=60, ocr=engine, worker_init=_crash_and_record,
                            ocr_mem_mb=300))
    assert out[six].meta["ocr"]["pages"] == [1, 2, 3, 4, 5, 6] and out[other].meta["ocr"]["pages"] == [1, 2, 3]
    spans = sorted((float(a), float(b)) for p in log.glob("*.span")
                   for a, b in (ln.split() for ln in p.read_text().splitlines()))
    assert len(spans) == 9 and all(b1 <= a2 for (_a1, b1), (a2, _b2) in zip(spans, spans[1:]))  # one after the other


def test_the_end_of_the_text_pass_is_told_once_before_the_scans_come_back(engine, scans, tmp_path):
    from pressfolder import make_text_pdf

    texts = [make_text_pdf(tmp_path / f"text{i}.pdf", [[f"Text document {i} on clearance."]]) for i in range(3)]
    events: list[str] = []
    for path, _res in extract_many([scans / "good.pdf", *texts], workers=2, ocr=engine,
                                   on_text_done=lambda: events.append("text done")):
        events.append(path.name)
    assert events.count("text done") == 1 and events[-1] == "good.pdf"
    assert events.index("text done") == 3  # after the three text files, before the scan's pages are back
    quiet: list[str] = []
    list(extract_many(texts, workers=2, ocr=engine, on_text_done=lambda: quiet.append("text done")))
    assert quiet == []  # no scanned page: nothing to make room for
