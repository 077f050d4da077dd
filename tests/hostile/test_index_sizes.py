"""Sizes, counts and offsets an index states cannot make the reader allocate gigabytes, loop or read
past its files (docs/trust.md, *The index*, item 3).

A stranger can sign a kit with their own key and seal its index too: that index is searched as it is.
Each test below takes such a kit, makes one of its index files claim a huge count, length or offset,
re-seals the index as its signer would, and runs ``presskit search`` (or ``quotes``) in a child
process limited to LIMIT bytes of address space. The reader must either read the kit as before
(the same output) or refuse it with the typed sentence of a damaged index, never a traceback, and
its peak address space may grow by at most GROWTH over the same command on the unaltered kit. A
regression fails the test (a MemoryError under the limit, a larger peak, a timeout) instead of
driving the machine into swap.
"""

from __future__ import annotations

import re

import io
import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from hostile_helpers import cli, env, ok
from test_pickle_memo import reseal

from presskit.index import bounded, safe_toc

#: The child's address space: a search of these kits peaks at some 40-60 MiB.
LIMIT = 1 << 30
#: What a hostile index may add to the peak of the same command on the unaltered kit.
GROWTH_KIB = 128 << 10
#: The largest count or length a 32-bit field of Whoosh's files can state.
HUGE = 0x7FFFFFFF

_CHILD = r"""
import contextlib, io, json, resource, sys, traceback
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[1]), int(sys.argv[1])))
from presskit.cli import main
def vm_peak():  # KiB of address space at its peak: what RLIMIT_AS bounds, touched or not
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmPeak:"))
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    try:
        rc = main(sys.argv[2:])
    except BaseException:
        traceback.print_exc()
        rc = 99
print(json.dumps({"rc": rc, "out": out.getvalue(), "err": err.getvalue(), "peak": vm_peak()}))
"""


def run_limited(*args: str | Path) -> dict:
    """``presskit ARGS`` in a child under LIMIT: its exit code, output and peak address space (KiB)."""
    # one malloc arena: each thread's own arena reserves 64 MiB of address space it may never use
    p = subprocess.run([sys.executable, "-c", _CHILD, str(LIMIT), *map(str, args)], env=env(MALLOC_ARENA_MAX="1"),
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout.splitlines()[-1])


def held(before: dict, after: dict, sentence: str | None = None) -> None:
    """The altered kit was read as before, or refused with a damaged index's sentence; either way
    with no traceback and within GROWTH_KIB of the unaltered kit's peak."""
    assert "Traceback" not in after["err"], after["err"]
    if after["rc"] == 0:
        # search, quotes and export set a damaged own index aside and answer from an index built from
        # the kit's files (test_damaged_set_aside.py), saying why; a later command searches that one
        assert after["out"] == before["out"]
        if sentence is not None and after["err"]:
            assert after["err"].startswith("presskit: The search index"), after["err"]
            assert sentence in after["err"] and "own index is set aside" in after["err"], after["err"]
    else:
        assert after["rc"] == 2, after
        assert after["err"].startswith("presskit: The search index"), after["err"]
        assert (sentence or "damaged") in after["err"], after["err"]
    grown = after["peak"] - before["peak"]  # (the limit on a stored text: 64 MiB)
    assert grown < GROWTH_KIB, f"the command's address space grew by {grown // 1024} MiB"


QUERIES = ("stockpiles", '"ammunition stockpiles"', "stockpil*")


def search_all(kit: Path) -> list[dict]:
    return [run_limited("search", kit, q) for q in QUERIES]


def whoosh_dir(kit: Path) -> Path:
    return kit / "index" / "whoosh"


def segments(kit: Path) -> list:
    from presskit.index.reader import read_segments

    return read_segments(whoosh_dir(kit))


def rewrite_toc(kit: Path, segs: list) -> None:
    from presskit.index.schema import make_schema
    from presskit.index.segment import write_toc

    for f in whoosh_dir(kit).glob("_MAIN_*.toc"):
        f.unlink()
    write_toc(str(whoosh_dir(kit)), make_schema(), segs, 1)


def seal(kit: Path, key: Path) -> None:
    reseal(kit / "index", key)
    ok(cli("verify", kit))  # the signature holds and the index is sealed by the same key: it is searched


