"""presskit.kit.open: one function opens a kit folder or a .presskit file and picks its index."""

from __future__ import annotations

import shutil

import pytest

from kitmaker import make_source
from presskit.build import build_kit, index_kit
from presskit.errors import KitError
from presskit.index.status import kit_index_status
from presskit.kit.archive import PackedKit, pack_kit
from presskit.kit.keys import generate_key
from presskit.kit.open import is_packed, open_kit
from presskit.kit.signing import sign_kit
from presskit.locations import bundled_index_dir, sample_kit_path


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src = make_source(tmp_path_factory.mktemp("src"))
    build_kit(src, workers=0)
    return src


def test_a_folder_searches_its_own_index(built):
    kit = open_kit(built)
    assert kit.own_index_dir == kit.index_dir == built / "index" and kit_index_status(kit) == "fresh"


def test_a_signed_packed_kit_uses_its_packed_index_and_is_never_written(built, tmp_path):
    signed = tmp_path / "signed"
    shutil.copytree(built, signed)
    generate_key(tmp_path / "key.pem")
    sign_kit(signed, tmp_path / "key.pem", publisher="Test Org")  # seals the index too
    packed = tmp_path / "kit.presskit"
    pack_kit(signed, packed)
    before = packed.read_bytes()
    kit = open_kit(packed)
    assert is_packed(packed) and isinstance(kit, PackedKit)
    assert kit_index_status(kit) == "fresh" and not kit.index_dir.is_relative_to(tmp_path)
    assert kit.index_dir == kit.own_index_dir  # the publisher's index, extracted to the cache
    assert packed.read_bytes() == before


def test_an_unsigned_packed_kits_index_is_never_used(built, tmp_path):
    """Nobody vouches for it (its pickles and texts could be anyone's): the reader builds its own."""
    packed = tmp_path / "kit.presskit"
    pack_kit(built, packed)
    kit = open_kit(packed)
    assert kit.own_index_dir is None and kit_index_status(kit) == "missing"
    index_kit(kit, workers=0)
    assert kit_index_status(kit) == "fresh" and kit.index_dir == kit.writable_index_dir()


def test_a_stale_index_is_replaced_by_a_fresh_one_in_the_cache(built, tmp_path):
    copy = tmp_path / "kit"
    shutil.copytree(built, copy)
    shutil.rmtree(copy / "index")
    kit = open_kit(copy)
    assert kit.index_dir == copy / "index" and kit_index_status(kit) == "missing"
    index_kit(kit, workers=0)
    again = open_kit(copy)  # the next opening finds the cache's fresh index
    assert kit_index_status(again) == "fresh" and again.index_dir == again.writable_index_dir()


def test_the_sample_kit_uses_the_bundled_index():
    kit = open_kit(sample_kit_path())
    assert kit.index_dir == bundled_index_dir() and kit_index_status(kit) == "fresh"


def test_what_is_not_a_kit_says_so(tmp_path):
    with pytest.raises(KitError, match="There is no kit"):
        open_kit(tmp_path / "nothing")
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(KitError, match="no manifest.json"):
        open_kit(tmp_path)
