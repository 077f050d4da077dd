"""A vouched-for index cannot exhaust memory through a pickle's memo.

CPython's C unpickler keeps its memo in an array: LONG_BINPUT n (or PUT n) grows it to 2n slots and
sets each one, so a single such opcode with n near 2**31 touches 32 GiB. An index must pass the
integrity check before anything in it is unpickled, but a stranger who signs a kit with their own key
seals its index too. Every place presskit reads a pickle from an index (a posting block, a block's
info, a term's inlined postings, the table of contents, a terms file's extras) must refuse such a
pickle or read it with bounded memory. The reads run in a child process under a limit on its address
space, so a regression fails the test instead of driving the machine into swap.
"""

from __future__ import annotations

import re

import io
import json
import pickle
import pickletools
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile_helpers import cli, env, ok

from presskit.index import safe_toc
from presskit.index.schema import encode_positions

#: The child's address space: room for Python, presskit and Whoosh, never for a 512 MiB memo on top.
LIMIT = 3 << 30
#: A memo index whose array (2 x 32 Mi slots of 8 bytes, 512 MiB) fits under LIMIT: a regression
#: shows as that much more memory, not as a MemoryError that would pass for a refusal.
MID = 0x02000000


@pytest.fixture(autouse=True)
def _whoosh_reads_through_safe_toc():
    safe_toc.install()  # Whoosh's read_pickle then reads through safe_toc.safe_load, as when an index is opened


def long_binput(n: int) -> bytes:
    return b"r" + n.to_bytes(4, "little")


def _block(n: int = 5) -> tuple:
    """A posting block as presskit's segment writer pickles it: (id deltas, weights, positions)."""
    return (tuple(range(1, n + 1)), tuple(float(i % 3 + 1) for i in range(n)),
            tuple(encode_positions(list(range(i, i + i % 4 + 1))) for i in range(n)))


def _hostile_variants(data: bytes, n: int) -> list[bytes]:
    """``data`` (protocol 4/5 with a FRAME) with its FRAME replaced, byte for byte, by NONE,
    LONG_BINPUT n, POP and NONE, POP, and with PUT n put in as a decimal line."""
    assert data[2:3] == b"\x95"
    framed = data[:2] + b"N" + long_binput(n) + b"0N0" + data[11:]
    put = data[:2] + b"Np" + str(n).encode() + b"\n0" + data[11:]
    return [framed, put]


_CHILD = r"""
import io, json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[1]), int(sys.argv[1])))
from presskit.index import safe_toc
from whoosh.filedb.structfile import StructFile
safe_toc.install()
def vm_peak():  # KiB of address space at its peak: what RLIMIT_AS bounds, counted whether touched or not
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmPeak:"))
cases = json.loads(sys.stdin.read())
out = []
for how, hexdata in cases:
    data = bytes.fromhex(hexdata)
    before = vm_peak()
    try:
        if how == "loads":
            value = safe_toc.safe_loads(data)
        else:  # as Whoosh reads a block's info or a terms file's extras: from a file, then more data
            f = StructFile(io.BytesIO(data + b"\x80\x04more"))
            value = f.read_pickle()
            assert f.tell() == len(data), (f.tell(), len(data))
        result = repr(value)
    except safe_toc.UnsafeIndexError as e:
        result = "refused: " + e.message
    grown = vm_peak() - before
    out.append([result, grown])
print(json.dumps(out))
"""