def term_ranges(trm: Path, field: str, word: bytes) -> tuple[int, int, int] | None:
    """(where the key's record starts, where its value starts, the value's length) of a term in a
    segment's term dictionary, or None when the segment lacks it."""
    from whoosh.filedb.filetables import OrderedHashReader
    from whoosh.filedb.structfile import StructFile

    data = trm.read_bytes()
    r = OrderedHashReader(StructFile(io.BytesIO(data)), len(data))
    fid = r.extras["fieldmap"].get(field)
    key = struct.pack("!H", fid) + word
    for datapos, datalen in r.ranges_for_key(key):
        return datapos - len(key) - 8, datapos, datalen
    return None


def patch(path: Path, at: int, new: bytes) -> None:
    data = bytearray(path.read_bytes())
    data[at:at + len(new)] = new
    path.write_bytes(bytes(data))


def zlib_bomb(size: int) -> bytes:
    """``size`` bytes of one letter, deflated (about a thousandth of it)."""
    c = zlib.compressobj(1)
    chunk = b"a" * (1 << 20)
    return b"".join(c.compress(chunk) for _ in range(size >> 20)) + c.flush()


@pytest.fixture
def before(signed_kit) -> list[dict]:
    """The searches of the unaltered kit (under the same limit)."""
    runs = search_all(signed_kit)
    assert all(r["rc"] == 0 and re.search(r"\d+ documents? match", r["out"]) for r in runs), runs
    return runs


# --- the table of contents ----------------------------------------------------------------------

def test_a_segment_claiming_two_billion_entries_is_refused(signed_kit, publisher_key, before):
    """Whoosh's columns read arrays of a segment's entry count and a search for every entry walks
    them all: a count past what the segment's stored column can hold is refused on opening."""
    quotes = run_limited("quotes", signed_kit)
    segs = segments(signed_kit)
    segs[0]._doccount = HUGE
    rewrite_toc(signed_kit, segs)
    seal(signed_kit, publisher_key)
    for b, q in zip(before, QUERIES):
        held(b, run_limited("search", signed_kit, q), "entry counts")
    held(quotes, run_limited("quotes", signed_kit), "entry counts")


def test_a_compound_segment_is_refused(signed_kit, publisher_key, before):
    """presskit never writes compound segments, whose directory of offsets Whoosh would believe."""
    segs = segments(signed_kit)
    segs[0].compound = True
    rewrite_toc(signed_kit, segs)
    seal(signed_kit, publisher_key)
    held(before[0], run_limited("search", signed_kit, "stockpiles"), "names a segment")


# --- the term dictionary (.trm) and the postings (.pst) -----------------------------------------

def test_a_term_whose_value_claims_two_gigabytes_is_read_as_before(signed_kit, publisher_key, before):
    """A record of the term dictionary states its value's length: reading it never asks for more
    than the file holds, so the term reads as it was."""
    changed = 0
    for trm in whoosh_dir(signed_kit).glob("*.trm"):
        found = term_ranges(trm, "body", b"stockpiles")
        if found:
            patch(trm, found[0] + 4, struct.pack("!i", HUGE))
            changed += 1
    assert changed
    seal(signed_kit, publisher_key)
    for b, q in zip(before[:2], QUERIES[:2]):
        held(b, run_limited("search", signed_kit, q))


def test_a_posting_block_claiming_two_gigabytes_is_read_as_before(signed_kit, publisher_key, before):
    """A posting block states its length, and Whoosh reads that many bytes for it."""
    from whoosh.codec.whoosh3 import W3TermInfo

    changed = 0
    for trm in whoosh_dir(signed_kit).glob("*.trm"):
        found = term_ranges(trm, "body", b"stockpiles")
        if not found:
            continue
        info = W3TermInfo.from_bytes(trm.read_bytes()[found[1]:found[1] + found[2]])
        if info.is_inlined():
            continue
        pst = trm.with_suffix(".pst")
        offset = info.extent()[0] + 4  # after the postings' magic
        (length,) = struct.unpack("!i", pst.read_bytes()[offset:offset + 4])
        assert length < 0  # one block, the last
        patch(pst, offset, struct.pack("!i", -HUGE))
        changed += 1
    assert changed
    seal(signed_kit, publisher_key)
    for b, q in zip(before[:2], QUERIES[:2]):
        held(b, run_limited("search", signed_kit, q))


# --- the columns (.col) -----------------------------------------------------------------------------

