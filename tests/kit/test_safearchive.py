"""Hostile archives: every case of issue 5 refused with an ArchiveError and a sentence, nothing written."""

from __future__ import annotations

import io
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from presskit.kit.archive import open_packed_kit
from presskit.kit.safearchive import ArchiveLimits, SafeArchive
from presskit.errors import ArchiveError
from presskit.kit.open import open_kit
from trust_helpers import patch_name, zip_bytes


def refuse(tmp_path: Path, blob: bytes, match: str, limits: ArchiveLimits | None = None) -> ArchiveError:
    p = tmp_path / "hostile.presskit"
    p.write_bytes(blob)
    target = tmp_path / "out"
    target.mkdir(exist_ok=True)
    with pytest.raises(ArchiveError, match=match) as ei:
        with SafeArchive(p, limits or ArchiveLimits()) as arc:
            arc.extract_all(target)
    assert list(target.iterdir()) == [], "nothing extracted from a refused archive"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["hostile.presskit", "out"]
    msg = ei.value.message
    assert msg[0].isupper() or msg.startswith(str(tmp_path)), msg
    if limits is None:  # opening it as a kit fails the same way (never a zipfile/zlib exception)
        with pytest.raises(ArchiveError):
            open_kit(p)
    return ei.value


@pytest.mark.parametrize("name", ["../evil.txt", "docs/../../evil.txt", "a/b/../../../evil"])
def test_path_traversal(tmp_path, name):
    refuse(tmp_path, zip_bytes([("manifest.json", b"{}"), (name, b"x")]), "climbs out")


@pytest.mark.parametrize("name", ["/etc/passwd", "//server/share/x"])
def test_absolute_path(tmp_path, name):
    refuse(tmp_path, zip_bytes([(name, b"x")]), "absolute path")


def test_backslash_absolute(tmp_path):
    refuse(tmp_path, zip_bytes([("\\Windows\\evil.dll", b"x")]), "absolute path")


def test_backslash_traversal(tmp_path):
    refuse(tmp_path, zip_bytes([("docs\\..\\..\\evil", b"x")]), "backslash")


@pytest.mark.parametrize("name", ["C:/Windows/evil.dll", "c:evil", "d:\\x"])
def test_drive_letter(tmp_path, name):
    refuse(tmp_path, zip_bytes([(name, b"x")]), "drive letter|backslash")


def test_colon_stream(tmp_path):
    refuse(tmp_path, zip_bytes([("doc.pdf:Zone.Identifier", b"x")]), "':'")


