"""presskit.kit.access: a kit's files read the same way from a folder or a .presskit file."""

from __future__ import annotations

from kitmaker import make_source
from presskit.build import build_kit
from presskit.kit.access import Folder, as_kit, kit_files, kit_read, kit_size
from presskit.kit.archive import PackedFiles, pack_kit


def test_folder_and_packed_kit_give_the_same_files(tmp_path):
    src = make_source(tmp_path / "src")
    build_kit(src, workers=0)
    packed = tmp_path / "kit.presskit"
    pack_kit(src, packed, include_index=False)
    folder, arc = as_kit(src), as_kit(packed)
    assert isinstance(folder, Folder) and isinstance(arc, PackedFiles)
    rel = "press-releases/PR_Opening_16.11.26_EN.pdf"
    assert kit_read(folder, rel) == kit_read(arc, rel) == (src / rel).read_bytes()
    assert kit_size(folder, rel) == kit_size(arc, rel) == (src / rel).stat().st_size
    assert kit_read(arc, "not/there.pdf") is None and kit_size(folder, "press-releases") is None
    assert rel in kit_files(folder) and rel in kit_files(arc)
    arc.close()
