"""Opening Whoosh indexes without trusting their pickles.

Whoosh keeps its table of contents (``_MAIN_<gen>.toc``: the schema and the segment list) and some
data inside its segment files (term infos, column headers, compound-file directories) as Python
pickles, and reads them with ``pickle``: whoever can write an index folder could run code in any
process that opens it. A kit's index comes from whoever handed over the kit, so presskit:

1. opens every Whoosh index through :func:`open_dir`, which reads the TOC itself: the schema pickle
   is never read (presskit passes its own schema), older TOC versions (whose loaders unpickle with
   renaming) are refused, the segment list is read by :class:`RestrictedUnpickler` and each segment
   is checked (type, name, counts) before Whoosh uses it;
2. routes every other unpickling Whoosh does through the same restricted loader (:func:`install`
   replaces the pickle functions Whoosh's modules bound at import);
3. the restricted loaders name only Whoosh's segment and codec classes, ``defaultdict``, ``int``,
   sets, bytes and latin-1 encoding (:func:`_names`: what Whoosh writes into an index's pickles; the
   schema is never unpickled). Anything else (``os.system``, ``builtins.eval``, ``subprocess.Popen``,
   any other class or function) raises :class:`UnsafeIndexError` before it is looked up;
4. bounds the memory a pickle can make it allocate: CPython's C unpickler only reads data that names
   nothing and cannot grow its memo array (:func:`c_reads_safely`); Python's own unpickler reads the
   rest, with a dict for a memo, only the calls Whoosh writes, and a budget (docs/trust.md).

This is the second defence; the first is that a kit's index is only used when the signature covers
it (or this computer built it), and is otherwise rebuilt from the verified files (docs/trust.md).
"""

from __future__ import annotations

import codecs
import functools
import io
import pickle
import re
import sys
import types
import zlib
from typing import Any

from ..errors import UnsafeIndexError
from . import bounded

__all__ = ["UnsafeIndexError", "RestrictedUnpickler", "safe_loads", "safe_load", "loads_matched", "open_dir",
           "install"]

#: Largest table of contents read (presskit's are a few KiB).
MAX_TOC_BYTES = 16 << 20

def _latin1_encode(obj: Any, encoding: str = "latin1") -> bytes:
    """``_codecs.encode`` as protocol-2 pickles use it for bytes, limited to that one use."""
    if not isinstance(obj, str) or encoding.replace("-", "").replace("_", "").lower() not in ("latin1", "iso88591"):
        raise UnsafeIndexError("The search index holds an encoded value presskit does not read.")
    return codecs.encode(obj, "latin-1")


def _names() -> dict[tuple[str, str], Any]:
    """Everything a pickle in an index may name: Whoosh's segment and codec classes and the per-field
    length counters a segment holds (``defaultdict(int)``), for the table of contents; sets and bytes
    as protocols 2 and 3 write them. The schema is never unpickled (presskit passes its own), so no
    field, format or analyzer class is needed, and nothing else is named by what Whoosh writes."""
    import collections

    from whoosh.codec.whoosh3 import W3Codec, W3Segment

    names = {("whoosh.codec.whoosh3", "W3Segment"): W3Segment, ("whoosh.codec.whoosh3", "W3Codec"): W3Codec,
             ("collections", "defaultdict"): collections.defaultdict,
             ("_codecs", "encode"): _latin1_encode, ("codecs", "encode"): _latin1_encode}
    for mod in ("builtins", "__builtin__"):
        names.update({(mod, "int"): int, (mod, "long"): int, (mod, "set"): set, (mod, "frozenset"): frozenset,
                      (mod, "bytes"): bytes})
    return names


_NAMES: dict[tuple[str, str], Any] = {}


def _named(module: str, name: str) -> Any:
    if not _NAMES:
        _NAMES.update(_names())
    return _NAMES.get((module, name))


def _segment_types() -> tuple[type, type]:
    return _named("whoosh.codec.whoosh3", "W3Segment"), _named("whoosh.codec.whoosh3", "W3Codec")


