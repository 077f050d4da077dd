"""No code from a kit: a planted Whoosh table of contents (or segment) never runs, anywhere.

Whoosh reads ``_MAIN_<gen>.toc`` and parts of its segment files with ``pickle``. These tests rewrite
them, in a copy of a validly signed kit and of an unsigned one, folder and packed, so that reading
them would run ``exec``/``os.system`` and write a marker file; then every reader entry point
(``search``, ``info``, ``verify``, ``pack``, the viewer) is run and the marker must never appear.
"""

from __future__ import annotations

import re

import pickle
import shutil
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile_helpers import (
    PWNED, Payload, SystemPayload, cli, no_traceback, ok, plant_every_toc, plant_segment, whoosh_dirs,
)

from presskit.index import safe_toc
from presskit.index.schema import make_schema


def _planted(kit: Path, tmp_path: Path, where: str = "both") -> Path:
    marker = tmp_path / "PWNED.txt"
    plant_every_toc(kit / "index", marker, where)
    return marker


def _assert_never_ran(marker: Path) -> None:
    assert not marker.exists(), f"the kit's index ran code: {marker.read_text()!r}"


# --- the command line -----------------------------------------------------------------------------

@pytest.mark.parametrize("which", ["signed", "unsigned"])
@pytest.mark.parametrize("where", ["schema", "segments"])
def test_planted_toc_never_runs_on_search_info_verify_pack(which, where, signed_kit, unsigned_kit, tmp_path):
    kit = signed_kit if which == "signed" else unsigned_kit
    marker = _planted(kit, tmp_path, where)
    p = cli("search", kit, "stockpiles")
    _assert_never_ran(marker)
    no_traceback(p)
    ok(p)
    assert re.search(r"\d+ documents? match", p.stdout)  # searched an index rebuilt from the kit's own files
    for args in (["info", kit], ["verify", kit], ["pack", kit, "-o", tmp_path / "copy.presskit"]):
        p = cli(*args)
        no_traceback(p)
        _assert_never_ran(marker)


@pytest.mark.parametrize("which", ["signed", "unsigned"])
def _zip_kit(kit: Path, out: Path) -> Path:
    """The kit folder as a .presskit made by hand, the way an attacker makes one."""
    import zipfile

    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(".presskit/pack.json", '{"presskit_pack": "kit", "version": 1}')
        for p in sorted(kit.rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(kit).as_posix())
    return out


@pytest.mark.parametrize("which", ["signed", "unsigned"])
def test_planted_toc_in_a_packed_kit_never_runs(which, signed_kit, unsigned_kit, tmp_path):
    kit = signed_kit if which == "signed" else unsigned_kit
    marker = _planted(kit, tmp_path)
    packed = _zip_kit(kit, tmp_path / "hostile.presskit")
    for args in (["search", packed, "stockpiles"], ["info", packed], ["verify", packed],
                 ["export", packed, "--query", "stockpiles", "--format", "zip", "-o", tmp_path / "x.zip",
                  "--allow-missing-credit"]):
        p = cli(*args)
        no_traceback(p)
        _assert_never_ran(marker)
    p = cli("search", packed, "stockpiles")
    ok(p)
    assert re.search(r"\d+ documents? match", p.stdout)


def test_pack_never_ships_an_index_it_cannot_vouch_for(signed_kit, tmp_path):
    import zipfile

    marker = _planted(signed_kit, tmp_path)
    packed = tmp_path / "copy.presskit"
    ok(cli("pack", signed_kit, "-o", packed))
    _assert_never_ran(marker)
    assert not any(n.startswith("index/") for n in zipfile.ZipFile(packed).namelist())


def test_planted_segment_directory_never_runs(signed_kit, tmp_path):
    marker = tmp_path / "PWNED.txt"
    for shard in whoosh_dirs(signed_kit / "index"):
        plant_segment(shard, marker)
    p = cli("search", signed_kit, "stockpiles")
    _assert_never_ran(marker)
    no_traceback(p)
    ok(p)


