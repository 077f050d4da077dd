"""A photo's sidecars (caption and credit next to it) are read with the photo, never listed on their
own, and a rebuild sees any change to them (issue #10: a rebuild used to keep a photo's old credit)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from PIL import Image

from presskit.build import build_kit
from presskit.export import export_items
from presskit.kit.open import open_kit
from presskit.search import Searcher

KIT_TOML = 'title = "Sidecar kit"\norganisation = "Test Coalition"\nstart = 2026-11-16\n'


def photo(path: Path, color=(200, 60, 40)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (64, 48), color).save(path, "JPEG")
    return path


def source(root: Path) -> Path:
    (root / "kit.toml").parent.mkdir(parents=True, exist_ok=True)
    (root / "kit.toml").write_text(KIT_TOML, encoding="utf-8")
    photo(root / "photos" / "plenary.jpg")
    (root / "photos" / "plenary.jpg.json").write_text(json.dumps(
        {"caption": "Delegates in the plenary hall", "credit": "Aiko Tanaka"}), encoding="utf-8")
    (root / "notes.txt").write_text("A note about verification.\n", encoding="utf-8")
    return root


def credit_of(kit_dir: Path, path: str) -> str:
    kit = open_kit(kit_dir)
    return next(it for it in kit.items if it.path == path).credit


def test_editing_a_photos_sidecar_changes_its_credit_everywhere_on_rebuild(tmp_path):
    src = source(tmp_path / "src")
    out = tmp_path / "kit"
    build_kit(src, out, workers=0)
    assert credit_of(out, "photos/plenary.jpg") == "Aiko Tanaka"

    (src / "photos" / "plenary.jpg.json").write_text(json.dumps(
        {"caption": "Delegates in the plenary hall", "credit": "Tomasz Nowak"}), encoding="utf-8")
    report = build_kit(src, out, workers=0)

    assert report.extracted == 1 and report.reused == 1  # the photo read again, the note reused
    assert credit_of(out, "photos/plenary.jpg") == "Tomasz Nowak"  # manifest.json
    kit = open_kit(out)
    with Searcher(kit) as s:  # the index
        assert [d.item.path for d in s.search("Nowak").results] == ["photos/plenary.jpg"]
        assert s.search("Tanaka").total == 0
    exported = export_items(kit, [it.id for it in kit.items if it.is_photo], "zip", tmp_path / "x.zip")
    with zipfile.ZipFile(exported.path) as zf:  # and the exports
        credits = zf.read("x/CREDITS.txt").decode("utf-8")
    assert "Credit: Tomasz Nowak" in credits and "Tanaka" not in credits


def test_a_new_reader_version_reads_every_file_again(tmp_path, monkeypatch):
    from presskit.ingest import extract

    src = source(tmp_path / "src")
    build_kit(src, workers=0)
    assert build_kit(src, workers=0).reused == 2
    monkeypatch.setattr(extract, "EXTRACTOR_VERSION", extract.EXTRACTOR_VERSION + 1)
    report = build_kit(src, workers=0)
    assert (report.reused, report.extracted) == (0, 2)


def test_caption_sidecars_are_read_and_never_items_of_their_own(tmp_path):
    src = tmp_path / "src"
    (src / "photos").mkdir(parents=True)
    (src / "kit.toml").write_text(KIT_TOML, encoding="utf-8")
    photo(src / "photos" / "vigil.jpg")
    (src / "photos" / "vigil.jpg.txt").write_text("Candles for the victims at the Broken Chair. Photo: Marie Dupont",
                                                  encoding="utf-8")
    photo(src / "photos" / "banner.png", (20, 90, 160))
    (src / "photos" / "banner.xmp").write_text(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="Lena Vogt">'
        '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">A banner at the closing session</rdf:li>'
        '</rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>', encoding="utf-8")
    photo(src / "photos" / "corridor.jpg", (90, 90, 90))
    (src / "photos" / "corridor.json").write_text(json.dumps({"credit": "Ana Lima"}), encoding="utf-8")
    out = tmp_path / "kit"

    report = build_kit(src, out, workers=0)

    by_path = {it.path: it for it in report.items}
    assert sorted(by_path) == ["photos/banner.png", "photos/corridor.jpg", "photos/vigil.jpg"]
    assert by_path["photos/vigil.jpg"].caption == "Candles for the victims at the Broken Chair."
    assert by_path["photos/vigil.jpg"].credit == "Marie Dupont"
    assert by_path["photos/banner.png"].caption == "A banner at the closing session"  # .xmp sidecar read
    assert by_path["photos/banner.png"].credit == "Lena Vogt"
    assert by_path["photos/corridor.jpg"].credit == "Ana Lima"
    for name in ("vigil.jpg.txt", "banner.xmp", "corridor.json"):  # the kit keeps them, next to the photo
        assert (out / "photos" / name).is_file(), name
    with Searcher(open_kit(out)) as s:
        assert [d.item.path for d in s.search("candles").results] == ["photos/vigil.jpg"]


def test_a_gif_or_bmp_photo_has_sidecars_too(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "kit.toml").write_text(KIT_TOML, encoding="utf-8")
    Image.new("RGB", (32, 32), (10, 200, 10)).save(src / "logo.gif", "GIF")
    (src / "logo.json").write_text(json.dumps({"credit": "Coalition graphics"}), encoding="utf-8")
    report = build_kit(src, tmp_path / "kit", workers=0)
    assert [(it.path, it.credit) for it in report.items] == [("logo.gif", "Coalition graphics")]
    assert report.skipped == []
