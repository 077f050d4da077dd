"""presskit.export.tree: the folder and ZIP layout, by kind, names made safe and unique."""

from __future__ import annotations

import zipfile

from presskit.export.common import Job
from presskit.export.tree import FolderSink, ZipSink, write_tree
from presskit.kit.format import Kit
from presskit.model import Item, KitInfo


def kit(tmp_path):
    (tmp_path / "a").mkdir(parents=True)
    (tmp_path / "b").mkdir()
    for d in ("a", "b"):
        (tmp_path / d / "Same:name.txt").write_text(f"from {d}", encoding="utf-8")
    items = [Item(id=d, path=f"{d}/Same:name.txt", sha256="", bytes=6, media="text", kind="statement",
                  title=d) for d in ("a", "b")]
    return Kit(tmp_path, KitInfo(title="K"), items, [], "0" * 64)


def test_folder_layout_by_kind_with_safe_unique_names(tmp_path):
    k = kit(tmp_path / "kit")
    job = Job(k, k.items, None, None, False)
    out = tmp_path / "out"
    out.mkdir()
    write_tree(job, FolderSink(out))
    assert job.report.files == {"a": "statements/Same_name.txt", "b": "statements/Same_name-2.txt"}
    assert (out / "statements/Same_name-2.txt").read_text() == "from b"
    assert (out / "CREDITS.txt").is_file() and (out / "index.html").is_file()


def test_zip_layout_under_one_top_folder(tmp_path):
    k = kit(tmp_path / "kit")
    with zipfile.ZipFile(tmp_path / "x.zip", "w") as zf:
        write_tree(Job(k, k.items, None, None, False), ZipSink(zf, "selection"))
    with zipfile.ZipFile(tmp_path / "x.zip") as zf:
        assert sorted(zf.namelist()) == ["selection/CREDITS.txt", "selection/index.html",
                                         "selection/statements/Same_name-2.txt", "selection/statements/Same_name.txt"]