def test_verify_names_a_tampered_index_of_a_signed_kit(signed_kit, tmp_path):
    """The issue: 'verify' said 'All files match', exit 0, while the index had been rewritten."""
    marker = _planted(signed_kit, tmp_path)
    p = cli("verify", signed_kit)
    _assert_never_ran(marker)
    no_traceback(p)
    assert p.returncode == 1, p.stdout + p.stderr
    assert "index" in p.stdout.lower()


# --- the viewer ---------------------------------------------------------------------------------

@pytest.mark.gui
@pytest.mark.parametrize("packed", [False, True], ids=["folder", "packed"])
def test_planted_toc_never_runs_in_the_viewer(qtbot, viewer, signed_kit, tmp_path, packed):
    marker = _planted(signed_kit, tmp_path)
    target = _zip_kit(signed_kit, tmp_path / "hostile.presskit") if packed else signed_kit
    with qtbot.waitSignal(viewer.kitOpened, timeout=20000):
        viewer.open_kit(str(target))
    qtbot.waitUntil(lambda: viewer.list_pane.search_available, timeout=90000)
    with qtbot.waitSignal(viewer.list_pane.searchFinished, timeout=30000):
        viewer.list_pane.set_query("stockpiles")
        viewer.list_pane.search_now()
    badge = getattr(getattr(viewer, "trust", None), "badge", None)
    if badge is not None:
        qtbot.waitUntil(lambda: badge.final, timeout=20000)
    _assert_never_ran(marker)


# --- the restricted loader itself -------------------------------------------------------------------

class _Popen:
    def __reduce__(self):
        import subprocess

        return (subprocess.Popen, (["true"],))


class _Eval:
    def __reduce__(self):
        return (eval, ("1+1",))


class _Getattr:
    def __reduce__(self):
        return (getattr, ("text", "upper"))


@pytest.mark.parametrize("payload", [Payload(Path("/nonexistent/x")), SystemPayload(Path("/nonexistent/x")),
                                     _Popen(), _Eval(), _Getattr()],
                         ids=["exec", "os.system", "subprocess", "eval", "getattr"])
@pytest.mark.parametrize("protocol", [0, 2, 4, 5])
def test_restricted_unpickler_refuses_code(payload, protocol):
    data = pickle.dumps(payload, protocol)
    with pytest.raises(safe_toc.UnsafeIndexError) as e:
        safe_toc.safe_loads(data)
    assert e.value.message.endswith(".")


@pytest.mark.parametrize("module,name", [
    ("whoosh.filedb.filestore", "FileStorage"),   # a Whoosh class, but not a schema or segment one
    ("whoosh.util", "now"),                        # a Whoosh function
    ("whoosh.fields", "_"),                        # private names
    ("whoosh.fields", "os"),                       # a module re-exported by an allowed module
    ("whoosh.codec.whoosh2", "W2Segment"),         # legacy codec
    ("presskit.index.reader", "open_searcher"),    # presskit's own functions
    ("presskit.index.writer", "IndexWriter"),      # presskit's classes that write files
    ("whoosh.codec.whoosh3", "W3FieldWriter"),     # Whoosh's classes that write files
    ("posix", "system"), ("nt", "system"), ("builtins", "exec"), ("builtins", "__import__"),
])
def test_restricted_unpickler_refuses_other_globals(module, name):
    data = b"\x80\x02c" + module.encode() + b"\n" + name.encode() + b"\n."
    with pytest.raises(safe_toc.UnsafeIndexError):
        safe_toc.safe_loads(data)


