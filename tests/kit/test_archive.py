"""Single-file kits: pack, open in place, lazy extraction, read-only guarantee; archive reader properties."""

from __future__ import annotations

import hashlib
import io
import os
import stat
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from presskit.index.status import kit_index_status
from presskit.kit import archive, keys, signing
from presskit.kit.archive import open_packed_kit, pack_kit
from presskit.kit.safearchive import ArchiveLimits, SafeArchive
from presskit.errors import ArchiveError, KitError
from presskit.kit.open import open_kit
from trust_helpers import write_kit


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every path under root with its size and mtime: proves nothing was written."""
    out = {}
    for p in sorted(root.rglob("*")):
        st_ = p.lstat()
        out[p.relative_to(root).as_posix()] = (st_.st_size, st_.st_mtime_ns)
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A real built + signed kit (PDFs, index) and its .presskit."""
    from kitmaker import make_source
    from presskit.build import build_kit

    base = tmp_path_factory.mktemp("built")
    src = make_source(base / "src")
    build_kit(src, base / "kit", workers=1)
    key = base / "key.pem"
    keys.generate_key(key)
    signing.sign_kit(base / "kit", key, publisher="Test Coalition")
    res = pack_kit(base / "kit", base / "kit.presskit")
    return base, res


def test_pack_stores_pdfs_and_deflates_text(built):
    base, res = built
    assert res.index_included, "signing re-stamps the index, so the fresh index is packed"
    with zipfile.ZipFile(base / "kit.presskit") as zf:
        kinds = {zi.filename: zi.compress_type for zi in zf.infolist()}
    assert kinds["press-releases/PR_Opening_16.11.26_EN.pdf"] == zipfile.ZIP_STORED
    assert kinds["briefing-note.txt"] == zipfile.ZIP_DEFLATED
    assert kinds["manifest.json"] == zipfile.ZIP_DEFLATED
    for name in ("manifest.json", "signature.json", "kit.toml", ".presskit/pack.json", "index/stamp.json"):
        assert name in kinds
    assert stat.S_IMODE((base / "kit.presskit").stat().st_mode) & 0o044, "readable by others, like any file"


def test_pack_is_reproducible(built, tmp_path):
    base, _ = built
    pack_kit(base / "kit", tmp_path / "again.presskit")
    assert (tmp_path / "again.presskit").read_bytes() == (base / "kit.presskit").read_bytes()


def test_open_packed_kit_in_place_search_and_verify_without_writing(built):
    from presskit.search import Searcher

    base, _ = built
    path = base / "kit.presskit"
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    kit = open_kit(path)
    assert isinstance(kit, archive.PackedKit)
    assert kit_index_status(kit) == "fresh", "the packed index is used, nothing rebuilt"
    with Searcher(kit) as s:
        res = s.search("stockpiles")
    assert res.total >= 1
    rep = signing.verify_kit(kit)
    assert rep.status == "signed" and rep.publisher == "Test Coalition", rep.summary()
    item = kit.item("press-releases-pr-opening-16-11-26-en")
    p = kit.path_of(item)
    assert p.is_file() and hashlib.sha256(p.read_bytes()).hexdigest() == item.sha256
    assert p.name == "PR_Opening_16.11.26_EN.pdf"
    assert kit.path_of(item) == p, "extracted once, then served from the cache"
    kit.close()
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_kit_folder_is_never_written_by_readers(built):
    from presskit.search import Searcher

    base, _ = built
    root = base / "kit"
    snap = snapshot(root)
    kit = open_kit(root)
    with Searcher(kit) as s:
        s.search("disarmament")
    signing.verify_kit(kit)
    assert snapshot(root) == snap


def test_tampered_packed_kit_names_the_file(built, tmp_path):
    base, _ = built
    src = base / "kit.presskit"
    bad = tmp_path / "bad.presskit"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bad, "w") as zout:
        for zi in zin.infolist():
            data = zin.read(zi)
            if zi.filename == "briefing-note.txt":
                data = data.replace(b"independent", b"INDEPENDENT")
            zout.writestr(zi, data)
    kit = open_packed_kit(bad)
    rep = signing.verify_kit(kit)
    assert rep.status == "modified" and rep.changed == ["briefing-note.txt"]
    # the tampered content is cached under ITS OWN hash, never under the genuine one
    it = kit.item("briefing-note")
    p = kit.path_of(it)
    assert p.parent.name != it.sha256
    kit.close()