class RestrictedUnpickler(pickle.Unpickler):
    """A ``pickle.Unpickler`` that names nothing but :func:`_names`. Given only data that names nothing
    (:func:`c_reads_safely`): whatever asks to build or call something goes to Python's own."""

    def find_class(self, module: str, name: str) -> Any:
        obj = _named(module, name)
        if obj is None:
            raise UnsafeIndexError(f"The search index refers to {module[:60]}.{name[:60]}, which presskit never "
                                   "loads.", details="refused by the restricted unpickler")
        return obj


#: What building the objects of one pickle may allocate beyond the opcodes themselves (each of which
#: adds a few references): this many times the pickle's size, plus BUDGET_BASE bytes.
BUDGET_FACTOR, BUDGET_BASE = 16, 1 << 20


class _PyRestrictedUnpickler(pickle._Unpickler):  # type: ignore[name-defined]
    """Python's own unpickler with the same names, for data the C unpickler may not be given. Its memo
    is a dict (a LONG_BINPUT index costs one entry); it refuses bytearrays and out-of-band buffers
    (Whoosh never writes them; the C unpickler, given a BYTEARRAY8 that claims more bytes than there
    are, can report a SystemError from inside the interpreter); and it builds only what Whoosh
    writes: a segment or codec by NEWOBJ with no arguments and its state by BUILD, a set from a
    list, empty bytes, ``defaultdict(int)``, latin-1 bytes, each charged to a budget, so copies of a
    large object made again and again cannot make it allocate more than a bounded multiple of the
    pickle's size."""

    find_class = RestrictedUnpickler.find_class
    dispatch = dict(pickle._Unpickler.dispatch)  # type: ignore[attr-defined]

    def __init__(self, file: Any, size: int = MAX_TOC_BYTES):
        super().__init__(file)
        self.budget = BUDGET_FACTOR * size + BUDGET_BASE

    def _charge(self, obj: Any) -> Any:
        self.budget -= sys.getsizeof(obj)
        if self.budget < 0:
            raise UnsafeIndexError("The search index is damaged and cannot be read.",
                                   details="a pickle builds far more than its size")
        return obj

    def _refuse(self, what: str = "a bytearray or an out-of-band buffer in a pickle") -> None:
        raise UnsafeIndexError("The search index is damaged and cannot be read.", details=what)

    def load_reduce(self) -> None:
        args = self.stack.pop()
        func = self.stack[-1]
        if func is _latin1_encode or (func is bytes and args == ()):
            pass
        elif func in (set, frozenset) and len(args) == 1 and type(args[0]) in (list, tuple, set, frozenset):
            pass
        elif not (func is _named("collections", "defaultdict") and args in ((), (None,), (int,))):
            self._refuse("a call Whoosh never writes into a pickle")
        self.stack[-1] = self._charge(func(*args))

    def load_newobj(self) -> None:
        args = self.stack.pop()
        cls = self.stack.pop()
        if cls not in _segment_types() or args != ():
            self._refuse("an object Whoosh never writes into a pickle")
        self.append(self._charge(cls.__new__(cls)))

    def load_build(self) -> None:
        state, inst = self.stack[-1], self.stack[-2]
        if type(inst) not in _segment_types() or type(state) is not dict:
            self._refuse("an object state Whoosh never writes into a pickle")
        self._charge(state)
        super().load_build()

    def _refuse_op(self) -> None:
        self._refuse("an instruction Whoosh never writes into a pickle")

    dispatch[pickle.REDUCE[0]] = load_reduce
    dispatch[pickle.NEWOBJ[0]] = load_newobj
    dispatch[pickle.BUILD[0]] = load_build
    for _op in (pickle.BYTEARRAY8, pickle.NEXT_BUFFER, pickle.READONLY_BUFFER):
        dispatch[_op[0]] = _refuse
    for _op in (pickle.NEWOBJ_EX, pickle.OBJ, pickle.INST, pickle.PERSID, pickle.BINPERSID):
        dispatch[_op[0]] = _refuse_op
    del _op


#: Runs of plain-data opcodes with fixed-size arguments (MARK, tuples, MEMOIZE, lists, dicts, None,
#: booleans, BININT1/2, BININT, BINFLOAT, BINGET, LONG_BINGET, BINPUT; not LONG_BINPUT, whose index
#: makes the C unpickler grow its memo table to that size).
_FIXED_OPS = re.compile(rb"(?:[()t\x85\x86\x87\x94\]ae}suN\x88\x89]|[Khq].|M..|[Jj].{4}|G.{8})*", re.S)


