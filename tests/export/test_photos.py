"""presskit.export.photos: a photo leaves with its credit in its own metadata, or burnt under it."""

from __future__ import annotations

import pytest
from PIL import Image

from presskit.export.photos import PhotoError, photo_with_metadata
from presskit.ingest.photometa import read_photo_metadata
from presskit.model import Item


def item(**kw):
    return Item(id="p", path="p.jpg", sha256="", bytes=1, media="image", **kw)


def test_missing_metadata_is_added_and_present_metadata_kept_as_is(tmp_path):
    src = tmp_path / "p.png"
    Image.new("RGB", (40, 30), (200, 10, 10)).save(src)
    data, ext, note = photo_with_metadata(src, item(caption="Hall", credit="Zoë"))
    assert data and ext is None and "metadata" in note
    out = tmp_path / "out.png"
    out.write_bytes(data)
    assert read_photo_metadata(out)["xmp"]["credit"] == "Zoë"
    assert photo_with_metadata(out, item(caption="Hall", credit="Zoë")) == (None, None, "")


def test_burnt_credit_adds_a_strip_and_a_gif_becomes_png(tmp_path):
    src = tmp_path / "p.gif"
    Image.new("RGB", (60, 40), (10, 200, 10)).save(src, "GIF")
    data, ext, note = photo_with_metadata(src, item(credit="Zoë"), burn_credit=True)
    out = tmp_path / "out.png"
    out.write_bytes(data)
    with Image.open(out) as im:
        assert ext == ".png" and im.size[0] == 60 and im.size[1] > 40 and "drawn" in note


def test_an_unreadable_photo_is_a_photo_error(tmp_path):
    src = tmp_path / "p.jpg"
    src.write_bytes(b"\xff\xd8\xff not really")
    with pytest.raises(PhotoError):
        photo_with_metadata(src, item(credit="Zoë"))
