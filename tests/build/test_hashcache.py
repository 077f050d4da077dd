"""presskit.build.hashcache: a rebuild reads again only the source files that changed, and never
believes a remembered hash for a file that may have changed."""

from __future__ import annotations

import os

import presskit.build.hashcache as hc
import presskit.fsutil as fsutil
from presskit.fsutil import sha256_file


def _counting(monkeypatch) -> list[str]:
    read: list[str] = []
    real = fsutil.sha256_file

    def counted(p):
        read.append(os.path.basename(str(p)))
        return real(p)

    monkeypatch.setattr(fsutil, "sha256_file", counted)
    return read


def test_unchanged_files_are_not_read_again_and_changed_ones_are(tmp_path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    a, b = src / "a.pdf", src / "b.pdf"
    a.write_bytes(b"first file")
    b.write_bytes(b"other file")
    paths = [str(a), str(b)]
    read = _counting(monkeypatch)
    monkeypatch.setattr(hc, "RACY_NS", -10**12)  # files written just now count as settled here
    first = hc.sha256_sources(src, paths)
    assert first == {str(a): sha256_file(a), str(b): sha256_file(b)} and sorted(read) == ["a.pdf", "b.pdf"]
    read.clear()
    assert hc.sha256_sources(src, paths) == first and read == []  # nothing read again
    b.write_bytes(b"OTHER FILE")  # same size, new content
    again = hc.sha256_sources(src, paths)
    assert read == ["b.pdf"] and again[str(b)] == sha256_file(b) != first[str(b)]


def test_a_file_written_just_before_it_was_hashed_is_hashed_again(tmp_path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    f = src / "new.pdf"
    f.write_bytes(b"just written")
    read = _counting(monkeypatch)
    hc.sha256_sources(src, [str(f)])
    hc.sha256_sources(src, [str(f)])
    assert read == ["new.pdf", "new.pdf"]  # within RACY_NS of the hash: never remembered


def test_a_damaged_cache_means_hashing_everything(tmp_path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    f = src / "a.pdf"
    f.write_bytes(b"content")
    monkeypatch.setattr(hc, "RACY_NS", -10**12)
    hc.sha256_sources(src, [str(f)])
    cache = hc._cache_file(src)
    assert cache.is_file() and not str(cache).startswith(str(src))  # outside the source folder
    for junk in (b"{", b'{"version": 1, "files": {"x": [1, 2]}}', b"[" * 100_000, os.urandom(64)):
        cache.write_bytes(junk)
        read = _counting(monkeypatch)
        assert hc.sha256_sources(src, [str(f)]) == {str(f): sha256_file(f)} and read == ["a.pdf"]
    cache.write_bytes(b'{"version": 1, "files": {"%s": [0, 0, 7, 0, 0, "%s"]}}' % (str(f).encode(), b"0" * 64))
    assert hc.sha256_sources(src, [str(f)]) == {str(f): sha256_file(f)}  # another file's identity


def test_a_kit_file_changed_after_the_build_is_not_taken_for_the_source(tmp_path):
    """The next build hard-links the previous kit's files it need not copy: one changed there since
    (same size, its times put back) is found out and copied afresh from the source."""
    import shutil

    from presskit.build import build_kit
    from presskit.locations import sample_kit_path

    src = tmp_path / "src"
    shutil.copytree(sample_kit_path(), src, ignore=shutil.ignore_patterns("manifest.json", "index"))
    kit = tmp_path / "kit"
    build_kit(src, kit, workers=1)
    build_kit(src, kit, workers=1)  # the kit's files are now remembered
    rel = next(p for p in src.rglob("*.md")).relative_to(src)
    target = kit / rel
    st = target.stat()
    data = bytearray(target.read_bytes())
    data[0] ^= 0x20
    target.write_bytes(bytes(data))
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert target.stat().st_size == st.st_size and target.stat().st_mtime_ns == st.st_mtime_ns
    build_kit(src, kit, workers=1)
    assert (kit / rel).read_bytes() == (src / rel).read_bytes()
