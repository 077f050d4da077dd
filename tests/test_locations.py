"""presskit.locations: bundled data and the reader's own folders (never the kit)."""

from __future__ import annotations

from presskit import locations


def test_bundled_sample_kit_and_its_index():
    assert (locations.sample_kit_path() / "manifest.json").is_file()
    assert (locations.bundled_index_dir() / "stamp.json").is_file()


def test_reader_folders_follow_the_user_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    a = locations.cache_index_dir(tmp_path / "kit", "ab" * 32)
    assert a.is_relative_to(tmp_path / "cache") and a.name.endswith("-" + "ab" * 8)
    assert a != locations.cache_index_dir(tmp_path / "other-kit", "ab" * 32)
    assert locations.seen_dir().is_relative_to(tmp_path / "data")
    assert locations.packed_cache_dir().is_relative_to(tmp_path / "cache")


def test_presskit_data_dir_replaces_the_readers_folder(tmp_path, monkeypatch):
    """The self-test and the screenshot tools keep their library, marks and seen-state out of the reader's."""
    from presskit.marks import marks_dir

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PRESSKIT_DATA_DIR", str(tmp_path / "elsewhere"))
    for p in (locations.seen_dir(), locations.library_file(), marks_dir()):
        assert p.is_relative_to(tmp_path / "elsewhere"), p
    monkeypatch.delenv("PRESSKIT_DATA_DIR")
    assert locations.library_file().is_relative_to(tmp_path / "data")