def _walk(data: bytes) -> int:
    """Where a protocol 2-4 pickle made only of the plain-data opcodes above and counted bytes and
    strings lying inside it ends (just after its STOP), walked as the unpickler walks it; -1 if
    ``data`` does not start with one."""
    if data[:1] != b"\x80" or data[1:2] not in (b"\x02", b"\x03", b"\x04"):
        return -1
    i = 11 if data[2:3] == b"\x95" else 2  # FRAME, only as the first opcode
    fixed = _FIXED_OPS.match
    try:
        while True:
            op = data[i]
            if op == 0x43:  # SHORT_BINBYTES (each position list of a block), then MEMOIZE
                i += 2 + data[i + 1]
                if data[i] == 0x94:
                    i += 1
            elif op == 0x8C:  # SHORT_BINUNICODE
                i += 2 + data[i + 1]
            elif op == 0x42 or op == 0x58:  # BINBYTES, BINUNICODE
                i += 5 + int.from_bytes(data[i + 1:i + 5], "little")
            elif op == 0x2E:  # STOP
                return i + 1
            else:
                j = fixed(data, i).end()
                if j == i:
                    return -1
                i = j
    except IndexError:  # a length past the end
        return -1


def plain_opcodes(data: bytes) -> bool:
    """Whether ``data`` is a protocol 2-4 pickle made only of the plain-data opcodes above and
    counted bytes and strings lying inside it, ending with its one STOP: opcodes walked as the
    unpickler walks them, so a BYTEARRAY8 or LONG_BINPUT byte found in such a pickle is data,
    never an opcode. A walk costs about 40-55 us a posting block (Python's own unpickler, 300 us)."""
    return _walk(data) == len(data)


# --- the memo ------------------------------------------------------------------------------------
# CPython's C unpickler keeps its memo in an array: LONG_BINPUT n (``r`` and 4 bytes) and PUT n
# (``p``, a decimal line) grow it to 2n slots and set every new one, so one such opcode with n near
# 2**31 touches 32 GiB. BINPUT (one byte: at most 255) and MEMOIZE (the next slot: at most one per
# byte of the pickle) cannot. Python's own unpickler keeps its memo in a dict.

#: The largest LONG_BINPUT index the C unpickler is left to see: a memo of at most 1 MiB.
MEMO_BOUND = 0xFFFF
#: ``r`` followed by 4 bytes whose little-endian value exceeds MEMO_BOUND (its third or fourth byte
#: is not zero). ``r`` with fewer than 4 bytes after it cannot grow the memo: the unpickler stops
#: for want of data before it stores anything.
_BIG_LONG_BINPUT = re.compile(rb"r..(?:[^\x00].|\x00[^\x00])", re.S)
#: ``p`` followed by what ``PyLong_FromString`` (base 10, as the C unpickler parses PUT's line)
#: could read as 5 digits or more: white space, a sign, a digit, then digits each after at most one
#: underscore. A PUT index it reads above 9999 has 5 digits or more, so it matches this.
_BIG_PUT = re.compile(rb"p[\t-\r ]*[+-]?[0-9](?:_?[0-9]){4}")


def memo_bounded(data: bytes) -> bool:
    """Whether no LONG_BINPUT or PUT in ``data``, wherever an unpickler may meet it, can index its
    memo beyond MEMO_BOUND: every ``r`` and ``p`` byte is looked at as if it were that opcode, so a
    True is never wrong, and a False (as for most blocks, whose positions hold such bytes) only
    means the pickle is looked at more closely."""
    return _BIG_LONG_BINPUT.search(data) is None and _BIG_PUT.search(data) is None


# --- a posting block as presskit writes it (presskit/index/segment.py) ---------------------------
_INT = rb"(?:K.|M..|J.{4})"
_FLOAT = rb"(?:G.{8})"
#: A block's protocol-4 header (with or without its FRAME).
BLOCK_PROTOCOL = rb"\x80\x04(?:\x95.{8})?"
#: A block's id deltas, then its weights (a tuple, one float or None): integers, floats, tuples and
#: MEMOIZE only. Also what presskit.search.postings reads a block's ids and weights through.
BLOCK_IDS_AND_WEIGHTS = (
    rb"(?:\(" + _INT + rb"+t|" + _INT + rb"{1,3}[\x85\x86\x87])\x94"
    rb"(?:\(" + _FLOAT + rb"+t\x94|" + _FLOAT + rb"{1,3}[\x85\x86\x87]\x94|" + _FLOAT + rb"|N)")
