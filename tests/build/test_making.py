"""Items and their quotes are made in the reader processes (both cores), and are exactly what the
building process makes of the same files (presskit/build/making.py)."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from presskit.build import build_kit
from presskit.build import builder
from presskit.index.store import STORE_NAME
from presskit.kit.format import INDEX_DIRNAME, MANIFEST_NAME
from presskit.locations import sample_kit_path


def _copy_sample(dst):
    shutil.copytree(sample_kit_path(), dst, ignore=shutil.ignore_patterns(INDEX_DIRNAME, MANIFEST_NAME))
    return dst


def _made(kit):
    """Everything a build made of the items and their quotations: the manifest, each item's own quotes
    (as the catalogue keeps them for the next build) and the quotes settled across the kit."""
    con = sqlite3.connect(kit / INDEX_DIRNAME / STORE_NAME)
    try:
        own = {item: json.loads(q) for item, q in con.execute("SELECT item, quotes FROM entries ORDER BY item")}
        settled = [json.loads(d) for (d,) in con.execute("SELECT data FROM quotes ORDER BY n")]
    finally:
        con.close()
    return (kit / MANIFEST_NAME).read_bytes(), own, settled


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """The sample kit built twice: items made in the readers, then all made in the building process."""
    tmp = tmp_path_factory.mktemp("making")
    src = _copy_sample(tmp / "src")
    readers = build_kit(src, tmp / "readers")
    mp = pytest.MonkeyPatch()
    mp.setattr(builder, "Made", type("NeverMade", (), {}))  # what the readers made is not recognised
    try:
        here = build_kit(src, tmp / "builder")
    finally:
        mp.undo()
    return (readers, tmp / "readers"), (here, tmp / "builder")


def test_the_readers_make_the_documents_and_their_quotes(two_builds):
    (rep, _kit), _ = two_builds
    assert rep.timings.get("quotes, readers CPU", 0) > 0
    assert rep.quotes > 0
    documents = [it for it in rep.items if not it.is_photo]
    assert documents and rep.timings.get("quotes, builder CPU", 0) < rep.timings["quotes, readers CPU"]


def test_items_and_quotes_made_in_the_readers_are_those_the_builder_makes(two_builds):
    (rep_r, kit_r), (rep_b, kit_b) = two_builds
    assert "quotes, readers CPU" not in rep_b.timings  # the second build made everything itself
    manifest_r, own_r, settled_r = _made(kit_r)
    manifest_b, own_b, settled_b = _made(kit_b)
    assert own_r == own_b and any(own_r.values())
    assert settled_r == settled_b and settled_r
    assert json.loads(manifest_r)["items"] == json.loads(manifest_b)["items"]