def read_limited(cases: list[tuple[str, bytes]]) -> list[tuple[str, int]]:
    """Read each pickle in a child process limited to LIMIT bytes of address space: (what was read
    or why it was refused, growth of the child's peak address space in KiB)."""
    p = subprocess.run([sys.executable, "-c", _CHILD, str(LIMIT)], env=env(),
                       input=json.dumps([[how, data.hex()] for how, data in cases]),
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    return [tuple(x) for x in json.loads(p.stdout)]


@pytest.mark.parametrize("n", [MID, 0x7FFFFFFF])
def test_a_huge_memo_index_is_read_with_bounded_memory_wherever_a_pickle_is_read(n):
    block = _block(200)
    info = (128, 5000, 3.0, 3, 12, 200)
    toc_like = {"segments": ["abc", "def"], "deleted": {1, 2, 3}, "title": "r\xe9sum\xe9"}
    cases, expected = [], []
    for value, how in ((block, "loads"), (info, "load"), (toc_like, "load"), (block[2][:2], "loads")):
        for data in _hostile_variants(pickle.dumps(value, 4), n):
            cases.append((how, data))
            expected.append(repr(value))
    for (result, grown_kib), want in zip(read_limited(cases), expected):
        assert result == want or result.startswith("refused"), result
        assert grown_kib < 64 << 10, f"reading one pickle grew memory by {grown_kib // 1024} MiB"


def test_the_child_sees_a_regression():
    """The same child, reading through the plain C unpickler, does grow by hundreds of MiB: the
    measure above would catch a change that let such a pickle through."""
    data = _hostile_variants(pickle.dumps(_block(3), 4), MID)[0]
    p = subprocess.run([sys.executable, "-c", _CHILD.replace("safe_toc.safe_loads(data)", "pickle.loads(data)")
                        .replace("import io,", "import io, pickle,"), str(LIMIT)], env=env(),
                       input=json.dumps([["loads", data.hex()]]), capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    [(result, grown_kib)] = json.loads(p.stdout)
    assert grown_kib > 256 << 10  # the memo array alone is 512 MiB of address space


# --- the pre-check never lets a big memo index through ----------------------------------------------

def _c_put_index(line: bytes) -> int | None:
    """What the C unpickler's PUT makes of its line: PyLong_FromString in base 10 on the bytes up to
    the first NUL (Python's int() follows the same rules), or None when it refuses it."""
    try:
        return int(line.split(b"\x00", 1)[0])
    except ValueError:
        return None


def _big_memo_anywhere(data: bytes) -> bool:
    """Whether any byte of ``data``, read as LONG_BINPUT or PUT, would index the memo beyond what the
    pre-check lets through: every position, not only the opcodes an unpickler would meet."""
    for i, b in enumerate(data):
        if b == 0x72 and i + 5 <= len(data) and int.from_bytes(data[i + 1:i + 5], "little") > safe_toc.MEMO_BOUND:
            return True
        if b == 0x70:
            end = data.find(b"\n", i + 1)
            n = _c_put_index(data[i + 1:] if end < 0 else data[i + 1:end + 1])
            if n is not None and abs(n) > 9999:
                return True
    return False


_PIECES = st.one_of(
    st.sampled_from([b"p", b"r", b" ", b"\t", b"_", b"+", b"-", b"\n", b"\x00", b"0", b"9", b"\x0b"]),
    st.binary(max_size=5),
    st.integers(0, 2**32 - 1).map(lambda n: n.to_bytes(4, "little")),
    st.integers(-10**12, 10**12).map(lambda n: str(n).encode()),
    st.integers(0, 10**9).map(lambda n: f"{n:_}".encode()),
)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=12).map(b"".join))
def test_the_memo_pre_check_never_passes_a_big_index(data):
    if safe_toc.memo_bounded(data):
        assert not _big_memo_anywhere(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 3), st.integers(safe_toc.MEMO_BOUND + 1, 2**32 - 1), st.integers(0, 30))
def test_pickles_with_a_big_memo_index_are_never_given_to_the_c_unpickler(protocol, n, at):
    """Cross-checked with pickletools' parser: a pickle holding LONG_BINPUT or PUT beyond the bound,
    at any opcode boundary, is never judged safe for the C unpickler."""
    data = pickle.dumps([("a", 1), ("b", 2.5), None], protocol)
    bounds = [pos for _op, _arg, pos in pickletools.genops(data)]
    cut = bounds[min(at, len(bounds) - 2) + 1]  # after an opcode, before STOP at the latest
    for op in (long_binput(n % 2**32), b"p%d\n" % n):
        hostile = data[:cut] + b"N" + op + b"0" + data[cut:]
        names = [(o.name, arg) for o, arg, _p in pickletools.genops(hostile)]
        assert any(name in ("LONG_BINPUT", "PUT") and arg > safe_toc.MEMO_BOUND for name, arg in names)
        assert not safe_toc.c_reads_safely(hostile)


def test_genuine_pickles_with_many_memo_entries_still_read():
    """Protocols 0-3 write PUT/LONG_BINPUT with an index past 65,535 when they memoise that many
    objects: such a pickle is read (by Python's own unpickler), the same as before."""
    value = [f"w{i}" for i in range(70_000)]
    for protocol in (0, 2):
        data = pickle.dumps(value, protocol)
        assert not safe_toc.c_reads_safely(data)
        assert safe_toc.safe_loads(data) == value


