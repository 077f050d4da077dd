"""A rebuild with no change does no more than it must: every index file is read once to verify and
list it (not twice), and the vocabulary is carried over as it is, not decoded and written again."""

from __future__ import annotations

import os
import shutil

from presskit.build import build_kit
from presskit.index import integrity
from presskit.locations import sample_kit_path


def test_a_rebuild_with_no_change_reads_each_index_file_once_and_keeps_the_vocabulary(tmp_path, monkeypatch):
    src = tmp_path / "src"
    shutil.copytree(sample_kit_path(), src, ignore=shutil.ignore_patterns("manifest.json", "index"))
    build_kit(src, tmp_path / "kit", workers=1)
    vocab = tmp_path / "kit" / "index" / "vocab.pk"
    before, ino = vocab.read_bytes(), vocab.stat().st_ino
    reads: dict[tuple[int, int], int] = {}
    real_open = open

    def counting_open(path, *args, **kwargs):
        f = real_open(path, *args, **kwargs)
        st = os.fstat(f.fileno())
        reads[(st.st_dev, st.st_ino)] = reads.get((st.st_dev, st.st_ino), 0) + 1
        return f

    monkeypatch.setattr(integrity, "open", counting_open, raising=False)
    again = build_kit(src, tmp_path / "kit", workers=1)
    assert again.extracted == 0 and again.kept == len(again.items)
    assert reads and max(reads.values()) == 1, "an index file was hashed twice in one build"
    assert vocab.stat().st_ino == ino and vocab.read_bytes() == before
    assert integrity.trusted(tmp_path / "kit" / "index")
