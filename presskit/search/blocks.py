"""The head of a posting block as presskit writes it: its ids and weights, read without its positions.

presskit writes a posting block (:mod:`presskit.index.segment`) as the pickle (protocol 4) of
(id deltas, weights, positions). Ranking (:mod:`.postings`) needs only the first two parts, and
phrases (:mod:`.phrases`) the positions of a few entries: both read a block's head here.
"""

from __future__ import annotations

import functools
import itertools
import re
import struct
from array import array
from itertools import accumulate

from ..index.safe_toc import BLOCK_IDS_AND_WEIGHTS, BLOCK_PROTOCOL, loads_matched

# A posting block as presskit writes it (presskit/index/segment.py): the pickle (protocol 4) of
# (id deltas, weights, positions). Its first two parts are read without the positions: this pattern
# checks every opcode up to them (integers, floats, None, tuples, MEMOIZE), so what is unpickled is
# plain numbers only, and the C unpickler reads it with no further check (safe_toc.loads_matched:
# no BYTEARRAY8, no memo write but MEMOIZE) whatever bytes the floats and positions hold.
_HEAD = re.compile(BLOCK_PROTOCOL + rb"(" + BLOCK_IDS_AND_WEIGHTS + rb")", re.S)


def read_head(data: bytes, n: int) -> tuple[tuple[int, ...], tuple[float, ...], int] | None:
    """(ids, weights, where the positions start) of a block's bytes (decompressed) holding ``n``
    postings; None when it is not laid out as presskit writes it."""
    quick = _dense_head(data, n)
    if quick is not None:
        return quick
    head = _HEAD.match(data)
    if head is None:
        return None
    deltas, weights = loads_matched(b"\x80\x04" + head.group(1) + b"\x86.")
    if len(deltas) != n:
        return None
    if weights is None or isinstance(weights, float):  # as Whoosh reads them: 32-bit floats
        weights = array("f", (1.0 if weights is None else weights,)) * n
    elif len(weights) != n:
        return None
    return tuple(accumulate(deltas)), weights, head.end()


_K, _M, _J, _G, _MARK, _TUPLE, _MEMOIZE = ord("K"), ord("M"), ord("J"), ord("G"), ord("("), ord("t"), 0x94


@functools.lru_cache(maxsize=64)
def _doubles(n: int) -> struct.Struct:
    return struct.Struct(">" + "xd" * n)  # n BINFLOATs: the opcode, then 8 bytes big-endian


def _dense_head(data: bytes, n: int) -> tuple[tuple[int, ...], tuple[float, ...] | array, int] | None:
    """:func:`read_head` of the commonest block, read with slices and one ``struct`` call: more than
    three postings, every id delta after the first under 256 (one BININT1 each: the blocks of a
    frequent word; the first, the block's first entry, any integer), the
    weights a tuple of floats, one float or None. The bytes are checked opcode by opcode as the
    pattern checks them (a subset of what it admits); anything else is None and the pattern reads it.
    At 100,000 pages the heads of a common prefix's blocks took 12 ms this way by the pattern."""
    if n < 4:
        return None
    p = 11 if data[2:3] == b"\x95" else 2  # protocol 4, with or without its FRAME
    if data[:2] != b"\x80\x04" or data[p:p + 1] != b"(" or len(data) < p + 6:
        return None
    op = data[p + 1]  # the first id is a block's first entry, often past 255: any integer opcode
    size = 1 if op == _K else 2 if op == _M else 4 if op == _J else 0
    if not size:
        return None
    first = int.from_bytes(data[p + 2:p + 2 + size], "little", signed=op == _J)
    r = p + 2 + size  # then n - 1 (K, byte) pairs
    q = r + 2 * (n - 1)
    if len(data) < q + 3 or data[r:q:2] != b"K" * (n - 1) or data[q] != _TUPLE or data[q + 1] != _MEMOIZE:
        return None
    deltas = itertools.chain((first,), data[r + 1:q:2])
    w = q + 2
    kind = data[w]
    if kind == _MARK:  # a tuple of n floats
        end = w + 1 + 9 * n
        if len(data) < end + 2 or data[w + 1:end:9] != b"G" * n or data[end] != _TUPLE or data[end + 1] != _MEMOIZE:
            return None
        weights = _doubles(n).unpack_from(data, w + 1)
        end += 2
    elif kind == _G and len(data) >= w + 9:  # one weight for all: as Whoosh reads it, 32-bit
        weights = array("f", struct.unpack_from(">d", data, w + 1)) * n
        end = w + 9
    elif kind == ord("N"):
        weights = array("f", (1.0,)) * n
        end = w + 1
    else:
        return None
    return tuple(accumulate(deltas)), weights, end