def test_restricted_unpickler_reads_segments_and_refuses_a_schema():
    """The segment list (with its deletions and field lengths) is read as Whoosh writes it, in every
    protocol; a schema is never unpickled (presskit passes its own), so its classes are refused."""
    import collections

    from whoosh.codec.whoosh3 import W3Codec, W3Segment

    seg = W3Segment(W3Codec(), "MAIN", doccount=7, deleted={1, 5})
    seg._fieldlengths = collections.defaultdict(int, {"body": 42})  # as a segment's writer leaves it
    for protocol in (2, 3, 4, 5):
        [back] = safe_toc.safe_loads(pickle.dumps([seg], protocol))
        assert (back.segid, back._doccount, back._deleted, back._fieldlengths) == (seg.segid, 7, {1, 5}, {"body": 42})
        assert type(back._codec) is W3Codec
    with pytest.raises(safe_toc.UnsafeIndexError, match="never loads"):
        safe_toc.safe_loads(pickle.dumps(make_schema(), 2))


def test_toc_of_an_older_whoosh_version_is_refused(unsigned_kit, tmp_path):
    """Older TOC versions are read by loaders that unpickle with class renaming: never used."""
    shard = whoosh_dirs(unsigned_kit / "index")[0]
    toc = next(shard.glob("_MAIN_*.toc"))
    data = bytearray(toc.read_bytes())
    # header: three varints (1 byte each here), int -12345, then the version int
    struct.pack_into(">i", data, 7, -110)
    toc.write_bytes(bytes(data))

    with pytest.raises(safe_toc.UnsafeIndexError, match="format"):
        safe_toc.open_dir(str(shard), make_schema())


def test_segment_names_cannot_leave_the_index_folder(unsigned_kit):
    from whoosh.codec.whoosh3 import W3Codec, W3Segment


    shard = whoosh_dirs(unsigned_kit / "index")[0]
    seg = W3Segment(W3Codec(), "MAIN")
    seg.segid = "../../../etc/passwd"
    from whoosh import index as windex
    from whoosh.filedb.filestore import FileStorage

    storage = FileStorage(str(shard))
    toc_obj = windex.TOC.read(storage, "MAIN", schema=make_schema())
    toc_obj.segments = [seg]
    for old in shard.glob("_MAIN_*.toc"):
        old.unlink()
    toc_obj.write(storage, "MAIN")
    with pytest.raises(safe_toc.UnsafeIndexError, match="segment"):
        safe_toc.open_dir(str(shard), make_schema())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_only_raise_unsafe_index_error(data):
    try:
        safe_toc.safe_loads(data)
    except safe_toc.UnsafeIndexError:
        pass


def test_bytearrays_are_refused():
    """Whoosh never pickles them, and the C unpickler, fed a BYTEARRAY8 opcode that claims more bytes
    than there are, reported a SystemError from inside the interpreter ("deallocated bytearray object
    has exported buffers", 7 in 20,000 random inputs of the test above) instead of failing cleanly."""
    for data in (pickle.dumps(bytearray(b"abc"), 5),
                 b"\x96\x00\x00\x00\x01\x01\x01\x00\x05"):
        with pytest.raises(safe_toc.UnsafeIndexError):
            safe_toc.safe_loads(data)


def test_text_holding_the_bytearray_opcode_byte_still_round_trips():
    """0x96 is also a byte of common UTF-8 text (Cyrillic 'Ж', Arabic): such data takes the other path."""
    value = {"title": "Заявление Ж", "ar": "بيان", "pages": [1, 2, 3], "blob": b"\x96\x97\x98"}
    for protocol in range(6):
        data = pickle.dumps(value, protocol)
        assert safe_toc.safe_loads(data) == value


_SAFE_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(),
                         st.binary())


@settings(max_examples=200, deadline=None)
@given(st.recursive(_SAFE_LEAVES, lambda c: st.one_of(st.lists(c), st.tuples(c, c),
                                                       st.dictionaries(st.text(max_size=5), c)),
                    max_leaves=40),
       st.sampled_from([0, 1, 2, 3, 4, 5]))
def test_plain_data_round_trips(value, protocol):
    assert safe_toc.safe_loads(pickle.dumps(value, protocol)) == value


