"""A posting block's head (ids and weights) read by slices for the commonest blocks gives exactly what
the opcode pattern and the restricted unpickler give, and anything else is left to them."""

from __future__ import annotations

import itertools
import pickle

import pytest

from presskit.search import blocks


def _by_pattern(data: bytes, n: int, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(blocks, "_dense_head", lambda _data, _n: None)
        return blocks.read_head(data, n)


def _block(deltas, weights) -> bytes:
    positions = tuple((1, 4, 9) for _ in deltas)
    return pickle.dumps((tuple(deltas), weights, positions), protocol=4)


@pytest.mark.parametrize("deltas, weights", [
    ((1919,) + (1,) * 127, tuple(float(i % 5 + 1) for i in range(128))),  # a frequent word's block
    ((3, 4, 5, 6), 2.0),  # one weight for all
    ((300, 1, 2, 3), None),  # no weights
    ((70_000, 1, 255, 3), (1.0, 2.5, 1.0, 3.0)),  # a first entry past 65,535
])
def test_the_commonest_blocks_read_as_the_pattern_reads_them(deltas, weights, monkeypatch):
    data = _block(deltas, weights)
    quick = blocks._dense_head(data, len(deltas))
    slow = _by_pattern(data, len(deltas), monkeypatch)
    assert quick is not None and slow is not None
    assert quick[0] == slow[0] and list(quick[1]) == list(slow[1]) and quick[2] == slow[2]
    assert type(quick[1]) is type(slow[1])
    assert data[quick[2]:quick[2] + 1] == b"("  # the positions start there


@pytest.mark.parametrize("deltas, weights", [
    ((5, 300, 1, 2), (1.0,) * 4),  # a later delta past 255: the pattern reads it
    ((1, 2, 3), (1.0,) * 3),  # three postings: tuples of another form
])
def test_other_blocks_are_left_to_the_pattern(deltas, weights, monkeypatch):
    data = _block(deltas, weights)
    assert blocks._dense_head(data, len(deltas)) is None
    assert blocks.read_head(data, len(deltas)) == _by_pattern(data, len(deltas), monkeypatch)
    assert blocks.read_head(data, len(deltas))[0] == tuple(itertools.accumulate(deltas))


def test_a_damaged_or_miscounted_head_is_refused():
    data = _block((1919,) + (1,) * 127, (1.0,) * 128)
    assert blocks._dense_head(data, 127) is None  # the block info says another count
    assert blocks._dense_head(data[:200], 128) is None  # cut short
    forged = bytearray(data)
    forged[forged.index(b"t\x94")] = ord("K")  # the ids' tuple not closed where it should be
    assert blocks._dense_head(bytes(forged), 128) is None
    assert blocks.read_head(data, 127) is None
