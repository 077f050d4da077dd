"""The bundled sample kit: its committed index is fresh, and known quotes are found on their pages."""

from __future__ import annotations

import json
import shutil

import pytest

from presskit.index.status import kit_index_status
from presskit.build import build_kit
from presskit.kit.open import open_kit
from presskit.locations import app_root, sample_kit_path
from presskit.search import Searcher


def test_committed_index_matches_committed_manifest():
    kit = open_kit(sample_kit_path())
    assert kit.index_dir == app_root() / "index"
    assert kit_index_status(kit) == "fresh", (
        "index/ is stale: run 'presskit build assets/sample-kit --index-dir index' and commit index/")


@pytest.fixture(scope="module")
def sample():
    kit = open_kit(sample_kit_path())
    with Searcher(kit) as s:
        yield kit, s


@pytest.mark.parametrize("query, path, page", [
    ('"Every unaccounted crate of ammunition is a future crime scene"', "press-releases/PR_Opening_16.11.26_EN.pdf", 1),
    ('"Chaque caisse de munitions non comptabilisée est une future scène de crime"', "press-releases/PR_Opening_16.11.26_French.pdf", 1),
    ('"chaque caisse de munitions non comptabilisee est une future scene de crime"', "press-releases/PR_Opening_16.11.26_French.pdf", 1),
    ('"Sans verification, la securite promise aux populations restera une declaration d\'ete"', "press-releases/PR_Closing_20.11.26_FR.pdf", 1),
    ('“Without verification, the security promised to communities”', "press-releases/PR_Closing_20.11.26_EN.pdf", 1),
])
def test_known_quotes_land_on_their_page(sample, query, path, page):
    _kit, s = sample
    res = s.search(query)
    assert res.results, query
    hit = next((d for d in res.results if d.item.path == path), None)
    assert hit is not None, [d.item.path for d in res.results]
    assert hit.pages[0].page == page
    assert "<b>" in hit.pages[0].snippet


def test_every_photo_has_caption_and_credit(sample):
    kit, _s = sample
    photos = [it for it in kit.items if it.is_photo]
    assert len(photos) >= 8
    for p in photos:
        assert p.caption and p.credit, p.path


def test_translations_are_grouped(sample):
    kit, _s = sample
    en = next(it for it in kit.items if it.path == "press-releases/PR_Opening_16.11.26_EN.pdf")
    assert [t.language for t in kit.translations(en)] == ["fr"]


def test_misspelling_is_corrected(sample):
    _kit, s = sample
    res = s.search("transparancy")
    assert res.suggestion == "transparency"
    assert res.total > 0


def test_rebuilding_the_sample_gives_the_same_manifest(tmp_path):
    src = tmp_path / "kit"
    shutil.copytree(sample_kit_path(), src, ignore=shutil.ignore_patterns("manifest.json", "index"))
    build_kit(src, workers=1)
    a = json.loads((src / "manifest.json").read_text("utf-8"))
    b = json.loads((sample_kit_path() / "manifest.json").read_text("utf-8"))
    assert a == b


def test_quote_typed_without_marks_or_accents_ranks_its_document_first(sample):
    _kit, s = sample
    res = s.search("une future scene de crime")
    assert res.results[0].item.path == "press-releases/PR_Opening_16.11.26_French.pdf"
    assert res.results[0].pages[0].page == 1


def test_speakers_come_from_titles_and_quotes(sample):
    kit, _s = sample
    by_path = {it.path: it for it in kit.items}
    assert by_path["statements/Statement by Prof Lena Vogt - verification - 19.11.2026 EN.pdf"].speakers == ["Lena Vogt"]
    assert "Amara Diallo" in by_path["press-releases/PR_Opening_16.11.26_EN.pdf"].speakers
