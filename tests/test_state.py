"""presskit.state: what a reader has seen of a kit, kept in the user data folder."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from presskit import state
from presskit.kit.format import Kit
from presskit.model import Item, KitInfo


def kit(root: Path, items: list[Item]) -> Kit:
    return Kit(root, KitInfo(title="K"), items, [], "0" * 64)


def test_new_since_last_seen(tmp_path):
    a = Item(id="a", path="a.pdf", sha256="1" * 64, bytes=1)
    b = Item(id="b", path="b.pdf", sha256="2" * 64, bytes=1)
    root = tmp_path / "kit"
    assert state.new_since_last_seen(kit(root, [a])) == set()  # never seen: nothing is "new"
    state.mark_seen(kit(root, [a]))
    assert state.last_seen(kit(root, [a]))
    changed = replace(a, sha256="3" * 64)
    assert state.new_since_last_seen(kit(root, [changed, b])) == {"a", "b"}
    assert state.new_since_last_seen(kit(tmp_path / "elsewhere", [changed, b])) == set()  # another copy


def test_a_damaged_state_file_counts_as_never_seen(tmp_path):
    k = kit(tmp_path / "kit", [Item(id="a", path="a.pdf", sha256="1" * 64, bytes=1)])
    state.mark_seen(k)
    for f in state.seen_dir().glob("*.json"):
        f.write_text("{not json", encoding="utf-8")
    assert state.new_since_last_seen(k) == set() and state.last_seen(k) is None
