"""The remembered hashes of an index's files (presskit/index/hashmemo.py) never let a changed index pass.

An unchanged index is not read again at the next opening; these are the attacks on that shortcut:
a byte changed in place with its modification time put back, a file swapped for another, a memo
rewritten to match a tampered file, and media whose file times cannot be believed.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from presskit.build import build_kit
from presskit.index import hashmemo, integrity
from presskit.kit.open import open_kit
from presskit.locations import sample_kit_path


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("memo")
    src = base / "src"
    shutil.copytree(sample_kit_path(), src, ignore=shutil.ignore_patterns("manifest.json", "index"))
    build_kit(src, base / "kit", workers=1)
    return base / "kit"


@pytest.fixture
def kit(built, tmp_path, monkeypatch) -> Path:
    """A copy of the built kit, on media whose file times are believed, its files old enough to be
    remembered (the clock the memo reads runs 10 s ahead)."""
    dst = tmp_path / "kit"
    shutil.copytree(built, dst)
    monkeypatch.setattr(hashmemo, "stamps_trustworthy", lambda path: True)
    monkeypatch.setattr(hashmemo, "now_ns", lambda: time.time_ns() + 10_000_000_000)
    return dst


@pytest.fixture
def reads(monkeypatch) -> dict[str, int]:
    """Index files read by the integrity check, by name."""
    counts: dict[str, int] = {}
    real_open = open

    def counting_open(path, *args, **kwargs):
        counts[Path(path).name] = counts.get(Path(path).name, 0) + 1
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(integrity, "open", counting_open, raising=False)
    return counts


def _largest(index: Path) -> Path:
    files = [p for p in index.rglob("*") if p.is_file() and p.name not in integrity.UNLISTED]
    return max(files, key=lambda p: p.stat().st_size)


def _flip_in_place(path: Path, offset: int = 100) -> None:
    """Change one byte without changing the inode or the size, then put the times back."""
    st = path.stat()
    time.sleep(0.05)  # past the file system clock's tick: the write gets a new status-change time
    with open(path, "r+b") as f:
        f.seek(offset)
        b = f.read(1)
        f.seek(offset)
        f.write(bytes([b[0] ^ 0xFF]))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = path.stat()
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (st.st_ino, st.st_size, st.st_mtime_ns)


def test_an_unchanged_index_is_not_read_again(kit, reads):
    index = kit / "index"
    assert integrity.trusted(index)
    first = sum(reads.values())
    assert first > 3
    reads.clear()
    assert integrity.trusted(index)
    assert reads == {}, "an unchanged index was read again"
    assert open_kit(kit).trusted_index == index


def test_a_byte_changed_in_place_with_its_time_put_back_is_caught(kit, reads):
    index = kit / "index"
    assert integrity.trusted(index)
    victim = _largest(index)
    _flip_in_place(victim)
    reads.clear()
    assert not integrity.trusted(index)
    assert reads.get(victim.name) == 1, "the changed file was not read again"
    assert open_kit(kit).trusted_index is None  # a reader rebuilds it in the cache


def test_a_swapped_file_is_caught(kit):
    index = kit / "index"
    assert integrity.trusted(index)
    victim = _largest(index)
    st = victim.stat()
    data = bytearray(victim.read_bytes())
    data[200] ^= 0xFF
    other = victim.with_name(victim.name + ".new")
    other.write_bytes(bytes(data))
    os.utime(other, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(other, victim)
    assert victim.stat().st_size == st.st_size and victim.stat().st_mtime_ns == st.st_mtime_ns
    assert not integrity.trusted(index)


def test_a_memo_rewritten_to_match_a_tampered_file_is_ignored(kit, reads):
    index = kit / "index"
    assert integrity.trusted(index)
    victim = _largest(index)
    rel = victim.relative_to(index).as_posix()
    _flip_in_place(victim)
    memo_file = hashmemo._memo_file(index)
    data = json.loads(memo_file.read_bytes())
    st = victim.stat()
    # the attacker can write the cache folder, not read this computer's secret: it records the
    # tampered file's new times with the hash the stamp expects, and keeps the old authentication
    data["files"][rel] = [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns,
                          data["files"][rel][5]]
    memo_file.write_text(json.dumps(data))
    reads.clear()
    assert hashmemo.recall(index, integrity.local_secret()) == {}
    assert not integrity.trusted(index)
    assert reads.get(victim.name) == 1


def test_a_memo_from_another_account_is_ignored(kit):
    index = kit / "index"
    assert integrity.trusted(index)
    assert hashmemo.recall(index, integrity.local_secret())
    assert hashmemo.recall(index, b"\x01" * 32) == {}


def test_files_written_just_before_they_were_hashed_are_not_remembered(tmp_path):
    """Two writes within one tick of the file system's clock leave the same times: a file changed
    less than 2 s before it was hashed is hashed again next time."""
    started = time.time_ns()
    sha = "0" * 64
    hashmemo.remember(tmp_path, {
        "old": ((1, 2, 3, started - 3_000_000_000, started - 3_000_000_000), sha),
        "new-content": ((1, 3, 3, started - 3_000_000_000, started - 1_000_000_000), sha),
        "new-time": ((1, 4, 3, started - 1_000_000_000, started - 3_000_000_000), sha),
    }, started, b"\x02" * 32)
    assert set(hashmemo.recall(tmp_path, b"\x02" * 32)) == {"old"}


def test_no_memo_where_file_times_cannot_be_believed(built, tmp_path, monkeypatch, reads):
    kit = tmp_path / "kit"
    shutil.copytree(built, kit)
    monkeypatch.setattr(hashmemo, "stamps_trustworthy", lambda path: False)
    assert integrity.trusted(kit / "index")
    first = dict(reads)
    reads.clear()
    assert integrity.trusted(kit / "index")
    assert reads == first and not hashmemo._memo_file(kit / "index").exists()


# --- which media are believed ---------------------------------------------------------------------

MOUNTS = """\
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw
40 27 8:17 / /media/stick rw,nosuid - vfat /dev/sdb1 rw,fmask=0022
41 27 8:33 / /media/usbdisk rw - ext4 /dev/sdc1 rw
42 27 0:45 / /home rw - btrfs /dev/nvme0n1p3 rw
43 27 0:46 / /run/user/1000/doc rw - fuse.portal portal rw
44 27 0:47 / /tmp rw - tmpfs tmpfs rw
45 27 0:48 / /media/nfs rw - nfs4 server:/export rw
46 27 8:49 / /media/card rw - ext4 /dev/sdd1 rw
47 27 253:0 / /srv rw - ext4 /dev/mapper/vg-srv rw
48 27 253:1 / /media/crypt rw - ext4 /dev/mapper/luks-stick rw
49 27 7:0 / /media/image rw - ext4 /dev/loop0 rw
"""
SYSFS = {
    "/sys/dev/block/254:0": "/sys/devices/pci0000:00/0000:00:05.0/virtio2/block/vda",
    "/sys/dev/block/8:17": "/sys/devices/pci0000:00/0000:00:14.0/usb2/2-1/host6/block/sdb/sdb1",
    "/sys/dev/block/8:33": "/sys/devices/pci0000:00/0000:00:14.0/usb2/2-2/host7/block/sdc/sdc1",
    "/sys/dev/block/259:3": "/sys/devices/pci0000:00/0000:00:1d.0/nvme/nvme0/nvme0n1/nvme0n1p3",
    "/sys/dev/block/8:49": "/sys/devices/platform/sdhci/host0/block/sdd/sdd1",
    "/sys/dev/block/253:0": "/sys/devices/virtual/block/dm-0",
    "/sys/devices/virtual/block/dm-0/slaves/nvme0n1p3": "/sys/devices/pci0000:00/0000:00:1d.0/nvme/nvme0/nvme0n1/nvme0n1p3",
    "/sys/dev/block/253:1": "/sys/devices/virtual/block/dm-1",
    "/sys/devices/virtual/block/dm-1/slaves/sdb1": "/sys/devices/pci0000:00/0000:00:14.0/usb2/2-1/host6/block/sdb/sdb1",
    "/sys/dev/block/7:0": "/sys/devices/virtual/block/loop0",
}
SLAVES = {"/sys/devices/virtual/block/dm-0/slaves": ["nvme0n1p3"],
          "/sys/devices/virtual/block/dm-1/slaves": ["sdb1"]}
REMOVABLE = {"/sys/devices/platform/sdhci/host0/block/sdd/removable": "1\n"}


def _believed(major: int, minor: int) -> bool:
    class Dev:
        st_rdev = os.makedev(259, 3)

    def listdir(p):
        if p not in SLAVES:
            raise FileNotFoundError(p)
        return SLAVES[p]

    return hashmemo._dev_trustworthy(os.makedev(major, minor), MOUNTS,
                                     read=lambda p: REMOVABLE.get(p, "0\n"),
                                     realpath=lambda p: SYSFS.get(p, p), stat=lambda p: Dev, listdir=listdir)


@pytest.mark.parametrize("dev, believed", [
    ((254, 0), True),    # ext4 on the computer's own disk
    ((0, 45), True),     # btrfs (an anonymous device) on an internal NVMe disk
    ((0, 47), True),     # memory
    ((8, 17), False),    # FAT on a USB stick: times and inodes synthesised, editable elsewhere
    ((8, 33), False),    # ext4 on a USB disk: its times can be rewritten on another computer
    ((8, 49), False),    # a removable SD card
    ((0, 46), False),    # FUSE
    ((0, 48), False),    # a network file system
    ((9, 9), False),     # not in the mount table
    ((253, 0), True),    # LVM or an encrypted volume on the internal disk
    ((253, 1), False),   # an encrypted USB stick
    ((7, 0), False),     # a disk image through a loop device (the image may lie anywhere)
])
def test_file_times_are_believed_only_on_fixed_local_file_systems(dev, believed):
    assert _believed(*dev) is believed


def test_file_times_are_not_believed_off_linux(tmp_path, monkeypatch):
    monkeypatch.setattr(hashmemo.sys, "platform", "win32")
    assert not hashmemo.stamps_trustworthy(tmp_path)