def test_symlink(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zi = zipfile.ZipInfo("docs/link.pdf")
        zi.create_system = 3
        zi.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(zi, "/etc/passwd")
    refuse(tmp_path, buf.getvalue(), "symbolic link")


def test_fifo_or_device(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zi = zipfile.ZipInfo("dev")
        zi.external_attr = (stat.S_IFCHR | 0o666) << 16
        zf.writestr(zi, "")
    refuse(tmp_path, buf.getvalue(), "special file")


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_duplicate_names(tmp_path):
    refuse(tmp_path, zip_bytes([("a.pdf", b"1"), ("a.pdf", b"2")]), "twice")


def test_names_equal_on_windows_and_macos(tmp_path):
    refuse(tmp_path, zip_bytes([("Photo.JPG", b"1"), ("photo.jpg", b"2")]), "same name")
    nfc, nfd = "caf\u00e9.pdf", "cafe\u0301.pdf"
    refuse(tmp_path, zip_bytes([(nfc, b"1"), (nfd, b"2")]), "same name")


def test_file_and_folder_with_one_name(tmp_path):
    refuse(tmp_path, zip_bytes([("docs", b"1"), ("docs/a.pdf", b"2")]), "both as a file and as a folder")


def test_non_utf8_name_is_refused(tmp_path):
    blob = patch_name(zip_bytes([("caf_.pdf", b"data")]), b"caf_.pdf", "café.pdf".encode("latin-1"))
    err = refuse(tmp_path, blob, "not UTF-8")
    assert "presskit pack" in err.message


def test_bad_utf8_with_utf8_flag_is_refused(tmp_path):
    blob = zip_bytes([("é_.pdf", b"data")])  # non-ASCII: zipfile sets the UTF-8 flag
    blob = patch_name(blob, "é_.pdf".encode(), b"\xff\xfe_.pdf")
    refuse(tmp_path, blob, "not valid UTF-8")


def test_utf8_name_without_flag_is_accepted(tmp_path):
    """macOS' Archive Utility writes UTF-8 names without the flag: those are fine."""
    blob = patch_name(zip_bytes([("caf__.pdf", b"data")]), b"caf__.pdf", "café.pdf".encode("utf-8"))
    p = tmp_path / "mac.zip"
    p.write_bytes(blob)
    with SafeArchive(p) as arc:
        assert arc.names() == ["café.pdf"]
        assert arc.read("café.pdf") == b"data"


def test_nul_byte_in_name(tmp_path):
    blob = patch_name(zip_bytes([("evil.pdfX../../x", b"d")]), b"evil.pdfX../../x", b"evil.pdf\x00../../x")
    refuse(tmp_path, blob, "NUL byte")


def test_control_characters(tmp_path):
    refuse(tmp_path, zip_bytes([("a\nb.pdf", b"d")]), "control characters")


@pytest.mark.parametrize("name", ["a//b", "./a", "a/./b"])
def test_empty_or_dot_components(tmp_path, name):
    refuse(tmp_path, zip_bytes([(name, b"d")]), "empty or '.'")


def test_zip_bomb_ratio(tmp_path):
    blob = zip_bytes([("bomb.txt", b"\0" * (50 << 20))])  # 50 MB of zeros -> ~50 KB
    assert len(blob) < 200_000
    err = refuse(tmp_path, blob, "zip bomb")
    assert "to 1" in err.message


def test_zip_bomb_per_file_size(tmp_path):
    blob = zip_bytes([("big.pdf", b"x" * 5000)], compress=zipfile.ZIP_STORED)
    refuse(tmp_path, blob, "for one file", ArchiveLimits(max_file_bytes=4096))


def test_zip_bomb_total_size(tmp_path):
    blob = zip_bytes([(f"f{n}.pdf", b"x" * 3000) for n in range(4)], compress=zipfile.ZIP_STORED)
    refuse(tmp_path, blob, "more than 10,000 bytes", ArchiveLimits(max_total_bytes=10_000))


def test_too_many_members(tmp_path):
    blob = zip_bytes([(f"f{n}", b"") for n in range(30)])
    refuse(tmp_path, blob, "30 members", ArchiveLimits(max_members=20))


def test_member_lying_about_its_size_is_cut_and_caught(tmp_path):
    """A deflated member whose header claims fewer bytes than it holds: never more than declared."""
    blob = bytearray(zip_bytes([("a.txt", b"A" * 4000)]))
    # lower the declared uncompressed size (central directory and local header) to 10 bytes
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        i = blob.index(sig)
        blob[i + off:i + off + 4] = struct.pack("<I", 10)
    p = tmp_path / "liar.zip"
    p.write_bytes(bytes(blob))
    with SafeArchive(p) as arc:
        with pytest.raises(ArchiveError, match="damaged|larger than it claims"):
            arc.read("a.txt")


def test_overlapping_members(tmp_path):
    blob = bytearray(zip_bytes([("aaaa", b"1" * 100), ("bbbb", b"2" * 100)], compress=zipfile.ZIP_STORED))
    first = blob.index(b"PK\x01\x02")
    second = blob.index(b"PK\x01\x02", first + 4)
    blob[second + 42:second + 46] = struct.pack("<I", 0)  # second entry points at the first's data
    refuse(tmp_path, bytes(blob), "overlap")


def test_encrypted_member(tmp_path):
    blob = bytearray(zip_bytes([("a.pdf", b"secret")], compress=zipfile.ZIP_STORED))
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = blob.index(sig)
        flags = struct.unpack("<H", blob[i + off:i + off + 2])[0] | 1
        blob[i + off:i + off + 2] = struct.pack("<H", flags)
    refuse(tmp_path, bytes(blob), "encrypted")


def test_unknown_compression(tmp_path):
    refuse(tmp_path, zip_bytes([("a.txt", b"x" * 100)], compress=zipfile.ZIP_BZIP2), "compression method")


def test_not_a_zip(tmp_path):
    refuse(tmp_path, b"%PDF-1.4 this is not an archive" * 10, "not a presskit archive")


def test_truncated_zip(tmp_path):
    blob = zip_bytes([("a.pdf", b"x" * 10000)], compress=zipfile.ZIP_STORED)
    refuse(tmp_path, blob[: len(blob) // 2], "damaged or incomplete")


def test_crc_damage_is_caught_on_read(tmp_path):
    blob = bytearray(zip_bytes([("a.pdf", b"x" * 1000)], compress=zipfile.ZIP_STORED))
    i = blob.index(b"xxxx")
    blob[i] = ord("y")
    p = tmp_path / "crc.zip"
    p.write_bytes(bytes(blob))
    with SafeArchive(p) as arc:
        with pytest.raises(ArchiveError, match="damaged"):
            arc.read("a.pdf")
        with pytest.raises(ArchiveError):
            arc.extract("a.pdf", tmp_path / "out" / "a.pdf")
    assert not (tmp_path / "out" / "a.pdf").exists(), "no half-written file under the final name"
    assert not list((tmp_path / "out").glob("*"))


def test_empty_file_and_folder(tmp_path):
    (tmp_path / "empty.presskit").write_bytes(b"")
    with pytest.raises(ArchiveError):
        open_packed_kit(tmp_path / "empty.presskit")
    (tmp_path / "dir.presskit").mkdir()
    with pytest.raises(ArchiveError):
        open_packed_kit(tmp_path / "dir.presskit")
