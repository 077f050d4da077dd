"""presskit.model: the data types, and the one rule for "is a photo"."""

from __future__ import annotations

from presskit.model import DATE_SOURCES, KINDS, Item, KitInfo, Quote, is_photo_media


def test_is_a_photo():
    assert is_photo_media("image") and not is_photo_media("pdf")
    assert Item(id="p", path="p.jpg", sha256="", bytes=0, media="image").is_photo


def test_round_trips_ignore_unknown_keys():
    it = Item(id="a", path="a.pdf", sha256="x", bytes=3, kind="statement", date="2026-11-16", date_source="name")
    assert Item.from_dict({**it.to_dict(), "from_the_future": 1}) == it
    info = KitInfo.from_dict({"title": "T", "contacts": [{"name": "Jo", "x": 1}, "junk"], "links": [{"label": "l", "url": "u"}]})
    assert info.contacts[0].name == "Jo" and len(info.contacts) == 1 and info.links[0].url == "u"
    q = Quote("text", speaker="Jo", page=2)
    assert Quote.from_dict(q.to_dict()) == q
    assert "photo" in KINDS and "name+folder" in DATE_SOURCES