# --- the fast shapes are exactly what they claim ---------------------------------------------------

_BLOCK_OPS = {"PROTO", "FRAME", "MARK", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "EMPTY_TUPLE", "MEMOIZE", "NONE",
              "BININT1", "BININT2", "BININT", "BINFLOAT", "BINGET", "LONG_BINGET", "SHORT_BINBYTES", "BINBYTES",
              "STOP"}

_POSITIONS = st.lists(st.integers(0, 70_000), min_size=1, max_size=150).map(lambda p: encode_positions(sorted(p)))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(1, 2**31 - 1), st.floats(0.5, 1000), _POSITIONS), min_size=1, max_size=140),
       st.sampled_from(["tuple", "none", "one"]),
       st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from([0x72, 0x70, 0x96, 0x43, 0x42, 0x2E, 0x94, 0x87, 0])),
                max_size=3))
def test_what_passes_for_a_posting_block_is_one_for_pythons_own_parser(postings, weights, changes):
    """A block as presskit's segment writer pickles it is recognised (so it is read fast), and with
    bytes changed anywhere, whatever is still recognised parses, for pickletools, to a block's
    opcodes only (no memo write but MEMOIZE, no BYTEARRAY8), ending at its last byte."""
    ids = tuple(p[0] for p in postings)
    w = {"tuple": tuple(p[1] for p in postings), "none": None, "one": postings[0][1]}[weights]
    value = (ids, w, tuple(p[2] for p in postings))
    data = pickle.dumps(value, 4)
    assert safe_toc.posting_block(data)
    assert safe_toc.safe_loads(data) == value
    changed = bytearray(data)
    for at, byte in changes:
        changed[at % len(changed)] = byte
    changed = bytes(changed)
    if safe_toc.posting_block(changed):
        ops = list(pickletools.genops(changed))
        assert {op.name for op, _a, _p in ops} <= _BLOCK_OPS
        assert ops[-1][0].name == "STOP" and ops[-1][2] == len(changed) - 1


def test_a_blocks_info_is_read_from_its_file_and_the_file_left_after_it():
    from whoosh.filedb.structfile import StructFile

    for protocol in (2, 4):
        info = (128, 70_000, 2.5, 3, 200, 7)
        data = pickle.dumps(info, protocol)
        f = StructFile(io.BytesIO(b"xx" + data + b"\x80\x04r\xff\xff\xff\x7f"))
        f.seek(2)
        assert f.read_pickle() == info and f.tell() == 2 + len(data)


def test_a_long_pickle_in_a_file_is_read_whole():
    """Pickles longer than the first bytes read (a table of contents, a terms file's extras) are read
    in growing windows, and the file is left just after them."""
    from whoosh.filedb.structfile import StructFile

    value = {"names": [f"segment-{i}" for i in range(5000)], "r": "r" * 3000}
    for protocol in (2, 4, 5):
        data = pickle.dumps(value, protocol)
        f = StructFile(io.BytesIO(data + b"tail"))
        assert f.read_pickle() == value and f.read() == b"tail"
    bad = pickle.dumps(value, 4)[:-500]
    with pytest.raises(safe_toc.UnsafeIndexError):
        StructFile(io.BytesIO(bad)).read_pickle()


def test_a_pickle_cut_anywhere_by_the_first_window_is_read_whole():
    """Python's own unpickler, given a pickle cut short, fails in many ways besides EOF (an empty
    stack, a short count): each means "read more", never "damaged". Table-of-contents-like pickles
    of 1 to 199 segments are cut by the first window at every kind of opcode; 7 of them used to be
    refused (a genuine table of contents among them, once an entry count took 5 bytes)."""
    import collections

    from whoosh.filedb.structfile import StructFile

    for n in range(1, 200):
        lengths = collections.defaultdict(int, {f"field{i}": i * 7919 for i in range(n)})
        value = {"segments": [(f"seg{i:03d}", i * 100003) for i in range(n)], "lengths": lengths}
        data = pickle.dumps(value, 4)
        f = StructFile(io.BytesIO(data + b"\x80\x04more"))
        assert f.read_pickle() == value and f.tell() == len(data), n


