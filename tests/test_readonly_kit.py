"""Readers never write into the kit they read: not the search, not the index rebuild, not export."""

from __future__ import annotations

import hashlib
import os

from kitmaker import make_source
from presskit.index.status import kit_index_status
from presskit.build import build_kit, index_kit
from presskit.kit.open import open_kit
from presskit.search import Searcher


def snapshot(root):
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            digest = ""
            if os.path.isfile(p):
                with open(p, "rb") as f:
                    digest = hashlib.sha256(f.read()).hexdigest()
            out[os.path.relpath(p, root)] = (st.st_mode, st.st_size, st.st_mtime_ns, digest)
    return out


def test_search_reindex_export_and_verify_leave_the_kit_untouched(tmp_path):
    from presskit.export import export_items

    src = make_source(tmp_path / "kit")
    build_kit(src, workers=1)
    # make the kit's own index stale, as on a USB stick whose index predates an edit
    stamp = src / "index" / "stamp.json"
    stamp.write_text(stamp.read_text().replace('"manifest_sha256": "', '"manifest_sha256": "x'))
    before = snapshot(src)

    kit = open_kit(src)
    assert kit_index_status(kit) == "stale"
    where = index_kit(kit, workers=1)
    assert not where.is_relative_to(src)
    with Searcher(kit) as s:
        assert s.search('"une nouvelle decennie"').total == 1
        assert s.quotes()
    export_items(kit, [it.id for it in kit.items], "zip", tmp_path / "out.zip")
    from presskit.kit.signing import verify_kit

    verify_kit(kit)
    assert snapshot(src) == before
