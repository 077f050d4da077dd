"""Tests for presskit.ingest.pool: worker processes, time/memory limits, crashes, cancel, the real corpus."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from pathlib import Path

import pytest

from presskit.errors import Cancelled
from presskit.ingest.extract import register_extractor
from presskit.ingest.record import Extracted
from presskit.ingest.pool import extract_many
from presskit.ingest.record import Failure

# --- extractors for misbehaving files, registered in each worker through worker_init ----------------


def _hang(path, limits):
    time.sleep(3600)


def _crash(path, limits):
    os.kill(os.getpid(), signal.SIGSEGV)


def _oom(path, limits):
    hog = []
    while True:
        hog.append(bytearray(50 * 1024 * 1024))


def _slow(path, limits):
    time.sleep(0.3)
    return Extracted("text", ["slow"], {})


def register_test_extractors() -> None:
    register_extractor("hang", _hang)
    register_extractor("crash", _crash)
    register_extractor("oom", _oom)
    register_extractor("slow", _slow)


def _write(tmp_path: Path, name: str, text: str = "hello world") -> Path:
    p = tmp_path / name
    p.write_text(text, "utf-8")
    return p


def _children_gone(timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if not [c for c in mp.active_children() if c.name == "presskit-extract"]:
            return True
        time.sleep(0.05)
    return False


def test_in_process_mode(tmp_path):
    files = [_write(tmp_path, f"{i}.txt", f"text {i}") for i in range(3)] + [tmp_path / "missing.txt"]
    (tmp_path / "e.pdf").write_bytes(b"")
    files.append(tmp_path / "e.pdf")
    out = dict(extract_many(files, workers=0))
    assert set(out) == set(files)
    assert isinstance(out[files[0]], Extracted) and out[files[0]].pages == ["text 0"]
    assert isinstance(out[tmp_path / "e.pdf"], Failure) and out[tmp_path / "e.pdf"].reason == "empty"
    assert isinstance(out[tmp_path / "missing.txt"], Failure)


def _oom_baseline(tmp_path: Path) -> float:
    """Seconds the pool takes, on this machine under its present load, to start a worker and see the
    memory-eating reader reach its limit (it touches 50 MB at a time: 2 to 5 times slower on a machine
    loaded with other work than on a quiet one)."""
    (tmp_path / "probe").mkdir()
    probe = _write(tmp_path / "probe", "probe.oom")
    t = time.monotonic()
    [(_p, res)] = list(extract_many([probe], workers=1, timeout=120, mem_mb=512, worker_init=register_test_extractors))
    assert isinstance(res, Failure) and res.reason == "memory", res
    return time.monotonic() - t


def test_hang_crash_and_oom_become_failures_and_the_rest_completes(tmp_path):
    # The deadlines follow the machine's present speed: a fixed 3 s per file let the memory-eating
    # reader run out of time before it ran out of memory on a machine loaded with other work.
    base = _oom_baseline(tmp_path)
    timeout = max(3.0, round(3 * base))
    good = [_write(tmp_path, f"doc{i}.txt", f"document {i}") for i in range(6)]
    bad = [_write(tmp_path, "a.hang"), _write(tmp_path, "b.crash"), _write(tmp_path, "c.oom")]
    (tmp_path / "empty.txt").write_bytes(b"")
    files = bad + good + [tmp_path / "empty.txt"]
    t = time.monotonic()
    out = {}
    for path, res in extract_many(files, workers=2, timeout=timeout, mem_mb=512, worker_init=register_test_extractors):
        assert path not in out, "each file is yielded once"
        out[path] = res
    elapsed = time.monotonic() - t
    assert set(out) == set(files)
    hang, crash, oom = (out[p] for p in bad)
    assert isinstance(hang, Failure) and hang.reason == "timeout" and f"longer than {timeout:g} s" in hang.message
    assert isinstance(crash, Failure) and crash.reason == "crash" and "crashed the reader" in crash.message
    assert isinstance(oom, Failure) and oom.reason == "memory" and "512 MB" in oom.message
    for p in good:
        assert isinstance(out[p], Extracted) and out[p].pages[0].startswith("document")
    assert out[tmp_path / "empty.txt"].reason == "empty"
    # the hang is given up at its deadline, not later: at worst one worker waits for it, then starts
    # again after each bad file (each start and the memory-eater's run cost at most one baseline)
    assert elapsed < timeout + 5 * base + 5, (elapsed, timeout, base)
    assert _children_gone(max(5.0, 2 * base))


def _slow_start() -> None:
    time.sleep(2.5)


def test_a_worker_slow_to_start_does_not_charge_its_start_to_the_file(tmp_path):
    files = [_write(tmp_path, f"doc{i}.txt", f"document {i}") for i in range(2)]
    out = dict(extract_many(files, workers=1, timeout=1, worker_init=_slow_start))
    assert all(isinstance(r, Extracted) for r in out.values()), out


def test_cancel_stops_promptly_and_kills_workers(tmp_path):
    files = [_write(tmp_path, f"{i}.hang") for i in range(4)] + [_write(tmp_path, "x.txt")]
    t0 = time.monotonic()
    calls = {"n": 0}

    def cancel():
        calls["n"] += 1
        return time.monotonic() - t0 > 1.5

    got = []
    with pytest.raises(Cancelled):
        for item in extract_many(files, workers=2, timeout=60, cancel=cancel, worker_init=register_test_extractors):
            got.append(item)
    assert time.monotonic() - t0 < 5
    assert calls["n"] > 1
    assert _children_gone()


def test_consumer_stopping_early_kills_workers(tmp_path):
    files = [_write(tmp_path, "first.txt")] + [_write(tmp_path, f"{i}.hang") for i in range(3)]
    gen = extract_many(files, workers=2, timeout=60, worker_init=register_test_extractors)
    path, res = next(gen)
    assert path.name == "first.txt"
    gen.close()
    assert _children_gone()


def test_results_stream_as_they_finish(tmp_path):
    files = [_write(tmp_path, f"{i}.slow") for i in range(6)]
    t0 = time.monotonic()
    times = []
    for _p, res in extract_many(files, workers=2, worker_init=register_test_extractors):
        assert isinstance(res, Extracted)
        times.append(time.monotonic() - t0)
    # two workers: six 0.3 s files take ~0.9 s of work plus start-up, and the first arrives early
    assert times[0] < times[-1] - 0.5


def test_empty_input():
    assert list(extract_many([], workers=2)) == []


# --- the real-world corpus --------------------------------------------------------------------------

def test_corpus_every_file_extracts_or_fails_with_a_reason(corpus_dir):
    files = sorted(p for p in corpus_dir.rglob("*") if p.is_file() and p.suffix.lower() not in (".md", ".tsv"))
    assert files
    out = dict(extract_many(files, workers=2, timeout=120))
    assert set(out) == set(files)
    for p, res in out.items():
        if isinstance(res, Failure):
            assert res.reason and res.message and p.name in res.message
        else:
            assert res.media in ("pdf", "image")
            if res.media == "image":
                assert res.thumbnail, p.name
    by_name = {p.name: r for p, r in out.items()}

    def get(fragment):
        [r] = [r for n, r in by_name.items() if fragment in n]
        return r

    # the damaged PDF is named with its reason; image-only PDFs are listed as no-text
    assert isinstance(get("unreadablemetadata"), Failure) and get("unreadablemetadata").reason == "corrupt"
    for frag in ("CCITTFaxDecode", "imagemagick-lzw", "grayscale-image", "cmyk-image"):
        assert get(frag).status == "no-text", frag
    geo = get("GeoTopo")
    assert len(geo.pages) == 117 and geo.meta["title"] == "Geometrie und Topologie"
    assert "\ufb01" not in "".join(geo.pages)
    assert len(geo.meta["links"]) >= 20
    assert any("\u0600" <= c <= "\u06ff" for c in get("habibi.pdf").pages[0])
    # credits from metadata (looked at with Pillow: XMP dc:creator, EXIF Artist, XPAuthor, copyright)
    assert get("Pentax_K10D").meta["credit"] == "Laitche"
    assert get("32-lens_data").meta["credit"] == "Ilya Kurikhin"
    assert get("DudleyLeavittUtah").meta["credit"] == "Russell Leavitt"
    assert get("xmp__no_exif").meta["caption"] == "Der Goalie bin ig"
    assert get("xmp__no_exif").meta["credit"] == "CREDIT"
    # camera boilerplate is not a caption
    for frag in ("olympus-c960", "corrupted.jpg", "sanyo-vpcsx550", "Konica_Minolta", "PaintTool"):
        assert "caption" not in get(frag).meta, frag
    # orientation applied: 6 swaps width and height
    canon = get("canon_hdr_YES")
    assert (canon.meta["width"], canon.meta["height"]) == (1536, 2048)
    assert get("tiff_strip_cmyk_jpeg").thumbnail