def _rewrite_stored(col: Path, docs: int, value_of) -> None:
    """Write a stored-fields column again, each entry's compressed value replaced by ``value_of(n, v)``."""
    from whoosh.columns import VarBytesColumn
    from whoosh.filedb.structfile import StructFile

    data = col.read_bytes()
    r = VarBytesColumn().reader(StructFile(io.BytesIO(data)), 0, len(data), docs)
    values = [value_of(n, r[n]) for n in range(docs)]
    buf = io.BytesIO()
    f = StructFile(buf)
    w = VarBytesColumn().writer(f)
    for n, v in enumerate(values):
        w.add(n, v)
    w.finish(docs)
    col.write_bytes(buf.getvalue())


def test_a_stored_value_that_inflates_to_600_mib_is_refused(signed_kit, publisher_key, before):
    """Each entry's stored fields are deflated in ``_stored.col``: a bomb there is refused (the
    quotations read them)."""
    quotes = run_limited("quotes", signed_kit)
    assert quotes["rc"] == 0 and quotes["out"].strip(), quotes
    bomb = zlib_bomb(600 << 20)
    for seg in segments(signed_kit):
        _rewrite_stored(whoosh_dir(signed_kit) / seg.make_filename("._stored.col"), seg._doccount,
                        lambda n, v: bomb)
    seal(signed_kit, publisher_key)
    held(quotes, run_limited("quotes", signed_kit), "inflates past the limit")


def test_a_column_whose_lengths_claim_more_than_it_holds_is_refused(signed_kit, publisher_key, before):
    """The length array of a stored column is read by the segment's entry count and the type
    its last byte names: 8-byte lengths for the same count start before the column."""
    quotes = run_limited("quotes", signed_kit)
    for seg in segments(signed_kit):
        col = whoosh_dir(signed_kit) / seg.make_filename("._stored.col")
        data = col.read_bytes()
        col.write_bytes(data[:-1] + b"q")
    seal(signed_kit, publisher_key)
    held(quotes, run_limited("quotes", signed_kit), "damaged")


# --- presskit's own files ------------------------------------------------------------------------

def test_an_entry_map_shorter_than_the_segments_is_refused(signed_kit, publisher_key, before):
    """Every entry a search ranks is looked up in docmap.pk."""
    from presskit.index.docmap import DOCMAP_NAME, DocMap
    from presskit.index.packed import write_packed
    from array import array

    path = signed_kit / "index" / DOCMAP_NAME
    dm = DocMap(path)
    sections = {"ids": bytes(dm._pf.bytes("ids")[:]), "offsets": array("I", dm._pf.numbers("offsets", "I")),
                "item": array("I", dm.item[:-1]), "page": array("I", dm.page[:-1]),
                "rank": array("I", dm.rank[:-1])}
    meta = dict(dm._pf.meta)
    dm.close()
    write_packed(path, sections, meta)
    seal(signed_kit, publisher_key)
    held(before[0], run_limited("search", signed_kit, "stockpiles"), "entry map")


def test_a_page_text_that_inflates_to_600_mib_is_refused(signed_kit, publisher_key, before):
    """Page texts are deflated in the text store; snippets are cut from them."""
    import sqlite3

    bomb = zlib_bomb(600 << 20)
    con = sqlite3.connect(signed_kit / "index" / "store.sqlite")
    con.execute("UPDATE pages SET text=?", (bomb,))
    con.commit()
    con.close()
    seal(signed_kit, publisher_key)
    held(before[0], run_limited("search", signed_kit, "stockpiles"), "text store is damaged")


# --- the bounds themselves ------------------------------------------------------------------------

