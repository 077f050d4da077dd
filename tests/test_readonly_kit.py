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


def test_a_killed_builds_folder_in_a_kit_is_neither_read_nor_removed_by_readers(tmp_path):
    """A build SIGKILLed in place leaves ``.index.building-<pid>-…`` in the kit. Readers (open, a
    reindex into the cache, search, verify, pack) never read it, and never remove it either: they
    never write into a kit; the next ``presskit build`` of that folder does."""
    from presskit.kit.archive import pack_kit
    from presskit.kit.signing import verify_kit

    src = make_source(tmp_path / "kit")
    build_kit(src, workers=1)
    dead = src / ".index.building-999999999-1764300000000"
    (dead / "whoosh").mkdir(parents=True)
    (dead / "whoosh" / "_MAIN_1.toc").write_bytes(b"\x80\x04 not a table of contents")
    (dead / "stamp.json").write_text('{"manifest_sha256": "' + "0" * 64 + '"}')
    before = snapshot(src)
    kit = open_kit(src)
    assert kit_index_status(kit) == "fresh"
    index_kit(kit, workers=1)  # a reader's index goes to the cache, whose leftovers are its own
    with Searcher(kit) as s:
        assert s.search('"une nouvelle decennie"').total == 1
    report = verify_kit(kit)
    assert report.status == "unsigned" and not (report.changed or report.missing or report.extra)
    pack_kit(src, tmp_path / "kit.presskit")
    import zipfile

    with zipfile.ZipFile(tmp_path / "kit.presskit") as z:
        assert not [n for n in z.namelist() if "building" in n]
    assert snapshot(src) == before
    build_kit(src, workers=1)  # the publisher's next build of the folder removes it
    assert not dead.exists()
