"""The head of a posting block as presskit writes it: its ids and weights, read without its positions.

presskit writes a posting block (:mod:`presskit.index.segment`) as the pickle (protocol 4) of
(id deltas, weights, positions). Ranking (:mod:`.postings`) needs only the first two parts, and
phrases (:mod:`.phrases`) the positions of a few entries: both read a block's head here.
"""

from __future__ import annotations

import re
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