#: Protocol 4, id deltas, weights, then the mark of the positions' tuple (when there are more than 3).
_BLOCK_HEAD = re.compile(BLOCK_PROTOCOL + BLOCK_IDS_AND_WEIGHTS + rb"(\(?)", re.S)
#: A block's info (postings, last id, largest weight, compression, shortest and longest length),
#: as presskit (protocol 4) and Whoosh (protocol 2: BINPUT, at most 255) write it.
_BLOCK_INFO = re.compile(rb"\x80[\x02-\x05](?:\x95.{8})?\(" + _INT + rb"{2}" + _FLOAT + _INT + rb"{3}t(?:\x94|q.)?\.",
                         re.S)


@functools.lru_cache(maxsize=1)
def _position_lists() -> Any:
    """A pattern stepping over a run of memoised position lists of up to 63 bytes (nearly all: 3-21
    bytes at 20,000 pages) and memo fetches: one branch per length byte, each opcode matched with
    its counted bytes. Compiled on first use (about 1 ms)."""
    lengths = b"|".join(re.escape(bytes([n])) + b".{%d}" % n for n in range(64))
    return re.compile(rb"(?:C(?:" + lengths + rb")\x94|h.|j.{4})*+", re.S).match


def posting_block(data: bytes) -> bool:
    """Whether ``data`` is a posting block laid out as presskit writes it: ``(id deltas, weights,
    positions)``, integers, floats, None, tuples and counted bytes (SHORT_BINBYTES or BINBYTES, each
    memoised, or fetched back from the memo) and nothing else, every opcode walked as the unpickler
    walks it, mostly by patterns: a block costs about as much as unpickling it, a third of the
    general walk (:func:`plain_opcodes`)."""
    head = _BLOCK_HEAD.match(data)
    if head is None:
        return False
    i, n, marked = head.end(), 0, bool(head.group(1))
    run = _position_lists() if marked else None
    try:
        while True:
            if run is not None:
                i = run(data, i).end()
            op = data[i]
            if op == 0x43:  # SHORT_BINBYTES, MEMOIZE
                i += data[i + 1] + 3
            elif op == 0x42:  # BINBYTES, MEMOIZE
                i += int.from_bytes(data[i + 1:i + 5], "little") + 6
            elif op == 0x68 or op == 0x6A:  # BINGET, LONG_BINGET (they read the memo, never grow it)
                i += 2 if op == 0x68 else 5
                n += 1
                continue
            else:
                break
            if data[i - 1] != 0x94:
                return False
            n += 1
        if marked:  # MARK ... TUPLE
            i = i + 2 if data[i:i + 2] == b"t\x94" else -1
        elif 1 <= n <= 3:  # TUPLE1-3
            i = i + 2 if data[i] == 0x84 + n and data[i + 1] == 0x94 else -1
        else:  # EMPTY_TUPLE, NONE
            i = i + 1 if n == 0 and data[i] in b")N" else -1
    except IndexError:
        return False
    return i > 0 and data[i:] == b"\x87\x94."


#: The bytes of the opcodes that name a class or function (GLOBAL, INST, STACK_GLOBAL, EXT1/2/4):
#: without them nothing in a pickle can be called or built but plain data.
_NAMING = re.compile(rb"[ci\x93\x82\x83\x84]")


def _plain_bytes(data: bytes) -> bool:
    """Whether no byte of ``data``, read as an opcode, could name something, grow the memo beyond
    MEMO_BOUND or be a BYTEARRAY8: never wrong when True."""
    return pickle.BYTEARRAY8 not in data and _NAMING.search(data) is None and memo_bounded(data)


def c_reads_safely(data: bytes) -> bool:
    """Whether CPython's C unpickler may read ``data``: it builds plain data only (nothing named, so
    nothing called), its memo stays within MEMO_BOUND and it meets no BYTEARRAY8, as the bytes show
    (:func:`_plain_bytes`) or as its opcodes, walked, show (a posting block, or plain data)."""
    return _plain_bytes(data) or posting_block(data) or plain_opcodes(data)