def test_packed_kit_without_index_falls_back_to_user_cache(tmp_path):
    root = write_kit(tmp_path / "kit")
    pack_kit(root, tmp_path / "k.presskit")
    kit = open_kit(tmp_path / "k.presskit")
    assert kit_index_status(kit) == "missing"
    assert str(kit.writable_index_dir()).startswith(os.environ["XDG_CACHE_HOME"])
    kit.close()


def test_pack_refuses_changed_files_and_leaves_nothing(tmp_path):
    root = write_kit(tmp_path / "kit")
    (root / "photos" / "summit.jpg").write_bytes(b"other")
    with pytest.raises(ArchiveError, match="summit.jpg"):
        pack_kit(root, tmp_path / "out.presskit")
    assert list(tmp_path.iterdir()) == [root]


def test_an_interruption_just_after_the_temporary_file_appears_leaves_nothing(tmp_path, monkeypatch):
    """Ctrl+C or SIGTERM (the CLI turns it into an exception) can land on any line, also the one
    right after the temporary ZIP is created and before the writer is returned to the code that
    would remove it."""
    root = write_kit(tmp_path / "kit")
    out = tmp_path / "out"
    out.mkdir()
    real_zipfile = archive.zipfile.ZipFile

    def interrupted_after_creating(path, *args, **kwargs):
        real_zipfile(path, *args, **kwargs).close()  # the file now exists on disk
        raise KeyboardInterrupt

    monkeypatch.setattr(archive.zipfile, "ZipFile", interrupted_after_creating)
    with pytest.raises(KeyboardInterrupt):
        pack_kit(root, out / "k.presskit")
    assert list(out.iterdir()) == []


def test_pack_needs_a_built_kit(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(KitError, match="presskit build"):
        pack_kit(tmp_path / "empty", tmp_path / "x.presskit")


def test_update_pack_is_not_opened_as_a_kit(tmp_path):
    root = write_kit(tmp_path / "kit")
    p = tmp_path / "u.presskit"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr(".presskit/pack.json", '{"presskit_pack": "update", "version": 1}')
        zf.writestr("manifest.json", (root / "manifest.json").read_bytes())
    with pytest.raises(KitError, match="update pack"):
        open_kit(p)


def test_newer_pack_version_is_refused(tmp_path):
    p = tmp_path / "n.presskit"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr(".presskit/pack.json", '{"presskit_pack": "kit", "version": 99}')
    with pytest.raises(ArchiveError, match="newer presskit"):
        open_kit(p)


# --- property tests of the safe reader -------------------------------------------------------------

NAME_CHARS = st.sampled_from(list("ab/\\.:~ ") + ["..", "\x00", "\x7f", "\n", "é", "ß", "İ", "文", "C:", "/..", "../"])
names = st.one_of(
    st.lists(NAME_CHARS, min_size=1, max_size=12).map("".join),
    st.lists(st.sampled_from(["a", "b", "docs", "é", "x.pdf"]), min_size=1, max_size=4).map("/".join),
)
ATTRS = st.one_of(st.just(0), st.just((stat.S_IFREG | 0o644) << 16), st.just((stat.S_IFLNK | 0o777) << 16),
                  st.integers(min_value=0, max_value=0xFFFFFFFF))


def _assert_contained(target: Path, outer: Path) -> None:
    base = os.path.realpath(target)
    for p in outer.rglob("*"):
        real = os.path.realpath(p)
        assert real == base or real.startswith(base + os.sep) or p == target, f"escaped: {p}"


@pytest.mark.filterwarnings("ignore:Duplicate name")
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(members=st.lists(st.tuples(names, st.binary(max_size=64)), min_size=1, max_size=6),
       attrs=st.lists(ATTRS, min_size=6, max_size=6))
def test_arbitrary_names_never_escape(tmp_path_factory, members, attrs):
    work = tmp_path_factory.mktemp("prop")
    zpath = work / "a.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        for (name, data), attr in zip(members, attrs):
            zi = zipfile.ZipInfo(name)
            zi.external_attr = attr
            zf.writestr(zi, data)
    outer = work / "outer"
    target = outer / "target"
    target.mkdir(parents=True)
    try:
        with SafeArchive(zpath) as arc:
            written = arc.extract_all(target)
        assert len(written) <= len(members)
    except ArchiveError as e:
        assert e.message.endswith((".", ")")) and len(e.message) > 20
    _assert_contained(target, outer)
    assert sorted(p.name for p in work.iterdir()) == ["a.zip", "outer"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(min_size=1, max_size=24), data=st.binary(max_size=32))
def test_arbitrary_name_bytes_never_escape(tmp_path_factory, raw, data):
    placeholder = b"Q" * len(raw)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(placeholder.decode(), data)
    blob = buf.getvalue()
    assume(blob.count(placeholder) == 2)
    work = tmp_path_factory.mktemp("propb")
    zpath = work / "b.zip"
    zpath.write_bytes(blob.replace(placeholder, raw))
    target = work / "outer" / "target"
    target.mkdir(parents=True)
    try:
        with SafeArchive(zpath) as arc:
            arc.extract_all(target)
    except ArchiveError:
        pass
    _assert_contained(target, work / "outer")


def _valid_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("manifest.json", b'{"format": "presskit"}' * 20, zipfile.ZIP_DEFLATED)
        zf.writestr("docs/a.pdf", b"%PDF" + bytes(range(256)) * 4, zipfile.ZIP_STORED)
        zf.writestr("docs/b.txt", "texte accentué " * 50, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


VALID = _valid_zip()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)), min_size=1, max_size=8),
       cut=st.one_of(st.none(), st.integers(0, len(VALID))))