def test_a_bounded_file_never_reads_past_its_end(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(bytes(range(256)) * 1024)  # 256 KiB
    f = bounded.bounded_file(str(path))
    assert f.get(10, 4) == bytes(range(10, 14))
    assert f.get(1000, HUGE) == (bytes(range(256)) * 1024)[1000:]  # what is there
    assert f.get(5, -HUGE) == b""
    f.seek(256 * 1024 - 3)
    assert f.read(HUGE) == bytes((253, 254, 255))
    with pytest.raises(safe_toc.UnsafeIndexError):
        f.get_array(0, "q", HUGE)  # 16 GiB of numbers from a 256 KiB file
    assert list(f.get_array(0, "B", 3)) == [0, 1, 2]
    f.close()


def test_a_hash_lookup_probes_a_bounded_number_of_slots(tmp_path):
    """A term dictionary whose table says it has many slots, all full and none matching, is
    refused after MAX_PROBES of them (Whoosh would probe them all, every look-up)."""
    from whoosh.filedb.filetables import HashReader, HashWriter, _dir_entry, _directory_size
    from whoosh.filedb.structfile import StructFile

    safe_toc.install()
    buf = io.BytesIO()
    w = HashWriter(StructFile(buf))
    for n in range(20000):
        w.add(b"key%06d" % n, b"value")
    buf.close = lambda: None  # keep the bytes after the writer closes its file
    w.close()
    data = bytearray(buf.getvalue())
    exlen = struct.unpack("!i", data[-4:])[0]
    directory = len(data) - 4 - exlen - _directory_size
    # every table points at the keys and values (from just after the header to the first table):
    # slots that are all "full" and never match
    start, end = 13, _dir_entry.unpack(data[directory:directory + _dir_entry.size])[0]
    for t in range(256):
        data[directory + t * _dir_entry.size:directory + (t + 1) * _dir_entry.size] = \
            _dir_entry.pack(start, (end - start) // 12)
    (tmp_path / "t.hsh").write_bytes(bytes(data))
    r = HashReader(bounded.bounded_file(str(tmp_path / "t.hsh")), len(data))
    calls = []
    get = r.dbfile.get
    r.dbfile.get = lambda pos, n: (calls.append(pos), get(pos, n))[1]
    with pytest.raises(safe_toc.UnsafeIndexError, match="damaged"):
        r.get(b"absent-key")
    assert len(calls) <= bounded.MAX_PROBES * 3


def test_a_thumbnail_in_the_index_claiming_12000_pixels_a_side_is_not_decoded(tmp_path, monkeypatch):
    """The viewer draws photos' thumbnails from the text store; one that is not the builder's (at
    most 320 px a side) is made from the photo itself instead of being decoded (a PNG of 12,000
    pixels a side is 432 MB once decoded, under Pillow's own limit)."""
    import types
    import warnings

    from PIL import Image

    from presskit.ui import workers

    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (400, 300), (200, 40, 40)).save(photo)
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (0, 0, 0)).save(buf, "PNG")
    data = bytearray(buf.getvalue())
    ihdr = data.index(b"IHDR")
    data[ihdr + 4:ihdr + 12] = struct.pack(">II", 12000, 12000)  # width and height
    data[ihdr + 17:ihdr + 21] = struct.pack(">I", zlib.crc32(bytes(data[ihdr:ihdr + 17])))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert Image.open(io.BytesIO(bytes(data))).size == (12000, 12000)

    class Store:
        def __init__(self, _index_dir):
            pass

        def thumbnail(self, _item_id):
            return bytes(data)

        def close(self):
            pass

    from PIL import ImageFile

    decoded = []
    load = ImageFile.ImageFile.load
    monkeypatch.setattr(ImageFile.ImageFile, "load", lambda self: decoded.append(self.size) or load(self))
    monkeypatch.setattr(workers, "TextStore", Store)
    monkeypatch.setattr(workers, "kit_index_status", lambda kit: "fresh")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow's DecompressionBombWarning: what a viewer's user gets
        img = workers.thumbnail_image(types.SimpleNamespace(index_dir=tmp_path), "photo", str(photo), 220)
    assert (img.width(), img.height()) == (220, 165)  # from the photo
    assert (12000, 12000) not in decoded


def test_a_term_record_of_negative_length_ends_a_walk_of_the_words(tmp_path):
    """Whoosh steps from a record to the next by its key and value lengths, read as signed numbers:
    a key of length -8 steps back onto itself, and listing a prefix's words never ended."""
    import itertools

    from whoosh.filedb.filetables import OrderedHashReader, OrderedHashWriter
    from whoosh.filedb.structfile import StructFile

    safe_toc.install()
    buf = io.BytesIO()
    w = OrderedHashWriter(StructFile(buf))
    for n in range(100):
        w.add(b"key%03d" % n, b"value")
    buf.close = lambda: None
    w.close()
    data = bytearray(buf.getvalue())
    at = data.index(b"key050") - 8  # the record's (key length, value length)
    data[at:at + 8] = struct.pack("!ii", -8, 0)
    (tmp_path / "t.trm").write_bytes(bytes(data))
    r = OrderedHashReader(bounded.bounded_file(str(tmp_path / "t.trm")), len(data))
    with pytest.raises(safe_toc.UnsafeIndexError, match="damaged"):
        list(itertools.islice(r.keys_from(b"key"), 100_000))