def test_whoosh_module_pickle_bindings_are_restricted_once_installed():
    import whoosh.codec.whoosh3 as w3
    import whoosh.filedb.structfile as sf
    import whoosh.index as windex

    safe_toc.install()
    assert w3.loads is safe_toc.safe_loads
    assert sf.load_pickle is safe_toc.safe_load
    assert windex.pickle.loads is safe_toc.safe_loads
    assert windex.toc_loaders == {}
    with pytest.raises(safe_toc.UnsafeIndexError):
        w3.loads(pickle.dumps(SystemPayload(Path("/nonexistent/x"))))


def test_marker_text_is_what_the_payload_would_write(tmp_path):
    """Sanity check of the test's own payload: unrestricted pickle does run it."""
    marker = tmp_path / "ran.txt"
    pickle.loads(pickle.dumps(Payload(marker)))
    assert marker.read_text() == PWNED
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_pickles_of_plain_data_holding_the_bytearray_byte_take_the_fast_unpickler():
    """Posting blocks hold 0x96 in their floats and positions: such a pickle, walked opcode by opcode,
    is plain data, and reads the same through the C unpickler."""
    block = ((5477, 14, 6), (2.0, 1.0000000000000002, 150.5), (b"H|\x00~\x96", b"\x96\x96", b"\x96" * 300))
    for protocol in (2, 3, 4):
        data = pickle.dumps(block, protocol)
        assert pickle.BYTEARRAY8 in data
        assert safe_toc.plain_opcodes(data) == (protocol >= 3)  # protocol 2 stores bytes by calling a function
        assert safe_toc.safe_loads(data) == block
    for bad in (pickle.dumps(bytearray(b"abc"), 5), b"\x80\x04\x96\x00\x00\x00\x01\x01\x01\x00\x05.",
                pickle.dumps(((1, 2), b"\x96x"), 4)[:-3] + b"\x96" + b"\x00" * 8 + b".",
                b"\x80\x04r\xff\xff\xff\xffN.", b"\x80\x04C\xff\x96."):
        assert not safe_toc.plain_opcodes(bad)


_PLAIN_OPS = {"PROTO", "FRAME", "MARK", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "EMPTY_TUPLE", "MEMOIZE",
              "EMPTY_LIST", "APPEND", "APPENDS", "EMPTY_DICT", "SETITEM", "SETITEMS", "NONE", "NEWTRUE",
              "NEWFALSE", "BININT1", "BININT2", "BININT", "BINFLOAT", "BINGET", "LONG_BINGET", "BINPUT",
              "SHORT_BINBYTES", "BINBYTES", "SHORT_BINUNICODE", "BINUNICODE", "STOP"}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.recursive(st.one_of(st.none(), st.booleans(), st.integers(-2**40, 2**40), st.floats(allow_nan=False),
                              st.text(max_size=40), st.binary(max_size=300)),
                    lambda c: st.one_of(st.lists(c, max_size=6), st.tuples(c, c), st.dictionaries(st.text(max_size=5), c, max_size=4)),
                    max_leaves=30),
       st.integers(2, 5), st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from([0x96, 0x42, 0x43, 0x2E, 0x72, 0x95, 0])), max_size=3))
def test_what_the_opcode_walk_calls_plain_is_plain_for_pythons_own_parser(value, protocol, changes):
    """Cross-checked with pickletools' parser, on real pickles and on pickles with bytes changed:
    whatever plain_opcodes accepts parses to plain-data opcodes only, ending at its last byte."""
    import pickletools

    data = bytearray(pickle.dumps(value, protocol))
    for at, byte in changes:
        data[at % len(data)] = byte
    data = bytes(data)
    if safe_toc.plain_opcodes(data):
        try:
            ops = list(pickletools.genops(data))
        except UnicodeDecodeError:  # pickletools decodes strings (the unpickler fails cleanly on them)
            return
        assert {op.name for op, _arg, _pos in ops} <= _PLAIN_OPS
        assert ops[-1][0].name == "STOP" and ops[-1][2] == len(data) - 1
        assert [p for op, _a, p in ops if op.name == "FRAME"] in ([], [2])