def test_code_in_a_file_is_refused_at_once():
    from hostile_helpers import SystemPayload
    from whoosh.filedb.structfile import StructFile

    data = pickle.dumps(SystemPayload(Path("/nonexistent/x")), 2)
    with pytest.raises(safe_toc.UnsafeIndexError, match="never loads"):
        StructFile(io.BytesIO(data + b"\x00" * 100)).read_pickle()


# --- a kit whose signer planted such pickles in its own index ---------------------------------------

# The command ends with os._exit once its output is written, so its peak is read by a parent that
# runs it under the limit (a child inherits RLIMIT_AS) and asks for its children's peak.
_CLI_CHILD = r"""
import resource, subprocess, sys
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[1]), int(sys.argv[1])))
rc = subprocess.call([sys.executable, "-m", "presskit"] + sys.argv[2:])
sys.stderr.write("\nPEAK-KIB %d\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(rc)
"""


def search_limited(kit: Path, query: str) -> tuple[subprocess.CompletedProcess, int]:
    p = subprocess.run([sys.executable, "-c", _CLI_CHILD, str(LIMIT), "search", str(kit), query], env=env(),
                       capture_output=True, text=True, timeout=300)
    peak = int(p.stderr.rsplit("PEAK-KIB ", 1)[1])
    return p, peak


def plant_memo_indexes(index: Path, n: int) -> int:
    """Put LONG_BINPUT n into the kit's Whoosh pickles: the table of contents' segment list (the last
    thing in its file) gets it just before its STOP; every framed pickle of the other files (blocks'
    infos, small posting blocks, a terms file's extras) gets it in place of its FRAME, byte for byte,
    so no offset moves. Returns how many pickles were changed."""
    import re

    planted = 0
    for f in sorted((index / "whoosh").rglob("*")):
        if not f.is_file():
            continue
        data = f.read_bytes()
        if f.suffix == ".toc":
            assert data.endswith(b".")
            new, k = data[:-1] + long_binput(n) + b".", 1
        else:
            new, k = re.subn(rb"\x80([\x04\x05])\x95[\x00-\xff]{2}\x00{6}",
                             lambda m: b"\x80" + m.group(1) + b"N" + long_binput(n) + b"0N0", data)
        if k:
            f.write_bytes(new)
            planted += k
    return planted


def reseal(index: Path, key_pem: Path) -> None:
    """What the signer does on their own computer: list the changed files' hashes in the stamp and
    seal it with their key (the key of the kit's valid signature)."""
    import hashlib

    from cryptography.hazmat.primitives import serialization

    from presskit.index.integrity import seal_bytes

    stamp = json.loads((index / "stamp.json").read_bytes())
    for rel, entry in stamp["files"].items():
        data = (index / rel).read_bytes()
        entry["sha256"], entry["bytes"] = hashlib.sha256(data).hexdigest(), len(data)
    raw = json.dumps(stamp, indent=1).encode("utf-8")
    (index / "stamp.json").write_bytes(raw)
    key = serialization.load_pem_private_key(key_pem.read_bytes(), password=None)
    (index / "seal.json").write_bytes(seal_bytes(raw, key))


def test_a_signed_kits_own_index_with_huge_memo_indexes_is_searched_with_bounded_memory(signed_kit, publisher_key):
    """The signer's key vouches for the index, so it is searched as it is: the word and the phrase
    give the same results as before the change, and the search process grows by no memo table."""
    before = {}
    for query in ("stockpiles", '"ammunition stockpiles"', "verification"):
        p, peak = search_limited(signed_kit, query)
        assert p.returncode == 0 and re.search(r"\d+ documents? match", p.stdout), p.stderr
        before[query] = (p.stdout, peak)
    assert plant_memo_indexes(signed_kit / "index", MID) > 10
    reseal(signed_kit / "index", publisher_key)
    ok(cli("verify", signed_kit))  # signature valid, index sealed by the same key and intact
    for query, (stdout, peak_before) in before.items():
        p, peak = search_limited(signed_kit, query)
        assert "Traceback" not in p.stderr and "index" not in p.stderr, p.stderr  # searched as it is, not rebuilt
        assert p.returncode == 0 and p.stdout == stdout, p.stderr
        assert peak - peak_before < 128 << 10, f"the search grew by {(peak - peak_before) // 1024} MiB"