def loads_matched(data: bytes) -> Any:
    """Unpickle ``data`` that the caller matched, opcode by opcode, against a pattern admitting only
    integers, floats, None, MARK, tuples, MEMOIZE and STOP (``presskit.search.postings``): the C
    unpickler reads such bytes safely, with no other check."""
    return _guarded(lambda: RestrictedUnpickler(io.BytesIO(data)).load())


def safe_loads(data: bytes, *args: Any, **kwargs: Any) -> Any:
    """``pickle.loads`` through :class:`RestrictedUnpickler`; every failure is an UnsafeIndexError.
    Data the C unpickler may not read safely (:func:`c_reads_safely`) is read by Python's own."""
    data = bytes(data)
    if c_reads_safely(data):
        return _guarded(lambda: RestrictedUnpickler(io.BytesIO(data)).load())
    return _guarded(lambda: _PyRestrictedUnpickler(io.BytesIO(data), len(data)).load())


#: The first bytes read for a pickle inside a file (a block's info is 30-40 bytes), then 8 times
#: more each time the pickle turns out longer, up to the largest pickle read from a file.
_WINDOW, MAX_PICKLE_BYTES = 256, 64 << 20


#: The details of an error (as :func:`_guarded` words them) that a pickle cut short can raise.
_CUT_SHORT = re.compile(r"(?!RecursionError|MemoryError)\w+: ")


def safe_load(f: Any, *args: Any, **kwargs: Any) -> Any:
    """``pickle.load`` through :class:`RestrictedUnpickler`: the pickle's bytes are read first
    (growing windows), checked as :func:`safe_loads` checks them, and the file is left just after
    the pickle, as ``pickle.load`` leaves it."""
    try:
        start = f.tell()
        head = f.read(64)
    except (AttributeError, OSError, ValueError):  # not seekable: Python's own unpickler, from the file
        return _guarded(lambda: _PyRestrictedUnpickler(f, BUDGET_BASE).load())
    info = _BLOCK_INFO.match(head) if type(head) is bytes else None
    if info is not None:  # a posting block's info (read on every query), every opcode matched
        f.seek(start + info.end())
        return _guarded(lambda: RestrictedUnpickler(io.BytesIO(head)).load())
    size = _WINDOW
    while True:
        f.seek(start)
        buf = _guarded(lambda: bytes(f.read(size)))
        whole = len(buf) < size or size >= MAX_PICKLE_BYTES
        end = _walk(buf)
        if end > 0:
            buf, fast = buf[:end], True
        else:
            fast = _plain_bytes(buf)
        stream = io.BytesIO(buf)
        load = (RestrictedUnpickler(stream) if fast else _PyRestrictedUnpickler(stream, len(buf))).load
        try:
            obj = _guarded(load)
        except UnsafeIndexError as e:
            # an error of a pickle cut short by the window (EOF, a short count, an empty stack ...),
            # not a refusal (whose details say what was refused): read more
            if whole or not _CUT_SHORT.match(e.details or ""):
                raise
            size *= 8  # the pickle may go on past the window
            continue
        f.seek(start + stream.tell())
        return obj


def _guarded(load: Any) -> Any:
    try:
        return load()
    except UnsafeIndexError:
        raise
    except RecursionError:
        raise UnsafeIndexError("The search index is damaged (nested too deeply).") from None
    except Exception as e:  # UnpicklingError, EOFError, TypeError, MemoryError of a damaged pickle ...
        raise UnsafeIndexError("The search index is damaged and cannot be read.",
                               details=f"{type(e).__name__}: {e}") from None


#: What Whoosh's modules see instead of the ``pickle`` module.
_PICKLE_SHIM = types.SimpleNamespace(
    loads=safe_loads, load=safe_load, dumps=pickle.dumps, dump=pickle.dump,
    PicklingError=pickle.PicklingError, UnpicklingError=pickle.UnpicklingError,
    Unpickler=RestrictedUnpickler, Pickler=pickle.Pickler, HIGHEST_PROTOCOL=pickle.HIGHEST_PROTOCOL,
)

