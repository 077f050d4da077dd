"""Real-world files (the corpus_dir fixture, skipped cleanly when absent): build a kit, no crash, every skipped
file named with its reason, every photo whose metadata has a credit shows it; then sign, pack, reopen."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest
from PIL import IptcImagePlugin, Image

from presskit.kit import keys, signing
from presskit.kit.archive import pack_kit
from presskit.kit.open import open_kit

pytestmark = pytest.mark.slow

def metadata_credit(p: Path) -> str:
    """A credit read independently of presskit's extractor: EXIF Artist/XPAuthor, IPTC by-line/credit."""
    try:
        im = Image.open(p)
    except Exception:  # noqa: BLE001
        return ""
    with im:
        ex = im.getexif()
        for tag in (0x013B, 0x9C9D):  # Artist, XPAuthor
            v = ex.get(tag)
            if isinstance(v, bytes):
                v = v.decode("utf-16-le", "ignore")
            v = str(v or "").strip("\x00 \t\r\n")
            if v:
                return v
        try:
            iptc = IptcImagePlugin.getiptcinfo(im) or {}
        except Exception:  # noqa: BLE001
            iptc = {}
        for key in ((2, 80), (2, 110)):
            v = iptc.get(key)
            if isinstance(v, list):
                v = v[0]
            if v:
                return v.decode("utf-8", "replace").strip()
    return ""


@pytest.fixture(scope="module")
def corpus_kit(tmp_path_factory, corpus_dir):
    from presskit.build import build_kit

    out = tmp_path_factory.mktemp("corpus") / "kit"
    report = build_kit(corpus_dir, out, workers=2)
    return corpus_dir, out, report


def test_build_completes_and_every_skip_is_explained(corpus_kit):
    corpus, out, report = corpus_kit
    with open(corpus / "manifest.tsv", encoding="utf-8") as f:
        listed = {row["file"] for row in csv.DictReader(f, delimiter="\t")}
    kit = open_kit(out)
    got = {it.path for it in kit.items} | {s.path for s in report.skipped}
    assert listed <= got, f"files neither read nor skipped: {sorted(listed - got)}"
    for s in report.skipped:
        assert s.reason and s.message, s
        assert Path(s.path).name in s.message, f"the message should name the file: {s}"
    skipped = {s.path: s.reason for s in report.skipped}
    broken = "pdf/gh_py-pdf_sample-files__017-unreadable-meta-data__unreadablemetadata.pdf"
    assert broken in skipped or kit.item(next(i.id for i in kit.items if i.path == broken)).status == "no-text"
    assert {s["path"] for s in kit.skipped} == set(skipped), "every skip is recorded in the manifest"
    scans = [it.path for it in kit.items if it.status == "no-text"]
    assert any("CCITTFax" in p for p in scans) and any("cmyk-image" in p for p in scans)


def test_every_photo_with_a_credit_shows_it(corpus_kit):
    corpus, out, _ = corpus_kit
    kit = open_kit(out)
    photos = {it.path: it for it in kit.items if it.media == "image"}
    with_credit = {}
    for p in sorted((corpus / "photos").iterdir()):
        c = metadata_credit(p)
        if c:
            with_credit[f"photos/{p.name}"] = c
    assert len(with_credit) >= 4, with_credit
    for rel, credit in with_credit.items():
        assert rel in photos, f"{rel} has a credit but is not in the kit"
        assert photos[rel].credit, f"{rel}: metadata says {credit!r}, the manifest has no credit"
    assert photos["photos/ianare__jpg__xmp__no_exif.jpg"].credit == "CREDIT"
    assert photos["photos/ianare__tiff__DudleyLeavittUtah.tiff"].credit == "Russell Leavitt"


def test_sign_pack_reopen_and_search_real_files(corpus_kit, tmp_path):
    from presskit.search import Searcher

    _corpus, out, _ = corpus_kit
    key = tmp_path / "k.pem"
    keys.generate_key(key)
    signing.sign_kit(out, key, publisher="Corpus")
    res = pack_kit(out, tmp_path / "corpus.presskit")
    assert res.index_included
    with zipfile.ZipFile(tmp_path / "corpus.presskit") as zf:
        stored = {zi.filename for zi in zf.infolist() if zi.compress_type == zipfile.ZIP_STORED}
    assert all(n in stored for n in zf.namelist() if n.endswith((".pdf", ".jpg", ".jpeg", ".png")))
    kit = open_kit(tmp_path / "corpus.presskit")
    rep = signing.verify_kit(kit)
    assert rep.status == "signed" and rep.files_checked == len(kit.items), rep.summary()
    with Searcher(kit) as s:
        assert s.search("Topologie").total >= 1
    photo = next(it for it in kit.items if it.media == "image")
    assert kit.path_of(photo).stat().st_size == photo.bytes
    kit.close()
