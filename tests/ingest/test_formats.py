"""presskit.ingest.formats: the one table of extensions, media types and sidecars."""

from __future__ import annotations

from presskit.ingest.formats import (
    IMAGE_EXTENSIONS, is_compressed, is_sidecar, media_for, sidecar_names, sidecar_paths, sidecars_of,
)


def test_extensions():
    assert media_for("Statement.PDF") == "pdf" and media_for("page.xhtml") == "html"
    assert media_for("notes.md") == "markdown" and media_for("scan.tiff") == "image"
    assert media_for("x.docx") == media_for("x.odt") == "office" and media_for("x.doc") is None
    assert {"gif", "bmp", "jpe", "webp"} <= IMAGE_EXTENSIONS
    assert is_compressed("photo.JPG") and not is_compressed("notes.txt")


def test_sidecars_belong_to_photos_only():
    files = {"p/a.jpg", "p/a.jpg.txt", "p/a.json", "p/b.PNG", "p/b.xmp", "notes.txt", "report.pdf",
             "report.pdf.json", "data.json"}
    assert {f for f in files if is_sidecar(f, files)} == {"p/a.jpg.txt", "p/a.json", "p/b.xmp"}
    assert sidecars_of("p/a.jpg", files) == ["p/a.json", "p/a.jpg.txt"]  # JSON before the text caption
    assert sidecar_names("report.pdf") == []


def test_sidecar_paths_on_disk(tmp_path):
    (tmp_path / "a.jpg").write_bytes(b"")
    (tmp_path / "a.jpg.xmp").write_text("<x/>")
    (tmp_path / "a.jpg.json").write_text("{}")
    assert [p.name for p in sidecar_paths(tmp_path / "a.jpg")] == ["a.jpg.json", "a.jpg.xmp"]