_installed = False
_UNSAFE = {id(pickle.loads), id(pickle.load), id(pickle._loads), id(pickle._load)}  # type: ignore[attr-defined]


def install() -> None:
    """Route every unpickling Whoosh does through :class:`RestrictedUnpickler` (idempotent).

    Whoosh's modules bind ``pickle.loads``/``load`` (or the ``pickle`` module) at import, so the
    modules that read index files are imported first and their bindings replaced; the TOC loaders of
    old index versions (which unpickle with class renaming) are removed.
    """
    global _installed
    if _installed:
        return
    import importlib

    for name in ("whoosh.compat", "whoosh.index", "whoosh.formats", "whoosh.columns", "whoosh.codec.base",
                 "whoosh.codec.whoosh3", "whoosh.filedb.structfile", "whoosh.filedb.compound",
                 "whoosh.filedb.filetables", "whoosh.filedb.filestore", "whoosh.automata.fst",
                 "whoosh.externalsort", "whoosh.reading", "whoosh.searching", "whoosh.writing"):
        importlib.import_module(name)
    for mod_name, mod in list(sys.modules.items()):
        if not (mod_name == "whoosh" or mod_name.startswith("whoosh.")) or mod is None:
            continue
        for attr, value in list(vars(mod).items()):
            if value is pickle:
                setattr(mod, attr, _PICKLE_SHIM)
            elif id(value) in _UNSAFE:
                setattr(mod, attr, safe_load if getattr(value, "__name__", "").endswith("load") else safe_loads)
    import whoosh.index as windex

    windex.toc_loaders = {}
    _bound_block_reads()
    bounded.install()
    _installed = True


#: The most postings a block may say it holds (presskit writes 128, as Whoosh does) and the most
#: bytes a compressed block may inflate to (the largest read by the bench queries at 20,000 pages:
#: 8 KB; a page of 20,000 words repeating one word: under 6 MB).
MAX_BLOCK_POSTINGS, MAX_BLOCK_BYTES = 1024, 16 << 20


def inflate_block(data: bytes) -> bytes:
    """A compressed posting block's bytes, inflated to at most MAX_BLOCK_BYTES: a zlib bomb in a
    block is refused instead of filling memory."""
    d = zlib.decompressobj()
    try:
        out = d.decompress(data, MAX_BLOCK_BYTES)
    except zlib.error as e:
        raise UnsafeIndexError("The search index is damaged and cannot be read.", details=f"zlib: {e}") from None
    if d.unconsumed_tail:
        raise UnsafeIndexError("The search index is damaged and cannot be read.",
                               details="a posting block inflates past the limit")
    return out


def _bound_block_reads() -> None:
    """Whoosh believes the posting count a block's info states (it builds that many weights or
    values when the block stores none) and inflates a block whole: both are bounded here."""
    from whoosh.codec.whoosh3 import W3LeafMatcher

    goto = W3LeafMatcher._goto

    def _goto(self, position):
        goto(self, position)
        n = self._blocklength
        if type(n) is not int or not 0 < n <= MAX_BLOCK_POSTINGS:
            raise UnsafeIndexError("The search index is damaged and cannot be read.",
                                   details=f"a posting block says it holds {str(n)[:40]} postings")

    def _read_data(self):
        b = self._postfile.get(self._dataoffset, self._nextoffset - self._dataoffset)
        self._data = safe_loads(inflate_block(b) if self._compression else b)

    W3LeafMatcher._goto = _goto
    W3LeafMatcher._read_data = _read_data


# ---------------------------------------------------------------------------------------------
# opening an index directory
# ---------------------------------------------------------------------------------------------

_SEGID = re.compile(r"^[0-9a-z]{1,64}$")