def test_damaged_archives_only_raise_archive_error(tmp_path_factory, flips, cut):
    blob = bytearray(VALID)
    for pos, val in flips:
        blob[pos] = val
    if cut is not None:
        blob = blob[:cut]
    work = tmp_path_factory.mktemp("dmg")
    zpath = work / "d.zip"
    zpath.write_bytes(bytes(blob))
    target = work / "outer" / "t"
    target.mkdir(parents=True)
    try:
        with SafeArchive(zpath) as arc:
            for name in arc.names():
                arc.read(name)
            arc.extract_all(target)
    except ArchiveError:
        pass
    _assert_contained(target, work / "outer")


@settings(max_examples=100, deadline=None)
@given(blob=st.binary(max_size=2048))
def test_arbitrary_bytes_only_raise_archive_error(tmp_path_factory, blob):
    p = tmp_path_factory.mktemp("junk") / "j.presskit"
    p.write_bytes(blob)
    try:
        with SafeArchive(p):
            pass
    except ArchiveError:
        pass
    try:
        open_packed_kit(p).close()
    except (ArchiveError, KitError):
        pass


def test_valid_names_extract(tmp_path):
    p = tmp_path / "ok.zip"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("docs/é/x.pdf", b"1")
        zf.writestr("docs/", b"")
        zf.writestr("a", b"2")
    with SafeArchive(p) as arc:
        out = arc.extract_all(tmp_path / "t")
    assert sorted(q.relative_to(tmp_path / "t").as_posix() for q in out) == ["a", "docs/é/x.pdf"]
    assert (tmp_path / "t" / "docs" / "é" / "x.pdf").read_bytes() == b"1"


def test_limits_are_configurable(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a", b"1")
        zf.writestr("b", b"2")
    p = tmp_path / "two.zip"
    p.write_bytes(buf.getvalue())
    with pytest.raises(ArchiveError, match="2 members"):
        SafeArchive(p, ArchiveLimits(max_members=1))
    with SafeArchive(p, ArchiveLimits(max_members=2)) as arc:
        assert sorted(arc.names()) == ["a", "b"]