# --- nor through what it asks to build ---------------------------------------------------------------

_AMPLIFIERS = [
    # a size given to a type: bytearray(2**31), bytes(n), a tuple of n bytes
    b"\x80\x02c__builtin__\nbytearray\nJ\x00\x00\x00\x20\x85R.",
    b"\x80\x02c__builtin__\nbytes\nJ\x00\x00\x00\x20\x85R.",
    b"\x80\x02c__builtin__\ntuple\nc__builtin__\nbytes\nJ\x00\x00\x00\x04\x85R\x85R.",
    b"\x80\x04\x8c\x08builtins\x8c\x05bytes\x93J\x00\x00\x00\x20\x85\x81.",  # NEWOBJ of a built-in type
]


def _copies(n_items: int, n_copies: int) -> bytes:
    """A set of n_items numbers, memoised, then n_copies sets made from it: each copy costs as much
    as the set, so the objects grow with the product while the pickle grows with the sum."""
    items = b"(" + b"".join(b"J" + i.to_bytes(4, "little") for i in range(n_items)) + b"l"
    return b"\x80\x02" + items + b"q\x00(" + b"c__builtin__\nset\nq\x01" + b"h\x01h\x00\x85R" * n_copies + b"l."


@pytest.mark.parametrize("data", _AMPLIFIERS + [_copies(20_000, 20_000)], ids=["bytearray", "bytes", "tuple", "newobj", "copies"])
def test_a_pickle_cannot_make_the_reader_build_far_more_than_its_size(data):
    [(result, grown_kib)] = read_limited([("loads", data)])
    assert result.startswith("refused"), result[:200]
    assert grown_kib < 64 << 10, f"reading one pickle grew memory by {grown_kib // 1024} MiB"


def test_whoosh_calls_are_read_the_same():
    import collections

    value = {"deleted": {1, 2}, "frozen": frozenset({3}), "empty": b"", "text": "é", "raw": b"\xe9\x00",
             "lengths": collections.defaultdict(int, {"body": 3})}
    for protocol in range(6):
        assert safe_toc.safe_loads(pickle.dumps(value, protocol)) == value


# --- nor through the sizes Whoosh believes --------------------------------------------------------------

def test_a_zlib_bomb_in_a_posting_block_is_refused():
    import types
    import zlib

    from whoosh.codec.whoosh3 import W3LeafMatcher

    block = pickle.dumps(_block(200), 4)
    assert safe_toc.inflate_block(zlib.compress(block)) == block
    bomb = zlib.compress(b"\0" * (safe_toc.MAX_BLOCK_BYTES + 1), 9)
    with pytest.raises(safe_toc.UnsafeIndexError):
        safe_toc.inflate_block(bomb)
    fake = types.SimpleNamespace(_postfile=types.SimpleNamespace(get=lambda at, n: bomb[at:at + n]),
                                 _dataoffset=0, _nextoffset=len(bomb), _compression=3)
    with pytest.raises(safe_toc.UnsafeIndexError):
        W3LeafMatcher._read_data(fake)  # as Whoosh reads a block for a phrase


def test_a_block_claiming_a_billion_postings_is_refused_before_whoosh_builds_its_weights():
    """Whoosh builds an array of as many weights as a block's info says it holds when the block
    stores none (every weight 1.0): 2**30 of them would be 4 GiB. The info is refused as it is read."""
    import struct
    import types

    from whoosh.codec.whoosh3 import W3LeafMatcher
    from whoosh.filedb.structfile import StructFile

    for count, refused in ((128, False), (1 << 30, True), (0, True)):
        info = pickle.dumps((count, 5, 1.0, 0, 10, 10), 4)
        data = pickle.dumps(((5,), None, (encode_positions([1]),)), 4)
        raw = struct.pack("!i", -(len(info) + len(data))) + info + data
        fake = types.SimpleNamespace(_postfile=StructFile(io.BytesIO(raw)))
        if refused:
            with pytest.raises(safe_toc.UnsafeIndexError, match="damaged"):
                W3LeafMatcher._goto(fake, 0)
        else:
            W3LeafMatcher._goto(fake, 0)
            assert (fake._blocklength, fake._maxid, fake._compression) == (128, 5, 0)