def _check_segments(segments: Any, indexname: str) -> list:
    from whoosh.codec.whoosh3 import W3Codec, W3Segment

    if not isinstance(segments, list) or len(segments) > 10_000:
        raise UnsafeIndexError("The search index's table of contents is damaged (segment list).")
    for seg in segments:
        ok = (type(seg) is W3Segment and isinstance(getattr(seg, "segid", None), str)
              and _SEGID.match(seg.segid) is not None and getattr(seg, "indexname", None) == indexname
              and type(getattr(seg, "_codec", None)) is W3Codec
              and isinstance(getattr(seg, "_doccount", None), int) and 0 <= seg._doccount < 1 << 31
              and getattr(seg, "compound", None) is False  # presskit never writes compound segments
              and isinstance(getattr(seg, "_fieldlengths", None), dict)
              and all(type(v) is int and 0 <= v < 1 << 63 for v in seg._fieldlengths.values())
              and (seg._deleted is None or (isinstance(seg._deleted, (set, frozenset))
                                            and all(isinstance(d, int) for d in seg._deleted))))
        if not ok:
            raise UnsafeIndexError("The search index's table of contents names a segment presskit "
                                   "does not read.")
    return segments


def _check_doc_counts(storage: Any, segments: list) -> None:
    """A segment's number of entries is believed by Whoosh's readers (columns read arrays of that
    many values, a search for every entry walks them all): it must not exceed the bytes of the
    segment's stored-fields column, which holds at least one byte per entry."""
    for seg in segments:
        name = seg.make_filename("._stored.col")
        have = storage.file_length(name) if storage.file_exists(name) else 0
        if seg._doccount > have:
            raise UnsafeIndexError("The search index's table of contents is damaged (entry counts).",
                                   details=f"segment {seg.segid} says {seg._doccount} entries")


def _read_toc(storage: Any, indexname: str, schema: Any, gen: int | None = None) -> Any:
    """Whoosh's ``TOC.read`` for the current TOC version only, with the schema given (never unpickled)."""
    from whoosh import index as windex

    if gen is None:
        gen = windex.TOC._latest_generation(storage, indexname)
        if gen < 0:
            raise windex.EmptyIndexError(f"Index {indexname!r} does not exist in {storage!r}")
    filename = windex.TOC._filename(indexname, gen)
    if storage.file_length(filename) > MAX_TOC_BYTES:
        raise UnsafeIndexError("The search index's table of contents is too large to be genuine.")
    stream = storage.open_file(filename)
    try:
        sizes = (stream.read_varint(), stream.read_varint(), stream.read_varint())
        if sizes != (windex._INT_SIZE, windex._LONG_SIZE, windex._FLOAT_SIZE) or stream.read_int() != -12345:
            raise UnsafeIndexError("The search index was written on another kind of computer or is damaged.")
        version = stream.read_int()
        release = (stream.read_varint(), stream.read_varint(), stream.read_varint())
        if version != windex._CURRENT_TOC_VERSION:
            raise UnsafeIndexError(f"The search index uses Whoosh format {version}, which presskit does not read.")
        stream.skip_string()  # the pickled schema: never read
        if stream.read_int() != gen:
            raise UnsafeIndexError("The search index's table of contents is damaged (generation).")
        stream.read_int()
        segments = _check_segments(safe_load(stream.file), indexname)
        _check_doc_counts(storage, segments)
    except (UnsafeIndexError, windex.EmptyIndexError):
        raise
    except Exception as e:  # struct errors, EOF: a damaged file
        raise UnsafeIndexError("The search index's table of contents is damaged.",
                               details=f"{type(e).__name__}: {e}") from None
    finally:
        stream.close()
    return windex.TOC(schema, segments, gen, version=version, release=release)


@functools.lru_cache(maxsize=1)
def _safe_index_class():
    from whoosh.index import FileIndex

    class SafeFileIndex(FileIndex):
        """A Whoosh ``FileIndex`` that reads its TOC with :func:`_read_toc` (schema always given)."""

        def __init__(self, storage: Any, schema: Any, indexname: str = "MAIN"):
            if schema is None:
                raise ValueError("SafeFileIndex needs the schema: it never unpickles one")
            self.storage = storage
            self._schema = schema
            self.indexname = indexname
            _read_toc(storage, indexname, schema)

        def _read_toc(self):  # noqa: D401 - Whoosh's hook
            return _read_toc(self.storage, self.indexname, self._schema)

    return SafeFileIndex


def open_dir(path: str, schema: Any, indexname: str = "MAIN") -> Any:
    """Open the Whoosh index in ``path`` read-only, with ``schema``, never trusting its pickles nor
    the sizes its files state (:mod:`presskit.index.bounded`)."""
    install()
    return _safe_index_class()(bounded.bounded_storage(str(path)), schema, indexname)
