"""presskit.ui.photoview: a photo never shows without its credit; the gallery says which photos are new."""

from __future__ import annotations

from presskit.kit.open import open_kit
from presskit.ui.newitems import NewItems
from presskit.ui.photoview import PhotoGallery, PhotoView
from presskit.ui.qt import Qt


def test_gallery_labels_credit_and_new(qtbot, built_kit):
    kit = open_kit(built_kit)
    photos = [it for it in kit.items if it.is_photo]
    new = NewItems()
    gallery = PhotoGallery(new)
    qtbot.addWidget(gallery)
    gallery.set_photos(kit, photos)
    labels = {gallery.item(i).data(Qt.ItemDataRole.UserRole): gallery.item(i).text() for i in range(gallery.count())}
    credited = next(it for it in photos if it.credit)
    uncredited = next(it for it in photos if not it.credit)
    assert "Photo: Jo Smith" in labels[credited.id] and "Credit unknown" in labels[uncredited.id]
    new._set(frozenset({credited.id}))  # what NewItems.load gives after a kit changed
    gallery.refresh_labels()
    assert gallery.item(photos.index(credited)).text().startswith("New · ")


def test_the_photo_view_shows_caption_and_credit(qtbot, built_kit):
    kit = open_kit(built_kit)
    photo = next(it for it in kit.items if it.is_photo and it.credit)
    view = PhotoView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.imageShown, timeout=10000):
        view.show_photo(kit, photo)
    assert "Jo Smith" in view.credit.text()


def test_a_photo_slow_to_open_says_so_instead_of_staying_dark(qtbot, built_kit, monkeypatch):
    """A 144-megapixel PNG took 6 s to show, the pane dark and silent meanwhile."""
    import time

    from presskit.ui import photoview

    real = photoview.load_photo

    def slow(path, max_side=None):
        time.sleep(1.5)
        return real(path, max_side)

    monkeypatch.setattr(photoview, "load_photo", slow)
    kit = open_kit(built_kit)
    photo = next(it for it in kit.items if it.is_photo)
    view = PhotoView()
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.imageShown, timeout=20000):
        view.show_photo(kit, photo)
        qtbot.waitUntil(lambda: view.area.label.text() == "Opening the photo…", timeout=1400)
    assert view.area.label.text() == "" and view.area.label.pixmap() is not None
